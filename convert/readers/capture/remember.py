"""Answers about lines, remembered.

The reader asks about one line more than once (finding where the story starts, then again in the
header or the body), and sites print the same menus and widgets on every page. Answers about short
lines (up to ``REMEMBERED_LENGTH`` characters, what repeats from page to page) are kept across
captures, at most 4,096 per question; answers about longer lines only while one capture is read
(``forget_long_lines`` at the start of each), so the memory stays bounded by the capture. Keeping
paragraphs from capture to capture would cost more than it saves: a page's paragraphs are its own.
"""

from __future__ import annotations

import functools
from typing import Callable, TypeVar

REMEMBERED = 4096  # answers about short lines kept, per question
REMEMBERED_LENGTH = 160  # characters: longer lines are kept for one capture only

Answer = TypeVar("Answer")
_LONG_LINE_ANSWERS: list[dict[tuple[str, bool], object]] = []  # one per question
_UNKNOWN = object()
_QUESTIONS: list["functools._lru_cache_wrapper[object]"] = []


def short_lines_remembered(question: Callable[[str, bool], Answer]) -> Callable[[str, bool], Answer]:
    """``question(text, flag)``, its answers kept. The answers are the same either way."""
    kept = functools.lru_cache(maxsize=REMEMBERED)(question)
    long_answers: dict[tuple[str, bool], Answer] = {}
    _LONG_LINE_ANSWERS.append(long_answers)  # type: ignore[arg-type]
    _QUESTIONS.append(kept)

    @functools.wraps(question)
    def ask(text: str, flag: bool) -> Answer:
        if len(text) <= REMEMBERED_LENGTH:
            return kept(text, flag)
        answer = long_answers.get((text, flag), _UNKNOWN)  # (most are asked once: no exception for a miss)
        if answer is _UNKNOWN:
            answer = long_answers[text, flag] = question(text, flag)
        return answer  # type: ignore[return-value]

    return ask


def forget_long_lines() -> None:
    """Drop the answers about long lines: the capture they came from is read."""
    for answers in _LONG_LINE_ANSWERS:
        answers.clear()


def forget_everything() -> None:
    """Drop every answer kept, so that the next capture is read as if it were the first (as a benchmark needs)."""
    forget_long_lines()
    for question in _QUESTIONS:
        question.cache_clear()

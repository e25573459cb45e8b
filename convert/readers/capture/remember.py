"""Answers about short lines, remembered.

The reader asks about one line more than once (finding where the story starts, then again in the
header or the body), and sites print the same menus on every page. The answers about lines of up
to 400 characters are kept, at most 4,096 per question, so the memory stays a few megabytes.
"""

from __future__ import annotations

import functools
from typing import Callable, TypeVar

REMEMBERED = 4096  # answers kept, per question
REMEMBERED_LENGTH = 400  # characters: longer lines are not kept

Answer = TypeVar("Answer")


def short_lines_remembered(question: Callable[[str, bool], Answer]) -> Callable[[str, bool], Answer]:
    """``question(text, flag)``, its answers for short lines kept. The answers are the same either way."""
    kept = functools.lru_cache(maxsize=REMEMBERED)(question)

    @functools.wraps(question)
    def ask(text: str, flag: bool) -> Answer:
        return kept(text, flag) if len(text) <= REMEMBERED_LENGTH else question(text, flag)

    return ask

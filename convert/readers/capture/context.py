"""Short lines judged by their neighbours, as jusText judges short paragraphs.

A line of a few words without a sentence's end may be a subhead of the story or an entry of
the page's menus; its own words cannot tell. Its neighbours can: a subhead stands between
paragraphs of prose, a menu entry among the page's widgets and other entries.
"""

from __future__ import annotations

import re
from typing import Any, Optional, Sequence

from ._lazy_patterns import lazy_compile
from .body import PROSE_WORDS  # (a paragraph this long vouches for its neighbours)
from .draft import ArticleDraft, DocumentDraft
from .language import CLOSING_QUOTES, title_cased
from .text import Line

_SHORT_WORDS = 8  # at most, in a line judged by its neighbours
# Who worked on the story and where it comes from, under it: "Reporting by Jane Roe; Editing by John Doe",
# "Source: Reuters". Part of the story, however short.
_SIGNS_THE_STORY = lazy_compile(r"(?:additional )?(?:reporting|writing|editing|edited|written|compiled|research) by\s"
                                r"|(?:sources?|quelle|fuente|fonte)\s*:", re.I)
_SENTENCE_START_WORDS = 4
_SENTENCE_END = (".", "!", "?", "…", *CLOSING_QUOTES)
_GOOD, _BAD, _SHORT, _NEUTRAL = "good", "bad", "short", "neutral"


def drop_menu_lines(units: Sequence[Line], article: ArticleDraft, doc: DocumentDraft) -> None:
    """Move to ``removed`` (as ``navigation``) the short headings and paragraphs of a body whose nearest
    judged neighbours on both sides are page chrome; the body's ends count as chrome. Only a body that
    holds prose is judged: without any, there is nothing to tell the story's lines from the page's."""
    if not units:
        return
    first, last = units[0].number, units[-1].last
    events: list[tuple[int, str, Optional[dict[str, Any]]]] = []
    for block in article.blocks:
        if first <= block["lines"][0] <= last:
            events.append((block["lines"][0], _kind(block), block))
    if not any(kind == _GOOD for _, kind, _ in events):
        return
    events.extend((item["lines"][0], _BAD, None) for item in doc.removed if first <= item["lines"][0] <= last)
    events.sort(key=lambda event: event[0])
    kinds = [kind for _, kind, _ in events]
    before, after = _nearest_judged(kinds), _nearest_judged(kinds[::-1])[::-1]
    last_good = max(index for index, kind in enumerate(kinds) if kind == _GOOD)
    raw = {unit.number: unit for unit in units}
    dropped = []
    for index, (_, kind, block) in enumerate(events):
        # Past the story's last prose, a title or a short line has the page's end after it, as a list of other
        # stories, tags or names and dates have: as jusText judges a short line between prose and chrome.
        text = block["text"] if block is not None and block["type"] in ("paragraph", "heading") else None
        signs = text is not None and _SIGNS_THE_STORY.match(text) is not None  # ("Source: Reuters": the story's)
        menu = kind == _SHORT and before[index] == _BAD and after[index] == _BAD and not signs
        tail = index > last_good and kind in (_SHORT, _NEUTRAL) and text is not None and not signs
        if menu or tail:
            if block["type"] == "paragraph" and block["lines"][1] == last and _sentence_start(block["text"]):
                continue  # the capture's last line, a paragraph it cut short
            dropped.append((block, "navigation" if menu else "after-story"))
    for block, reason in dropped:
        start, end = block["lines"]
        text = "\n".join(raw[n].raw.strip("\r\n") for n in range(start, end + 1) if n in raw) or block["text"]
        doc.remove_span(start, end, text, reason)
    if dropped:
        gone = {id(block) for block, _ in dropped}
        article.blocks[:] = [block for block in article.blocks if id(block) not in gone]


def _kind(block: dict[str, Any]) -> str:
    if block["type"] not in ("paragraph", "heading"):
        return _NEUTRAL
    text = block["text"]
    words = len(text.split(None, PROSE_WORDS))  # (enough to tell short from long)
    if text.endswith(_SENTENCE_END):
        return _GOOD if words >= PROSE_WORDS or block["type"] == "paragraph" else _NEUTRAL
    if words <= _SHORT_WORDS:
        return _SHORT
    # (a long line in title case and without a stop is a title, whichever block it became)
    return _GOOD if block["type"] == "paragraph" and not title_cased(text) else _NEUTRAL


def _sentence_start(text: str) -> bool:
    """Four words or more, most of them in lower case: how a sentence starts, unlike a menu's entry."""
    words = text.split()
    return len(words) >= _SENTENCE_START_WORDS and sum(word[0].islower() for word in words) * 2 >= len(words)


def _nearest_judged(kinds: list[str]) -> list[str]:
    """For each position, the nearest earlier kind that is chrome or prose; before the first, chrome. One pass,
    so that a long run of short lines costs no more than its length."""
    nearest, last = [], _BAD
    for kind in kinds:
        nearest.append(last)
        if kind in (_GOOD, _BAD):
            last = kind
    return nearest

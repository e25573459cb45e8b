"""Article body lines to blocks: paragraphs, headings, lists, figures; chrome set aside.

Captures of web pages put one paragraph per line (the page's block elements),
so every non-blank line is one unit. Shared by every layout.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Optional, Sequence

from .captions import caption_parts, is_credit_line
from .chrome import COMMENT_SECTION_STARTS, chrome_reason
from .dates import find_date, parse_date
from .draft import ArticleDraft, DocumentDraft
from .people import byline_parts
from .text import Line

_BULLET = re.compile(r"^[•·▪●◦‣∙■□➤►\-*]\s+(?P<item>\S.*)$")
_BULLETS = frozenset("•·▪●◦‣∙■□➤►-*")
_TERMINAL = tuple('.!?…:;,"”»\'’)]')
_TIMESTAMP = re.compile(r"^(?P<kind>published|posted|updated|last updated|modified|first published)\b(?:\s+(?:at|on))?[:\s]*", re.I)
_STAFF = re.compile(r"^(?:from|by) (?:the )?[\w .&'’-]{1,40} staff$", re.I)
_TAGS = re.compile(r"^(?:tags|topics|filed under|keywords)\s*:\s*(?P<tags>[^.!?]{1,200})$", re.I)
_HEADING_MAX_WORDS = 14


def is_heading(text: str) -> bool:
    """A short line with no closing punctuation: a subhead or section label."""
    # Every paragraph is asked: the cheap tests come first, and splitting (a long line) last.
    return (0 < len(text) <= 100 and not text.endswith(_TERMINAL) and (text[0].isupper() or text[0].isdigit())
            and 0 < len(text.split()) <= _HEADING_MAX_WORDS)


def bullet_item(text: str) -> Optional[str]:
    if text[:1] not in _BULLETS:  # most lines: no need to run the pattern
        return None
    match = _BULLET.match(text)
    return match.group("item") if match else None


def read_body(units: Sequence[Line], article: ArticleDraft, doc: DocumentDraft, *,
              duplicates: Iterable[str] = (), final: bool = True) -> None:
    """Turn body lines into ``article.blocks``; what is not article text goes to ``doc.removed``.

    ``duplicates`` are texts already used as fields (a headline repeated on the
    page); ``final`` says whether the last line is the end of the capture, where
    a short unpunctuated line is more likely a cut-off paragraph than a heading.
    """
    units = [u for u in units if u.text]
    repeated = {d.casefold() for d in duplicates if d}
    longest_repeat = max(map(len, repeated), default=-1)  # case folding never shortens a text
    in_comments = False
    in_related = False  # just after a "Related stories" label: the titles below it are links
    early = article.first_paragraph() is None
    i = 0
    while i < len(units):
        unit = units[i]
        text = unit.text
        last = final and i == len(units) - 1
        if in_related and chrome_reason(text) is None and (is_heading(text) or 0 < len((bullet_item(text) or "").split()) < 15):
            doc.remove(unit, "related-link")
            i += 1
            continue
        in_related = False
        if in_comments:
            doc.remove(unit, "comments")
        elif len(text) <= longest_repeat and text.casefold() in repeated:
            doc.remove(unit, "duplicate-headline")
        elif (tags := _TAGS.match(text)) is not None:
            article.tags.extend(t.strip() for t in re.split(r"[,;|]", tags.group("tags")) if t.strip())
            article.note("tags", unit.number)
        elif (reason := chrome_reason(text)) is not None:
            doc.remove(unit, reason)
            in_comments = reason in COMMENT_SECTION_STARTS
            in_related = reason == "related-link" and len(text.split()) <= 4 and not text.isupper()
        elif early and _metadata_line(unit, article, doc):
            pass
        elif (consumed := _figure(units, i, article, last)) > 0:
            for extra in units[i + 1:i + consumed]:
                article.blocks[-1]["lines"][1] = max(article.blocks[-1]["lines"][1], extra.last)
            i += consumed
            continue
        elif (item := bullet_item(text)) is not None:
            _add_list_item(article, item, unit)
        elif is_heading(text) and not last:
            article.blocks.append({"type": "heading", "text": text, "lines": [unit.number, unit.last]})
        else:
            article.blocks.append({"type": "paragraph", "text": text, "lines": [unit.number, unit.last]})
            early = False
        i += 1


def _add_list_item(article: ArticleDraft, item: str, unit: Line) -> None:
    previous = article.blocks[-1] if article.blocks else None
    if previous is not None and previous["type"] == "list":
        previous["items"].append(item)
        previous["lines"][1] = unit.last
    else:
        article.blocks.append({"type": "list", "items": [item], "lines": [unit.number, unit.last]})


def _metadata_line(unit: Line, article: ArticleDraft, doc: DocumentDraft) -> bool:
    """Bylines and timestamps printed at the top of a body (before its first paragraph): into fields,
    or set aside as repeats."""
    text = unit.text
    if _STAFF.match(text):
        doc.remove(unit, "byline")
        return True
    stamp = _TIMESTAMP.match(text)
    found = find_date(text) if stamp else None
    if stamp and found:
        updated = "updated" in stamp.group("kind").lower() or "modified" in stamp.group("kind").lower()
        if updated or not article.fill("published", found[0], unit.number):
            doc.remove(unit, "timestamp")
        return True
    iso = parse_date(text)
    if iso:
        if not article.fill("published", iso, unit.number):
            doc.remove(unit, "timestamp")
        return True
    return take_byline(unit, article, doc)


def take_byline(unit: Line, article: ArticleDraft, doc: DocumentDraft) -> bool:
    """A "By ..." line: its name, publisher and date fill empty fields; a repeat is set aside."""
    parts = byline_parts(unit.text)
    if parts is None:
        return False
    name, publisher, when = parts
    used = article.fill("byline", name, unit.number)
    used = article.fill("publisher", publisher, unit.number) or used
    used = article.fill("published", when, unit.number) or used
    if not used:
        doc.remove(unit, "duplicate-byline")
    return True


def _figure(units: Sequence[Line], i: int, article: ArticleDraft, last: bool) -> int:
    """If ``units[i]`` is a photo caption, add a figure block and return how many lines it used."""
    unit = units[i]
    if ":" not in unit.text and "|" not in unit.text and ")" not in unit.text[-2:]:
        return 0  # the mark every credit shape needs is missing (see captions._CREDIT_SHAPES)
    parts = caption_parts(unit.text, is_last=last)
    used = 1
    if parts is None and unit.text.endswith("|"):
        # "caption |" with the credit on a line of its own just after it
        follower = units[i + 1] if i + 1 < len(units) else None
        if follower is not None and follower.number - unit.number <= 2 and is_credit_line(follower.text):
            parts = (None, unit.text.rstrip(" |"), follower.text)
            used = 2
    if parts is None:
        return 0
    label, caption, credit = parts
    figure: dict[str, Any] = {"type": "figure", "caption": caption, "credit": credit, "label": label, "alt": None,
                              "lines": [unit.number, units[i + used - 1].last]}
    previous = article.blocks[-1] if article.blocks else None
    # A short title-like line right above a caption is the image's alt/title text.
    if previous is not None and previous["type"] == "heading" and previous["lines"][1] == unit.number - 1:
        article.blocks.pop()
        figure["alt"] = previous["text"]
        figure["lines"][0] = previous["lines"][0]
    article.blocks.append(figure)
    return used


_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+)*(?:,\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2})?)"
    r"\s*(?:\((?P<agency>[^()]{1,40})\))?\s*(?:—|–|--|-|:)\s+\S")
_PLACE_COLON = re.compile(r"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*(?:\((?P<agency>[^()]{1,40})\))?:\s+\S")
_LABELS = {"breaking", "update", "updated", "topline", "watch", "exclusive", "analysis", "opinion", "editorial",
           "photos", "video", "live", "note", "editor", "correction", "read", "listen", "warning", "why", "what",
           "how", "who", "when", "where", "question", "answer", "q", "a", "bottom line", "the bottom line"}


def dateline(text: str) -> Optional[tuple[str, Optional[str]]]:
    """The place (and agency, if any) a paragraph opens with: ``DOHA, Qatar —`` or ``Doha:``."""
    match = _DATELINE.match(text)
    if match and sum(c.isalpha() for c in match.group("place")) >= 2:
        head = match.group("place").split(",")[0]
        if head.upper() == head:
            return match.group("place").strip(), match.group("agency")
    match = _PLACE_COLON.match(text)
    if match and match.group("place").lower() not in _LABELS:
        return match.group("place"), match.group("agency")
    return None


def fill_dateline(article: ArticleDraft) -> Optional[str]:
    """Record the first paragraph's dateline (the paragraph keeps it); return the agency named there."""
    first = article.first_paragraph()
    if first is None:
        return None
    found = dateline(first["text"])
    if not found:
        return None
    place, agency = found
    article.fill("dateline", place, first["lines"][0])
    return agency

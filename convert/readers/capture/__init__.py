"""Raw captures: decode, pick the layout, read it, and account for every line.

What is read, what is set aside and why: docs/formats/capture.md.

The memory a capture takes grows with its bytes and with its lines: each line becomes an object, and
most lines a block, a removal or a warning in the document, then text in every output. A capture of
more than ``max_lines`` lines (:data:`DEFAULT_MAX_LINES` unless told) is refused before its lines are
made. Blocks, removals and warnings need no limit of their own: there are never more of them than
lines (a few warnings at most per line).
"""

from __future__ import annotations

import os
from typing import Any, Optional

from ...errors import NewsconvError
from ...model import Document, article_id, identifying
from ...options import Option
from ...schema import SCHEMA_VERSION
from .. import Reader
from .draft import FIELDS, ArticleDraft, DocumentDraft
from .language import CLOSING_QUOTES, SAMPLE_SIZE as LANGUAGE_SAMPLE_SIZE, guess_language
from .layouts import NAMES as LAYOUT_NAMES, read_layout
from .people import contributors
from .remember import forget_long_lines
from .rights import rights_of
from .text import Line, control_characters, decode, sha256, split_lines

_TERMINAL = (".", "!", "?", "…", ")", "'", *CLOSING_QUOTES)
# Far more than any page has (a long article has hundreds of lines, a live blog a few thousand), and
# still little memory: reading and writing every format takes about a kilobyte a line (two for a digest's
# items), so a capture at the limit peaks at a few hundred megabytes (bench/README.md, "Memory").
DEFAULT_MAX_LINES = 200_000


def read_capture(data: bytes, name: Optional[str] = None, *, layout: str = "auto",
                 max_lines: int = DEFAULT_MAX_LINES) -> Document:
    """Read one raw capture into a document; ``layout`` forces one of :data:`LAYOUT_NAMES`; a capture
    of more than ``max_lines`` lines is refused."""
    _check_limit(max_lines)
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")) and _binary(data):
        raise NewsconvError("does not look like a text capture (binary data)", file=name)
    decoded = decode(data)
    count = line_count(decoded.text)
    if count > max_lines:
        raise NewsconvError(f"{count:,} lines, more than the limit of {max_lines:,} (--capture-max-lines)", file=name)
    lines = split_lines(decoded.text)
    encoding, notes = decoded.encoding, decoded.notes
    del decoded  # the whole text, as large as its lines together (four times the bytes with an emoji)
    if not any(line.text for line in lines):
        raise NewsconvError("the capture is empty: no text to read", file=name)
    try:
        draft = read_layout(lines, None if layout == "auto" else layout)
        if draft is None:
            raise NewsconvError(f"the capture does not have the {layout} layout", file=name)
        for code, message, line in notes + control_characters(lines):
            draft.warn(code, message, line)
        return assemble(draft, lines, data, encoding, name)
    finally:
        forget_long_lines()  # (what is kept about its paragraphs is of no use for the next capture)


def _check_limit(max_lines: object) -> None:
    if type(max_lines) is not int or max_lines < 1:
        raise NewsconvError(f"the capture reader's max_lines must be a whole number of at least 1, not {max_lines!r}")


def line_count(text: str) -> int:
    """How many lines :func:`split_lines` makes of ``text`` (breaks are CR LF, CR or LF), without making them."""
    breaks = text.count("\n") + text.count("\r") - text.count("\r\n")
    return breaks + (1 if text and not text.endswith(("\n", "\r")) else 0)


_CONTROL_BYTES = bytes(range(0, 9)) + bytes(range(14, 32))


def _binary(data: bytes) -> bool:
    """Text has no NUL bytes (unless it is UTF-16) and few control bytes."""
    sample = data[:4096]
    if b"\x00" in sample:
        return not _looks_utf16(sample)
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > 0.1 * len(sample)


def _looks_utf16(sample: bytes) -> bool:
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return max(even, odd) > 0.3 * (len(sample) // 2) and min(even, odd) < 0.05 * (len(sample) // 2)


def assemble(draft: DocumentDraft, lines: list[Line], data: bytes, encoding: str, name: Optional[str]) -> Document:
    if not draft.articles or all(not a.blocks and a.headline is None for a in draft.articles):
        raise NewsconvError("no article text found: every line was recognised as page chrome", file=name)
    _account_for_every_line(draft, lines)
    last = draft.articles[-1].blocks[-1] if draft.articles[-1].blocks else None
    truncated = last is not None and last["type"] == "paragraph" and not last["text"].endswith(_TERMINAL)
    if truncated:
        draft.warn("truncated", "the capture seems to end in the middle of a sentence", last["lines"][1])  # type: ignore[index]
    rights = _rights(draft)
    document: Document = {
        "schema_version": SCHEMA_VERSION,
        "capture": {
            "site": draft.site,
            "captured": draft.captured,
            "layout": draft.layout,
            "source": {"file": os.path.basename(name) if name else None, "sha256": sha256(data),
                       "encoding": encoding, "bytes": len(data), "lines": len(lines)},
            "field_lines": draft.capture_lines,
        },
        "digest": draft.digest,
        "articles": [_article(a, rights.get(i)) for i, a in enumerate(draft.articles)],
        "removed": sorted(draft.removed, key=lambda r: r["lines"]),
        "warnings": sorted(draft.warnings, key=lambda w: (w["line"] or 0, w["code"])),
    }
    for article in document["articles"]:
        article["id"] = article_id(document, article)
        article["truncated"] = False
    document["articles"][-1]["truncated"] = truncated
    return document


def _article(draft: ArticleDraft, rights: Optional[tuple[dict[str, Any], int]]) -> dict[str, Any]:
    article: dict[str, Any] = {name: getattr(draft, name) for name in FIELDS}
    field_lines = {name: list(lines) for name, lines in draft.field_lines.items()}
    article.update(tags=draft.tags, language=guess_language(_language_sample(draft)), summary=draft.summary,
                   blocks=draft.blocks, field_lines=field_lines)
    article.update(modified=draft.modified, rights=rights[0] if rights else None,
                   contributors=contributors(draft.credited or draft.byline) if draft.byline else [])
    if rights:
        field_lines["rights"] = [rights[1]]
    if draft.byline and "byline" in field_lines:
        field_lines["contributors"] = list(field_lines["byline"])
    return article


def _rights(draft: DocumentDraft) -> dict[int, tuple[dict[str, Any], int]]:
    """Each article's copyright line (the first set aside as ``copyright`` at or after its first line),
    read, with its line; a line naming the captured site is the site's own footer, not the article's."""
    found: dict[int, tuple[dict[str, Any], int]] = {}
    copyright = [item for item in draft.removed if item["reason"] == "copyright"]
    if not copyright:  # most captures
        return found
    starts = [_first_line(article) for article in draft.articles]
    site = identifying(draft.site)
    for item in copyright:
        line = item["lines"][0]
        index = max((i for i, start in enumerate(starts) if start <= line), default=0)
        rights = rights_of(item["text"])
        if index in found or (site and identifying(rights["holder"]) == site):
            continue
        found[index] = (rights, line)
    return found


def _first_line(article: ArticleDraft) -> int:
    numbers = [block["lines"][0] for block in article.blocks[:1]]
    numbers += [min(lines) for lines in article.field_lines.values() if lines]
    return min(numbers, default=1)


def _language_sample(draft: ArticleDraft) -> str:
    """The headline and the texts of the blocks, joined by spaces, as far as the language guess reads."""
    texts = [draft.headline or ""]
    size = len(texts[0])
    for block in draft.blocks:
        if size >= LANGUAGE_SAMPLE_SIZE:
            break
        if block["type"] == "list":
            texts += block["items"]
            size += sum(map(len, block["items"])) + len(block["items"])
        else:
            texts.append(block.get("text") or block.get("caption") or "")
            size += len(texts[-1]) + 1
    return " ".join(texts)


def _account_for_every_line(draft: DocumentDraft, lines: list[Line]) -> None:
    """Nothing is lost: a line no field, block or removal claims is recorded as unclassified."""
    # One byte per line number, rather than a set of numbers (some 70 bytes each).
    covered = bytearray(len(lines) + 1)
    fields = [*draft.capture_lines.values(), *(draft.digest["field_lines"].values() if draft.digest else ())]
    for article in draft.articles:
        fields += article.field_lines.values()
        for block in article.blocks:
            _cover(covered, *block["lines"])
    for numbers in fields:
        for number in numbers:
            covered[number] = 1
    for item in draft.removed:
        _cover(covered, *item["lines"])
    for line in lines:
        if line.text and not covered[line.number]:
            draft.remove(line, "unclassified")
            draft.warn("unclassified", "a line the reader could not place was set aside", line.number)


def _cover(covered: bytearray, first: int, last: int) -> None:
    covered[first:last + 1] = b"\x01" * (last + 1 - first)


READER = Reader(
    name="capture",
    description="a raw news-page capture as text (page chrome and all): the aggregator's layouts or any news page",
    read=read_capture,
    extensions=(".txt",),
    options=(Option("layout", "the page layout to read, instead of the first that fits",
                    default="auto", choices=("auto", *LAYOUT_NAMES)),
             Option("max_lines", f"refuse a capture of more lines than this (default {DEFAULT_MAX_LINES:,}: "
                    "memory grows with the number of lines)", type=int, default=DEFAULT_MAX_LINES)),
)

"""Raw captures: decode, pick the layout, read it, and account for every line.

What is read, what is set aside and why: docs/formats/capture.md.
"""

from __future__ import annotations

import os
from typing import Any, Optional

from ...errors import NewsconvError
from ...model import Document
from ...options import Option
from ...schema import SCHEMA_VERSION
from .. import Reader
from .draft import FIELDS, ArticleDraft, DocumentDraft
from .language import SAMPLE_SIZE as LANGUAGE_SAMPLE_SIZE, guess_language
from .layouts import NAMES as LAYOUT_NAMES, read_layout
from .text import Line, control_characters, decode, sha256, split_lines

_TERMINAL = (".", "!", "?", "…", '"', "”", "’", ")", "'")


def read_capture(data: bytes, name: Optional[str] = None, *, layout: str = "auto") -> Document:
    """Read one raw capture into a document; ``layout`` forces one of :data:`LAYOUT_NAMES`."""
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")) and _binary(data):
        raise NewsconvError("does not look like a text capture (binary data)", file=name)
    decoded = decode(data)
    lines = split_lines(decoded.text)
    if not any(line.text for line in lines):
        raise NewsconvError("the capture is empty: no text to read", file=name)
    draft = read_layout(lines, None if layout == "auto" else layout)
    if draft is None:
        raise NewsconvError(f"the capture does not have the {layout} layout", file=name)
    for code, message, line in decoded.notes + control_characters(lines):
        draft.warn(code, message, line)
    return assemble(draft, lines, data, decoded.encoding, name)


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
    if last is not None and last["type"] == "paragraph" and not last["text"].endswith(_TERMINAL):
        draft.warn("truncated", "the capture seems to end in the middle of a sentence", last["lines"][1])
    return {
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
        "articles": [_article(a) for a in draft.articles],
        "removed": sorted(draft.removed, key=lambda r: r["lines"]),
        "warnings": sorted(draft.warnings, key=lambda w: (w["line"] or 0, w["code"])),
    }


def _article(draft: ArticleDraft) -> dict[str, Any]:
    article: dict[str, Any] = {name: getattr(draft, name) for name in FIELDS}
    article.update(tags=draft.tags, language=guess_language(_language_sample(draft)), summary=draft.summary,
                   blocks=draft.blocks, field_lines={name: list(lines) for name, lines in draft.field_lines.items()})
    return article


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
    covered: set[int] = set()
    for numbers in draft.capture_lines.values():
        covered.update(numbers)
    if draft.digest:
        for numbers in draft.digest["field_lines"].values():
            covered.update(numbers)
    for article in draft.articles:
        for numbers in article.field_lines.values():
            covered.update(numbers)
        for block in article.blocks:
            covered.update(range(block["lines"][0], block["lines"][1] + 1))
    for item in draft.removed:
        covered.update(range(item["lines"][0], item["lines"][1] + 1))
    for line in lines:
        if line.text and line.number not in covered:
            draft.remove(line, "unclassified")
            draft.warn("unclassified", "a line the reader could not place was set aside", line.number)


READER = Reader(
    name="capture",
    description="a raw news-page capture as text (page chrome and all): the aggregator's layouts or any news page",
    read=read_capture,
    extensions=(".txt",),
    options=(Option("layout", "the page layout to read, instead of the first that fits",
                    default="auto", choices=("auto", *LAYOUT_NAMES)),),
)

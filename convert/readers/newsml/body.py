"""A NewsML-G2 item's text to blocks: XHTML or NITF in ``inlineXML``, or plain text in ``inlineData``."""

from __future__ import annotations

import re
from typing import Any, Iterator, Optional

from ..markup import local, markup_blocks
from .meta import child

_PARAGRAPHS = re.compile(r"\n\s*\n")


def item_blocks(item: Any, headline: Optional[str]) -> list[dict[str, Any]]:
    content_set = child(item, "contentSet")
    blocks: list[dict[str, Any]] = []
    for content in (content_set if content_set is not None else ()):
        kind = local(content.tag)
        if kind == "inlineXML":
            blocks = list(markup_blocks(content))
        elif kind == "inlineData" and (content.text or "").strip():
            blocks = list(_text_blocks(content))
        if blocks:
            break  # the first rendition with text; others (a second format of the same text) would repeat it
    if blocks and headline and blocks[0]["type"] == "heading" and blocks[0]["text"] == headline:
        blocks.pop(0)
    return blocks


def _text_blocks(content: Any) -> Iterator[dict[str, Any]]:
    start = content.sourceline or 1
    text = content.text or ""
    offset = 0
    for part in _PARAGRAPHS.split(text):
        line = start + text.count("\n", 0, text.find(part, offset))
        offset = text.find(part, offset) + len(part)
        part = re.sub(r"\s+", " ", part).strip()
        if part:
            yield {"type": "paragraph", "text": part, "lines": [line, line]}



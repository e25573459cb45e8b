"""The JATS ``<body>`` of one article, from its blocks.

Blocks before the first heading sit directly in ``<body>``; each heading opens
a ``<sec>`` with the heading as its ``<title>``, and the blocks after it, up to
the next heading, go inside that section. JATS allows no paragraph after a
section at body level, so this nesting is both the valid and the faithful
reading of a flat run of blocks with subheads. Headings carry no level, so
sections are never nested.
"""

from __future__ import annotations

from typing import Optional, Sequence

from ..model import Block
from .jats_xml import Element, SubElement, add_text, clean, drop_if_empty

_DATELINE = {"content-type": "dateline"}
_TEXT = "{}[{}].text"


def add_body(parent: Element, blocks: Sequence[Block], where: str, dateline: Optional[str] = None) -> None:
    """``<body>`` for ``blocks``, appended to ``parent`` (nothing when there is nothing to show).

    ``dateline`` (already cleaned) is marked as ``named-content`` where the first
    paragraph starts with it, the only place the article's text carries it.
    """
    body = SubElement(parent, "body")
    current = body
    dateline_pending = dateline
    for index, block in enumerate(blocks):
        kind = block["type"]
        if kind == "paragraph":
            text = clean(block["text"], _TEXT, where, index)
            if dateline_pending is not None:
                if text is not None:
                    add_paragraph_with_dateline(current, text, dateline_pending)
                dateline_pending = None
            elif text is not None:
                add_text(current, "p", text)
        elif kind == "heading":
            title = clean(block["text"], _TEXT, where, index)
            if title is not None:  # a heading with nothing left of it opens no section
                current = SubElement(body, "sec")
                add_text(current, "title", title)
        elif kind == "quote":
            text = clean(block["text"], _TEXT, where, index)
            if text is not None:
                add_text(SubElement(current, "disp-quote"), "p", text)
        elif kind == "list":
            items = [clean(item, "{}[{}].items[{}]", where, index, n) for n, item in enumerate(block["items"])]
            if any(item is not None for item in items):
                listing = SubElement(current, "list")
                for item in items:
                    if item is not None:
                        add_text(SubElement(listing, "list-item"), "p", item)
        elif kind == "figure":
            add_figure(current, block, f"{where}[{index}]")
        else:
            raise ValueError(f"{where}[{index}]: unknown block type {kind!r}")  # the schema allows no other
    drop_if_empty(body)


def add_figure(parent: Element, block: Block, where: str) -> None:
    """``<fig>``: label, caption, alt text and credit; there is never an image to point to."""
    caption = clean(block["caption"], f"{where}.caption")
    label = clean(block["label"], f"{where}.label")
    alt = clean(block["alt"], f"{where}.alt")
    credit = clean(block["credit"], f"{where}.credit")
    if label is None and caption is None and alt is None and credit is None:
        return
    figure = SubElement(parent, "fig")
    if label is not None:
        add_text(figure, "label", label)
    if caption is not None:
        add_text(SubElement(figure, "caption"), "p", caption)
    if alt is not None:
        add_text(figure, "alt-text", alt)
    if credit is not None:
        add_text(figure, "attrib", credit)


def add_paragraph_with_dateline(parent: Element, text: str, dateline: str) -> None:
    """``<p>`` for an already cleaned ``text``, with its leading dateline wrapped in
    ``<named-content content-type="dateline">``."""
    paragraph = SubElement(parent, "p")
    indent = len(text) - len(text.lstrip())
    rest = text[indent + len(dateline):]
    # Only where the paragraph starts with it (as a dateline does) and goes on after it: a
    # paragraph made of the dateline alone is left plain, so that no markup stands for all of it.
    if text[indent:].startswith(dateline) and rest.strip():
        if indent:
            paragraph.text = text[:indent]
        marked = SubElement(paragraph, "named-content", _DATELINE)
        marked.text = dateline
        marked.tail = rest
    else:
        paragraph.text = text

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

from lxml import etree

from ..model import Block
from .jats_xml import Element, clean, container, leaf, text_element


def body(blocks: Sequence[Block], where: str, dateline: Optional[str] = None) -> Optional[Element]:
    """``<body>`` for ``blocks`` (``None`` when there is nothing to show).

    ``dateline`` (already cleaned) is marked as ``named-content`` where the first
    paragraph starts with it, the only place the article's text carries it.
    """
    element = etree.Element("body")
    current = element
    dateline_pending = dateline
    for index, block in enumerate(blocks):
        at = f"{where}[{index}]"
        if block["type"] == "heading":
            title = text_element("title", block["text"], f"{at}.text")
            if title is not None:  # a heading with nothing left of it opens no section
                current = etree.SubElement(element, "sec")
                current.append(title)
            continue
        if block["type"] == "paragraph" and dateline_pending is not None:
            built = paragraph_with_dateline(block["text"], f"{at}.text", dateline_pending)
            dateline_pending = None
        else:
            built = block_element(block, at)
        if built is not None:
            current.append(built)
    return element if len(element) else None


def block_element(block: Block, where: str) -> Optional[Element]:
    """The JATS element for one non-heading block, or ``None`` when nothing is left of it."""
    kind = block["type"]
    if kind == "paragraph":
        return text_element("p", block["text"], f"{where}.text")
    if kind == "quote":
        return container("disp-quote", [text_element("p", block["text"], f"{where}.text")])
    if kind == "list":
        items = [container("list-item", [text_element("p", item, f"{where}.items[{n}]")])
                 for n, item in enumerate(block["items"])]
        return container("list", items)
    if kind == "figure":
        return figure(block, where)
    raise ValueError(f"{where}: unknown block type {kind!r}")  # the schema allows no other


def figure(block: Block, where: str) -> Optional[Element]:
    """``<fig>``: label, caption, alt text and credit; there is never an image to point to."""
    caption = container("caption", [text_element("p", block["caption"], f"{where}.caption")])
    return container("fig", [
        text_element("label", block["label"], f"{where}.label"),
        caption,
        text_element("alt-text", block["alt"], f"{where}.alt"),
        text_element("attrib", block["credit"], f"{where}.credit"),
    ])


def paragraph_with_dateline(text: str, where: str, dateline: str) -> Optional[Element]:
    """``<p>``, with its leading dateline wrapped in ``<named-content content-type="dateline">``."""
    cleaned = clean(text, where)
    paragraph = leaf("p", cleaned)
    if paragraph is None or cleaned is None:
        return None
    indent = len(cleaned) - len(cleaned.lstrip())
    rest = cleaned[indent + len(dateline):]
    # Only where the paragraph starts with it (as a dateline does) and goes on after it: a
    # paragraph made of the dateline alone is left plain, so that no markup stands for all of it.
    if cleaned[indent:].startswith(dateline) and rest.strip():
        paragraph.text = cleaned[:indent] or None
        marked = etree.SubElement(paragraph, "named-content", {"content-type": "dateline"})
        marked.text = dateline
        marked.tail = rest
    return paragraph

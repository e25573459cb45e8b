"""The body of a NewsML-G2 text item, as an XHTML document for ``inlineXML``.

The XHTML is the XML serialisation of HTML, every element in the XHTML
namespace: ``html`` (with ``lang``/``xml:lang`` and ``dir``), a ``head`` whose
``title`` is the headline, and a ``body`` with the headline as ``h1`` and then
the blocks in order:

- paragraph: ``p``
- heading: ``h2`` (``h1`` is the headline)
- list: ``ul`` of ``li`` (whether the source was numbered is unknown)
- quote: ``blockquote`` holding a ``p``
- figure: ``figure`` holding a ``figcaption`` with the label in
  ``span class="label"``, the caption, and the credit in
  ``small class="credit"`` (HTML's element for attribution). The capture has no
  image, so there is no ``img``; the alt text is kept as ``data-alt`` on the
  ``figure``.

When the item has no headline the ``head`` is left without a ``title``: HTML
allows that when an enclosing protocol carries the title, and NewsML-G2 is that
protocol. An article with no block has no body at all.
"""

from __future__ import annotations

from typing import Optional

from lxml import etree

from ..model import Article, Block
from .newsml_facts import ArticleFacts
from .newsml_xml import XML_LANG, clean, direction

XHTML = "http://www.w3.org/1999/xhtml"
CONTENT_TYPE = "application/xhtml+xml"
_NSMAP = {None: XHTML}
# Element names in Clark notation, made once (see newsml_xml.TAG).
_HTML, _HEAD, _TITLE, _BODY, _H1, _H2, _P, _UL, _LI, _BLOCKQUOTE, _FIGURE, _FIGCAPTION, _SPAN, _SMALL = (
    f"{{{XHTML}}}{name}" for name in
    ("html", "head", "title", "body", "h1", "h2", "p", "ul", "li", "blockquote", "figure", "figcaption", "span",
     "small"))
# The element a text block becomes; a quote's text goes in a ``p`` inside it.
_TEXT_TAGS = {"paragraph": _P, "heading": _H2, "quote": _BLOCKQUOTE}
_LABEL = {"class": "label"}
_CREDIT = {"class": "credit"}
_WHERE = "article {} block {}"

_SubElement = etree.SubElement


def add_xhtml_document(parent: etree._Element, article: Article, facts: ArticleFacts) -> bool:
    """Append the article to ``parent`` as an ``html`` element; False (and nothing appended) when it has
    no block with any text."""
    attributes = {}
    if facts.language:
        attributes["lang"] = facts.language
        attributes[XML_LANG] = facts.language
        if direction(facts.language):
            attributes["dir"] = "rtl"
    html = _SubElement(parent, _HTML, attributes, nsmap=_NSMAP)
    head = _SubElement(html, _HEAD)
    body = _SubElement(html, _BODY)
    if facts.headline:
        _SubElement(head, _TITLE).text = facts.headline
        _SubElement(body, _H1).text = facts.headline
    if _add_blocks(body, article["blocks"], facts.number):
        return True
    parent.remove(html)
    return False


def _add_blocks(body: etree._Element, blocks: list[Block], number: int) -> bool:
    """Append the blocks in order; False when none had any text left to write."""
    written = False
    for n, block in enumerate(blocks, 1):
        kind = block["type"]
        if kind == "list":
            items = [text for text in (clean(item, _WHERE, number, n) for item in block["items"]) if text]
            if items:
                listing = _SubElement(body, _UL)
                for text in items:
                    _SubElement(listing, _LI).text = text
                written = True
        elif kind == "figure":
            written = _add_figure(body, block, f"article {number} block {n}") or written
        else:
            text = clean(block["text"], _WHERE, number, n)
            if text is None:
                continue
            element = _SubElement(body, _TEXT_TAGS.get(kind, _P))
            if kind == "quote":
                element = _SubElement(element, _P)
            element.text = text
            written = True
    return written


def _add_figure(body: etree._Element, block: Block, where: str) -> bool:
    label = clean(block["label"], f"{where} label")
    caption = clean(block["caption"], f"{where} caption")
    credit = clean(block["credit"], f"{where} credit")
    alt = clean(block["alt"], f"{where} alt text")
    if not (label or caption or credit or alt):
        return False
    figure = _SubElement(body, _FIGURE)
    if alt:
        figure.set("data-alt", alt)
    pieces = [(text, css_class) for text, css_class in ((label, "label"), (caption, None), (credit, "credit")) if text]
    if pieces:
        figcaption = _SubElement(figure, _FIGCAPTION)
        last: Optional[etree._Element] = None  # the child that the next run of text follows
        for n, (text, css_class) in enumerate(pieces):
            separator = " " if n else ""
            if css_class is None:
                _append_text(figcaption, last, separator + text)
                continue
            _append_text(figcaption, last, separator)
            last = _SubElement(figcaption, _SMALL if css_class == "credit" else _SPAN,
                               _CREDIT if css_class == "credit" else _LABEL)
            last.text = text
    return True


def _append_text(parent: etree._Element, after: Optional[etree._Element], text: str) -> None:
    if not text:
        return
    if after is None:
        parent.text = (parent.text or "") + text
    else:
        after.tail = (after.tail or "") + text

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


def xhtml_document(article: Article, facts: ArticleFacts) -> Optional[etree._Element]:
    """The article as an ``html`` element, or None when it has no block with any text."""
    html = etree.Element(_tag("html"), nsmap={None: XHTML})
    if facts.language:
        html.set("lang", facts.language)
        html.set(XML_LANG, facts.language)
        if direction(facts.language):
            html.set("dir", "rtl")
    head = _add(html, "head")
    body = _add(html, "body")
    if facts.headline:
        _add(head, "title", facts.headline)
        _add(body, "h1", facts.headline)
    written = sum(_block(body, block, f"article {facts.number} block {n}")
                  for n, block in enumerate(article["blocks"], 1))
    return html if written else None


def _block(body: etree._Element, block: Block, where: str) -> bool:
    """Append one block; False when it had no text left to write."""
    kind = block["type"]
    if kind == "list":
        items = [text for text in (clean(item, where) for item in block["items"]) if text]
        if items:
            listing = _add(body, "ul")
            for text in items:
                _add(listing, "li", text)
        return bool(items)
    if kind == "figure":
        return _figure(body, block, where)
    text = clean(block["text"], where)
    if text is None:
        return False
    if kind == "quote":
        _add(_add(body, "blockquote"), "p", text)
    else:
        _add(body, "h2" if kind == "heading" else "p", text)
    return True


def _figure(body: etree._Element, block: Block, where: str) -> bool:
    label = clean(block["label"], f"{where} label")
    caption = clean(block["caption"], f"{where} caption")
    credit = clean(block["credit"], f"{where} credit")
    alt = clean(block["alt"], f"{where} alt text")
    if not (label or caption or credit or alt):
        return False
    figure = _add(body, "figure")
    if alt:
        figure.set("data-alt", alt)
    pieces = [(text, css_class) for text, css_class in ((label, "label"), (caption, None), (credit, "credit")) if text]
    if pieces:
        figcaption = _add(figure, "figcaption")
        last: Optional[etree._Element] = None  # the child that the next run of text follows
        for n, (text, css_class) in enumerate(pieces):
            separator = " " if n else ""
            if css_class is None:
                _append_text(figcaption, last, separator + text)
                continue
            _append_text(figcaption, last, separator)
            last = _add(figcaption, "small" if css_class == "credit" else "span", text)
            last.set("class", css_class)
    return True


def _append_text(parent: etree._Element, after: Optional[etree._Element], text: str) -> None:
    if not text:
        return
    if after is None:
        parent.text = (parent.text or "") + text
    else:
        after.tail = (after.tail or "") + text


def _add(parent: etree._Element, name: str, text: Optional[str] = None) -> etree._Element:
    child = etree.SubElement(parent, _tag(name))
    if text is not None:
        child.text = text
    return child


def _tag(name: str) -> str:
    return f"{{{XHTML}}}{name}"

"""A JATS article's body and back matter to blocks: sections, paragraphs, lists, quotes, figures, tables."""

from __future__ import annotations

from typing import Any, Iterator, Optional

from ..markup import local, text_of
from .front import own

_CONTAINERS = {"body", "sec", "boxed-text", "app", "app-group", "glossary", "notes", "fn-group", "sig-block",
               "def-list", "ack", "back", "bio"}
_SKIPPED = {"label", "object-id", "alternatives", "sub-article", "response", "front-stub", "front", "processing-meta"}


def article_blocks(element: Any) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = []
    for part in own(element, "body") + own(element, "back"):
        blocks.extend(_blocks(part))
    return blocks


def _span(node: Any) -> list[int]:
    line = node.sourceline or 1
    return [line, line]


def _blocks(element: Any) -> Iterator[dict[str, Any]]:
    for node in element:
        yield from _node(node)


# Elements that stand as blocks of their own even inside a paragraph (JATS lets a <p> hold a table or a list).
_BLOCK_IN_PARAGRAPH = {"table-wrap", "fig", "fig-group", "list", "disp-quote", "boxed-text", "def-list", "graphic",
                       "media", "preformat", "disp-formula", "statement", "verse-group"}


# Elements that carry an identifier of their own (``object-id``) that the article prints with them.
_IDENTIFIED = {"fig", "fig-group", "table-wrap", "boxed-text", "supplementary-material", "media", "graphic",
               "disp-formula", "disp-quote", "sec", "app"}


def _node(node: Any) -> Iterator[dict[str, Any]]:
    name = local(node.tag)
    if not name or name in _SKIPPED:
        return
    if name in _IDENTIFIED:
        yield from _identifiers(node)
    if name == "p" and any(local(child.tag) in _BLOCK_IN_PARAGRAPH for child in node):
        yield from _split_paragraph(node)
    elif name in ("title",):
        if (text := text_of(node)) is not None:
            yield {"type": "heading", "text": text, "lines": _span(node)}
    elif name in _CONTAINERS:
        yield from _blocks(node)
    elif name == "list":
        items = [t for t in (text_of(i) for i in node if local(i.tag) == "list-item") if t]
        if items:
            yield {"type": "list", "items": items, "lines": _span(node)}
    elif name in ("disp-quote", "verse-group", "speech"):
        if (text := text_of(node)) is not None:
            yield {"type": "quote", "text": text, "lines": _span(node)}
    elif name == "fig-group":  # figures shown together: the group's caption, then each figure
        caption = text_of(node.find("caption"))
        if caption is not None:
            yield {"type": "paragraph", "text": caption, "lines": _span(node)}
        for child in node:
            if local(child.tag) in ("fig", "graphic", "media", "table-wrap"):
                yield from _node(child)
    elif name in ("fig", "graphic", "media"):
        figure = _figure(node)
        if figure is not None:
            yield figure
    elif name == "table-wrap":
        yield from _table(node)
    elif name == "ref-list":
        yield from _references(node)
    elif (text := text_of(node)) is not None:  # p, disp-formula, preformat, def-item, fn, ...
        yield {"type": "paragraph", "text": text, "lines": _span(node)}


def _identifiers(node: Any) -> Iterator[dict[str, Any]]:
    """A figure's, table's or box's own identifiers (eLife prints each figure's DOI), as a line where the file has it."""
    for identifier in node.findall("object-id"):
        value = text_of(identifier)
        kind = identifier.get("pub-id-type") or "id"
        if value and value not in (text_of(node) or "").replace(value, "", 1):
            label = kind.upper() if kind == "doi" else kind
            yield {"type": "paragraph", "text": f"{label}: {value}", "lines": _span(identifier)}


def _split_paragraph(node: Any) -> Iterator[dict[str, Any]]:
    """A paragraph holding blocks: its text before, between and after them as paragraphs, the blocks as blocks."""
    parts: list[str] = [node.text or ""]
    for child in node:
        if local(child.tag) in _BLOCK_IN_PARAGRAPH:
            yield from _text_paragraph("".join(parts), node)
            yield from _node(child)
            parts = [child.tail or ""]
        else:
            parts += ["".join(child.itertext()) if isinstance(child.tag, str) else "", child.tail or ""]
    yield from _text_paragraph("".join(parts), node)


def _text_paragraph(text: str, node: Any) -> Iterator[dict[str, Any]]:
    text = " ".join(text.split())
    if text:
        yield {"type": "paragraph", "text": text, "lines": _span(node)}


def _figure(node: Any) -> Optional[dict[str, Any]]:
    caption = node.find("caption")
    text = text_of(caption)
    # The credit: the figure's attribution, else the copyright of the picture (its own permissions).
    attribution = node.find("attrib")
    if attribution is None:
        attribution = node.find("permissions/copyright-statement")
    label = text_of(node.find("label"))
    alt = text_of(node.find(".//alt-text"))
    if text is None:
        text = alt or label
    if text is None:
        return None
    return {"type": "figure", "caption": text, "credit": text_of(attribution), "label": label, "alt": alt,
            "lines": _span(node)}


def _table(node: Any) -> Iterator[dict[str, Any]]:
    """A table kept as text: its caption, then one paragraph per row, cells joined with `` | ``."""
    caption = " ".join(filter(None, (text_of(node.find("label")), text_of(node.find("caption")))))
    if caption:
        yield {"type": "paragraph", "text": caption, "lines": _span(node)}
    for row in node.iter("tr"):
        cells = [t for t in (text_of(c) for c in row if local(c.tag) in ("td", "th")) if t]
        if cells:
            yield {"type": "paragraph", "text": " | ".join(cells), "lines": _span(row)}
    for footer in node.findall("table-wrap-foot"):
        yield from _blocks(footer)


def _references(node: Any) -> Iterator[dict[str, Any]]:
    title = text_of(node.find("title"))
    yield {"type": "heading", "text": title or "References", "lines": _span(node)}
    # A structured citation's parts (surname, year, title, source...) are elements without spaces between them.
    items = [t for t in (" ".join(" ".join(ref.itertext()).split()) for ref in node.findall("ref")) if t]
    if items:
        yield {"type": "list", "items": items, "lines": _span(node)}

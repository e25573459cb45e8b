"""Body markup to blocks: XHTML (as in NewsML-G2 items and EPUB chapters) and NITF.

Block elements become blocks; containers (``div``, ``section``, ``body.content``...) are read through;
text standing outside any element becomes a paragraph.
"""

from __future__ import annotations

import re
from typing import Any, Iterator, Optional

_SPACES = re.compile(r"\s+")


def local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def text_of(element: Any) -> Optional[str]:
    if element is None:
        return None
    return _SPACES.sub(" ", "".join(element.itertext())).strip() or None


def separate_lines(root: Any) -> None:
    """Make ``<br/>`` part of the text: "08:00<br/>Sitting" is two lines, not "08:00Sitting"."""
    for line_break in root.iter("{*}br", "br"):
        line_break.tail = "\n" + (line_break.tail or "")


_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6", "hl1", "hl2"}
_CONTAINERS = {"html", "nitf", "div", "section", "article", "main", "block", "body.content", "body", "header", "footer",
               "aside", "span", "center", "body.end", "tagline"}
_SKIPPED = {"head", "body.head", "script", "style", "meta", "title", "br", "hr", "img"}
_PARAGRAPHS = re.compile(r"\n\s*\n")


def _loose_text(text: Optional[str], line: int) -> Iterator[dict[str, Any]]:
    """Text standing in a container outside any element (``<body>text<p>…</p>more</body>``) is a paragraph."""
    if text is not None and (text := re.sub(r"\s+", " ", text).strip()):
        yield {"type": "paragraph", "text": text, "lines": [line, line]}


def markup_blocks(element: Any) -> Iterator[dict[str, Any]]:
    if local(element.tag) in _CONTAINERS:
        yield from _loose_text(element.text, element.sourceline or 1)
    for node in element:
        if isinstance(node.tag, str):
            yield from _node_blocks(node)
        if local(element.tag) in _CONTAINERS:
            yield from _loose_text(node.tail, node.sourceline or 1)


def _node_blocks(node: Any) -> Iterator[dict[str, Any]]:
    name = local(node.tag)
    line = node.sourceline or 1
    span = [line, line]
    if name in _SKIPPED:
        return
    if name in _CONTAINERS:
        yield from markup_blocks(node)
    elif name in _HEADINGS:
        if (text := text_of(node)) is not None:
            yield {"type": "heading", "text": text, "lines": span}
    elif name in ("ul", "ol", "dl"):
        items = [t for t in (text_of(li) for li in node if local(li.tag) in ("li", "dd", "dt")) if t]
        if items:
            yield {"type": "list", "items": items, "lines": span}
    elif name in ("blockquote", "bq"):
        if (text := text_of(node)) is not None:
            yield {"type": "quote", "text": text, "lines": span}
    elif name in ("figure", "media"):
        for table in (t for t in node.iter() if local(t.tag) == "table"):  # a table set in a figure
            yield from _node_blocks(table)
        figure = _figure(node, span)
        if figure is not None:
            yield figure
    elif name == "pre":  # agency copy kept preformatted: its paragraphs are separated by blank lines
        for part in _PARAGRAPHS.split("".join(node.itertext())):
            if (text := re.sub(r"\s+", " ", part).strip()):
                yield {"type": "paragraph", "text": text, "lines": span}
    elif name == "table":
        for row in (r for r in node.iter() if local(r.tag) == "tr"):
            cells = [t for t in (text_of(c) for c in row if local(c.tag) in ("td", "th")) if t]
            if cells:
                yield {"type": "paragraph", "text": " | ".join(cells), "lines": [row.sourceline or line] * 2}
    elif (text := text_of(node)) is not None:
        yield {"type": "paragraph", "text": text, "lines": span}


_CREDIT_LABEL = re.compile(r"^(?:credit|photo|picture|image|foto|crédit)s?\s*:\s*", re.I)
_DESCRIPTION_LABEL = re.compile(r"^(?:picture|image|photo)\s*:\s*", re.I)


def _figure(node: Any, span: list[int]) -> Optional[dict[str, Any]]:
    caption_element = next((e for e in node.iter() if local(e.tag) in ("figcaption", "media-caption")), None)
    credit_element = next((e for e in node.iter() if local(e.tag) in ("media-producer", "credit")
                           or "credit" in (e.get("class") or "")), None)
    label_element = next((e for e in node.iter() if local(e.tag) == "label"
                          or {"label", "figure-label"} & set((e.get("class") or "").split())), None)
    credited = text_of(credit_element)
    credit = _CREDIT_LABEL.sub("", credited or "") or None
    label = text_of(label_element)
    caption = text_of(caption_element)
    if caption and credited and caption.endswith(credited):
        caption = caption[: -len(credited)].strip() or caption
    if caption and label and caption.startswith(label) and caption != label:
        caption = caption[len(label):].strip()
    image = next((e for e in node.iter() if local(e.tag) in ("img", "media-reference")), None)
    alt = (image.get("alt") or None) if image is not None else None
    description = next((e for e in node.iter() if "figure-description" in (e.get("class") or "").split()), None)
    if alt is None and description is not None:  # a picture described in words where there is no image
        alt = _DESCRIPTION_LABEL.sub("", text_of(description) or "") or None
    if not caption:
        caption = alt
    if not caption:
        return None
    return {"type": "figure", "caption": caption, "credit": credit, "label": label, "alt": alt, "lines": span}

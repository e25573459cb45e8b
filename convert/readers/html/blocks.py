"""trafilatura's article body to the model's blocks, each traced to its line in the page, with the page's figures."""

from __future__ import annotations

import re
from typing import Any, Iterator, Optional

from lxml import etree

from ..capture.captions import caption_parts

# The page's elements that hold a block of text, where a block of the extracted body may come from; a div only
# when no such element is inside it (its text is theirs, found through them).
TEXT_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "td", "th", "pre", "dd", "dt",
             "div", "caption")
_BLOCKS = frozenset(TEXT_TAGS) | {"ul", "ol", "table", "section", "article", "figure", "header", "footer", "nav", "aside"}
_CREDIT_CLASS = re.compile(r"credit|copyright|source|byline|photographer|attribution|author", re.I)
_CREDIT_LABEL = re.compile(r"^(?:photo(?:graph)?|picture|image|credit|foto|crédit)s?\s*:?\s+", re.I)
_KEY = 60  # characters of a text that find its element when the whole text does not


def norm(text: Optional[str]) -> str:
    # str.split() takes the same characters as the regular expression \s for white space, in half the time.
    return " ".join(text.split()) if text else ""


# All the text inside an element (comments and processing instructions left out), as a browser joins it.
# Compiled once: ``element.xpath(...)`` compiles its expression on every call, which costs more than the
# evaluation, and a page has thousands of elements.
text_content = etree.XPath("string()", smart_strings=False)


# Elements a browser shows apart from their neighbours: their texts are joined with a space, not run together.
_APART = frozenset({"button", "li", "td", "th", "option", "br", "dt", "dd", "label", "input", "img", "tr"})
_HAS_APART = etree.XPath("boolean(descendant-or-self::*[" + " or ".join(f"self::{tag}" for tag in sorted(_APART))
                         + "])")


def visible_text(element: Any) -> str:
    """The element's text as it reads on the page: :func:`text_content`, but with a space where two separately
    shown elements (buttons, list items, cells) meet."""
    if not len(element):  # most texts of a page: no element, comment or instruction inside
        return norm(element.text)
    if not _HAS_APART(element):
        return norm(text_content(element))
    parts: list[str] = []

    def walk(node: Any) -> None:
        apart = node.tag in _APART
        if apart:
            parts.append(" ")
        parts.append(node.text or "")
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            parts.append(child.tail or "")
        if apart:
            parts.append(" ")

    walk(element)
    return norm("".join(parts))


class PageIndex:
    """Where each text of the page is: its normalised text (and start) to the first line it is on."""

    def __init__(self, tree: Any) -> None:
        self.whole: dict[str, int] = {}
        self.start: dict[str, int] = {}
        for element in tree.iter(*TEXT_TAGS):
            if element.tag == "div" and any(child.tag in _BLOCKS for child in element):
                continue
            text = norm(text_content(element) if len(element) else element.text)
            if text and element.sourceline:
                self.whole.setdefault(text, element.sourceline)
                self.start.setdefault(text[:_KEY], element.sourceline)

    def line(self, text: str) -> Optional[int]:
        return self.whole.get(text) or self.start.get(text[:_KEY])


def article_blocks(body: Any, tree: Any, fields: dict[str, Any]) -> list[dict[str, Any]]:
    index = PageIndex(tree)
    blocks: list[dict[str, Any]] = []
    line = 1
    for block in _blocks(body):
        text = block.get("text") or (block.get("items") or [""])[0]
        found = index.line(text)
        line = found if found is not None and found >= line else line  # page order: never go back up the page
        block["lines"] = [line, line]
        blocks.append(block)
    if fields["headline"] and blocks and blocks[0]["type"] == "heading" and blocks[0]["text"] == fields["headline"]:
        blocks.pop(0)  # the headline is a field
    return _with_figures(blocks, tree)


def _blocks(body: Any) -> Iterator[dict[str, Any]]:
    if not len(body) or norm(body.text):  # text straight in the body, outside any element
        text = norm(text_content(body) if not len(body) else body.text)
        if text:
            yield {"type": "paragraph", "text": text}
    for element in body:
        yield from _element_blocks(element)
        if norm(element.tail):  # text after an element, still in the body
            yield {"type": "paragraph", "text": norm(element.tail)}


def _element_blocks(element: Any) -> Iterator[dict[str, Any]]:
    tag = element.tag
    if tag == "list":
        items = [norm(text_content(item)) for item in element.iter("item")]
        items = [item for item in items if item]
        if items:
            yield {"type": "list", "items": items}
        return
    if tag == "table":
        for row in element.iter("row"):
            cells = [norm(text_content(cell)) for cell in row.iter("cell")]
            text = " | ".join(cell for cell in cells if cell)
            if text:
                yield {"type": "paragraph", "text": text}
        return
    text = norm(text_content(element))
    if not text:
        return
    if tag == "head":
        yield {"type": "heading", "text": text}
    elif tag == "quote":
        yield {"type": "quote", "text": text}
    elif tag != "graphic":  # an image without its caption: the page's figures give it with one
        yield {"type": "paragraph", "text": text}


def _with_figures(blocks: list[dict[str, Any]], tree: Any) -> list[dict[str, Any]]:
    """The page's captioned figures that stand among the article's blocks (or just above the first), in place;
    a paragraph that only repeats a caption gives way to its figure."""
    if not blocks:
        return blocks
    first, last = blocks[0]["lines"][0], blocks[-1]["lines"][1]
    figures = [f for f in page_figures(tree) if first - _LEAD_REACH <= f["lines"][0] <= last]
    if not figures:
        return blocks
    captions = {f["caption"] for f in figures} | {f["_text"] for f in figures}
    merged = [b for b in blocks if not (b["type"] == "paragraph" and b["text"] in captions)]
    for figure in figures:
        del figure["_text"]
        at = next((i for i, b in enumerate(merged) if b["lines"][0] > figure["lines"][0]), len(merged))
        merged.insert(at, figure)
    return merged


_LEAD_REACH = 40  # lines above the first paragraph where the lead photo's figure may stand


def page_figures(tree: Any) -> list[dict[str, Any]]:
    figures = []
    for figure in tree.iter("figure"):
        caption_element = next(figure.iter("figcaption"), None)
        if caption_element is None:
            continue
        text = norm(text_content(caption_element))
        if not text:
            continue
        credited = _credit_element(caption_element)
        if credited:
            caption = norm(text.replace(credited, " ")) or text
            label, credit = None, _CREDIT_LABEL.sub("", credited) or credited
        else:
            label, caption, credit = caption_parts(text) or (None, text, None)
        image = next(figure.iter("img"), None)
        alt = norm(image.get("alt")) if image is not None else ""
        line = figure.sourceline or caption_element.sourceline or 1
        figures.append({"type": "figure", "caption": caption, "credit": credit, "label": label, "alt": alt or None,
                        "lines": [line, caption_element.sourceline or line], "_text": text})
    return figures


def _credit_element(caption: Any) -> Optional[str]:
    for element in caption.iter():
        if element is not caption and _CREDIT_CLASS.search(element.get("class") or ""):
            credit = norm(text_content(element))
            if credit:
                return credit
    return None

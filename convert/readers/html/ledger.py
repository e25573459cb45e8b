"""What the page holds besides the article: each text set aside, in page order, with the reason its place gives."""

from __future__ import annotations

import re
from typing import Any, Iterator

from .blocks import visible_text

# Elements that hold text of their own; a container's text is its children's, reported through them.
_LEAF_TAGS = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "td", "th", "pre",
                        "dd", "dt", "a", "button", "label", "span", "div", "time", "address", "caption", "option"))
_BLOCK_CHILDREN = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "table",
                   "section", "article", "header", "footer", "nav", "aside", "form", "pre", "dl", "figcaption"}
_SKIPPED = {"script", "style", "noscript", "template", "svg", "head"}
# Where on the page a text stands says what it is: the element names and the words of the class, id and role
# around it. A mark matches a word that starts with it ("nav" finds "navbar"); "ad" and "ads" only as words.
_PLACES = (
    ("navigation", ("nav", "menu", "breadcrumb")),
    ("comments", ("comment", "disqus", "replies")),
    ("advertisement", ("advert", "sponsor", "promo", "dfp")),
    ("related-link", ("related", "recommend", "trending", "popular", "outbrain", "taboola")),
    ("share-widget", ("share", "social")),
    ("newsletter-prompt", ("newsletter", "subscribe", "signup")),
    ("cookie-prompt", ("cookie", "consent", "gdpr")),
    ("page-header", ("header", "masthead", "banner")),
    ("page-footer", ("footer", "copyright", "colophon")),
    ("sidebar", ("aside", "sidebar", "rail", "widget")),
    ("form", ("form", "button", "input", "label", "select", "option")),
)
_AD_WORDS = {"ad", "ads"}
# A text this long found inside the article's is part of it; a shorter one ("Share", "News") may only happen
# to be written there too, and is recorded.
_SPECIFIC = 40
_WORD = re.compile(r"[a-z0-9]+")
_MARK = re.compile("|".join(f"(?P<{reason.replace('-', '_')}>{'|'.join(marks)})" for reason, marks in _PLACES))
_PRIORITY = {reason.replace("-", "_"): rank for rank, (reason, _) in enumerate(_PLACES)}


def set_aside(tree: Any, blocks: list[dict[str, Any]], fields: dict[str, Any]) -> list[dict[str, Any]]:
    kept = set()
    captions = [b["caption"] for b in blocks if b["type"] == "figure"]
    for block in blocks:
        kept.update(filter(None, (block.get("text"), block.get("caption"), block.get("credit"), block.get("alt"))))
        kept.update(block.get("items", ()))
    kept.update(v for k, v in fields.items() if isinstance(v, str))
    kept.update(fields.get("summary", ()))
    everything_kept = "\n".join(kept)  # one string to look a shorter text up in, rather than every kept text
    places: dict[Any, str] = {}
    body = tree.find("body")
    removed = []
    for element in (_texts(body) if body is not None else ()):
        text = visible_text(element)
        if not text or text in kept or any(text.startswith(c) for c in captions) or (
                len(text) >= _SPECIFIC and text in everything_kept):
            continue
        line = element.sourceline or 1
        reason = "byline" if fields["byline"] and fields["byline"] in text else _reason(element, places)
        removed.append({"lines": [line, line], "text": text, "reason": reason})
    return removed


def _texts(parent: Any) -> Iterator[Any]:
    """The elements under ``parent`` that hold a text of their own (no block inside them), in page order; what
    is inside one is accounted for with it and not visited, nor is anything in a script, style or the like."""
    waiting = list(reversed(parent))  # a stack, not nested generators: each of those would pass every element on
    while waiting:
        element = waiting.pop()
        tag = element.tag
        if not isinstance(tag, str) or tag in _SKIPPED:  # a comment or processing instruction, or no text
            continue
        if tag in _LEAF_TAGS and not any(child.tag in _BLOCK_CHILDREN for child in element):
            yield element
        else:
            waiting.extend(reversed(element))


def _reason(element: Any, places: dict[Any, str]) -> str:
    """The reason the nearest element around ``element`` (itself included) gives by its name, class, id or role;
    ``places`` remembers each element's answer, as the elements around a page's texts are shared."""
    if element in places:
        return places[element]
    parent = element.getparent()
    if element.tag in ("body", "html") or parent is None:  # a page's own classes say nothing about one of its parts
        return "boilerplate"
    words = _WORD.findall(f"{element.tag} {element.get('class') or ''} {element.get('id') or ''} "
                          f"{element.get('role') or ''}".lower())
    found = [match.lastgroup for match in map(_MARK.match, words) if match is not None]
    if _AD_WORDS.intersection(words):
        reason = "advertisement"
    elif found:
        reason = min(found, key=_PRIORITY.__getitem__).replace("_", "-")
    else:
        reason = _reason(parent, places)
    places[element] = reason
    return reason

"""One spine document (XHTML) to an article: its headline, what its header says, and its blocks."""

from __future__ import annotations

import re
from typing import Any, Optional, Union

from ...checks import xmlsafe
from ..assembly import is_language_tag
from ..capture.language import guess_language
from ..markup import local, markup_blocks, separate_lines, text_of

_EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def read_chapter(content: bytes, member: str, furniture: set[str]) -> Union[dict[str, Any], str, None]:
    """The chapter's article; None for a chapter that is furniture or holds no text; a message for one that
    cannot be read."""
    tree, findings = xmlsafe.parse(content)
    if tree is None:
        return f"{member}: {findings[0].message}"
    root = tree.getroot()
    separate_lines(root)
    body = next((e for e in root if local(e.tag) == "body"), None)
    if body is None or _is_furniture(body, furniture):
        return None
    header_fields = _header(body)
    for header in [e for e in body.iter() if local(e.tag) == "header"]:  # its facts are fields, not text
        header.getparent().remove(header)
    blocks = list(markup_blocks(body))
    headline = header_fields.pop("headline")
    titled = header_fields.pop("titled")
    if headline is None and not titled and blocks and blocks[0]["type"] == "heading":
        headline = blocks.pop(0)["text"]
    elif blocks and blocks[0]["type"] == "heading" and blocks[0]["text"] == headline:
        blocks.pop(0)
    tags = [t.strip() for t in (header_fields.pop("tags") or "").split(",") if t.strip()]
    blocks = [b for b in blocks if not _is_header_text(b, header_fields) and not (tags and _is_tags_line(b, tags))]
    if not blocks and headline is None:
        return None
    language = root.get(_XML_LANG) or root.get("lang") or ""
    return {
        "_titled": titled is not None,  # (for the book: whether the chapter has a title of its own, made up or not)
        "headline": headline,
        "publisher": header_fields["publisher"],
        "published": header_fields["published"],
        "dateline": header_fields["dateline"],
        "byline": header_fields["byline"],
        "tags": tags,
        "language": language if is_language_tag(language) and language != "und" else
        (guess_language(" ".join(b.get("text") or b.get("caption") or "" for b in blocks)[:4000]) if blocks else None),
        "summary": [],
        "blocks": blocks,
        "field_lines": {},
    }


def _is_furniture(body: Any, furniture: set[str]) -> bool:
    for element in (body, *list(body)[:1]):
        kinds = set((element.get(_EPUB_TYPE) or "").split()) | set((element.get("role") or "").split())
        if kinds & furniture:
            return True
    return False


def _header(body: Any) -> dict[str, Optional[str]]:
    """What a chapter's header says about its article: the first ``h1`` (else the first heading), and the
    elements whose class names a byline, publisher, date or dateline (as newsconv's books write them)."""
    found: dict[str, Optional[str]] = {"headline": None, "byline": None, "publisher": None, "published": None,
                                       "dateline": None, "tags": None, "titled": None}
    heading = next((e for e in body.iter() if local(e.tag) == "h1"), None)
    # newsconv marks a title it made up for an article that has none ("Untitled article, ...").
    found["titled"] = "h1" if heading is not None else None  # (an untitled chapter's h1 still is its title)
    found["headline"] = None if heading is not None and "untitled" in (heading.get("class") or "").split() \
        else text_of(heading)
    for element in body.iter():
        classes = set((element.get("class") or "").split())
        if classes & {"byline", "author", "creator"} and found["byline"] is None:
            found["byline"] = re.sub(r"^(?:by|von|par|por|di)\s+", "", text_of(element) or "", flags=re.I) or None
        elif "publisher" in classes and found["publisher"] is None:
            found["publisher"] = text_of(element)
        elif "tags" in classes and found["tags"] is None:
            found["tags"] = re.sub(r"^(?:tags|topics|keywords)\s*:\s*", "", text_of(element) or "", flags=re.I) or None
        elif "dateline" in classes and found["dateline"] is None:
            found["dateline"] = text_of(element)
        elif local(element.tag) == "time" and found["published"] is None and _DATE.match(element.get("datetime") or "") \
                and not _captured(element):
            found["published"] = element.get("datetime")[:10]
    return found


def _captured(time: Any) -> bool:
    """A date newsconv's books mark as the capture's ("Captured 2025-08-16"), not the article's."""
    before = time.getprevious()
    return before is not None and "date-note" in (before.get("class") or "").split()


def _is_tags_line(block: dict[str, Any], tags: list[str]) -> bool:
    return block["type"] == "paragraph" and block["text"].rstrip(".").endswith(", ".join(tags))


def _is_header_text(block: dict[str, Any], fields: dict[str, Optional[str]]) -> bool:
    """A paragraph that only restates the header's facts (newsconv's "publisher · date · dateline" line)."""
    if block["type"] != "paragraph":
        return False
    facts = [v for v in fields.values() if v]
    rest = block["text"]
    for fact in facts:
        rest = rest.replace(fact, "")
    return bool(facts) and not rest.strip(" ·|,-–—")

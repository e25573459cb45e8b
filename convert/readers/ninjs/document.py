"""A ninjs object to a document: a news item is one article; a package's associated items are its articles."""

from __future__ import annotations

import json
import re
from typing import Any, Optional

import lxml.html

from ...errors import NewsconvError
from ...model import Document
from .. import assembly
from ..assembly import is_language_tag, when
from ..capture.language import guess_language
from ..markup import markup_blocks, separate_lines

_PARAGRAPHS = re.compile(r"\n\s*\n")
MAX_DEPTH = 64  # packages inside packages, at most


def read_ninjs(data: bytes, name: Optional[str] = None) -> Document:
    try:
        item = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise NewsconvError(f"not readable as ninjs: {err}", file=name) from None
    except RecursionError:
        raise NewsconvError("not readable as ninjs: nested too deep", file=name) from None
    if not isinstance(item, dict) or "uri" not in item:
        raise NewsconvError("not ninjs: expected a JSON object with a uri", file=name)
    item = _lower_keys(item)
    articles = [_article(i) for i in _text_items(item, 0)]
    articles = [a for a in articles if a["blocks"] or a["headline"] is not None]
    if not articles:
        raise NewsconvError("no text found: no item has a headline or a body", file=name)
    return assembly.document("ninjs", data, name, articles, encoding="utf-8", lines=data.count(b"\n") + 1)


def _lower_keys(value: Any) -> Any:
    """ninjs 2.x names its fields in lower case, 3.x in camel case: read both as one."""
    if isinstance(value, dict):
        return {str(key).lower(): _lower_keys(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_lower_keys(item) for item in value]
    return value


def _text_items(item: dict[str, Any], depth: int) -> list[dict[str, Any]]:
    """The item itself when it has text, else its associated items in order (a package of articles)."""
    if depth > MAX_DEPTH:
        return []
    own = bool(item.get("bodies") or item.get("body_html") or item.get("body_text") or item.get("headlines")
               or item.get("headline"))
    associations = item.get("associations") or []
    if isinstance(associations, dict):  # ninjs 1.x/2.0 kept them by name
        associations = list(associations.values())
    nested = [i for a in associations if isinstance(a, dict) for i in _text_items(a, depth + 1)
              if (a.get("type") or "text") == "text" or a.get("associations")]
    return ([item] if own else []) + (nested if not own or item.get("type") == "composite" else [])


def _text(value: Any) -> Optional[str]:
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _article(item: dict[str, Any]) -> dict[str, Any]:
    headlines = item.get("headlines") or []
    main = next((h for h in headlines if isinstance(h, dict) and h.get("role") in (None, "main")), None)
    headline = _text(main.get("value")) if main else _text(item.get("headline"))
    summary = [t for d in item.get("descriptions") or [] if isinstance(d, dict) and (t := _text(d.get("value")))]
    summary = summary or [t for t in [_text(item.get("description_text"))] if t]
    # The originator among the info sources (or, in older ninjs, an organisation so related); the organisations
    # that wrote the story are contributors, not its publisher.
    sources = [s for s in item.get("infosources") or [] if isinstance(s, dict)] + [
        o for o in (item.get("organisations") or item.get("organisation") or [])
        if isinstance(o, dict) and (o.get("rel") or o.get("role")) in ("originator", "publisher")]
    publisher = next((_text(s.get("name")) for s in sources if s.get("name")), None)
    published = when(next((item[k] for k in ("contentcreated", "firstcreated", "versioncreated")
                            if isinstance(item.get(k), str)), None))
    subjects = item.get("subjects") or item.get("subject") or []
    tags = list(dict.fromkeys(t for s in subjects if isinstance(s, dict) and (t := _text(s.get("name")))))
    blocks = _blocks(item)
    language = item.get("language") if isinstance(item.get("language"), str) else ""
    if not is_language_tag(language):
        language = guess_language(" ".join(b.get("text") or b.get("caption") or "" for b in blocks)[:4000])
    article = {"headline": headline, "publisher": publisher, "published": published, "dateline": _text(item.get("located")),
               "byline": _text(item.get("by")), "tags": tags, "language": language, "summary": summary,
               "blocks": blocks, "field_lines": {}}
    contributors = [{"name": name, "role": None, "kind": kind}
                    for key, kind in (("people", "person"), ("organisations", "organization"))
                    for party in item.get(key) or [] if isinstance(party, dict) and (name := _text(party.get("name")))]
    if contributors:
        article["contributors"] = contributors
    notice = _text(item.get("copyrightnotice"))
    if notice:
        year = re.search(r"\b(1\d{3}|20\d{2})\b", notice)
        article["rights"] = {"statement": notice, "holder": _text(item.get("copyrightholder")),
                             "year": int(year.group(1)) if year else None}
    return article


def _blocks(item: dict[str, Any]) -> list[dict[str, Any]]:
    bodies = [b for b in item.get("bodies") or [] if isinstance(b, dict) and isinstance(b.get("value"), str)]
    html = next((b["value"] for b in bodies if "html" in str(b.get("contenttype", "")).lower()), None) or \
        (item.get("body_html") if isinstance(item.get("body_html"), str) else None)
    if html and html.strip():
        root = lxml.html.fragment_fromstring(html, create_parent="div")
        separate_lines(root)
        blocks = list(markup_blocks(root))
        for block in blocks:
            block["lines"] = [1, 1]
        if blocks:
            return blocks
    text = next((b["value"] for b in bodies), None) or (item.get("body_text") if isinstance(item.get("body_text"), str) else "")
    return [{"type": "paragraph", "text": " ".join(p.split()), "lines": [1, 1]}
            for p in _PARAGRAPHS.split(text or "") if p.strip()]

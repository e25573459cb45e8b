"""A NewsML-G2 item's metadata to the article's fields, each with the line it came from."""

from __future__ import annotations

import re
from typing import Any, Optional

from ..assembly import is_language_tag, when
from ..markup import local, text_of

NAR = "http://iptc.org/std/nar/2006-10-01/"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def children(element: Any, name: str) -> list[Any]:
    return [] if element is None else [c for c in element if local(c.tag) == name]


def child(element: Any, name: str) -> Any:
    found = children(element, name)
    return found[0] if found else None


def party_name(element: Any, codes: bool = True) -> Optional[str]:
    """A party's name as G2 gives it: a ``name`` child, a ``literal``, or (when ``codes``) the code of a qcode."""
    if element is None:
        return None
    return (text_of(child(element, "name")) or element.get("literal")
            or (codes and (element.get("qcode") or "").split(":", 1)[-1]) or None)


_BY = re.compile(r"^by\s+", re.I)


def person_name(element: Any) -> Optional[str]:
    """A creator's name; a creator known only by a code (an editor's login) has none to show."""
    name = party_name(element, codes=False)
    return _BY.sub("", name) if name else None


def item_fields(item: Any) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The article's fields, and the item's notes to editors (kept in ``removed``, as they are not article text)."""
    content = child(item, "contentMeta")
    meta = child(item, "itemMeta")
    lines: dict[str, list[int]] = {}

    def found(key: str, value: Optional[str], element: Any) -> Optional[str]:
        if value is not None and element is not None and element.sourceline:
            lines[key] = [element.sourceline]
        return value

    headlines = children(content, "headline")
    main = next((h for h in headlines if (h.get("role") or "").endswith("main")), headlines[0] if headlines else None)
    subheads = [h for h in headlines if h is not main] + children(content, "subheadline")
    summaries = [d for d in children(content, "description") if "summary" in (d.get("role") or "summary")]
    creators = children(content, "creator")
    by = child(content, "by")  # the byline as written, beside (or instead of) the structured creators
    # The original publisher is the info source in the role of originating the content. Other info sources (an
    # aggregator, a distributor) are not, nor is the provider: it released the item (an agency, or a converter).
    originators = [i for i in children(content, "infoSource") if (i.get("role") or "").endswith(("originfo", "origin"))]
    source = originators[0] if originators else None
    # The content's own date: the item's times (firstCreated, versionCreated) say when the item was made.
    created = child(content, "contentCreated")
    located = child(content, "located")
    dateline = child(content, "dateline")
    tags = [party_name(s) for s in children(content, "subject")] + [text_of(k) for k in children(content, "keyword")]
    language = child(content, "language")
    tag = (language.get("tag") if language is not None else None) or item.get(_XML_LANG) or ""
    article = {
        "headline": found("headline", text_of(main), main),
        "publisher": found("publisher", party_name(source), source),
        "published": found("published", when(text_of(created)), created),
        "dateline": found("dateline", text_of(dateline) or party_name(located), dateline if dateline is not None else located),
        # The byline as printed (with job titles) where the item has one; else the creators' names.
        "byline": found("byline", _printed_byline(by) or ", ".join(filter(None, map(person_name, creators))) or None,
                        by if by is not None and _printed_byline(by) else (creators[0] if creators else None)),
        "tags": _unique(tags),
        "language": tag if is_language_tag(tag) else "und",
        "summary": [t for t in map(text_of, subheads + summaries) if t],
        "field_lines": lines,
    }
    for element in subheads + summaries:
        lines.setdefault("summary", []).append(element.sourceline or 1)
    modified = child(content, "contentModified")
    if modified is not None and (changed := when(text_of(modified))) is not None:
        article["modified"] = found("modified", changed, modified)
    contributors = [{"name": name, "role": None,
                     "kind": "organization" if "organisation" in (c.get("type") or "") else "person"}
                    for c in creators if (name := person_name(c))]
    if contributors:
        article["contributors"] = contributors
    rights = _rights(child(item, "rightsInfo"))
    if rights is not None:
        article["rights"] = rights
    notes = [{"lines": [n.sourceline or 1, n.sourceline or 1], "text": text, "reason": "editorial-note"}
             for n in children(meta, "edNote") + children(content, "edNote") if (text := text_of(n))]
    return article, notes


_YEAR = re.compile(r"\b(1\d{3}|20\d{2})\b")


def _rights(info: Any) -> Optional[dict[str, Any]]:
    """``rightsInfo``: the notice as the statement (else the holder's name), the holder, the year the notice names."""
    if info is None:
        return None
    holder = party_name(child(info, "copyrightHolder"), codes=False)
    notice = text_of(child(info, "copyrightNotice"))
    statement = notice or (f"Copyright {holder}" if holder else None)
    if statement is None:
        return None
    year = _YEAR.search(statement)
    return {"statement": statement, "holder": holder, "year": int(year.group(1)) if year else None}


def _unique(values: list[Optional[str]]) -> list[str]:
    seen: list[str] = []
    for value in values:
        if value and value not in seen:
            seen.append(value)
    return seen


def _printed_byline(by: Any) -> Optional[str]:
    text = text_of(by)
    return _BY.sub("", text) or None if text else None

"""A JATS article's front matter to the article's fields."""

from __future__ import annotations

import re
from typing import Any, Optional

from lxml import etree

from ..assembly import is_language_tag, when
from ..markup import local, text_of

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Which publication date to prefer: the electronic one, then any with a full date.
_DATE_PREFERENCE = ("electronic", "epub", "pub", "ppub", "print", "collection")


def own(element: Any, path: str) -> list[Any]:
    """Elements at ``path`` under ``element`` that belong to it, not to a nested sub-article."""
    found = element.findall(path)
    return [e for e in found if _owner(e) is element]


def _owner(element: Any) -> Any:
    for ancestor in element.iterancestors():
        if local(ancestor.tag) in ("article", "sub-article", "response"):
            return ancestor
    return None


def article_fields(element: Any, root: Any) -> dict[str, Any]:
    meta = next(iter(own(element, "front/article-meta") + own(element, "front-stub")), None)
    lines: dict[str, list[int]] = {}

    def found(key: str, value: Optional[str], source: Any) -> Optional[str]:
        if value is not None and source is not None and source.sourceline:
            lines[key] = [source.sourceline]
        return value

    title = meta.find("title-group/article-title") if meta is not None else None
    subtitles = meta.findall("title-group/subtitle") if meta is not None else []
    abstracts = meta.findall("abstract") if meta is not None else []
    contributors = meta.findall("contrib-group/contrib") if meta is not None else []
    authors = [c for c in contributors if (c.get("contrib-type") or "author") == "author"] or contributors
    date = _publication_date(meta)
    keywords = meta.findall("kwd-group/kwd") if meta is not None else []
    # A sub-article's own publisher, where a digest names it (custom-meta "publisher"); else the journal's.
    publisher = _custom_meta(meta, "publisher")
    dateline = _custom_meta(meta, "dateline")
    if dateline is None:  # JATS has no dateline element: a named-content in the body is the other place for it
        dateline = next(iter(_MARKED_DATELINE(element)), None)
    if publisher is None and element is root:
        publisher = root.find("front/journal-meta/publisher/publisher-name")
        if publisher is None:
            publisher = root.find("front/journal-meta/journal-title-group/journal-title")
    language = element.get(_XML_LANG) or root.get(_XML_LANG) or ""
    summary = [t for t in map(text_of, subtitles + abstracts) if t]
    if summary:
        lines["summary"] = [e.sourceline or 1 for e in subtitles + abstracts]
    article = {
        "headline": found("headline", text_of(title), title),
        "publisher": found("publisher", text_of(publisher), publisher),
        "published": found("published", date[0] if date else None, date[1] if date else None),
        "dateline": found("dateline", text_of(dateline), dateline),
        "byline": found("byline", ", ".join(filter(None, map(_credit, authors))) or None, authors[0] if authors else None),
        "tags": list(dict.fromkeys(filter(None, map(text_of, keywords)))),
        "language": language if is_language_tag(language) else None,  # (guessed from the text when not given)
        "summary": summary,
        "field_lines": lines,
    }
    contributors = [c for c in map(_contributor, authors) if c is not None]
    if contributors:
        article["contributors"] = contributors
    rights = _rights(meta.find("permissions") if meta is not None else None)
    if rights is not None:
        article["rights"] = rights
    return article


def _contributor(contrib: Any) -> Optional[dict[str, Any]]:
    name = _name(contrib)
    if name is None:
        return None
    kind = "organization" if contrib.find("name") is None and contrib.find("string-name") is None else "person"
    return {"name": name, "role": text_of(contrib.find("role")), "kind": kind}


_MARKED_DATELINE = etree.XPath("body//named-content[@content-type='dateline']")


def _credit(contrib: Any) -> Optional[str]:
    """A contributor as a byline prints them: the name, then the job title the file gives in ``role``."""
    name, role = _name(contrib), text_of(contrib.find("role"))
    return f"{name}, {role}" if name and role else name


def _custom_meta(meta: Any, name: str) -> Any:
    """The value element of the ``custom-meta`` called ``name``, where newsconv keeps what JATS has no element for."""
    metas = meta.findall("custom-meta-group/custom-meta") if meta is not None else []
    return next((m.find("meta-value") for m in metas if text_of(m.find("meta-name")) == name), None)


def _rights(permissions: Any) -> Optional[dict[str, Any]]:
    if permissions is None:
        return None
    statement = text_of(permissions.find("copyright-statement"))
    holder = text_of(permissions.find("copyright-holder"))
    year = text_of(permissions.find("copyright-year"))
    license_text = text_of(permissions.find("license"))
    statement = statement or (f"Copyright {year + ' ' if year else ''}{holder}" if holder else None) or license_text
    if statement is None:
        return None
    return {"statement": statement, "holder": holder,
            "year": int(year) if year and year.isdigit() and 1000 <= int(year) <= 9999 else None}


def _name(contrib: Any) -> Optional[str]:
    """"Given Surname" from ``name``, or a ``string-name`` or ``collab`` as written."""
    name = contrib.find("name")
    if name is not None:
        given, surname = text_of(name.find("given-names")), text_of(name.find("surname"))
        return " ".join(filter(None, (given, surname))) or None
    return text_of(contrib.find("string-name")) or text_of(contrib.find("collab"))


def _publication_date(meta: Any) -> Optional[tuple[str, Any]]:
    if meta is None:
        return None
    dated = []
    for date in meta.findall("pub-date"):
        kind = date.get("publication-format") or date.get("pub-type") or date.get("date-type") or ""
        iso = date.get("iso-8601-date") or ""
        year, month, day = (text_of(date.find(part)) for part in ("year", "month", "day"))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso[:10]):
            value = when(iso) or iso[:10]  # a date-time with its zone keeps its time
        elif year and month and day and year.isdigit() and month.isdigit() and day.isdigit():
            value = f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
        else:
            continue  # a year or a month alone is no calendar date
        rank = next((i for i, k in enumerate(_DATE_PREFERENCE) if k == kind), len(_DATE_PREFERENCE))
        dated.append((rank, value, date))
    if not dated:
        return None
    _, value, date = min(dated, key=lambda d: d[0])
    return value, date

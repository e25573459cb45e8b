"""JATS front matter: ``journal-meta``, ``article-meta`` and a digest item's ``front-stub``.

Elements follow the order the JATS 1.3 content models demand (title-group,
contrib-group, pub-date, abstract, kwd-group, custom-meta-group). A fact the
intermediate does not have is left out, never filled in.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from ..model import Article, Capture, Digest
from .jats_xml import Element, SubElement, add_text, clean

CustomMeta = Sequence[tuple[str, Optional[str]]]

# Bylines are split only on a joining word between names ("A and B", "A & B"); a comma may
# equally separate two names or a name and a role ("Jane Doe, Staff Writer"), so it never splits.
_BYLINE_JOIN = re.compile(r"\s+(?:and|AND|&)\s+")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_AUTHOR = {"contrib-type": "author"}


def add_journal_meta(front: Element, publisher: Optional[str], where: str) -> None:
    """The publisher as both journal title and publisher name (nothing when unknown)."""
    name = clean(publisher, where)
    if name is None:
        return
    journal = SubElement(front, "journal-meta")
    add_text(SubElement(journal, "journal-title-group"), "journal-title", name)
    add_text(SubElement(journal, "publisher"), "publisher-name", name)


def add_article_facts(meta: Element, article: Article, where: str) -> None:
    """The article's own metadata elements, in ``article-meta``/``front-stub`` order."""
    headline = clean(article["headline"], "{}.headline", where)
    if headline is not None:
        add_text(SubElement(meta, "title-group"), "article-title", headline)
    add_contributors(meta, article["byline"], f"{where}.byline")
    add_pub_date(meta, article["published"], f"{where}.published")
    add_texts(meta, "abstract", "p", [clean(text, "{}.summary[{}]", where, n)
                                      for n, text in enumerate(article["summary"])])
    add_texts(meta, "kwd-group", "kwd", [clean(tag, "{}.tags[{}]", where, n)
                                         for n, tag in enumerate(article["tags"])])


def add_texts(parent: Element, tag: str, child_tag: str, texts: Sequence[Optional[str]]) -> None:
    """``<tag>`` with one ``<child_tag>`` per text that is not None (nothing when none is left)."""
    present = [text for text in texts if text is not None]
    if present:
        group = SubElement(parent, tag)
        for text in present:
            add_text(group, child_tag, text)


def add_contributors(meta: Element, byline: Optional[str], where: str) -> None:
    """``contrib-group`` with one author per name; a name is kept whole in ``string-name``."""
    text = clean(byline, where)
    if text is None:
        return
    group = SubElement(meta, "contrib-group")
    for name in byline_names(text):
        add_text(SubElement(group, "contrib", _AUTHOR), "string-name", name)


def byline_names(byline: str) -> list[str]:
    """The names in a byline: split on "and"/"&" only when every part is left with a name."""
    parts = [part.strip() for part in _BYLINE_JOIN.split(byline.strip())]
    return parts if all(parts) else [byline.strip()]


def add_pub_date(meta: Element, value: Optional[str], where: str) -> None:
    """``pub-date`` with the value as given in ``iso-8601-date`` and its calendar date in parts."""
    when = clean(value, where)
    match = _DATE.match(when) if when is not None else None
    if when is None or match is None:
        return
    year, month, day = match.groups()
    date = SubElement(meta, "pub-date", {"date-type": "pub", "iso-8601-date": when})
    add_text(date, "day", day)
    add_text(date, "month", month)
    add_text(date, "year", year)


def add_custom_meta_group(parent: Element, pairs: CustomMeta, where: str) -> None:
    """``custom-meta-group`` with one ``custom-meta`` per known value (nothing when none is known)."""
    known = [(name, value) for name, value in ((name, clean(value, "{}.{}", where, name)) for name, value in pairs)
             if value is not None]
    if not known:
        return
    group = SubElement(parent, "custom-meta-group")
    for name, value in known:
        custom = SubElement(group, "custom-meta")
        add_text(custom, "meta-name", name)
        add_text(custom, "meta-value", value)


def capture_meta(capture: Capture) -> list[tuple[str, Optional[str]]]:
    """Where the text came from: the aggregator, the capture date, the layout and the source file."""
    source = capture["source"]
    return [
        ("aggregator-site", capture["site"]),
        ("capture-date", capture["captured"]),
        ("capture-layout", capture["layout"]),
        ("source-file", source["file"]),
        ("source-sha256", source["sha256"]),
        ("source-encoding", source["encoding"]),
        ("source-bytes", str(source["bytes"])),
        ("source-lines", str(source["lines"])),
    ]


def add_article_meta(front: Element, article: Article, capture: Capture, where: str,
                     dateline: Optional[str]) -> None:
    """``article-meta`` of a single-article document; never empty, as the source hash is always known.

    ``dateline`` is the article's, already cleaned (the body marks it too, and one warning is enough).
    """
    meta = SubElement(front, "article-meta")
    add_article_facts(meta, article, where)
    add_custom_meta_group(meta, capture_meta(capture) + [("dateline", dateline)], "capture")


def add_digest_meta(front: Element, digest: Optional[Digest], capture: Capture) -> None:
    """``article-meta`` of a digest (or of any document of several articles): its date and the capture facts."""
    meta = SubElement(front, "article-meta")
    add_pub_date(meta, digest["published"] if digest is not None else None, "digest.published")
    add_custom_meta_group(meta, capture_meta(capture), "capture")


def add_front_stub(parent: Element, article: Article, position: int, where: str, dateline: Optional[str]) -> None:
    """A digest item's ``front-stub``; its position in the digest keeps it from ever being empty.

    ``front-stub`` has no journal metadata, so the item's original publisher is a ``custom-meta``.
    """
    stub = SubElement(parent, "front-stub")
    add_article_facts(stub, article, where)
    add_custom_meta_group(stub, [("position", str(position)), ("publisher", article["publisher"]),
                                 ("dateline", dateline)], where)

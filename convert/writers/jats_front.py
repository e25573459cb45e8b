"""JATS front matter: ``journal-meta``, ``article-meta`` and a digest item's ``front-stub``.

Elements follow the order the JATS 1.3 content models demand (title-group,
contrib-group, pub-date, abstract, kwd-group, custom-meta-group). A fact the
intermediate does not have is left out, never filled in.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from ..model import Article, Capture, Digest
from .jats_xml import Element, clean, container, leaf, text_element

CustomMeta = Sequence[tuple[str, Optional[str]]]

# Bylines are split only on a joining word between names ("A and B", "A & B"); a comma may
# equally separate two names or a name and a role ("Jane Doe, Staff Writer"), so it never splits.
_BYLINE_JOIN = re.compile(r"\s+(?:and|AND|&)\s+")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def journal_meta(publisher: Optional[str], where: str) -> Optional[Element]:
    """The publisher as both journal title and publisher name (``None`` when unknown)."""
    name = clean(publisher, where)
    if name is None:
        return None
    return container("journal-meta", [
        container("journal-title-group", [leaf("journal-title", name)]),
        container("publisher", [leaf("publisher-name", name)]),
    ])


def article_facts(article: Article, where: str) -> list[Optional[Element]]:
    """The article's own metadata elements, in ``article-meta``/``front-stub`` order."""
    return [
        container("title-group", [text_element("article-title", article["headline"], f"{where}.headline")]),
        contributors(article["byline"], f"{where}.byline"),
        pub_date(article["published"], f"{where}.published"),
        container("abstract", [text_element("p", text, f"{where}.summary[{n}]")
                               for n, text in enumerate(article["summary"])]),
        container("kwd-group", [text_element("kwd", tag, f"{where}.tags[{n}]")
                                for n, tag in enumerate(article["tags"])]),
    ]


def contributors(byline: Optional[str], where: str) -> Optional[Element]:
    """``contrib-group`` with one author per name; a name is kept whole in ``string-name``."""
    text = clean(byline, where)
    if text is None:
        return None
    return container("contrib-group", [
        container("contrib", [leaf("string-name", name)], {"contrib-type": "author"})
        for name in byline_names(text)
    ])


def byline_names(byline: str) -> list[str]:
    """The names in a byline: split on "and"/"&" only when every part is left with a name."""
    parts = [part.strip() for part in _BYLINE_JOIN.split(byline.strip())]
    return parts if all(parts) else [byline.strip()]


def pub_date(value: Optional[str], where: str) -> Optional[Element]:
    """``pub-date`` with the value as given in ``iso-8601-date`` and its calendar date in parts."""
    when = clean(value, where)
    match = _DATE.match(when) if when is not None else None
    if when is None or match is None:
        return None
    year, month, day = match.groups()
    return container("pub-date", [leaf("day", day), leaf("month", month), leaf("year", year)],
                     {"date-type": "pub", "iso-8601-date": when})


def custom_meta_group(pairs: CustomMeta, where: str) -> Optional[Element]:
    """``custom-meta-group`` with one ``custom-meta`` per known value."""
    return container("custom-meta-group", [
        container("custom-meta", [leaf("meta-name", name), leaf("meta-value", value)])
        for name, value in ((name, clean(value, f"{where}.{name}")) for name, value in pairs)
        if value is not None
    ])


def capture_meta(capture: Capture) -> CustomMeta:
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


def article_meta(article: Article, capture: Capture, where: str, dateline: Optional[str]) -> Element:
    """``article-meta`` of a single-article document; never empty, as the source hash is always known.

    ``dateline`` is the article's, already cleaned (the body marks it too, and one warning is enough).
    """
    meta = container("article-meta", article_facts(article, where) + [
        custom_meta_group(list(capture_meta(capture)) + [("dateline", dateline)], "capture")])
    assert meta is not None
    return meta


def digest_meta(digest: Optional[Digest], capture: Capture) -> Element:
    """``article-meta`` of a digest (or of any document of several articles): its date and the capture facts."""
    published = digest["published"] if digest is not None else None
    meta = container("article-meta", [pub_date(published, "digest.published"),
                                      custom_meta_group(capture_meta(capture), "capture")])
    assert meta is not None
    return meta


def front_stub(article: Article, position: int, where: str, dateline: Optional[str]) -> Element:
    """A digest item's ``front-stub``; its position in the digest keeps it from ever being empty.

    ``front-stub`` has no journal metadata, so the item's original publisher is a ``custom-meta``.
    """
    item_meta: CustomMeta = [
        ("position", str(position)),
        ("publisher", article["publisher"]),
        ("dateline", dateline),
    ]
    stub = container("front-stub", article_facts(article, where) + [custom_meta_group(item_meta, where)])
    assert stub is not None
    return stub

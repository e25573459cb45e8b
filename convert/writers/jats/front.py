"""JATS front matter: ``journal-meta``, ``article-meta`` and a digest item's ``front-stub``.

Elements follow the order the JATS 1.3 content models demand (title-group,
contrib-group, pub-date, abstract, kwd-group, custom-meta-group). A fact the
intermediate does not have is left out, never filled in.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from ...model import Article, Capture, Digest
from .._xmltext import STEP, Lines, clean, escape_attribute, escape_text
from .markup import text_group, wrapped_text

CustomMeta = Sequence[tuple[str, Optional[str], str]]  # name, value, the value's JSON path

# Bylines are split only on a joining word between names ("A and B", "A & B"); a comma may
# equally separate two names or a name and a role ("Jane Doe, Staff Writer"), so it never splits.
_BYLINE_JOIN = re.compile(r"\s+(?:and|AND|&)\s+")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def journal_meta(lines: Lines, indent: str, publisher: Optional[str], where: str) -> None:
    """The publisher as both journal title and publisher name (nothing when unknown)."""
    name = clean(publisher, where)
    if name is None:
        return
    inner = indent + STEP
    lines.append(f"{indent}<journal-meta>\n"
                 f"{wrapped_text(inner, 'journal-title-group', 'journal-title', name)}"
                 f"{wrapped_text(inner, 'publisher', 'publisher-name', name)}"
                 f"{indent}</journal-meta>\n")


def article_facts(lines: Lines, indent: str, article: Article, where: str) -> None:
    """The article's own metadata elements, in ``article-meta``/``front-stub`` order."""
    headline = clean(article["headline"], "{}.headline", where)
    if headline is not None:
        lines.append(wrapped_text(indent, "title-group", "article-title", headline))
    contributors(lines, indent, article["byline"], f"{where}.byline")
    pub_date(lines, indent, article["published"], f"{where}.published")
    text_group(lines, indent, "abstract", "p",
               [clean(text, "{}.summary[{}]", where, n) for n, text in enumerate(article["summary"])])
    text_group(lines, indent, "kwd-group", "kwd",
               [clean(tag, "{}.tags[{}]", where, n) for n, tag in enumerate(article["tags"])])


def contributors(lines: Lines, indent: str, byline: Optional[str], where: str) -> None:
    """``contrib-group`` with one author per name; a name is kept whole in ``string-name``."""
    text = clean(byline, where)
    if text is None:
        return
    inner = indent + STEP
    lines.append(f"{indent}<contrib-group>\n")
    lines.extend([wrapped_text(inner, "contrib", "string-name", name, ' contrib-type="author"')
                  for name in byline_names(text)])
    lines.append(f"{indent}</contrib-group>\n")


def byline_names(byline: str) -> list[str]:
    """The names in a byline: split on "and"/"&" only when every part is left with a name."""
    parts = [part.strip() for part in _BYLINE_JOIN.split(byline.strip())]
    return parts if all(parts) else [byline.strip()]


def pub_date(lines: Lines, indent: str, value: Optional[str], where: str) -> None:
    """``pub-date`` with the value as given in ``iso-8601-date`` and its calendar date in parts."""
    when = clean(value, where)
    match = _DATE.match(when) if when is not None else None
    if when is None or match is None:
        return
    year, month, day = match.groups()  # digits: nothing to escape
    inner = indent + STEP
    lines.append(f'{indent}<pub-date date-type="pub" iso-8601-date="{escape_attribute(when)}">\n'
                 f"{inner}<day>{day}</day>\n{inner}<month>{month}</month>\n{inner}<year>{year}</year>\n"
                 f"{indent}</pub-date>\n")


def custom_meta_group(lines: Lines, indent: str, metas: CustomMeta) -> None:
    """``custom-meta-group`` with one ``custom-meta`` per known value (nothing when none is known)."""
    known = [(name, value) for name, value in ((name, clean(value, where)) for name, value, where in metas)
             if value is not None]
    if not known:
        return
    meta = indent + STEP
    inner = meta + STEP
    lines.append(f"{indent}<custom-meta-group>\n")
    lines.extend([f"{meta}<custom-meta>\n{inner}<meta-name>{name}</meta-name>\n"
                  f"{inner}<meta-value>{escape_text(value)}</meta-value>\n{meta}</custom-meta>\n"
                  for name, value in known])  # the names are the writer's own: nothing to escape
    lines.append(f"{indent}</custom-meta-group>\n")


def capture_meta(capture: Capture) -> list[tuple[str, Optional[str], str]]:
    """Where the text came from: the aggregator, the capture date, the layout and the source file."""
    source = capture["source"]
    return [
        ("aggregator-site", capture["site"], "$.capture.site"),
        ("capture-date", capture["captured"], "$.capture.captured"),
        ("capture-layout", capture["layout"], "$.capture.layout"),
        ("source-file", source["file"], "$.capture.source.file"),
        ("source-sha256", source["sha256"], "$.capture.source.sha256"),
        ("source-encoding", source["encoding"], "$.capture.source.encoding"),
        ("source-bytes", str(source["bytes"]), "$.capture.source.bytes"),
        ("source-lines", str(source["lines"]), "$.capture.source.lines"),
    ]


def article_meta(lines: Lines, indent: str, article: Article, capture: Capture, where: str,
                 dateline: Optional[str]) -> None:
    """``article-meta`` of a single-article document; never empty, as the source hash is always known.

    ``dateline`` is the article's, already cleaned (the body marks it too, and one warning is enough).
    """
    inner = indent + STEP
    lines.append(f"{indent}<article-meta>\n")
    article_facts(lines, inner, article, where)
    custom_meta_group(lines, inner, capture_meta(capture) + [("dateline", dateline, f"{where}.dateline")])
    lines.append(f"{indent}</article-meta>\n")


def digest_meta(lines: Lines, indent: str, digest: Optional[Digest], capture: Capture) -> None:
    """``article-meta`` of a digest (or of any document of several articles): its date and the capture facts."""
    inner = indent + STEP
    lines.append(f"{indent}<article-meta>\n")
    pub_date(lines, inner, digest["published"] if digest is not None else None, "$.digest.published")
    custom_meta_group(lines, inner, capture_meta(capture))
    lines.append(f"{indent}</article-meta>\n")


def front_stub(lines: Lines, indent: str, article: Article, position: int, where: str,
               dateline: Optional[str]) -> None:
    """A digest item's ``front-stub``; its position in the digest keeps it from ever being empty.

    ``front-stub`` has no journal metadata, so the item's original publisher is a ``custom-meta``.
    """
    inner = indent + STEP
    lines.append(f"{indent}<front-stub>\n")
    article_facts(lines, inner, article, where)
    custom_meta_group(lines, inner, [("position", str(position), where), ("publisher", article["publisher"],
                                     f"{where}.publisher"), ("dateline", dateline, f"{where}.dateline")])
    lines.append(f"{indent}</front-stub>\n")

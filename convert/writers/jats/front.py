"""JATS front matter: ``journal-meta``, ``article-meta`` and a digest item's ``front-stub``.

Elements follow the order the JATS 1.3 content models demand (article-id, title-group,
contrib-group, pub-date, pub-history, permissions, abstract, kwd-group, custom-meta-group).
A fact the intermediate does not have is left out, never filled in.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from ...model import (Article, Contributor, Digest, Document, archive_record, article_contributors, article_id,
                      identifying)
from .._xmltext import STEP, Lines, clean, escape_attribute, escape_text, text_element
from .markup import text_group, wrapped_text

CustomMeta = Sequence[tuple[str, Optional[str], str]]  # name, value, the value's JSON path

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# Words that belong to the surname that follows them ("Ludwig van Beethoven", "Ana de la Cruz").
_PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "ter", "ten", "bin",
              "al", "el", "dos", "das", "do"}
# A personal name splits into given names and a surname only when every word is a name's word.
_NAME_WORD = re.compile(r"[^\W\d_][\w.'’-]*")


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


def article_facts(lines: Lines, indent: str, document: Document, article: Article, where: str) -> None:
    """The article's own metadata elements, in ``article-meta``/``front-stub`` order."""
    lines.append(f'{indent}<article-id pub-id-type="archive">{escape_text(article_id(document, article))}</article-id>\n')
    headline = clean(article["headline"], "{}.headline", where)
    if headline is not None:
        lines.append(wrapped_text(indent, "title-group", "article-title", headline))
    contributors(lines, indent, article_contributors(article), where)
    pub_date(lines, indent, article["published"], f"{where}.published")
    pub_history(lines, indent, article.get("modified"), f"{where}.modified", republished_by(document, article))
    permissions(lines, indent, article.get("rights"), f"{where}.rights")
    summary = [clean(text, "{}.summary[{}]", where, n) for n, text in enumerate(article["summary"])]
    # Several lines over the body are key points; one is the standfirst, a teaser (JATS4R's abstract types).
    kind = "key-points" if sum(text is not None for text in summary) > 1 else "teaser"
    text_group(lines, indent, "abstract", "p", summary, f' abstract-type="{kind}"')
    text_group(lines, indent, "kwd-group", "kwd",
               [clean(tag, "{}.tags[{}]", where, n) for n, tag in enumerate(article["tags"])])


def republished_by(document: Document, article: Article) -> Optional[str]:
    """The aggregator that republished the article: the digest's publisher, else the captured site,
    unless that is the article's own publisher."""
    digest = document.get("digest") or {}
    name = digest.get("publisher") or document["capture"]["site"]
    return name if name and identifying(name) != identifying(article["publisher"]) else None


def contributors(lines: Lines, indent: str, people: list[Contributor], where: str) -> None:
    """``contrib-group`` with one author per contributor: a person's ``name`` split into surname and
    given names where it splits (else ``string-name``), an organisation as ``collab``, a job title as
    ``role``."""
    written = []
    inner = indent + STEP
    for n, contributor in enumerate(people):
        name = clean(contributor["name"], f"{where}.contributors[{n}].name")
        if name is None:
            continue
        role = clean(contributor.get("role"), f"{where}.contributors[{n}].role")
        part = inner + STEP
        if contributor["kind"] == "organization":
            who = text_element(part, "collab", name)
        else:
            who = personal_name(part, name)
        written.append(f'{inner}<contrib contrib-type="author">\n{who}'
                       f'{text_element(part, "role", role) if role else ""}{inner}</contrib>\n')
    if written:
        lines.append(f"{indent}<contrib-group>\n")
        lines.extend(written)
        lines.append(f"{indent}</contrib-group>\n")


def personal_name(indent: str, name: str) -> str:
    """``<name>`` with ``surname`` (the last word, with the particles before it) and ``given-names``
    when the name is two or more words of letters; else the name whole in ``string-name``."""
    words = name.split()
    if len(words) < 2 or not all(_NAME_WORD.fullmatch(word) for word in words):
        return text_element(indent, "string-name", name)
    first = len(words) - 1
    while first > 1 and words[first - 1].lower() in _PARTICLES:
        first -= 1
    inner = indent + STEP
    return (f"{indent}<name>\n{text_element(inner, 'surname', ' '.join(words[first:]))}"
            f"{text_element(inner, 'given-names', ' '.join(words[:first]))}{indent}</name>\n")


def pub_date(lines: Lines, indent: str, value: Optional[str], where: str) -> None:
    """``pub-date`` of the electronic publication, with the value as given in ``iso-8601-date`` and
    its calendar date in parts."""
    dated = _date(indent, "pub-date", ' publication-format="electronic" date-type="pub"', value, where)
    if dated:
        lines.append(dated)


def _date(indent: str, element: str, attributes: str, value: Optional[str], where: str) -> Optional[str]:
    when = clean(value, where)
    match = _DATE.match(when) if when is not None else None
    if when is None or match is None:
        return None
    year, month, day = match.groups()  # digits: nothing to escape
    inner = indent + STEP
    return (f'{indent}<{element}{attributes} iso-8601-date="{escape_attribute(when)}">\n'
            f"{inner}<day>{day}</day>\n{inner}<month>{month}</month>\n{inner}<year>{year}</year>\n"
            f"{indent}</{element}>\n")


def pub_history(lines: Lines, indent: str, modified: Optional[str], where: str, republisher: Optional[str]) -> None:
    """``pub-history``: the update the page reports, and the aggregator that republished the article."""
    inner = indent + STEP
    events = []
    updated = _date(inner + STEP, "date", ' date-type="updated"', modified, where)
    if updated:
        events.append(f"{inner}<event>\n{text_element(inner + STEP, 'event-desc', 'Updated')}{updated}{inner}</event>\n")
    name = clean(republisher, "$.capture.site")
    if name:
        events.append(f"{inner}<event>\n{text_element(inner + STEP, 'event-desc', f'Republished by {name}')}"
                      f"{inner}</event>\n")
    if events:
        lines.append(f"{indent}<pub-history>\n{''.join(events)}{indent}</pub-history>\n")


def permissions(lines: Lines, indent: str, rights: Optional[dict], where: str) -> None:
    """``permissions``: the copyright line as written, its year and its holder."""
    if not rights:
        return
    statement = clean(rights.get("statement"), f"{where}.statement")
    holder = clean(rights.get("holder"), f"{where}.holder")
    year = rights.get("year")
    inner = indent + STEP
    parts = [text_element(inner, "copyright-statement", statement) if statement else "",
             f"{inner}<copyright-year>{int(year)}</copyright-year>\n" if isinstance(year, int) else "",
             text_element(inner, "copyright-holder", holder) if holder else ""]
    if any(parts):
        lines.append(f"{indent}<permissions>\n{''.join(parts)}{indent}</permissions>\n")


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


def article_meta(lines: Lines, indent: str, document: Document, article: Article, where: str,
                 dateline: Optional[str]) -> None:
    """``article-meta`` of a single-article document; never empty, as the article's id is always known.

    ``dateline`` is the article's, already cleaned (the body marks it too, and one warning is enough).
    """
    inner = indent + STEP
    lines.append(f"{indent}<article-meta>\n")
    article_facts(lines, inner, document, article, where)
    custom_meta_group(lines, inner, [("dateline", dateline, f"{where}.dateline"), *archive_metas(document)])
    lines.append(f"{indent}</article-meta>\n")


# The archive record's facts as custom-meta, named by the WARC fields they are (JATS has no element for them).
_ARCHIVE_META = (("warc-filename", "archive"), ("warc-offset", "offset"), ("warc-record-id", "record_id"),
                 ("warc-target-uri", "target_uri"), ("warc-date", "date"), ("warc-payload-digest", "payload_digest"))


def archive_metas(document: Document) -> CustomMeta:
    """The web archive record the document was read from, if it was."""
    record = archive_record(document)
    if record is None:
        return []
    return [(name, None if record[key] is None else str(record[key]),  # type: ignore[literal-required]
             f"$.capture.archive_record.{key}") for name, key in _ARCHIVE_META]


def digest_meta(lines: Lines, indent: str, digest: Optional[Digest], title: str, metas: CustomMeta = ()) -> None:
    """``article-meta`` of a digest (or of any document of several articles): its title, its date and
    ``metas`` (the archive record it was read from)."""
    inner = indent + STEP
    lines.append(f"{indent}<article-meta>\n")
    lines.append(wrapped_text(inner, "title-group", "article-title", title))
    pub_date(lines, inner, digest["published"] if digest is not None else None, "$.digest.published")
    custom_meta_group(lines, inner, metas)
    lines.append(f"{indent}</article-meta>\n")


def front_stub(lines: Lines, indent: str, document: Document, article: Article, where: str,
               dateline: Optional[str]) -> None:
    """A digest item's ``front-stub``; its ``article-id`` keeps it from ever being empty.

    ``front-stub`` has no journal metadata, so the item's original publisher is a ``custom-meta``.
    """
    inner = indent + STEP
    lines.append(f"{indent}<front-stub>\n")
    article_facts(lines, inner, document, article, where)
    custom_meta_group(lines, inner, [("publisher", article["publisher"], f"{where}.publisher"),
                                     ("dateline", dateline, f"{where}.dateline")])
    lines.append(f"{indent}</front-stub>\n")

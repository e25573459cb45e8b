"""JATS writer: one document as a JATS Archiving and Interchange 1.3 ``<article>`` (``.jats.xml``).

The output declares the JATS 1.3 Archiving DTD with MathML 3 (public id
``-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD with MathML3
v1.3 20210610//EN``) and validates against it. The root is
``<article article-type="news" dtd-version="1.3" xml:lang="...">``.

Mapping
-------
- Publisher: ``journal-meta/journal-title-group/journal-title`` and
  ``journal-meta/publisher/publisher-name`` (the article's original publisher;
  for a digest, the digest's publisher).
- Headline: ``title-group/article-title``.
- Byline: ``contrib-group`` with one ``contrib contrib-type="author"`` per
  name. A byline is split only on "and"/"&" between names ("A and B" gives two
  authors), never on commas, which as often introduce a role. Each name is kept
  whole in ``string-name``: splitting it into surname and given names cannot be
  done honestly from the text alone.
- Publication date: ``pub-date date-type="pub"`` with the value as given in
  ``iso-8601-date`` (a date, or a date-time with its offset) and ``day``,
  ``month``, ``year`` children. Only the article's own date is used (a digest's
  date goes on the digest); the capture date is never presented as a
  publication date.
- Summary (dek, key points): ``abstract`` with one ``p`` per string.
- Tags: ``kwd-group`` with one ``kwd`` per tag.
- Language: ``xml:lang`` (``und`` when undetermined). A digest whose items
  differ in language is ``mul`` at the top and keeps each item's own language.
- Dateline: JATS has no dateline element. It is a ``custom-meta`` named
  ``dateline``, and where the first paragraph starts with it (as written in the
  text) it is also marked there as ``named-content content-type="dateline"``.
- Capture facts: ``custom-meta-group`` in ``article-meta`` with
  ``aggregator-site``, ``capture-date``, ``capture-layout``, ``source-file``,
  ``source-sha256``, ``source-encoding``, ``source-bytes`` and
  ``source-lines``.
- Not carried: line spans, ``field_lines``, the boilerplate the reader removed
  and the reader's warnings; they describe the conversion, not the article.

Body
----
Paragraphs are ``p``. A heading opens a ``sec`` whose ``title`` it is; the
blocks after it, up to the next heading, go in that section (JATS allows no
paragraph after a section at body level, so this is the valid and faithful
reading of a flat text with subheads). Lists are ``list``/``list-item``/``p``
(no ``list-type``: whether the source was bulleted or numbered is unknown).
Quotes are ``disp-quote``/``p``. Figures are ``fig`` with the label in
``label``, the caption in ``caption/p``, the alt text in ``alt-text`` and the
credit in ``attrib``; there is no ``graphic``, as the capture has no image,
which JATS allows.

Nothing empty, nothing made up
------------------------------
A missing fact is a missing element. JATS 1.3 Archiving requires no
``title-group`` (and so no ``article-title``), no ``journal-meta`` and no
``body``, so an article without a headline, a publisher or any block simply
has none of them. ``article-meta`` always holds the source hash, so it is never
empty. A text that is blank once XML-illegal characters are dropped counts as
missing.

Digests
-------
A digest (or any document of several articles) stays one file: a parent ``article`` whose front matter is the
digest's (publisher, publication date, capture facts) and which has no body,
followed by one ``sub-article article-type="news"`` per item (``id``
``article-1``, ``article-2``, ...). Each item has its own ``front-stub`` with
its headline, byline, date, summary and tags, and a ``custom-meta-group`` with
its ``position`` in the digest (so the stub is never empty), its original
``publisher`` (a ``front-stub`` has no journal metadata) and its
``dateline``; then its own ``body``.

Bundles
-------
``write_bundle`` puts several documents in one file: a parent ``article``
whose ``article-meta`` records only how many documents it holds
(``custom-meta`` ``documents``), and one ``sub-article article-type="news"``
per document (``id`` ``doc-1``, ...), carrying that document's full ``front``
(journal and article metadata, as above) and body; a digest's items are
nested ``sub-article`` elements inside it (``doc-1-article-1``, ...).

Text is cleaned with :func:`~convert.writers.xmltext.xml_text`: XML-illegal
characters are dropped with a warning. The output is deterministic (UTF-8,
indented, attributes in a fixed order, no clock and no random ids). It is
written as text, laid out and escaped exactly as lxml serialises the same tree
(see :mod:`convert.writers.xmltext`).
"""

from __future__ import annotations

from typing import BinaryIO, Iterable, Sequence

from ...errors import NewsconvError
from ...model import Article, Document
from .. import Writer
from .body import body
from .front import article_meta, custom_meta_group, digest_meta, front_stub, journal_meta
from .._xmltext import STEP, Lines, clean, escape_attribute

PUBLIC_ID = "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD with MathML3 v1.3 20210610//EN"
SYSTEM_ID = "https://jats.nlm.nih.gov/archiving/1.3/JATS-archivearticle1-3-mathml3.dtd"
DOCTYPE = f'<!DOCTYPE article PUBLIC "{PUBLIC_ID}" "{SYSTEM_ID}">'
NAMESPACES = {"xlink": "http://www.w3.org/1999/xlink", "mml": "http://www.w3.org/1998/Math/MathML"}
# The prolog and the root's start tag up to its language. The declaration has double quotes, like the
# rest of the file; the namespaces are declared for content that may use them.
PROLOG = f'<?xml version="1.0" encoding="UTF-8"?>\n{DOCTYPE}\n'
_ROOT_START = "<article{} article-type=\"news\" dtd-version=\"1.3\" xml:lang=\"".format(
    "".join(f' xmlns:{prefix}="{uri}"' for prefix, uri in NAMESPACES.items()))


def write(document: Document) -> bytes:
    """One document as a JATS 1.3 file."""
    lines = [PROLOG, f'{_ROOT_START}{escape_attribute(languages([document]))}">\n']
    document_parts(lines, STEP, document, "article-")
    lines.append("</article>\n")
    return "".join(lines).encode("utf-8")


def write_bundle(documents: Iterable[Document], stream: BinaryIO) -> None:
    """Several documents as one JATS file: a parent article with one sub-article per document.

    The documents are collected first: the parent's front, which comes before them, records how many there are.
    """
    collected = list(documents)
    if not collected:
        raise NewsconvError("no documents to write")
    lines = [PROLOG, f'{_ROOT_START}{escape_attribute(languages(collected))}">\n'
                     f"{STEP}<front>\n{STEP * 2}<article-meta>\n"]
    custom_meta_group(lines, STEP * 3, [("documents", str(len(collected)), "$")])
    lines.append(f"{STEP * 2}</article-meta>\n{STEP}</front>\n")
    for number, document in enumerate(collected, start=1):
        lines.append(sub_article_start(STEP, f"doc-{number}", languages([document])))
        document_parts(lines, STEP * 2, document, f"doc-{number}-article-")
        lines.append(f"{STEP}</sub-article>\n")
    lines.append("</article>\n")
    stream.write("".join(lines).encode("utf-8"))


def document_parts(lines: Lines, indent: str, document: Document, id_prefix: str) -> None:
    """The ``front``, ``body`` and digest items (``sub-article``) of one document."""
    capture = document["capture"]
    digest = document["digest"]
    articles = document["articles"]
    inner = indent + STEP
    if digest is None and len(articles) == 1:
        article = articles[0]
        where = "$.articles[0]"
        dateline = clean(article["dateline"], f"{where}.dateline")
        lines.append(f"{indent}<front>\n")
        journal_meta(lines, inner, article["publisher"], f"{where}.publisher")
        article_meta(lines, inner, article, capture, where, dateline)
        lines.append(f"{indent}</front>\n")
        body(lines, indent, article["blocks"], f"{where}.blocks", dateline)
        return
    lines.append(f"{indent}<front>\n")
    journal_meta(lines, inner, digest["publisher"] if digest is not None else None, "$.digest.publisher")
    digest_meta(lines, inner, digest, capture)
    lines.append(f"{indent}</front>\n")
    for index, article in enumerate(articles):
        digest_item(lines, indent, article, index, id_prefix)


def digest_item(lines: Lines, indent: str, article: Article, index: int, id_prefix: str) -> None:
    where = f"$.articles[{index}]"
    dateline = clean(article["dateline"], f"{where}.dateline")
    lines.append(sub_article_start(indent, f"{id_prefix}{index + 1}", article["language"]))
    front_stub(lines, indent + STEP, article, index + 1, where, dateline)
    body(lines, indent + STEP, article["blocks"], f"{where}.blocks", dateline)
    lines.append(f"{indent}</sub-article>\n")


def sub_article_start(indent: str, identifier: str, language: str) -> str:
    return f'{indent}<sub-article article-type="news" id="{identifier}" xml:lang="{escape_attribute(language)}">\n'


def languages(documents: Sequence[Document]) -> str:
    """The one language of every article, or ``mul`` when they differ."""
    found = {article["language"] for document in documents for article in document["articles"]}
    return found.pop() if len(found) == 1 else "mul"


WRITER = Writer(
    name="jats",
    extension=".jats.xml",
    description="JATS Archiving and Interchange 1.3 (news article; a digest as sub-articles)",
    write=write,
    write_bundle=write_bundle,
)

"""NewsML-G2 writer: IPTC NewsML-G2 2.35, power conformance (``.newsml.xml``).

Shape
-----
- A document with one article is a standalone ``newsItem``.
- A document with several articles (a digest) is a ``newsMessage`` whose
  ``itemSet`` holds a ``packageItem`` for the digest, which lists the items in
  order, followed by one ``newsItem`` per article. (A digest that yielded a
  single article is a single ``newsItem``, which names the digest among its
  sources.)
- :func:`write_bundle` puts several documents in one ``newsMessage``: for each
  document in turn, its package (if it is a digest) and its items.

Every item has ``standard="NewsML-G2"``, ``standardversion="2.35"``,
``conformance="power"``, ``version="1"``, a ``catalogRef`` to IPTC's G2
standards catalog (version 40), and ``xml:lang`` (with ``dir="rtl"`` for
right-to-left languages) unless the language is undetermined.

Identifiers
-----------
guids are derived from content, never random: ``urn:newsconv:article:<hash>``
where the hash (SHA-256, first 128 bits) covers the capture's sha256, the
article's position and the article itself, and ``urn:newsconv:digest:<hash>``
over the capture's sha256, the digest's facts and its items' guids. The same
input always gives the same guids; different articles never share one.

Mapping
-------
- ``itemMeta``: ``itemClass`` ``ninat:text`` (``ninat:composite`` for the
  package); ``provider`` the aggregator site (``literal="newsconv"`` when the
  capture names none); ``versionCreated`` and ``firstCreated`` (this is the
  first version); ``pubStatus`` ``stat:usable``; ``generator`` newsconv.
- ``contentMeta``: ``contentCreated`` (the publication date, falling back as
  :func:`convert.model.article_date` does: the digest's date, then the capture
  date); ``located`` (the dateline's place); ``infoSource`` for the original
  publisher (role ``isrol:originfo``), the digest that carried the article
  (``roleuri`` ``urn:newsconv:role:digest``) and the aggregator site
  (``urn:newsconv:role:aggregator``) -- IPTC has no code for the last two;
  ``language``; one ``subject`` per tag (free tags have no code, so each is a
  ``literal`` with a ``name``); ``headline``; ``dateline``; ``by`` (the byline);
  ``creditline`` (the original publisher); one ``description`` with role
  ``drol:summary`` per summary string. The XSD's order (administrative before
  descriptive) is kept.
- ``contentSet``: one ``inlineXML`` holding the body (see below). An article
  with no block has no ``contentSet``.
- Not carried: line spans, ``field_lines``, the boilerplate the reader removed
  and its warnings; they describe the conversion, not the news.

Body: XHTML, not NITF
---------------------
The body is XHTML (``contenttype="application/xhtml+xml"``, namespace
``http://www.w3.org/1999/xhtml``); see :mod:`convert.writers.newsml_body`.
NITF is IPTC's own text format, but XHTML has a one-to-one element for each
block type (``p``, ``h2``, ``ul``/``li``, ``blockquote``, and
``figure``/``figcaption`` for a figure without an image, which NITF's
``media`` cannot express without a media reference), every consumer and browser
can render it, and its vocabulary is maintained. The metadata NITF would add
to the body (headline, byline, dateline) already sits in ``contentMeta``.

Dates
-----
Every timestamp comes from the document, never from the clock
(:mod:`convert.writers.newsml_time`): ``versionCreated`` is the capture date
(the version we make cannot predate it), else the article's date. When the
document has no date at all, ``versionCreated`` (which NewsML-G2 requires) is
the fixed ``1970-01-01T00:00:00Z``, ``firstCreated`` and ``contentCreated``
are left out, and an ``edNote`` says the time is a placeholder. A message's
``sent`` is the latest ``versionCreated`` of its items.

Text
----
All text goes through :func:`~convert.writers.xmltext.xml_text` (XML-illegal
characters are dropped with a warning) and is escaped where it is written. Values that
NewsML-G2 types as ``g2normalizedString`` (names, literals, the creditline)
have their tabs and line breaks turned into spaces. A text that is blank once
cleaned counts as missing, and a missing fact is a missing element.

Output is UTF-8 with an XML declaration, pretty-printed, and byte-identical for
the same input. It is written as text, laid out and escaped exactly as lxml
serialises the same tree (see :mod:`convert.writers.xmltext`).
"""

from __future__ import annotations

from typing import BinaryIO, Iterable

from ...errors import NewsconvError
from ...model import Document
from .. import Writer
from .facts import DocumentFacts, articles_of
from .item import news_item
from .package import package_item
from .stamps import UNKNOWN, Stamp
from .markup import DECLARATION, NAR, finish

_ITEM_INDENT = "    "  # items sit in newsMessage/itemSet


def write(document: Document) -> bytes:
    if len(document.get("articles") or []) == 1:
        source = DocumentFacts.of(document)
        (facts,) = articles_of(document)
        lines = [DECLARATION]
        news_item(lines, "", document["articles"][0], facts, source, root=True)
        return finish(lines)
    return _message([document])


def write_bundle(documents: Iterable[Document], stream: BinaryIO) -> None:
    stream.write(_message(documents))


def _message(documents: Iterable[Document]) -> bytes:
    items: list[str] = []
    stamps: list[Stamp] = []
    packages = 0
    for document in documents:
        source = DocumentFacts.of(document)
        articles = articles_of(document)
        if len(articles) > 1:
            packages += 1
            package_item(items, _ITEM_INDENT, document, source, articles, f"digest-{packages}")
            if source.version:
                stamps.append(source.version)
        for article, facts in zip(document["articles"], articles):
            news_item(items, _ITEM_INDENT, article, facts, source)
            if facts.version:
                stamps.append(facts.version)
    if not items:
        raise NewsconvError("there is no document to put in the NewsML-G2 message")
    # The message cannot have been sent before its newest item was made.
    sent = max(stamps, key=Stamp.sort_key).date_time() if stamps else UNKNOWN
    return finish([DECLARATION, f'<newsMessage xmlns="{NAR}">\n  <header>\n    <sent>{sent}</sent>\n  </header>\n'
                   "  <itemSet>\n", *items, "  </itemSet>\n</newsMessage>\n"])


WRITER = Writer(
    name="newsml",
    extension=".newsml.xml",
    description="IPTC NewsML-G2 2.35, power conformance: a newsItem per article; "
                "a digest or a bundle as a newsMessage with a packageItem per digest",
    write=write,
    write_bundle=write_bundle,
)

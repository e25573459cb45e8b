"""NewsML-G2 writer: IPTC NewsML-G2 2.35, power conformance (``.newsml.xml``).

The mapping, field by field: docs/formats/newsml.md.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import BinaryIO, Iterable, NamedTuple, Optional

from ...errors import NewsconvError
from ...model import Document
from ...options import Option
from .. import Writer
from .facts import ArticleFacts, DocumentFacts, articles_of
from .item import news_item
from .package import package_item
from .stamps import UNKNOWN, Stamp
from .markup import DECLARATION, DEFAULT_PROVIDER, NAR, flat
from .._xmltext import encoded, spool, write_head_and_spool

_ITEM_INDENT = "    "  # items sit in newsMessage/itemSet
_MESSAGE_END = b"  </itemSet>\n</newsMessage>\n"


def write(document: Document, provider: str = DEFAULT_PROVIDER) -> bytes:
    """One document: a newsItem, or for several articles (a digest) a newsMessage whose header, known
    from the document's facts, comes before its items, each encoded as soon as it is made.
    ``provider`` names who runs the conversion (NewsML-G2's ``provider``)."""
    provider = _provider(provider)
    if len(document.get("articles") or []) == 1:
        source = DocumentFacts.of(document)
        (facts,) = articles_of(document, source)
        lines = [DECLARATION]
        news_item(lines, "", document["articles"][0], facts, source, provider, root=True)
        return encoded(lines)
    message = _Message()
    items = message.add(document)
    out = io.BytesIO()
    out.write(message.head())
    _write_items(items, out, provider)
    out.write(_MESSAGE_END)
    return out.getvalue()


def write_bundle(documents: Iterable[Document], stream: BinaryIO, provider: str = DEFAULT_PROVIDER) -> None:
    """Many documents as one newsMessage, each document's items written as it arrives.

    The message's header, which comes first, gives the time of its newest item, known only once every
    document is in: the items wait in a spool file (in memory while it is small) and follow the header.
    """
    provider = _provider(provider)
    message = _Message()
    with spool() as spooled:
        for document in documents:
            _write_items(message.add(document), spooled, provider)
        write_head_and_spool(stream, message.head(), spooled)
    stream.write(_MESSAGE_END)


class _Items(NamedTuple):
    """What a document's items are made from: the document, its facts, and the id of its package's
    group (None: no package)."""

    document: Document
    source: DocumentFacts
    articles: list[ArticleFacts]
    group_id: Optional[str]


def _provider(name: object) -> str:
    text = flat(name, "provider") if isinstance(name, str) else None
    if not text:
        raise NewsconvError(f"the newsml writer's provider must be a name, not {name!r}")
    return text


def _write_items(items: _Items, out: BinaryIO, provider: str) -> None:
    """A document's items, each encoded as soon as it is made: its package if it has one, then a
    newsItem per article."""
    if items.group_id is not None:
        lines: list[str] = []
        package_item(lines, _ITEM_INDENT, items.source, items.articles, items.group_id, provider)
        out.write(encoded(lines))
    for article, facts in zip(items.document["articles"], items.articles):
        lines = []
        news_item(lines, _ITEM_INDENT, article, facts, items.source, provider)
        out.write(encoded(lines))


class _Message:
    """A newsMessage being written: its documents as they come, and what its header says once they
    are all in."""

    def __init__(self) -> None:
        self.documents = 0
        self.packages = 0
        self.newest: Optional[Stamp] = None  # the first of the latest stamps, as max() would pick it
        self.newest_key: Optional[datetime] = None

    def add(self, document: Document) -> _Items:
        """``document``'s facts, with its stamps counted for the header; a digest's package is numbered."""
        source = DocumentFacts.of(document)
        articles = articles_of(document, source)
        group_id = None
        if len(articles) > 1:
            self.packages += 1
            group_id = f"digest-{self.packages}"
            self._see(source.version)
        for facts in articles:
            self._see(facts.version)
        self.documents += 1
        return _Items(document, source, articles, group_id)

    def _see(self, stamp: Optional[Stamp]) -> None:
        if not stamp:
            return
        key = stamp.sort_key()
        if self.newest_key is None or key > self.newest_key:
            self.newest, self.newest_key = stamp, key

    def head(self) -> bytes:
        """The declaration and everything up to the first item."""
        if not self.documents:
            raise NewsconvError("there is no document to put in the NewsML-G2 message")
        # The message cannot have been sent before its newest item was made.
        sent = self.newest.date_time() if self.newest else UNKNOWN
        return (f'{DECLARATION}<newsMessage xmlns="{NAR}">\n  <header>\n    <sent>{sent}</sent>\n  </header>\n'
                "  <itemSet>\n").encode("utf-8")


WRITER = Writer(
    name="newsml",
    extension=".newsml.xml",
    description="IPTC NewsML-G2 2.35, power conformance: a newsItem per article; "
                "a digest or a bundle as a newsMessage with a packageItem per digest",
    write=write,
    write_bundle=write_bundle,
    options=(Option("provider", "who runs the conversion and answers for the items: NewsML-G2's provider "
                    f"(default: {DEFAULT_PROVIDER})", default=DEFAULT_PROVIDER),),
)

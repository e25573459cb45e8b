"""NewsML-G2 writer: IPTC NewsML-G2 2.35, power conformance (``.newsml.xml``).

The mapping, field by field: docs/formats/newsml.md.
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

"""The NewsML-G2 bundle streams: the same bytes as the message built whole, documents let go as they are written."""

from __future__ import annotations

import io
from typing import Any, Iterable

import pytest

from convert.writers import _xmltext
from convert.writers.newsml import write, write_bundle
from convert.writers.newsml.facts import DocumentFacts, articles_of
from convert.writers.newsml.item import news_item
from convert.writers.newsml.markup import DECLARATION, NAR
from convert.writers.newsml.package import package_item
from convert.writers.newsml.stamps import UNKNOWN, Stamp
from tests.documents import all_documents, digest_document, document, tricky_document
from tests.samples import captured_documents


def whole_message(documents: Iterable[dict[str, Any]]) -> bytes:
    """The message as the writer built it before it streamed: every item in one list, the header first."""
    items: list[str] = []
    stamps: list[Stamp] = []
    packages = 0
    for doc in documents:
        source = DocumentFacts.of(doc)
        articles = articles_of(doc, source)
        if len(articles) > 1:
            packages += 1
            package_item(items, "    ", source, articles, f"digest-{packages}", "newsconv")
            if source.version:
                stamps.append(source.version)
        for article, facts in zip(doc["articles"], articles):
            news_item(items, "    ", article, facts, source, "newsconv")
            if facts.version:
                stamps.append(facts.version)
    sent = max(stamps, key=Stamp.sort_key).date_time() if stamps else UNKNOWN
    return "".join([DECLARATION, f'<newsMessage xmlns="{NAR}">\n  <header>\n    <sent>{sent}</sent>\n  </header>\n'
                    "  <itemSet>\n", *items, "  </itemSet>\n</newsMessage>\n"]).encode("utf-8")


def bundled(documents: Iterable[dict[str, Any]]) -> bytes:
    stream = io.BytesIO()
    write_bundle(documents, stream)
    return stream.getvalue()


def captured(when: str) -> dict[str, Any]:
    return document(capture={**document()["capture"], "captured": when})


pytestmark = pytest.mark.filterwarnings("ignore::convert.errors.NewsconvWarning")


@pytest.fixture(scope="module")
def inputs() -> list[dict[str, Any]]:
    """The test documents and the documents of every sample capture and corpus capture."""
    return [*all_documents().values(), *captured_documents()]


def test_the_bundle_is_the_message_built_whole(inputs):
    assert bundled(iter(inputs)) == whole_message(inputs)
    assert bundled(reversed(inputs)) == whole_message(list(reversed(inputs)))


def test_a_spool_on_disk_gives_the_same_bytes(inputs, monkeypatch):
    monkeypatch.setattr(_xmltext, "SPOOL_IN_MEMORY", 1024)  # the items go to a temporary file almost at once
    assert bundled(inputs) == whole_message(inputs)


def test_a_digest_on_its_own_is_the_bundle_of_that_one_document():
    assert write(digest_document()) == bundled([digest_document()]) == whole_message([digest_document()])


def test_sent_is_the_first_of_the_latest_stamps_as_before():
    same_time = [captured("2024-06-30T12:00:00+00:00"), captured("2024-06-30T12:00:00Z"), captured("2024-01-01")]
    for order in (same_time, same_time[::-1], [tricky_document(), *same_time]):
        assert bundled(order) == whole_message(order)
    assert b"<sent>2024-06-30T12:00:00+00:00</sent>" in bundled(same_time)
    assert b"<sent>2024-06-30T12:00:00Z</sent>" in bundled(same_time[::-1])

"""NewsML-G2 and JATS bundles stream: a document is let go once written, and memory stays flat however many there are."""

from __future__ import annotations

import gc
import io
import tracemalloc
import weakref
from typing import Any, Iterator

import pytest

from convert import writers
from convert.writers import _xmltext
from tests.documents import clone, digest_document, document

class _Tracked(dict):
    """A document that can be watched with a weak reference (a plain dict cannot)."""


@pytest.mark.parametrize("fmt", ["newsml", "jats"])
def test_documents_are_let_go_once_written(fmt):
    alive: list[weakref.ref] = []

    def documents() -> Iterator[dict[str, Any]]:
        for number in range(12):
            gc.collect()
            # The writer holds the document it is writing, at most: none of the ones before it.
            assert sum(ref() is not None for ref in alive) <= 1, f"documents held at document {number}"
            doc = _Tracked(clone(digest_document() if number % 3 else document()))
            alive.append(weakref.ref(doc))
            yield doc

    writers.get(fmt).write_bundle(documents(), io.BytesIO())


class _Sink:
    """A stream that keeps nothing but the number of bytes written to it."""

    def __init__(self) -> None:
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        return len(data)


def _peak_bytes_while_bundling(fmt: str, count: int) -> tuple[int, int]:
    documents = (clone(digest_document() if number % 2 else document()) for number in range(count))
    sink = _Sink()
    tracemalloc.start()
    try:
        writers.get(fmt).write_bundle(documents, sink)
        return tracemalloc.get_traced_memory()[1], sink.size
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("fmt", ["newsml", "jats"])
def test_memory_does_not_grow_with_the_number_of_documents(fmt, monkeypatch):
    # Small enough for both runs to go past them: the spool held in memory, and the buffer that copies it.
    monkeypatch.setattr(_xmltext, "SPOOL_IN_MEMORY", 32 * 1024)
    monkeypatch.setattr(_xmltext, "_COPY_CHUNK", 32 * 1024)
    small, small_output = _peak_bytes_while_bundling(fmt, 100)
    large, large_output = _peak_bytes_while_bundling(fmt, 500)
    assert large_output > 4 * small_output
    assert large < small + 64 * 1024, (small, large)

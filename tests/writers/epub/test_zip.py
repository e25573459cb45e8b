"""The zip writer: the same members as the zipfile reference, complete deflate streams, Zip64 when needed."""

from __future__ import annotations

import io
import zipfile
import zlib
from typing import Any, Iterator

import pytest
from hypothesis import given, settings

from convert.errors import NewsconvError
from convert.writers import epub
from convert.writers.epub import _zip
from convert.writers.epub._zip import ZipStream, deflate, deflate_pieces
from convert.writers.epub.package import Container, PlainContainer
from convert.writers.epub.text import Fixed
from tests.documents import all_documents, digest_document, document
from tests.fuzz import strategies as S
from tests.official import capture_documents
from tests.writers.epub.test_epub import bundle, single


def listing(data: bytes) -> list[tuple[str, int, int, tuple, bytes]]:
    """Each member's name, compression, attributes, time and content, in order."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert archive.testzip() is None
    return [(info.filename, info.compress_type, info.external_attr, info.date_time, archive.read(info))
            for info in archive.infolist()]


def by_zipfile(write: Any, *args: Any, **kwargs: Any) -> bytes:
    """What ``write`` gives with the zipfile reference in place of the faster container."""
    saved = epub.Container
    epub.Container = PlainContainer  # type: ignore[misc]
    try:
        return write(*args, **kwargs)
    finally:
        epub.Container = saved  # type: ignore[misc]


# --- the faster writer gives the members of the zipfile reference ------------------------------------------

@pytest.mark.parametrize("name", sorted(all_documents()))
def test_every_test_document_has_the_members_zipfile_writes(name: str) -> None:
    doc = all_documents()[name]
    assert listing(single(doc)) == listing(by_zipfile(single, doc))


@pytest.mark.parametrize("group_by", ["publisher", "date", "none"])
def test_an_anthology_has_the_members_zipfile_writes(group_by: str) -> None:
    docs = list(all_documents().values()) * 40  # contents pages long enough to be streamed
    assert listing(bundle(docs, group_by)) == listing(by_zipfile(bundle, docs, group_by))


def test_every_capture_book_has_the_members_zipfile_writes() -> None:
    docs = [doc for _, doc in capture_documents()]
    assert docs, "no capture could be read"
    for doc in docs:
        assert listing(single(doc)) == listing(by_zipfile(single, doc)), doc["capture"]["source"]["file"]
    assert listing(bundle(docs)) == listing(by_zipfile(bundle, docs))


@settings(max_examples=40, deadline=None)
@given(doc=S.documents(hostile=True))
def test_any_document_has_the_members_zipfile_writes(doc: dict[str, Any]) -> None:
    assert listing(single(doc)) == listing(by_zipfile(single, doc))


def test_the_ocf_container_starts_with_the_stored_mimetype_and_container_xml() -> None:
    for container_type in (Container, PlainContainer):
        out = io.BytesIO()
        container = container_type(out)
        container.put("EPUB/page.xhtml", "<p>page</p>")
        container.close()
        names = [(name, method) for name, method, *_ in listing(out.getvalue())]
        assert names == [("mimetype", zipfile.ZIP_STORED), ("META-INF/container.xml", zipfile.ZIP_DEFLATED),
                         ("EPUB/page.xhtml", zipfile.ZIP_DEFLATED)]


# --- the faster writer's own ways ---------------------------------------------------------------------------

def inflate(stream: bytes) -> bytes:
    """A raw deflate stream's text; it must end with its last block and have nothing after it."""
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    text = inflater.decompress(stream)
    assert inflater.eof and not inflater.unused_data
    return text


def members(data: bytes) -> list[tuple[str, bytes]]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert archive.testzip() is None  # every member's CRC and size check out
    return [(name, archive.read(name)) for name in archive.namelist()]


def test_the_reused_compressor_gives_the_bytes_of_a_fresh_one():
    """Members are deflated by one long-lived compressor: each must come out as if it were the first."""
    page = single(document())
    samples = [b"", b"a", "Été à Zürich — “quoted” ".encode() * 40, page, bytes(range(256)) * 400, page[:999]]
    for data in samples + samples[::-1]:
        fresh = zlib.compressobj(_zip.COMPRESS_LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)
        assert deflate(data) == fresh.compress(data) + fresh.flush(zlib.Z_FULL_FLUSH) + fresh.flush()
        assert inflate(deflate(data)) == data


def test_a_small_page_is_put_together_from_fixed_parts_and_stored_text():
    head, tail = Fixed("<head>" + "<meta/>" * 40 + "</head>\n"), Fixed("</body>\n")
    pieces = [head, "a short title", tail, head, "", Fixed(""), "é", "and more"]
    stream, crc, size = deflate_pieces(pieces)
    text = "".join(pieces).encode()
    assert inflate(stream) == text and crc == zlib.crc32(text) and size == len(text)
    assert b"a short title" in stream and "éand more".encode() in stream  # stored as it is
    assert b"<meta/>" * 40 not in stream  # deflated
    assert deflate_pieces(pieces) == (stream, crc, size)
    assert inflate(deflate_pieces([])[0]) == b""


def test_a_page_with_a_long_text_is_deflated_whole():
    head = Fixed("<head>" + "<meta/>" * 40 + "</head>\n")
    long_text = " ".join(f"word{i % 300}" for i in range(2000))
    stream, crc, size = deflate_pieces([head, "title", head, long_text, head])
    text = (head + "title" + head + long_text + head).encode()
    assert (stream, crc, size) == (deflate(text), zlib.crc32(text), len(text))


def test_large_pages_are_streamed_with_the_same_content():
    lines = [f'<li><a href="ch{i:05d}.xhtml">Entry {i} — “{i * 7}”</a></li>\n' for i in range(3000)]
    books = []
    for data in (iter(lines), "".join(lines), [Fixed(lines[0]), *lines[1:]]):
        out = io.BytesIO()
        container = ZipStream(out)
        container.put("EPUB/nav.xhtml", data)
        container.close()
        books.append(members(out.getvalue()))
    assert books[0] == books[1] == books[2]
    assert books[0][-1] == ("EPUB/nav.xhtml", "".join(lines).encode())


def test_a_failed_page_leaves_later_books_unchanged():
    """An error while a page streams drops the compressor it was using, so the next book is not affected."""
    before = single(document())

    def broken_page() -> Iterator[str]:
        for i in range(1000):
            yield f"<p>{i}</p>\n"
            if i == 600:
                raise RuntimeError("broken page")

    with pytest.raises(RuntimeError):
        ZipStream(io.BytesIO()).put("EPUB/broken.xhtml", broken_page())
    assert single(document()) == before
    bundle(list(all_documents().values()))
    assert single(document()) == before


def test_zip64_records_when_offsets_or_counts_need_them(monkeypatch):
    plain = single(digest_document())
    monkeypatch.setattr(_zip, "ZIP64_LIMIT", 1500)  # as if the archive were past 2 GiB
    monkeypatch.setattr(_zip, "ZIP_COUNT_LIMIT", 5)  # and had more than 65,535 members
    data = single(digest_document())
    assert b"PK\x06\x06" in data and b"PK\x06\x07" in data  # Zip64 end record and its locator
    assert max(info.header_offset for info in zipfile.ZipFile(io.BytesIO(data)).infolist()) > 1500
    assert members(data) == members(plain)


def test_a_member_too_large_for_the_container_is_refused(monkeypatch):
    monkeypatch.setattr(_zip, "MEMBER_LIMIT", 1000)
    with pytest.raises(NewsconvError, match="too large"):
        ZipStream(io.BytesIO()).put("EPUB/big.xhtml", "x" * 2000)
    with pytest.raises(NewsconvError, match="too large"):
        ZipStream(io.BytesIO()).put("EPUB/big.xhtml", iter(["<p>some text</p>\n"] * 1000))

"""The OCF zip written by hand: the members :mod:`zipfile` would write, about 0.25 ms sooner per book.

That is over a tenth of a whole ``convert --to all`` of a synthetic capture (bench/README.md):
:mod:`zipfile` starts a new compressor for every member and calls zlib for every page, however
small. Here one compressor per thread is reused, a member that is the same in every book is
deflated once per process, and a small page is put together from deflated fixed parts and
stored text (see :func:`deflate_pieces`). The writer streams a page that grows with the book,
and adds the Zip64 records only when offsets or counts need them. The reference is
:class:`convert.writers.epub.package.PlainContainer`; tests/writers/epub/test_zip.py checks that
both give the same members (names, order, compression, attributes, content), while the bytes of
the archive differ.
"""

from __future__ import annotations

import struct
import threading
import zlib
from functools import lru_cache
from itertools import chain, groupby, islice
from typing import BinaryIO, Iterable, Iterator, NamedTuple, Optional

from ...errors import NewsconvError
from .text import Fixed

# A small page whose text between fixed pieces comes to fewer characters than this is put
# together from that text, stored, and fixed parts deflated once (see deflate_pieces), not
# deflated: a zlib call costs some 10 to 30 microseconds even for a few bytes, more than the few
# hundred bytes it would save are worth. A one-article book grows by about 1 KB (some 19 %) for
# a writer about a third faster; 0 deflates every page whole. (At most 16,384, so that the text
# fits in one stored block.)
STORE_BELOW = 1024
# Level 6 (zlib's default). Level 1 writes a one-article book about 12 % faster but 3 % larger,
# and an anthology of 5,000 articles 10 % larger; above 6, short texts gain nothing.
COMPRESS_LEVEL = 6
PIECES_PER_CHUNK = 128  # pieces of a page (about one contents entry each) compressed at a time

# -- the zip format (APPNOTE 6.3) ------------------------------------------------------------------

STORED, DEFLATED = 0, 8
# The earliest time a zip header can hold (1980-01-01 00:00:00, MS-DOS format); a constant, never the clock.
ZIP_DATE = (1980 - 1980) << 9 | 1 << 5 | 1
ZIP_TIME = 0
VERSION = 20  # 2.0: deflate; made by and needed to extract
VERSION_ZIP64 = 45
MADE_ON_UNIX = 3  # the same on every platform, so that the attributes below mean the same everywhere
FILE_ATTRIBUTES = 0o100644 << 16  # a regular file, rw-r--r--
UTF8_NAME = 0x800
# Beyond these an offset or a count needs the Zip64 extensions (the limits zipfile uses).
ZIP64_LIMIT = (1 << 31) - 1
ZIP_COUNT_LIMIT = (1 << 16) - 1
# Members' sizes are written without Zip64 fields (a streamed member's size is not known in
# advance), so no member may be larger; no page comes anywhere near it.
MEMBER_LIMIT = (1 << 31) - 1

_LOCAL_HEADER = struct.Struct("<IHHHHHIIIHH")
_CENTRAL_HEADER = struct.Struct("<IBBHHHHHIIIHHHHHII")
_ZIP64_OFFSET = struct.Struct("<HHQ")
_END = struct.Struct("<IHHHHIIH")
_END64 = struct.Struct("<IQHHIIQQQQ")
_END64_LOCATOR = struct.Struct("<IIQI")
_CRC_AND_SIZES = struct.Struct("<III")
_STORED_BLOCK = struct.Struct("<BHH")  # not last, stored; then the length and its complement
_SIZES_AT = 14  # where the CRC and sizes sit in a local header
# An empty final block (fixed Huffman codes, just the end-of-block code): it ends a deflate stream.
FINAL_BLOCK = b"\x03\x00"


class _Compressors(threading.local):
    """One raw-deflate compressor per thread, reused for every zip member.

    A member must be a complete deflate stream of its own. Each one is ended
    with a full flush, which empties the compressor's dictionary (nothing later
    can refer back to it), and then an empty final block, so its bytes are
    exactly what a fresh compressor gives for "compress, full flush, finish".
    A compressor is taken out while in use and put back only when its member
    ended cleanly: after an error it is dropped, never reused half-way.
    """

    def __init__(self) -> None:
        self.idle: Optional["zlib._Compress"] = None

    def take(self) -> "zlib._Compress":
        compressor, self.idle = self.idle, None
        return compressor or zlib.compressobj(COMPRESS_LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)

    def give_back(self, compressor: "zlib._Compress") -> None:
        self.idle = compressor


_COMPRESSORS = _Compressors()


def deflate(data: bytes) -> bytes:
    """``data`` as one complete raw deflate stream, as a zip member holds it."""
    return _deflate_part(data) + FINAL_BLOCK


def _deflate_part(data: bytes) -> bytes:
    """``data`` as deflate blocks ending on a byte boundary with an empty dictionary: a stream may go on after them."""
    compressor = _COMPRESSORS.take()
    deflated = compressor.compress(data) + compressor.flush(zlib.Z_FULL_FLUSH)
    _COMPRESSORS.give_back(compressor)
    return deflated


def deflate_pieces(pieces: Iterable[str]) -> tuple[bytes, int, int]:
    """A page given in pieces as one raw deflate stream, with the CRC-32 and length of its UTF-8 text.

    A zlib call costs far more in its fixed work (choosing and sending Huffman
    codes, clearing its tables) than in the text of a small page, and a book's
    small pages are mostly fixed markup with a title, a file name or a hash in
    between. So when the text between the :class:`Fixed` pieces is short in
    all, the page is put together without calling zlib: each run of fixed
    pieces is deflated once per process and its bytes reused, and the text
    between is stored as it is. A deflate stream may be made of such parts
    because each one ends on a byte boundary and refers to nothing before it.
    A page with more text (a digest's or an anthology's contents) is deflated
    whole, for the best ratio.
    """
    runs = [(kind is Fixed, "".join(run)) for kind, run in groupby(pieces, type)]
    if sum(len(text) for fixed, text in runs if not fixed) >= STORE_BELOW:
        raw = "".join(text for _, text in runs).encode("utf-8")
        return deflate(raw), zlib.crc32(raw), len(raw)
    parts: list[bytes] = []
    crc = size = 0
    for fixed, text in runs:
        if fixed:
            raw, part = _fixed_part(text)
        else:
            raw = text.encode("utf-8")
            part = _stored_part(raw)
        crc = zlib.crc32(raw, crc)
        size += len(raw)
        parts.append(part)
    parts.append(FINAL_BLOCK)
    return b"".join(parts), crc, size


_FIXED_PARTS: dict[str, tuple[bytes, bytes]] = {}  # fixed text -> (its UTF-8 bytes, deflated)


def _fixed_part(text: str) -> tuple[bytes, bytes]:
    part = _FIXED_PARTS.get(text)
    if part is None:
        if len(_FIXED_PARTS) >= 1024:  # a bound, in case a caller makes Fixed text out of content
            _FIXED_PARTS.clear()
        raw = text.encode("utf-8")
        part = _FIXED_PARTS[text] = (raw, _deflate_part(raw))
    return part


def _stored_part(data: bytes) -> bytes:
    """``data`` (at most 65,535 bytes) as a stored deflate block that is not the last one."""
    return _STORED_BLOCK.pack(0, len(data), len(data) ^ 0xFFFF) + data


class Member(NamedTuple):
    """A zip member ready to be written anywhere: its local header and data, and what the directory needs."""

    name: bytes
    flags: int
    method: int
    crc: int
    compressed_size: int
    size: int
    local: bytes  # local file header, name and data


@lru_cache(maxsize=32)  # a handful of members, but bounded whatever a caller passes
def constant_member(name: str, data: "str | bytes", compress: bool = True) -> Member:
    """A member whose bytes are the same in every book, compressed once per process."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    payload = deflate(raw) if compress else raw
    encoded, flags = _encode_name(name)
    method = DEFLATED if compress else STORED
    crc = zlib.crc32(raw)
    header = _LOCAL_HEADER.pack(0x04034B50, VERSION, flags, method, ZIP_TIME, ZIP_DATE, crc, len(payload), len(raw),
                                len(encoded), 0)
    return Member(encoded, flags, method, crc, len(payload), len(raw), header + encoded + payload)


def _batches(pieces: Iterator[str]) -> Iterator[str]:
    """The pieces joined a batch at a time: fewer Python steps than one piece at a time."""
    while True:
        batch = list(islice(pieces, PIECES_PER_CHUNK))
        if not batch:
            return
        yield "".join(batch)


def _encode_name(name: str) -> tuple[bytes, int]:
    return (name.encode("ascii"), 0) if name.isascii() else (name.encode("utf-8"), UTF8_NAME)


def _too_large(name: str) -> NewsconvError:
    return NewsconvError(f"{name} would be too large for this EPUB container (over 2 GiB)")


class ZipStream:
    """A zip being written member by member to a seekable binary stream (the stream is left open)."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._offset = stream.tell()  # where the next member starts
        self._directory: list[bytes] = []  # central directory records, in member order

    def put(self, name: str, data: "str | bytes | Iterable[str]") -> None:
        """Add a deflated member from text, bytes, or text in pieces (for pages that grow with the book)."""
        if isinstance(data, (str, bytes)):
            raw = data.encode("utf-8") if isinstance(data, str) else data
            self._put_deflated(name, deflate(raw), zlib.crc32(raw), len(raw))
            return
        # A page of more than one batch is streamed, so that a large page is never all in memory.
        pieces = iter(data)
        first = list(islice(pieces, PIECES_PER_CHUNK))
        more = list(islice(pieces, PIECES_PER_CHUNK))
        if more:
            self._put_streamed(name, chain(("".join(first), "".join(more)), _batches(pieces)))
        else:
            self._put_deflated(name, *deflate_pieces(first))

    def _put_deflated(self, name: str, payload: bytes, crc: int, size: int) -> None:
        compressed_size = len(payload)
        if compressed_size > MEMBER_LIMIT or size > MEMBER_LIMIT:
            raise _too_large(name)
        encoded, flags = _encode_name(name)
        write = self._stream.write
        write(_LOCAL_HEADER.pack(0x04034B50, VERSION, flags, DEFLATED, ZIP_TIME, ZIP_DATE, crc, compressed_size,
                                 size, len(encoded), 0) + encoded)
        write(payload)
        self._directory.append(_directory_record(encoded, flags, DEFLATED, crc, compressed_size, size,
                                                 self._offset))
        self._offset += _LOCAL_HEADER.size + len(encoded) + compressed_size

    def put_constant(self, name: str, data: "str | bytes", compress: bool = True) -> None:
        """Add a member that is the same in every book (deflated once per process)."""
        self.put_member(constant_member(name, data, compress))

    def put_member(self, member: Member) -> None:
        self._stream.write(member.local)
        self._directory.append(_directory_record(member.name, member.flags, member.method, member.crc,
                                                 member.compressed_size, member.size, self._offset))
        self._offset += len(member.local)

    def _put_streamed(self, name: str, texts: Iterator[str]) -> None:
        """Deflate a member batch by batch, then go back to fill in its header's CRC and sizes."""
        stream = self._stream
        encoded, flags = _encode_name(name)
        start = self._offset
        stream.write(_LOCAL_HEADER.pack(0x04034B50, VERSION, flags, DEFLATED, ZIP_TIME, ZIP_DATE, 0, 0, 0,
                                        len(encoded), 0) + encoded)
        compressor = _COMPRESSORS.take()  # not given back if the pieces fail half-way
        crc = size = compressed_size = 0
        for text in texts:
            chunk = text.encode("utf-8")
            crc, size = zlib.crc32(chunk, crc), size + len(chunk)
            out = compressor.compress(chunk)
            stream.write(out)
            compressed_size += len(out)
        out = compressor.flush(zlib.Z_FULL_FLUSH) + FINAL_BLOCK
        _COMPRESSORS.give_back(compressor)
        stream.write(out)
        compressed_size += len(out)
        if size > MEMBER_LIMIT or compressed_size > MEMBER_LIMIT:
            raise _too_large(name)
        end = stream.tell()
        stream.seek(start + _SIZES_AT)
        stream.write(_CRC_AND_SIZES.pack(crc, compressed_size, size))
        stream.seek(end)
        self._directory.append(_directory_record(encoded, flags, DEFLATED, crc, compressed_size, size, start))
        self._offset = end

    def close(self) -> None:
        """Write the central directory and the end records (Zip64 ones only when the counts need them)."""
        stream = self._stream
        directory_start = self._offset
        directory = b"".join(self._directory)
        stream.write(directory)
        count, directory_size = len(self._directory), len(directory)
        if count > ZIP_COUNT_LIMIT or directory_start > ZIP64_LIMIT or directory_size > ZIP64_LIMIT:
            end64_at = directory_start + directory_size
            stream.write(_END64.pack(0x06064B50, 44, VERSION_ZIP64, VERSION_ZIP64, 0, 0, count, count,
                                     directory_size, directory_start)
                         + _END64_LOCATOR.pack(0x07064B50, 0, end64_at, 1))
            count = min(count, 0xFFFF)
            directory_size = min(directory_size, 0xFFFFFFFF)
            directory_start = min(directory_start, 0xFFFFFFFF)
        stream.write(_END.pack(0x06054B50, 0, 0, count, count, directory_size, directory_start, 0))
        self._directory = []


def _directory_record(name: bytes, flags: int, method: int, crc: int, compressed_size: int, size: int,
                      offset: int) -> bytes:
    """A central directory record; an offset past the limit moves into a Zip64 extra field."""
    extra = b""
    version = VERSION
    if offset > ZIP64_LIMIT:
        extra = _ZIP64_OFFSET.pack(1, 8, offset)
        offset = 0xFFFFFFFF
        version = VERSION_ZIP64
    return _CENTRAL_HEADER.pack(0x02014B50, version, MADE_ON_UNIX, version, flags, method, ZIP_TIME, ZIP_DATE,
                                crc, compressed_size, size, len(name), len(extra), 0, 0, 0, FILE_ATTRIBUTES,
                                offset) + name + extra

"""Web archives (WARC, and the older ARC) as inputs: each HTML page an archive holds is one input.

An archive is read as a stream, record after record, without keeping any: the batch plans one task per
record as it goes, so memory stays flat whatever the archive's size, and the records spread over the
worker processes like files of a folder. A task names its record by the archive's path and the record's
offset, so that any process can read that one record again. Needs the ``web`` extra (warcio).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from dataclasses import dataclass
from typing import Any, BinaryIO, Callable, Iterator, Optional

from .errors import NewsconvError, NothingToConvert
from .schema import is_date, is_date_time

SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
MARK = "\0"  # between an archive's path and a record's offset in a task's source: no path holds it
_HTML_TYPES = ("text/html", "application/xhtml+xml")
EXTRA = "newsconv[web]"


def is_archive(path: str) -> bool:
    return path.lower().endswith(SUFFIXES)


def stem(name: str) -> str:
    """The archive's name without its suffixes: the folder its pages' outputs go to."""
    lowered = name.lower()
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if lowered.endswith(suffix):
            return name[: -len(suffix)] or "_"
    return name


@dataclass(frozen=True)
class Entry:
    """One record worth reporting: an HTML page to convert (``skipped`` is None), or a response left aside."""

    number: int  # the record's place in the archive, from 1
    offset: int
    uri: Optional[str]
    skipped: Optional[str]


def _iterator(stream: io.BufferedIOBase, arc2warc: bool = True):  # type: ignore[no-untyped-def]
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        raise NewsconvError(f"reading web archives needs warcio: pip install '{EXTRA}'") from None
    return ArchiveIterator(stream, arc2warc=arc2warc)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """warcio prints what it repairs (spaces in addresses, a missing newline) to standard error; newsconv
    reports what matters itself."""
    with open(os.devnull, "w") as sink, contextlib.redirect_stderr(sink), contextlib.redirect_stdout(sink):
        yield


Opener = Callable[[str], BinaryIO]


def _open(path: str) -> BinaryIO:
    return open(path, "rb")


def entries(path: str, opener: Opener = _open) -> Iterator[Entry]:
    """The archive's responses, in order: each HTML page with status 200 to convert, every other response
    with the reason it is skipped. Requests, metadata and warcinfo records are not responses.
    ``opener`` opens the archive for reading (a file of a store, say)."""
    try:
        with opener(path) as stream, _quiet():
            size = _size(stream)
            records = _iterator(stream)
            end = 0  # where the last whole record ends
            for number, record in enumerate(records, 1):
                entry = _entry(number, records.get_record_offset(), record)
                if entry is not None:
                    yield entry
                end = -1  # known once the iterator has read past the record
            if end < 0:
                end = records.get_record_offset() + records.get_record_length()
            if end < size and not _only_line_ends(stream, end, size):
                # warcio stops quietly at a record cut short: the rest would go unreported
                raise NewsconvError(f"the archive is cut short: its last {size - end:,} bytes are no whole record",
                                    file=path)
    except OSError as err:
        raise NewsconvError(f"cannot read the archive: {err.strerror or err}", file=path) from None
    except NewsconvError:
        raise
    except Exception as err:  # warcio reports a broken archive in several ways
        raise NewsconvError(f"not a readable web archive: {' '.join(str(err).split())[:200]}", file=path) from None


def _size(stream: BinaryIO) -> int:
    try:
        return os.fstat(stream.fileno()).st_size
    except (AttributeError, OSError, io.UnsupportedOperation):  # a store's file: no descriptor
        size = stream.seek(0, io.SEEK_END)
        stream.seek(0)
        return size


def _only_line_ends(stream: io.BufferedIOBase, start: int, size: int) -> bool:
    """Whether the archive ends with nothing but the line ends that close its last record (uncompressed
    records end with two, which warcio does not count in the record's length)."""
    if size - start > 8:
        return False
    stream.seek(start)
    return not stream.read(size - start).strip(b"\r\n")


def _entry(number: int, offset: int, record) -> Optional[Entry]:  # type: ignore[no-untyped-def]
    kind = record.rec_type
    uri = record.rec_headers.get_header("WARC-Target-URI")
    if kind not in ("response", "resource", "revisit"):
        return None
    if kind == "revisit":
        return Entry(number, offset, uri, "a revisit record: its page is in an earlier record")
    if record.rec_headers.get_header("WARC-Truncated"):
        return Entry(number, offset, uri, f"truncated by the crawler ({record.rec_headers.get_header('WARC-Truncated')})")
    http = record.http_headers
    status = http.get_statuscode() if http is not None and kind == "response" else "200"
    content_type = (http.get_header("Content-Type") if http is not None else None) or \
        record.rec_headers.get_header("Content-Type") or ""
    if status != "200":
        return Entry(number, offset, uri, f"HTTP status {status}")
    if not content_type.lower().startswith(_HTML_TYPES):
        return Entry(number, offset, uri, f"not an HTML page ({content_type.split(';')[0].strip() or 'no type'})")
    return Entry(number, offset, uri, None)


def source_of(path: str, entry: Entry) -> str:
    return f"{path}{MARK}{entry.offset}" if entry.skipped is None else f"{path}{MARK}skip{MARK}{entry.skipped}"


@dataclass(frozen=True)
class Page:
    data: bytes
    uri: Optional[str]
    date: Optional[str]  # the WARC-Date's calendar date: when the page was captured
    record: dict[str, Any]  # the document's ``capture.archive_record``


def read_page(source: str, max_bytes: int, opener: Opener = _open) -> Page:
    """The payload of the record a task's ``source`` names; a skipped record raises :class:`NothingToConvert`."""
    path, _, rest = source.partition(MARK)
    if rest.startswith("skip" + MARK):
        raise NothingToConvert(rest[len("skip" + MARK):])
    offset = int(rest)
    try:
        with opener(path) as stream, _quiet():
            stream.seek(offset)
            # An ARC record read as it is, not as warcio's WARC version of it: that one is given a new
            # random record id each time it is read.
            record = next(iter(_iterator(stream, arc2warc=False)))
            data = record.content_stream().read(max_bytes + 1)
            facts, day = _record_facts(record, os.path.basename(path), offset)
    except NewsconvError:
        raise
    except OSError as err:
        raise NewsconvError(f"cannot read the archive: {err.strerror or err}", file=path) from None
    except Exception as err:
        raise NewsconvError(f"cannot read the record: {' '.join(str(err).split())[:200]}", file=path) from None
    if len(data) > max_bytes:
        raise NewsconvError(f"the page is over the limit of {max_bytes:,} bytes")
    return Page(data, facts["target_uri"], day, facts)


def _record_facts(record, archive: str,  # type: ignore[no-untyped-def]
                  offset: int) -> tuple[dict[str, Any], Optional[str]]:
    """What identifies the record (where it is, its id, the address and time of the capture, the payload's
    digest; an ARC record has neither id nor digest), and the day it was captured."""
    headers = record.rec_headers
    if record.format == "arc":
        uri, date = headers.get_header("uri"), _arc_date(headers.get_header("archive-date"))
        record_id = digest = None
        day = date[:10] if date else None
    else:
        uri, written = headers.get_header("WARC-Target-URI"), (headers.get_header("WARC-Date") or "").strip()
        date = written if is_date_time(written) else None
        day = written[:10] if is_date(written[:10]) else None  # a WARC 1.1 date may stop at the day
        record_id, digest = headers.get_header("WARC-Record-ID"), headers.get_header("WARC-Payload-Digest")
    return {"archive": archive, "offset": offset, "record_id": _text(record_id), "target_uri": _text(uri),
            "date": date, "payload_digest": _text(digest)}, day


def _text(value: Optional[str]) -> Optional[str]:
    value = (value or "").strip()
    return value or None


_ARC_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$")


def _arc_date(value: Optional[str]) -> Optional[str]:
    """An ARC record's 14-digit UTC capture time as an RFC 3339 timestamp."""
    match = _ARC_DATE.match((value or "").strip())
    if match is None:
        return None
    year, month, day, hour, minute, second = match.groups()
    stamp = f"{year}-{month}-{day}T{hour}:{minute}:{second}Z"
    return stamp if is_date_time(stamp) else None

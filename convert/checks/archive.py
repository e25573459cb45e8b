"""Reading the members of a ZIP archive that may be hostile (an EPUB), within stated limits.

The sizes the central directory declares are checked before anything is inflated, and the
limits hold again while inflating: a member is read at most one byte past what it may inflate
to, whatever it declares. Only the two methods an EPUB may use (stored and deflate) are read;
deflate inflates in bounded steps, where zipfile's bzip2 and LZMA readers can turn a few
kilobytes into gigabytes in one step.

Every failure of zipfile or zlib on a damaged archive becomes an :class:`ArchiveError` naming
the member, with what was expected.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from io import BytesIO
from typing import IO, Optional

from ..readers import DEFAULT_MAX_BYTES

MIB = 1024 * 1024
# An EPUB holds tens to a few thousand members. zipfile builds an object for every record of the
# directory before any can be looked at: 800,000 empty members cost it 5 s and 250 MB.
MAX_MEMBERS = 10_000
# One member may be as large as a file validate reads on its own (the converter's --max-bytes default).
MAX_MEMBER_BYTES = DEFAULT_MAX_BYTES
# All members together: four times the largest archive read. A book's text is a few megabytes; what
# makes an EPUB large is pictures and sound, which are compressed already and inflate hardly at all.
MAX_TOTAL_BYTES = 4 * DEFAULT_MAX_BYTES
# A zip bomb is a member that is both large and compressed far better than text or markup (3 to 20
# times). A chapter that is one character repeated deflates about 1000 times, and newsconv writes such
# a chapter for a capture's 10 MB run of one character, so the ratio counts only for larger members.
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 16 * MIB

# What an EPUB's members may be compressed with (OCF: stored or deflate).
READABLE_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
# How much is inflated at a time.
_STEP = 64 * 1024
# The signature every record of the central directory starts with: zipfile reads none without it.
_DIRECTORY_RECORD = b"PK\x01\x02"


@dataclass(frozen=True)
class ArchiveLimits:
    """How much of an archive is read: members, bytes inflated (each and in all), compression ratio."""

    members: int = MAX_MEMBERS
    member_bytes: int = MAX_MEMBER_BYTES
    total_bytes: int = MAX_TOTAL_BYTES
    ratio: int = MAX_RATIO
    ratio_floor_bytes: int = RATIO_FLOOR_BYTES


class ArchiveError(Exception):
    """An archive, or one of its members (``member``), that cannot be read or breaks a limit."""

    def __init__(self, message: str, member: Optional[str] = None) -> None:
        super().__init__(message)
        self.message = message
        self.member = member


class OverLimit(ArchiveError):
    """A limit broken (members, bytes inflated): nothing more of the archive is read."""


class BoundedArchive:
    """A ZIP archive in memory whose members are read one at a time, within ``limits``."""

    def __init__(self, data: bytes, limits: ArchiveLimits) -> None:
        _refuse_many_members(data, limits.members)
        self.zip = _open(data)
        self.limits = limits
        self.inflated = 0  # bytes read from all members so far

    def members(self) -> list[zipfile.ZipInfo]:
        return self.zip.infolist()

    def over_limits(self) -> list[ArchiveError]:
        """The members whose declared sizes break the limits, and the whole when their sum does."""
        found = []
        for info in self.members():
            limit, reason = self._member_limit(info)
            if info.file_size > limit:
                found.append(ArchiveError(f"declares {info.file_size:,} bytes inflated from {info.compress_size:,}: "
                                          f"over {reason}", info.filename))
        declared = sum(info.file_size for info in self.members())
        if declared > self.limits.total_bytes:
            found.append(ArchiveError(f"members declare {declared:,} bytes inflated in all: "
                                      f"over {self._total_reason()}"))
        return found

    def read(self, info: zipfile.ZipInfo) -> bytes:
        """The inflated bytes of one member; raises :class:`ArchiveError` when it cannot be read or is too large."""
        if info.compress_type not in READABLE_METHODS:
            raise ArchiveError(f"compressed with method {info.compress_type}: expected stored (0) or deflate (8)",
                               info.filename)
        limit, reason = min(self._member_limit(info),
                            (self.limits.total_bytes - self.inflated, self._total_reason()))
        data = _inflate(self.zip, info, limit + 1)
        if len(data) > limit:
            raise OverLimit(f"inflates to more than {limit:,} bytes (it declares {info.file_size:,}): over {reason}",
                            info.filename)
        self.inflated += len(data)
        return data

    def _member_limit(self, info: zipfile.ZipInfo) -> tuple[int, str]:
        """The most one member may inflate to, and the limit that sets it."""
        limits = self.limits
        by_ratio = max(limits.ratio_floor_bytes, limits.ratio * info.compress_size)
        return min((limits.member_bytes, f"the limit of {limits.member_bytes:,} bytes for a member"),
                   (by_ratio, f"the limit of {limits.ratio}:1 compression for members over "
                              f"{limits.ratio_floor_bytes:,} bytes"))

    def _total_reason(self) -> str:
        return f"the limit of {self.limits.total_bytes:,} bytes for all members"


def _refuse_many_members(data: bytes, most: int) -> None:
    # Each record zipfile makes starts with the signature, so counting those bounds the records
    # before zipfile makes them; the count errs high only for data that holds the four bytes itself.
    records = data.count(_DIRECTORY_RECORD)
    if records > most:
        raise OverLimit(f"{records:,} records in the central directory: over the limit of {most:,} members")


def _open(data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(BytesIO(data))
    except zipfile.BadZipFile as err:
        raise ArchiveError(f"not a readable ZIP archive: {err}") from None
    except NotImplementedError as err:  # e.g. a record that asks for a later version of ZIP
        raise ArchiveError(f"not a ZIP archive that can be read: {err}") from None
    except UnicodeDecodeError:
        raise ArchiveError("a member's name is flagged as UTF-8 but is not") from None


def _inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo, most: int) -> bytes:
    """At most ``most`` bytes of one member; zipfile's failures on damaged data become ArchiveError."""
    name = info.filename
    try:
        with archive.open(info) as member:
            return _read_in_steps(member, most)
    except zlib.error as err:
        raise ArchiveError(f"damaged deflate data ({err}): expected a complete deflate stream", name) from None
    except EOFError:
        raise ArchiveError("its compressed data ends early: expected as many bytes as the directory declares",
                           name) from None
    except NotImplementedError as err:  # a ZIP feature zipfile cannot read (strong encryption, patched data)
        raise ArchiveError(f"uses a ZIP feature that cannot be read ({err}): expected plain stored or deflate data",
                           name) from None
    except RuntimeError:  # zipfile's complaint that a password is needed (after NotImplementedError, its subclass)
        raise ArchiveError("encrypted: expected a member readable without a password", name) from None
    except UnicodeDecodeError:
        raise ArchiveError("its local header's name is flagged as UTF-8 but is not", name) from None
    except (ValueError, OverflowError):  # seeking to an offset outside the data
        raise ArchiveError("its local header is outside the archive: expected it where the directory says",
                           name) from None
    except zipfile.BadZipFile as err:  # a wrong CRC, a local header that disagrees with the directory
        raise ArchiveError(f"damaged: {err}", name) from None


def _read_in_steps(member: IO[bytes], most: int) -> bytes:
    # zipfile inflates as much as it is asked for in one step before cutting it to the declared size, so a
    # member that lies about its size costs at most one step here.
    steps = []
    left = most
    while left > 0:
        step = member.read(min(left, _STEP))
        if not step:
            break
        steps.append(step)
        left -= len(step)
    return b"".join(steps)

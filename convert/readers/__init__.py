"""Readers: an input into the document model, by name or guessed from its content; plugins come from the
``newsconv.readers`` entry point.

Every document a reader produces is checked against the schema here, once, before anyone sees it.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from typing import Any, Callable, Optional, Union

from ..errors import NewsconvError
from ..kinds import HEAD_BYTES
from ..model import Document
from ..options import Option, resolve
from ..registry import Registry
from ..schema import check

ENTRY_POINT_GROUP = "newsconv.readers"
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
# What reads an input that no reader claims by its content or its name.
FALLBACK = "capture"


@dataclass(frozen=True)
class Reader:
    """A named input format.

    ``read(data, name, **options)`` turns the bytes of one input (``name`` is its file name, or
    None, for messages) into a document; it raises :class:`~convert.errors.NewsconvError` for input
    it cannot read. ``sniff(head)`` says whether the first bytes of an input (up to 8 KiB) are
    unmistakably this format; ``extensions`` are tried when no reader claims the content.
    """

    name: str
    description: str
    read: Callable[..., Document]
    extensions: tuple[str, ...] = ()
    sniff: Optional[Callable[[bytes], bool]] = None
    options: tuple[Option, ...] = ()

    def describe(self) -> dict[str, Any]:
        """The reader as plain JSON data (for ``newsconv formats --json``)."""
        return {"name": self.name, "extensions": list(self.extensions), "description": self.description,
                "options": [o.describe() for o in self.options]}


REGISTRY: Registry[Reader] = Registry(
    "reader", ENTRY_POINT_GROUP,
    {"ninjs": "convert.readers.ninjs:READER",  # before json: a ninjs file is JSON too
     "json": "convert.readers.intermediate:READER",
     "markdown": "convert.readers.markdown:READER",
     "newsml": "convert.readers.newsml:READER",
     "jats": "convert.readers.jats:READER",
     "epub": "convert.readers.epub:READER",
     "html": "convert.readers.html:READER",
     "capture": "convert.readers.capture:READER"},
    required=("name", "description", "read", "describe"), callables=("read",))


def names() -> list[str]:
    """Names of every available reader, built-ins first."""
    return REGISTRY.names()


def get(name: str) -> Reader:
    """The reader called ``name``; raises :class:`NewsconvError` for an unknown or broken one."""
    return REGISTRY.get(name)


def all_readers() -> list[Reader]:
    """Every reader that loads (a broken plugin is left out; :func:`get` says what is wrong with it)."""
    return [reader for _, reader in REGISTRY.loadable() if not isinstance(reader, NewsconvError)]


def guess(data: bytes, name: Optional[str] = None) -> Reader:
    """The reader for an input: the first (built-ins, then plugins) whose ``sniff`` claims its first
    bytes, else the first whose extensions end its name, else the capture reader.

    The built-in readers' ``sniff`` is :func:`convert.kinds.sniff`, the rule ``validate`` goes by, which
    tells the same from the first :data:`HEAD_BYTES` as from the whole input."""
    head = data[:HEAD_BYTES]
    loaded = []
    for _, reader in REGISTRY.loadable():
        if isinstance(reader, NewsconvError):
            continue
        if reader.sniff is not None and reader.sniff(head):
            return reader
        loaded.append(reader)
    if name:
        lowered = name.lower()
        for reader in loaded:
            if reader.extensions and lowered.endswith(tuple(e.lower() for e in reader.extensions)):
                return reader
    return get(FALLBACK)


def read(data: bytes, name: Optional[str] = None, *, format: Optional[str] = None, **options: Any) -> Document:
    """Read one input given as bytes with the reader called ``format`` (guessed when None), and check the
    document against the schema. ``options`` are the reader's own; options declared by other readers
    are left out, so that one set of options serves a batch of mixed inputs."""
    reader = get(format) if format else guess(data, name)
    chosen = options_for(reader, options, strict=format is not None)
    return check(REGISTRY.guarded(reader.name, reader.read, data, name, **chosen), file=name)


def options_for(reader: Reader, options: dict[str, Any], *, strict: bool = True) -> dict[str, Any]:
    """The options in ``options`` that ``reader`` takes; with ``strict``, any other is an error."""
    declared = getattr(reader, "options", ())
    if not strict:
        names = {option.name for option in declared}
        options = {key: value for key, value in options.items() if key in names}
    return resolve(declared, options, f"the {reader.name} reader")


def parse_bytes(data: bytes, name: Optional[str] = None, *, max_bytes: int = DEFAULT_MAX_BYTES,
                format: Optional[str] = None, **options: Any) -> Document:
    """Read one input given as bytes; ``name`` is used in messages and recorded as the source file."""
    if len(data) > max_bytes:
        raise NewsconvError(f"input is {len(data):,} bytes, over the limit of {max_bytes:,}", file=name)
    return read(data, name, format=format, **options)


def parse_text(text: str, name: Optional[str] = None, **options: Any) -> Document:
    """Read one input given as text."""
    return parse_bytes(text.encode("utf-8"), name, **options)


# Opening a FIFO waits for a writer unless told not to; O_BINARY keeps Windows from translating line ends.
_NO_WAIT = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def read_limited(name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file, refusing (having read at most one byte more) one larger than ``max_bytes``.

    The bound also ends the read of an endless device such as /dev/zero. The file is opened without
    waiting, so that a FIFO with no writer reads as empty instead of waiting for one forever.
    """
    try:
        descriptor = os.open(name, os.O_RDONLY | _NO_WAIT | _BINARY)
        with open(descriptor, "rb") as handle:
            if _NO_WAIT:
                os.set_blocking(descriptor, True)  # a writer that is there is waited for, as by any reader
            info = os.fstat(descriptor)
            size = info.st_size if stat.S_ISREG(info.st_mode) else None
            if size is not None and size > max_bytes:
                raise NewsconvError(f"input is {size:,} bytes, over the limit of {max_bytes:,}", file=name)
            # read(n) sets aside n bytes first: a file is asked for its own size, a pipe or device for the limit.
            data = handle.read((max_bytes if size is None else size) + 1)
            if size is not None and size < len(data) <= max_bytes:  # a file that grew while read
                data += handle.read(max_bytes + 1 - len(data))
    except OSError as err:
        raise NewsconvError(f"cannot read: {err.strerror or err}", file=name) from None
    if len(data) > max_bytes:
        raise NewsconvError(f"input is over the limit of {max_bytes:,} bytes", file=name)  # size not known
    return data


def parse_file(path: Union[str, "os.PathLike[str]"], **options: Any) -> Document:
    """Read one input file."""
    name = os.fspath(path)
    return parse_bytes(read_limited(name, options.get("max_bytes", DEFAULT_MAX_BYTES)), name, **options)


def parse(source: Union[str, bytes, "os.PathLike[str]"], **options: Any) -> Document:
    """Read an input from bytes, a path, or (a ``str`` containing a newline) text.

    ``format="markdown"`` (any reader name) skips the guess; other keywords are ``max_bytes`` and the
    reader's own options (``layout="generic"`` for captures)."""
    if isinstance(source, bytes):
        return parse_bytes(source, **options)
    if isinstance(source, str) and ("\n" in source or "\r" in source):
        return parse_text(source, **options)
    return parse_file(source, **options)

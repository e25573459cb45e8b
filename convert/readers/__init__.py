"""Readers: turn an input (a raw capture, intermediate JSON, newsconv Markdown) into a document."""

from __future__ import annotations

import os
from typing import Optional, Union

from ..document import loads
from ..errors import NewsconvError
from ..model import Document

DEFAULT_MAX_BYTES = 64 * 1024 * 1024


def sniff(data: bytes) -> str:
    """Which reader an input needs: ``"json"``, ``"markdown"`` or ``"capture"``."""
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return "json"
    if head.startswith(b"---") and b"newsconv" in data[:4096]:
        return "markdown"
    return "capture"


def parse_bytes(data: bytes, name: Optional[str] = None, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one input given as bytes; ``name`` is used in messages and recorded as the source file."""
    if len(data) > max_bytes:
        raise NewsconvError(f"input is {len(data):,} bytes, over the limit of {max_bytes:,}", file=name)
    kind = sniff(data)
    if kind == "capture" and name and name.lower().endswith((".md", ".markdown")):
        kind = "markdown"  # Markdown from elsewhere: no newsconv front matter to sniff
    if kind == "json":
        return loads(data, file=name)
    if kind == "markdown":
        from .markdown import read_markdown

        return read_markdown(data, name)
    from .capture import read_capture

    return read_capture(data, name)


def parse_text(text: str, name: Optional[str] = None, **options: int) -> Document:
    """Read one input given as text."""
    return parse_bytes(text.encode("utf-8"), name, **options)


def read_limited(name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file, refusing (without reading it all) one larger than ``max_bytes``."""
    try:
        with open(name, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            # Asking for the file's own size: read(n) sets aside n bytes first, and the limit is 64 MiB.
            data = handle.read(min(size, max_bytes) + 1)
            if size < len(data) <= max_bytes:  # it grew, or a pipe or special file that tells no size
                data += handle.read(max_bytes + 1 - len(data))
    except OSError as err:
        raise NewsconvError(f"cannot read: {err.strerror or err}", file=name) from None
    if len(data) > max_bytes:
        if size > max_bytes:
            raise NewsconvError(f"input is {size:,} bytes, over the limit of {max_bytes:,}", file=name)
        raise NewsconvError(f"input is over the limit of {max_bytes:,} bytes", file=name)  # size not known
    return data


def parse_file(path: Union[str, "os.PathLike[str]"], **options: int) -> Document:
    """Read one input file."""
    name = os.fspath(path)
    return parse_bytes(read_limited(name, options.get("max_bytes", DEFAULT_MAX_BYTES)), name, **options)


def parse(source: Union[str, bytes, "os.PathLike[str]"], **options: int) -> Document:
    """Read a capture from bytes, a path, or (a ``str`` containing a newline) text."""
    if isinstance(source, bytes):
        return parse_bytes(source, **options)
    if isinstance(source, str) and ("\n" in source or "\r" in source):
        return parse_text(source, **options)
    return parse_file(source, **options)

"""newsconv: news in any supported format to a schema-validated JSON intermediate, and writers for it.

Library use::

    import convert

    doc = convert.parse("capture.txt")          # a path, bytes, or text; format="markdown" to skip the guess
    convert.validate(doc)                        # [] when valid, else Problems with JSON paths
    xml = convert.write(doc, "newsml")           # bytes in any registered format
    book = convert.write(doc, "epub", group_by="date")   # a writer's own options as keywords
    text = convert.dumps(doc); again = convert.loads(text)
    convert.readers.names(), convert.writers.names()
"""

from __future__ import annotations

import os
from typing import Any

from .document import dump_path, dumps, load, loads
from .errors import InvalidDocument, NewsconvError, NewsconvWarning, Problem
from .model import Document
from . import readers, writers
from .options import Option
from .readers import Reader, parse_bytes, parse_file, parse_text
from .readers import get as get_reader
from .schema import SCHEMA_VERSION, schema_path
from .version import __version__
from .writers import Writer, write, write_bundle, write_file
from .writers import get as get_writer
from .writers import names as formats


def parse(source: "str | bytes | os.PathLike[str]", **options: Any) -> Document:
    """Read an input from bytes, a path, or (a ``str`` containing a line break) text.

    A ``str`` without a line break is taken as a path; when no such file exists, the error says so and
    how to read the string as text instead (:func:`parse_text`), rather than only "No such file".
    ``format="markdown"`` (any reader name) skips the guess; other keywords are ``max_bytes`` and the
    reader's own options (``layout="generic"`` for captures)."""
    from .readers import parse as parse_source

    if isinstance(source, str) and "\n" not in source and "\r" not in source and not os.path.exists(source):
        shown = source if len(source) <= 60 else source[:57] + "..."
        raise NewsconvError(f"no file named {shown!r}: convert.parse takes a str without a line break as a path; "
                            "to read the string itself, call convert.parse_text(text) (and pass a "
                            "pathlib.Path to say a file is meant)")
    return parse_source(source, **options)


def validate(document: Any) -> list[Problem]:
    """Every schema problem of ``document`` (an empty list when it is valid)."""
    from .schema import problems

    return problems(document)


__all__ = [
    "Document", "InvalidDocument", "NewsconvError", "NewsconvWarning", "Option", "Problem", "Reader",
    "SCHEMA_VERSION", "Writer", "dump_path", "dumps", "formats", "get_reader", "get_writer", "load", "loads",
    "parse", "parse_bytes", "parse_file", "parse_text", "readers", "schema_path", "validate", "write",
    "write_bundle", "write_file", "writers",
]

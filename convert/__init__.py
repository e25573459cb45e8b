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

from typing import Any

from .document import dump_path, dumps, load, loads
from .errors import InvalidDocument, NewsconvError, NewsconvWarning, Problem
from .model import Document
from . import readers, writers
from .options import Option
from .readers import Reader, parse, parse_bytes, parse_file, parse_text
from .readers import get as get_reader
from .schema import SCHEMA_VERSION, schema_path
from .version import __version__
from .writers import Writer, write, write_bundle, write_file
from .writers import get as get_writer
from .writers import names as formats


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

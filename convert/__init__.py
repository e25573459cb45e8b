"""newsconv: raw news captures to a schema-validated JSON intermediate, and writers for it.

Library use::

    import convert

    doc = convert.parse("capture.txt")          # a path, bytes, or text
    convert.validate(doc)                        # [] when valid, else Problems with JSON paths
    xml = convert.write(doc, "newsml")           # bytes in any registered format
    text = convert.dumps(doc); again = convert.loads(text)
"""

from __future__ import annotations

from typing import Any

from .document import dump_path, dumps, load, loads
from .errors import InvalidDocument, NewsconvError, NewsconvWarning, Problem
from .model import Document
from .readers import parse, parse_bytes, parse_file, parse_text
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
    "Document", "InvalidDocument", "NewsconvError", "NewsconvWarning", "Problem", "SCHEMA_VERSION", "Writer",
    "dump_path", "dumps", "formats", "get_writer", "load", "loads", "parse", "parse_bytes", "parse_file",
    "parse_text", "schema_path", "validate", "write", "write_bundle", "write_file",
]

"""Documents to and from JSON text and files; every document that comes in is validated."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Union

from . import _json_text
from .errors import NewsconvError
from .model import Document
from .schema import check

PathLike = Union[str, "os.PathLike[str]"]


def dumps(document: Document) -> str:
    """Serialise a document as stable, human-diffable JSON (same document, same bytes)."""
    return _json_text.json_text(document, ensure_ascii=False) + "\n"


def dump_bytes(document: Document) -> bytes:
    """The UTF-8 bytes of :func:`dumps`; text that UTF-8 cannot carry (a lone surrogate) is written escaped."""
    try:
        return dumps(document).encode("utf-8")
    except UnicodeEncodeError:
        return (_json_text.json_text(document, ensure_ascii=True) + "\n").encode("ascii")


def json_text(value: Any, *, ensure_ascii: bool) -> str:
    """``value`` as JSON text indented by two: the reference for the faster writer in :mod:`convert._json_text`."""
    return json.dumps(value, ensure_ascii=ensure_ascii, indent=2)


def loads(text: Union[str, bytes], *, file: str | None = None) -> Document:
    """Parse and validate a JSON document."""
    return check(parse_json(text, file=file), file=file)


def parse_json(text: Union[str, bytes], *, file: str | None = None) -> dict[str, Any]:
    """The JSON object in ``text``, not yet checked against the schema."""
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as err:
        raise NewsconvError(f"not valid JSON: {err.msg} (column {err.colno})", file=file, line=err.lineno) from None
    except UnicodeDecodeError as err:
        raise NewsconvError(f"not UTF-8 JSON: {err.reason} at byte {err.start}", file=file) from None
    except RecursionError:
        raise NewsconvError("JSON nested too deeply to read", file=file) from None
    except ValueError as err:  # e.g. an integer longer than Python will convert
        raise NewsconvError(f"not valid JSON: {err}", file=file) from None
    if not isinstance(data, dict):
        raise NewsconvError("expected a JSON object at the top level", file=file, line=1)
    return data


def load(path: PathLike) -> Document:
    """Read and validate a JSON document from a file."""
    name = os.fspath(path)
    try:
        data = Path(name).read_bytes()
    except OSError as err:
        raise NewsconvError(f"cannot read: {err.strerror}", file=name) from None
    return loads(data, file=name)


def dump_path(document: Document, path: PathLike) -> None:
    """Write a document as JSON to ``path`` atomically."""
    from .fileio import write_atomic

    write_atomic(path, dump_bytes(document))

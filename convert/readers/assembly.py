"""What the readers of structured formats (NewsML-G2, JATS, EPUB, ninjs, HTML) share: the document around
their articles, and the checks their values need to fit the model (language tags, dates)."""

from __future__ import annotations

import os
import re
from typing import Any, Iterable, Optional

from ..model import Document
from ..schema import SCHEMA_VERSION
from .capture.text import sha256

_LANGUAGE_TAG = re.compile(r"^[a-zA-Z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
# A date-time with its zone, or a date: what the model keeps.
_WHEN = re.compile(r"^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?")


def is_language_tag(value: Optional[str]) -> bool:
    return bool(value) and _LANGUAGE_TAG.match(value) is not None  # type: ignore[arg-type]


def when(value: Optional[str]) -> Optional[str]:
    """A date-time as the model keeps it: with its zone, or cut to its date when it has none (no zone is
    made up); None for anything that is not a date."""
    match = _WHEN.match(value or "")
    if match is None:
        return None
    return match.group(0) if match.group(2) else match.group(1)


def document(layout: str, data: bytes, name: Optional[str], articles: list[dict[str, Any]], *, encoding: str,
             lines: int, site: Optional[str] = None, captured: Optional[str] = None,
             removed: Iterable[dict[str, Any]] = (), warnings: Iterable[dict[str, Any]] = ()) -> Document:
    """The document of one input of ``layout``: its articles, with the source described and what was set aside."""
    return {
        "schema_version": SCHEMA_VERSION,
        "capture": {
            "site": site, "captured": captured, "layout": layout,
            "source": {"file": os.path.basename(name) if name else None, "sha256": sha256(data), "encoding": encoding,
                       "bytes": len(data), "lines": lines},
            "field_lines": {},
        },
        "digest": None,
        "articles": articles,
        "removed": list(removed),
        "warnings": list(warnings),
    }


def line_count(data: bytes) -> int:
    return data.count(b"\n") + (0 if data.endswith(b"\n") else 1)

"""The intermediate itself, as JSON."""

from __future__ import annotations

from ..document import dumps
from ..model import Document
from . import Writer


def write(document: Document) -> bytes:
    return dumps(document).encode("utf-8")


WRITER = Writer(
    name="json",
    extension=".json",
    description="newsconv intermediate JSON (validated against the bundled JSON Schema)",
    write=write,
)

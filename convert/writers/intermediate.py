"""The intermediate itself, as JSON. The document model, field by field: docs/formats/json.md."""

from __future__ import annotations

from ..document import dump_bytes
from ..model import Document
from . import Writer


def write(document: Document) -> bytes:
    return dump_bytes(document)


WRITER = Writer(
    name="json",
    extension=".json",
    description="newsconv intermediate JSON (validated against the bundled JSON Schema)",
    write=write,
)

"""The intermediate itself: newsconv's JSON documents, read back (and checked against the schema like any reader's)."""

from __future__ import annotations

from typing import Optional

from ..document import parse_json
from ..kinds import sniff
from ..model import Document
from . import Reader


def read(data: bytes, name: Optional[str] = None) -> Document:
    return parse_json(data, file=name)  # type: ignore[return-value]


READER = Reader(
    name="json",
    description="newsconv intermediate JSON (checked against the bundled JSON Schema)",
    read=read,
    extensions=(".json",),
    sniff=lambda head: sniff(head) == "json",
)

"""The intermediate itself: newsconv's JSON documents, read back (and checked against the schema like any reader's)."""

from __future__ import annotations

from typing import Optional

from ..document import parse_json
from ..errors import NewsconvError
from ..kinds import HEAD_BYTES, sniff
from ..model import Document
from . import Reader


def read(data: bytes, name: Optional[str] = None) -> Document:
    # Python's json decodes UTF-16 and UTF-32 (told by a byte order mark or by zero bytes) as well as
    # UTF-8, exactly as kinds.text_encoding tells them, so such a file is read as the sniff classifies it.
    document = parse_json(data, file=name)
    if sniff(data) != "json":
        # Valid JSON the sniff does not see: only whitespace filling the whole head gets here. Refused,
        # so that a file named .json reads exactly when `validate` (which goes by the sniff) accepts it.
        raise NewsconvError(f"intermediate JSON must begin with '{{' within its first {HEAD_BYTES} bytes "
                            "(only whitespace found there)", file=name)
    return document  # type: ignore[return-value]


READER = Reader(
    name="json",
    description="newsconv intermediate JSON (checked against the bundled JSON Schema)",
    read=read,
    extensions=(".json",),
    sniff=lambda head: sniff(head) == "json",
)

"""ninjs (IPTC news in JSON), 3.x and 2.x: an item, or a package whose associations are the articles."""

from __future__ import annotations

import re

from ...kinds import head_text
from .. import Reader
from .document import read_ninjs

# A JSON object naming ninjs fields and not newsconv's own document (whose first key is schema_version).
_NINJS_KEYS = re.compile(r'"(?:uri|headlines|bodies|body_html|body_text|versioncreated|versionCreated|standard)"\s*:')


def looks_like_ninjs(head: bytes) -> bool:
    text = head_text(head).lstrip()
    return text.startswith("{") and '"schema_version"' not in text and len(_NINJS_KEYS.findall(text)) >= 2


READER = Reader(
    name="ninjs",
    description="ninjs (IPTC news in JSON), 3.x or 2.x: headlines, bodies, people, subjects, associations",
    read=read_ninjs,
    extensions=(".ninjs",),
    sniff=looks_like_ninjs,
)

__all__ = ["READER", "read_ninjs"]

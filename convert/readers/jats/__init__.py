"""JATS: journal articles as archives and publishers keep them (and as newsconv writes news in JATS).

The article, and each ``sub-article`` and ``response``, becomes an article of one document. Mapping:
docs/formats/jats.md.
"""

from __future__ import annotations

from ...kinds import sniff
from .. import Reader
from .document import read_jats

READER = Reader(
    name="jats",
    description="JATS (NISO Z39.96) articles: front matter, body, back matter and sub-articles",
    read=read_jats,
    extensions=(".jats",),
    sniff=lambda head: sniff(head) == "jats",
)

__all__ = ["READER", "read_jats"]

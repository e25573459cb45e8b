"""NewsML-G2: the news items agencies deliver (a ``newsItem``, or a ``newsMessage`` carrying several).

Each text item becomes an article of one document; items without text (pictures, video, events, concepts,
planning) are skipped with a warning that says what they were. Mapping: docs/formats/newsml.md.
"""

from __future__ import annotations


from ...kinds import sniff
from .. import Reader
from .document import read_newsml

READER = Reader(
    name="newsml",
    description="NewsML-G2 news items and messages (IPTC): text items with their metadata",
    read=read_newsml,
    extensions=(".newsml", ".nml"),
    sniff=lambda head: sniff(head) == "newsml",
)

__all__ = ["READER", "read_newsml"]

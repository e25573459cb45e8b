"""EPUB 3 (and 2) books: each chapter of the spine an article, read with ebooklib.

Mapping: docs/formats/epub.md ("Reading EPUB").
"""

from __future__ import annotations

from ...kinds import sniff
from .. import Reader
from .book import read_epub

READER = Reader(
    name="epub",
    description="EPUB books: the chapters of the spine as articles, with the book's metadata",
    read=read_epub,
    extensions=(".epub",),
    sniff=lambda head: sniff(head) == "epub",
)

__all__ = ["READER", "read_epub"]

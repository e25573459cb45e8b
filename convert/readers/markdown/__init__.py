"""Markdown in: newsconv's own back into the document it was written from, any other as well as possible.

What is read and how: docs/formats/markdown.md. The reading code (and markdown-it-py and PyYAML)
is imported only when a Markdown input is read, so that guessing an input's format stays cheap.
"""

from __future__ import annotations

from typing import Optional

from ...kinds import sniff
from ...model import Document
from .. import Reader


def read(data: bytes, name: Optional[str] = None) -> Document:
    from .reader import read_markdown

    return read_markdown(data, name)


READER = Reader(
    name="markdown",
    description="CommonMark with YAML front matter: newsconv's own exactly, any other as well as possible",
    read=read,
    extensions=(".md", ".markdown"),
    sniff=lambda head: sniff(head) == "markdown",
)

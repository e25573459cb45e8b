"""Typed views of the intermediate document (the JSON Schema in ``schemas/`` is the contract).

Documents are plain ``dict``/``list`` values so that they are JSON as they stand;
these ``TypedDict`` classes only tell type checkers and readers of the code what
the keys are.
"""

from __future__ import annotations

from typing import List, Literal, Optional, TypedDict, Union

Span = List[int]  # [first, last], 1-based and inclusive
FieldLines = dict  # field name -> list of line numbers


class Source(TypedDict):
    file: Optional[str]
    sha256: str
    encoding: str
    bytes: int
    lines: int


class Capture(TypedDict):
    site: Optional[str]
    captured: Optional[str]
    layout: str
    source: Source
    field_lines: FieldLines


class Digest(TypedDict):
    publisher: Optional[str]
    published: Optional[str]
    field_lines: FieldLines


class TextBlock(TypedDict):
    type: Literal["paragraph", "heading", "quote"]
    text: str
    lines: Span


class ListBlock(TypedDict):
    type: Literal["list"]
    items: List[str]
    lines: Span


class FigureBlock(TypedDict):
    type: Literal["figure"]
    caption: str
    credit: Optional[str]
    label: Optional[str]
    alt: Optional[str]
    lines: Span


Block = Union[TextBlock, ListBlock, FigureBlock]


class Article(TypedDict):
    headline: Optional[str]
    publisher: Optional[str]
    published: Optional[str]
    dateline: Optional[str]
    byline: Optional[str]
    tags: List[str]
    language: str
    summary: List[str]
    blocks: List[Block]
    field_lines: FieldLines


class Removed(TypedDict):
    lines: Span
    text: str
    reason: str


class Warning_(TypedDict):
    code: str
    message: str
    line: Optional[int]


class Document(TypedDict):
    schema_version: str
    capture: Capture
    digest: Optional[Digest]
    articles: List[Article]
    removed: List[Removed]
    warnings: List[Warning_]


def block_texts(block: Block) -> list[str]:
    """The running text a block carries, in reading order (used by writers and checks)."""
    if block["type"] == "figure":
        return [block["caption"]]
    if block["type"] == "list":
        return list(block["items"])
    return [block["text"]]


def article_date(document: Document, article: Article) -> Optional[str]:
    """The best date for an article: its own, else its digest's, else the capture's."""
    digest = document.get("digest") or {}
    return article["published"] or digest.get("published") or document["capture"]["captured"]

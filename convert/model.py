"""Typed views of the intermediate document (the JSON Schema in ``schemas/`` is the contract).

Documents are plain ``dict``/``list`` values so that they are JSON as they stand;
these ``TypedDict`` classes only tell type checkers and readers of the code what
the keys are.
"""

from __future__ import annotations

import hashlib
import re
from typing import List, Literal, Optional, TypedDict, Union

Span = List[int]  # [first, last], 1-based and inclusive
FieldLines = dict  # field name -> list of line numbers


class Source(TypedDict):
    file: Optional[str]
    sha256: str
    encoding: str
    bytes: int
    lines: int


class ArchiveRecord(TypedDict):
    archive: str
    offset: int
    record_id: Optional[str]
    target_uri: Optional[str]
    date: Optional[str]
    payload_digest: Optional[str]


class _CaptureBase(TypedDict):
    site: Optional[str]
    captured: Optional[str]
    layout: str
    source: Source
    field_lines: FieldLines


class Capture(_CaptureBase, total=False):
    archive_record: ArchiveRecord  # added in schema 1.1: the web archive record a page was read from


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


class Rights(TypedDict):
    statement: str
    holder: Optional[str]
    year: Optional[int]


class Contributor(TypedDict):
    name: str
    role: Optional[str]
    kind: Literal["person", "organization"]


class _ArticleBase(TypedDict):
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


class Article(_ArticleBase, total=False):
    # Added in schema 1.1: a 1.0 document has none of them (see the helpers below).
    id: str
    modified: Optional[str]
    rights: Optional[Rights]
    contributors: List[Contributor]
    truncated: bool


# The optional article fields of schema 1.1, in the order the readers write them.
ARTICLE_ADDITIONS = ("modified", "rights", "contributors", "id", "truncated")


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


# The authority of the tag URIs (RFC 4151) that identify articles. ".invalid" is reserved (RFC 6761):
# it can never be anyone's domain, so newsconv's identifiers cannot collide with a publisher's own.
ID_AUTHORITY = "newsconv.invalid"
# The date of a tag URI for an article without a date of its own: the year this scheme was fixed.
ID_UNDATED = "2026"
_SPACES = re.compile(r"\s+")


def identifying(text: Optional[str]) -> str:
    """``text`` as it identifies: case, spacing and a leading "The" are how a page prints a name, not
    which name it is ("THE AMERICA ONE NEWS" is "America One News")."""
    if not text:
        return ""
    name = " ".join(text.split()).casefold()
    return name[4:] if name.startswith("the ") else name


def make_article_id(publisher: Optional[str], published: Optional[str], headline: Optional[str],
                    address: Optional[str] = None, text: Optional[str] = None) -> str:
    """The tag URI that identifies an article, built from what identifies it and nothing about the
    capture, so that two captures of one article (on different days, from different sites) agree.

    ``published`` counts by its day only (a capture that shows the time is the same article);
    ``text`` (the opening of the story) stands in only when there is neither headline nor address.
    """
    day = published[:10] if published else None
    facts = [identifying(publisher), day or "", identifying(headline), _SPACES.sub("", address or "")]
    if not headline and not address:
        facts.append(identifying(text))
    # One fact per line: none holds a line break once spaces are collapsed or removed.
    digest = hashlib.sha256("\n".join(facts).encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return f"tag:{ID_AUTHORITY},{day or ID_UNDATED}:article:{digest}"


def archive_record(document: Document) -> Optional[ArchiveRecord]:
    """The web archive record the document was read from, if it was (a 1.1 document may say)."""
    return document["capture"].get("archive_record")


# The WARC 1.1 specification's sections on the record's fields: what each value of an archive record is.
WARC_FIELDS = {name: f"https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/#{anchor}"
               for name, anchor in (("archive", "warc-filename"), ("record_id", "warc-record-id-mandatory"),
                                    ("target_uri", "warc-target-uri"), ("date", "warc-date-mandatory"),
                                    ("payload_digest", "warc-payload-digest"))}


def article_id(document: Document, article: Article) -> str:
    """The article's ``id``; a 1.0 document has none, so it is built the same way from its fields."""
    if article.get("id"):
        return article["id"]
    digest = document.get("digest") or {}
    # (the opening of the story counts only without a headline)
    first = None if article["headline"] else next((t for block in article["blocks"] for t in block_texts(block)), None)
    return make_article_id(article["publisher"] or digest.get("publisher"), article["published"],
                           article["headline"], None, first)


# A 1.0 byline is split only on a joining word between names ("A and B", "A & B"): a comma may equally
# separate two names or a name and a role ("Jane Doe, Staff Writer"), and without the reader's rules
# it cannot be told which.
_BYLINE_JOIN = re.compile(r"\s+(?:and|AND|&)\s+")


def article_contributors(article: Article) -> list[Contributor]:
    """The article's contributors; a 1.0 document has none, so its byline gives people, split on
    "and"/"&" only when every part is left with a name."""
    if "contributors" in article:
        return list(article["contributors"])
    byline = (article["byline"] or "").strip()
    if not byline:
        return []
    parts = [part.strip() for part in _BYLINE_JOIN.split(byline)]
    names = parts if all(parts) else [byline]
    return [{"name": name, "role": None, "kind": "person"} for name in names]

"""An EPUB to a document: the archive checked within limits, then read with ebooklib; chapters to articles.

A block's ``lines`` count through the spine: the XHTML documents of the spine, in its order, as if one
followed the other (``capture.source.lines`` is their total).
"""

from __future__ import annotations

import io
import warnings
import zipfile
from typing import Any, Optional

from ...checks.archive import ArchiveError, ArchiveLimits, BoundedArchive
from ...errors import NewsconvError, NothingToConvert
from ...model import Document
from .. import assembly
from .chapters import read_chapter

# Spine documents that are the book's furniture, not its text (by their epub:type or role).
FURNITURE = {"cover", "titlepage", "toc", "landmarks", "colophon", "copyright-page", "loi", "lot", "index",
             "halftitlepage", "frontispiece", "imprint", "doc-toc", "doc-colophon", "doc-cover", "doc-index"}


def read_epub(data: bytes, name: Optional[str] = None) -> Document:
    _check_archive(data, name)
    book = _open(data, name)
    meta = _book_metadata(book)
    articles, warnings_found = [], []
    pictures = 0  # spine items that are images (an SVG page of a fixed-layout book): pictures, not text
    lines = 0  # lines of the spine's documents before this one: a book's lines count through its spine
    for idref, _linear in book.spine:
        item = book.get_item_with_id(idref)
        if item is None or item.media_type != "application/xhtml+xml":
            pictures += item is not None and item.media_type.startswith("image/")
            continue
        content = item.content  # as written in the book (get_content() would rebuild the page)
        offset, lines = lines, lines + content.count(b"\n") + 1
        if "nav" in (getattr(item, "properties", None) or []) or type(item).__name__ == "EpubNav":
            continue
        chapter = read_chapter(content, item.get_name(), FURNITURE)
        if chapter is None:
            continue
        if isinstance(chapter, str):
            warnings_found.append({"code": "unreadable-chapter", "message": chapter, "line": offset + 1})
            continue
        for block in chapter["blocks"]:
            block["lines"] = [offset + block["lines"][0], offset + block["lines"][1]]
        articles.append(chapter)
    if not articles and pictures and not warnings_found:
        raise NothingToConvert(f"no text to read: the book's spine holds {pictures} picture page(s) and no chapter "
                               "with text", file=name)
    if not articles:
        raise NewsconvError("no chapter with text in the book's spine", file=name)
    titled = [article.pop("_titled") for article in articles]
    if len(articles) == 1:  # a book of one article: the book's metadata is the article's
        for key in ("headline", "byline", "published", "publisher"):
            if key == "headline" and titled[0]:
                continue  # the chapter's own title says it has no headline
            if articles[0][key] is None and meta[key] is not None:
                articles[0][key] = meta[key]
    for article in articles:
        if article["language"] is None:
            article["language"] = meta["language"]
    return assembly.document("epub", data, name, articles, encoding="utf-8", lines=max(lines, 1),
                             warnings=warnings_found)


def _check_archive(data: bytes, name: Optional[str]) -> None:
    """Every member inflated once within the limits EPUB validation keeps, before ebooklib reads them all."""
    try:
        archive = BoundedArchive(data, ArchiveLimits())
        problems = archive.over_limits()
        if problems:
            raise problems[0]
        for info in archive.members():
            archive.read(info)
    except ArchiveError as err:
        where = f" ({err.member})" if err.member else ""
        raise NewsconvError(f"not a readable EPUB{where}: {err.message}", file=name) from None


def _open(data: bytes, name: Optional[str]) -> Any:
    from ebooklib import epub  # imported here: the other readers do not need it

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ebooklib's own deprecation notices
            return epub.read_epub(io.BytesIO(data), {"ignore_ncx": True})
    except (epub.EpubException, zipfile.BadZipFile, KeyError, ValueError, AttributeError, IndexError,
            UnicodeDecodeError, Exception) as err:  # ebooklib reports a broken book in many ways
        raise NewsconvError(f"not a readable EPUB: {_reason(err)}", file=name) from None


def _reason(err: Exception) -> str:
    text = str(err).strip().strip("'\"")
    if isinstance(err, KeyError):
        return f"a file the book names is missing ({text})"
    return text or type(err).__name__.lower()


def _book_metadata(book: Any) -> dict[str, Optional[str]]:
    def first(field: str) -> Optional[str]:
        values = book.get_metadata("DC", field)
        return " ".join(str(values[0][0]).split()) or None if values and values[0][0] else None

    creators = [" ".join(str(v).split()) for v, _ in book.get_metadata("DC", "creator") if v and str(v).strip()]
    date = first("date")
    language = first("language")
    return {"headline": first("title"), "byline": ", ".join(creators) or None,
            "published": date[:10] if date and len(date) >= 10 and date[4] == "-" and date[7] == "-" else None,
            "publisher": first("publisher"), "language": language or "und"}

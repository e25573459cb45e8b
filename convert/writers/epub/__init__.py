"""EPUB 3 books: one document as a book, or many documents as an anthology.

What a book holds, its metadata, and why the container is written here rather than with ebooklib:
docs/formats/epub.md.
"""

from __future__ import annotations

import hashlib
import io
import sys
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator, Optional

from ...errors import NewsconvError, at
from ...model import Article, Document, archive_record
from ...options import Option
from .. import Writer
from .package import ROOT, Container, ManifestItem, PackageMetadata, ncx_document, package_document
from .text import UNDETERMINED, day_of, language_tag, parse_when
from .xhtml import (SourceRecord, TocEntry, TocGroup, chapter, chapter_href, clean_article, colophon_page,
                    nav_page, section_headings, title_page)
from .._xmltext import clean
from ..people import file_as, people, untitled

# Relative sizes, so that a reader's own font settings win; colours keep 4.5:1 contrast on white.
STYLESHEET = (Path(__file__).parent / "style.css").read_bytes()
GROUPINGS = ("publisher", "date", "none")
DEFAULT_GROUPING = "publisher"
NO_DATE_MODIFIED = "1980-01-01T00:00:00Z"
UNKNOWN_PUBLISHER = "Publisher not stated"
UNDATED = "Undated"


# Fixed, so that identifiers never change between releases.
IDENTIFIER_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:newsconv:epub")
# The manifest entries every book has (all but the chapters).
NAV_ITEM = ManifestItem("nav", "nav.xhtml", properties="nav", fixed=True)
NCX_ITEM = ManifestItem("ncx", "toc.ncx", "application/x-dtbncx+xml", fixed=True)
STYLE_ITEM = ManifestItem("css", "style.css", "text/css", fixed=True)
TITLE_ITEM = ManifestItem("title", "title.xhtml", fixed=True)
COLOPHON_ITEM = ManifestItem("colophon", "colophon.xhtml", fixed=True)


class _Book:
    """One EPUB being written: chapters stream out through :meth:`add`, the rest is written by :meth:`finish`."""

    def __init__(self, stream: BinaryIO, *, anthology: bool, group_by: str, title: Optional[str],
                 publisher: Optional[str]) -> None:
        self.anthology = anthology
        self.article_ids: list[Optional[str]] = []
        self.rights: dict[str, None] = {}  # the articles' copyright statements, in order, each once
        self.group_by = group_by
        self.title = title
        self.publisher = publisher
        self.figures = 0
        self.container = Container(stream)
        self.container.put_constant(ROOT + "style.css", STYLESHEET)
        self.entries: list[TocEntry] = []
        self.group_order: dict[str, tuple] = {}  # group label -> its sort key
        self.sources: list[SourceRecord] = []
        self.languages: dict[str, int] = {}
        self.publishers: dict[str, None] = {}  # an ordered set
        self.addresses: dict[str, None] = {}  # the web addresses archived pages were captured from, in order
        self.identity = hashlib.sha256(b"anthology" if anthology else b"book")
        self.newest: Optional[datetime] = None
        self.days: list[str] = []  # [first, last] publication day seen
        # A single book's own metadata: its cleaned articles and its digest publisher, date and site.
        self.single_articles: list[Article] = []
        self.single_digest: tuple[Optional[str], Optional[str], Optional[str]] = (None, None, None)

    # -- streaming part --

    def add(self, document: Document) -> None:
        capture = document["capture"]
        source = capture["source"]
        # In a bundle a message names the document too: "story.txt: $.articles[0].headline".
        prefix = at("$", source["file"])
        digest = document["digest"]
        digest_publisher = clean(digest["publisher"], f"{prefix}.digest.publisher") if digest else None
        digest_published = digest["published"] if digest else None
        # A book is identified by its articles' identities (the same for a re-capture of the same articles);
        # a document without them (a 1.0 document) by its capture's bytes.
        ids = [a.get("id") for a in document["articles"]]
        self.identity.update(("\n".join(ids) if all(ids) else source["sha256"]).encode("utf-8", "replace") + b"\n")
        self.article_ids.extend(ids)
        for article in document["articles"]:
            statement = clean((article.get("rights") or {}).get("statement"), f"{prefix}.rights.statement")
            if statement:
                self.rights.setdefault(statement, None)
        self._see_date(capture["captured"])
        self._see_date(digest_published)
        articles = document["articles"]
        if not articles:
            raise NewsconvError("a document without articles cannot become a book", file=source["file"])
        fallback = self._fallback_language(articles)
        for number, article in enumerate(articles, 1):
            cleaned = self._add_article(document, article, f"{prefix}.articles[{number - 1}]", digest_publisher,
                                        digest_published, fallback)
            if not self.anthology:  # a single book's metadata comes from its articles
                self.single_articles.append(cleaned)
        site = clean(capture["site"], f"{prefix}.capture.site")
        record = self._archive_record(document, f"{prefix}.capture.archive_record")
        self.sources.append(SourceRecord(clean(source["file"], f"{prefix}.capture.source.file"), source["sha256"], site,
                                         capture["captured"], len(articles), record))
        if not self.anthology:
            self.single_digest = (digest_publisher, digest_published, site)

    def _archive_record(self, document: Document, where: str) -> Optional[dict[str, Any]]:
        """The web archive record the document was read from, cleaned; its address is one of the book's sources."""
        record = archive_record(document)
        if record is None:
            return None
        cleaned = {key: clean(value, f"{where}.{key}") if isinstance(value, str) else value
                   for key, value in record.items()}
        if cleaned["target_uri"]:
            self.addresses.setdefault(cleaned["target_uri"], None)
        return cleaned

    def _fallback_language(self, articles: list[Article]) -> str:
        """The language for an article the reader could not tell (``und``, often a headline with no text):
        the commonest known one of its document, else of the book so far, else ``und`` after all."""
        counts: dict[str, int] = {}
        for article in articles:
            tag = language_tag(article["language"])
            if tag != UNDETERMINED:
                counts[tag] = counts.get(tag, 0) + 1
        pool = counts or {tag: n for tag, n in self.languages.items() if tag != UNDETERMINED}
        return max(pool, key=pool.__getitem__) if pool else UNDETERMINED  # ties: the first seen

    def _add_article(self, document: Document, article: Article, where: str, digest_publisher: Optional[str],
                     digest_published: Optional[str], fallback: str) -> Article:
        article = clean_article(article, where)
        language = language_tag(article["language"])
        if language == UNDETERMINED:
            language = fallback
        self.languages[language] = self.languages.get(language, 0) + 1
        self.figures += sum(1 for block in article["blocks"] if block["type"] == "figure")
        publisher = article["publisher"] or digest_publisher
        if publisher:
            self.publishers.setdefault(publisher, None)
        published = article["published"] or digest_published
        self._see_date(article["published"])
        day = day_of(published)
        if day:
            self.days = [min(self.days[0], day), max(self.days[1], day)] if self.days else [day, day]
        number = len(self.entries) + 1
        label = " ".join(article["headline"].split()) if article["headline"] \
            else untitled(publisher, day, day_of(document["capture"]["captured"]))
        self.container.put(ROOT + chapter_href(number), chapter(document, article, label, language, where))
        group: Optional[str] = None
        if self.group_by == "publisher":
            group = publisher or UNKNOWN_PUBLISHER
            if group not in self.group_order:
                self.group_order[group] = (0, group.casefold(), group) if publisher else (1, "", "")
        elif self.group_by == "date":
            group = day or UNDATED
            if group not in self.group_order:
                self.group_order[group] = (0, group) if day else (1, "")
        # One shared string per distinct value, not one per article.
        self.entries.append(TocEntry(number, label, sys.intern(language), sys.intern(group) if group else None,
                                     section_headings(article)))
        return article

    def _see_date(self, value: Optional[str]) -> None:
        moment = parse_when(value)
        if moment is not None and (self.newest is None or moment > self.newest):
            self.newest = moment

    # -- closing part --

    def finish(self) -> None:
        if self.group_by == "none":
            entries = self.entries
            groups = [TocGroup(None, entries)]
        else:  # stable: articles keep their given order inside a group
            entries = sorted(self.entries, key=lambda entry: self.group_order[entry.group])  # type: ignore[index]
            groups = _groups(entries)
        identifier = f"urn:uuid:{uuid.uuid5(IDENTIFIER_NAMESPACE, self.identity.hexdigest())}"
        if len(self.article_ids) == 1 and self.article_ids[0]:
            identifier = self.article_ids[0]  # a book of one article is that article: the same id in every format
        title = self._title()
        colophon = ("colophon.xhtml", "Sources")
        landmarks = [("bodymatter", entries[0].href, "Start of content"), ("colophon", colophon[0], "Sources")]
        if self.anthology:
            landmarks[:0] = [("titlepage", "title.xhtml", "Title page"), ("toc", "nav.xhtml#toc", "Contents")]
            self.container.put(ROOT + "title.xhtml", title_page(title, self._title_facts()))
        self.container.put(ROOT + "nav.xhtml", nav_page(groups, landmarks, [colophon]))
        self.container.put(ROOT + "toc.ncx", ncx_document(identifier, title, groups, [colophon]))
        self.container.put(ROOT + colophon[0], colophon_page(self.sources, self._colophon_notes(), "$.capture.captured"))
        self.container.put(ROOT + "content.opf", self._package(identifier, title, entries))
        self.container.close()

    def _package(self, identifier: str, title: str, reading_order: list[TocEntry]) -> Iterator[str]:
        modified = self.newest.strftime("%Y-%m-%dT%H:%M:%SZ") if self.newest else NO_DATE_MODIFIED
        meta = PackageMetadata(
            identifier=identifier, title=title, languages=self._languages(), modified=modified,
            accessibility_summary=self._accessibility_summary(), publisher=self.publisher,
            sources=[*self.publishers, *self.addresses], rights=list(self.rights),
        )
        if self.anthology:
            meta.date = self.days[1] if self.days else (modified[:10] if self.newest else None)
        else:
            self._single_metadata(meta)
        return package_document(meta, self._manifest(), self._spine(reading_order))

    def _manifest(self) -> Iterator[ManifestItem]:
        yield NAV_ITEM
        yield NCX_ITEM
        yield STYLE_ITEM
        if self.anthology:
            yield TITLE_ITEM
        for entry in self.entries:
            yield ManifestItem(entry.href[:-6], entry.href)
        yield COLOPHON_ITEM

    def _spine(self, reading_order: list[TocEntry]) -> Iterator[tuple[str, bool]]:
        if self.anthology:  # the title page and the contents are read before the articles
            yield ("title", True)
            yield ("nav", True)
        for entry in reading_order:
            yield (entry.href[:-6], True)
        yield ("colophon", True)

    def _single_metadata(self, meta: PackageMetadata) -> None:
        articles = self.single_articles
        digest_publisher, digest_published, _ = self.single_digest
        names = dict.fromkeys(name for a in articles for name in people(a["byline"]))
        meta.creators = [(name, file_as(name)) for name in names]
        if digest_publisher and digest_publisher not in self.publishers:
            meta.sources = [*meta.sources, digest_publisher]
        first = articles[0]
        meta.date = day_of(first["published"] or digest_published)
        if len(articles) == 1 and first["summary"]:
            meta.description = " ".join(first["summary"])
        meta.subjects = list(dict.fromkeys(tag for a in articles for tag in a["tags"]))

    def _languages(self) -> list[str]:
        ranked = sorted(self.languages, key=lambda tag: -self.languages[tag])  # stable: ties keep first-seen order
        known = [tag for tag in ranked if tag != UNDETERMINED]
        return known or [UNDETERMINED]

    def _title(self) -> str:
        if self.title:
            return self.title
        if self.anthology:
            span = ""
            if self.days:
                span = f", {self.days[0]}" if self.days[0] == self.days[1] else f", {self.days[0]} to {self.days[1]}"
            return f"News anthology{span}"
        digest_publisher, digest_published, site = self.single_digest
        if len(self.single_articles) > 1 and digest_publisher:
            day = day_of(digest_published)
            return f"{digest_publisher}, {day}" if day else digest_publisher
        if len(self.single_articles) > 1 and site:
            return site
        return self.entries[0].label

    def _title_facts(self) -> list[str]:
        count = len(self.entries)
        captures = len(self.sources)
        facts = [f"{count} article{'s' if count != 1 else ''} from {captures} capture{'s' if captures != 1 else ''}"]
        if self.days:
            facts.append(f"Published {self.days[0]}" if self.days[0] == self.days[1]
                         else f"Published {self.days[0]} to {self.days[1]}")
        facts.append({"publisher": "Arranged by publisher", "date": "Arranged by date",
                      "none": "In the order the captures were given"}[self.group_by])
        return facts

    def _accessibility_summary(self) -> str:
        """What a reader can rely on in this book, said of this book: its headings, its contents, its figures."""
        sections = any(entry.sections for entry in self.entries)
        grouping = {"publisher": ", grouped by publisher", "date": ", grouped by day of publication"}
        parts = ["This book is text only. Each article is a chapter that opens with its title as a level-one "
                 "heading" + ("; its section headings are level two" if sections else "") + ".",
                 "The table of contents lists every chapter" + grouping.get(self.group_by, "")
                 + (", with its section headings under it" if sections else "") + "."]
        if self.figures:
            parts.append("The pictures of the original pages are not included: each is given in words, by its "
                         "caption, its credit and, where the page had one, its description.")
        parts.append("There is no audio, video or animation, and nothing flashes.")
        return " ".join(parts)

    def _colophon_notes(self) -> list[str]:
        many = len(self.sources) != 1
        return [f"This book was made from the text capture{'s' if many else ''} listed below. "
                "Each SHA-256 identifies the exact file read."]


def _groups(entries: list[TocEntry]) -> list[TocGroup]:
    """Runs of entries with the same group label (entries are already in group order)."""
    runs: list[tuple[Optional[str], list[TocEntry]]] = []
    for entry in entries:
        if runs and runs[-1][0] == entry.group:
            runs[-1][1].append(entry)
        else:
            runs.append((entry.group, [entry]))
    return [TocGroup(label, members) for label, members in runs]


def _check_grouping(group_by: str) -> None:
    if group_by not in GROUPINGS:
        raise NewsconvError(f"unknown EPUB grouping {group_by!r}; choose one of {', '.join(GROUPINGS)}")


def _write_book(documents: Iterator[Document], stream: BinaryIO, *, anthology: bool, group_by: str,
                title: Optional[str], publisher: Optional[str]) -> None:
    _check_grouping(group_by)
    book = _Book(stream, anthology=anthology, group_by=group_by, title=clean(title, "the title option"),
                 publisher=clean(publisher, "the publisher option"))
    for document in documents:
        book.add(document)
    book.finish()


# -- public API -----------------------------------------------------------------------------------


def write(document: Document, *, group_by: str = "none", title: Optional[str] = None,
          publisher: Optional[str] = None) -> bytes:
    """One document as an EPUB 3 book; the options as for :func:`write_bundle`
    (a digest's articles are listed in their order unless ``group_by`` says otherwise)."""
    buffer = io.BytesIO()
    _write_book(iter([document]), buffer, anthology=False, group_by=group_by, title=title, publisher=publisher)
    return buffer.getvalue()


def write_bundle(documents: Iterable[Document], stream: BinaryIO, *, group_by: str = DEFAULT_GROUPING,
                 title: Optional[str] = None, publisher: Optional[str] = None) -> None:
    """Many documents as one EPUB 3 anthology, written to ``stream`` as they arrive.

    ``group_by`` is ``"publisher"`` (default), ``"date"`` or ``"none"``; ``title``
    replaces the default "News anthology, FIRST to LAST"; ``publisher`` is whoever
    publishes the book (``dc:publisher``; none by default: the articles' own publishers
    are its sources). A stream that cannot seek (a pipe) is fed from a temporary file,
    so the bytes are the same.
    """
    _check_grouping(group_by)
    # Cleaned before any document is read (and so warned about once): _write_book finds nothing left to drop.
    title, publisher = clean(title, "the title option"), clean(publisher, "the publisher option")
    iterator = iter(documents)
    try:
        first = next(iterator)
    except StopIteration:
        raise NewsconvError("an EPUB anthology needs at least one document") from None
    documents_again = _chain(first, iterator)
    options = {"anthology": True, "group_by": group_by, "title": title, "publisher": publisher}
    if _seekable(stream):
        _write_book(documents_again, stream, **options)  # type: ignore[arg-type]
        return
    import shutil  # only a stream that cannot seek needs a spool file
    import tempfile

    with tempfile.TemporaryFile() as spool:
        _write_book(documents_again, spool, **options)  # type: ignore[arg-type]
        spool.seek(0)
        shutil.copyfileobj(spool, stream)


def _chain(first: Document, rest: Iterator[Document]) -> Iterator[Document]:
    yield first
    yield from rest


def _seekable(stream: BinaryIO) -> bool:
    try:
        return bool(stream.seekable())
    except (AttributeError, ValueError, OSError):
        return False


WRITER = Writer(
    name="epub",
    extension=".epub",
    description="EPUB 3 e-book: one book per document, or an anthology with a grouped table of contents",
    write=write,
    write_bundle=write_bundle,
    options=(
        Option("group_by", "how the table of contents groups the articles (default: publisher for a bundle, "
               "none for one document)", choices=GROUPINGS),
        Option("title", "the book's title (default: the headline, or \"News anthology, FIRST to LAST\" for a bundle)"),
        Option("publisher", "who publishes the book, as its dc:publisher (default: none; the articles' own "
               "publishers are listed as its sources)"),
    ),
)

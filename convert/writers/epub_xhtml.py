"""The XHTML content documents of an EPUB: article chapters, title page, navigation, colophon.

Pages are built as strings rather than trees: every text goes through
:func:`~convert.writers.epub_text.esc` (XML-legal, escaped), the markup around it
is fixed, and string building is several times faster than lxml for pages this
simple. No element carries an ``id`` except the two ``nav`` elements, so ids can
never clash.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator, Optional, Sequence

from ..errors import NewsconvError
from ..model import Article, Block, Document
from .epub_text import esc, time_element

STYLESHEET_HREF = "style.css"
EMPTY_ARTICLE = "The capture holds no text for this article."
SEPARATOR = '<span class="sep" aria-hidden="true"> · </span>'


@dataclass(frozen=True, slots=True)
class TocEntry:
    """What the navigation needs to know of one chapter, kept in memory until the book is finished."""

    number: int
    label: str
    language: str
    group: Optional[str]

    @property
    def href(self) -> str:
        return chapter_href(self.number)


@dataclass(frozen=True)
class TocGroup:
    label: Optional[str]  # None: entries shown without a group heading
    entries: Sequence[TocEntry]


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """One capture, as the colophon lists it."""

    file: Optional[str]
    sha256: str
    site: Optional[str]
    captured: Optional[str]
    articles: int


def chapter_href(number: int) -> str:
    return f"ch{number:05d}.xhtml"


def page_head(title: str, language: str, where: str) -> str:
    """The start of an XHTML content document, up to ``<body>``; :data:`PAGE_END` closes it."""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"'
        f' xml:lang="{language}" lang="{language}">\n<head>\n<title>{esc(title, where)}</title>\n'
        f'<link rel="stylesheet" type="text/css" href="{STYLESHEET_HREF}"/>\n</head>\n'
    )


PAGE_END = "</html>\n"


# -- article chapters -----------------------------------------------------------------------------


def chapter(document: Document, article: Article, label: str, language: str, where: str) -> str:
    """One article as a chapter: headline, publisher, date and dateline on top, then its blocks."""
    parts = []
    if article["headline"]:
        parts.append(f"<h1>{esc(article['headline'], where + ' headline')}</h1>\n")
    meta = _meta_line(document, article, where)
    if meta:
        parts.append(f'<p class="meta">{meta}</p>\n')
    if article["byline"]:
        parts.append(f'<p class="byline">{esc(article["byline"], where + " byline")}</p>\n')
    summary = article["summary"]
    if len(summary) == 1:
        parts.append(f'<p class="summary">{esc(summary[0], where + " summary")}</p>\n')
    elif summary:
        items = "".join(f"<li>{esc(s, where + ' summary')}</li>" for s in summary)
        parts.append(f'<ul class="summary">{items}</ul>\n')
    head = "".join(parts)
    parts = ['<body epub:type="bodymatter">\n<article epub:type="chapter">\n']
    if head:  # a header only when there is something to put in it
        parts.append(f"<header>\n{head}</header>\n")
    for number, block in enumerate(article["blocks"], 1):
        parts.append(_block(block, f"{where} block {number}"))
    if not head and not article["blocks"]:  # say so, rather than leave an empty page
        parts.append(f'<p class="note">{EMPTY_ARTICLE}</p>\n')
    if article["tags"]:
        tags = ", ".join(esc(t, where + " tags") for t in article["tags"])
        parts.append(f'<footer>\n<p class="tags"><span class="tags-label">Tags:</span> {tags}</p>\n</footer>\n')
    parts.append("</article>\n</body>\n" + PAGE_END)
    return page_head(label, language, where) + "".join(parts)


def _meta_line(document: Document, article: Article, where: str) -> str:
    """Publisher · date · dateline, each only when known (the capture date is said to be one)."""
    items = []
    if article["publisher"]:
        items.append(f'<span class="publisher">{esc(article["publisher"], where + " publisher")}</span>')
    digest = document["digest"]
    published = article["published"] or (digest["published"] if digest else None)
    captured = document["capture"]["captured"]
    if published:
        items.append(time_element(published, where + " date"))
    elif captured:
        items.append('<span class="date-note">Captured</span> ' + time_element(captured, where + " date"))
    if article["dateline"]:
        items.append(f'<span class="dateline">{esc(article["dateline"], where + " dateline")}</span>')
    return SEPARATOR.join(items)


def _block(block: Block, where: str) -> str:
    kind = block["type"]
    if kind == "paragraph":
        return f"<p>{esc(block['text'], where)}</p>\n"  # type: ignore[typeddict-item]
    if kind == "heading":
        return f"<h2>{esc(block['text'], where)}</h2>\n"  # type: ignore[typeddict-item]
    if kind == "quote":
        return f"<blockquote><p>{esc(block['text'], where)}</p></blockquote>\n"  # type: ignore[typeddict-item]
    if kind == "list":
        items = "".join(f"<li>{esc(item, where)}</li>" for item in block["items"])  # type: ignore[typeddict-item]
        return f"<ul>{items}</ul>\n"
    if kind == "figure":
        return _figure(block, where)
    raise NewsconvError(f"{where}: unknown block type {kind!r}")


def _figure(block: Block, where: str) -> str:
    """A captioned block; there is no image file, so its description (if any) stands in for it."""
    parts = ['<figure class="figure">']
    if block.get("alt"):
        parts.append(f'<p class="figure-description">{esc(block["alt"], where + " alt")}</p>')  # type: ignore
    parts.append("<figcaption>")
    if block.get("label"):
        parts.append(f'<span class="figure-label">{esc(block["label"], where + " label")}</span> ')  # type: ignore
    parts.append(esc(block["caption"], where))  # type: ignore[typeddict-item]
    if block.get("credit"):
        parts.append(f' <small class="credit">{esc(block["credit"], where + " credit")}</small>')  # type: ignore
    parts.append("</figcaption></figure>\n")
    return "".join(parts)


# -- anthology pages ------------------------------------------------------------------------------


def title_page(title: str, lines: Iterable[str], where: str) -> str:
    """The anthology's title page: its title and a few plain facts about what is inside."""
    facts = "".join(f"<p>{esc(line, where)}</p>\n" for line in lines)
    body = (
        '<body epub:type="frontmatter">\n<section epub:type="titlepage" class="titlepage">\n'
        f"<h1>{esc(title, where)}</h1>\n{facts}</section>\n</body>\n"
    )
    return page_head(title, "en", where) + body + PAGE_END


def nav_page(groups: Sequence[TocGroup], landmarks: Sequence[tuple[str, str, str]], extra: Sequence[tuple[str, str]],
             where: str) -> Iterator[str]:
    """The EPUB navigation document, in pieces: the table of contents (grouped or flat) and the landmarks.

    ``landmarks`` are (epub:type, href, label); ``extra`` are (href, label) entries
    appended to the contents after the articles (e.g. the colophon).
    """
    yield page_head("Contents", "en", where)
    yield '<body epub:type="frontmatter">\n<nav epub:type="toc" role="doc-toc" id="toc">\n<h1>Contents</h1>\n'
    yield '<ol class="toc">\n'
    for group in groups:
        if group.label is not None:
            yield f'<li><span class="group">{esc(group.label, where)}</span>\n<ol>\n'
        for entry in group.entries:
            yield _nav_link(entry, where)
        if group.label is not None:
            yield "</ol></li>\n"
    for href, label in extra:
        yield f'<li><a href="{href}">{esc(label, where)}</a></li>\n'
    yield '</ol>\n</nav>\n<nav epub:type="landmarks" id="landmarks" hidden="hidden">\n<h2>Landmarks</h2>\n<ol>\n'
    for kind, href, label in landmarks:
        yield f'<li><a epub:type="{kind}" href="{href}">{esc(label, where)}</a></li>\n'
    yield "</ol>\n</nav>\n</body>\n" + PAGE_END


def _nav_link(entry: TocEntry, where: str) -> str:
    lang = "" if entry.language == "en" else f' xml:lang="{entry.language}" lang="{entry.language}"'
    return f'<li><a href="{entry.href}"{lang}>{esc(entry.label, where)}</a></li>\n'


def colophon_page(sources: Iterable[SourceRecord], notes: Iterable[str], where: str) -> Iterator[str]:
    """The sources the book was made from, in pieces: file name, SHA-256 and capture date of each."""
    yield page_head("Sources", "en", where)
    yield '<body epub:type="backmatter">\n<section epub:type="colophon" class="colophon">\n<h1>Sources</h1>\n'
    for note in notes:
        yield f"<p>{esc(note, where)}</p>\n"
    yield '<ol class="sources">\n'
    for source in sources:
        name = esc(source.file, where) if source.file else "Unnamed capture"
        facts = []
        if source.site:
            facts.append(f'<span class="site">{esc(source.site, where)}</span>')
        if source.captured:
            facts.append("captured " + time_element(source.captured, where))
        facts.append(f"{source.articles} article" + ("" if source.articles == 1 else "s"))
        yield (
            f'<li><p class="source-file">{name}</p>\n<p class="source-facts">{SEPARATOR.join(facts)}</p>\n'
            f'<p class="source-hash">SHA-256 <code>{esc(source.sha256, where)}</code></p></li>\n'
        )
    yield "</ol>\n</section>\n</body>\n" + PAGE_END

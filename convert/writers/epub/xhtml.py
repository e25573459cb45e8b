"""The XHTML content documents of an EPUB: article chapters, title page, navigation, colophon.

Built as strings (faster than a tree for pages this simple); what each page holds: docs/formats/epub.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Iterator, Optional, Sequence

from ...errors import NewsconvError
from ...model import Article, Block, Document
from .text import Fixed, time_element
from .._xmltext import clean, escape_text

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
    sections: tuple[str, ...] = ()  # the chapter's section headings, in order

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
    record: Optional[dict[str, Any]] = None  # the web archive record it was read from, cleaned


def chapter_href(number: int) -> str:
    return f"ch{number:05d}.xhtml"


def page_head(title: str, language: str) -> str:
    """The start of an XHTML content document, up to ``<body>``; :data:`PAGE_END` closes it.

    ``title`` and every other text handed to the page functions below is already
    XML-legal (see :func:`clean_article`); they only escape it.
    """
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"'
        f' xml:lang="{language}" lang="{language}">\n<head>\n<title>{escape_text(title)}</title>\n'
        f'<link rel="stylesheet" type="text/css" href="{STYLESHEET_HREF}"/>\n</head>\n'
    )


PAGE_END = "</html>\n"

# The markup around the contents and the sources, the same in every book (see Fixed).
_NAV_START = Fixed(page_head("Contents", "en") + '<body epub:type="frontmatter">\n'
                   '<nav epub:type="toc" role="doc-toc" id="toc">\n<h1>Contents</h1>\n<ol class="toc">\n')
_NAV_LANDMARKS = Fixed('</ol>\n</nav>\n<nav epub:type="landmarks" id="landmarks" hidden="hidden">\n'
                       "<h2>Landmarks</h2>\n<ol>\n")
_NAV_END = Fixed("</ol>\n</nav>\n</body>\n" + PAGE_END)
_COLOPHON_START = Fixed(page_head("Sources", "en") + '<body epub:type="backmatter">\n'
                        '<section epub:type="colophon" role="doc-colophon" class="colophon">\n<h1>Sources</h1>\n')
_SOURCES_START = Fixed('<ol class="sources">\n')
_COLOPHON_END = Fixed("</ol>\n</section>\n</body>\n" + PAGE_END)


# -- article chapters -----------------------------------------------------------------------------


_TEXT_BLOCKS = frozenset(("paragraph", "heading", "quote"))


def clean_article(article: Article, where: str) -> Article:
    """``article`` with every text made XML-legal once (one warning per text that needed it).

    A text left blank by that is dropped like a missing one, so no page gets an
    empty element and no warning is repeated when the text is used again (the
    headline is also the page title, the contents entry and the NCX label).
    """
    blocks: list[Any] = []
    for number, block in enumerate(article["blocks"]):
        kind = block["type"]
        if kind in _TEXT_BLOCKS:
            text = block["text"]  # type: ignore[typeddict-item]
            if text.isprintable() and text.strip():  # the common case (see has_illegal): nothing to drop
                blocks.append(block)
                continue
            text = clean(text, f"{where}.blocks[{number}].text")
            if text:
                blocks.append({"type": kind, "text": text})
            continue
        at = f"{where}.blocks[{number}]"
        if kind == "list":
            items = [item for item in (clean(i, at + ".items") for i in block["items"]) if item]  # type: ignore[typeddict-item]
            if items:
                blocks.append({"type": "list", "items": items})
        elif kind == "figure":
            figure = {"type": "figure", "caption": clean(block["caption"], at + ".caption"),  # type: ignore[typeddict-item]
                      "credit": clean(block["credit"], at + ".credit"),  # type: ignore[typeddict-item]
                      "label": clean(block["label"], at + ".label"),  # type: ignore[typeddict-item]
                      "alt": clean(block["alt"], at + ".alt")}  # type: ignore[typeddict-item]
            if figure["caption"] or figure["credit"] or figure["alt"]:
                blocks.append(figure)
        else:
            raise NewsconvError(f"{at}: unknown block type {kind!r}")
    return {  # type: ignore[typeddict-item]
        **article,
        "headline": clean(article["headline"], where + ".headline"),
        "publisher": clean(article["publisher"], where + ".publisher"),
        "dateline": clean(article["dateline"], where + ".dateline"),
        "byline": clean(article["byline"], where + ".byline"),
        "tags": [t for t in (clean(tag, where + ".tags") for tag in article["tags"]) if t],
        "summary": [t for t in (clean(item, where + ".summary") for item in article["summary"]) if t],
        "blocks": blocks,
    }


def chapter(document: Document, article: Article, label: str, language: str, where: str) -> str:
    """One article (as :func:`clean_article` returns it) as a chapter.

    Its title (the headline, else ``label``, the honest name of a headline-less article) as the
    ``h1``, then publisher, date and dateline, byline and summary, then the blocks (section
    headings as ``h2`` with the ids the contents link to), then the tags.
    """
    # A title the article lacks and the book gives it is marked, so that reading the book back finds no headline.
    heading = "<h1>" if article["headline"] else '<h1 class="untitled">'
    parts = [f"{heading}{escape_text(article['headline'] or label)}</h1>\n"]
    meta = _meta_line(document, article, where)
    if meta:
        parts.append(f'<p class="meta">{meta}</p>\n')
    if article["byline"]:
        parts.append(f'<p class="byline">{escape_text(article["byline"])}</p>\n')
    summary = article["summary"]
    if len(summary) == 1:
        parts.append(f'<p class="summary">{escape_text(summary[0])}</p>\n')
    elif summary:
        items = "".join(f"<li>{escape_text(s)}</li>" for s in summary)
        parts.append(f'<ul class="summary">{items}</ul>\n')
    head = "".join(parts)
    # A section, not an article: ARIA allows the doc-chapter role that matches epub:type on a section only.
    parts = ['<body epub:type="bodymatter">\n<section epub:type="chapter" role="doc-chapter">\n',
             f"<header>\n{head}</header>\n"]
    parts.extend(_blocks(article["blocks"]))
    if not article["blocks"] and not meta and not article["byline"] and not summary:
        parts.append(f'<p class="note">{EMPTY_ARTICLE}</p>\n')  # say so, rather than leave a bare title
    if article["tags"]:
        tags = ", ".join(escape_text(t) for t in article["tags"])
        parts.append(f'<footer>\n<p class="tags"><span class="tags-label">Tags:</span> {tags}</p>\n</footer>\n')
    parts.append("</section>\n</body>\n" + PAGE_END)
    return page_head(label, language) + "".join(parts)


def section_headings(article: Article) -> tuple[str, ...]:
    """The texts of the article's heading blocks: the chapter's sections, as the contents list them."""
    return tuple(block["text"] for block in article["blocks"]  # type: ignore[typeddict-item]
                 if block["type"] == "heading")


def section_id(number: int) -> str:
    return f"s{number}"


def _meta_line(document: Document, article: Article, where: str) -> str:
    """Publisher · date · dateline, each only when known (the capture date is said to be one)."""
    items = []
    if article["publisher"]:
        items.append(f'<span class="publisher">{escape_text(article["publisher"])}</span>')
    digest = document["digest"]
    published = article["published"] or (digest["published"] if digest else None)
    captured = document["capture"]["captured"]
    if published:
        items.append(time_element(published, where + ".published"))
    elif captured:
        items.append('<span class="date-note">Captured</span> ' + time_element(captured, where + ".published"))
    if article["dateline"]:
        items.append(f'<span class="dateline">{escape_text(article["dateline"])}</span>')
    return SEPARATOR.join(items)


def _blocks(blocks: list[Block]) -> list[str]:
    html = []
    sections = 0
    for block in blocks:
        kind = block["type"]
        if kind == "paragraph":  # by far the commonest
            html.append(f"<p>{escape_text(block['text'])}</p>\n")  # type: ignore[typeddict-item]
        elif kind == "heading":
            sections += 1
            html.append(f'<h2 id="{section_id(sections)}">{escape_text(block["text"])}</h2>\n')  # type: ignore
        elif kind == "quote":
            html.append(f"<blockquote><p>{escape_text(block['text'])}</p></blockquote>\n")  # type: ignore[typeddict-item]
        elif kind == "list":
            html.append("<ul>" + "".join(f"<li>{escape_text(item)}</li>" for item in block["items"]) + "</ul>\n")  # type: ignore
        else:
            html.append(_figure(block))
    return html


def _figure(block: Any) -> str:
    """A captioned block; there is no image file, so its description (if any) stands in for it.

    Label, caption and credit are separate elements, and each ends in punctuation or is set apart
    by a word, so that a text-only reader or a screen reader keeps them apart too.
    """
    parts = ['<figure class="figure">']
    if block["alt"]:
        parts.append(f'<p class="figure-description">Picture: {escape_text(block["alt"])}</p>')
    caption = []
    if block["label"] and (block["caption"] or block["credit"]):
        caption.append(f'<span class="figure-label">{escape_text(block["label"])}:</span> ')
    if block["caption"]:
        caption.append(f'<span class="caption">{escape_text(block["caption"])}</span>')
    if block["credit"]:
        caption.append(f' <span class="credit">Credit: {escape_text(block["credit"])}</span>')
    if caption:
        parts.append("<figcaption>" + "".join(caption).strip() + "</figcaption>")
    parts.append("</figure>\n")
    return "".join(parts)


# -- anthology pages ------------------------------------------------------------------------------


def title_page(title: str, lines: Iterable[str]) -> str:
    """The anthology's title page: its title and a few plain facts about what is inside."""
    facts = "".join(f"<p>{escape_text(line)}</p>\n" for line in lines)
    body = (
        '<body epub:type="frontmatter">\n<section epub:type="titlepage" class="titlepage">\n'
        f"<h1>{escape_text(title)}</h1>\n{facts}</section>\n</body>\n"
    )
    return page_head(title, "en") + body + PAGE_END


def nav_page(groups: Sequence[TocGroup], landmarks: Sequence[tuple[str, str, str]],
             extra: Sequence[tuple[str, str]]) -> Iterator[str]:
    """The EPUB navigation document, in pieces: the table of contents (grouped or flat) and the landmarks.

    ``landmarks`` are (epub:type, href, label); ``extra`` are (href, label) entries
    appended to the contents after the articles (e.g. the colophon).
    """
    yield _NAV_START
    for group in groups:
        if group.label is not None:
            yield f'<li><span class="group">{escape_text(group.label)}</span>\n<ol>\n'
        for entry in group.entries:
            yield _nav_link(entry)
        if group.label is not None:
            yield "</ol></li>\n"
    for href, label in extra:
        yield _extra_link(href, label)
    yield _NAV_LANDMARKS
    for kind, href, label in landmarks:
        yield _landmark_link(kind, href, label)
    yield _NAV_END


# The few extra and landmark links recur from book to book, so they count as fixed text.
@lru_cache(maxsize=64)
def _extra_link(href: str, label: str) -> Fixed:
    return Fixed(f'<li><a href="{href}">{escape_text(label)}</a></li>\n')


@lru_cache(maxsize=64)
def _landmark_link(kind: str, href: str, label: str) -> Fixed:
    return Fixed(f'<li><a epub:type="{kind}" href="{href}">{escape_text(label)}</a></li>\n')


@lru_cache(maxsize=64)
def _note(text: str) -> Fixed:
    return Fixed(f"<p>{escape_text(text)}</p>\n")


def _nav_link(entry: TocEntry) -> str:
    """A chapter in the contents, with its section headings listed under it."""
    lang = "" if entry.language == "en" else f' xml:lang="{entry.language}" lang="{entry.language}"'
    link = f'<li><a href="{entry.href}"{lang}>{escape_text(entry.label)}</a>'
    if not entry.sections:
        return link + "</li>\n"
    items = "".join(f'<li><a href="{entry.href}#{section_id(number)}">{escape_text(text)}</a></li>\n'
                    for number, text in enumerate(entry.sections, 1))
    return f"{link}\n<ol{lang}>\n{items}</ol></li>\n"


def _archived(record: dict[str, Any], where: str) -> str:
    """What identifies a web archive record: the page's address, the capture's time, the record's id and
    the payload's digest, each as the WARC field that gives it."""
    facts = []
    if record["target_uri"]:
        facts.append(f'<p class="source-address">WARC-Target-URI <code>{escape_text(record["target_uri"])}</code></p>')
    if record["date"]:
        facts.append(f'<p class="source-date">WARC-Date {time_element(record["date"], where)}</p>')
    if record["record_id"]:
        facts.append(f'<p class="source-record">WARC-Record-ID <code>{escape_text(record["record_id"])}</code></p>')
    if record["payload_digest"]:
        facts.append(f'<p class="source-hash">WARC-Payload-Digest <code>{escape_text(record["payload_digest"])}</code></p>')
    return "".join(f"{fact}\n" for fact in facts)


def colophon_page(sources: Iterable[SourceRecord], notes: Iterable[str], where: str) -> Iterator[str]:
    """The sources the book was made from, in pieces: file name, SHA-256 and capture date of each."""
    yield _COLOPHON_START
    for note in notes:
        yield _note(note)
    yield _SOURCES_START
    for source in sources:
        record = source.record
        if source.file:
            name = escape_text(source.file)
        elif record is not None:
            name = f"{escape_text(record['archive'])}, the record at byte {record['offset']:,}"
        else:
            name = "Unnamed capture"
        facts = []
        if source.site:
            facts.append(f'<span class="site">{escape_text(source.site)}</span>')
        if source.captured:
            facts.append("captured " + time_element(source.captured, where))
        facts.append(f"{source.articles} article" + ("" if source.articles == 1 else "s"))
        yield (
            f'<li><p class="source-file">{name}</p>\n<p class="source-facts">{SEPARATOR.join(facts)}</p>\n'
            f'<p class="source-hash">SHA-256 <code>{escape_text(source.sha256)}</code></p>\n'
            f"{_archived(record, where) if record is not None else ''}</li>\n"
        )
    yield _COLOPHON_END

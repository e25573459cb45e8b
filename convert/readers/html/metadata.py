"""The article's metadata: what the page declares (declared.py), else what trafilatura reads from its markup,
checked and tidied, with the line of the page each value was found on."""

from __future__ import annotations

import re
from typing import Any, Optional

from lxml import etree

from ..capture.dates import parse_date
from .blocks import text_content
from .declared import SITE_KEYS, TITLE_KEYS, Declared, declared

_LANGUAGE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{2}|\d{3}))?\b")
_AUTHOR_SEPARATOR = re.compile(r"\s*;\s*")
_TAG_SEPARATOR = re.compile(r"\s*[,;|]\s*")
_SPACES = re.compile(r"\s+")


def page_metadata(extracted: Any, tree: Any, url: Optional[str]) -> dict[str, Any]:
    """Fields for the article and the capture, and ``field_lines``: the page line each was found on."""
    page = declared(tree)
    site = _clean(page.publisher or page.first_meta(SITE_KEYS) or extracted.sitename)
    headline = _title(extracted, tree, page, site)
    # Names the page declares are as it writes them; names found in its text need tidying.
    byline = ", ".join(page.authors) or _as_printed(_byline(extracted.author or _marked_author(tree)), tree)
    lines = {"headline": _line_of(tree, headline, ("h1", "title", "meta")),
             "byline": _line_of(tree, byline, ("meta", "a", "span", "div", "p")),
             "published": _meta_line(tree, ("date", "published", "time")),
             "publisher": _meta_line(tree, ("site_name", "publisher", "application-name"))}
    description = _clean(extracted.description)
    return {
        "headline": headline,
        "byline": byline,
        "published": _date(extracted.date),
        "publisher": site,
        "site": site,
        "tags": _tags([*(extracted.categories or ()), *(extracted.tags or ())]),
        "summary": [description] if description else [],
        "language": _language(tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
                              or extracted.language),
        "url": extracted.url or url,
        "field_lines": {key: line for key, line in lines.items() if line is not None},
    }


def _clean(text: Optional[str]) -> Optional[str]:
    return _SPACES.sub(" ", text).strip() or None if text else None


def _title(extracted: Any, tree: Any, page: Declared, site: Optional[str]) -> Optional[str]:
    """The page's own title for the article, as it gives it: its Dublin Core, Open Graph or Twitter title, else
    its JSON-LD article's headline. Without one, a single ``h1`` that the ``<title>`` contains is the headline,
    and otherwise the ``<title>`` says what the page is (an ``h1`` may be a section's name), without the site's
    name that a ``<title>`` adds to it."""
    declared_title = page.first_meta(TITLE_KEYS) or page.headline
    if declared_title:
        return declared_title
    found = _without_site(_clean(extracted.title), site)
    page_title = _clean(next((text_content(t) for t in tree.iter("title")), None))
    headings = [_clean(text_content(h)) for h in tree.iter("h1")]
    headings = [h for h in headings if h]
    if len(headings) == 1 and (page_title is None or headings[0].casefold() in page_title.casefold()):
        return headings[0]
    return _without_site(page_title, site) or found


# A title's separators before or after the site's name: "Headline | Site", "Site - Headline", "Headline – Site".
_TITLE_SEPARATORS = ("|", "-", "–", "—", "::", "·", "•", "»", "/", ":", "_")


def _without_site(title: Optional[str], site: Optional[str]) -> Optional[str]:
    """The title without the site's name that pages add before or after the headline, when the site is known."""
    if not title or not site:
        return title
    name = site.casefold()
    for separator in _TITLE_SEPARATORS:
        head, sep, tail = title.rpartition(f" {separator} ")
        if sep and head.strip() and tail.strip().casefold() == name:
            return head.strip()
        head, sep, tail = title.partition(f" {separator} ")
        if sep and tail.strip() and head.strip().casefold() == name:
            return tail.strip()
    return title


# Where the markup names the article's author: a link to the author's page, or schema.org microdata.
_AUTHOR_MARKUP = etree.XPath("//body//*[@rel='author' or contains(concat(' ', normalize-space(@itemprop), ' '),"
                             " ' author ')][not(ancestor::*[contains(@class, 'comment')])]")
_BY = re.compile(r"^(?:by|par|von|por|door|av)\b\s*:?\s*", re.I)


def _marked_author(tree: Any) -> Optional[str]:
    """The first author the markup names in so many words (a rel="author" link, an itemprop="author"),
    without a leading "By"."""
    for element in _AUTHOR_MARKUP(tree):
        name = _BY.sub("", " ".join(text_content(element).split()))
        if 2 <= len(name) <= 80:
            return name
    return None


# A month's name or abbreviation as a whole word: "Marathe" is a name, not March.
_MONTH_WORDS = re.compile(
    r"(?:\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|"
    r"octobre|novembre|d[ée]cembre)\b\.?|\s+\d[\d:/.,-]*)+$", re.I)


# Words in lower case after a name are what the page printed next to it ("Jane Roe před 2 hodinami"): a name's
# last word is capitalised.
_TRAILING_LOWER = re.compile(r"(?:\s+[^\W\d_A-Z][^\W\d_]*)+$")


def _without_trailing_words(name: str) -> str:
    trailing = _TRAILING_LOWER.search(name)
    if trailing is None:
        return name
    kept = name[: trailing.start()].split()
    return name[: trailing.start()] if kept and kept[-1][:1].isupper() else name


def _byline(author: Optional[str]) -> Optional[str]:
    """trafilatura joins the authors it finds with ``;`` and may find one twice (``Jane Roe; JANE ROE``), or
    keep the month of a date printed after the name (``Jane Roe July``)."""
    names: list[str] = []
    for name in _AUTHOR_SEPARATOR.split(_clean(author) or ""):
        name = _without_trailing_words(_MONTH_WORDS.sub("", name)).strip(" ,")
        if name and name.casefold() not in (n.casefold() for n in names):
            names.append(name)
    return ", ".join(names) or None


def _as_printed(byline: Optional[str], tree: Any) -> Optional[str]:
    """The names as the page prints them: trafilatura drops the full stops of initials (``Nelson D Schwartz``)."""
    if not byline or "." in byline:
        return byline
    words = byline.split()
    pattern = re.compile(r"\b" + r"\.?\s*".join(map(re.escape, words)) + r"\b\.?")
    for element in tree.iter("meta", "a", "span", "p", "div", "address"):
        value = element.get("content") if element.tag == "meta" else element.text
        match = pattern.search(value or "")
        if match is not None:
            return _clean(match.group(0).rstrip("."))
    return byline


def _date(text: Optional[str]) -> Optional[str]:
    return parse_date(text) if text else None


def _tags(values: list[str]) -> list[str]:
    tags: list[str] = []
    for value in values:
        for tag in _TAG_SEPARATOR.split(value or ""):
            tag = _clean(tag)
            if tag and tag.casefold() not in (t.casefold() for t in tags):
                tags.append(tag)
    return tags


def _language(value: Optional[str]) -> Optional[str]:
    match = _LANGUAGE.match((value or "").strip())
    if match is None:
        return None
    primary, region = match.group(1).lower(), match.group(2)
    return f"{primary}-{region.upper()}" if region else primary


def _line_of(tree: Any, text: Optional[str], tags: tuple[str, ...]) -> Optional[int]:
    """The first line where one of ``tags`` holds ``text`` (as its text or its ``content``)."""
    if not text:
        return None
    wanted = text.casefold()
    for tag in tags:
        for element in tree.iter(tag):
            value = element.get("content") if tag == "meta" else text_content(element)
            if value and wanted in _SPACES.sub(" ", value).casefold():
                return element.sourceline
    return None


def _meta_line(tree: Any, words: tuple[str, ...]) -> Optional[int]:
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
        if any(word in key for word in words):
            return element.sourceline
    return None

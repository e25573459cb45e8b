"""The aggregator's pages: a masthead and sponsor header, ``topic``, then an article or a digest.

The layouts (``am1-article``, ``am1-digest`` and their legacy forms), line by line: docs/formats/capture.md.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from ._lazy_patterns import lazy_compile
from .body import is_heading, read_body
from .chrome import chrome_reason, is_shouting
from .datelines import fill_dateline
from .dates import find_date, parse_date
from .draft import ArticleDraft, DocumentDraft
from .people import byline_parts
from .people import is_bare_name
from .text import Line

_TAG = lazy_compile(r"^#(?P<tag>[\w][\w-]*)$")
_PUBLISHER_LINE = lazy_compile(r"^(?P<publisher>[A-Z0-9][^:]{0,48}?):\s+(?P<headline>\S.*)$")
_CONNECTORS = {"of", "the", "and", "&", "for", "on", "in", "de", "la", "at", "to", "a"}
_NEXTIMG = "NextImg:"
_HEADER_SCAN = 40
# "Sponsor: X", "Sponsored by: X", "SPONSOR : X": the sponsor line every aggregator page carries.
_SPONSOR = lazy_compile(r"\bsponsor(?:ed)?(?:\s+by)?\s*:", re.I)
_GLUED_SPONSOR = lazy_compile(r"sponsor(?:ed)?(?:\s+by)?\s*:", re.I)  # (glued to the widget's last word too)


def find_topic(lines: Sequence[Line]) -> Optional[int]:
    """Index of the ``topic`` line if this is an aggregator page, else None."""
    seen = 0
    sponsor = False
    for index, line in enumerate(lines):
        if not line.text:
            continue
        seen += 1
        if seen > _HEADER_SCAN:
            return None
        sponsor = sponsor or ("ponsor" in line.text.lower() and _SPONSOR.search(line.text) is not None)
        if line.text.lower() == "topic":
            return index if sponsor else None
    return None


def _header_end_without_topic(lines: Sequence[Line]) -> Optional[int]:
    """Index of the last line of the aggregator's page header when the capture lost its ``topic`` line: the masthead
    in capitals first, then the capture date and a sponsor line among the header's own lines (the counter, the location
    widget, ``back``); None when the page does not open so."""
    units = [(index, line.text) for index, line in enumerate(lines) if line.text][:_BARE_HEADER_LINES]
    if not units or not is_shouting(units[0][1]) or find_date(units[0][1]) is not None:
        return None
    dated = sponsored = False
    last = units[0][0]
    for index, text in units[1:]:
        if _SPONSOR.search(text) is not None:
            sponsored = True
        elif not (text.isdigit() or text.startswith("|") or _PLACE_WIDGET.match(text) or text.lower() == "back"
                  or find_date(text) is not None and len(text.split()) <= _DATE_LINE_WORDS and (dated := True)):
            break
        last = index
    return last if dated and sponsored else None


_BARE_HEADER_LINES = 12  # at most, in the page header without its topic line
_DATE_LINE_WORDS = 6


def read_aggregator(lines: Sequence[Line]) -> Optional[DocumentDraft]:
    topic = find_topic(lines)
    lost_topic = topic is None
    if topic is None and (topic := _header_end_without_topic(lines)) is None:
        return None
    doc = DocumentDraft(layout="am1-article")
    merged, back = _read_page_header(lines[:topic + 1], doc)
    # (without its topic line, a page may have lost its back line too: only the merged line tells the legacy rendering)
    legacy = merged or not back and not lost_topic
    rest = list(lines[topic + 1:])
    header, dates, rest = _split_article_header(rest, legacy)
    body = [line for line in rest if line.text]
    starts = _item_starts(body)
    digest = _looks_like_digest(body, starts)
    doc.layout = ("am1-legacy-" if legacy else "am1-") + ("digest" if digest else "article")
    if digest:
        _read_digest_header(header, dates, doc)
        _read_digest(body, starts, doc)
    else:
        article = ArticleDraft()
        _read_article_header(header, dates, article, doc)
        if body and body[0].text.startswith(_NEXTIMG):
            headline = body[0].text[len(_NEXTIMG):].strip() or None
            if headline is None:
                doc.warn("empty-headline", "the NextImg: line carries no headline", body[0].number)
                doc.remove(body[0], "empty-headline")
            else:
                article.fill("headline", headline, body[0].number)
            body = body[1:]
        elif body and _bare_headline(body):
            # The page lost its NextImg: prefix; a title above the first paragraph is still the headline.
            article.fill("headline", body[0].text, body[0].number)
            body = body[1:]
        elif body and (signed := _signed_title_under_chrome(body)) is not None:
            # The source page copied whole, its menus over its title: the title its byline or date signs
            for unit in body[:signed]:
                doc.remove(unit, "page-chrome")
            article.fill("headline", body[signed].text, body[signed].number)
            body = body[signed + 1:]
        read_body(body, article, doc, duplicates=[article.headline or ""])
        fill_dateline(article)
        doc.articles.append(article)
    return doc


# The reader's town and state as the page's weather widget prints them ("Remer,MN"), when no bar opens the line.
_PLACE_WIDGET = lazy_compile(r"[A-Z][\w .'’\-]{1,40},[A-Z]{2}\b")


def _bare_headline(body: Sequence[Line]) -> bool:
    """The first body line is a title (short, capitalised, no closing full stop) with prose right after it."""
    first = body[0].text
    following = body[1].text if len(body) > 1 else ""
    return (is_heading(first) and len(first.split()) >= 3 and not first.endswith(":") and chrome_reason(first) is None
            and (len(following) > 100 or following.endswith((".", "?", "!", "”", '"'))))


_CHROME_OVER_TITLE = 12  # lines, at most, of the source page's menus and buttons over its title
_MENU_ITEM_WORDS = 3  # at most, in a menu's item or a button


def _signed_title_under_chrome(body: Sequence[Line]) -> Optional[int]:
    """Where the source page's title stands under its own menus and buttons ("Sunbelt Daily", "Menu", "Sign In"), a
    byline or a date under it: its index in ``body``, else None."""
    for index, unit in enumerate(body[:_CHROME_OVER_TITLE]):
        text = unit.text
        if chrome_reason(text) is not None or len(text.split()) <= _MENU_ITEM_WORDS and not text.endswith((".", "!", "?")):
            continue
        under = body[index + 1].text if index + 1 < len(body) else ""
        signed = byline_parts(under) is not None or find_date(under) is not None
        return index if index > 0 and signed and is_heading(text) and len(text.split()) >= _HEADLINE_WORDS else None
    return None


def _read_page_header(lines: Sequence[Line], doc: DocumentDraft) -> tuple[bool, bool]:
    """Masthead, capture date and chrome above ``topic``; whether the location widget and a sponsor share a line (the
    legacy rendering), and whether a ``back`` line is there (the current one prints it)."""
    merged = False
    back = False
    for line in lines:
        text = line.text
        if not text:
            continue
        lowered = text.lower()
        date = find_date(text) if doc.captured is None else None
        if doc.site is None and doc.captured is None and is_shouting(text) and not date:
            doc.capture_field("site", text, line.number)
        elif date and len(text.split()) <= 6:
            doc.capture_field("captured", date[0], line.number)
        elif text.isdigit():
            doc.remove(line, "counter")
        elif text.startswith("|") or _PLACE_WIDGET.match(text):  # "| Remer,MN": the reader's town, a widget
            merged = merged or _GLUED_SPONSOR.search(text) is not None  # ("| Remer,MNSponsor: QWIKET")
            doc.remove(line, "location-widget")
        elif _SPONSOR.match(text):
            doc.remove(line, "sponsor")
        elif lowered in ("back", "topic"):
            back = back or lowered == "back"
            doc.remove(line, "navigation")
        else:
            doc.remove(line, "page-chrome")
    return merged, back


def _split_article_header(rest: list[Line], legacy: bool) -> tuple[list[Line], list[Optional[str]], list[Line]]:
    """The publisher/date/author lines right after ``topic``, if there are any, with the date each
    line is (or None), and the lines after them."""
    start = next((i for i, line in enumerate(rest) if line.text), None)
    if start is None:
        return [], [], rest
    group: list[Line] = []
    # (with a NextImg: line just below, every line above it is the header's: "Jane Roe , Homepage Editor")
    prefixed = any(line.text.startswith(_NEXTIMG) for line in rest[start:start + _HEADER_REACH])
    for at, line in enumerate(rest[start:], start=start):
        text = line.text
        if not text or _TAG.match(text) or text.startswith(_NEXTIMG) or _publisher_line(text) or _is_prose(text):
            break
        if (not prefixed and _headline_without_prefix(text)
                and (group or at + 1 >= len(rest) or rest[at + 1].text != text)):
            break  # (no NextImg: before it: the headline, longer than any name; a publisher is printed twice)
        group.append(line)
    if not group or len(group) > 5:
        return [], [], rest
    after = next((l for l in rest[start + len(group):] if l.text), None)
    dates = [parse_date(l.text) for l in group]
    twice = len(group) >= 2 and group[0].text == group[1].text
    before_headline = after is not None and after.text.startswith(_NEXTIMG)
    right_after_topic = start == 0 and not legacy
    if any(dates) or twice or before_headline or right_after_topic:
        return group, dates, rest[start + len(group):]
    return [], [], rest


_HEADLINE_WORDS = 5  # at least, in a headline that lost its prefix: more than a name has
_HEADER_REACH = 10  # lines after "topic" where the article header and the NextImg: line stand


def _headline_without_prefix(text: str) -> bool:
    """A line of the article header's place that is no publisher, date or author: a headline."""
    return (len(text.split()) >= _HEADLINE_WORDS and parse_date(text) is None and not _signs_as_people(text)
            and is_heading(text))


def _is_prose(text: str) -> bool:
    """Body text, which ends the header in layouts without blank lines."""
    return len(text) > 100 or text.endswith((".", "?", "!", "”", '"'))


def _header_fields(header: list[Line], dates: list[Optional[str]]
                   ) -> tuple[list[Line], Optional[Line], Optional[str], list[Line]]:
    """Split header lines (with their dates) into (publisher lines, date line, its ISO date, author lines)."""
    if len(header) >= 2 and header[0].text == header[1].text:
        if len(header) > 2 and dates[2]:
            return header[:2], header[2], dates[2], header[3:]
        return header[:2], None, None, header[2:]
    date_at = next((i for i, iso in enumerate(dates) if iso), None)
    if date_at == 1 and _signs_as_people(header[0].text):
        return [], header[1], dates[1], [header[0], *header[2:]]  # the author over the date, not a publisher
    if date_at is not None:
        return header[:date_at], header[date_at], dates[date_at], header[date_at + 1:]
    return [], None, None, header


_JOINED_NAMES = lazy_compile(r"\s+(?:and|&)\s+")


def _signs_as_people(text: str) -> bool:
    """"By Jane Roe", "Jane Roe and John Doe": a header line that names people, where the publisher would stand."""
    return byline_parts(text) is not None or (
        len(parts := _JOINED_NAMES.split(text)) >= 2 and all(is_bare_name(part) for part in parts))


def _read_article_header(header: list[Line], dates: list[Optional[str]], article: ArticleDraft,
                         doc: DocumentDraft) -> None:
    publisher, date, iso, authors = _header_fields(header, dates)
    if publisher:
        article.fill("publisher", publisher[0].text, *(l.number for l in publisher))
    if date is not None:
        article.fill("published", iso, date.number)
    if authors:
        signed = byline_parts(authors[0].text)  # ("By Jane Roe": the name)
        article.fill("byline", signed[0] if signed and signed[0] else authors[0].text, authors[0].number)
        for extra in authors[1:]:
            doc.remove(extra, "header-extra")
            doc.warn("header-extra", "unexpected extra line in the article header", extra.number)


def _read_digest_header(header: list[Line], dates: list[Optional[str]], doc: DocumentDraft) -> None:
    publisher, date, iso, authors = _header_fields(header, dates)
    fields: dict[str, list[int]] = {}
    doc.digest = {"publisher": None, "published": None, "field_lines": fields}
    if publisher:
        doc.digest["publisher"] = publisher[0].text
        fields["publisher"] = [l.number for l in publisher]
    if date is not None:
        doc.digest["published"] = iso
        fields["published"] = [date.number]
    for extra in authors:
        doc.remove(extra, "header-extra")


def _publisher_line(text: str) -> Optional[tuple[str, str]]:
    """``("GB News", "Headline ...")`` for a digest item's ``Publisher: Headline`` line."""
    # Most lines have no colon where a publisher's name would end; the pattern would look for one.
    if len(text) > 300 or text.find(":", 1, 50) < 0:
        return None
    match = _PUBLISHER_LINE.match(text)
    if not match:
        return None
    publisher, headline = match.group("publisher").strip(), match.group("headline").strip()
    words = publisher.split()
    if not 1 <= len(words) <= 6 or publisher.endswith("."):
        return None
    if not all(w[0].isupper() or w[0].isdigit() or w.lower() in _CONNECTORS for w in words):
        return None
    return publisher, headline


def _item_starts(body: Sequence[Line]) -> dict[int, tuple[str, str]]:
    """The lines that can start a digest item (by index), with their publisher and headline."""
    starts = {}
    for index, line in enumerate(body):
        parts = _publisher_line(line.text)
        if parts is not None and _is_item_start(body, index, parts[1]):
            starts[index] = parts
    return starts


def _is_item_start(body: Sequence[Line], index: int, headline: str) -> bool:
    """Does the ``Publisher: Headline`` line ``body[index]`` start an item?"""
    following = body[index + 1] if index + 1 < len(body) else None
    if following is not None and following.text == headline:
        return True  # the headline repeated on the next line: the current layout
    # Older digests do not repeat the headline: a headline is short and rarely ends in a full stop.
    return len(headline) <= 200 and (not headline.endswith(".") or len(headline) < 90)


def _repeats(text: str, headline: str, at_end: bool) -> bool:
    """The headline printed again under the item line (cut short if the capture ends there)."""
    return text == headline or (at_end and len(text) >= 10 and headline.startswith(text))


def _looks_like_digest(body: Sequence[Line], starts: dict[int, tuple[str, str]]) -> bool:
    if any(_TAG.match(line.text) for line in body[:3]):
        return True
    repeated = any(i + 1 < len(body) and body[i + 1].text == headline for i, (_, headline) in starts.items())
    return repeated or (len(starts) >= 2 and next(iter(starts)) == 0)


def _read_digest(body: list[Line], starts: dict[int, tuple[str, str]], doc: DocumentDraft) -> None:
    tag: Optional[Line] = None
    tag_used = True
    groups: list[tuple[ArticleDraft, list[Line]]] = []
    index = 0
    while index < len(body):
        line = body[index]
        match = _TAG.match(line.text)
        if match:
            if not tag_used and tag is not None:
                doc.remove(tag, "tag-without-items")
            tag, tag_used = line, False
        elif index in starts:
            publisher, headline = starts[index]
            item = ArticleDraft()
            item.fill("publisher", publisher, line.number)
            item.fill("headline", headline, line.number)
            if tag is not None:
                item.tags.append(_TAG.match(tag.text).group("tag"))  # type: ignore[union-attr]
                item.note("tags", tag.number)
                tag_used = True
            if index + 1 < len(body) and _repeats(body[index + 1].text, headline, index + 2 == len(body)):
                index += 1
                item.note("headline", body[index].number)
            groups.append((item, []))
        elif groups:
            groups[-1][1].append(line)
        else:
            doc.remove(line, "text-before-first-item")
            doc.warn("orphan-text", "text before the first digest item", line.number)
        index += 1
    if not tag_used and tag is not None:
        doc.remove(tag, "tag-without-items")
    for position, (item, lines) in enumerate(groups):
        read_body(lines, item, doc, final=position == len(groups) - 1)
        doc.articles.append(item)

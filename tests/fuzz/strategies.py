"""Hypothesis strategies: valid documents, capture-like bytes, Markdown and JSON to throw at the readers.

Everything here is synthetic. The pools below are built to reach the readers'
rules (aggregator headers, ``#tags``, ``Publisher: Headline`` items, captions
with credits, bylines, page chrome) and the writers' escaping (markup
characters, XML-illegal controls, bidi and emoji), so that random choices hit
real code paths instead of the generic fallback only.
"""

from __future__ import annotations

import codecs
import datetime as _dt
import hashlib
import json
import re
from functools import lru_cache
from typing import Any

from hypothesis import strategies as st

# --------------------------------------------------------------------------- text pieces

WORDS = ("harbour", "council", "ferry", "timetable", "voted", "evening", "sailings", "island", "library", "mayor",
         "budget", "bakery", "market", "coast", "river", "bridge", "school", "hospital", "police", "weather",
         "the", "of", "and", "to", "in", "said", "on", "a", "for", "was", "Tuesday", "March", "Port", "Ellen",
         "le", "la", "de", "und", "die", "el", "que", "café", "naïve", "Zoë", "Straße", "Москва", "東京", "서울")
# Characters and fragments that writers must escape or drop, and readers must survive.
SPICE = ("&", "<", ">", "<b>", "</p>", "]]>", "\"", "'", "*", "_", "#", "`", "\\", "[x](y)", "---", "1.", "2)",
         "> ", "|", "~", "=", "+", "-", "&amp;", "&#65;", "&#x0;", "{", "}", ":", "{{x}}", "%s", "🎉",
         "👩\u200d👩\u200d👧", "עברית", "العربية", "\u200f", "\u200e", "\u202e", "\u2066", "\u0301", "中文",
         "\u00a0", "\u3000", "\t", "\x07", "\x0c", "\x0b", "\x1f", "\x7f", "\x85", "\u2028", "\u2029", "\ufeff",
         "\ufffe", "\uffff", "\U0010fffd", "\ufffd", "\u00ad", "\u200b", "\r", "\n", "\r\n", "null", "true", "0",
         "~", "!", "?", "...", "…", "«", "»", "“", "”", "’", "—", "–")
# Documented limits of the Markdown format (see convert.writers.markdown.escape): texts carry them with a change.
UNCARRIABLE = ("\x00", "\ud800", "\udfff")
_NON_SPACE = re.compile(r"\S")


_PIECES = st.one_of(st.sampled_from(WORDS), st.sampled_from(SPICE), st.characters(exclude_categories=("Cs",)))
_HOSTILE_PIECES = st.one_of(_PIECES, st.sampled_from(UNCARRIABLE))
_SEPARATORS = st.sampled_from((" ", "", " ", "  "))


@lru_cache(maxsize=None)  # building strategies costs more than drawing from them: build each once
def texts(*, max_pieces: int = 12, hostile: bool = False) -> st.SearchStrategy[str]:
    """A schema ``text``: at least one non-space character, otherwise anything (markup, controls, bidi...)."""
    pieces = st.lists(_HOSTILE_PIECES if hostile else _PIECES, min_size=1, max_size=max_pieces)
    joined = st.tuples(_SEPARATORS, pieces).map(lambda sep_parts: sep_parts[0].join(sep_parts[1]))
    return st.one_of(joined, joined, joined, joined, st.text(min_size=1, max_size=40)).map(_with_non_space)


def _with_non_space(text: str) -> str:
    # The schema's "\S" is Python's; a text of spaces only gets a word.
    return text if _NON_SPACE.search(text) else text + "x"


def nullable(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


def _offset(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


_DAYS = st.dates(min_value=_dt.date(1, 1, 1), max_value=_dt.date(9999, 12, 31)).map(_dt.date.isoformat)
_CLOCKS = st.times().map(lambda t: t.replace(microsecond=0, tzinfo=None).isoformat())
_FRACTIONS = st.sampled_from(("", ".5", ".123456", ".000000001"))
_ZONES = st.one_of(st.sampled_from(("Z", "z", "+00:00", "-00:00")),
                   st.integers(-23 * 60 - 59, 23 * 60 + 59).map(_offset))
# An ISO date or an RFC 3339 date-time (capital T, as the schema wants), years 1 to 9999: writers must not
# overflow at either end.
DATES = st.one_of(_DAYS, st.tuples(_DAYS, _CLOCKS, _FRACTIONS, _ZONES).map(lambda p: f"{p[0]}T{p[1]}{p[2]}{p[3]}"))
LANGUAGES = st.one_of(st.sampled_from(("en", "fr", "de", "und", "en-GB", "pt-BR", "zh-Hant-TW", "ar", "he", "fil")),
                      st.from_regex(r"\A(?:[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}|und)\Z"))
CODES = st.one_of(st.sampled_from(("unclassified", "sponsor", "page-chrome", "x")), st.from_regex(r"\A[a-z][a-z-]{0,20}\Z"))
FIELD_NAMES = st.one_of(st.sampled_from(("headline", "publisher", "published", "dateline", "byline", "tags",
                                         "summary", "site", "captured")), st.from_regex(r"\A[a-z_]{1,12}\Z"))
LAYOUTS = st.sampled_from(("am1-article", "am1-digest", "am1-legacy-article", "am1-legacy-digest", "generic",
                           "markdown"))
FIELD_LINES = st.dictionaries(FIELD_NAMES, st.lists(st.integers(1, 10_000), min_size=1, max_size=4), max_size=5)
FILE_NAMES = st.one_of(st.sampled_from(("capture.txt", "a b/c.txt", "../x.txt", "é.txt", "<&>.txt")),
                       st.text(min_size=1, max_size=12))
ENCODING_NAMES = st.sampled_from(("utf-8", "utf-8-sig", "utf-16-le", "cp1252", "latin-1", "x"))
BLOCK_TYPES = st.sampled_from(("paragraph", "heading", "quote", "list", "figure"))


def _span(draw: st.DrawFn, total: int) -> list[int]:
    """A forward span inside the capture (any forward span when the capture has no line count)."""
    top = total if total else 100_000
    first = draw(st.integers(1, top))
    return [first, draw(st.integers(first, top))]


def _block(draw: st.DrawFn, total: int, hostile: bool) -> dict[str, Any]:
    kind = draw(BLOCK_TYPES)
    text = texts(hostile=hostile)
    block: dict[str, Any] = {"type": kind}
    if kind == "list":
        block["items"] = draw(st.lists(text, min_size=1, max_size=4))
    elif kind == "figure":
        block.update(caption=draw(text), credit=draw(nullable(text)),
                     label=draw(nullable(texts(max_pieces=3, hostile=hostile))), alt=draw(nullable(text)))
    else:
        block["text"] = draw(texts(max_pieces=30, hostile=hostile))
    block["lines"] = _span(draw, total)
    return block


def _article(draw: st.DrawFn, total: int, hostile: bool) -> dict[str, Any]:
    text = texts(hostile=hostile)
    return {
        "headline": draw(nullable(text)),
        "publisher": draw(nullable(text)),
        "published": draw(nullable(DATES)),
        "dateline": draw(nullable(text)),
        "byline": draw(nullable(text)),
        "tags": draw(st.lists(text, max_size=3)),
        "language": draw(LANGUAGES),
        "summary": draw(st.lists(text, max_size=3)),
        "blocks": [_block(draw, total, hostile) for _ in range(draw(st.integers(0, 6)))],
        "field_lines": draw(FIELD_LINES),
    }


@st.composite
def documents(draw: st.DrawFn, *, hostile: bool = False, max_articles: int = 4) -> dict[str, Any]:
    """Any document the schema accepts (``convert.validate(doc) == []``), from the bare minimum to odd.

    ``hostile`` adds what a valid document may hold but a format cannot carry
    (U+0000, lone surrogates); the writers must still not crash on them.
    """
    text = texts(hostile=hostile)
    total = draw(st.integers(0, 400))
    digest = draw(st.booleans())
    count = draw(st.integers(1, max_articles)) if digest or draw(st.integers(0, 3)) == 0 else 1
    return {
        "schema_version": "1.0",
        "capture": {
            "site": draw(nullable(text)),
            "captured": draw(nullable(DATES)),
            "layout": draw(LAYOUTS),
            "source": {
                "file": draw(nullable(FILE_NAMES)),
                "sha256": hashlib.sha256(draw(st.binary(max_size=4))).hexdigest(),
                "encoding": draw(ENCODING_NAMES),
                "bytes": draw(st.integers(0, 10**9)),
                "lines": total,
            },
            "field_lines": draw(FIELD_LINES),
        },
        "digest": {"publisher": draw(nullable(text)), "published": draw(nullable(DATES)),
                   "field_lines": draw(FIELD_LINES)} if digest else None,
        "articles": [_article(draw, total, hostile) for _ in range(count)],
        "removed": [{"lines": _span(draw, total), "text": draw(text), "reason": draw(CODES)}
                    for _ in range(draw(st.integers(0, 4)))],
        "warnings": [{"code": draw(CODES), "message": draw(text), "line": draw(nullable(st.integers(1, 10**6)))}
                     for _ in range(draw(st.integers(0, 3)))],
    }


# --------------------------------------------------------------------------- captures

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MASTHEADS = ("THE EXAMPLE AGGREGATOR", "THE DAILY SAMPLE WIRE", "NEWS ROUNDUP TODAY")
PUBLISHERS = ("Valley Courier", "Hill Times", "Market Ledger", "Coastal Ledger", "The Town Crier", "BBC",
              "Radio 4", "El Diario de la Costa")
CHROME = ("Advertisement", "Share", "Share this article", "Read more", "Related", "Skip to main content", "Menu",
          "Subscribe", "Sign in", "Comments", "12 Comments", "Loading...", "© 2024 Example Media. All rights "
          "reserved.", "Sign up for our newsletter", "We use cookies to improve your experience.", "Home > News",
          "3.4k shares", "5 min ago", "Listen to this article", "Click here to read more")


def _sentence(draw: st.DrawFn, low: int = 4, high: int = 30) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=low, max_size=high))
    text = " ".join(words)
    return text[:1].upper() + text[1:] + draw(st.sampled_from((".", ".", "!", "?", "", ",", ":", "…", "”")))


def _headline(draw: st.DrawFn) -> str:
    return " ".join(w.capitalize() for w in draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=10)))


def _date_text(draw: st.DrawFn) -> str:
    day = draw(st.dates(min_value=_dt.date(1990, 1, 1), max_value=_dt.date(2030, 12, 31)))
    month = MONTHS[day.month - 1]
    return draw(st.sampled_from((f"{month} {day.day}, {day.year}", f"{day.day} {month} {day.year}",
                                 day.isoformat(), f"{month} {day.day}, {day.year}  |  ",
                                 f"Published {day.isoformat()} at 10:15", f"Updated {month} {day.day}, {day.year}",
                                 f"{month} 31, {day.year}", f"Feb 30, {day.year}")))


@st.composite
def aggregator_header(draw: st.DrawFn) -> list[str]:
    """Masthead, capture date, counter, location widget, sponsors, back/topic, publisher twice and a date."""
    lines = [draw(st.sampled_from(MASTHEADS)), _date_text(draw), "0", " | Remer,MN"]
    lines += ["Sponsor:  QWIKET "] * draw(st.integers(0, 3))
    if draw(st.booleans()):
        lines.append("back  ")
    lines.append("topic")
    publisher = draw(st.sampled_from(PUBLISHERS))
    header = draw(st.sampled_from(([publisher, publisher, _date_text(draw)], ["By " + _headline(draw)], [],
                                   [publisher, publisher])))
    lines += header + [""] * draw(st.integers(0, 2))
    return lines


@st.composite
def capture_line(draw: st.DrawFn) -> list[str]:
    """One or a few lines of the kinds captures hold."""
    kind = draw(st.integers(0, 17))
    if kind <= 3:
        return [_sentence(draw)]
    if kind == 4:
        return ["#" + draw(st.sampled_from(("politics", "economy", "world", "sport", "x-y", "#", "")))]
    if kind == 5:
        headline = _headline(draw)
        pair = [f"{draw(st.sampled_from(PUBLISHERS))}: {headline}"]
        return pair + ([headline] if draw(st.booleans()) else [])
    if kind == 6:
        return ["NextImg:" + draw(st.sampled_from(("", " ", _headline(draw))))]
    if kind == 7:
        caption = _sentence(draw, 3, 15)
        credit = draw(st.sampled_from(("Jane Doe/AP", "Getty Images", "Photo: Ann Lee", "Reuters", "ANI", "x")))
        return [draw(st.sampled_from((f"{caption} ({credit})", f"{caption} Photo: {credit}.",
                                      f"{caption} | {credit}", f"File: {caption} ({credit})", f"{caption} |")))]
    if kind == 8:
        return [draw(st.sampled_from(("By ", "by: ", "BY "))) + _headline(draw) +
                draw(st.sampled_from(("", ", Associated Press", ", The Daily News", " | " + _date_text(draw))))]
    if kind == 9:
        return [draw(st.sampled_from(CHROME))]
    if kind == 10:
        return [draw(st.sampled_from(("• ", "- ", "* ", "▪ "))) + _sentence(draw, 1, 8)]
    if kind == 11:
        return [_date_text(draw)]
    if kind == 12:
        return [_headline(draw)]
    if kind == 13:
        return [""] * draw(st.integers(1, 30))
    if kind == 14:
        return [draw(st.sampled_from(("PORT ELLEN, Islay — ", "DOHA (Reuters) - ", "Paris: ", "(AP) — ")))
                + _sentence(draw)]
    if kind == 15:
        return [draw(st.sampled_from(MASTHEADS)), "topic", "Sponsor: X"]
    if kind == 16:
        return [draw(st.text(max_size=80))]
    # very long line: one sentence repeated
    return [" ".join([_sentence(draw)] * draw(st.integers(20, 400)))]


ODD = ("\u00a0", "\u2009", "\u200b", "\u00ad", "\ufeff", "\x00", "\x01", "\x1b", "\x7f", "\x85", "\x9d", "\u200f",
       "\u202e", "\u2066", "\u0301", "\t", "\x0c", "\x0b", "  ", "\u2028", "\ufffd", "â€™", "Ã©", "â€œ")


@st.composite
def roughen(draw: st.DrawFn, line: str) -> str:
    """Insert odd spaces, controls, bidi marks and mojibake into a line at random places."""
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(line)))
        line = line[:at] + draw(st.sampled_from(ODD)) + line[at:]
    return line


@st.composite
def capture_texts(draw: st.DrawFn, *, max_lines: int = 40) -> str:
    """A capture as text: maybe an aggregator header, then a mix of body, chrome, digest items and noise."""
    lines: list[str] = draw(aggregator_header()) if draw(st.booleans()) else []
    for chunk in draw(st.lists(capture_line(), max_size=max_lines)):
        lines.extend(chunk)
    lines = [draw(roughen(line)) if draw(st.integers(0, 4)) == 0 else line for line in lines]
    ending = draw(st.sampled_from(("\n", "\r\n", "\r", "mixed")))
    out = []
    for line in lines:
        out.append(line + (draw(st.sampled_from(("\n", "\r\n", "\r"))) if ending == "mixed" else ending))
    text = "".join(out)
    if draw(st.booleans()):
        text = text.rstrip("\r\n")
    return text


ENCODINGS = ("utf-8", "utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le", "utf-16-be", "cp1252",
             "latin-1")


def encode(text: str, encoding: str) -> bytes:
    """``text`` in one of :data:`ENCODINGS` (unencodable characters become ``?`` in the 8-bit code pages)."""
    if encoding == "utf-8-bom":
        return codecs.BOM_UTF8 + text.encode("utf-8", "surrogatepass")
    if encoding.startswith("utf-16"):
        base = encoding.removesuffix("-bom")
        bom = (codecs.BOM_UTF16_LE if base.endswith("le") else codecs.BOM_UTF16_BE) if encoding.endswith("bom") else b""
        return bom + text.encode(base, "surrogatepass")
    errors = "surrogatepass" if encoding == "utf-8" else "replace"
    return text.encode(encoding, errors)


@st.composite
def capture_bytes(draw: st.DrawFn, *, max_lines: int = 40) -> bytes:
    """Capture-like bytes in any supported encoding, sometimes with random bytes spliced in."""
    data = encode(draw(capture_texts(max_lines=max_lines)), draw(st.sampled_from(ENCODINGS)))
    for _ in range(draw(st.integers(0, 2)) if draw(st.integers(0, 3)) == 0 else 0):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
    return data


def any_bytes() -> st.SearchStrategy[bytes]:
    """Raw input for the sniffing entry point: capture-like, JSON-like, Markdown-like or random."""
    return st.one_of(capture_bytes(), st.binary(max_size=512), markdown_bytes(), json_bytes())


# --------------------------------------------------------------------------- Markdown and JSON

YAML_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20), st.floats(allow_nan=True),
                         st.text(max_size=20), st.sampled_from(("2024-03-05", "2024-03-05T10:00:00Z", "und", "en",
                                                                "yes", "~", "null", "1.0", "0x1F", "2024-13-45")))
YAML_VALUES = st.recursive(YAML_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                                  st.dictionaries(st.text(max_size=10), inner,
                                                                                  max_size=4)), max_leaves=12)
FRONT_KEYS = ("title", "date", "author", "publisher", "source", "tags", "lang", "description", "newsconv")


@st.composite
def markdown_texts(draw: st.DrawFn) -> str:
    """Markdown a user might hand over: front matter (maybe broken) and a body of any CommonMark blocks."""
    import yaml

    parts = []
    if draw(st.booleans()):
        front = draw(st.dictionaries(st.one_of(st.sampled_from(FRONT_KEYS), st.text(max_size=6)), YAML_VALUES,
                                     max_size=6))
        try:
            dumped = yaml.safe_dump(front, allow_unicode=True)
        except yaml.YAMLError:
            dumped = "title: x\n"
        if draw(st.integers(0, 4)) == 0:
            dumped = draw(st.sampled_from(("[unclosed", "a: b: c", "- list\n- items", "!!python/object:x {}",
                                           "&a [*a]", "? complex\n: key", "newsconv: {articles: [{block_lines: x}]}",
                                           "\t", "%YAML 1.1\n---")))
        parts.append("---\n# newsconv document\n" + dumped + draw(st.sampled_from(("---\n", "...\n", ""))))
    for _ in range(draw(st.integers(0, 12))):
        text = draw(texts(max_pieces=6))
        parts.append(draw(st.sampled_from((
            f"# {text}", f"## {text}", f"### {text}", text, f"- {text}\n- {text}", f"1. {text}", f"> {text}",
            f"> **Figure:** {text}\n>\n> {text}\n>\n> **Credit:** {text}", "* * *", f"*{text}*", f"**{text}**",
            f"```\n{text}\n```", f"    {text}", f"<div>{text}</div>", f"[{text}](http://example.invalid)",
            f"![{text}](x.png)", f"{text}\n===", f"> > > {text}", "---", "")))
        )
    return "\n\n".join(parts) + draw(st.sampled_from(("\n", "", "\r\n")))


def markdown_bytes() -> st.SearchStrategy[bytes]:
    return markdown_texts().map(lambda t: t.encode("utf-8", "surrogatepass"))


JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20)),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)),
    max_leaves=15)


@st.composite
def mutated_documents(draw: st.DrawFn) -> Any:
    """A valid document with one part replaced, deleted or added: mostly invalid in a single place."""
    document = draw(documents(max_articles=2))
    paths = list(_paths(document))
    path = draw(st.sampled_from(paths))
    parent = document
    for key in path[:-1]:
        parent = parent[key]
    key = path[-1]
    action = draw(st.sampled_from(("replace", "delete", "add")))
    if action == "replace" or (action == "delete" and isinstance(parent, list) and not parent):
        parent[key] = draw(JSON_VALUES)
    elif action == "delete":
        del parent[key]
    elif isinstance(parent, dict):
        parent[draw(st.text(max_size=8))] = draw(JSON_VALUES)
    else:
        parent.insert(key, draw(JSON_VALUES))
    return document


def _paths(value: Any, prefix: tuple = ()) -> Any:
    if isinstance(value, dict):
        for key, item in value.items():
            yield prefix + (key,)
            yield from _paths(item, prefix + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield prefix + (index,)
            yield from _paths(item, prefix + (index,))


EDITS = ("delete", "duplicate", "blank", "insert", "swap", "truncate")


@st.composite
def edited_markdown(draw: st.DrawFn) -> bytes:
    """newsconv Markdown as the writer gives it, then edited by hand: lines deleted, repeated, moved, cut."""
    import warnings

    import convert

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        lines = convert.write(draw(documents(max_articles=2)), "md", front_matter="full").decode(
            "utf-8", "surrogatepass").split("\n")
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(lines) - 1))
        edit = draw(st.sampled_from(EDITS))
        if edit == "delete":
            del lines[at]
        elif edit == "duplicate":
            lines.insert(at, lines[at])
        elif edit == "blank":
            lines[at] = ""
        elif edit == "insert":
            lines.insert(at, draw(texts(max_pieces=6)))
        elif edit == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        else:
            lines[at] = lines[at][: len(lines[at]) // 2]
        lines = lines or [""]
    return "\n".join(lines).encode("utf-8", "surrogatepass")


@st.composite
def json_bytes(draw: st.DrawFn) -> bytes:
    """JSON text: a mutated document, any JSON value, or a document's text cut or corrupted."""
    kind = draw(st.integers(0, 3))
    if kind == 0:
        value = draw(JSON_VALUES)
        return json.dumps({"doc": value} if draw(st.booleans()) else value).encode("utf-8")
    text = json.dumps(draw(mutated_documents() if kind == 1 else documents(max_articles=2)), ensure_ascii=False)
    data = text.encode("utf-8", "surrogatepass")
    if kind == 3:
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=6)) + data[at + draw(st.integers(0, 6)):]
    return data

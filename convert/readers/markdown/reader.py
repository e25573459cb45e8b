"""Markdown back into the intermediate: exactly for newsconv Markdown, best effort for the rest.

What is read, and when a file counts as newsconv's own: docs/formats/markdown.md.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Optional

import yaml

from ...errors import InvalidDocument, NewsconvError, at
from ...model import ARTICLE_ADDITIONS, Document
from ...schema import SCHEMA_VERSION, check, is_date, is_date_time
from ...writers.markdown import GENERATOR, has_attribute_line, item_title, title_of
from ...writers.markdown.escape import ALT, CREDIT, carriable
from ...writers.people import untitled

try:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token
except ImportError:  # pragma: no cover - depends on the installation
    MarkdownIt = None  # type: ignore[assignment,misc]

# libyaml's loader, when installed, is several times faster than the pure-Python one.
_FAST_LOADER = getattr(yaml, "CSafeLoader", None)
# Besides its own errors, YAML raises ValueError for a timestamp such as 2024-02-30, and
# deep nesting exhausts the stack.
_YAML_FAILURES = (yaml.YAMLError, ValueError, OverflowError, RecursionError)
_LANGUAGE = re.compile(r"^(?:[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*|und)$")
_HAS_TEXT = re.compile(r"\S")
_FENCE = re.compile(r"^(---|\.\.\.)[ \t]*$")
# Figures as earlier newsconv versions wrote them (a block quote opening with "**Figure:**"), still read.
_OLD_FIGURE, _OLD_CREDIT, _OLD_ALT = "Figure", "Credit:", "Alt text:"
_KEY_POINTS_BULLET = "*"  # a summary list; the writer starts the article's own lists with "-"


class NotExact(Exception):
    """The Markdown does not match its newsconv front matter; the reason says where."""


# --------------------------------------------------------------------------- the file


def read_markdown(data: bytes, name: Optional[str] = None) -> Document:
    """Read Markdown (newsconv's own exactly, any other as well as possible) into a document.

    newsconv's own is trusted only when the document it describes passes the schema."""
    if MarkdownIt is None:
        raise NewsconvError("reading Markdown needs the markdown-it-py package", file=name)
    text = _decode(data, name)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    front, body_start = _split_front_matter(lines)
    notes: list[dict[str, Any]] = []
    meta, key_lines = _load_front_matter(front, notes) if front is not None else ({}, {})
    blocks = _body_blocks(lines, body_start, notes)
    newsconv = meta.get("newsconv")
    if isinstance(newsconv, dict):
        try:
            return check(_exact_document(newsconv, blocks), file=name)
        except (NotExact, InvalidDocument) as err:
            reason = at(err.message, path=err.path) if isinstance(err, InvalidDocument) else str(err)
            notes.insert(0, _warning("markdown-edited", "the Markdown no longer matches its newsconv front matter "
                                     f"({reason}); read as plain Markdown"))
    elif meta.get("generator") == GENERATOR:  # newsconv's short front matter: the article, not the provenance
        if _int(meta.get("articles")) is not None:
            return _short_digest(meta, key_lines, blocks, notes, data, len(lines), name)
        return _best_effort_document(meta, key_lines, blocks, notes, data, len(lines), name, own=True)
    else:
        notes.insert(0, _warning("markdown-foreign", "Markdown without newsconv front matter: "
                                 "read as well as possible (best effort)"))
    return _best_effort_document(meta, key_lines, blocks, notes, data, len(lines), name)


def _decode(data: bytes, name: Optional[str]) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise NewsconvError(f"Markdown must be UTF-8: invalid byte at offset {err.start}", file=name) from None
    # CommonMark's own line endings; U+0000 becomes U+FFFD as CommonMark requires.
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")


def _split_front_matter(lines: list[str]) -> tuple[Optional[str], int]:
    """The front matter's YAML (None when there is none) and the index of the body's first line."""
    if not lines or not re.match(r"^---[ \t]*$", lines[0]):
        return None, 0
    for i in range(1, len(lines)):
        if _FENCE.match(lines[i]):
            return "\n".join(lines[1:i]), i + 1
    return None, 0  # no closing fence: the --- is a thematic break


def _load_front_matter(front: str, notes: list[dict[str, Any]]) -> tuple[dict[str, Any], dict[str, int]]:
    """The front matter as a mapping, and the file line of each top-level key (for ``field_lines``)."""
    try:
        node, data = _compose_and_construct(front)
    except _YAML_FAILURES as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(err, "problem", None) or (str(err).splitlines() or [type(err).__name__])[0]
        message = f"the front matter is not valid YAML ({problem}); ignored"
        notes.append(_warning("markdown-front-matter", message, line))
        return {}, {}
    if data is None:
        return {}, {}
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        notes.append(_warning("markdown-front-matter", "the front matter is not a YAML mapping; ignored", 2))
        return {}, {}
    key_lines = {key.value: key.start_mark.line + 2 for key, _ in node.value if isinstance(key, yaml.ScalarNode)}
    return data, key_lines


def _compose_and_construct(front: str) -> tuple[Optional[yaml.Node], Any]:
    if _FAST_LOADER is not None:
        try:
            return _load_with(_FAST_LOADER, front)
        except _YAML_FAILURES:
            pass  # libyaml refuses escaped lone surrogates ("\uD800"), which the pure-Python loader takes
    return _load_with(yaml.SafeLoader, front)


def _load_with(loader_class: Any, front: str) -> tuple[Optional[yaml.Node], Any]:
    loader = loader_class(front)
    try:
        node = loader.get_single_node()
        return node, loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()


def _warning(code: str, message: str, line: Optional[int] = None) -> dict[str, Any]:
    return {"code": code, "message": message, "line": line}


# --------------------------------------------------------------------------- the body


@dataclass
class MdBlock:
    """One block of the parsed body, with what the readers below need to know about it."""

    kind: str  # heading, paragraph, list, quote, break, code, html
    first: int  # file lines, 1-based and inclusive
    last: int
    level: int = 0  # heading level
    text: str = ""  # heading, paragraph and code text
    lead: Optional[str] = None  # a paragraph that starts in bold: the bold text
    after: str = ""  # ... and the text after it
    emphasised: bool = False  # a paragraph that starts in emphasis (a digest item's attribute line)
    figure: Optional[dict[str, Any]] = None  # a paragraph laid out as the writer lays out a figure
    bullet: str = ""  # a bullet list's bullet character
    items: list[list["MdBlock"]] = field(default_factory=list)  # list items, each a list of blocks
    children: list["MdBlock"] = field(default_factory=list)  # block quote content


@lru_cache(maxsize=1)
def _parser() -> "MarkdownIt":
    return MarkdownIt("commonmark")


def _body_blocks(lines: list[str], body_start: int, notes: list[dict[str, Any]]) -> list[MdBlock]:
    parser = _parser()
    tokens = parser.parse("\n".join(lines[body_start:]))
    # markdown-it stops reading, silently, where blocks nest deeper than its limit.
    limit = parser.options["maxNesting"]
    if any(token.level >= limit - 1 for token in tokens):
        read_to = max((token.map[1] for token in tokens if token.map), default=0) + body_start
        notes.append(_warning("markdown-skipped", f"blocks nested {limit} levels deep: the text after line "
                              f"{read_to} may not have been read", read_to or None))
    blocks = _blocks(tokens, body_start)
    _trim_spans(blocks, lines)
    return blocks


def _trim_spans(blocks: list[MdBlock], lines: list[str]) -> None:
    """End each span on its last non-blank line (a list's span takes in the blank line after it)."""
    for block in blocks:
        while block.last > block.first and not lines[block.last - 1].strip():
            block.last -= 1
        _trim_spans(block.children, lines)
        for item in block.items:
            _trim_spans(item, lines)


def _closing(tokens: list["Token"], start: int) -> int:
    depth = 0
    for i in range(start, len(tokens)):
        depth += tokens[i].nesting
        if depth == 0:
            return i
    return len(tokens) - 1


def _blocks(tokens: list["Token"], offset: int) -> list[MdBlock]:
    out: list[MdBlock] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        first, last = (token.map[0] + offset + 1, max(token.map[1], token.map[0] + 1) + offset) if token.map \
            else (offset + 1, offset + 1)
        if token.type in ("heading_open", "paragraph_open"):
            # markdown-it leaves empty text tokens around delimiters; they carry nothing.
            children = [c for c in tokens[i + 1].children or [] if not (c.type == "text" and c.content == "")]
            block = MdBlock("heading" if token.type == "heading_open" else "paragraph", first, last,
                            level=int(token.tag[1:]) if token.tag[1:].isdigit() else 0, text=_inline_text(children))
            if children and children[0].type == "strong_open":
                end = _closing(children, 0)
                block.lead, block.after = _inline_text(children[1:end]), _inline_text(children[end + 1:])
            block.emphasised = bool(children) and children[0].type == "em_open"
            if block.kind == "paragraph" and children and children[0].type in ("em_open", "strong_open"):
                block.figure = _figure_parts(children)
            out.append(block)
            i = _closing(tokens, i) + 1
        elif token.type in ("bullet_list_open", "ordered_list_open", "blockquote_open"):
            end = _closing(tokens, i)
            if token.type == "blockquote_open":
                out.append(MdBlock("quote", first, last, children=_blocks(tokens[i + 1:end], offset)))
            else:
                out.append(MdBlock("list", first, last, items=_list_items(tokens[i + 1:end], offset),
                                   bullet=token.markup if token.type == "bullet_list_open" else ""))
            i = end + 1
        elif token.type == "hr":
            out.append(MdBlock("break", first, last))
            i += 1
        elif token.type in ("fence", "code_block", "html_block"):
            out.append(MdBlock("html" if token.type == "html_block" else "code", first, last, text=token.content))
            i += 1
        else:  # a closing token of something already consumed, or a future block type
            i += 1
    return out


def _list_items(tokens: list["Token"], offset: int) -> list[list[MdBlock]]:
    items = []
    i = 0
    while i < len(tokens):
        end = _closing(tokens, i)
        if tokens[i].type == "list_item_open":
            items.append(_blocks(tokens[i + 1:end], offset))
        i = end + 1
    return items


def _inline_text(children: list["Token"]) -> str:
    """The text a reader sees: markup dropped, line breaks within a paragraph as spaces."""
    parts = []
    for token in children:
        if token.type in ("text", "text_special", "code_inline"):
            parts.append(token.content)
        elif token.type == "softbreak":
            parts.append(" ")
        elif token.type == "hardbreak":
            parts.append("\n")
        elif token.type == "image":
            parts.append(_inline_text(token.children or []))
    return "".join(parts)


def _figure_parts(children: list["Token"]) -> Optional[dict[str, Any]]:
    """A paragraph laid out as the writer lays out a figure (``**label:** *caption* — credit``, a line
    break, ``Picture: description``) as a figure block, else None."""
    label = None
    i = 0
    if children[0].type == "strong_open":
        end = _closing(children, 0)
        inner = _inline_text(children[1:end])
        if not inner.endswith(":") or end + 2 >= len(children) or _inline_text(children[end + 1:end + 2]) != " ":
            return None
        label, i = inner[:-1], end + 2
    if children[i].type != "em_open":
        return None
    end = _closing(children, i)
    caption = _inline_text(children[i + 1:end])
    rest = children[end + 1:]
    breaks = [n for n, token in enumerate(rest) if token.type == "hardbreak"]
    if len(breaks) > 1:
        return None
    credit_text = _inline_text(rest[:breaks[0]] if breaks else rest)
    credit = alt = None
    if credit_text:
        if not credit_text.startswith(f" {CREDIT} "):
            return None
        credit = credit_text[len(CREDIT) + 2:]
    if breaks:
        alt_text = _inline_text(rest[breaks[0] + 1:])
        if not alt_text.startswith(f"{ALT} "):
            return None
        alt = alt_text[len(ALT) + 1:]
    if not all(_HAS_TEXT.search(text) for text in (caption, label, credit, alt) if text is not None):
        return None
    return {"type": "figure", "caption": caption, "credit": credit, "label": label, "alt": alt}


# --------------------------------------------------------------------------- newsconv Markdown, full


_CAPTURE_REQUIRED = ("site", "captured", "layout", "source", "field_lines")
_CAPTURE_KEYS = (*_CAPTURE_REQUIRED, "archive_record")  # the schema's order; the last is optional
_ARTICLE_KEYS = ("headline", "publisher", "published", "byline", "dateline", "tags", "language", "summary",
                 "field_lines", "block_lines")


def _exact_document(newsconv: dict[str, Any], blocks: list[MdBlock]) -> Document:
    """The document the full front matter and the body describe: the body's blocks, everything else
    from the ``newsconv`` mapping (the keys above it are for other tools)."""
    capture = _mapping(newsconv, "capture")
    articles_rest = newsconv.get("articles")
    if not isinstance(articles_rest, list) or not articles_rest or not all(isinstance(a, dict) for a in articles_rest):
        raise NotExact("newsconv.articles is not a list of mappings")
    for i, rest in enumerate(articles_rest):
        missing = [key for key in _ARTICLE_KEYS if key not in rest]
        if missing:
            raise NotExact(f"newsconv.articles[{i}] has no {', '.join(missing)}")
    digest = newsconv.get("digest")
    if digest is not None and not isinstance(digest, dict):
        raise NotExact("newsconv.digest is neither null nor a mapping")
    document: dict[str, Any] = {
        "schema_version": newsconv.get("schema_version"),
        "capture": {key: capture.get(key) for key in _CAPTURE_KEYS if key in capture or key in _CAPTURE_REQUIRED},
        "digest": None if digest is None else {key: digest.get(key) for key in ("publisher", "published",
                                                                                   "field_lines")},
        "articles": [{key: rest[key] for key in _ARTICLE_KEYS if key != "block_lines"} for rest in articles_rest],
        "removed": newsconv.get("removed"),
        "warnings": newsconv.get("warnings"),
    }
    _require_json(document)
    sectioned = digest is not None or len(articles_rest) > 1
    try:
        title = _as_written(title_of(document))  # type: ignore[arg-type]
        titles = [_as_written(item_title(document, article)) for article in document["articles"]]  # type: ignore
    except (TypeError, KeyError, AttributeError):  # a value of the wrong type
        raise NotExact("the front matter's values do not make a document") from None
    sections = _sections(blocks, sectioned, title)
    if len(sections) != len(articles_rest):
        raise NotExact(f"{len(sections)} article(s) in the text, {len(articles_rest)} in the front matter")
    for i, ((heading, body), article, rest) in enumerate(zip(sections, document["articles"], articles_rest)):
        where = f"$.articles[{i}]"
        if sectioned and heading != titles[i]:
            raise NotExact(f"{where}: its heading is not its headline")
        body = _skip_generated(body, article, sectioned, where)
        converted = _exact_blocks(body, heading_level=3 if sectioned else 2, where=where)
        spans = rest["block_lines"]
        if not isinstance(spans, list) or len(spans) != len(converted):
            raise NotExact(f"{where}: {len(converted)} block(s) in the text and "
                           f"{len(spans) if isinstance(spans, list) else 'no'} line span(s) in the front matter")
        for block, span in zip(converted, spans):
            block["lines"] = span
        article["blocks"] = converted
        # The schema's order of keys, so that the JSON text is the same as the capture's.
        document["articles"][i] = {key: article[key] for key in ("headline", "publisher", "published", "dateline",
                                                               "byline", "tags", "language", "summary", "blocks",
                                                               "field_lines")}
        document["articles"][i].update({key: rest[key] for key in ARTICLE_ADDITIONS if key in rest})
    _require_json([article["blocks"] for article in document["articles"]])  # the spans
    return document  # type: ignore[return-value]


def _as_written(title: str) -> str:
    """A made-up title as the body carries it (what Markdown cannot carry was changed, with a warning
    when it was written: not again now)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return carriable(title)


def _skip_generated(body: list[MdBlock], article: dict[str, Any], sectioned: bool, where: str) -> list[MdBlock]:
    """The article's blocks after what the writer adds for people: a digest item's attribute line and
    standfirst, the key points."""
    if sectioned and has_attribute_line(article):  # type: ignore[arg-type]
        if not body or body[0].kind != "paragraph" or not body[0].emphasised:
            raise NotExact(f"{where}: its attribute line is gone")
        body = body[1:]
    summary = article["summary"]
    if isinstance(summary, list) and len(summary) > 1:
        if not body or body[0].kind != "list" or body[0].bullet != _KEY_POINTS_BULLET:
            raise NotExact(f"{where}: its key points are gone")
        body = body[1:]
    elif isinstance(summary, list) and summary and sectioned:
        if not body or body[0].kind != "paragraph" or body[0].emphasised:
            raise NotExact(f"{where}: its summary is gone")
        body = body[1:]
    return body


def _mapping(parent: dict[str, Any], key: str) -> dict[str, Any]:
    value = parent.get(key)
    if not isinstance(value, dict):
        raise NotExact(f"newsconv.{key} is not a mapping")
    return value


def _require_json(document: Any) -> None:
    """Reject what YAML has and JSON lacks: dates, floats for line numbers, non-string keys, aliases.

    The writer never uses aliases; refusing them (any container met twice) also stops
    recursive and exponentially repeated structures. Iterative, for deep nesting.
    """
    seen: set[int] = set()
    stack: list[tuple[str, Any]] = [("$", document)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, (dict, list)):
            if id(value) in seen:
                raise NotExact(f"{path} repeats another value through a YAML alias")
            seen.add(id(value))
            if isinstance(value, list):
                stack.extend((f"{path}[{index}]", item) for index, item in enumerate(value))
                continue
            for key, item in value.items():
                if not isinstance(key, str):
                    raise NotExact(f"{path} has a key that is not a string: {key!r}")
                stack.append((f"{path}.{key}", item))
        elif not (value is None or isinstance(value, (str, int))) or isinstance(value, bool):
            raise NotExact(f"{path} is a YAML {type(value).__name__}, not a JSON value")


def _sections(blocks: list[MdBlock], sectioned: bool, title: str) -> list[tuple[Optional[str], list[MdBlock]]]:
    """(heading, blocks) per article, as the writer lays them out; a first level-1 heading that repeats the
    title (the ``title_heading`` option) is left out."""
    if blocks and blocks[0].kind == "heading" and blocks[0].level == 1 and blocks[0].text == title:
        blocks = blocks[1:]
    if not sectioned:
        return [(None, blocks)]
    sections: list[tuple[Optional[str], list[MdBlock]]] = []
    for block in blocks:
        if block.kind == "heading" and block.level == 2:
            sections.append((block.text, []))
        elif not sections:
            raise NotExact(f"text before the first article, line {block.first}")
        else:
            sections[-1][1].append(block)
    return sections


def _exact_blocks(blocks: list[MdBlock], heading_level: int, where: str) -> list[dict[str, Any]]:
    out = []
    for block in blocks:
        converted = None
        if block.kind == "paragraph":
            converted = block.figure or (None if block.emphasised else {"type": "paragraph", "text": block.text})
        elif block.kind == "heading" and block.level == heading_level:
            converted = {"type": "heading", "text": block.text}
        elif block.kind == "list" and all(len(item) == 1 and item[0].kind == "paragraph" for item in block.items):
            converted = {"type": "list", "items": [item[0].text for item in block.items]}
        elif block.kind == "quote" and len(block.children) == 1 and block.children[0].kind == "paragraph":
            converted = {"type": "quote", "text": block.children[0].text}
        if converted is None:
            raise NotExact(at(f"unexpected {block.kind}", line=block.first, path=where))
        out.append(converted)
    return out


def _old_figure(children: list[MdBlock]) -> Optional[dict[str, Any]]:
    """A block quote laid out as earlier newsconv versions laid out a figure, else None."""
    if len(children) < 2 or any(child.kind != "paragraph" for child in children):
        return None
    marker, caption, *extras = children
    if marker.lead == _OLD_FIGURE and marker.after == "":
        label = None
    elif marker.lead == _OLD_FIGURE + ":" and marker.after.startswith(" ") and _HAS_TEXT.search(marker.after):
        label = marker.after[1:]
    else:
        return None
    values: dict[str, Optional[str]] = {_OLD_CREDIT: None, _OLD_ALT: None}
    expected = [_OLD_CREDIT, _OLD_ALT]  # each at most once, in this order
    for extra in extras:
        while expected and extra.lead != expected[0]:
            expected.pop(0)
        if not expected or not extra.after.startswith(" ") or not _HAS_TEXT.search(extra.after):
            return None
        values[expected.pop(0)] = extra.after[1:]
    if not _HAS_TEXT.search(caption.text):
        return None
    return {"type": "figure", "caption": caption.text, "credit": values[_OLD_CREDIT], "label": label,
            "alt": values[_OLD_ALT]}


# --------------------------------------------------------------------------- any other Markdown


def _best_effort_document(meta: dict[str, Any], key_lines: dict[str, int], blocks: list[MdBlock],
                          notes: list[dict[str, Any]], data: bytes, line_count: int, name: Optional[str],
                          own: bool = False) -> Document:
    """One article from any Markdown; ``own`` for newsconv's short front matter, whose site, capture date,
    dateline, author list, key points and made-up titles are read as the writer wrote them."""
    field_lines: dict[str, list[int]] = {}

    def from_meta(field_name: str, key: str, value: Any) -> Any:
        if value not in (None, [], "und") and key in key_lines:
            field_lines[field_name] = [key_lines[key]]
        return value

    headline = None
    for index, block in enumerate(blocks):
        if block.kind == "heading" and block.level == 1 and _HAS_TEXT.search(block.text):
            headline = block.text
            field_lines["headline"] = [block.first]
            blocks = blocks[:index] + blocks[index + 1:]
            break
    if headline is None:
        headline = from_meta("headline", "title", _text_value(meta.get("title")))
    published = _meta_when(meta, "date", key_lines, notes)
    language = _language(meta.get("lang"))
    if language is None and meta.get("lang") is not None:
        notes.append(_warning("markdown-front-matter-value", f"lang {meta['lang']!r} is not a BCP 47 tag; ignored",
                              key_lines.get("lang")))
    description = _text_value(meta.get("description")) or _text_value(meta.get("summary"))
    summary = [description] if description else []
    publisher = from_meta("publisher", "publisher", _text_value(meta.get("publisher")))
    site = captured = dateline = None
    byline = _text_value(meta.get("author"))
    if own:
        captured = _meta_when(meta, "lastmod", key_lines, notes)
        if headline == untitled(publisher, _day(published), _day(captured)):
            headline = None  # the writer's name for a headline-less article
            field_lines.pop("headline", None)
        if isinstance(meta.get("author"), list):
            byline = _names(meta["author"])
        dateline = from_meta("dateline", "dateline", _text_value(meta.get("dateline")))
        site = _text_value(meta.get("site"))
        if not summary and blocks and blocks[0].kind == "list" and blocks[0].bullet == _KEY_POINTS_BULLET:
            summary = [text for item in blocks[0].items for text in _item_texts(item)]
            field_lines["summary"] = [blocks[0].first]
            blocks = blocks[1:]
    article = {
        "headline": headline,
        "publisher": publisher,
        "published": from_meta("published", "date", published),
        "dateline": dateline,
        "byline": from_meta("byline", "author", byline),
        "tags": from_meta("tags", "tags", _tags(meta.get("tags"))),
        "language": from_meta("language", "lang", language) or "und",
        "summary": summary if "summary" in field_lines else
        from_meta("summary", "description" if "description" in meta else "summary", summary),
        "blocks": _loose_blocks(blocks, notes),
        "field_lines": field_lines,
    }
    return _this_file(site, captured, None, [article], notes, data, line_count, name)


def _this_file(site: Optional[str], captured: Optional[str], digest: Optional[dict[str, Any]],
               articles: list[dict[str, Any]], notes: list[dict[str, Any]], data: bytes, line_count: int,
               name: Optional[str]) -> Document:
    """A document whose capture is this Markdown file (there is no other record of the capture)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "capture": {"site": site, "captured": captured, "layout": "markdown",
                    "source": {"file": os.path.basename(name) if name else None,
                               "sha256": hashlib.sha256(data).hexdigest(), "encoding": "utf-8",
                               "bytes": len(data), "lines": line_count},
                    "field_lines": {}},
        "digest": digest,
        "articles": articles,  # type: ignore[typeddict-item]
        "removed": [],
        "warnings": notes,  # type: ignore[typeddict-item]
    }


_ATTRIBUTES = {"Publisher": "publisher", "Published": "published", "By": "byline", "Dateline": "dateline",
               "Tags": "tags"}


def _short_digest(meta: dict[str, Any], key_lines: dict[str, int], blocks: list[MdBlock],
                  notes: list[dict[str, Any]], data: bytes, line_count: int, name: Optional[str]) -> Document:
    """A digest in newsconv's short front matter: a section per item, with its attribute line read back."""
    digest = {"publisher": _text_value(meta.get("publisher")), "published": _meta_when(meta, "date", key_lines, notes),
              "field_lines": {}}
    language = _language(meta.get("lang")) or "und"
    captured = _meta_when(meta, "lastmod", key_lines, notes)
    if blocks and blocks[0].kind == "heading" and blocks[0].level == 1:
        blocks = blocks[1:]  # the title, repeated
    sections: list[tuple[MdBlock, list[MdBlock]]] = []
    for block in blocks:
        if block.kind == "heading" and block.level == 2:
            sections.append((block, []))
        elif sections:
            sections[-1][1].append(block)
    articles = []
    for heading, body in sections:
        fields: dict[str, Any] = {"publisher": None, "published": None, "byline": None, "dateline": None, "tags": []}
        parts = [part.partition(": ") for part in body[0].text.split(" · ")] if body else []
        if body and body[0].emphasised and all(label in _ATTRIBUTES and _HAS_TEXT.search(value)
                                               for label, _, value in parts):
            for label, _, value in parts:
                fields[_ATTRIBUTES[label]] = value.split(", ") if label == "Tags" else value
            body = body[1:]
        fields["published"] = _when(fields["published"])
        summary: list[str] = []  # a one-string summary is the item's first paragraph, not told apart here
        if body and body[0].kind == "list" and body[0].bullet == _KEY_POINTS_BULLET:
            summary, body = [text for item in body[0].items for text in _item_texts(item)], body[1:]
        made_up = untitled(fields["publisher"] or digest["publisher"], _day(fields["published"] or digest["published"]),
                           _day(captured))
        articles.append({"headline": None if heading.text == made_up or not _HAS_TEXT.search(heading.text)
                         else heading.text, **fields, "language": language, "summary": summary,
                         "blocks": _loose_blocks(body, notes), "field_lines": {"headline": [heading.first]}})
    if not articles:
        articles.append({"headline": None, "publisher": None, "published": None, "byline": None, "dateline": None,
                         "tags": [], "language": language, "summary": [], "blocks": _loose_blocks(blocks, notes),
                         "field_lines": {}})
    return _this_file(_text_value(meta.get("site")), captured, digest,
                      articles, notes, data, line_count, name)


def _meta_when(meta: dict[str, Any], key: str, key_lines: dict[str, int], notes: list[dict[str, Any]]) -> Optional[str]:
    value = _when(meta.get(key))
    if value is None and _text_value(meta.get(key)) is not None:
        notes.append(_warning("markdown-front-matter-value", f"{key} {meta[key]!r} is not an ISO 8601 date; ignored",
                              key_lines.get(key)))
    return value


def _day(value: Optional[str]) -> Optional[str]:
    return value[:10] if value else None


def _names(values: list[Any]) -> Optional[str]:
    """An author list as one byline, the way bylines are written: "A", "A and B", "A, B and C"."""
    names = [text for text in map(_scalar_text, values) if text is not None]
    if len(names) < 2:
        return names[0] if names else None
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _int(value: Any) -> Optional[int]:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _loose_blocks(blocks: list[MdBlock], notes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for block in blocks:
        span = [block.first, block.last]
        if block.kind == "paragraph" and block.figure is not None:
            out.append({**block.figure, "lines": span})
        elif block.kind in ("heading", "paragraph", "code") and _HAS_TEXT.search(block.text):
            kind = "paragraph" if block.kind == "code" else block.kind
            out.append({"type": kind, "text": block.text.rstrip("\n") if kind == "paragraph" else block.text,
                        "lines": span})
        elif block.kind == "list":
            items = [text for item in block.items for text in _item_texts(item)]
            if items:
                out.append({"type": "list", "items": items, "lines": span})
        elif block.kind == "quote":
            figure = _old_figure(block.children)
            if figure is not None:
                out.append({**figure, "lines": span})
            else:
                out.extend({"type": "quote", "text": text, "lines": span} for text in _quote_texts(block.children))
        elif block.kind == "html" and _HAS_TEXT.search(block.text):
            notes.append(_warning("markdown-skipped", "skipped a block of raw HTML", block.first))
    return out


def _item_texts(blocks: list[MdBlock]) -> list[str]:
    """A list item's own text, then the items of any list inside it (flattened)."""
    own = " ".join(b.text for b in blocks if b.kind in ("paragraph", "heading", "code") and _HAS_TEXT.search(b.text))
    nested = [text for b in blocks if b.kind == "list" for item in b.items for text in _item_texts(item)]
    return ([own] if own else []) + nested


def _quote_texts(blocks: list[MdBlock]) -> list[str]:
    texts: list[str] = []
    for block in blocks:
        if block.kind in ("paragraph", "heading", "code") and _HAS_TEXT.search(block.text):
            texts.append(block.text)
        elif block.kind == "list":
            texts.extend(text for item in block.items for text in _item_texts(item))
        elif block.kind == "quote":
            texts.extend(_quote_texts(block.children))
    return texts


# --------------------------------------------------------------------------- front matter values


def _text_value(value: Any) -> Optional[str]:
    """A front matter value as schema text (a string with a non-space character), else None.

    A list (``author: [A, B]``) becomes its texts joined by commas; nested lists are ignored.
    """
    if isinstance(value, list):
        value = ", ".join(t for t in map(_scalar_text, value) if t is not None)
    return _scalar_text(value)


def _scalar_text(value: Any) -> Optional[str]:
    if isinstance(value, (_dt.date, int, float)) and not isinstance(value, bool):
        value = value.isoformat() if isinstance(value, _dt.date) else str(value)
    return value if isinstance(value, str) and _HAS_TEXT.search(value) else None


def _tags(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [text for text in map(_scalar_text, values) if text is not None]


def _when(value: Any) -> Optional[str]:
    """An ISO 8601 date or RFC 3339 date-time, from a string or a YAML timestamp; None if it is neither."""
    if isinstance(value, _dt.datetime):
        # A time without a zone is not an RFC 3339 date-time; its date still is a fact.
        return value.isoformat() if value.tzinfo is not None else value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str) and (len(value) == 10 and is_date(value) or "T" in value[10:11] and is_date_time(value)):
        return value
    return None


def _language(value: Any) -> Optional[str]:
    if not isinstance(value, str):
        return None
    parts = value.strip().replace("_", "-").split("-")
    tag = "-".join([parts[0].lower()] + parts[1:])
    return tag if _LANGUAGE.match(tag) else None


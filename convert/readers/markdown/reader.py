"""Markdown back into the intermediate: exactly for newsconv Markdown, best effort for the rest.

What is read, and when a file counts as newsconv's own: docs/formats/markdown.md.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Optional

import yaml

from ...errors import InvalidDocument, NewsconvError, at
from ...model import Document
from ...schema import SCHEMA_VERSION, check, is_date, is_date_time
from ...writers.markdown.escape import ALT, CREDIT, FIGURE

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
            return check(_exact_document(meta, newsconv, blocks), file=name)
        except (NotExact, InvalidDocument) as err:
            reason = at(err.message, path=err.path) if isinstance(err, InvalidDocument) else str(err)
            notes.insert(0, _warning("markdown-edited", "the Markdown no longer matches its newsconv front matter "
                                     f"({reason}); read as plain Markdown"))
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
            out.append(block)
            i = _closing(tokens, i) + 1
        elif token.type in ("bullet_list_open", "ordered_list_open", "blockquote_open"):
            end = _closing(tokens, i)
            if token.type == "blockquote_open":
                out.append(MdBlock("quote", first, last, children=_blocks(tokens[i + 1:end], offset)))
            else:
                out.append(MdBlock("list", first, last, items=_list_items(tokens[i + 1:end], offset)))
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


# --------------------------------------------------------------------------- newsconv Markdown


def _exact_document(meta: dict[str, Any], newsconv: dict[str, Any], blocks: list[MdBlock]) -> Document:
    capture = _mapping(newsconv, "capture")
    articles_rest = newsconv.get("articles")
    if not isinstance(articles_rest, list) or not articles_rest or not all(isinstance(a, dict) for a in articles_rest):
        raise NotExact("newsconv.articles is not a list of mappings")
    digest_rest = newsconv.get("digest")
    if digest_rest is not None and not isinstance(digest_rest, dict):
        raise NotExact("newsconv.digest is neither null nor a mapping")
    sectioned = digest_rest is not None or len(articles_rest) > 1
    sections = _sections(blocks, sectioned)
    if len(sections) != len(articles_rest):
        raise NotExact(f"{len(sections)} article(s) in the text, {len(articles_rest)} in the front matter")
    articles = []
    for i, ((headline, body), rest) in enumerate(zip(sections, articles_rest)):
        if sectioned:
            fields = {key: rest.get(key) for key in ("publisher", "published", "byline", "dateline")}
            fields.update(tags=rest.get("tags"), language=rest.get("language"), summary=rest.get("summary"))
            if fields["publisher"] is not None or fields["published"] is not None or fields["tags"]:
                if not body or body[0].kind != "paragraph" or not body[0].emphasised:
                    raise NotExact(f"$.articles[{i}]: its attribute line is gone")
                body = body[1:]
        else:
            description = _text_value(meta.get("description"))
            fields = {"publisher": _text_value(meta.get("publisher")), "published": _exact_when(meta),
                      "byline": _text_value(meta.get("author")), "dateline": rest.get("dateline"),
                      "tags": _tags(meta.get("tags")), "language": _exact_language(meta),
                      "summary": rest["summary"] if "summary" in rest else [description] if description else []}
        converted = _exact_blocks(body, heading_level=3 if sectioned else 2, where=f"$.articles[{i}]")
        spans = rest.get("block_lines")
        if not isinstance(spans, list) or len(spans) != len(converted):
            raise NotExact(f"$.articles[{i}]: {len(converted)} block(s) in the text and "
                           f"{len(spans) if isinstance(spans, list) else 'no'} line span(s) in the front matter")
        for block, span in zip(converted, spans):
            block["lines"] = span
        articles.append({"headline": headline, **fields, "blocks": converted, "field_lines": rest.get("field_lines")})
    document = {
        "schema_version": newsconv.get("schema_version"),
        "capture": {"site": _text_value(meta.get("source")), "captured": capture.get("captured"),
                    "layout": capture.get("layout"), "source": capture.get("source"),
                    "field_lines": capture.get("field_lines")},
        "digest": None if digest_rest is None else {
            "publisher": _text_value(meta.get("publisher")), "published": _exact_when(meta),
            "field_lines": digest_rest.get("field_lines")},
        "articles": articles,
        "removed": newsconv.get("removed"),
        "warnings": newsconv.get("warnings"),
    }
    _require_json(document)
    return document


def _mapping(parent: dict[str, Any], key: str) -> dict[str, Any]:
    value = parent.get(key)
    if not isinstance(value, dict):
        raise NotExact(f"newsconv.{key} is not a mapping")
    return value


def _exact_when(meta: dict[str, Any]) -> Optional[str]:
    """The ``date`` key, which the writer writes only as a valid date."""
    published = _when(meta.get("date"))
    if published is None and meta.get("date") is not None:
        raise NotExact(f"date {meta['date']!r} is not an ISO 8601 date")
    return published


def _exact_language(meta: dict[str, Any]) -> str:
    """The ``lang`` key (absent for ``und``), which the writer writes only as a valid tag."""
    if meta.get("lang") is None:
        return "und"
    language = _language(meta["lang"])
    if language is None or language == "und":
        raise NotExact(f"lang {meta['lang']!r} is not a BCP 47 tag")
    return language


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


def _sections(blocks: list[MdBlock], sectioned: bool) -> list[tuple[Optional[str], list[MdBlock]]]:
    """(headline, blocks) per article, as the writer lays them out."""
    if not sectioned:
        if blocks and blocks[0].kind == "heading" and blocks[0].level == 1:
            return [(blocks[0].text, blocks[1:])]
        return [(None, blocks)]
    sections: list[tuple[Optional[str], list[MdBlock]]] = []
    for block in blocks:
        if block.kind == "break" or (block.kind == "heading" and block.level == 2):
            sections.append((block.text if block.kind == "heading" else None, []))
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
            converted = {"type": "paragraph", "text": block.text}
        elif block.kind == "heading" and block.level == heading_level:
            converted = {"type": "heading", "text": block.text}
        elif block.kind == "list" and all(len(item) == 1 and item[0].kind == "paragraph" for item in block.items):
            converted = {"type": "list", "items": [item[0].text for item in block.items]}
        elif block.kind == "quote":
            converted = _figure(block.children)
            if converted is None and len(block.children) == 1 and block.children[0].kind == "paragraph":
                converted = {"type": "quote", "text": block.children[0].text}
        if converted is None:
            raise NotExact(at(f"unexpected {block.kind}", line=block.first, path=where))
        out.append(converted)
    return out


def _figure(children: list[MdBlock]) -> Optional[dict[str, Any]]:
    """A block quote laid out as the writer lays out a figure, else None."""
    if len(children) < 2 or any(child.kind != "paragraph" for child in children):
        return None
    marker, caption, *extras = children
    if marker.lead == FIGURE and marker.after == "":
        label = None
    elif marker.lead == FIGURE + ":" and marker.after.startswith(" ") and _HAS_TEXT.search(marker.after):
        label = marker.after[1:]
    else:
        return None
    values: dict[str, Optional[str]] = {CREDIT: None, ALT: None}
    expected = [CREDIT, ALT]  # each at most once, in this order
    for extra in extras:
        while expected and extra.lead != expected[0]:
            expected.pop(0)
        if not expected or not extra.after.startswith(" ") or not _HAS_TEXT.search(extra.after):
            return None
        values[expected.pop(0)] = extra.after[1:]
    if not _HAS_TEXT.search(caption.text):
        return None
    return {"type": "figure", "caption": caption.text, "credit": values[CREDIT], "label": label, "alt": values[ALT]}


# --------------------------------------------------------------------------- any other Markdown


def _best_effort_document(meta: dict[str, Any], key_lines: dict[str, int], blocks: list[MdBlock],
                          notes: list[dict[str, Any]], data: bytes, line_count: int, name: Optional[str]) -> Document:
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
    published = _when(meta.get("date"))
    if published is None and _text_value(meta.get("date")) is not None:
        notes.append(_warning("markdown-front-matter-value", f"date {meta['date']!r} is not an ISO 8601 date; ignored",
                              key_lines.get("date")))
    language = _language(meta.get("lang"))
    if language is None and meta.get("lang") is not None:
        notes.append(_warning("markdown-front-matter-value", f"lang {meta['lang']!r} is not a BCP 47 tag; ignored",
                              key_lines.get("lang")))
    description = _text_value(meta.get("description")) or _text_value(meta.get("summary"))
    article = {
        "headline": headline,
        "publisher": from_meta("publisher", "publisher", _text_value(meta.get("publisher"))),
        "published": from_meta("published", "date", published),
        "dateline": None,
        "byline": from_meta("byline", "author", _text_value(meta.get("author"))),
        "tags": from_meta("tags", "tags", _tags(meta.get("tags"))),
        "language": from_meta("language", "lang", language) or "und",
        "summary": from_meta("summary", "description" if "description" in meta else "summary",
                             [description] if description else []),
        "blocks": _loose_blocks(blocks, notes),
        "field_lines": field_lines,
    }
    return {
        "schema_version": SCHEMA_VERSION,
        "capture": {"site": None, "captured": None, "layout": "markdown",
                    "source": {"file": os.path.basename(name) if name else None,
                               "sha256": hashlib.sha256(data).hexdigest(), "encoding": "utf-8",
                               "bytes": len(data), "lines": line_count},
                    "field_lines": {}},
        "digest": None,
        "articles": [article],
        "removed": [],
        "warnings": notes,
    }


def _loose_blocks(blocks: list[MdBlock], notes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for block in blocks:
        span = [block.first, block.last]
        if block.kind in ("heading", "paragraph", "code") and _HAS_TEXT.search(block.text):
            kind = "paragraph" if block.kind == "code" else block.kind
            out.append({"type": kind, "text": block.text.rstrip("\n") if kind == "paragraph" else block.text,
                        "lines": span})
        elif block.kind == "list":
            items = [text for item in block.items for text in _item_texts(item)]
            if items:
                out.append({"type": "list", "items": items, "lines": span})
        elif block.kind == "quote":
            figure = _figure(block.children)
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


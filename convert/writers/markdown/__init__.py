"""Markdown: CommonMark with YAML front matter, for pandoc, Hugo and Jekyll, and read back exactly.

The layout and the front matter, key by key: docs/formats/markdown.md.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Optional

import yaml

from .escape import ALT, CREDIT, FIGURE, carriable, escape_text, is_plain
from ...model import Article, Block, Document, FigureBlock
from .. import Writer

FRONT_MATTER_NOTE = ("# newsconv document: this text and the newsconv mapping below "
                     "restore the intermediate exactly")
ITEM_SEPARATOR = "* * *"
BULLETS = ("-", "*")  # adjacent lists alternate, or CommonMark would join them into one


def is_sectioned(document: Document) -> bool:
    """Whether the body has one section per article (a digest, or several articles)."""
    return document["digest"] is not None or len(document["articles"]) > 1


class FrontMatterDumper(yaml.SafeDumper):
    """Safe YAML that is the same on every installation (the pure-Python emitter) and never uses aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


# Line breaks and invisible characters are only round-tripped safely as escapes in double quotes:
# anything outside printable ASCII, the BMP's printable ranges and the astral planes, and the
# line and paragraph separators and the BOM inside those ranges. The character classes in this
# module name what is left out rather than what is allowed: the same sets, compiled ten times faster.
_DOUBLE_QUOTES_NEEDED = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")


def _needs_double_quotes(text: str) -> bool:
    return _DOUBLE_QUOTES_NEEDED.search(text) is not None


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    style = '"' if _needs_double_quotes(text) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


def _is_numbers(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(x, int) and not isinstance(x, bool) for x in value)


def _represent_list(dumper: yaml.SafeDumper, items: list) -> yaml.Node:
    # Line numbers and spans read best on one line: [20, 20], [[20, 20], [22, 23]].
    flow = bool(items) and (_is_numbers(items) or all(_is_numbers(x) for x in items))
    return dumper.represent_sequence("tag:yaml.org,2002:seq", items, flow_style=flow)


FrontMatterDumper.add_representer(str, _represent_str)
FrontMatterDumper.add_representer(list, _represent_list)


def dump_front_matter(data: dict[str, Any]) -> str:
    """The front matter as YAML text, by PyYAML: the reference for :func:`front_matter_text`."""
    return yaml.dump(data, Dumper=FrontMatterDumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=1 << 30, explicit_start=False)


# -- The same text, written directly ------------------------------------------------------------
# PyYAML's pure-Python emitter takes milliseconds per document, more than the rest of the
# writer; libyaml's emitter is faster but not installed everywhere and not guaranteed to
# quote the same way. The front matter only ever holds mappings, lists, strings, integers
# and nulls, so it is written here in exactly the layout FrontMatterDumper gives: block
# mappings indented by two, lists inside a mapping not indented, lists of line numbers in
# flow style. A string is written plain when YAML would read it back as that string and no
# character in it is YAML syntax at that place, single-quoted otherwise; a string that
# needs escapes, and any value of another shape, is left to PyYAML, so the text is
# byte-identical to dump_front_matter's.

class _NotSimple(Exception):
    """A value this writer does not handle; the whole front matter goes through PyYAML instead."""


# Printable characters YAML writes as they are (allow_unicode): no line break, BOM or tab.
_PRINTABLE = re.compile("[^\x00-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff\U0010ffff]+")
# What makes a plain scalar impossible in block context: an indicator first ("-", "?" and ":"
# only when a space or the end follows), a document marker first, ": " or " #" anywhere, a
# final ":", or a space at either end.
_NOT_PLAIN = re.compile("^[#,\\[\\]{}&*!|>'\"%@`]|^[-?:](?: |$)|^---|^\\.\\.\\.|: |:$| #|^ | $")
# Characters a double-quoted scalar escapes (allow_unicode keeps the rest of the BMP as is).
_DOUBLE_QUOTED_ESCAPE = re.compile("[\"\\\\\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe-\U0010ffff]")
_ESCAPES = yaml.emitter.Emitter.ESCAPE_REPLACEMENTS
_RESOLVER = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"


def front_matter_text(data: dict[str, Any]) -> str:
    """The same text as :func:`dump_front_matter`, written directly (see above)."""
    if not isinstance(data, dict) or not data:
        return dump_front_matter(data)
    out: list[str] = []
    try:
        _mapping(data, "", out)
    except _NotSimple:
        return dump_front_matter(data)
    return "".join(out)


def _mapping(mapping: dict[str, Any], indent: str, out: list[str]) -> None:
    for key, value in mapping.items():
        out.append(f"{indent}{_key(key)}:")
        _value(value, indent, out)


def _value(value: Any, indent: str, out: list[str]) -> None:
    """A value after ``key:`` or ``-`` at ``indent``, with its line end."""
    kind = type(value)
    if kind is dict:
        if value:
            out.append("\n")
            _mapping(value, indent + "  ", out)
        else:
            out.append(" {}\n")
    elif kind is list:
        if not value:
            out.append(" []\n")
        elif all(type(x) is int for x in value):  # the common case: line numbers
            out.append(" [" + ", ".join(map(str, value)) + "]\n")
        elif _is_flow(value):
            out.append(f" {_flow(value)}\n")
        else:
            out.append("\n")
            _sequence(value, indent, out)
    else:
        out.append(f" {_scalar(value)}\n")


def _sequence(items: list[Any], indent: str, out: list[str]) -> None:
    """A block list inside a mapping: its dashes line up with the mapping's keys."""
    for item in items:
        out.append(f"{indent}-")
        if type(item) is dict and item:
            first = True
            for key, value in item.items():
                out.append(f" {_key(key)}:" if first else f"{indent}  {_key(key)}:")
                _value(value, indent + "  ", out)
                first = False
        elif type(item) is list and item and not _is_flow(item):
            raise _NotSimple  # a block list directly inside a block list
        else:
            _value(item, indent, out)


def _is_flow(items: list[Any]) -> bool:
    # As _represent_list decides: line numbers, or lists of line numbers.
    return _is_numbers(items) or all(_is_numbers(x) for x in items)


def _flow(items: list[Any]) -> str:
    parts = []
    for item in items:
        if type(item) is int:
            parts.append(str(item))
        elif type(item) is list and all(type(x) is int for x in item):
            parts.append("[" + ", ".join(map(str, item)) + "]")
        else:
            raise _NotSimple
    return "[" + ", ".join(parts) + "]"


def _key(key: Any) -> str:
    # Keys are field names; anything long or odd would be a complex key in PyYAML.
    known = _KEYS.get(key) if type(key) is str else None
    if known is not None:
        return known
    if type(key) is not str or not 0 < len(key) < 100 or _needs_double_quotes(key):
        raise _NotSimple
    text = _string(key)
    if len(_KEYS) < 1024:  # the same few names come back in every document
        _KEYS[key] = text
    return text


_KEYS: dict[str, str] = {}


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    kind = type(value)
    if kind is str:
        return _string(value)
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return str(value)
    raise _NotSimple


def _string(text: str) -> str:
    # The same few values (layouts, encodings, languages, dates, reasons, names) come back in every
    # document; what a string becomes is a pure function of it, so short ones are remembered.
    known = _STRINGS.get(text)
    if known is not None:
        return known
    written = _uncached_string(text)
    if len(text) <= 64 and len(_STRINGS) < 4096:
        _STRINGS[text] = written
    return written


_STRINGS: dict[str, str] = {}
# Printable (_PRINTABLE) and needing no double quotes (_DOUBLE_QUOTES_NEEDED): one pass for both.
_PRINTABLE_UNQUOTED = re.compile("[^\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff\U0010ffff]*")
# First characters for which some YAML implicit type (bool, int, float, null, timestamp...) may apply.
_IMPLICIT_FIRST = frozenset(key for key in _RESOLVER.yaml_implicit_resolvers if key)


def _uncached_string(text: str) -> str:
    if _PRINTABLE_UNQUOTED.fullmatch(text) is None:
        if _needs_double_quotes(text):
            return '"' + _DOUBLE_QUOTED_ESCAPE.sub(_escape, text) + '"'
        if not _PRINTABLE.fullmatch(text):
            raise _NotSimple
    if _NOT_PLAIN.search(text) is None and (
            (text and text[0] not in _IMPLICIT_FIRST)
            or _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) == _STR_TAG):
        return text
    return "'" + text.replace("'", "''") + "'"


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _ESCAPES:
        return "\\" + _ESCAPES[char]
    code = ord(char)
    return f"\\x{code:02X}" if code <= 0xFF else f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}"


def _put(mapping: dict[str, Any], key: str, value: Any) -> None:
    # "und" (undetermined) means no language; as any other value it is a real word ("und" is German for "and").
    if value is not None and value != [] and not (key == "lang" and value == "und"):
        mapping[key] = value


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


def front_matter(document: Document) -> dict[str, Any]:
    capture = document["capture"]
    articles = document["articles"]
    sectioned = is_sectioned(document)
    data: dict[str, Any] = {}
    if sectioned:
        digest = document["digest"] or {}
        _put(data, "publisher", digest.get("publisher"))
        _put(data, "date", digest.get("published"))
        _put(data, "source", capture["site"])
        _put(data, "tags", _unique(tag for article in articles for tag in article["tags"]))
        languages = {article["language"] for article in articles}
        _put(data, "lang", languages.pop() if len(languages) == 1 else None)
    else:
        article = articles[0]
        _put(data, "title", article["headline"])
        _put(data, "date", article["published"])
        _put(data, "author", article["byline"])
        _put(data, "publisher", article["publisher"])
        _put(data, "source", capture["site"])
        _put(data, "tags", list(article["tags"]))
        _put(data, "lang", article["language"])
        _put(data, "description", " ".join(article["summary"]) or None)
    data["newsconv"] = {
        "schema_version": document["schema_version"],
        "capture": {"captured": capture["captured"], "layout": capture["layout"],
                    "source": dict(capture["source"]), "field_lines": _field_lines(capture["field_lines"])},
        "digest": None if document["digest"] is None else {
            "field_lines": _field_lines(document["digest"]["field_lines"])},
        "articles": [_article_rest(article, sectioned) for article in articles],
        "removed": [{"lines": list(r["lines"]), "text": r["text"], "reason": r["reason"]} for r in document["removed"]],
        "warnings": [{"code": w["code"], "message": w["message"], "line": w["line"]} for w in document["warnings"]],
    }
    return data


def _field_lines(field_lines: dict[str, list[int]]) -> dict[str, list[int]]:
    return {name: list(lines) for name, lines in field_lines.items()}


def _article_rest(article: Article, sectioned: bool) -> dict[str, Any]:
    rest: dict[str, Any] = {}
    if sectioned:
        rest.update(publisher=article["publisher"], published=article["published"], byline=article["byline"],
                    dateline=article["dateline"], tags=list(article["tags"]), language=article["language"],
                    summary=list(article["summary"]))
    else:
        rest["dateline"] = article["dateline"]
        if len(article["summary"]) > 1:
            rest["summary"] = list(article["summary"])
    rest["field_lines"] = _field_lines(article["field_lines"])
    rest["block_lines"] = [list(block["lines"]) for block in article["blocks"]]
    return rest


# -- The same text again, from the document itself ---------------------------------------------
# front_matter() builds a mapping and front_matter_text() walks it generically; both cost more
# than the text they make. The shapes are fixed by the schema (spans are two line numbers,
# field lines are lists of line numbers, the rest strings, integers and nulls), so the writer
# below goes straight from the document to the text, key by key in the order front_matter()
# puts them. A value of any other shape (which the schema would not allow) raises _NotSimple,
# and the whole front matter is then written the generic way: the text is always the same.

def document_front_matter(document: Document) -> str:
    """``front_matter_text(front_matter(document))``, written directly from the document."""
    out: list[str] = []
    try:
        _described(document, out)
        _newsconv(document, out)
    except _NotSimple:
        return front_matter_text(front_matter(document))
    return "".join(out)


def _described(document: Document, out: list[str]) -> None:
    """The keys other tools read, as front_matter() chooses them."""
    capture = document["capture"]
    articles = document["articles"]
    if is_sectioned(document):
        digest = document["digest"] or {}
        _text_key("publisher", digest.get("publisher"), out)
        _text_key("date", digest.get("published"), out)
        _text_key("source", capture["site"], out)
        _texts_key("tags", _unique(tag for article in articles for tag in article["tags"]), out)
        languages = {article["language"] for article in articles}
        _text_key("lang", languages.pop() if len(languages) == 1 else None, out)
    else:
        article = articles[0]
        _text_key("title", article["headline"], out)
        _text_key("date", article["published"], out)
        _text_key("author", article["byline"], out)
        _text_key("publisher", article["publisher"], out)
        _text_key("source", capture["site"], out)
        _texts_key("tags", article["tags"], out)
        _text_key("lang", article["language"], out)
        _text_key("description", " ".join(article["summary"]) or None, out)


def _text_key(key: str, value: Any, out: list[str]) -> None:
    # As _put: no null, and no "und" language.
    if value is None or (key == "lang" and value == "und"):
        return
    if type(value) is not str:
        raise _NotSimple
    out.append(f"{key}: {_string(value)}\n")


def _texts_key(key: str, values: list[Any], out: list[str]) -> None:
    if values:
        out.append(f"{key}:\n{_texts(values, '')}")


def _texts(values: list[Any], indent: str) -> str:
    """A block list of strings, one ``- item`` line each."""
    if type(values) is not list:
        raise _NotSimple
    lines = []
    for value in values:
        if type(value) is not str:
            raise _NotSimple
        lines.append(f"{indent}- {_string(value)}\n")
    return "".join(lines)


def _newsconv(document: Document, out: list[str]) -> None:
    capture = document["capture"]
    digest = document["digest"]
    append = out.append
    append(f"newsconv:\n  schema_version: {_scalar(document['schema_version'])}\n"
           f"  capture:\n    captured: {_scalar(capture['captured'])}\n    layout: {_scalar(capture['layout'])}\n"
           f"    source:{_scalars(capture['source'], '      ')}"
           f"    field_lines:{_field_lines_text(capture['field_lines'], '      ')}")
    append("  digest: null\n" if digest is None else
           f"  digest:\n    field_lines:{_field_lines_text(digest['field_lines'], '      ')}")
    sectioned = is_sectioned(document)
    append("  articles:\n" if document["articles"] else "  articles: []\n")
    for article in document["articles"]:
        append(_article_text(article, sectioned))
    removed = document["removed"]
    append("  removed:\n" if removed else "  removed: []\n")
    for item in removed:
        append(f"  - lines: {_numbers(item['lines'])}\n    text: {_scalar(item['text'])}\n"
               f"    reason: {_scalar(item['reason'])}\n")
    warnings = document["warnings"]
    append("  warnings:\n" if warnings else "  warnings: []\n")
    for warning in warnings:
        append(f"  - code: {_scalar(warning['code'])}\n    message: {_scalar(warning['message'])}\n"
               f"    line: {_scalar(warning['line'])}\n")


def _article_text(article: Article, sectioned: bool) -> str:
    """One item of the ``articles`` list: the fields _article_rest() keeps, in its order."""
    if sectioned:
        head = (f"  - publisher: {_scalar(article['publisher'])}\n    published: {_scalar(article['published'])}\n"
                f"    byline: {_scalar(article['byline'])}\n    dateline: {_scalar(article['dateline'])}\n"
                f"    tags:{_list_value(article['tags'])}    language: {_scalar(article['language'])}\n"
                f"    summary:{_list_value(article['summary'])}")
    else:
        head = f"  - dateline: {_scalar(article['dateline'])}\n"
        if len(article["summary"]) > 1:
            head += f"    summary:\n{_texts(article['summary'], '    ')}"
    spans = ", ".join([_numbers(block["lines"]) for block in article["blocks"]])
    return (f"{head}    field_lines:{_field_lines_text(article['field_lines'], '      ')}"
            f"    block_lines: [{spans}]\n")


def _list_value(values: list[Any]) -> str:
    """A list of strings after ``key:`` in an article item, with its line end."""
    return f"\n{_texts(values, '    ')}" if values else " []\n"


def _scalars(mapping: dict[str, Any], indent: str) -> str:
    """A mapping of scalars after ``key:``, with its line ends."""
    if type(mapping) is not dict:
        raise _NotSimple
    if not mapping:
        return " {}\n"
    return "\n" + "".join([f"{indent}{_key(key)}: {_scalar(value)}\n" for key, value in mapping.items()])


def _field_lines_text(field_lines: dict[str, list[int]], indent: str) -> str:
    """Field lines after ``field_lines:``, with their line ends."""
    if type(field_lines) is not dict:
        raise _NotSimple
    if not field_lines:
        return " {}\n"
    return "\n" + "".join([f"{indent}{_key(name)}: {_numbers(lines)}\n" for name, lines in field_lines.items()])


def _numbers(numbers: list[int]) -> str:
    """Line numbers in flow style, as ``[3, 4]`` (a span, the common case, is written at once)."""
    if type(numbers) is not list:
        raise _NotSimple
    if len(numbers) == 2:
        first, last = numbers
        if type(first) is int and type(last) is int:
            return f"[{first}, {last}]"
    for number in numbers:
        if type(number) is not int:
            raise _NotSimple
    return "[" + ", ".join(map(str, numbers)) + "]"


def inline(text: str, where: str) -> str:
    return escape_text(carriable(text, where))


def _field(text: str, where: str, name: str) -> str:
    """:func:`inline` for field ``name`` at ``where``; most text is plain, and then needs no path for a warning."""
    return text if is_plain(text) else inline(text, f"{where}.{name}")


def _block_field(text: str, where: str, index: int, name: str) -> str:
    """:func:`_field` for a field of block ``index`` of the article at ``where``."""
    return text if is_plain(text) else inline(text, f"{where}.blocks[{index}].{name}")


def body(document: Document) -> list[str]:
    """The body as Markdown blocks (each one or more lines), in order."""
    chunks: list[str] = []
    if not is_sectioned(document):
        article = document["articles"][0]
        if article["headline"] is not None:
            chunks.append("# " + _field(article["headline"], "$.articles[0]", "headline"))
        chunks.extend(block_chunks(article["blocks"], "##", "articles[0]"))
        return chunks
    for i, article in enumerate(document["articles"]):
        where = f"$.articles[{i}]"
        headline = article["headline"]
        chunks.append(ITEM_SEPARATOR if headline is None else "## " + _field(headline, where, "headline"))
        attributes = attribute_line(article, where)
        if attributes:
            chunks.append(attributes)
        chunks.extend(block_chunks(article["blocks"], "###", where))
    return chunks


def attribute_line(article: Article, where: str) -> Optional[str]:
    """A digest item's publisher, date and tags, for people (the reader takes them from the front matter)."""
    parts = []
    if article["publisher"] is not None:
        parts.append("Publisher: " + _field(article["publisher"], where, "publisher"))
    if article["published"] is not None:
        parts.append("Published: " + _field(article["published"], where, "published"))
    if article["tags"]:
        parts.append("Tags: " + ", ".join([_field(tag, where, "tags") for tag in article["tags"]]))
    return f"*{' · '.join(parts)}*" if parts else None


def block_chunks(blocks: list[Block], heading: str, where: str) -> list[str]:
    chunks = []
    append = chunks.append
    previous_bullet = None
    for j, block in enumerate(blocks):
        kind = block["type"]
        bullet = None
        if kind == "paragraph":
            append(_block_field(block["text"], where, j, "text"))
        elif kind == "heading":
            append(f"{heading} {_block_field(block['text'], where, j, 'text')}")
        elif kind == "quote":
            append("> " + _block_field(block["text"], where, j, "text"))
        elif kind == "list":
            bullet = BULLETS[1] if previous_bullet == BULLETS[0] else BULLETS[0]
            append("\n".join([f"{bullet} {_block_field(item, where, j, 'items')}" for item in block["items"]]))
        else:
            append(figure(block, f"{where}.blocks[{j}]"))  # type: ignore[arg-type]
        previous_bullet = bullet
    return chunks


def figure(block: FigureBlock, where: str) -> str:
    """A block quote whose first paragraph is a bold ``Figure`` (escaped text never starts with markup)."""
    label = block["label"]
    paragraphs = [f"**{FIGURE}**" if label is None else f"**{FIGURE}:** {_field(label, where, 'label')}",
                  _field(block["caption"], where, "caption")]
    for word, name in ((CREDIT, "credit"), (ALT, "alt")):
        value = block[name]  # type: ignore[literal-required]
        if value is not None:
            paragraphs.append(f"**{word}** {_field(value, where, name)}")
    return "> " + "\n>\n> ".join(paragraphs)


def write(document: Document) -> bytes:
    head = f"---\n{FRONT_MATTER_NOTE}\n{document_front_matter(document)}---\n"
    chunks = body(document)
    text = head + ("\n" + "\n\n".join(chunks) + "\n" if chunks else "")
    return text.encode("utf-8")


WRITER = Writer(
    name="md",
    extension=".md",
    description="CommonMark with YAML front matter (pandoc, Hugo, Jekyll); reads back into the same document",
    write=write,
)

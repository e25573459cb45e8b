"""Markdown: CommonMark with YAML front matter, for pandoc, Hugo and Jekyll, and read back exactly.

The layout and the front matter, key by key: docs/formats/markdown.md.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Optional

import yaml

from .escape import ALT, CREDIT, FIGURE, carriable, escape_text, is_plain
from ._front_matter import front_matter_text
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
    """The front matter as YAML text, by PyYAML: the reference for the faster writer in :mod:`._front_matter`."""
    return yaml.dump(data, Dumper=FrontMatterDumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=1 << 30, explicit_start=False)


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
    head = f"---\n{FRONT_MATTER_NOTE}\n{front_matter_text(front_matter(document))}---\n"
    chunks = body(document)
    text = head + ("\n" + "\n\n".join(chunks) + "\n" if chunks else "")
    return text.encode("utf-8")


WRITER = Writer(
    name="md",
    extension=".md",
    description="CommonMark with YAML front matter (pandoc, Hugo, Jekyll); reads back into the same document",
    write=write,
)

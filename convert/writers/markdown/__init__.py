"""Markdown: CommonMark with YAML front matter, for pandoc, Hugo and Jekyll, and read back exactly.

The layout and the front matter, key by key: docs/formats/markdown.md.
"""

from __future__ import annotations

import copy
import re
from typing import Any, Iterable, Optional

import yaml

from .escape import ALT, CREDIT, carriable, escape_text, is_plain
from ._front_matter import front_matter_text
from ...errors import NewsconvError
from ...model import ARTICLE_ADDITIONS, Article, Block, Document, FigureBlock
from ...options import Option
from .. import Writer
from ..people import people, untitled

FRONT_MATTER_NOTE = ("# newsconv document: this text and the newsconv mapping below "
                     "restore the intermediate exactly")
GENERATOR = "newsconv"  # the short front matter's mark, so that newsconv knows its own Markdown
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


def title_of(document: Document) -> str:
    """The page title: a single article's headline; else (a digest, a headline-less article) an honest name
    from who published it and when (see :func:`convert.writers.people.untitled`)."""
    digest = document["digest"]
    captured = _day(document["capture"]["captured"])
    if not is_sectioned(document):
        article = document["articles"][0]
        if article["headline"] is not None:
            return article["headline"]
        return untitled(article["publisher"], _day(article["published"]), captured)
    if digest is not None:
        return untitled(digest["publisher"] or document["capture"]["site"], _day(digest["published"]), captured)
    return untitled(document["capture"]["site"], None, captured)


def item_title(document: Document, article: Article) -> str:
    """A digest item's section heading: its headline, else the name :func:`untitled` gives it."""
    if article["headline"] is not None:
        return article["headline"]
    digest = document["digest"] or {}
    return untitled(article["publisher"] or digest.get("publisher"),
                    _day(article["published"] or digest.get("published")), _day(document["capture"]["captured"]))


def _day(value: Optional[str]) -> Optional[str]:
    return value[:10] if value else None


def short_front_matter(document: Document) -> dict[str, Any]:
    """The keys site generators, pandoc and people read: what the page is, who wrote and published it, when."""
    capture = document["capture"]
    articles = document["articles"]
    data: dict[str, Any] = {"title": title_of(document)}
    if is_sectioned(document):
        digest = document["digest"] or {}
        _put(data, "date", digest.get("published"))
        _put(data, "lastmod", capture["captured"])
        _put(data, "publisher", digest.get("publisher"))
        _put(data, "site", capture["site"])
        _put(data, "tags", _unique(tag for article in articles for tag in article["tags"]))
        languages = {article["language"] for article in articles}
        _put(data, "lang", languages.pop() if len(languages) == 1 else None)
        data["articles"] = len(articles)  # tells a reader the sections are articles, not one article's parts
    else:
        article = articles[0]
        _put(data, "date", article["published"])
        _put(data, "lastmod", capture["captured"])
        _put(data, "author", list(people(article["byline"])))
        _put(data, "publisher", article["publisher"])
        _put(data, "site", capture["site"])
        _put(data, "dateline", article["dateline"])
        _put(data, "tags", list(article["tags"]))
        _put(data, "lang", article["language"])
        if len(article["summary"]) == 1:  # a standfirst; several strings are key points, in the body
            data["description"] = article["summary"][0]
        _put(data, "rights", (article.get("rights") or {}).get("statement"))
    own_id = articles[0].get("id") if len(articles) == 1 else None
    data["id"] = own_id or f"sha256:{capture['source']['sha256']}"  # the article's identity, as in every format
    data["generator"] = GENERATOR
    return data


def front_matter(document: Document, full: bool = False) -> dict[str, Any]:
    """The front matter: the short keys, and with ``full`` the whole document besides the body's text
    under ``newsconv:`` (the exact round trip)."""
    data = short_front_matter(document)
    if not full:
        return data
    capture = document["capture"]
    digest = document["digest"]
    data["newsconv"] = {
        "schema_version": document["schema_version"],
        "capture": _capture(capture),
        "digest": None if digest is None else {
            "publisher": digest["publisher"], "published": digest["published"],
            "field_lines": _field_lines(digest["field_lines"])},
        "articles": [_article_rest(article) for article in document["articles"]],
        "removed": [{"lines": list(r["lines"]), "text": r["text"], "reason": r["reason"]} for r in document["removed"]],
        "warnings": [{"code": w["code"], "message": w["message"], "line": w["line"]} for w in document["warnings"]],
    }
    return data


def _capture(capture: dict[str, Any]) -> dict[str, Any]:
    kept = {"site": capture["site"], "captured": capture["captured"], "layout": capture["layout"],
            "source": dict(capture["source"]), "field_lines": _field_lines(capture["field_lines"])}
    if "archive_record" in capture:
        kept["archive_record"] = dict(capture["archive_record"])
    return kept


_front_matter_of = front_matter  # for write, whose option of the same name hides the function


def _field_lines(field_lines: dict[str, list[int]]) -> dict[str, list[int]]:
    return {name: list(lines) for name, lines in field_lines.items()}


def _article_rest(article: Article) -> dict[str, Any]:
    """Every field of an article but its blocks' text, which the body holds."""
    return {"headline": article["headline"], "publisher": article["publisher"], "published": article["published"],
            "byline": article["byline"], "dateline": article["dateline"], "tags": list(article["tags"]),
            "language": article["language"], "summary": list(article["summary"]),
            "field_lines": _field_lines(article["field_lines"]),
            "block_lines": [list(block["lines"]) for block in article["blocks"]],
            **{key: copy.deepcopy(article[key]) for key in ARTICLE_ADDITIONS if key in article}}


def inline(text: str, where: str) -> str:
    return escape_text(carriable(text, where))


def _field(text: str, where: str, name: str) -> str:
    """:func:`inline` for field ``name`` at ``where``; most text is plain, and then needs no path for a warning."""
    return text if is_plain(text) else inline(text, f"{where}.{name}")


def _block_field(text: str, where: str, index: int, name: str) -> str:
    """:func:`_field` for a field of block ``index`` of the article at ``where``."""
    return text if is_plain(text) else inline(text, f"{where}.blocks[{index}].{name}")


def body(document: Document, title_heading: bool = False) -> list[str]:
    """The body as Markdown blocks (each one or more lines), in order."""
    chunks: list[str] = []
    if title_heading:
        chunks.append("# " + _field(title_of(document), "$.articles[0]", "headline"))
    if not is_sectioned(document):
        article = document["articles"][0]
        chunks.extend(key_points(article, "$.articles[0]", False))
        chunks.extend(block_chunks(article["blocks"], "##", "$.articles[0]"))
        return chunks
    for i, article in enumerate(document["articles"]):
        where = f"$.articles[{i}]"
        chunks.append("## " + _field(item_title(document, article), where, "headline"))
        attributes = attribute_line(article, where)
        if attributes:
            chunks.append(attributes)
        chunks.extend(key_points(article, where, True))
        chunks.extend(block_chunks(article["blocks"], "###", where))
    return chunks


def key_points(article: Article, where: str, sectioned: bool) -> list[str]:
    """The summary in the body: several strings are key points, a list; one string is a standfirst, a
    digest item's first paragraph (a single article's is the front matter's ``description``)."""
    summary = article["summary"]
    if len(summary) > 1:
        return ["\n".join(f"{BULLETS[1]} {_field(point, where, 'summary')}" for point in summary)]
    if summary and sectioned:
        return [_field(summary[0], where, "summary")]
    return []


def has_attribute_line(article: Article) -> bool:
    return bool(article["publisher"] or article["published"] or article["byline"] or article["dateline"]
                or article["tags"])


def attribute_line(article: Article, where: str) -> Optional[str]:
    """A digest item's publisher, date, byline, dateline and tags, for people (the exact reader takes them
    from the front matter)."""
    parts = []
    for label, name in (("Publisher", "publisher"), ("Published", "published"), ("By", "byline"),
                        ("Dateline", "dateline")):
        value = article[name]  # type: ignore[literal-required]
        if value is not None:
            parts.append(f"{label}: " + _field(value, where, name))
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
    """A figure with no picture, read as a caption line: ``**File:** *caption* — credit``, then the
    picture's description after a line break. Escaped text never starts with emphasis, so the reader
    tells a figure from a paragraph."""
    label, credit, alt = block["label"], block["credit"], block["alt"]
    line = f"*{_field(block['caption'], where, 'caption')}*"
    if label is not None:
        line = f"**{_field(label, where, 'label')}:** {line}"
    if credit is not None:
        line += f" {CREDIT} {_field(credit, where, 'credit')}"
    if alt is not None:
        line += f"\\\n{ALT} {_field(alt, where, 'alt')}"
    return line


FRONT_MATTER_KINDS = ("short", "full")


def write(document: Document, *, front_matter: str = "short", title_heading: bool = False) -> bytes:
    """The document as Markdown; ``front_matter="full"`` adds everything else it holds (exact round trip),
    ``title_heading`` repeats the title as a level-one heading at the top of the body."""
    if front_matter not in FRONT_MATTER_KINDS:
        raise NewsconvError(f"unknown Markdown front matter {front_matter!r}; choose one of "
                            f"{', '.join(FRONT_MATTER_KINDS)}")
    full = front_matter == "full"
    note = f"{FRONT_MATTER_NOTE}\n" if full else ""
    head = f"---\n{note}{front_matter_text(_front_matter_of(document, full))}---\n"
    chunks = body(document, title_heading)
    text = head + ("\n" + "\n\n".join(chunks) + "\n" if chunks else "")
    return text.encode("utf-8")


WRITER = Writer(
    name="md",
    extension=".md",
    description="CommonMark with YAML front matter (pandoc, Hugo, Jekyll); with full front matter, reads back "
                "into the same document",
    write=write,
    options=(
        Option("front_matter", "short: the keys site generators and pandoc read (default); full: also the whole "
               "document, so that newsconv reads it back exactly", choices=FRONT_MATTER_KINDS),
        Option("title_heading", "repeat the title as a level-one heading at the top of the body (for renderers "
               "that do not show the front matter)", type=bool),
    ),
)

"""The Markdown reader: newsconv Markdown exactly, hand-edited or foreign Markdown as well as possible,
and never anything but a valid document or a clear error."""

from __future__ import annotations

import hashlib
import warnings
from typing import Any

import pytest
from tests.documents import article, digest_document, document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import convert
from convert.errors import NewsconvError, NewsconvWarning
from convert import readers
from convert.schema import problems
from convert.writers.markdown import write


def read_markdown(data, name=None):
    """The Markdown reader as the library runs it: the document is checked against the schema."""
    return readers.read(data, name, format="markdown")


def written(doc: dict[str, Any], front_matter: str = "full", **options: Any) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsconvWarning)
        return write(doc, front_matter=front_matter, **options).decode("utf-8")


def read(text: str, name: str = "story.md") -> dict[str, Any]:
    doc = read_markdown(text.encode("utf-8"), name)
    assert problems(doc) == []
    return doc


def codes(doc: dict[str, Any]) -> list[str]:
    return [w["code"] for w in doc["warnings"]]


def texts(doc: dict[str, Any]) -> list[tuple[str, Any]]:
    out = []
    for block in doc["articles"][0]["blocks"]:
        value = block.get("text", block.get("items", block.get("caption")))
        out.append((block["type"], value))
    return out


# --- newsconv Markdown ------------------------------------------------------------------------------------

def test_newsconv_markdown_restores_the_capture_not_this_file() -> None:
    doc = document()
    back = read(written(doc))
    assert back == doc
    assert back["capture"]["layout"] == "am1-article"
    assert back["capture"]["source"]["sha256"] == doc["capture"]["source"]["sha256"]  # the capture's, restored
    assert [b["lines"] for b in back["articles"][0]["blocks"]] == [b["lines"] for b in doc["articles"][0]["blocks"]]


def test_newsconv_markdown_restores_the_article_fields_of_schema_1_1() -> None:
    doc = convert.parse_text("Ferry timetable confirmed\n\nBy Jane Roe, Transport Editor\nUpdated March 6, 2025\n\n"
                             "The operator confirmed its winter timetable on Thursday, with two sailings a day.\n\n"
                             "Copyright 2025 Harbour Gazette\n", "ferry.txt")
    article = doc["articles"][0]
    assert {"id", "contributors", "rights"} <= set(article)
    back = read(written(doc))
    assert back == doc
    assert list(back["articles"][0]) == list(article)  # the same JSON text, key for key


def test_the_registry_routes_newsconv_markdown_here() -> None:
    doc = digest_document()
    assert convert.parse_bytes(written(doc).encode(), "digest.md") == doc


def test_windows_line_endings_and_a_byte_order_mark_change_nothing() -> None:
    doc = document(articles=[article(byline="two\nlines", blocks=[
        {"type": "paragraph", "lines": [20, 20], "text": "carriage\rreturn and\r\nboth"}])])
    data = b"\xef\xbb\xbf" + written(doc).replace("\n", "\r\n").encode()
    assert read_markdown(data, "crlf.md") == doc


def test_edited_paragraph_text_is_taken_from_the_body() -> None:
    doc = document()
    text = written(doc).replace("Sailings will start in May", "Sailings will start in *June*")
    back = read(text)
    assert back["articles"][0]["blocks"][2]["text"] == "Sailings will start in June, the council said."
    assert back["warnings"] == [] and back["capture"]["layout"] == "am1-article"


def test_the_title_key_repeats_the_headline_and_is_ignored() -> None:
    text = written(document()).replace("title: Harbour council", "title: Harbor council")
    assert read(text)["articles"][0]["headline"] == "Harbour council approves new ferry timetable"


def test_the_keys_above_the_mapping_are_for_other_tools_and_the_mapping_is_taken() -> None:
    text = written(document()).replace("- Morag Campbell", "- Iain Bell")
    text = text.replace("    byline: Morag Campbell", "    byline: Morag Campbell and Iain Bell")
    back = read(text)
    assert back["articles"][0]["byline"] == "Morag Campbell and Iain Bell"
    assert back["warnings"] == []


def edited(text: str) -> dict[str, Any]:
    back = read(text)
    assert codes(back)[0] == "markdown-edited"
    assert back["capture"]["layout"] == "markdown"
    source = back["capture"]["source"]
    assert source["file"] == "story.md" and source["encoding"] == "utf-8"
    assert source["sha256"] == hashlib.sha256(text.encode()).hexdigest() and source["bytes"] == len(text.encode())
    assert source["lines"] == text.count("\n")
    return back


def test_an_added_paragraph_makes_it_plain_markdown_with_a_warning() -> None:
    text = written(document()).replace("## What changes\n", "## What changes\n\nAn added paragraph.\n")
    back = edited(text)
    assert "1 block(s)" not in back["warnings"][0]["message"]
    assert "7 block(s) in the text and 6 line span(s)" in back["warnings"][0]["message"]
    assert ("paragraph", "An added paragraph.") in texts(back)
    assert back["articles"][0]["headline"] == "Harbour council approves new ferry timetable"
    lines = text.split("\n")
    for block in back["articles"][0]["blocks"]:  # spans are this file's lines now
        first, last = block["lines"]
        assert lines[first - 1].strip() and lines[last - 1].strip()
    added = next(b for b in back["articles"][0]["blocks"] if b.get("text") == "An added paragraph.")
    assert lines[added["lines"][0] - 1] == "An added paragraph."


def test_a_lost_attribute_line_makes_a_digest_plain_markdown() -> None:
    text = written(digest_document()).replace("*Publisher: Town Crier · Tags: culture*\n\n", "")
    back = edited(text)
    assert "$.articles[1]: its attribute line is gone" in back["warnings"][0]["message"]


def test_an_extra_section_makes_a_digest_plain_markdown() -> None:
    back = edited(written(digest_document()) + "\n## A third item\n")
    assert "3 article(s) in the text, 2 in the front matter" in back["warnings"][0]["message"]


@pytest.mark.parametrize("old, new, reason", [
    ("schema_version: '1.0'", "schema_version: '2.0'", "schema_version"),
    ("captured: '2024-03-06'", "captured: 2024-03-06", "not a JSON value"),
    ("    published: '2024-03-05'", "    published: next Tuesday", "$.articles[0].published"),
    ("    language: en", "    language: English language", "$.articles[0].language"),
    ("block_lines: [[20, 20]", "block_lines: [[20.5, 20]", "not a JSON value"),
    ("  articles:\n  - headline", "  articles:\n  - {}\n  - headline", "newsconv.articles[0] has no headline"),
    ("      lines: 60", "      lines: 3", "past the capture's last line"),
    ("  capture:\n", "  capture: 7\n  old_capture:\n", "newsconv.capture is not a mapping"),
])
def test_a_front_matter_that_no_longer_fits_makes_it_plain_markdown(old: str, new: str, reason: str) -> None:
    text = written(document())
    assert old in text
    back = edited(text.replace(old, new, 1))
    assert reason in back["warnings"][0]["message"]


# --- newsconv Markdown with the short front matter: the articles' content --------------------------------------

def test_short_markdown_reads_back_as_the_article() -> None:
    doc = document(articles=[article(byline="Morag Campbell and Iain Bell, Staff Writers",
                                     summary=["Two sailings are added."])])
    back = read(written(doc, "short"))
    assert back["warnings"] == []  # newsconv's own: neither foreign nor edited
    art, original = back["articles"][0], doc["articles"][0]
    for key in ("headline", "publisher", "published", "dateline", "tags", "language", "summary"):
        assert art[key] == original[key], key
    assert art["byline"] == "Morag Campbell and Iain Bell"  # the people, without their job titles
    assert [(b["type"], b.get("text", b.get("caption"))) for b in art["blocks"]] == \
        [(b["type"], b.get("text", b.get("caption"))) for b in original["blocks"]]
    figure = art["blocks"][3]
    assert (figure["label"], figure["credit"], figure["alt"]) == ("File", "Iain Bell/Coastal Ledger", None)
    assert back["capture"]["site"] == "THE EXAMPLE AGGREGATOR" and back["capture"]["captured"] == "2024-03-06"
    assert back["capture"]["layout"] == "markdown"  # the provenance is in the full front matter only


def test_short_markdown_knows_its_made_up_titles_and_key_points() -> None:
    doc = document(articles=[article(headline=None, summary=["One.", "Two."])])
    for text in (written(doc, "short"), written(doc, "short", title_heading=True)):
        art = read(text)["articles"][0]
        assert art["headline"] is None and art["summary"] == ["One.", "Two."]
        assert art["blocks"][0]["text"].startswith("PORT ELLEN")


def test_short_markdown_of_a_digest_reads_back_item_by_item() -> None:
    doc = digest_document()
    doc["articles"][0]["headline"] = None
    back = read(written(doc, "short"))
    assert back["warnings"] == []
    assert back["digest"]["publisher"] == "Example Digest" and back["digest"]["published"] == "2024-03-05"
    assert [(a["headline"], a["publisher"], a["tags"]) for a in back["articles"]] == [
        (None, "City Post", ["politics"]), ("Library opens on Sundays", "Town Crier", ["culture"])]
    assert [[b["text"] for b in a["blocks"]] for a in back["articles"]] == \
        [[b["text"] for b in a["blocks"]] for a in doc["articles"]]


# --- any other Markdown -----------------------------------------------------------------------------------

FOREIGN = """\
---
title: Not the headline
date: 2023-11-02 09:30:00+01:00
author:
- Ana Ruiz
- Ben Okafor
tags: [weather, coast]
lang: en_GB
description: Storm warnings along the coast.
draft: false
---

Intro before the heading.

# Storm closes the coastal road

The coastal road was closed on Thursday
after a storm brought down trees.

## Diversions

1. Take the hill road.
2. Allow extra time.
   - Buses run every hour.

> Stay away from the sea front,
> the police said.

> **Figure:** File
>
> The coastal road under water.
>
> **Credit:** A. Photographer

    code is read as a paragraph

<div class="ad">Buy now</div>

* * *

Image ![a flooded road](flood.jpg) and `code` and <b>bold</b> and [a link](https://example.org).
"""


def test_foreign_markdown_is_read_as_well_as_possible() -> None:
    back = read(FOREIGN, "storm.md")
    assert codes(back) == ["markdown-foreign", "markdown-skipped"]
    assert back["capture"]["layout"] == "markdown" and back["digest"] is None
    art = back["articles"][0]
    assert art["headline"] == "Storm closes the coastal road"
    assert art["published"] == "2023-11-02T09:30:00+01:00"
    assert art["byline"] == "Ana Ruiz, Ben Okafor"
    assert art["tags"] == ["weather", "coast"]
    assert art["language"] == "en-GB"
    assert art["summary"] == ["Storm warnings along the coast."]
    assert art["publisher"] is None and art["dateline"] is None
    assert texts(back) == [
        ("paragraph", "Intro before the heading."),
        ("paragraph", "The coastal road was closed on Thursday after a storm brought down trees."),
        ("heading", "Diversions"),
        ("list", ["Take the hill road.", "Allow extra time.", "Buses run every hour."]),
        ("quote", "Stay away from the sea front, the police said."),
        ("figure", "The coastal road under water."),
        ("paragraph", "code is read as a paragraph"),
        ("paragraph", "Image a flooded road and code and bold and a link."),
    ]
    figure = art["blocks"][5]
    assert (figure["label"], figure["credit"], figure["alt"]) == ("File", "A. Photographer", None)


def test_foreign_markdown_spans_and_field_lines_point_into_the_file() -> None:
    back = read(FOREIGN, "storm.md")
    lines = FOREIGN.split("\n")
    art = back["articles"][0]
    assert lines[art["field_lines"]["headline"][0] - 1] == "# Storm closes the coastal road"
    assert lines[art["field_lines"]["byline"][0] - 1] == "author:"
    assert lines[art["field_lines"]["published"][0] - 1].startswith("date:")
    paragraph = art["blocks"][1]
    assert paragraph["lines"] == [lines.index("The coastal road was closed on Thursday") + 1,
                                  lines.index("after a storm brought down trees.") + 1]
    skipped = back["warnings"][1]
    assert lines[skipped["line"] - 1].startswith("<div")


def test_no_front_matter_and_no_heading() -> None:
    back = read("Just a paragraph.\n\n- and\n- a list\n")
    assert codes(back) == ["markdown-foreign"]
    assert back["articles"][0]["headline"] is None
    assert back["articles"][0]["language"] == "und"
    assert texts(back) == [("paragraph", "Just a paragraph."), ("list", ["and", "a list"])]


def test_the_title_key_is_the_headline_when_there_is_no_level_1_heading() -> None:
    back = read("---\ntitle: From the front matter\n---\n\nText.\n")
    assert back["articles"][0]["headline"] == "From the front matter"
    assert back["articles"][0]["field_lines"] == {"headline": [2]}


def test_naive_times_keep_their_date_only() -> None:
    assert read("---\ndate: 2024-01-02 10:00:00\n---\n")["articles"][0]["published"] == "2024-01-02"
    assert read("---\ndate: '2024-01-02T10:00:00Z'\n---\n")["articles"][0]["published"] == "2024-01-02T10:00:00Z"


@pytest.mark.parametrize("front, code", [
    ("date: last week", "markdown-front-matter-value"),
    ("lang: 42 languages", "markdown-front-matter-value"),
    ("title: [unclosed", "markdown-front-matter"),
    ("- a\n- list", "markdown-front-matter"),
    ("just a string", "markdown-front-matter"),
    ("key: \x07bell", "markdown-front-matter"),
    ("date: 2024-02-30", "markdown-front-matter"),
    ("deep: " + "[" * 5000, "markdown-front-matter"),
])
def test_bad_front_matter_is_reported_and_ignored(front: str, code: str) -> None:
    back = read(f"---\n{front}\n---\n\n# Headline\n\nText.\n")
    assert code in codes(back)
    assert back["articles"][0]["headline"] == "Headline"
    assert back["articles"][0]["published"] is None and back["articles"][0]["language"] == "und"


def test_yaml_error_line_points_into_the_file() -> None:
    back = read("---\ntitle: fine\nother: [unclosed\n---\n")
    warning = next(w for w in back["warnings"] if w["code"] == "markdown-front-matter")
    assert warning["line"] in (3, 4)


def test_an_unclosed_front_matter_is_a_thematic_break() -> None:
    back = read("---\ntitle: x\n\n# Heading\n")
    assert back["articles"][0]["headline"] == "Heading"
    assert codes(back) == ["markdown-foreign"]


def test_odd_values_are_coerced_or_dropped() -> None:
    back = read("---\ntitle: 2024\nauthor: {name: A}\ntags: solo\npublisher: ''\ndescription: '   '\n---\n")
    art = back["articles"][0]
    assert art["headline"] == "2024"
    assert art["byline"] is None and art["publisher"] is None and art["summary"] == []
    assert art["tags"] == ["solo"]


@pytest.mark.parametrize("front", ["tags: &a [*a]", "author: &a [*a, x]", "title: &a [*a]",
                                   "newsconv: &a {capture: *a}", "deep: " + "[" * 5000 + "]" * 5000])
def test_recursive_and_deep_yaml_does_not_crash(front: str) -> None:
    back = read(f"---\n{front}\n---\n# x\n")
    assert back["articles"][0]["headline"] == "x"


def test_yaml_aliases_in_the_newsconv_mapping_are_refused() -> None:
    text = written(document()).replace("  removed:\n  - lines: [5, 5]", "  removed:\n  - &r\n    lines: [5, 5]")
    text = text.replace("  warnings: []", "  warnings: []\n  more: [*r, *r]")
    assert "markdown-edited" not in codes(read(text))  # an alias outside the used keys is harmless
    bomb = "\n".join(["  l0: &l0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"] +
                     [f"  l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]" for i in range(1, 9)])
    removed = "  removed:\n  - lines: [5, 5]\n    text: 'Sponsor: EXAMPLE'\n    reason: sponsor"
    text = written(document()).replace(removed, bomb + "\n  removed: *l8")
    back = edited(text)
    assert "YAML alias" in back["warnings"][0]["message"]


def test_empty_input_is_an_empty_article() -> None:
    back = read("")
    assert back["articles"][0]["blocks"] == [] and back["capture"]["source"]["lines"] == 0


def test_deep_nesting_does_not_crash() -> None:
    back = read("Shallow.\n\n" + ">" * 5000 + " deep\n\n" + "- " * 2000 + "deep\n\nShallow again.\n")
    assert texts(back)[0] == ("paragraph", "Shallow.")
    assert "markdown-skipped" in codes(back)  # the parser gives up on deep nesting, and we say so


def test_text_that_is_not_utf8_is_refused_with_a_clear_error() -> None:
    with pytest.raises(NewsconvError, match=r"story\.md: Markdown must be UTF-8: invalid byte at offset 4"):
        read_markdown(b"---\n\xff\xfe\n---\n", "story.md")


def test_nul_becomes_a_replacement_character() -> None:
    assert texts(read("a\x00b &#0; c\n")) == [("paragraph", "a\ufffdb \ufffd c")]


# --- garbage in: a valid document or a NewsconvError, nothing else --------------------------------------------

PIECES = ["---\n", "...\n", "newsconv:\n", "  articles: []\n", "  digest: {}\n", "title: x\n", "# ", "## ", "> ",
          "- ", "1. ", "* * *\n", "```\n", "<div>\n", "**Figure:** ", "**Credit:** ", "*", "\n", "\n\n", "\t", " ",
          "&#0;", "&#x110000;", "[a]: <b>\n", "\x00", "\r", "\\", "|", "{", "[", "!!python/object:x\n", "&a [*a]\n",
          "date: 2024-02-30\n", "lang: und\n", "block_lines: [[0, 0]]\n", "generator: newsconv\n", "articles: 2\n",
          "author: [a, b]\n", "lastmod: x\n", "*Publisher: x · Tags: y*\n", "*a* — b\\\n", "Picture: c\n"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=25))
def test_garbage_gives_a_valid_document_or_a_clear_error(pieces: list[str]) -> None:
    data = "".join(pieces).encode("utf-8", "surrogatepass")
    try:
        doc = read_markdown(data, "garbage.md")
    except NewsconvError as err:
        assert str(err).startswith("garbage.md")
        return
    assert problems(doc) == []


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes_give_a_valid_document_or_a_clear_error(data: bytes) -> None:
    try:
        doc = read_markdown(b"---\nnewsconv: 1\n---\n" + data, "bytes.md")
    except NewsconvError:
        return
    assert problems(doc) == []


@pytest.mark.parametrize("front_matter", ["full", "short"])
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_mangled_newsconv_markdown_gives_a_valid_document(front_matter: str, data: st.DataObject) -> None:
    lines = written(digest_document(), front_matter).split("\n")
    for _ in range(data.draw(st.integers(1, 4))):
        index = data.draw(st.integers(0, len(lines) - 1))
        lines[index] = data.draw(st.sampled_from(["", "- x", "## y", "> z", "* * *", "  bad: [", "      lines: 0",
                                                  "    tags: 5", lines[index][::-1], lines[index] + "x"]))
    text = "\n".join(lines)
    try:
        doc = read_markdown(text.encode("utf-8"), "mangled.md")
    except NewsconvError as err:
        pytest.fail(f"UTF-8 Markdown must always be readable: {err}")
    assert problems(doc) == []

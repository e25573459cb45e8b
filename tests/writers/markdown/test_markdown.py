"""The Markdown writer: CommonMark that renders the text as written, front matter other tools read,
and a file the Markdown reader turns back into exactly the same document."""

from __future__ import annotations

import re
import sys
import warnings
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from tests.paths import REPO, shared_path
from tests.documents import all_documents, archived_document, article, clone, digest_document, document, minimal_document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import convert
from convert.errors import NewsconvError, NewsconvWarning
from convert.model import block_texts
from convert.writers.markdown.escape import EDGE_SPACE, UNREFERENCEABLE, carriable, escape_text, is_plain
from convert.readers import guess
from convert.writers import get
from convert.writers import markdown as markdown_writer


def write(doc: dict[str, Any], **options: Any) -> bytes:
    """The full front matter: the exact round trip most of these tests are about (short: write_short)."""
    return markdown_writer.write(doc, **{"front_matter": "full", **options})


def write_short(doc: dict[str, Any], **options: Any) -> bytes:
    return markdown_writer.write(doc, **options)



# --- helpers ----------------------------------------------------------------------------------------------


def quiet_write(doc: dict[str, Any], **options: Any) -> bytes:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsconvWarning)
        return write(doc, **options)


def round_trip(doc: dict[str, Any], **options: Any) -> dict[str, Any]:
    """JSON text -> document -> Markdown (full front matter) -> document, through the public entry points."""
    loaded = convert.loads(convert.dumps(doc))
    return convert.parse_bytes(quiet_write(loaded, **options), "out.md")


def split(markdown: bytes) -> tuple[dict[str, Any], str]:
    """The front matter (as YAML) and the body of a written file."""
    text = markdown.decode("utf-8")
    assert text.startswith("---\n")
    front, _, body = text[4:].partition("\n---\n")
    return yaml.safe_load(front), body


class TextContent(HTMLParser):
    """The text content of every element of an HTML fragment, by tag (comments are not text)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, list[str]]] = []
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag not in ("br", "img", "hr"):
            self.open.append((tag, []))

    def handle_startendtag(self, tag: str, attrs: Any) -> None:
        pass  # <br />, <img />: no text of their own

    def handle_endtag(self, tag: str) -> None:
        name, parts = self.open.pop()
        assert name == tag
        text = "".join(parts)
        self.found.append((tag, text))
        if self.open:
            self.open[-1][1].append(text)

    def handle_data(self, data: str) -> None:
        if self.open:
            self.open[-1][1].append(data)


def rendered(body: str) -> list[tuple[str, str]]:
    """(tag, text content) of each element CommonMark renders ``body`` into, innermost first."""
    parser = TextContent()
    parser.feed(MarkdownIt("commonmark").render(body))
    parser.close()
    assert not parser.open
    return parser.found


def paragraph_document(*texts: str) -> dict[str, Any]:
    blocks = [{"type": "paragraph", "lines": [20 + i, 20 + i], "text": t} for i, t in enumerate(texts)]
    return document(articles=[article(blocks=blocks)])


# --- the registry -----------------------------------------------------------------------------------------

def test_registered_as_md() -> None:
    writer = get("md")
    assert (writer.name, writer.extension) == ("md", ".md")
    assert writer.write(document()).startswith(b"---\n")


# --- round trip over the hand-built documents ---------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(all_documents()))
def test_every_test_document_comes_back_identical(name: str) -> None:
    doc = all_documents()[name]
    assert round_trip(doc) == doc


def test_output_is_deterministic_and_leaves_the_document_alone() -> None:
    doc = digest_document()
    before = clone(doc)
    assert write(doc) == write(clone(doc))
    assert doc == before


def test_shared_line_lists_give_no_yaml_aliases() -> None:
    lines = [3, 4]
    doc = document(capture={**document()["capture"], "field_lines": {"site": lines, "captured": lines}})
    text = write(doc).decode()
    assert "&id" not in text and "*id" not in text
    assert round_trip(doc) == doc


def test_the_sniffer_finds_the_file_even_with_long_front_matter() -> None:
    long_summary = ["A long standfirst sentence. " * 400]
    data = write(document(articles=[article(summary=long_summary)]))
    assert len(data.split(b"newsconv:")[0]) > 4096  # the mapping itself is far down
    assert guess(data).name == "markdown"


# --- front matter -----------------------------------------------------------------------------------------

def front_lines(markdown: bytes) -> list[str]:
    text = markdown.decode("utf-8")
    return text[4:].partition("\n---\n")[0].split("\n")


def test_short_front_matter_has_the_keys_site_generators_and_pandoc_read() -> None:
    doc = document(articles=[article(summary=["Two sailings are added."], tags=["transport", "islands"],
                                     byline="Morag Campbell and Iain Bell, Staff Writers")])
    front, _ = split(write_short(doc))
    assert list(front) == ["title", "date", "lastmod", "author", "publisher", "site", "dateline", "tags", "lang",
                           "description", "id", "generator"]
    assert front["title"] == "Harbour council approves new ferry timetable"
    assert front["date"] == "2024-03-05" and isinstance(front["date"], str)  # quoted: not a YAML timestamp
    assert front["lastmod"] == "2024-03-06"  # the capture: the text as it stood then
    assert front["author"] == ["Morag Campbell", "Iain Bell"]
    assert front["publisher"] == "Coastal Ledger"  # the original source
    assert front["site"] == "THE EXAMPLE AGGREGATOR"  # where it was captured
    assert front["tags"] == ["transport", "islands"]
    assert front["lang"] == "en"
    assert front["description"] == "Two sailings are added."  # the standfirst
    assert front["id"] == f"sha256:{doc['capture']['source']['sha256']}"
    assert front["generator"] == "newsconv"
    assert "newsconv" not in front


def test_full_front_matter_adds_the_whole_document_but_the_body() -> None:
    doc = document()
    front, _ = split(write(doc))
    assert list(front)[-1] == "newsconv"
    assert front_lines(write(doc))[0].startswith("# newsconv document:")
    newsconv = front["newsconv"]
    assert list(newsconv) == ["schema_version", "capture", "digest", "articles", "removed", "warnings"]
    assert newsconv["capture"]["source"] == doc["capture"]["source"]
    assert newsconv["capture"]["site"] == "THE EXAMPLE AGGREGATOR"
    assert newsconv["digest"] is None
    [rest] = newsconv["articles"]
    assert {key: rest[key] for key in ("headline", "byline", "dateline", "summary")} == {
        "headline": "Harbour council approves new ferry timetable", "byline": "Morag Campbell",
        "dateline": "PORT ELLEN, Islay", "summary": []}
    assert rest["block_lines"] == [b["lines"] for b in doc["articles"][0]["blocks"]]
    assert newsconv["removed"] == doc["removed"]


def test_an_unknown_front_matter_kind_is_refused() -> None:
    with pytest.raises(NewsconvError, match="short, full"):
        markdown_writer.write(document(), front_matter="long")
    assert [o.name for o in get("md").options] == ["front_matter", "title_heading"]


def test_spans_are_written_on_one_line() -> None:
    text = write(document()).decode()
    assert "    block_lines: [[20, 20], [22, 22], [24, 24], [26, 26], [28, 29], [31, 31]]\n" in text
    assert "  - lines: [5, 5]\n" in text


def test_key_points_are_a_list_in_the_body_not_a_description() -> None:
    doc = document(articles=[article(summary=["First point.", "Second point."])])
    front, body = split(write_short(doc))
    assert "description" not in front
    assert body.startswith("\n* First point.\n* Second point.\n\nPORT ELLEN")
    assert round_trip(doc) == doc


def test_missing_facts_leave_their_keys_out_and_a_title_is_made_up() -> None:
    front, body = split(write_short(minimal_document()))
    assert list(front) == ["title", "id", "generator"]  # no date, author, publisher, site, tags, lang (und)
    assert front["title"] == "Untitled article"
    assert not body.lstrip().startswith("#")


def test_digest_front_matter_describes_the_digest() -> None:
    front, _ = split(write_short(digest_document()))
    assert list(front) == ["title", "date", "lastmod", "publisher", "site", "tags", "lang", "articles", "id",
                           "generator"]
    assert front["title"] == "Example Digest, 2024-03-05"
    assert front["publisher"] == "Example Digest" and front["date"] == "2024-03-05"
    assert front["tags"] == ["politics", "culture"] and front["articles"] == 2
    full, _ = split(write(digest_document()))
    assert full["newsconv"]["digest"] == {"publisher": "Example Digest", "published": "2024-03-05",
                                          "field_lines": {"publisher": [9, 10], "published": [11]}}
    items = full["newsconv"]["articles"]
    assert [(a["publisher"], a["tags"]) for a in items] == [("City Post", ["politics"]), ("Town Crier", ["culture"])]


def test_digest_lang_only_when_every_item_shares_it() -> None:
    doc = digest_document()
    doc["articles"][1]["language"] = "fr"
    front, _ = split(write_short(doc))
    assert "lang" not in front
    assert round_trip(doc) == doc


@pytest.mark.parametrize("value", ["yes", "null", "2024-03-05", "1.0", "~", "- x", "a: b", "# no", "'q'", "\"q\"",
                                   "line\nbreak", "tab\there", "\x85next", "\u2028sep", "\ufeffbom", "trail "])
def test_front_matter_strings_survive_yaml(value: str) -> None:
    doc = document(articles=[article(byline=value, publisher=value, tags=[value], dateline=value)],
                   removed=[{"lines": [5, 5], "text": value, "reason": "sponsor"}])
    doc["capture"]["site"] = value
    front, _ = split(write(doc))
    assert front["publisher"] == value and front["site"] == value and front["tags"] == [value]
    assert front["newsconv"]["articles"][0]["byline"] == value
    assert round_trip(doc) == doc


def test_front_matter_lines_never_close_the_front_matter_early() -> None:
    doc = document(articles=[article(byline="x\n---\ny", summary=["a\n...\nb"])])
    for text in (write(doc).decode(), write_short(doc).decode()):
        assert text.count("\n---\n") == 1  # the closing fence, and only it


# --- the body ---------------------------------------------------------------------------------------------

def test_article_body_layout() -> None:
    _, body = split(write(document()))
    assert body == (
        "\nPORT ELLEN, Islay — The harbour council voted on Tuesday to add two evening sailings.\n\n"
        "## What changes\n\n"
        "Sailings will start in May, the council said.\n\n"
        "**File:** *The ferry leaves Port Ellen, March 4, 2024.* — Iain Bell/Coastal Ledger\n\n"
        "- Two evening sailings\n- A Sunday service\n\n"
        "> We listened to the islanders.\n")
    assert split(write_short(document()))[1] == body  # the same body, whatever the front matter


def test_the_title_heading_option_repeats_the_title_in_the_body() -> None:
    for doc in (document(), digest_document(), minimal_document()):
        front, body = split(write_short(doc, title_heading=True))
        assert body.startswith(f"\n# {front['title']}\n\n")
        assert round_trip(doc, title_heading=True) == doc


def test_commonmark_renders_the_article_as_intended() -> None:
    _, body = split(write(document()))
    html = MarkdownIt("commonmark").render(body)
    assert html.count("<h1>") == 0 and html.count("<h2>") == 1  # the title is the front matter's
    assert html.count("<blockquote>") == 1 and html.count("<ul>") == 1 and html.count("<li>") == 2
    assert ("<p><strong>File:</strong> <em>The ferry leaves Port Ellen, March 4, 2024.</em> — "
            "Iain Bell/Coastal Ledger</p>") in html


def test_a_figure_reads_as_a_caption_line_with_its_credit_and_description() -> None:
    figure = {"type": "figure", "lines": [22, 22], "caption": "Quay", "credit": "A. Lee", "label": None,
              "alt": "A quay at dawn"}
    doc = document(articles=[article(blocks=[figure])])
    _, body = split(write(doc))
    assert body == "\n*Quay* — A. Lee\\\nPicture: A quay at dawn\n"
    assert "<p><em>Quay</em> — A. Lee<br />\nPicture: A quay at dawn</p>" in MarkdownIt("commonmark").render(body)
    assert round_trip(doc) == doc


def test_digest_has_a_level_2_section_per_item_with_an_attribute_line() -> None:
    _, body = split(write(digest_document()))
    assert re.findall(r"^#+ .*$", body, re.M) == ["## Council backs cycle lanes", "## Library opens on Sundays"]
    assert "*Publisher: City Post · Tags: politics*" in body
    assert "*Publisher: Town Crier · Tags: culture*" in body
    html = MarkdownIt("commonmark").render(body)
    assert "<p><em>Publisher: City Post · Tags: politics</em></p>" in html


def test_digest_item_without_headline_is_named_and_headings_are_level_3() -> None:
    doc = digest_document()
    doc["articles"][0]["headline"] = None
    doc["articles"][1]["blocks"].insert(0, {"type": "heading", "lines": [24, 24], "text": "Opening hours"})
    _, body = split(write(doc))
    assert body.startswith("\n## City Post, 2024-03-05\n\n*Publisher: City Post")
    assert "\n### Opening hours\n" in body
    assert round_trip(doc) == doc


def test_digest_items_show_byline_dateline_and_summary() -> None:
    doc = digest_document()
    doc["articles"][0].update(byline="Ann Lee", dateline="OBAN", summary=["In short."])
    doc["articles"][1].update(summary=["One.", "Two."])
    _, body = split(write(doc))
    assert "*Publisher: City Post · By: Ann Lee · Dateline: OBAN · Tags: politics*\n\nIn short.\n\n" in body
    assert "*Publisher: Town Crier · Tags: culture*\n\n* One.\n* Two.\n\n" in body
    assert round_trip(doc) == doc


def test_several_articles_without_a_digest_are_sections_too() -> None:
    doc = document(articles=[article(), article(headline=None, publisher=None, tags=[], published=None)])
    _, body = split(write(doc))
    assert body.count("\n## Harbour council") == 1 and "\n## Untitled article, captured 2024-03-06\n" in body
    assert round_trip(doc) == doc


def test_no_headline_means_a_made_up_title_and_no_level_1_heading() -> None:
    doc = document(articles=[article(headline=None)])
    front, body = split(write_short(doc))
    assert front["title"] == "Coastal Ledger, 2024-03-05"
    assert "<h1>" not in MarkdownIt("commonmark").render(body)
    assert round_trip(doc) == doc


def test_article_without_blocks() -> None:
    doc = document(articles=[article(blocks=[])])
    assert write(doc).endswith(b"---\n")
    assert round_trip(doc) == doc
    bare = document(articles=[article(headline=None, blocks=[])])
    assert write(bare).endswith(b"---\n")
    assert round_trip(bare) == bare


def test_adjacent_lists_stay_separate_lists() -> None:
    blocks = [{"type": "list", "lines": [20, 21], "items": ["a", "b"]},
              {"type": "list", "lines": [22, 22], "items": ["c"]},
              {"type": "list", "lines": [23, 23], "items": ["d"]}]
    doc = document(articles=[article(blocks=blocks)])
    _, body = split(write(doc))
    assert MarkdownIt("commonmark").render(body).count("<ul>") == 3
    assert round_trip(doc) == doc


def test_adjacent_quotes_and_figures_stay_separate() -> None:
    figure = {"type": "figure", "lines": [22, 22], "caption": "Quay", "credit": None, "label": None, "alt": "A quay"}
    blocks = [{"type": "quote", "lines": [20, 20], "text": "One."},
              {"type": "quote", "lines": [21, 21], "text": "Two."},
              figure, dict(figure, lines=[23, 23], caption="**Figure**", label="**Figure**")]
    doc = document(articles=[article(blocks=blocks)])
    assert round_trip(doc) == doc


@pytest.mark.parametrize("text", [
    "1. not a list", "2) not a list", "# not a heading", "> not a quote", "- not a list", "+ not a list",
    "= not an underline", "===", "---", "***", "___", "* * *", "*emphasis* and _emphasis_", "**strong**",
    "`code`", "```", "~~~", "~~struck~~", "[x](y)", "![alt](src)", "[ref]: /url", "<tag>", "<!-- comment -->",
    "<https://example.org>", "&amp; &copy; &#32;", "trailing backslash\\", "  leading and trailing  ",
    "\tleading tab", "tab\tinside", "| a | b |", "\\*", "    four spaces", "line\nbreak", "cr\rhere", "crlf\r\nend",
    "hash at end #", "ends with ##", "nbsp\xa0", "\u3000ideographic space", "\ufeffbom", "form\x0cfeed",
    "[^1] footnote", ": definition", "{#id .class}", "x^2^", "@citation", "$x$",
    "www.example.org and https://example.org", "a\u2028b\u2029c", " \x85 inner \x0b  ",
])
def test_markup_like_text_is_one_paragraph_with_the_same_text(text: str) -> None:
    doc = paragraph_document(text)
    _, body = split(write(doc))
    found = [(tag, content) for tag, content in rendered(body) if tag != "h1"]
    assert found == [("p", text)]
    assert round_trip(doc) == doc


@pytest.mark.parametrize("kind", ["heading", "quote", "list", "caption", "credit", "label", "alt", "headline"])
def test_markup_like_text_round_trips_in_every_text_slot(kind: str) -> None:
    nasty = "1. # > - *x* _y_ `z` [a](b) <c> &amp; | ~ \\"
    for text in (nasty, "  " + nasty + "  ", "#", "-", "\\", "\tx\t"):
        figure = {"type": "figure", "lines": [20, 20], "caption": "c", "credit": None, "label": None, "alt": None}
        if kind == "headline":
            doc = document(articles=[article(headline=text)])
        elif kind in ("heading", "quote"):
            doc = document(articles=[article(blocks=[{"type": kind, "lines": [20, 20], "text": text}])])
        elif kind == "list":
            doc = document(articles=[article(blocks=[{"type": "list", "lines": [20, 20], "items": [text, text]}])])
        else:
            doc = document(articles=[article(blocks=[dict(figure, **{kind: text})])])
        assert round_trip(doc) == doc, (kind, text)


def test_every_paragraph_of_the_test_documents_renders_as_one_p_with_its_text() -> None:
    for name, doc in all_documents().items():
        paragraphs = [b["text"] for a in doc["articles"] for b in a["blocks"] if b["type"] == "paragraph"]
        _, body = split(quiet_write(doc))
        # The attribute lines of a digest are paragraphs too, but in emphasis; compare plain ones.
        found = [text for tag, text in rendered(body) if tag == "p"]
        plain = [text for text in found if text in paragraphs]
        assert plain == paragraphs, name


def test_edge_space_is_every_python_space_and_the_byte_order_mark() -> None:
    assert set(EDGE_SPACE) == {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()} | {"\ufeff"}


@pytest.mark.parametrize("text, source", [
    ("Plain text, with commas; and (brackets).", "Plain text, with commas; and (brackets)."),
    ("1. first", "1\\. first"),
    ("2024 was a year", "2024 was a year"),
    ("#tag and # more #", "\\#tag and # more \\#"),
    ("a*b_c`d[e]f<g&h|i~j{k^l@m", "a\\*b\\_c\\`d\\[e\\]f\\<g\\&h\\|i\\~j\\{k\\^l\\@m"),
    ("- dash > gt", "\\- dash > gt"),
    (" two\tlines\n ", "&#32;two&#9;lines&#10;&#32;"),
    ("\xa0nbsp inside\xa0kept\xa0", "&#160;nbsp inside\xa0kept&#160;"),
])
def test_escaping_is_minimal_and_readable(text: str, source: str) -> None:
    assert escape_text(text) == source


@pytest.mark.parametrize("text", [
    "Plain text, with commas; and (brackets).", "The council met on Tuesday — “we listened,” she said.",
    "Price: 5 euros", "x", "Zoë’s café at 10.30", "a # b", "a - b", "hash# inside", "tab-free\xa0nbsp",
])
def test_ordinary_text_is_plain_and_left_as_it_is(text: str) -> None:
    assert is_plain(text)
    assert escape_text(text) == text and carriable(text) == text


@pytest.mark.parametrize("text", [
    "", "1. first", "2024 was a year", "# heading", "> quote", "- item", "+ x", "= x", ": x", "ends with #",
    " lead", "trail ", "\xa0nbsp", "a*b", "a_b", "a`b", "a[b", "a]b", "a<b", "a&b", "a|b", "a~b", "a{b", "a^b",
    "a@b", "a\\b", "a\tb", "a\nb", "a\rb", "a\x0cb", "a\u2028b", "a\u2029b", "a\x00b", "a\ud800b", "\x0bx", "x\x85",
    "\ufeffbom",
])
def test_text_that_needs_care_is_not_plain(text: str) -> None:
    assert not is_plain(text)


@settings(max_examples=150, deadline=None)
@given(text=st.one_of(st.text(), st.text(st.characters(codec="ascii")), st.text(st.characters(), max_size=6)))
def test_plain_text_needs_neither_escapes_nor_changes(text: str) -> None:
    if is_plain(text):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            assert carriable(text) == text
        assert escape_text(text) == text


# --- what Markdown cannot carry -------------------------------------------------------------------------------

def test_nul_and_lone_surrogates_become_replacement_characters_with_a_warning() -> None:
    doc = paragraph_document("nul\x00 here", "lone \ud800 surrogate")
    with pytest.warns(NewsconvWarning, match=r"articles\[0\]\.blocks\[[01]\]\.text: .*U\+FFFD"):
        data = write(doc)
    back = convert.parse_bytes(data, "out.md")
    assert [b["text"] for b in back["articles"][0]["blocks"]] == ["nul\ufffd here", "lone \ufffd surrogate"]


def test_each_warning_names_the_field_it_is_about() -> None:
    doc = digest_document()
    figure = {"type": "figure", "lines": [22, 22], "caption": "cap\x00", "credit": "\x1fcredit", "label": "ok",
              "alt": "alt\ud800"}
    doc["articles"][1].update(headline="head\x00", tags=["ok", "tag\x00"], blocks=[
        {"type": "paragraph", "lines": [20, 20], "text": "fine"},
        {"type": "list", "lines": [21, 21], "items": ["fine", "item\x00"]},
        figure])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        write(doc)
    named = sorted(str(w.message).split(":")[0] for w in caught if issubclass(w.category, NewsconvWarning))
    assert named == ["$.articles[1].blocks[1].items", "$.articles[1].blocks[2].alt", "$.articles[1].blocks[2].caption",
                     "$.articles[1].blocks[2].credit", "$.articles[1].headline", "$.articles[1].tags"]


def test_unreferenceable_edge_characters_are_dropped_with_a_warning() -> None:
    doc = paragraph_document("\x1cstarts", "ends\x85", "\x0b \x0b inside\x1f\x1f kept")
    with pytest.warns(NewsconvWarning, match=r"dropped a control character"):
        data = write(doc)
    back = convert.parse_bytes(data, "out.md")
    assert [b["text"] for b in back["articles"][0]["blocks"]] == ["starts", "ends", " \x0b inside\x1f\x1f kept"]


def test_metadata_keeps_what_the_body_cannot() -> None:
    """Front matter strings are YAML escapes: NUL and lone surrogates survive there."""
    doc = document(articles=[article(byline="nul\x00", dateline="lone \udc00")],
                   warnings=[{"code": "odd", "message": "bell\x07 \x00", "line": None}])
    assert round_trip(doc) == doc


# --- property: arbitrary text ----------------------------------------------------------------------------------

# "Arbitrary" text is any string the schema accepts (it has a non-whitespace character), with
# three exclusions, all covered by the two tests just above: no U+0000 and no lone surrogate in
# text the body carries (headline, block texts), and no U+000B, U+001C-U+001F or U+0085 as the
# first or last character of such text. Newlines, carriage returns, tabs, leading and trailing
# spaces of every kind, markup characters and any other Unicode are all included.
MARKUP = ["\\", "`", "*", "_", "[", "]", "(", ")", "<", ">", "&", "|", "~", "#", "+", "-", "=", ".", "!", "1.",
          "{", "}", "^", "@", ":", "$",
          "2)", "&amp;", "&#32;", "&copy", "[x](y)", "<tag>", "</p>", "<!--", "**", "__", "```", "    ", " ", "  ",
          "\t", "\n", "\r", "\r\n", "\x0c", "\x0b", "\xa0", "\u2028", "\u3000", "\ufeff", "\x85", "\x1c", "\x07",
          "---", "***", "===", "> ", "- ", "# ", "\\\n", "x", "é", "🎉", "ש", "\U0010fffd", "\ufffe"]
ANY_CHAR = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
BODY_TEXT = st.lists(st.one_of(st.sampled_from(MARKUP), st.text(ANY_CHAR, min_size=1, max_size=4)),
                     min_size=1, max_size=8).map("".join).filter(
    lambda s: re.search(r"\S", s) is not None and s[0] not in UNREFERENCEABLE and s[-1] not in UNREFERENCEABLE)
META_TEXT = st.lists(st.one_of(st.sampled_from(MARKUP), st.text(st.characters(exclude_categories=()), max_size=4)),
                     min_size=1, max_size=6).map("".join).filter(lambda s: re.search(r"\S", s) is not None)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])


@SETTINGS
@given(texts=st.lists(BODY_TEXT, min_size=10, max_size=10), optional=st.lists(st.none() | BODY_TEXT, min_size=3,
                                                                              max_size=3))
def test_any_body_text_round_trips(texts: list[str], optional: list[Any]) -> None:
    headline, paragraph, heading, item1, item2, quote, caption = texts[:7]
    credit, label, alt = optional
    blocks = [
        {"type": "paragraph", "lines": [20, 20], "text": paragraph},
        {"type": "heading", "lines": [21, 21], "text": heading},
        {"type": "list", "lines": [22, 23], "items": [item1, item2]},
        {"type": "quote", "lines": [24, 24], "text": quote},
        {"type": "figure", "lines": [25, 25], "caption": caption, "credit": credit, "label": label, "alt": alt},
        {"type": "paragraph", "lines": [26, 26], "text": texts[7]},
    ]
    doc = document(articles=[article(headline=headline, blocks=blocks)])
    assert round_trip(doc) == doc
    digest = digest_document()
    digest["articles"][0].update(headline=texts[8], blocks=blocks)
    digest["articles"][1].update(headline=None if credit is None else texts[9], blocks=blocks[::-1])
    assert round_trip(digest) == digest


@SETTINGS
@given(text=BODY_TEXT)
def test_any_paragraph_renders_as_exactly_one_p_with_that_text(text: str) -> None:
    doc = document(articles=[article(headline=None, blocks=[{"type": "paragraph", "lines": [20, 20], "text": text}])])
    _, body = split(write(doc))
    assert rendered(body) == [("p", text)]


@SETTINGS
@given(values=st.lists(META_TEXT, min_size=8, max_size=8), summary=st.lists(META_TEXT, max_size=3))
def test_any_metadata_text_round_trips(values: list[str], summary: list[str]) -> None:
    site, publisher, byline, dateline, tag, field, removed, message = values
    doc = document(articles=[article(publisher=publisher, byline=byline, dateline=dateline, tags=[tag, tag],
                                     summary=summary)],
                   removed=[{"lines": [5, 5], "text": removed, "reason": "sponsor"}],
                   warnings=[{"code": "note", "message": message, "line": 3}])
    doc["capture"]["site"] = site
    doc["capture"]["source"]["file"] = field
    assert round_trip(doc) == doc
    digest = digest_document()
    digest["digest"]["publisher"] = publisher
    digest["articles"][0].update(publisher=byline, dateline=dateline, tags=[tag], summary=summary)
    assert round_trip(digest) == digest


# --- real captures --------------------------------------------------------------------------------------------

def captures(paths: list[Path]) -> list[dict[str, Any]]:
    documents = []
    for path in paths:
        try:
            documents.append(convert.parse_file(path))
        except NewsconvError:
            continue  # a capture the reader rejects has nothing to write
    return documents


def assert_round_trips(paths: list[Path]) -> None:
    documents = captures(paths)
    assert documents
    failures = [doc["capture"]["source"]["file"] for doc in documents
                if round_trip(doc) != doc]
    assert failures == []


def test_every_sample_capture_round_trips() -> None:
    samples = sorted((REPO / "samples").rglob("*.txt"))
    if not samples:
        pytest.skip("no sample captures in samples/")
    assert_round_trips(samples)


def test_every_sample_document_round_trips() -> None:
    for path in sorted((REPO / "samples").rglob("*.json")):
        doc = convert.load(path)
        assert round_trip(doc) == doc, path.name


def test_the_seed_capture_round_trips() -> None:
    assert_round_trips(sorted(shared_path("seed").glob("*.txt")))


def test_every_corpus_capture_round_trips() -> None:
    assert_round_trips(sorted(shared_path("corpus", "dev", "raw").glob("*.txt")))


def test_every_corpus_paragraph_renders_as_one_p_with_its_text() -> None:
    for doc in captures(sorted(shared_path("corpus", "dev", "raw").glob("*.txt"))):
        texts = [b["text"] for a in doc["articles"] for b in a["blocks"] if b["type"] == "paragraph"]
        only_paragraphs = [{"type": "paragraph", "lines": [1, 1], "text": text} for text in texts]
        _, body = split(quiet_write(document(articles=[article(headline=None, blocks=only_paragraphs)])))
        assert rendered(body) == [("p", text) for text in texts]


MAX_SHORT_FRONT_MATTER = 15  # lines: a page's facts, shorter than the text of the shortest capture


def assert_short_markdown_serves_people(paths: list[Path]) -> None:
    """The default front matter is short, and reading it back gives the articles' content."""
    documents = captures(paths)
    assert documents
    for doc in documents:
        name = doc["capture"]["source"]["file"]
        data = quiet_write(doc, front_matter="short")
        assert len(front_lines(data)) <= MAX_SHORT_FRONT_MATTER, name
        back = convert.parse_bytes(data, "short.md")
        assert [w for w in back["warnings"] if w["code"].startswith("markdown")] == [], name
        assert [a["headline"] for a in back["articles"]] == [a["headline"] for a in doc["articles"]], name
        assert [[block_texts(b) for b in a["blocks"]] for a in back["articles"]] == \
            [[block_texts(b) for b in a["blocks"]] for a in doc["articles"]], name


def test_short_markdown_of_every_sample_is_short_and_reads_back_as_its_content() -> None:
    assert_short_markdown_serves_people(sorted((REPO / "samples").rglob("*.txt")))


def test_short_markdown_of_every_corpus_capture_is_short_and_reads_back_as_its_content() -> None:
    assert_short_markdown_serves_people(sorted(shared_path("corpus", "dev", "raw").glob("*.txt")))


@pytest.mark.parametrize("record", [{}, {"record_id": None, "payload_digest": None, "date": None}])
def test_the_full_front_matter_carries_the_archive_record_both_ways(record: dict[str, Any]) -> None:
    doc = archived_document(**record)
    assert round_trip(doc)["capture"] == doc["capture"]
    assert "newsconv" not in split(quiet_write(doc, front_matter="short"))[0]
    assert split(quiet_write(doc, front_matter="full"))[0]["newsconv"]["capture"]["archive_record"] == \
        doc["capture"]["archive_record"]

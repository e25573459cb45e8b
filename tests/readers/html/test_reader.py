"""The HTML reader on synthetic pages: the article, its metadata and figures, and the ledger of the rest."""

import pytest

pytest.importorskip("trafilatura", reason="the HTML reader needs the web extra")

import convert  # noqa: E402
from convert.errors import NewsconvError  # noqa: E402
from convert.readers.html import read_html  # noqa: E402

from .pages import ARTICLE_PAGE, PARAGRAPHS  # noqa: E402


@pytest.fixture(scope="module")
def document():
    return read_html(ARTICLE_PAGE.encode("utf-8"), "pool.html")


def paragraphs(document):
    return [b["text"] for b in document["articles"][0]["blocks"] if b["type"] == "paragraph"]


def test_the_article_text_in_order(document):
    assert paragraphs(document) == PARAGRAPHS
    types = [b["type"] for b in document["articles"][0]["blocks"]]
    assert types == ["figure", "paragraph", "paragraph", "heading", "paragraph", "list", "paragraph"]


def test_metadata_from_the_page(document):
    article = document["articles"][0]
    assert (article["headline"], article["byline"], article["published"], article["publisher"]) == (
        "Council votes to build the pool", "Dana Whitfield", "2025-03-06", "Valley Courier")
    assert article["language"] == "en-US"
    assert article["summary"] == ["The plan passed seven votes to two after a long meeting."]
    assert document["capture"]["layout"] == "html" and document["capture"]["site"] == "Valley Courier"


def test_a_figure_with_its_caption_and_credit(document):
    figure = document["articles"][0]["blocks"][0]
    assert (figure["caption"], figure["credit"], figure["alt"]) == (
        "The common, where the pool will be built.", "Sam Reed", "An empty field on the common")


def test_blocks_trace_back_to_their_lines(document):
    source = ARTICLE_PAGE.splitlines()
    for block in document["articles"][0]["blocks"]:
        first = block["lines"][0]
        text = block.get("text") or block.get("caption") or block["items"][0]
        assert text[:20] in "\n".join(source[first - 1:block["lines"][1] + 2]), block


def test_what_was_set_aside_and_why(document):
    reasons = {item["text"]: item["reason"] for item in document["removed"]}
    assert reasons["Town hall roof to be repaired next spring after storm"] == "related-link"
    assert reasons["First! Great news for the kids of this town."] == "comments"
    assert reasons["Share on Facebook Share on X"] == "share-widget"
    assert reasons["News"] == "navigation"
    assert reasons["Copyright 2025 Valley Courier. All rights reserved."] == "page-footer"
    assert not any("do not read me" in text for text in reasons)  # scripts are not text
    lines = [item["lines"][0] for item in document["removed"]]
    assert lines == sorted(lines)


def test_the_same_page_gives_the_same_document():
    assert read_html(ARTICLE_PAGE.encode("utf-8"), "pool.html") == read_html(ARTICLE_PAGE.encode("utf-8"), "pool.html")


def test_an_html_page_is_told_from_its_content():
    document = convert.parse_bytes(ARTICLE_PAGE.encode("utf-8"), "saved-page")
    assert document["capture"]["layout"] == "html"


def test_a_declared_legacy_encoding_is_honoured():
    page = ARTICLE_PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    page = page.replace("Opponents said", "Opponents said the café’s owner")
    document = read_html(page.encode("cp1252"), "pool.html")
    assert any("the café’s owner" in text for text in paragraphs(document))
    assert document["capture"]["source"]["encoding"] == "cp1252"


@pytest.mark.parametrize("page", [b"<html><body><script>var x = 1;</script></body></html>",
                                  b"<html><head><title>x</title></head><body></body></html>"])
def test_a_page_without_an_article_is_a_clear_error(page):
    with pytest.raises(NewsconvError, match="no article text"):
        read_html(page, "empty.html")


def test_markup_nested_without_end_is_refused():
    page = b"<html><body><p>" + b"A paragraph before. " * 20 + b"</p>" + b"<div>" * 300 + b"deep" + b"</div>" * 300 + \
        b"</body></html>"
    with pytest.raises(NewsconvError, match="nested more than"):
        read_html(page, "deep.html")


def test_every_output_format_accepts_the_document(document, tmp_path):
    for name in ("json", "newsml", "jats", "epub", "md"):
        assert convert.write(document, name)


def test_the_identity_comes_from_the_article_and_its_address_not_the_page_bytes():
    first = read_html(ARTICLE_PAGE.encode("utf-8"), "pool.html", url="https://valley.example/pool")
    resaved = ARTICLE_PAGE.replace("Library opening hours", "Swimming lessons")  # other chrome, another day
    again = read_html(resaved.encode("utf-8"), "pool-2.html", url="https://valley.example/pool")
    elsewhere = read_html(ARTICLE_PAGE.encode("utf-8"), "pool.html", url="https://valley.example/other")
    assert first["articles"][0]["id"] == again["articles"][0]["id"] != elsewhere["articles"][0]["id"]
    assert first["articles"][0]["id"].startswith("tag:")

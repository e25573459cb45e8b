"""How the HTML reader tidies what trafilatura finds."""

import pytest

pytest.importorskip("trafilatura", reason="the HTML reader needs the web extra")

import lxml.html  # noqa: E402

from convert.readers.html.metadata import (_as_printed, _byline, _language, _marked_author,  # noqa: E402
                                           _without_site)


@pytest.mark.parametrize("found, byline", [
    ("Jane Roe; JANE ROE", "Jane Roe"), ("Jane Roe July", "Jane Roe"), ("Jane Roe; Sam Reed", "Jane Roe, Sam Reed"),
    ("Jane Roe Mar. 3, 2024", "Jane Roe"), (None, None), ("", None),
])
def test_bylines(found, byline):
    assert _byline(found) == byline


def test_initials_as_the_page_prints_them():
    tree = lxml.html.document_fromstring("<html><body><p class='by'>By Nelson D. Schwartz</p></body></html>")
    assert _as_printed("Nelson D Schwartz", tree) == "Nelson D. Schwartz"
    assert _as_printed("Jane Roe", tree) == "Jane Roe"


@pytest.mark.parametrize("value, tag", [("en-us", "en-US"), ("fr", "fr"), ("de_DE", "de-DE"), ("", None), ("x", None)])
def test_language_tags(value, tag):
    assert _language(value) == tag


@pytest.mark.parametrize("found, byline", [("Aleš Vávra před", "Aleš Vávra"), ("jane roe", "jane roe"),
                                           ("Ludwig van Beethoven", "Ludwig van Beethoven")])
def test_words_printed_after_a_name_are_not_part_of_it(found, byline):
    assert _byline(found) == byline


@pytest.mark.parametrize("found, byline", [("Nikhil Marathe", "Nikhil Marathe"), ("Juno Decker", "Juno Decker"),
                                           ("Jane Roe 3 mars", "Jane Roe"), ("Jane Roe September", "Jane Roe")])
def test_a_month_is_a_whole_word(found, byline):
    assert _byline(found) == byline


@pytest.mark.parametrize("title, site, expected", [
    ("Pool vote | Valley Courier", "Valley Courier", "Pool vote"),
    ("Valley Courier - Pool vote", "valley courier", "Pool vote"),
    ("Pool vote – Valley Courier", "Valley Courier", "Pool vote"),
    ("Pool vote | Valley Courier", None, "Pool vote | Valley Courier"),
    ("Pool vote | Sports | Valley Courier", "Valley Courier", "Pool vote | Sports"),
    ("Valley Courier", "Valley Courier", "Valley Courier"),
])
def test_the_site_s_name_is_taken_off_a_page_title(title, site, expected):
    assert _without_site(title, site) == expected


def test_the_author_the_markup_names_without_by():
    tree = lxml.html.document_fromstring("<html><body><div class='comments'><a rel='author'>Troll</a></div>"
                                         "<p><a rel='author' href='/dana'>By Dana Whitfield</a></p></body></html>")
    assert _marked_author(tree) == "Dana Whitfield"

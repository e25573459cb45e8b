"""What a page declares about its article: JSON-LD and meta tags."""

import pytest
from lxml import etree

from convert.readers.html.declared import SITE_KEYS, TITLE_KEYS, declared


def tree(head, body=""):
    return etree.fromstring(f"<html><head>{head}</head><body>{body}</body></html>", etree.HTMLParser())


def test_the_article_s_json_ld_gives_headline_authors_and_publisher():
    page = declared(tree('''<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Valley Courier"},
        {"@type": ["NewsArticle"], "headline": "Council votes to build the pool",
         "author": [{"@type": "Person", "name": "Dana  Whitfield"}, "https://valley.example/staff/sam",
                    {"@type": "Person", "name": "Sam Reed"}, {"@type": "Person", "name": "Dana Whitfield"}],
         "publisher": {"@type": "Organization", "name": "Valley Courier Ltd"}}]}</script>'''))
    assert page.headline == "Council votes to build the pool"
    assert page.authors == ["Dana Whitfield", "Sam Reed"]  # addresses name no one; each name once
    assert page.publisher == "Valley Courier Ltd"


def test_json_ld_wrapped_for_old_browsers_and_broken_json_ld():
    wrapped = tree('<script type="application/ld+json">//<![CDATA[\n{"@type": "BlogPosting", "author": '
                   '{"@type": "Organization", "name": "Contributors to the Wiki"}}\n//]]></script>')
    assert declared(wrapped).authors == ["Contributors to the Wiki"]
    broken = tree('<script type="application/ld+json">{"@type": "NewsArticle", </script>'
                  '<meta name="author" content="Dana Whitfield">')
    assert declared(broken).authors == ["Dana Whitfield"]


def test_the_name_is_the_headline_when_only_it_is_in_the_title():
    page = tree('<title>New Zealand - Encyclopedia</title><script type="application/ld+json">'
                '{"@type": "Article", "name": "New Zealand", "headline": "island country in Oceania"}</script>')
    assert declared(page).headline == "New Zealand"
    page = tree('<title>Pool vote</title><script type="application/ld+json">'
                '{"@type": "Article", "name": "Pool", "headline": "Pool vote"}</script>')
    assert declared(page).headline == "Pool vote"


def test_meta_tags_by_name_property_first_and_vocabularies_as_one():
    page = declared(tree('<meta name="DC.title" content="From the name"><meta property="dc:title" content="From the '
                         'property"><meta property="dc:creator twitter:site_name" content="Creator Name">'
                         '<meta name="author" content="https://valley.example/dana"><meta name="author" content=" ">'
                         '<meta property="og:site_name" content="Valley Courier">'))
    assert page.first_meta(TITLE_KEYS) == "From the property"
    assert page.first_meta(SITE_KEYS) == "Valley Courier"
    assert page.authors == ["Creator Name"]  # dc:creator comes first; an address is no author


@pytest.mark.parametrize("head", ["", '<meta name="author" content="@valleycourier">',
                                  '<script type="application/ld+json">{"@type": "WebPage", "author": "Dana"}</script>'])
def test_nothing_declared(head):
    page = declared(tree(head))
    assert (page.headline, page.authors, page.publisher) == (None, [], None)

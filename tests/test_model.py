"""The model's helpers: one identity per article, contributors of a 1.0 document."""

from convert.model import article_contributors, article_id, make_article_id
from tests.documents import document


def test_identity_ignores_how_names_are_printed_and_the_time_of_day():
    one = make_article_id("THE AMERICA ONE NEWS", "2025-09-02T17:43:00-04:00", "Ferry  fares rise")
    assert one == make_article_id("America One News", "2025-09-02", "Ferry fares rise")
    assert one.startswith("tag:newsconv.invalid,2025-09-02:article:")


def test_identity_changes_with_what_identifies_the_article():
    base = make_article_id("Harbour Gazette", "2025-09-02", "Ferry fares rise")
    assert base != make_article_id("Harbour Gazette", "2025-09-03", "Ferry fares rise")
    assert base != make_article_id("Island Times", "2025-09-02", "Ferry fares rise")
    assert base != make_article_id("Harbour Gazette", "2025-09-02", "Ferry fares fall")
    assert base != make_article_id("Harbour Gazette", "2025-09-02", "Ferry fares rise", "https://example.org/a")
    assert make_article_id(None, None, None, text="One") != make_article_id(None, None, None, text="Two")
    assert make_article_id(None, None, "Ferry fares rise").startswith("tag:newsconv.invalid,2026:article:")


def test_a_1_0_document_gets_the_id_and_contributors_it_would_have():
    doc = document()
    article = doc["articles"][0]
    built = article_id(doc, article)
    assert built.startswith("tag:newsconv.invalid,")
    article["id"] = "tag:example.org,2024:given"
    assert article_id(doc, article) == "tag:example.org,2024:given"
    article["byline"] = "Ann Lee & Bo Park"
    assert article_contributors(article) == [{"name": "Ann Lee", "role": None, "kind": "person"},
                                             {"name": "Bo Park", "role": None, "kind": "person"}]
    article["byline"] = "Sam Field, Staff Writer"
    assert [c["name"] for c in article_contributors(article)] == ["Sam Field, Staff Writer"]
    article["contributors"] = []
    assert article_contributors(article) == []

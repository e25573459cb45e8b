import json
import re

import pytest

import convert
from convert.errors import NewsconvError
from convert.readers.capture.chrome import chrome_reason, is_shouting
from convert.readers.capture.text import normalise, split_lines, decode
from tests.samples import CORPUS, SAMPLES, SEED, covered_lines
from tests.paths import shared_path


def paragraphs(article):
    return [b["text"] for b in article["blocks"] if b["type"] == "paragraph"]


def figures(article):
    return [b for b in article["blocks"] if b["type"] == "figure"]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_sample_gives_its_expected_document(path):
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert convert.parse_file(path) == expected


@pytest.mark.parametrize("path", SAMPLES + SEED + CORPUS, ids=lambda p: p.name)
def test_no_line_of_the_capture_is_lost(path):
    document = convert.parse_file(path)
    lines = split_lines(decode(path.read_bytes()).text)
    missing = [l.number for l in lines if l.text and l.number not in covered_lines(document)]
    assert missing == []
    assert all(r["reason"] != "unclassified" for r in document["removed"])


@pytest.mark.parametrize("path", SAMPLES + SEED + CORPUS, ids=lambda p: p.name)
def test_parsing_is_deterministic(path):
    assert convert.dumps(convert.parse_file(path)) == convert.dumps(convert.parse_file(path))


def test_seed_capture_facts():
    seed = shared_path("seed", "000_4a97c181142f56f4.txt")
    document = convert.parse_file(seed)
    capture, article = document["capture"], document["articles"][0]
    assert capture["site"] == "THE AMERICA ONE NEWS"
    assert capture["captured"] == "2025-07-19"
    assert capture["layout"] == "am1-article"
    assert article["publisher"] == "Times Of Israel"
    assert article["published"] == "2024-11-19"
    assert article["headline"].startswith("Qatar confirms departure of Hamas leaders")
    assert "NextImg" not in article["headline"]
    assert article["dateline"] == "DOHA, Qatar"
    assert len(paragraphs(article)) == 19
    assert [f["credit"] for f in figures(article)] == ["Turkish Presidency via AP", "Avshalom Sassoni/Flash90"]
    assert figures(article)[0]["caption"].startswith("File: Turkey")  # the caption as printed, its opening words kept
    assert figures(article)[0]["label"] is None
    text = " ".join(paragraphs(article))
    for chrome in ("Sponsor", "QWIKET", "Remer", "topic", "back"):
        assert not re.search(rf"\b{chrome}\b", text)


def sample(name):
    return convert.parse_file(next(p for p in SAMPLES if p.name == name))


def test_article_with_publisher_date_and_captions():
    document = sample("am1-article-publisher.txt")
    article = document["articles"][0]
    assert (article["publisher"], article["published"]) == ("Harbour Gazette", "2025-03-04")
    assert article["dateline"] == "PORT ELLEN, Islay"
    assert paragraphs(article)[0].startswith("PORT ELLEN, Islay — ")  # the paragraph keeps its dateline
    assert [(f["label"], f["credit"]) for f in figures(article)] == [(None, "Iain Bell/Harbour Gazette"),
                                                                    (None, "Morag Reid/Pool")]
    assert figures(article)[0]["caption"].startswith("File: ")
    assert article["field_lines"]["publisher"] == [10, 11]


def test_article_with_author_line_chrome_list_and_alt_text():
    document = sample("am1-article-author.txt")
    article = document["articles"][0]
    assert article["byline"] == "Dana Whitfield, Science Reporter"
    assert article["publisher"] is None
    reasons = {r["text"].strip(): r["reason"] for r in document["removed"]}
    assert reasons["RIVER WARDENS WARN OF HIGH TIDES THIS WEEKEND"] == "related-link"
    assert reasons["Advertisement"] == "advertisement"
    kinds = [b["type"] for b in article["blocks"]]
    assert kinds == ["paragraph", "paragraph", "heading", "paragraph", "list", "figure", "paragraph"]
    figure = figures(article)[0]
    assert (figure["alt"], figure["credit"]) == ("Geese over the north shore", "Kelden Bird Club")
    assert not paragraphs(article)[1].endswith(" ")


def test_article_without_header_or_headline():
    article = sample("am1-article-bare.txt")["articles"][0]
    assert article["headline"] is None and article["byline"] is None
    assert article["blocks"][0] == {"type": "heading", "text": "Bottom line", "lines": [12, 12]}
    assert paragraphs(article)[0] == "Quiet."


def test_digest_items_tags_and_headline_repeats():
    document = sample("am1-digest.txt")
    assert document["capture"]["layout"] == "am1-digest"
    assert document["digest"]["publisher"] == "America One News"
    assert document["digest"]["published"] == "2025-03-05"
    items = [(a["publisher"], a["headline"], a["tags"]) for a in document["articles"]]
    assert items == [("Valley Courier", "Council votes to keep the library open on Sundays", ["politics"]),
                     ("Hill Times", "Mayor proposes a smaller budget for road repairs", ["politics"]),
                     ("Market Ledger", "Bakery chain to open twelve new shops", ["economy"])]
    assert document["articles"][0]["field_lines"]["headline"] == [16, 17]
    assert any(w["code"] == "truncated" for w in document["warnings"])


def test_legacy_digest_without_repeated_headlines():
    document = sample("am1-legacy-digest.txt")
    assert document["capture"]["layout"] == "am1-legacy-digest"
    assert [a["headline"] for a in document["articles"]] == [
        "Storm brings down trees across the valley", "Poll: Most residents back a new bus route",
        "Local club reaches the county final"]
    assert [a["tags"] for a in document["articles"]] == [["weather"], ["weather"], ["sport"]]
    assert len(paragraphs(document["articles"][0])) == 2


def test_legacy_article_in_cp1252_with_crlf():
    document = sample("am1-legacy-article-cp1252-crlf.txt")
    assert document["capture"]["layout"] == "am1-legacy-article"
    assert document["capture"]["source"]["encoding"] == "cp1252"
    assert paragraphs(document["articles"][0])[1] == "“People kept asking,” said co-owner Renée Marsh."


def test_utf16_capture():
    document = sample("am1-article-utf16.txt")
    assert document["capture"]["source"]["encoding"] == "utf-16-le"
    assert "façon" in paragraphs(document["articles"][0])[0]


def test_generic_wire_story():
    article = sample("generic-wire.txt")["articles"][0]
    assert article["headline"] == "Inland port gets approval for new rail terminal"
    assert (article["byline"], article["publisher"]) == ("Clara Jensen", "The Associated Press")
    assert article["published"] == "2024-10-08"
    assert article["dateline"] == "MARLOW VALE, Ore."
    assert figures(article)[0]["credit"] == "AP Photo/Ravi Menon"
    assert not any("Copyright" in p for p in paragraphs(article))


def test_generic_page_with_menus_counters_key_points_and_comments():
    document = sample("generic-nav.txt")
    article = document["articles"][0]
    assert document["capture"]["site"] == "DAILYWIRECAST"
    assert article["headline"] == "City adopts new plan to plant 10,000 street trees"
    assert article["published"] == "2025-09-03"
    assert len(article["summary"]) == 2
    assert paragraphs(article)[0].startswith("BRIGHTON FALLS, N.Y.: ")
    assert article["dateline"] == "BRIGHTON FALLS, N.Y."
    assert paragraphs(article)[-1] == "Work will start in the districts with the fewest trees today."
    reasons = {r["reason"] for r in document["removed"]}
    assert {"navigation", "search-widget", "share-counter", "comments", "related-link"} <= reasons


def test_generic_without_headline_uses_capture_prefix_and_sign_off():
    document = sample("generic-nohead.txt")
    article = document["articles"][0]
    assert article["headline"] is None
    assert article["published"] == "2024-05-14"
    assert article["dateline"] == "Lakeside"
    assert article["publisher"] == "ANI"
    assert document["removed"][0] == {"lines": [1, 1], "text": "date 2024-05-14", "reason": "capture-prefix"}


def test_hard_wrapped_paragraphs_are_joined():
    article = sample("generic-wrapped.txt")["articles"][0]
    assert article["byline"] == "Tom Ellery"
    first = article["blocks"][0]
    assert first["lines"] == [5, 7]
    assert first["text"].startswith("The open-air pools at the harbour reopened on Saturday after a winter of repairs")


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"   \n\n\t\n", "empty"),
    (bytes(range(256)) * 20, "binary"),
])
def test_bad_input_is_a_clear_error(data, message):
    with pytest.raises(NewsconvError) as caught:
        convert.parse_bytes(data, "broken.txt")
    assert message in str(caught.value) and str(caught.value).startswith("broken.txt")


def test_input_over_the_size_limit_is_refused():
    with pytest.raises(NewsconvError, match="over the limit"):
        convert.parse_bytes(b"word " * 100, "big.txt", max_bytes=100)


def test_odd_spaces_and_invisible_characters_are_normalised():
    assert normalise("\u00a0 a\u2009b\u200b c\u00a0\u00a0 ") == "a b c"
    assert normalise("x\x07y") == "xy"


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings(newline):
    text = newline.join(["Title of a short local story here", "", "This is the only paragraph of a short local story, "
                         "long enough to count as prose for the reader."]) + newline
    document = convert.parse_text(text)
    assert document["articles"][0]["blocks"][0]["lines"] == [3, 3]
    assert document["capture"]["source"]["lines"] == 3


PARAGRAPH = ("The council voted on Tuesday to keep the library open, and residents who signed up for the newsletter "
             "were told first about the decision and the plan.")


@pytest.mark.parametrize("text, header, reason", [
    ("Sign up for our newsletter", False, "newsletter-prompt"),
    ("Sign up for our NEWſLETTER", False, "newsletter-prompt"),  # ſ is an s to a case-insensitive pattern
    ("LIN\u212aEDIN", False, "share-widget"),  # the Kelvin sign lower-cases to a k
    ("Watch the full episode here:", False, "media-embed"),
    ("12 comments", False, "share-counter"),  # the first shape that fits wins
    ("Home > News > World", False, "navigation"),  # a trail of links, wherever it stands
    ("Home > News > World", True, "navigation"),
    ("© 2024 Example Media. All rights reserved.", False, "copyright"),
    ("ADVERTISEMENT:", False, "advertisement"),
    ("THE TOWN COUNCIL VOTES TO KEEP THE LIBRARY OPEN", False, "related-link"),
    ("THE TOWN COUNCIL VOTES TO KEEP THE LIBRARY OPEN", True, "banner"),
    (PARAGRAPH, False, None),  # a long paragraph may mention a newsletter
    (PARAGRAPH.upper(), False, "related-link"),
])
def test_chrome_reasons(text, header, reason):
    assert chrome_reason(text, header=header) == reason


def test_capitals_at_the_start_of_a_long_line_are_not_shouting():
    assert not is_shouting("A" * 70 + " and then a sentence in lower case follows")
    assert is_shouting("A" * 70 + " AND THEN A SENTENCE IN CAPITALS FOLLOWS")

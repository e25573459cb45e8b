"""The ninjs reader: 3.x and 2.x items and packages, and newsconv's own ninjs read back."""

import json

import pytest

import convert
from convert.errors import NewsconvError
from convert.readers.ninjs import looks_like_ninjs, read_ninjs

ITEM_3 = {
    "uri": "tag:valley.example,2025:pool", "type": "text", "contentCreated": "2025-03-06T18:45:00-08:00",
    "headlines": [{"role": "main", "value": "Council votes to build the pool"}],
    "descriptions": [{"role": "summary", "value": "Seven votes to two."}], "by": "Dana Whitfield",
    "located": "Marlow Vale", "language": "en", "subjects": [{"name": "pools"}],
    "infoSources": [{"name": "Valley Courier", "role": "originator"}],
    "bodies": [{"role": "main", "contentType": "text/html",
                "value": "<p>The council voted.</p><h2>Next</h2><ul><li>Autumn</li></ul>"}],
}


def read(value):
    return read_ninjs(json.dumps(value).encode("utf-8"), "item.json")


def test_a_ninjs_3_item():
    article = read(ITEM_3)["articles"][0]
    assert (article["headline"], article["published"], article["byline"], article["dateline"], article["publisher"]) == (
        "Council votes to build the pool", "2025-03-06T18:45:00-08:00", "Dana Whitfield", "Marlow Vale", "Valley Courier")
    assert (article["summary"], article["tags"], article["language"]) == (["Seven votes to two."], ["pools"], "en")
    assert [(b["type"], b.get("text") or b.get("items")) for b in article["blocks"]] == [
        ("paragraph", "The council voted."), ("heading", "Next"), ("list", ["Autumn"])]


def test_a_ninjs_2_item_with_plain_text():
    item = {"uri": "x", "type": "text", "headline": "Pool plan", "body_text": "One.\n\nTwo.", "firstcreated": "2025-03-06"}
    article = read(item)["articles"][0]
    assert (article["headline"], article["published"]) == ("Pool plan", "2025-03-06")
    assert [b["text"] for b in article["blocks"]] == ["One.", "Two."]


def test_a_package_gives_its_items_as_articles():
    package = {"uri": "p", "type": "composite", "associations": [dict(ITEM_3, uri="a"), dict(ITEM_3, uri="b")]}
    assert len(read(package)["articles"]) == 2


def test_told_apart_from_newsconvs_own_json():
    assert looks_like_ninjs(json.dumps(ITEM_3).encode())
    own = convert.write(convert.parse_text("Pool plan\n\nThe council voted on Thursday evening.\n", "p.txt"), "json")
    assert not looks_like_ninjs(own)
    assert convert.parse_bytes(json.dumps(ITEM_3).encode(), "feed-item")["capture"]["layout"] == "ninjs"


@pytest.mark.parametrize("data, message", [(b"[]", "not ninjs"), (b"{", "not readable as ninjs"),
                                           (b'{"uri": "x"}', "no text found")])
def test_what_cannot_be_read_is_a_clear_error(data, message):
    with pytest.raises(NewsconvError, match=message):
        read_ninjs(data, "x.json")


def test_newsconvs_own_ninjs_reads_back():
    document = convert.parse_text("Council votes to build the pool\n\nBy Dana Whitfield\n\nMARLOW VALE, Ore. — The "
                                  "district council voted on Thursday evening.\n\nTags: pools\n", "pool.txt")
    for version in ("3", "2"):
        back = read_ninjs(convert.write(document, "ninjs", version=version), "pool.json")["articles"][0]
        original = document["articles"][0]
        for field in ("headline", "byline", "dateline", "tags", "language"):
            assert back[field] == original[field], (version, field)
        assert [b["text"] for b in back["blocks"]] == [b["text"] for b in original["blocks"]]

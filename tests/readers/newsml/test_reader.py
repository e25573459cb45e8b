"""The NewsML-G2 reader on synthetic items and messages."""

import pytest

import convert
from convert.errors import NewsconvError
from convert.readers.newsml import read_newsml

NAR = 'xmlns="http://iptc.org/std/nar/2006-10-01/"'


def item(body, item_class="ninat:text", meta="", guid="urn:newsml:example.com:20250306:pool"):
    return f"""<newsItem {NAR} guid="{guid}" version="1" standard="NewsML-G2" standardversion="2.35" xml:lang="en-GB">
  <itemMeta>
    <itemClass qcode="{item_class}"/>
    <provider literal="Valley Wire"/>
    <versionCreated>2025-03-06T19:00:00Z</versionCreated>
    <edNote>Not for use before 20:00.</edNote>
  </itemMeta>
  <contentMeta>
    <contentCreated>2025-03-06T18:45:00-08:00</contentCreated>
    <located><name>Marlow Vale</name></located>
    <creator><name>Dana Whitfield</name></creator>
    <creator qcode="staff:dwhit"/>
    <infoSource role="isrol:originfo" literal="Valley Courier"/>
    <infoSource literal="Town Feeds"/>
    <subject type="cpnat:abstract" qcode="medtop:11000000"><name>politics</name></subject>
    <keyword>swimming pools</keyword>
    <language tag="en-GB"/>
    <headline>Council votes to build the pool</headline>
    <headline role="hld:subhead">Seven votes to two</headline>
    <description role="drol:summary">The plan passed after a long meeting.</description>
    {meta}
  </contentMeta>
  <contentSet>{body}</contentSet>
</newsItem>"""


XHTML = """<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head>
<body><h1>Council votes to build the pool</h1>
<p>The council voted on Thursday.</p>
<h2>What next</h2>
<ul><li>Building starts in autumn</li><li>Opens next summer</li></ul>
<blockquote>We are delighted.</blockquote>
<figure><img src="p.jpg" alt="The common"/><figcaption>The common. <span class="credit">Sam Reed</span></figcaption></figure>
<p>Opening hours<br/>will follow.</p>
<table><tr><td>Cost</td><td>4m</td></tr></table>
</body></html></inlineXML>"""

NITF = """<inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">
<body><body.head><hedline><hl1>Council votes to build the pool</hl1></hedline></body.head>
<body.content><p>The council voted on Thursday.</p><hl2>What next</hl2><p>Building starts in autumn.</p>
<media media-type="image"><media-reference source="p.jpg" alt="The common"/><media-caption>The common.</media-caption>
<media-producer>Sam Reed</media-producer></media></body.content></body></nitf></inlineXML>"""


def read(text):
    return read_newsml(text.encode("utf-8"), "item.xml")


def blocks(document, index=0):
    return [(b["type"], b.get("text") or b.get("caption") or b.get("items")) for b in document["articles"][index]["blocks"]]


def test_metadata_of_a_text_item():
    article = read(item(XHTML))["articles"][0]
    assert (article["headline"], article["published"], article["dateline"], article["byline"], article["publisher"]) == (
        "Council votes to build the pool", "2025-03-06T18:45:00-08:00", "Marlow Vale", "Dana Whitfield", "Valley Courier")
    assert article["tags"] == ["politics", "swimming pools"]
    assert article["language"] == "en-GB"
    assert article["summary"] == ["Seven votes to two", "The plan passed after a long meeting."]
    assert article["field_lines"]["headline"] and article["field_lines"]["published"]


def test_xhtml_body_to_blocks():
    document = read(item(XHTML))
    assert blocks(document) == [
        ("paragraph", "The council voted on Thursday."), ("heading", "What next"),
        ("list", ["Building starts in autumn", "Opens next summer"]), ("quote", "We are delighted."),
        ("figure", "The common."), ("paragraph", "Opening hours will follow."), ("paragraph", "Cost | 4m")]
    figure = document["articles"][0]["blocks"][4]
    assert (figure["credit"], figure["alt"]) == ("Sam Reed", "The common")


def test_nitf_body_to_blocks():
    document = read(item(NITF))
    assert blocks(document) == [("paragraph", "The council voted on Thursday."), ("heading", "What next"),
                                ("paragraph", "Building starts in autumn."), ("figure", "The common.")]
    assert document["articles"][0]["blocks"][-1]["credit"] == "Sam Reed"


def test_plain_text_body_in_inline_data():
    body = '<inlineData contenttype="text/plain">The council voted.\n\nBuilding starts in autumn.\n</inlineData>'
    assert blocks(read(item(body))) == [("paragraph", "The council voted."), ("paragraph", "Building starts in autumn.")]


def test_editors_notes_are_kept_apart_from_the_text():
    document = read(item(XHTML))
    assert [(r["text"], r["reason"]) for r in document["removed"]] == [("Not for use before 20:00.", "editorial-note")]


def test_a_message_of_several_items_gives_one_article_per_text_item():
    message = (f'<newsMessage {NAR}><header><sent>2025-03-06T19:00:00Z</sent></header><itemSet>'
               + item(XHTML) + item("", item_class="ninat:picture", guid="urn:newsml:example.com:photo")
               + item(NITF, guid="urn:newsml:example.com:second") + "</itemSet></newsMessage>")
    document = read(message)
    assert len(document["articles"]) == 2
    assert [w["message"] for w in document["warnings"]] == [
        "skipped a picture: urn:newsml:example.com:photo carries no text"]


@pytest.mark.parametrize("text, message", [
    (item("", item_class="ninat:video"), "no text item to read .skipped a video"),
    ('<conceptItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="c"/>', "skipped a concept item"),
    ("<article><front/></article>", "not NewsML-G2: the root element is <article>"),
    ("<newsItem", "not readable as NewsML-G2"),
    ('<!DOCTYPE x [<!ENTITY e "boom">]><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">&e;</newsItem>',
     "entit"),
])
def test_what_cannot_be_read_is_a_clear_error(text, message):
    with pytest.raises(NewsconvError, match=message):
        read(text)


def test_a_date_time_without_a_zone_is_cut_to_its_date():
    text = item(XHTML).replace("2025-03-06T18:45:00-08:00", "2025-03-06T18:45:00")
    assert read(text)["articles"][0]["published"] == "2025-03-06"


def test_sniffed_and_written_back_to_every_format():
    document = convert.parse_bytes(item(XHTML).encode("utf-8"), "feed-item")
    assert document["capture"]["layout"] == "newsml"
    for name in ("json", "newsml", "jats", "epub", "md"):
        assert convert.write(document, name)


def test_rights_modified_and_contributors():
    rights = ('<rightsInfo><copyrightHolder><name>Valley Courier</name></copyrightHolder>'
              '<copyrightNotice>Copyright 2025 Valley Courier. All rights reserved.</copyrightNotice></rightsInfo>')
    text = item(XHTML).replace("<itemMeta>", rights + "<itemMeta>").replace(
        "<located>", "<contentModified>2025-03-07T09:00:00Z</contentModified><located>")
    article = read(text)["articles"][0]
    assert article["rights"] == {"statement": "Copyright 2025 Valley Courier. All rights reserved.",
                                 "holder": "Valley Courier", "year": 2025}
    assert article["modified"] == "2025-03-07T09:00:00Z"
    assert article["contributors"] == [{"name": "Dana Whitfield", "role": None, "kind": "person"}]


def test_newsconvs_own_newsml_reads_back():
    capture = convert.parse_text("Council votes to build the pool\n\nBy Dana Whitfield, Valley Times\n\nMarch 6, 2025"
                                 "\n\nMARLOW VALE, Ore. — The district council voted on Thursday evening.\n\n"
                                 "Copyright 2025 Valley Times. All rights reserved.\n", "pool.txt")
    back = read_newsml(convert.write(capture, "newsml"), "pool.xml")["articles"][0]
    original = capture["articles"][0]
    for field in ("headline", "publisher", "published", "dateline", "tags", "rights"):
        assert back[field] == original[field], field
    assert [b["text"] for b in back["blocks"]] == [b["text"] for b in original["blocks"]]


def test_the_printed_byline_wins_over_the_creators_names():
    article = read(item(XHTML, meta="<by>By Dana Whitfield, Transport Editor</by>"))["articles"][0]
    assert article["byline"] == "Dana Whitfield, Transport Editor"
    assert [c["name"] for c in article["contributors"]] == ["Dana Whitfield"]

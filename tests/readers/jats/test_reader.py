"""The JATS reader on synthetic articles."""

import pytest

import convert
from convert.errors import NewsconvError, NothingToConvert
from convert.readers.jats import read_jats

ARTICLE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.3 20210610//EN" "JATS-archivearticle1-3.dtd">
<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article" xml:lang="en">
<front>
<journal-meta><journal-title-group><journal-title>Valley Science</journal-title></journal-title-group>
<publisher><publisher-name>Valley Press</publisher-name></publisher></journal-meta>
<article-meta>
<title-group><article-title>Pools and <italic>towns</italic></article-title><subtitle>A survey</subtitle></title-group>
<contrib-group>
<contrib contrib-type="author"><name><surname>Whitfield</surname><given-names>Dana</given-names></name></contrib>
<contrib contrib-type="author"><collab>Valley Pools Group</collab></contrib>
<contrib contrib-type="editor"><name><surname>Reed</surname><given-names>Sam</given-names></name></contrib>
</contrib-group>
<pub-date publication-format="print"><year>2025</year></pub-date>
<pub-date publication-format="electronic"><day>6</day><month>3</month><year>2025</year></pub-date>
<abstract><p>Towns that build pools use them.</p></abstract>
<kwd-group><kwd>pools</kwd><kwd>towns</kwd></kwd-group>
</article-meta>
</front>
<body>
<sec><title>Introduction</title>
<p>The council voted<break/>on Thursday.</p>
<p>Costs are below. <table-wrap><label>Table 1</label><caption><p>Costs</p></caption>
<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Pool</td><td>4m</td></tr></table></table-wrap> As shown.</p>
<list list-type="bullet"><list-item><p>Autumn</p></list-item><list-item><p>Summer</p></list-item></list>
<disp-quote><p>We are delighted.</p></disp-quote>
<fig id="f1"><label>Figure 1</label><caption><title>The common.</title></caption><attrib>Sam Reed</attrib></fig>
</sec>
</body>
<back><ref-list><title>References</title>
<ref id="r1"><element-citation><person-group><name><surname>Roe</surname><given-names>J</given-names></name></person-group><year>2020</year><article-title>Pools</article-title><source>Town Review</source></element-citation></ref>
</ref-list></back>
<sub-article article-type="reply"><front-stub><title-group><article-title>Author response</article-title></title-group></front-stub>
<body><p>We thank the reviewers.</p></body></sub-article>
</article>"""


def read(text=ARTICLE):
    return read_jats(text.encode("utf-8"), "article.xml")


def blocks(article):
    return [(b["type"], b.get("text") or b.get("caption") or b.get("items")) for b in article["blocks"]]


def test_front_matter_to_fields():
    article = read()["articles"][0]
    assert (article["headline"], article["published"], article["byline"], article["publisher"], article["language"]) == (
        "Pools and towns", "2025-03-06", "Dana Whitfield, Valley Pools Group", "Valley Press", "en")
    assert article["summary"] == ["A survey", "Towns that build pools use them."]
    assert article["tags"] == ["pools", "towns"]


def test_body_and_back_to_blocks():
    assert blocks(read()["articles"][0]) == [
        ("heading", "Introduction"), ("paragraph", "The council voted on Thursday."), ("paragraph", "Costs are below."),
        ("paragraph", "Table 1 Costs"), ("paragraph", "Item | Cost"), ("paragraph", "Pool | 4m"), ("paragraph", "As shown."),
        ("list", ["Autumn", "Summer"]), ("quote", "We are delighted."), ("figure", "The common."),
        ("heading", "References"), ("list", ["Roe J 2020 Pools Town Review"])]
    figure = read()["articles"][0]["blocks"][9]
    assert (figure["label"], figure["credit"]) == ("Figure 1", "Sam Reed")


def test_sub_articles_are_further_articles():
    document = read()
    assert [a["headline"] for a in document["articles"]] == ["Pools and towns", "Author response"]
    assert blocks(document["articles"][1]) == [("paragraph", "We thank the reviewers.")]


def test_the_language_is_guessed_when_not_given():
    assert read(ARTICLE.replace(' xml:lang="en"', ""))["articles"][0]["language"] == "en"


@pytest.mark.parametrize("text, message", [
    ("<table-wrap/>", "not JATS: the root element is <table-wrap>"),
    ("<article><front/>", "not readable as JATS"),
    ('<!DOCTYPE article [<!ENTITY e "boom">]><article>&e;</article>', "entit"),
])
def test_what_cannot_be_read_is_a_clear_error(text, message):
    with pytest.raises(NewsconvError, match=message):
        read(text)


def test_an_article_without_title_or_text_has_nothing_to_convert():
    with pytest.raises(NothingToConvert, match="no title and no body"):
        read("<article><front/></article>")


def test_newsconvs_own_jats_reads_back():
    capture = convert.parse_text("Council votes to build the pool\n\nThe district council voted on Thursday evening "
                                 "to build the new swimming pool on the common.\n", "pool.txt")
    back = convert.parse_bytes(convert.write(capture, "jats"), "pool.xml")
    assert back["capture"]["layout"] == "jats"
    assert back["articles"][0]["headline"] == capture["articles"][0]["headline"]
    assert blocks(back["articles"][0]) == blocks(capture["articles"][0])


def test_a_figure_identifier_is_kept_where_the_file_has_it_and_only_once():
    figure = ('<fig id="f1"><object-id pub-id-type="doi">10.5555/valley.001</object-id><label>Figure 1</label>'
              '<caption><p>The common.</p></caption></fig>'
              '<fig id="f2"><object-id pub-id-type="doi">10.5555/valley.002</object-id><label>Figure 2</label>'
              '<caption><p>The pool. DOI: 10.5555/valley.002</p></caption></fig>')
    data = ARTICLE.replace('<fig id="f1"><label>Figure 1</label><caption><title>The common.</title></caption>'
                           '<attrib>Sam Reed</attrib></fig>', figure).encode()
    blocks = read_jats(data)["articles"][0]["blocks"]
    texts = [b.get("text") or b.get("caption") for b in blocks]
    first = texts.index("DOI: 10.5555/valley.001")
    assert texts[first + 1] == "The common."
    assert "DOI: 10.5555/valley.002" not in texts  # the caption says it already


def test_what_newsconv_writes_beside_the_jats_elements_comes_back():
    data = (ARTICLE.replace('<pub-date publication-format="electronic">',
                            '<pub-date publication-format="electronic" iso-8601-date="2025-03-06T18:45:00-08:00">')
            .replace('<contrib contrib-type="author"><collab>Valley Pools Group</collab></contrib>', '')
            .replace('<given-names>Dana</given-names></name>', '<given-names>Dana</given-names></name><role>Transport Editor</role>')
            .replace("</kwd-group>", "</kwd-group><custom-meta-group><custom-meta><meta-name>dateline</meta-name>"
                     "<meta-value>MARLOW VALE</meta-value></custom-meta></custom-meta-group>"))
    article = read_jats(data.encode())["articles"][0]
    assert (article["published"], article["dateline"], article["byline"]) == (
        "2025-03-06T18:45:00-08:00", "MARLOW VALE", "Dana Whitfield, Transport Editor")


def test_a_dateline_marked_in_the_body_is_the_dateline():
    data = ARTICLE.replace("<p>The council voted<break/>on Thursday.</p>",
                           '<p><named-content content-type="dateline">MARLOW VALE</named-content> — The council voted.</p>')
    assert read_jats(data.encode())["articles"][0]["dateline"] == "MARLOW VALE"

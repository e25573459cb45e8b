"""The NewsML-G2 2.35 writer: validity against IPTC's XSD, the XHTML body, determinism, digests and bundles."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import warnings
from typing import Any, Iterable

import pytest
from tests.paths import shared_path
from tests.xmllayout import as_lxml_writes_it
from tests.official import capture_documents
from tests.documents import ARCHIVE_RECORD, TRICKY, all_documents, archived_document, article, block_strategy, clone, digest_document, document, \
    minimal_document, \
    tricky_document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from convert.errors import NewsconvError, NewsconvWarning
from convert.writers import get
from convert.writers.newsml import WRITER, write, write_bundle
from convert.writers.newsml.stamps import UNKNOWN, Stamp, parse_stamp
from convert.writers._xmltext import escape_attribute, escape_text
from convert.model import article_id

NAR = "http://iptc.org/std/nar/2006-10-01/"
XHTML = "http://www.w3.org/1999/xhtml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NS = {"g2": NAR, "h": XHTML}
ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def quiet_write(doc: dict[str, Any]) -> bytes:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsconvWarning)
        return write(doc)


def quiet_bundle(docs: Iterable[dict[str, Any]]) -> bytes:
    stream = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsconvWarning)
        write_bundle(docs, stream)
    return stream.getvalue()


def parse(data: bytes) -> etree._Element:
    return etree.fromstring(data, etree.XMLParser(no_network=True))


def news_items(root: etree._Element) -> list[etree._Element]:
    return root.xpath("descendant-or-self::g2:newsItem", namespaces=NS)


def one(element: etree._Element, path: str) -> etree._Element:
    found = element.xpath(path, namespaces=NS)
    assert len(found) == 1, f"{path}: {len(found)} matches"
    return found[0]


def texts(element: etree._Element, path: str) -> list[str]:
    return ["".join(e.itertext()) for e in element.xpath(path, namespaces=NS)]






@pytest.fixture(scope="module")
def xsd() -> etree.XMLSchema:
    path = shared_path("standards", "newsml-g2", "NewsML-G2_2.35-spec-All-Power.xsd")
    return etree.XMLSchema(etree.parse(str(path), etree.XMLParser(no_network=True)))  # imports ./xml.xsd


@pytest.fixture(scope="module")
def written() -> dict[str, bytes]:
    outputs = {name: quiet_write(doc) for name, doc in all_documents().items()}
    outputs["bundle"] = quiet_bundle(all_documents().values())
    return outputs


def assert_valid(xsd: etree.XMLSchema, data: bytes) -> None:
    root = parse(data)
    assert xsd.validate(root), [f"line {e.line}: {e.message}" for e in xsd.error_log][:3]


# --- validity -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["article", "digest", "minimal", "tricky", "bundle"])
def test_every_document_and_the_bundle_validate_against_the_official_xsd(xsd, written, name):
    assert_valid(xsd, written[name])


def test_the_xsd_check_rejects_content_meta_out_of_order(xsd, written):
    root = parse(written["article"])
    meta = one(root, "g2:contentMeta")
    meta.insert(0, one(meta, "g2:headline"))  # descriptive before administrative
    assert not xsd.validate(root)


def test_registry_finds_the_writer():
    writer = get("newsml")
    assert writer is WRITER
    assert writer.extension == ".newsml.xml"
    assert writer.write_bundle is write_bundle


def test_the_file_is_exactly_what_lxml_writes_for_its_tree(written):
    for name, data in written.items():
        assert as_lxml_writes_it(data) == data, name


def test_the_lxml_comparison_sees_layout_and_escaping():
    assert as_lxml_writes_it(b"<a><b>x</b></a>") == b"<?xml version='1.0' encoding='UTF-8'?>\n<a>\n  <b>x</b>\n</a>\n"
    assert as_lxml_writes_it(b"<a>\n  <b>x&#62;</b>\n</a>\n").endswith(b"<b>x&gt;</b>\n</a>\n")
    mixed = b"<?xml version='1.0' encoding='UTF-8'?>\n<a>\n  <b>x</b> y\n</a>\n"
    assert as_lxml_writes_it(mixed) == mixed  # text among elements is content: nothing is laid out


@pytest.mark.parametrize("pieces", [("File", None, None), (None, None, "Credit"), ("File", None, "Credit"),
                                    (None, "Caption", None), ("File", "Caption", "Credit"), (None, None, None)])
def test_figure_captions_are_laid_out_as_lxml_writes_them(pieces):
    label, caption, credit = pieces
    blocks = [{"type": "figure", "lines": [1, 1], "caption": caption or "\x01", "credit": credit, "label": label,
               "alt": "Alt\ttext\non two lines"}]
    data = quiet_write(document(articles=[article(blocks=blocks)]))
    assert as_lxml_writes_it(data) == data
    assert b'data-alt="Alt&#9;text&#10;on two lines"' in data


@settings(max_examples=200, deadline=None)
@given(text=st.text(st.characters(blacklist_categories=["Cs"])))
def test_text_and_attribute_values_are_escaped_as_lxml_escapes_them(text):
    text = re.sub("[\ufffe\uffff]", "", ILLEGAL.sub("", text))
    element = etree.Element("e", v=text)
    element.text = text
    expected = etree.tostring(element, encoding="UTF-8").decode("utf-8")
    assert expected == f'<e v="{escape_attribute(text)}">{escape_text(text)}</e>'


def test_output_is_utf8_with_an_xml_declaration(written):
    for data in written.values():
        assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n")
        data.decode("utf-8")


def test_items_declare_standard_version_and_conformance(written):
    for name, data in written.items():
        root = parse(data)
        for item in root.xpath("descendant-or-self::g2:newsItem | descendant-or-self::g2:packageItem",
                               namespaces=NS):
            assert (item.get("standard"), item.get("standardversion"), item.get("conformance"),
                    item.get("version")) == ("NewsML-G2", "2.35", "power", "1"), name
            assert item.get("guid").startswith("tag:newsconv.invalid,")
            href = one(item, "g2:catalogRef").get("href")
            assert href == "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_40.xml"


# --- the XHTML body -------------------------------------------------------------------------------------

def xhtml_problems(inline: etree._Element) -> list[str]:
    """Why an ``inlineXML`` is not one well-formed XHTML document with every element in the XHTML namespace."""
    problems = []
    if inline.get("contenttype") != "application/xhtml+xml":
        problems.append(f"contenttype is {inline.get('contenttype')!r}")
    children = [c for c in inline if isinstance(c.tag, str)]
    if len(children) != 1:
        return problems + [f"{len(children)} root elements"]
    try:  # the body on its own, as a receiver would extract it
        html = etree.fromstring(etree.tostring(children[0]), etree.XMLParser(no_network=True))
    except etree.XMLSyntaxError as err:
        return problems + [f"not well-formed: {err}"]
    if html.tag != f"{{{XHTML}}}html" or [c.tag for c in html] != [f"{{{XHTML}}}head", f"{{{XHTML}}}body"]:
        problems.append("not html > head, body")
    problems += [f"{e.tag} outside the XHTML namespace" for e in html.iter()
                 if isinstance(e.tag, str) and etree.QName(e).namespace != XHTML]
    return problems


@pytest.mark.parametrize("name", ["article", "digest", "minimal", "tricky", "bundle"])
def test_body_is_well_formed_xhtml_with_every_element_in_the_xhtml_namespace(written, name):
    inlines = parse(written[name]).xpath("//g2:inlineXML", namespaces=NS)
    assert inlines
    for inline in inlines:
        assert xhtml_problems(inline) == []


def test_the_body_check_catches_an_element_in_the_newsml_namespace(written):
    inline = parse(written["article"]).xpath("//g2:inlineXML", namespaces=NS)[0]
    body = inline.xpath("h:html/h:body", namespaces=NS)[0]
    etree.SubElement(body, f"{{{NAR}}}p").text = "stray"  # what a body element built without a namespace becomes
    assert xhtml_problems(inline) == [f"{{{NAR}}}p outside the XHTML namespace"]


def test_body_maps_each_block_type():
    root = parse(write(document()))
    body = one(root, "g2:contentSet/g2:inlineXML/h:html/h:body")
    assert [etree.QName(c).localname for c in body] == ["h1", "p", "h2", "p", "figure", "ul", "blockquote"]
    assert texts(body, "h:h1") == ["Harbour council approves new ferry timetable"]
    assert texts(body, "h:h2") == ["What changes"]
    assert texts(body, "h:ul/h:li") == ["Two evening sailings", "A Sunday service"]
    assert texts(body, "h:blockquote/h:p") == ["We listened to the islanders."]
    assert texts(body, "h:figure/h:figcaption") == [
        "File The ferry leaves Port Ellen, March 4, 2024. Iain Bell/Coastal Ledger"]
    assert texts(body, "h:figure/h:figcaption/h:span[@class='label']") == ["File"]
    assert texts(body, "h:figure/h:figcaption/h:small[@class='credit']") == ["Iain Bell/Coastal Ledger"]
    html = one(root, "//h:html")
    assert (html.get("lang"), html.get(XML_LANG)) == ("en", "en")
    assert texts(html, "h:head/h:title") == ["Harbour council approves new ferry timetable"]


def test_an_article_without_blocks_has_no_content_set(xsd):
    data = write(document(articles=[article(blocks=[])]))
    assert_valid(xsd, data)
    assert parse(data).xpath("g2:contentSet", namespaces=NS) == []


# --- determinism and identifiers ------------------------------------------------------------------------

def test_rerun_is_byte_identical():
    for doc in all_documents().values():
        assert quiet_write(doc) == quiet_write(clone(doc))
    docs = list(all_documents().values())
    assert quiet_bundle(docs) == quiet_bundle(clone(d) for d in docs)


def test_guids_are_stable_derived_from_content_and_distinct():
    def guids(doc: dict[str, Any]) -> list[str]:
        return [item.get("guid") for item in news_items(parse(quiet_write(doc)))]

    first = guids(digest_document())
    assert first == guids(digest_document())
    assert len(set(first)) == 2
    assert all(re.fullmatch(r"tag:newsconv\.invalid,[0-9-]+:article:[0-9a-f]{24}", g) for g in first)
    # The model's identity: the same for another capture of the article, different for another headline.
    assert guids(document()) == [article_id(document(), document()["articles"][0])]
    recaptured = document(capture={**document()["capture"], "captured": "2025-01-01",
                                   "source": {**document()["capture"]["source"], "sha256": "0" * 64}})
    assert guids(recaptured) == guids(document())
    assert guids(document()) != guids(document(articles=[article(headline="Another headline")]))
    # A 1.1 document's own id is the guid.
    given = document(articles=[article(id="tag:example.org,2024:story-1")])
    assert guids(given) == ["tag:example.org,2024:story-1"]


# --- text -----------------------------------------------------------------------------------------------

def test_tricky_text_survives_except_illegal_characters_which_warn():
    doc = tricky_document()
    with pytest.warns(NewsconvWarning, match=r"\$\.articles\[0\]\.blocks\[1\]\.text: dropped XML-illegal character\(s\) U\+0007, U\+000C"):
        data = write(doc)
    assert not ILLEGAL.search(data.decode("utf-8"))
    root = parse(data)
    assert texts(root, "g2:contentMeta/g2:headline") == [doc["articles"][0]["headline"]]
    assert texts(root, "g2:contentMeta/g2:by") == [doc["articles"][0]["byline"]]
    body = one(root, "//h:body")
    assert texts(body, "h:h1") == [doc["articles"][0]["headline"]]
    assert texts(body, "h:p") == [TRICKY, "Bell character and formfeed"]
    assert texts(body, "h:figure/h:figcaption") == ["A <caption> & more A&B/C<D>"]
    assert one(body, "h:figure").get("data-alt") == "alt & text"


def test_clean_documents_raise_no_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for doc in (document(), digest_document(), minimal_document()):
            write(doc)


def test_line_breaks_in_a_normalized_string_become_spaces(xsd):
    data = write(document(articles=[article(publisher="Coastal\tLedger\nWeekly", tags=["sea\nferries"])]))
    assert_valid(xsd, data)
    root = parse(data)
    assert texts(root, "g2:contentMeta/g2:creditline") == ["Coastal Ledger Weekly"]
    assert texts(root, "g2:contentMeta/g2:keyword") == ["sea ferries"]


def test_text_that_is_only_illegal_characters_counts_as_missing(xsd):
    doc = document(articles=[article(headline="\x01\x02", byline="\x03")])
    with pytest.warns(NewsconvWarning):
        data = write(doc)
    assert_valid(xsd, data)
    root = parse(data)
    assert root.xpath("g2:contentMeta/g2:headline | g2:contentMeta/g2:by | //h:h1", namespaces=NS) == []
    # XHTML still has its title: the opening words of the text.
    opening = doc["articles"][0]["blocks"][0]["text"].split()
    assert texts(root, "//h:title") == [" ".join(opening[:10]) + (" …" if len(opening) > 10 else "")]



@pytest.mark.parametrize("figure, title", [
    ({"label": None, "caption": "\x08", "credit": None, "alt": "A ferry at dawn"}, "A ferry at dawn"),
    ({"label": "Fig. 1", "caption": None, "credit": "Jane Roe", "alt": "unseen"}, "Fig. 1 Jane Roe"),
])
def test_a_headless_article_of_one_figure_still_has_its_xhtml_title(xsd, figure, title):
    block = {"type": "figure", "lines": [1, 1], **figure}
    data = quiet_write(document(articles=[article(headline=None, blocks=[block])]))
    assert_valid(xsd, data)
    root = parse(data)
    assert texts(root, "//h:title") == [title]
    assert all(xhtml_problems(inline) == [] for inline in root.xpath("//g2:inlineXML", namespaces=NS))

# --- metadata -------------------------------------------------------------------------------------------

def test_item_and_content_metadata_map_every_fact():
    doc = document(articles=[article(summary=["A dek.", "A key point."], tags=["transport", "islands"])])
    root = parse(write(doc))
    meta = one(root, "g2:itemMeta")
    assert one(meta, "g2:itemClass").get("qcode") == "ninat:text"
    assert one(meta, "g2:provider").get("literal") == "newsconv"
    assert texts(meta, "g2:versionCreated") == texts(meta, "g2:firstCreated") == ["2024-03-06T12:00:00Z"]
    assert one(meta, "g2:pubStatus").get("qcode") == "stat:usable"
    content = one(root, "g2:contentMeta")
    assert [etree.QName(c).localname for c in content] == [
        "contentCreated", "located", "infoSource", "infoSource", "creator", "language", "keyword", "keyword", "headline",
        "dateline", "by", "creditline", "description", "description"]
    assert texts(content, "g2:contentCreated") == ["2024-03-05"]
    assert texts(content, "g2:located/g2:name") == texts(content, "g2:dateline") == ["PORT ELLEN, Islay"]
    sources = [(s.get("role"), s.get("roleuri"), s.get("literal"))
               for s in content.xpath("g2:infoSource", namespaces=NS)]
    assert sources == [("isrol:originfo", None, "Coastal Ledger"), (None, None, "THE EXAMPLE AGGREGATOR")]
    assert [(c.get("type"), c.get("literal")) for c in content.xpath("g2:creator", namespaces=NS)] == [
        ("cptype:person", "Morag Campbell")]
    assert one(content, "g2:language").get("tag") == "en" == root.get(XML_LANG)
    assert texts(content, "g2:keyword") == ["transport", "islands"]
    assert texts(content, "g2:by") == ["Morag Campbell"]
    assert texts(content, "g2:creditline") == ["Coastal Ledger"]
    assert texts(content, "g2:description[@role='drol:summary']") == ["A dek.", "A key point."]


def empty_elements(root: etree._Element) -> list[str]:
    """NewsML-G2 elements with no attribute, no child and no text (the XHTML head may be empty)."""
    return [root.getroottree().getpath(e) for e in root.iter(f"{{{NAR}}}*")
            if not e.attrib and len(e) == 0 and not (e.text or "").strip()]


def test_missing_facts_are_missing_elements_and_the_date_placeholder_is_flagged(xsd, written):
    root = parse(written["minimal"])
    assert root.get(XML_LANG) is None
    assert texts(root, "g2:itemMeta/g2:versionCreated") == [UNKNOWN]
    assert root.xpath("g2:itemMeta/g2:firstCreated | g2:contentMeta", namespaces=NS) == []
    assert "placeholder" in texts(root, "g2:itemMeta/g2:edNote")[0]
    assert one(root, "g2:itemMeta/g2:provider").get("literal") == "newsconv"
    for data in written.values():
        assert empty_elements(parse(data)) == []


def test_the_emptiness_check_catches_an_empty_element(written):
    root = parse(written["article"])
    etree.SubElement(one(root, "g2:contentMeta"), f"{{{NAR}}}headline")
    assert len(empty_elements(root)) == 1


def test_dates_come_from_the_document_never_the_clock():
    timed = document(capture={**document()["capture"], "captured": None},
                     articles=[article(published="2024-03-05T09:30:00+01:00")])
    root = parse(write(timed))
    assert texts(root, "g2:contentMeta/g2:contentCreated") == ["2024-03-05T09:30:00+01:00"]
    assert texts(root, "g2:itemMeta/g2:versionCreated") == ["2024-03-05T09:30:00+01:00"]
    # A digest item without its own date has no contentCreated: the digest's date is the digest's.
    item = news_items(parse(write(digest_document())))[0]
    assert texts(item, "g2:contentMeta/g2:contentCreated") == []
    assert texts(item, "g2:itemMeta/g2:versionCreated") == ["2024-03-06T12:00:00Z"]


def test_an_impossible_date_is_treated_as_missing(xsd):
    doc = document(capture={**document()["capture"], "captured": None}, articles=[article(published="2024-02-30")])
    data = write(doc)
    assert_valid(xsd, data)
    assert texts(parse(data), "g2:itemMeta/g2:versionCreated") == [UNKNOWN]


@pytest.mark.parametrize("value, truncated, full", [
    ("2024-03-05", "2024-03-05", "2024-03-05T12:00:00Z"),  # a bare date: noon UTC, the same day almost anywhere
    ("2024-03-05T10:00Z", "2024-03-05T10:00:00Z", "2024-03-05T10:00:00Z"),
    ("2024-03-05t10:00:05.25z", "2024-03-05T10:00:05.25Z", "2024-03-05T10:00:05.25Z"),
    ("2024-03-05T10:00:00+0530", "2024-03-05T10:00:00+05:30", "2024-03-05T10:00:00+05:30"),
    ("2024-03-05T25:00:00Z", "2024-03-05", "2024-03-05T12:00:00Z"),  # bad time: the date survives
])
def test_stamps_are_normalised_to_xsd_date_times(value, truncated, full):
    stamp = parse_stamp(value)
    assert (stamp.truncated(), stamp.date_time()) == (truncated, full)


@pytest.mark.parametrize("value", [None, "", "2024-02-30", "0000-01-01", "yesterday"])
def test_unusable_dates_are_none(value):
    assert parse_stamp(value) is None


def test_stamps_order_across_zones():
    early, late = Stamp("2024-03-05", "10:00:00", "+02:00"), Stamp("2024-03-05", "09:00:00", "Z")
    assert max([late, early], key=Stamp.sort_key) == late


def test_language_und_is_left_out_and_right_to_left_is_marked(xsd):
    root = parse(write(document(articles=[article(language="und")])))
    assert root.get(XML_LANG) is None
    assert root.xpath("g2:contentMeta/g2:language | //h:html/@lang", namespaces=NS) == []
    data = write(document(articles=[article(language="ar", headline="عنوان")]))
    assert_valid(xsd, data)
    root = parse(data)
    assert (root.get(XML_LANG), root.get("dir")) == ("ar", "rtl")
    assert one(root, "//h:html").get("dir") == "rtl"


def test_a_bad_language_or_no_article_is_a_clear_error():
    with pytest.raises(NewsconvError, match="not a BCP 47 tag"):
        write(document(articles=[article(language="en_GB")]))
    with pytest.raises(NewsconvError, match="no article"):
        write(document(articles=[]))


# --- digests and bundles --------------------------------------------------------------------------------

def package_refs(package: etree._Element) -> list[str]:
    return [ref.get("residref") for ref in package.xpath("g2:groupSet/g2:group/g2:itemRef", namespaces=NS)]


def test_digest_is_a_message_whose_package_lists_the_items_in_order(xsd, written):
    root = parse(written["digest"])
    assert root.tag == f"{{{NAR}}}newsMessage"
    assert texts(root, "g2:header/g2:sent") == ["2024-03-06T12:00:00Z"]
    item_set = one(root, "g2:itemSet")
    assert [etree.QName(c).localname for c in item_set] == ["packageItem", "newsItem", "newsItem"]
    package = one(item_set, "g2:packageItem")
    assert one(package, "g2:itemMeta/g2:itemClass").get("qcode") == "ninat:composite"
    items = news_items(item_set)
    assert package_refs(package) == [item.get("guid") for item in items]
    group = one(package, "g2:groupSet/g2:group")
    assert group.get("id") == one(package, "g2:groupSet").get("root")
    assert (group.get("mode"), group.get("roleuri")) == ("pgrmod:seq", "urn:newsconv:role:digest")
    assert texts(group, "g2:itemRef/g2:title") == ["Council backs cycle lanes", "Library opens on Sundays"]
    sources = [(s.get("role") or s.get("roleuri"), s.get("literal"))
               for s in items[0].xpath("g2:contentMeta/g2:infoSource", namespaces=NS)]
    assert sources == [("isrol:originfo", "City Post"), (None, "Example Digest"), (None, "THE EXAMPLE AGGREGATOR")]


def test_a_digest_that_yielded_one_article_is_a_single_news_item_naming_the_digest(xsd):
    doc = digest_document()
    doc["articles"] = doc["articles"][:1]
    data = write(doc)
    assert_valid(xsd, data)
    root = parse(data)
    assert root.tag == f"{{{NAR}}}newsItem"
    assert root.xpath("g2:contentMeta/g2:infoSource[not(@role)]/@literal", namespaces=NS) == [
        "Example Digest", "THE EXAMPLE AGGREGATOR"]


def test_bundle_holds_every_item_and_a_package_per_digest(xsd):
    docs = [document(), digest_document(), minimal_document(), digest_document()]
    root = parse(quiet_bundle(docs))
    assert root.tag == f"{{{NAR}}}newsMessage"
    packages = root.xpath("g2:itemSet/g2:packageItem", namespaces=NS)
    assert len(packages) == 2
    assert len(news_items(root)) == sum(len(d["articles"]) for d in docs)
    for package in packages:  # each package is followed by exactly the items it lists
        following = package.itersiblings()
        assert package_refs(package) == [next(following).get("guid") for _ in package_refs(package)]
    group_ids = root.xpath("//g2:group/@id", namespaces=NS)
    assert len(set(group_ids)) == len(group_ids)  # xs:ID: unique in the whole file
    assert_valid(xsd, quiet_bundle(docs))


def test_sent_is_the_latest_version_created_in_the_message():
    older = document(capture={**document()["capture"], "captured": "2024-01-01"})
    newer = document(capture={**document()["capture"], "captured": "2024-06-30T12:00:00Z"})
    root = parse(quiet_bundle([newer, older]))
    assert texts(root, "g2:header/g2:sent") == ["2024-06-30T12:00:00Z"]
    assert texts(parse(quiet_bundle([minimal_document()])), "g2:header/g2:sent") == [UNKNOWN]


def test_empty_bundle_is_an_error():
    with pytest.raises(NewsconvError):
        write_bundle([], io.BytesIO())


# --- IPTC's own reader ----------------------------------------------------------------------------------

def json_headlines(docs: Iterable[dict[str, Any]]) -> list[str | None]:
    return [a["headline"] for d in docs for a in d["articles"]]


@pytest.mark.parametrize("name", ["article", "digest", "minimal", "tricky", "bundle"])
def test_iptc_reader_loads_every_item_and_reads_the_json_headline(written, name):
    NewsMLG2 = pytest.importorskip("NewsMLG2")
    docs = list(all_documents().values()) if name == "bundle" else [all_documents()[name]]
    items = news_items(parse(written[name]))
    assert len(items) == len(json_headlines(docs))
    for element, headline in zip(items, json_headlines(docs)):
        item = NewsMLG2.NewsMLG2Document(etree.tostring(element)).get_item()
        assert isinstance(item, NewsMLG2.NewsItem)
        assert item.guid == element.get("guid")
        assert str(item.itemmeta.itemclass.qcode) == "ninat:text"
        if headline is None:
            assert not item.contentmeta.headline
        else:  # the reader collapses white space
            assert str(item.contentmeta.headline) == " ".join(headline.split())
    for element in parse(written[name]).xpath("//g2:packageItem", namespaces=NS):
        assert isinstance(NewsMLG2.NewsMLG2Document(etree.tostring(element)).get_item(), NewsMLG2.PackageItem)


# --- generated documents --------------------------------------------------------------------------------

TEXT = st.text(st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=12).filter(
    lambda s: bool(re.search(r"\S", s)))
MAYBE = st.none() | TEXT
DATE = st.none() | st.sampled_from(["2024-03-05", "2024-03-05T10:15:00Z", "2023-12-31T23:59:59.5-08:00"])
BLOCK = block_strategy(TEXT)
ARTICLE = st.builds(
    lambda headline, publisher, published, dateline, byline, tags, language, summary, blocks: article(
        headline=headline, publisher=publisher, published=published, dateline=dateline, byline=byline, tags=tags,
        language=language, summary=summary, blocks=blocks),
    MAYBE, MAYBE, DATE, MAYBE, MAYBE, st.lists(TEXT, max_size=2), st.sampled_from(["en", "und", "ar", "zh-Hant"]),
    st.lists(TEXT, max_size=2), st.lists(BLOCK, max_size=4))


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(articles=st.lists(ARTICLE, min_size=1, max_size=3), site=MAYBE, captured=DATE, digest_date=DATE)
def test_generated_documents_are_valid_and_never_empty(xsd, articles, site, captured, digest_date):
    digest = {"publisher": "D", "published": digest_date, "field_lines": {}} if len(articles) > 1 else None
    doc = document(capture={**document()["capture"], "site": site, "captured": captured}, articles=articles,
                   digest=digest)
    data = quiet_write(doc)
    assert_valid(xsd, data)
    assert as_lxml_writes_it(data) == data
    root = parse(data)
    assert empty_elements(root) == []
    for inline in root.xpath("//g2:inlineXML", namespaces=NS):
        assert xhtml_problems(inline) == []


# --- real and synthetic captures, through the official checker -----------------------------------------


def test_captures_convert_to_newsml_that_the_official_checker_accepts(tmp_path):
    outputs = []
    for number, (path, doc) in enumerate(capture_documents()):
        out = tmp_path / f"{number:03d}-{path.stem}.newsml.xml"
        out.write_bytes(quiet_write(doc))
        outputs.append(out)
    assert outputs, "no capture could be read"
    checker = shared_path("standards", "check-official")
    result = subprocess.run([sys.executable, str(checker), "newsml", *map(str, outputs)],
                            capture_output=True, text=True)
    lines = result.stdout.splitlines()
    failures = [line for line in lines if not line.startswith("OK ")]
    assert failures == [] and result.returncode == 0, (failures[:3], result.stderr[-500:])
    assert len(lines) == len(outputs)


# --- model 1.1: identity, rights, contributors, times, truncation ---------------------------------------

def full_article(**changes: Any) -> dict[str, Any]:
    return article(id="tag:example.org,2024-03-05:ferry-fares", published="2024-03-05T09:15:00-05:00",
                   modified="2024-03-05T18:49:00-05:00", byline="Morag Campbell, Transport Editor and AP",
                   rights={"statement": "Copyright 2024 Coastal Ledger. All rights reserved.", "holder": "Coastal Ledger",
                           "year": 2024},
                   contributors=[{"name": "Morag Campbell", "role": "Transport Editor", "kind": "person"},
                                 {"name": "The Associated Press", "role": None, "kind": "organization"}],
                   truncated=True, **changes)


def test_rights_creators_own_dates_and_truncation(xsd):
    doc = document(articles=[full_article()])
    doc["schema_version"] = "1.1"
    data = write(doc, provider="Example Newsroom")
    assert_valid(xsd, data)
    root = parse(data)
    assert root.get("guid") == "tag:example.org,2024-03-05:ferry-fares"
    assert [etree.QName(c).localname for c in root][:3] == ["catalogRef", "rightsInfo", "itemMeta"]
    assert one(root, "g2:rightsInfo/g2:copyrightHolder").get("literal") == "Coastal Ledger"
    assert texts(root, "g2:rightsInfo/g2:copyrightNotice") == ["Copyright 2024 Coastal Ledger. All rights reserved."]
    meta = one(root, "g2:itemMeta")
    assert one(meta, "g2:provider").get("literal") == "Example Newsroom"
    # The newest date the document gives: here the capture day, after the update.
    assert texts(meta, "g2:versionCreated") == ["2024-03-06T12:00:00Z"]
    uncaptured = document(capture={**doc["capture"], "captured": None}, articles=[full_article()])
    assert texts(parse(write(uncaptured)), "g2:itemMeta/g2:versionCreated") == ["2024-03-05T18:49:00-05:00"]
    assert any("incomplete" in note for note in texts(meta, "g2:edNote"))
    content = one(root, "g2:contentMeta")
    assert texts(content, "g2:contentCreated") == ["2024-03-05T09:15:00-05:00"]
    assert texts(content, "g2:contentModified") == ["2024-03-05T18:49:00-05:00"]
    assert [(c.get("type"), c.get("literal")) for c in content.xpath("g2:creator", namespaces=NS)] == [
        ("cptype:person", "Morag Campbell"), ("cptype:organisation", "The Associated Press")]
    assert texts(content, "g2:by") == ["Morag Campbell, Transport Editor and AP"]


def test_every_date_time_has_a_zone(written):
    zoned = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})")
    for name, data in written.items():
        root = parse(data)
        for element in root.xpath("//g2:versionCreated | //g2:firstCreated | //g2:sent", namespaces=NS):
            assert zoned.fullmatch(element.text), (name, element.text)


def test_the_provider_option_is_declared_and_checked():
    option = next(o for o in WRITER.options if o.name == "provider")
    assert option.default == "newsconv"
    with pytest.raises(NewsconvError, match="provider"):
        write(document(), provider="  ")


def test_no_content_created_without_the_article_own_date():
    root = parse(write(document(articles=[article(published=None)])))
    assert texts(root, "g2:contentMeta/g2:contentCreated") == []
    assert texts(root, "g2:itemMeta/g2:versionCreated") == ["2024-03-06T12:00:00Z"]  # the capture day


def test_one_party_one_name():
    doc = digest_document()
    doc["digest"]["publisher"] = "The Example Aggregator"
    items = news_items(parse(write(doc)))
    assert items[0].xpath("g2:contentMeta/g2:infoSource/@literal", namespaces=NS) == [
        "City Post", "The Example Aggregator"]


def test_iptc_reader_reads_headline_creators_rights_and_dates_back():
    NewsMLG2 = pytest.importorskip("NewsMLG2")
    item = NewsMLG2.NewsMLG2Document(write(document(articles=[full_article()]))).get_item()
    assert str(item.contentmeta.headline) == article()["headline"]
    assert [(str(c.literal), str(c.type)) for c in item.contentmeta.creator] == [
        ("Morag Campbell", "cptype:person"), ("The Associated Press", "cptype:organisation")]
    rights = item.rightsinfo[0]
    assert (str(rights.copyrightholder.literal), str(rights.copyrightnotice)) == (
        "Coastal Ledger", "Copyright 2024 Coastal Ledger. All rights reserved.")
    assert str(item.contentmeta.contentcreated) == "2024-03-05T09:15:00-05:00"
    assert str(item.contentmeta.contentmodified) == "2024-03-05T18:49:00-05:00"
    assert str(item.itemmeta.versioncreated) == "2024-03-06T12:00:00Z"


# --- web archive records ----------------------------------------------------------------------------------

def test_an_archived_page_names_its_record_in_item_meta(xsd):
    root = parse(quiet_write(archived_document()))
    meta = one(root, "g2:itemMeta")
    assert one(meta, "g2:origRep").text == ARCHIVE_RECORD["target_uri"]
    facts = {e.get("reluri").rpartition("#")[2]: e.get("value") for e in meta.xpath("g2:itemMetaExtProperty", namespaces=NS)}
    assert facts == {"warc-filename": "crawl-2024.warc.gz", "warc-record-id-mandatory": ARCHIVE_RECORD["record_id"],
                     "warc-date-mandatory": "2024-03-06T07:41:09Z", "warc-payload-digest": ARCHIVE_RECORD["payload_digest"]}
    assert_valid(xsd, quiet_write(archived_document()))


def test_an_arc_record_has_no_id_or_digest_to_name(xsd):
    data = quiet_write(archived_document(record_id=None, payload_digest=None))
    meta = one(parse(data), "g2:itemMeta")
    assert [e.get("reluri").rpartition("#")[2] for e in meta.xpath("g2:itemMetaExtProperty", namespaces=NS)] == [
        "warc-filename", "warc-date-mandatory"]
    assert_valid(xsd, data)


def test_every_item_and_the_package_of_an_archived_digest_name_the_record(xsd):
    doc = digest_document()
    doc["capture"]["archive_record"] = dict(ARCHIVE_RECORD)
    data = quiet_write(doc)
    root = parse(data)
    assert len(root.xpath("//g2:itemMeta/g2:origRep", namespaces=NS)) == 1 + len(doc["articles"])
    assert_valid(xsd, data)

"""The JATS writer: valid against the official JATS 1.3 DTD, nothing empty, every text once and in order."""

from __future__ import annotations

import io
import re
import warnings
from pathlib import Path
from typing import Any, Iterable

import pytest
from tests.paths import shared_path
from tests.xmllayout import as_lxml_writes_it
from tests.official import capture_documents, official_checker
from tests.documents import ARCHIVE_RECORD, TRICKY, all_documents, archived_document, article, block_strategy, clone, digest_document, document, \
    minimal_document, \
    tricky_document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from convert.errors import NewsconvError, NewsconvWarning
from convert.model import article_id, block_texts
from convert.writers import get
from convert.writers.jats import PUBLIC_ID, SYSTEM_ID, write, write_bundle

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


# --- helpers ----------------------------------------------------------------------------------------------

def quiet_write(doc: dict[str, Any]) -> bytes:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsconvWarning)
        return write(doc)


def parse(data: bytes) -> etree._Element:
    return etree.fromstring(data, etree.XMLParser(load_dtd=False, no_network=True))


PROLOG = f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE article PUBLIC "{PUBLIC_ID}" "{SYSTEM_ID}">\n'.encode()




def official_failures(paths: Iterable[Path]) -> list[str]:
    checker = official_checker()
    return [f"{path}: {checker.summary(errors)}" for path, errors in checker.check_jats([str(p) for p in paths])
            if errors]


def empty_elements(root: etree._Element) -> list[str]:
    """Every element with neither visible text nor children (JATS elements that are EMPTY by
    definition, such as ``hr`` or ``break``, are never written, so none is exempt)."""
    return [root.getroottree().getpath(el) for el in root.iter()
            if not isinstance(el, etree._Comment) and len(el) == 0 and not (el.text or "").strip()]


def body_texts(body: etree._Element | None) -> list[str]:
    """The running texts of a JATS body in order: paragraphs (also in lists, quotes and captions) and
    section titles; figure labels, alt texts and credits are not running text."""
    if body is None:
        return []
    return ["".join(el.itertext()) for el in body.iter("p", "title")]


def expected_texts(art: dict[str, Any]) -> list[str]:
    texts = [ILLEGAL.sub("", text) for block in art["blocks"] for text in block_texts(block)]
    return [text for text in texts if text.strip()]


def article_bodies(root: etree._Element, doc: dict[str, Any]) -> list[etree._Element | None]:
    """The body element for each article of ``doc`` (the root's, or each sub-article's)."""
    subs = root.findall("sub-article")
    if not subs:
        return [root.find("body")]
    return [sub.find("body") for sub in subs]


def edge_documents() -> dict[str, dict[str, Any]]:
    """Documents at the edges of the schema: nothing but what is required, blank-after-cleaning texts."""
    bare_item = article(headline=None, publisher=None, published=None, dateline=None, byline=None, tags=[],
                        summary=[], blocks=[], language="und", field_lines={})
    return {
        "no-blocks": document(articles=[article(headline=None, blocks=[], dateline=None)]),
        "headings-only": document(articles=[article(blocks=[
            {"type": "heading", "lines": [1, 1], "text": "First"},
            {"type": "heading", "lines": [2, 2], "text": "Second"}])]),
        "illegal-only": document(articles=[article(
            headline="\x07", byline="\x05", publisher="\x01", tags=["\x02"], summary=["\x03"], dateline="\x04",
            blocks=[{"type": "paragraph", "lines": [1, 1], "text": "\x07\x08"},
                    {"type": "heading", "lines": [2, 2], "text": "\x0e"},
                    {"type": "list", "lines": [3, 3], "items": ["\x0f", "kept item"]},
                    {"type": "figure", "lines": [4, 4], "caption": "\x10", "credit": None, "label": None,
                     "alt": None}])]),
        "bare-figure": document(articles=[article(blocks=[
            {"type": "figure", "lines": [1, 1], "caption": "Only a caption", "credit": None, "label": None,
             "alt": None}])]),
        "date-time": document(articles=[article(published="2024-03-05T09:30:00+01:00", summary=["A dek."])]),
        "bare-digest": document(digest={"publisher": None, "published": None, "field_lines": {}},
                                articles=[bare_item, clone(bare_item)]),
        "several-no-digest": document(articles=[article(), article(language="fr", headline="Deuxième")]),
        "archived": archived_document(),
        "archived-arc": archived_document(record_id=None, payload_digest=None),
        "archived-digest": dict(digest_document(), capture=archived_document()["capture"]),
    }


def every_document() -> dict[str, dict[str, Any]]:
    return {**all_documents(), **edge_documents()}


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, bytes]]:
    folder = tmp_path_factory.mktemp("jats")
    out = {}
    for name, doc in every_document().items():
        data = quiet_write(doc)
        path = folder / f"{name}.jats.xml"
        path.write_bytes(data)
        out[name] = (path, data)
    bundle = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsconvWarning)
        write_bundle(list(all_documents().values()), bundle)
    path = folder / "bundle.jats.xml"
    path.write_bytes(bundle.getvalue())
    out["bundle"] = (path, bundle.getvalue())
    return out


# --- validity, emptiness, text ----------------------------------------------------------------------------

def test_every_document_and_the_bundle_validate_against_the_official_dtd(written):
    assert official_failures(path for path, _ in written.values()) == []


def test_the_validator_used_here_does_reject_invalid_jats(tmp_path):
    broken = re.sub(rb"<front>", b"<front><bogus/>", write(document()))
    path = tmp_path / "broken.jats.xml"
    path.write_bytes(broken)
    assert official_failures([path])


def test_every_file_is_exactly_what_lxml_writes_for_its_tree(written):
    for name, (_, data) in written.items():
        assert as_lxml_writes_it(data, PROLOG) == data, name


def test_the_lxml_comparison_sees_layout():
    assert as_lxml_writes_it(PROLOG + b"<article><front/></article>\n", PROLOG) == PROLOG + b"<article>\n  <front/>\n</article>\n"


def test_no_element_is_empty(written):
    for name, (_, data) in written.items():
        assert empty_elements(parse(data)) == [], name


def test_the_emptiness_check_catches_an_empty_element():
    assert empty_elements(etree.fromstring("<a><b> </b><c>x</c></a>")) == ["/a/b"]


@pytest.mark.parametrize("name", sorted(every_document()))
def test_every_paragraph_and_caption_appears_once_in_order(name):
    doc = every_document()[name]
    root = parse(quiet_write(doc))
    bodies = article_bodies(root, doc)
    assert len(bodies) == len(doc["articles"])
    for art, body in zip(doc["articles"], bodies):
        assert body_texts(body) == expected_texts(art)


def test_rerun_is_byte_identical():
    for name, doc in every_document().items():
        assert quiet_write(doc) == quiet_write(clone(doc)), name
    first, second = io.BytesIO(), io.BytesIO()
    write_bundle([document(), digest_document()], first)
    write_bundle([document(), digest_document()], second)
    assert first.getvalue() == second.getvalue()


# --- the prolog and root ----------------------------------------------------------------------------------

def test_prolog_declares_the_jats_13_archiving_dtd():
    data = write(document())
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE article PUBLIC ')
    tree = etree.fromstring(data).getroottree()
    assert tree.docinfo.public_id == PUBLIC_ID
    assert tree.docinfo.system_url == SYSTEM_ID
    root = tree.getroot()
    assert (root.tag, root.get("article-type"), root.get("dtd-version"), root.get(XML_LANG)) == \
        ("article", "news", "1.3", "en")


def test_registry_finds_the_writer():
    writer = get("jats")
    assert (writer.name, writer.extension) == ("jats", ".jats.xml")
    assert writer.write(document()) == write(document())
    assert writer.write_bundle is not None


# --- front matter -----------------------------------------------------------------------------------------

def custom_meta(front: etree._Element) -> dict[str, str]:
    return {m.findtext("meta-name"): m.findtext("meta-value") for m in front.iter("custom-meta")}


def test_front_matter_maps_every_fact():
    doc = document(articles=[article(summary=["A dek.", "A key point."], tags=["transport", "islands"])])
    root = parse(write(doc))
    front = root.find("front")
    assert front.findtext("journal-meta/journal-title-group/journal-title") == "Coastal Ledger"
    assert front.findtext("journal-meta/publisher/publisher-name") == "Coastal Ledger"
    meta = front.find("article-meta")
    assert meta.findtext("title-group/article-title") == "Harbour council approves new ferry timetable"
    assert [c.get("contrib-type") for c in meta.iter("contrib")] == ["author"]
    name = meta.find("contrib-group/contrib/name")
    assert (name.findtext("surname"), name.findtext("given-names")) == ("Campbell", "Morag")
    assert meta.findtext("article-id[@pub-id-type='archive']") == article_id(doc, doc["articles"][0])
    date = meta.find("pub-date")
    assert (date.get("iso-8601-date"), date.findtext("year"), date.findtext("month"), date.findtext("day")) == \
        ("2024-03-05", "2024", "03", "05")
    assert (date.get("publication-format"), date.get("date-type")) == ("electronic", "pub")
    assert [e.findtext("event-desc") for e in meta.findall("pub-history/event")] == [
        "Republished by THE EXAMPLE AGGREGATOR"]
    assert meta.find("abstract").get("abstract-type") == "key-points"
    assert [p.text for p in meta.findall("abstract/p")] == ["A dek.", "A key point."]
    assert [k.text for k in meta.findall("kwd-group/kwd")] == ["transport", "islands"]
    # The article's own facts only: no capture internals.
    assert custom_meta(meta) == {"dateline": "PORT ELLEN, Islay"}
    # The order JATS demands inside article-meta.
    assert [child.tag for child in meta] == ["article-id", "title-group", "contrib-group", "pub-date", "pub-history",
                                             "abstract", "kwd-group", "custom-meta-group"]


def test_rights_contributors_and_update_of_a_1_1_document():
    doc = document(articles=[article(
        byline="Morag Campbell, Transport Editor and AP", modified="2024-03-05T18:49:00-05:00", summary=["A dek."],
        rights={"statement": "Copyright 2024 Coastal Ledger. All rights reserved.", "holder": "Coastal Ledger",
                "year": 2024},
        contributors=[{"name": "Morag Campbell", "role": "Transport Editor", "kind": "person"},
                      {"name": "The Associated Press", "role": None, "kind": "organization"},
                      {"name": "Björk", "role": None, "kind": "person"}],
        id="tag:example.org,2024:ferry", truncated=False)])
    meta = parse(write(doc)).find("front/article-meta")
    assert meta.findtext("article-id") == "tag:example.org,2024:ferry"
    contribs = meta.findall("contrib-group/contrib")
    assert [(c.findtext("name/surname"), c.findtext("collab"), c.findtext("string-name"), c.findtext("role"))
            for c in contribs] == [("Campbell", None, None, "Transport Editor"),
                                   (None, "The Associated Press", None, None), (None, None, "Björk", None)]
    assert (meta.findtext("permissions/copyright-statement"), meta.findtext("permissions/copyright-year"),
            meta.findtext("permissions/copyright-holder")) == (
        "Copyright 2024 Coastal Ledger. All rights reserved.", "2024", "Coastal Ledger")
    updated = meta.find("pub-history/event/date")
    assert (updated.get("date-type"), updated.get("iso-8601-date")) == ("updated", "2024-03-05T18:49:00-05:00")
    assert meta.find("abstract").get("abstract-type") == "teaser"


@pytest.mark.parametrize("name, parts", [
    ("Ludwig van Beethoven", ("van Beethoven", "Ludwig")),
    ("Mary Ann de la Cruz", ("de la Cruz", "Mary Ann")),
    ("Zoë O'Brien", ("O'Brien", "Zoë")),
    ("J. R. Smith", ("Smith", "J. R.")),
])
def test_personal_names_split_into_surname_and_given_names(name, parts):
    root = parse(write(document(articles=[article(byline=name)])))
    found = root.find(".//contrib/name")
    assert (found.findtext("surname"), found.findtext("given-names")) == parts


def test_date_time_keeps_its_time_in_the_iso_attribute():
    meta = parse(write(document(articles=[article(published="2024-03-05T23:30:00-05:00")]))).find(".//pub-date")
    assert meta.get("iso-8601-date") == "2024-03-05T23:30:00-05:00"
    assert [meta.findtext(p) for p in ("year", "month", "day")] == ["2024", "03", "05"]


def test_missing_facts_are_missing_elements_not_made_up_ones():
    root = parse(write(minimal_document()))
    for absent in ("journal-meta", "title-group", "contrib-group", "pub-date", "abstract", "kwd-group"):
        assert root.find(f".//{absent}") is None, absent
    assert root.get(XML_LANG) == "und"
    meta = custom_meta(root)
    assert "capture-date" not in meta and "aggregator-site" not in meta and "dateline" not in meta


def test_capture_date_is_never_a_publication_date():
    doc = document(articles=[article(published=None)])
    root = parse(write(doc))
    assert root.find(".//pub-date") is None
    assert "2024-03-06" not in write(doc).decode()


def contributor_name(contrib: etree._Element) -> str:
    if contrib.find("name") is not None:
        return f'{contrib.findtext("name/given-names")} {contrib.findtext("name/surname")}'
    return contrib.findtext("string-name") or contrib.findtext("collab")


@pytest.mark.parametrize("byline, names", [
    ("Christian Day and Mabel Quist", ["Christian Day", "Mabel Quist"]),
    ("Ann Lee & Bo Park", ["Ann Lee", "Bo Park"]),
    ("Sam Field, Staff Writer", ["Sam Field, Staff Writer"]),
    ("Sandra Anderson", ["Sandra Anderson"]),
    ("Newsroom", ["Newsroom"]),
])
def test_a_1_0_byline_is_split_only_on_joining_words(byline, names):
    root = parse(write(document(articles=[article(byline=byline)])))
    contribs = root.findall(".//contrib-group/contrib")
    assert [contributor_name(c) for c in contribs] == names
    assert {c.get("contrib-type") for c in contribs} == {"author"}


# --- body -------------------------------------------------------------------------------------------------

def test_body_structure():
    body = parse(write(document())).find("body")
    assert [child.tag for child in body] == ["p", "sec"]
    sec = body.find("sec")
    assert [child.tag for child in sec] == ["title", "p", "fig", "list", "disp-quote"]
    assert sec.findtext("title") == "What changes"
    fig = sec.find("fig")
    # "File" says what kind of picture it is, not which figure: a type, not a label.
    assert [child.tag for child in fig] == ["caption", "attrib"]
    assert fig.get("fig-type") == "File"
    assert sec.find("list").get("list-type") == "bullet"
    assert fig.findtext("caption/p") == "The ferry leaves Port Ellen, March 4, 2024."
    assert fig.findtext("attrib") == "Iain Bell/Coastal Ledger"
    assert fig.find("graphic") is None
    assert [p.text for p in sec.findall("list/list-item/p")] == ["Two evening sailings", "A Sunday service"]
    assert sec.findtext("disp-quote/p") == "We listened to the islanders."


def test_a_figure_known_only_by_its_kind_shows_it_as_its_label():
    blocks = [{"type": "figure", "lines": [1, 1], "caption": "\x08", "credit": None, "label": "File", "alt": None}]
    fig = parse(quiet_write(document(articles=[article(blocks=blocks)]))).find("body/fig")
    assert [child.tag for child in fig] == ["label"] and fig.findtext("label") == "File"
    assert fig.get("fig-type") is None


def test_figure_alt_text():
    doc = document(articles=[article(blocks=[{"type": "figure", "lines": [1, 1], "caption": "C", "credit": None,
                                              "label": None, "alt": "A harbour"}])])
    fig = parse(write(doc)).find("body/fig")
    assert [child.tag for child in fig] == ["caption", "alt-text"]
    assert fig.findtext("alt-text") == "A harbour"


def test_dateline_is_marked_where_the_first_paragraph_starts_with_it():
    first = parse(write(document())).find("body/p")
    marked = first.find("named-content")
    assert (marked.get("content-type"), marked.text) == ("dateline", "PORT ELLEN, Islay")
    assert "".join(first.itertext()) == document()["articles"][0]["blocks"][0]["text"]


def test_a_marked_dateline_keeps_the_paragraph_inline_with_its_leading_space():
    text = " \tPORT ELLEN, Islay — The ferry & the bus <run> late.\r"
    doc = document(articles=[article(blocks=[{"type": "paragraph", "lines": [1, 1], "text": text}])])
    data = write(doc)
    assert as_lxml_writes_it(data, PROLOG) == data
    assert b'<p> \t<named-content content-type="dateline">PORT ELLEN, Islay</named-content> \xe2\x80\x94 ' in data
    assert "".join(parse(data).find("body/p").itertext()) == text


def test_dateline_elsewhere_in_the_paragraph_is_not_marked():
    doc = document(articles=[article(dateline="Islay")])
    assert parse(write(doc)).find(".//named-content") is None
    assert custom_meta(parse(write(doc)))["dateline"] == "Islay"


# --- digests and bundles ----------------------------------------------------------------------------------

def test_digest_is_a_parent_with_one_news_sub_article_per_item():
    doc = digest_document()
    root = parse(write(doc))
    # The parent is an article of its own: a title, and a body listing its items.
    assert root.findtext("front/article-meta/title-group/article-title") == "Example Digest, 2024-03-05"
    assert [p.text for p in root.findall("body/list[@list-type='bullet']/list-item/p")] == [
        a["headline"] for a in doc["articles"]]
    assert root.findtext("front/journal-meta/journal-title-group/journal-title") == "Example Digest"
    assert root.find("front/article-meta/pub-date").get("iso-8601-date") == "2024-03-05"
    subs = root.findall("sub-article")
    assert [(s.get("article-type"), s.get("id"), s.get(XML_LANG)) for s in subs] == \
        [("news", "article-1", "en"), ("news", "article-2", "en")]
    for number, (sub, item) in enumerate(zip(subs, doc["articles"]), start=1):
        stub = sub.find("front-stub")
        assert stub.findtext("title-group/article-title") == item["headline"]
        assert [k.text for k in stub.findall("kwd-group/kwd")] == item["tags"]
        assert custom_meta(stub) == {"publisher": item["publisher"]}
        assert stub.findtext("article-id") == article_id(doc, item)


def test_digest_of_mixed_languages_is_mul_and_keeps_each_items_language():
    doc = digest_document()
    doc["articles"][1]["language"] = "fr"
    root = parse(write(doc))
    assert root.get(XML_LANG) == "mul"
    assert [s.get(XML_LANG) for s in root.findall("sub-article")] == ["en", "fr"]


def test_bundle_holds_each_document_as_a_sub_article(written):
    root = parse(written["bundle"][1])
    docs = list(all_documents().values())
    assert custom_meta(root.find("front")) == {"documents": str(len(docs))}
    subs = root.findall("sub-article")
    assert [s.get("id") for s in subs] == [f"doc-{n}" for n in range(1, len(docs) + 1)]
    digest = subs[list(all_documents()).index("digest")]
    assert digest.findtext("front/journal-meta/journal-title-group/journal-title") == "Example Digest"
    assert [s.get("id") for s in digest.findall("sub-article")] == ["doc-2-article-1", "doc-2-article-2"]
    texts = [t for sub in subs for t in body_texts(sub.find("body"))] + \
        [t for item in digest.findall("sub-article") for t in body_texts(item.find("body"))]
    expected = [t for doc in docs for art in doc["articles"] for t in expected_texts(art)]
    # A digest's own body lists its items' headlines.
    expected += [art["headline"] for doc in docs if len(doc["articles"]) > 1 for art in doc["articles"]
                 if art["headline"]]
    assert sorted(texts) == sorted(expected)


def test_empty_bundle_is_an_error():
    with pytest.raises(NewsconvError, match="no documents"):
        write_bundle([], io.BytesIO())


# --- the tricky document ----------------------------------------------------------------------------------

def test_tricky_document_survives_with_a_warning_for_dropped_characters():
    with pytest.warns(NewsconvWarning, match=r"U\+0007, U\+000C"):
        data = write(tricky_document())
    root = parse(data)
    assert root.findtext(".//article-title") == "Q&A: <Why> \"ferries\" matter 🎉"
    assert [contributor_name(c) for c in root.iter("contrib")] == ["Zoë O'Brien", "Ahmad الحسن"]
    assert body_texts(root.find("body")) == [TRICKY, "Bell character and formfeed", "A <caption> & more"]
    assert root.findtext(".//attrib") == "A&B/C<D>"
    assert b"<b>bold</b>" not in data and b"&lt;b&gt;bold&lt;/b&gt;" in data


def test_clean_documents_raise_no_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error", NewsconvWarning)
        for name in ("article", "digest", "minimal"):
            write(all_documents()[name])


# --- generated documents ----------------------------------------------------------------------------------

TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from("\x07\x0b "),
               min_size=1, max_size=12).filter(lambda s: bool(re.search(r"\S", s)))
MAYBE = st.none() | TEXT
BLOCK = block_strategy(TEXT)
ARTICLE = st.builds(lambda headline, byline, dateline, blocks, tags: article(
    headline=headline, byline=byline, dateline=dateline, blocks=blocks, tags=tags, summary=tags),
    MAYBE, MAYBE, MAYBE, st.lists(BLOCK, max_size=5), st.lists(TEXT, max_size=2))


@pytest.fixture(scope="module")
def jats_dtd() -> etree.DTD:
    return etree.DTD(str(shared_path("standards", "jats", "JATS-archivearticle1-3-mathml3.dtd")))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(articles=st.lists(ARTICLE, min_size=1, max_size=3), digest=st.booleans())
def test_generated_documents_are_valid_complete_and_never_empty(jats_dtd, articles, digest):
    doc = document(articles=articles,
                   digest={"publisher": "D", "published": None, "field_lines": {}} if digest else None)
    data = quiet_write(doc)
    assert as_lxml_writes_it(data, PROLOG) == data
    root = parse(data)
    assert jats_dtd.validate(root), jats_dtd.error_log.filter_from_errors()[:3]
    assert empty_elements(root) == []
    for art, body in zip(doc["articles"], article_bodies(root, doc)):
        assert body_texts(body) == expected_texts(art)


# --- real and synthetic captures --------------------------------------------------------------------------


def test_captures_convert_to_valid_jats(tmp_path):
    written = []
    for number, (path, doc) in enumerate(capture_documents()):
        out = tmp_path / f"{number:03d}-{path.stem}.jats.xml"
        data = quiet_write(doc)
        out.write_bytes(data)
        written.append(out)
        root = parse(data)
        assert empty_elements(root) == [], path.name
        for art, body in zip(doc["articles"], article_bodies(root, doc)):
            assert body_texts(body) == expected_texts(art), path.name
    assert written, "no capture could be read"
    assert official_failures(written) == []


# --- pandoc, a real JATS consumer -------------------------------------------------------------------------

def test_pandoc_reads_authors_title_bullet_lists_paragraphs_and_captions(tmp_path):
    import json
    import shutil
    import subprocess

    if shutil.which("pandoc") is None:
        pytest.skip("pandoc is not installed")
    path = tmp_path / "article.jats.xml"
    path.write_bytes(write(document(articles=[article(byline="Christian Day and Mabel Quist")])))
    result = subprocess.run(["pandoc", "-f", "jats", "-t", "json", str(path)], capture_output=True, check=True)
    read = json.loads(result.stdout)

    def words(node: Any) -> str:
        if isinstance(node, dict):
            if node.get("t") == "Str":
                return node["c"]
            if node.get("t") in ("Space", "SoftBreak"):
                return " "
            return "".join(words(value) for value in node.values())
        return "".join(words(value) for value in node) if isinstance(node, list) else ""

    def kinds(node: Any) -> list[str]:
        if isinstance(node, dict):
            return ([node["t"]] if "t" in node else []) + [k for value in node.values() for k in kinds(value)]
        return [k for value in node for k in kinds(value)] if isinstance(node, list) else []

    assert [words(a) for a in read["meta"]["author"]["c"]] == ["Christian Day", "Mabel Quist"]
    assert words(read["meta"]["title"]) == "Harbour council approves new ferry timetable"
    found = kinds(read["blocks"])
    assert "BulletList" in found and "OrderedList" not in found
    text = words(read["blocks"])
    for block in document()["articles"][0]["blocks"]:
        for piece in block_texts(block):
            assert piece in text


def test_an_archived_page_keeps_its_record_in_custom_meta(written):
    front = parse(written["archived"][1]).find("front/article-meta")
    assert custom_meta(front) == {
        "dateline": "PORT ELLEN, Islay", "warc-filename": "crawl-2024.warc.gz", "warc-offset": "10467",
        "warc-record-id": ARCHIVE_RECORD["record_id"], "warc-target-uri": ARCHIVE_RECORD["target_uri"],
        "warc-date": "2024-03-06T07:41:09Z", "warc-payload-digest": ARCHIVE_RECORD["payload_digest"]}
    arc = custom_meta(parse(written["archived-arc"][1]).find("front/article-meta"))
    assert "warc-record-id" not in arc and "warc-payload-digest" not in arc and arc["warc-offset"] == "10467"
    digest = custom_meta(parse(written["archived-digest"][1]).find("front/article-meta"))
    assert digest["warc-target-uri"] == ARCHIVE_RECORD["target_uri"]

"""The EPUB writer: a valid OCF container, deterministic bytes, complete text, grouped anthologies, bounded memory."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import warnings
import zipfile
from pathlib import Path
from typing import Any, Iterable, Iterator

import pytest
from tests.official import capture_documents, official_checker
from tests.documents import ARCHIVE_RECORD, TRICKY, all_documents, archived_document, article, block_strategy, clone, digest_document, document, \
    minimal_document, source, tricky_document
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import convert
from convert.errors import NewsconvError, NewsconvWarning
from convert.model import block_texts
from convert.writers import get
from convert.writers.epub import NO_DATE_MODIFIED, UNKNOWN_PUBLISHER, UNDATED, write, write_bundle
from convert.writers.epub.xhtml import EMPTY_ARTICLE
from convert.writers._xmltext import _ILLEGAL, xml_text
from bench.epub_bundle import measure_bundle, synthetic_documents

NS = {"h": "http://www.w3.org/1999/xhtml", "opf": "http://www.idpf.org/2007/opf",
      "dc": "http://purl.org/dc/elements/1.1/", "ncx": "http://www.daisy.org/z3986/2005/ncx/",
      "epub": "http://www.idpf.org/2007/ops"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"


# --- helpers ----------------------------------------------------------------------------------------------

def quiet(function, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsconvWarning)
        return function(*args, **kwargs)


def single(doc: dict[str, Any], **options: Any) -> bytes:
    return quiet(write, doc, **options)


def bundle(docs: Iterable[dict[str, Any]], group_by: str = "publisher", **options: Any) -> bytes:
    out = io.BytesIO()
    quiet(write_bundle, docs, out, group_by=group_by, **options)
    return out.getvalue()


class Book:
    """An EPUB opened for inspection: members, package document, pages in spine order."""

    def __init__(self, data: bytes) -> None:
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        container = self.xml("META-INF/container.xml")
        self.opf_path = container.find(".//{*}rootfile").get("full-path")
        self.root = self.opf_path.rpartition("/")[0] + "/"
        self.opf = self.xml(self.opf_path)
        self.manifest = {item.get("id"): item for item in self.opf.iterfind(".//opf:item", NS)}

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.zip.read(name), etree.XMLParser(no_network=True, resolve_entities=False))

    def page(self, href: str) -> etree._Element:
        return self.xml(self.root + href)

    def meta(self, name: str) -> list[str]:
        if name.startswith("dc:"):
            return [e.text for e in self.opf.iterfind(f".//dc:{name[3:]}", NS)]
        return [e.text for e in self.opf.iterfind(f".//opf:meta[@property='{name}']", NS)]

    def spine(self) -> list[str]:
        return [self.manifest[ref.get("idref")].get("href") for ref in self.opf.iterfind(".//opf:itemref", NS)]

    def chapters(self) -> list[etree._Element]:
        """The article pages in reading order."""
        pages = [self.page(href) for href in self.spine()]
        return [p for p in pages if chapter_of(p) is not None]

    def nav(self) -> etree._Element:
        href = next(i.get("href") for i in self.manifest.values() if i.get("properties") == "nav")
        return self.page(href)

    def toc(self) -> list[tuple[str | None, list[str]]]:
        """The contents as (group label or None, [entry labels]) pairs, the colophon left out."""
        top = self.nav().find(".//h:nav[@id='toc']/h:ol", NS)
        result: list[tuple[str | None, list[str]]] = []
        for item in top.iterfind("h:li", NS):
            heading = item.find("h:span", NS)
            if heading is not None:
                result.append((heading.text, ["".join(a.itertext()) for a in item.iterfind("h:ol/h:li/h:a", NS)]))
            elif item.find("h:a", NS).get("href") != "colophon.xhtml":
                result.append((None, ["".join(item.find("h:a", NS).itertext())]))
        return result


def chapter_of(page: etree._Element) -> etree._Element | None:
    return page.find(".//h:section[@epub:type='chapter']", NS)


def body_texts(page: etree._Element) -> list[str]:
    """Texts of the article body (after its header, before its footer), one per paragraph, item or caption."""
    found = []
    for element in chapter_of(page):
        tag = etree.QName(element).localname
        if tag in ("header", "footer"):
            continue
        if tag == "ul":
            found += ["".join(li.itertext()) for li in element]
        elif tag == "blockquote":
            found.append("".join(element.find("h:p", NS).itertext()))
        elif tag == "figure":
            caption = element.find("h:figcaption/h:span[@class='caption']", NS)
            text = "" if caption is None else caption.text.strip()
            if text:  # a figure may stand for its description or credit alone
                found.append(text)
        else:
            found.append("".join(element.itertext()))
    return found


def clean(text: str) -> str:
    return quiet(xml_text, text)


def expected_texts(art: dict[str, Any]) -> list[str]:
    """What the chapter should show: each text made XML-legal, blank ones left out, figure captions trimmed."""
    found = []
    for block in art["blocks"]:
        for text in block_texts(block):
            text = clean(text)
            if text.strip():
                found.append(text.strip() if block["type"] == "figure" else text)
    return found


def empty_elements(page: etree._Element) -> list[str]:
    """Elements with neither text nor children, other than those that are empty by nature."""
    allowed = {"link", "meta", "br", "content"}
    return [etree.QName(e).localname for e in page.iter()
            if etree.QName(e).localname not in allowed and len(e) == 0 and not (e.text or "").strip()]


# --- the container ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(all_documents()))
def test_every_document_is_a_well_formed_epub(name):
    data = single(all_documents()[name])
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert data[:4] == b"PK\x03\x04" and data[8:10] == b"\x00\x00"  # the first member is stored,
    assert data[26:30] == b"\x08\x00\x00\x00"  # its name has 8 bytes and it has no extra field,
    assert data[30:38] == b"mimetype" and data[38:58] == b"application/epub+zip"  # so the type can be sniffed
    assert names[:2] == ["mimetype", "META-INF/container.xml"]
    book = Book(data)
    for item in book.manifest.values():  # every listed file exists and parses
        member = book.root + item.get("href")
        assert member in names
        if item.get("media-type") != "text/css":
            book.xml(member)
    for href in book.spine():
        assert empty_elements(book.page(href)) == [], href


def test_zip_members_have_fixed_times_and_attributes():
    for data in (single(document()), bundle(all_documents().values())):
        for info in zipfile.ZipFile(io.BytesIO(data)).infolist():
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            assert info.external_attr == 0o100644 << 16
            assert info.compress_type == (zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED)


def test_single_book_and_bundle_are_byte_identical_when_rerun():
    for name, doc in all_documents().items():
        assert single(doc) == single(clone(doc)), name
    docs = list(all_documents().values())
    for group_by in ("publisher", "date", "none"):
        assert bundle(docs, group_by) == bundle([clone(d) for d in docs], group_by)


def test_unzip_tests_the_archives_clean(tmp_path):
    if shutil.which("unzip") is None:
        pytest.skip("needs the unzip program")
    paths = [tmp_path / "single.epub", tmp_path / "bundle.epub"]
    paths[0].write_bytes(single(tricky_document()))
    paths[1].write_bytes(bundle(all_documents().values()))
    for path in paths:
        result = subprocess.run(["unzip", "-t", str(path)], capture_output=True, text=True)
        assert result.returncode == 0 and "No errors detected" in result.stdout, result.stdout


def test_every_xml_illegal_character_is_unprintable():
    """clean() skips the scan for XML-illegal characters in printable text: that is only right if none is printable."""
    everything = "".join(map(chr, range(0x110000)))
    illegal = _ILLEGAL.findall(everything)
    assert len(illegal) > 2000 and not any(character.isprintable() for character in illegal)


class Pipe(io.RawIOBase):
    """A write-only stream that cannot seek, like standard output into a pipe."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def write(self, chunk) -> int:  # type: ignore[override]
        self.data += chunk
        return len(chunk)


def test_a_pipe_gets_the_same_bytes_as_a_file(tmp_path):
    docs = list(all_documents().values())
    pipe = Pipe()
    quiet(write_bundle, docs, pipe)
    path = tmp_path / "book.epub"
    with path.open("wb") as handle:
        quiet(write_bundle, docs, handle)
    assert bytes(pipe.data) == path.read_bytes() == bundle(docs)


def test_ebooklib_reads_the_anthology_back(tmp_path):
    """A second, independent EPUB reader sees the same title, language, spine and grouped contents."""
    ebooklib_epub = pytest.importorskip("ebooklib.epub")
    path = tmp_path / "anthology.epub"
    path.write_bytes(bundle(all_documents().values()))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ebooklib's own deprecation notices
        read = ebooklib_epub.read_epub(str(path), {"ignore_ncx": True})
    assert read.title == "News anthology, 2024-03-05"
    assert read.get_metadata("DC", "language") == [("en", {})]
    assert [idref for idref, _ in read.spine] == [
        "title", "nav", "ch00002", "ch00001", "ch00005", "ch00003", "ch00004", "colophon"]
    *groups, colophon = read.toc
    assert [section.title for section, _ in groups] == ["City Post", "Coastal Ledger", "Town Crier", UNKNOWN_PUBLISHER]
    assert colophon.title == "Sources"


def test_registry_and_bundle():
    writer = get("epub")
    assert (writer.name, writer.extension) == ("epub", ".epub")
    assert writer.write is write and writer.write_bundle is write_bundle
    out = io.BytesIO()
    quiet(writer.write_bundle, [document()], out)
    assert out.getvalue() == bundle([document()], "publisher")


# --- metadata ---------------------------------------------------------------------------------------------

def test_single_book_metadata():
    book = Book(single(document()))
    assert book.opf.get(XML_LANG) == "en"  # the package's own language, beside dc:language (Ace asks for both)
    assert book.meta("dc:title") == ["Harbour council approves new ferry timetable"]
    assert book.meta("dc:language") == ["en"]
    assert book.meta("dc:creator") == ["Morag Campbell"]
    assert book.meta("dc:publisher") == []  # the book's publisher is an option; the article's is a source
    assert book.meta("dc:source") == ["Coastal Ledger"]
    assert book.meta("dc:date") == ["2024-03-05"]
    assert book.meta("dcterms:modified") == ["2024-03-06T00:00:00Z"]  # the capture date is the newest
    assert book.meta("schema:accessMode") == ["textual"]
    assert book.meta("schema:accessModeSufficient") == ["textual"]
    assert "tableOfContents" in book.meta("schema:accessibilityFeature")
    assert "structuralNavigation" in book.meta("schema:accessibilityFeature")
    assert book.meta("schema:accessibilityHazard") == ["none"]
    assert book.meta("dcterms:conformsTo") == ["EPUB Accessibility 1.1 - WCAG 2.1 Level AA"]
    [identifier] = book.meta("dc:identifier")
    assert identifier.startswith("urn:uuid:")
    assert book.opf.get("unique-identifier") == book.opf.find(".//dc:identifier", NS).get("id")
    assert Book(single(document(), publisher="Newsroom Archive")).meta("dc:publisher") == ["Newsroom Archive"]


def refinements(book: Book, element: etree._Element) -> dict[str, str]:
    found = book.opf.iterfind(f".//opf:meta[@refines='#{element.get('id')}']", NS)
    return {meta.get("property"): meta.text for meta in found}


def test_creators_are_split_without_job_titles_with_role_and_sort_name():
    doc = document(articles=[article(byline="Christian Datoc and Mabinty Quarshie"),
                             article(byline="Mike Brest, Defense Reporter"), article(byline="The Canadian Press")])
    book = Book(single(doc))
    creators = book.opf.findall(".//dc:creator", NS)
    assert [c.text for c in creators] == ["Christian Datoc", "Mabinty Quarshie", "Mike Brest", "The Canadian Press"]
    assert [refinements(book, c)["file-as"] for c in creators] == [
        "Datoc, Christian", "Quarshie, Mabinty", "Brest, Mike", "The Canadian Press"]
    assert {refinements(book, c)["role"] for c in creators} == {"aut"}
    role = book.opf.find(f".//opf:meta[@refines='#{creators[0].get('id')}'][@property='role']", NS)
    assert role.get("scheme") == "marc:relators"


def test_no_local_file_name_or_hash_in_the_package_metadata():
    opf = Book(single(document())).zip.read("EPUB/content.opf").decode()
    assert "sample.txt" not in opf and source()["sha256"] not in opf


def test_accessibility_summary_says_what_the_book_has():
    plain = Book(single(document(articles=[article(blocks=[{"type": "paragraph", "text": "Text.",
                                                             "lines": [9, 9]}])])))
    [summary] = plain.meta("schema:accessibilitySummary")
    assert "section headings" not in summary and "pictures" not in summary
    [summary] = Book(single(document())).meta("schema:accessibilitySummary")
    assert "section headings" in summary and "pictures" in summary
    assert "grouped by publisher" in Book(bundle([document()])).meta("schema:accessibilitySummary")[0]


def test_identifier_follows_the_sources_not_the_run():
    one = document(capture={**document()["capture"], "source": source("a.txt", "first")})
    two = document(capture={**document()["capture"], "source": source("a.txt", "second")})
    ids = [Book(single(d)).meta("dc:identifier")[0] for d in (one, clone(one), two)]
    assert ids[0] == ids[1] != ids[2]
    assert Book(bundle([one, two])).meta("dc:identifier") != Book(bundle([two, one])).meta("dc:identifier")
    assert Book(bundle([one])).meta("dc:identifier") != Book(single(one)).meta("dc:identifier")
    # The NCX must carry the same id (EPUBCheck checks it).
    book = Book(single(one))
    ncx = book.page(book.manifest["ncx"].get("href"))
    assert ncx.find(".//ncx:meta[@name='dtb:uid']", NS).get("content") == ids[0]


def test_modified_is_the_newest_input_date_in_utc():
    doc = document(articles=[article(published="2024-03-07T23:30:00-02:00")])
    assert Book(single(doc)).meta("dcterms:modified") == ["2024-03-08T01:30:00Z"]
    assert Book(single(minimal_document())).meta("dcterms:modified") == [NO_DATE_MODIFIED]
    late = document(capture={**document()["capture"], "captured": "2025-01-02"})
    assert Book(bundle([document(), late])).meta("dcterms:modified") == ["2025-01-02T00:00:00Z"]


def test_undetermined_and_malformed_languages_become_und():
    assert Book(single(minimal_document())).meta("dc:language") == ["und"]
    page = Book(single(minimal_document())).chapters()[0]
    assert page.get(XML_LANG) == page.get("lang") == "und"
    odd = document(articles=[article(language="en-12")])  # matches the schema's pattern, but is no BCP 47 tag
    assert Book(single(odd)).meta("dc:language") == ["und"]
    regional = document(articles=[article(language="pt-BR")])
    assert Book(single(regional)).chapters()[0].get(XML_LANG) == "pt-BR"


def test_an_undetermined_article_takes_the_language_of_its_document():
    doc = document(articles=[article(), article(language="und", blocks=[])])
    book = Book(single(doc))
    assert [page.get(XML_LANG) for page in book.chapters()] == ["en", "en"]
    assert book.meta("dc:language") == ["en"]
    # With nothing known in its own document, the book's language so far.
    lone = document(articles=[article(language="und", headline="Kurz")])
    assert [page.get(XML_LANG) for page in Book(bundle([document(articles=[article(language="fr")]), lone],
                                                       "none")).chapters()] == ["fr", "fr"]


def test_contents_list_each_chapters_section_headings():
    blocks = [{"type": "heading", "lines": [1, 1], "text": "First part"},
              {"type": "paragraph", "lines": [2, 2], "text": "Text."},
              {"type": "heading", "lines": [3, 3], "text": "Second part"}]
    book = Book(single(document(articles=[article(blocks=blocks)])))
    entry = book.nav().find(".//h:nav[@id='toc']/h:ol/h:li", NS)
    links = [(a.get("href"), a.text) for a in entry.iterfind("h:ol/h:li/h:a", NS)]
    assert links == [("ch00001.xhtml#s1", "First part"), ("ch00001.xhtml#s2", "Second part")]
    page = book.chapters()[0]
    assert [(h.get("id"), h.text) for h in page.iterfind(".//h:h2", NS)] == [("s1", "First part"),
                                                                              ("s2", "Second part")]
    ncx = book.page(book.manifest["ncx"].get("href"))
    point = ncx.find(".//ncx:navMap/ncx:navPoint", NS)
    assert [p.find("ncx:content", NS).get("src") for p in point.iterfind("ncx:navPoint", NS)] == \
        ["ch00001.xhtml#s1", "ch00001.xhtml#s2"]
    assert ncx.find(".//ncx:meta[@name='dtb:depth']", NS).get("content") == "2"


def test_bundle_languages_commonest_first_without_und():
    docs = [document(articles=[article(language="fr")]), document(), document(), minimal_document()]
    assert Book(bundle(docs)).meta("dc:language") == ["en", "fr"]


# --- chapters ---------------------------------------------------------------------------------------------

def test_chapter_opens_with_headline_publisher_date_and_dateline():
    page = Book(single(document())).chapters()[0]
    header = chapter_of(page).find("h:header", NS)
    assert header.find("h:h1", NS).text == "Harbour council approves new ferry timetable"
    meta = header.find("h:p[@class='meta']", NS)
    assert meta.find("h:span[@class='publisher']", NS).text == "Coastal Ledger"
    assert meta.find("h:time", NS).get("datetime") == "2024-03-05"
    assert meta.find("h:span[@class='dateline']", NS).text == "PORT ELLEN, Islay"
    assert header.find("h:p[@class='byline']", NS).text == "Morag Campbell"
    assert page.find(".//h:title", NS).text == "Harbour council approves new ferry timetable"


def test_figure_is_a_captioned_block_with_its_credit_apart_and_no_image():
    doc = document(articles=[article(blocks=[{"type": "figure", "lines": [3, 3], "caption": "Boats at rest.",
                                              "credit": "Staff/Ledger", "label": "File", "alt": "Two boats"}])])
    book = Book(single(doc))
    figure = book.chapters()[0].find(".//h:figure", NS)
    caption = figure.find("h:figcaption", NS)
    assert caption.find("h:span[@class='figure-label']", NS).text == "File:"
    assert caption.find("h:span[@class='caption']", NS).text == "Boats at rest."
    assert caption.find("h:span[@class='credit']", NS).text == "Credit: Staff/Ledger"
    assert figure.find("h:p[@class='figure-description']", NS).text == "Picture: Two boats"
    # A text-only reader keeps label, caption and credit apart.
    assert "".join(caption.itertext()) == "File: Boats at rest. Credit: Staff/Ledger"
    assert not [n for n in book.zip.namelist() if not n.endswith((".xhtml", ".opf", ".ncx", ".css", ".xml", "type"))]
    assert book.chapters()[0].find(".//h:img", NS) is None


def test_block_kinds_become_html_structure():
    kinds = [etree.QName(e).localname for e in chapter_of(Book(single(document())).chapters()[0])]
    assert kinds == ["header", "p", "h2", "p", "figure", "ul", "blockquote", "footer"]


@pytest.mark.parametrize("name", sorted(all_documents()))
def test_every_paragraph_and_caption_once_in_order(name):
    doc = all_documents()[name]
    pages = Book(single(doc)).chapters()
    assert len(pages) == len(doc["articles"])
    for art, page in zip(doc["articles"], pages):
        assert body_texts(page) == expected_texts(art)


def test_markup_like_text_is_text_and_illegal_characters_are_dropped_with_a_warning():
    with pytest.warns(NewsconvWarning, match="U\\+0007"):
        data = write(tricky_document())
    page = Book(data).chapters()[0]
    assert page.find(".//h:h1", NS).text == "Q&A: <Why> \"ferries\" matter 🎉"
    assert body_texts(page)[0] == TRICKY
    assert "\x07" not in body_texts(page)[1]


def test_article_without_headline_or_blocks_is_still_a_valid_page():
    bare = document(articles=[article(headline=None, publisher=None, published=None, dateline=None, byline=None,
                                      tags=[], blocks=[])],
                    capture={**document()["capture"], "captured": None})
    book = Book(single(bare))
    page = book.chapters()[0]
    assert page.find(".//h:h1", NS).text == page.find(".//h:title", NS).text == "Untitled article"
    assert book.meta("dc:title") == ["Untitled article"]
    assert empty_elements(page) == []
    assert chapter_of(page).find("h:p", NS).text == EMPTY_ARTICLE


def test_headline_less_article_is_named_by_publisher_and_date_never_by_its_text():
    assert Book(single(minimal_document())).toc() == [(None, ["Untitled article"])]
    blocks = [{"type": "heading", "lines": [1, 1], "text": "Topline"},
              {"type": "paragraph", "lines": [2, 2], "text": "Disgusting."}]
    doc = document(articles=[article(headline=None, blocks=blocks)])
    book = Book(single(doc))
    assert book.toc() == [(None, ["Coastal Ledger, 2024-03-05"])]
    assert book.meta("dc:title") == ["Coastal Ledger, 2024-03-05"]
    page = book.chapters()[0]
    # Every chapter opens with a level-one heading, so that its section headings never skip a level.
    assert [h.text for h in page.iterfind(".//h:h1", NS)] == ["Coastal Ledger, 2024-03-05"]
    anonymous = document(articles=[article(headline=None, publisher=None, blocks=blocks)])
    assert Book(single(anonymous)).meta("dc:title") == ["Untitled article, 2024-03-05"]
    undated = document(articles=[article(headline=None, publisher=None, published=None, blocks=blocks)])
    assert Book(single(undated)).meta("dc:title") == ["Untitled article, captured 2024-03-06"]


def test_capture_date_is_labelled_as_such_when_nothing_else_is_known():
    doc = document(articles=[article(published=None)])
    meta = Book(single(doc)).chapters()[0].find(".//h:p[@class='meta']", NS)
    assert "".join(meta.itertext()) == "Coastal Ledger · Captured 2024-03-06 · PORT ELLEN, Islay"


def test_digest_single_book_has_a_chapter_per_article_and_the_digest_as_title():
    book = Book(single(digest_document()))
    assert book.meta("dc:title") == ["Example Digest, 2024-03-05"]
    assert book.toc() == [(None, ["Council backs cycle lanes"]), (None, ["Library opens on Sundays"])]
    assert "Example Digest" in book.meta("dc:source")
    assert [p.find(".//h:h1", NS).text for p in book.chapters()] == \
        ["Council backs cycle lanes", "Library opens on Sundays"]


TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from("\x07\x0c<&> "),
               min_size=1, max_size=12).filter(lambda t: t.strip())
MAYBE = st.none() | TEXT
BLOCK = block_strategy(TEXT)
ARTICLE = st.builds(
    lambda headline, publisher, byline, dateline, summary, tags, blocks, language: article(
        headline=headline, publisher=publisher, byline=byline, dateline=dateline, summary=summary, tags=tags,
        blocks=blocks, language=language),
    MAYBE, MAYBE, MAYBE, MAYBE, st.lists(TEXT, max_size=2), st.lists(TEXT, max_size=2),
    st.lists(BLOCK, max_size=5), st.sampled_from(["en", "und", "fr-CA", "en-12"]))


@settings(max_examples=60, deadline=None)
@given(articles=st.lists(ARTICLE, min_size=1, max_size=3), site=MAYBE, group_by=st.sampled_from(["publisher", "date"]))
def test_any_valid_document_gives_complete_pages_without_empty_elements(articles, site, group_by):
    doc = document(articles=articles, capture={**document()["capture"], "site": site})
    for book in (Book(single(doc)), Book(bundle([doc], group_by))):
        for href in book.spine():
            page = book.page(href)
            assert empty_elements(page) == [], href
            assert page.findtext(".//h:title", namespaces=NS).strip()
        for label in book.opf.iterfind(".//dc:*", NS):
            assert (label.text or "").strip(), label.tag
        assert all(label for _, labels in book.toc() for label in labels)
    for art, page in zip(doc["articles"], Book(single(doc)).chapters()):
        assert [" ".join(t.split()) for t in body_texts(page)] == [" ".join(t.split()) for t in expected_texts(art)]


# --- anthologies ------------------------------------------------------------------------------------------

def anthology_documents() -> list[dict[str, Any]]:
    def one(headline: str, publisher: str | None, published: str | None, name: str) -> dict[str, Any]:
        return document(capture={**document()["capture"], "source": source(name, name)},
                        articles=[article(headline=headline, publisher=publisher, published=published)])

    return [one("Zebra crossing", "Valley Courier", "2024-05-02", "1.txt"),
            one("Anchor lost", None, "2024-05-01", "2.txt"),
            one("Bridge opens", "Harbour Gazette", None, "3.txt"),
            one("Canal drained", "valley courier", "2024-05-01T10:00:00Z", "4.txt"),
            one("Dock extended", "Valley Courier", "2024-05-01", "5.txt")]


def test_toc_grouped_by_publisher():
    book = Book(bundle(anthology_documents(), "publisher"))
    assert book.toc() == [("Harbour Gazette", ["Bridge opens"]),
                          ("Valley Courier", ["Zebra crossing", "Dock extended"]),
                          ("valley courier", ["Canal drained"]),
                          (UNKNOWN_PUBLISHER, ["Anchor lost"])]
    # The reading order follows the contents.
    assert [p.find(".//h:h1", NS).text for p in book.chapters()] == \
        ["Bridge opens", "Zebra crossing", "Dock extended", "Canal drained", "Anchor lost"]


def test_toc_grouped_by_date():
    book = Book(bundle(anthology_documents(), "date"))
    assert book.toc() == [("2024-05-01", ["Anchor lost", "Canal drained", "Dock extended"]),
                          ("2024-05-02", ["Zebra crossing"]),
                          (UNDATED, ["Bridge opens"])]
    ncx = book.page(book.manifest["ncx"].get("href"))
    groups = ncx.findall("ncx:navMap/ncx:navPoint", NS)
    assert [g.findtext("ncx:navLabel/ncx:text", namespaces=NS) for g in groups] == \
        ["2024-05-01", "2024-05-02", UNDATED, "Sources"]
    assert [p.findtext("ncx:navLabel/ncx:text", namespaces=NS) for p in groups[0].findall("ncx:navPoint", NS)] == \
        ["Anchor lost", "Canal drained", "Dock extended"]


def test_toc_ungrouped_keeps_the_given_order():
    book = Book(bundle(anthology_documents(), "none"))
    assert book.toc() == [(None, [h]) for h in
                          ["Zebra crossing", "Anchor lost", "Bridge opens", "Canal drained", "Dock extended"]]


def test_unknown_grouping_is_refused_at_once():
    with pytest.raises(NewsconvError, match="grouping"):
        write_bundle([document()], io.BytesIO(), group_by="weekday")


def test_anthology_has_title_page_contents_chapters_and_colophon():
    docs = anthology_documents() + [digest_document()]
    book = Book(bundle(docs))
    spine = book.spine()
    assert spine[:2] == ["title.xhtml", "nav.xhtml"]
    first = book.page(spine[0])
    assert first.find(".//h:section", NS).get(EPUB_TYPE) == "titlepage"
    assert first.find(".//h:h1", NS).text == "News anthology, 2024-03-05 to 2024-05-02"
    assert book.manifest["nav"].get("properties") == "nav"
    colophon = book.page(spine[-1])
    assert colophon.find(".//h:section", NS).get(EPUB_TYPE) == "colophon"
    listed = [(li.findtext("h:p[@class='source-file']", namespaces=NS), li.findtext(".//h:code", namespaces=NS))
              for li in colophon.iterfind(".//h:ol/h:li", NS)]
    assert listed == [(d["capture"]["source"]["file"], d["capture"]["source"]["sha256"]) for d in docs]
    assert colophon.find(".//h:time", NS).get("datetime") == "2024-03-06"
    assert colophon.find(".//h:section", NS).get("role") == "doc-colophon"
    # The publications the articles first appeared in, each once; file names and hashes stay in the colophon.
    publishers = [a["publisher"] for d in docs for a in d["articles"] if a["publisher"]]
    assert book.meta("dc:source") == list(dict.fromkeys(publishers))
    assert book.meta("dc:creator") == [] and book.meta("dc:publisher") == []
    assert len(book.chapters()) == 7
    assert {p.find(".//h:section", NS).get("role") for p in book.chapters()} == {"doc-chapter"}


def test_anthology_title_can_be_chosen():
    book = Book(bundle([document()], title="Harbour news, spring 2024"))
    assert book.meta("dc:title") == ["Harbour news, spring 2024"]


def test_every_text_of_a_bundle_once_in_reading_order():
    docs = list(all_documents().values()) + anthology_documents()
    book = Book(bundle(docs, "none"))
    articles = [art for doc in docs for art in doc["articles"]]
    pages = book.chapters()
    assert len(pages) == len(articles)
    for art, page in zip(articles, pages):
        assert body_texts(page) == expected_texts(art)


def test_bundle_needs_documents():
    with pytest.raises(NewsconvError, match="at least one"):
        write_bundle([], io.BytesIO())


# --- scale ------------------------------------------------------------------------------------------------

def test_bundle_memory_does_not_grow_with_the_text():
    """Chapters are streamed out: the peak is a small fraction of the text, and hardly grows with it."""
    small = measure_bundle(300, paragraphs=30, trace=True)
    large = measure_bundle(900, paragraphs=30, trace=True)
    assert large["text_mb"] > 12
    assert large["peak_traced_mb"] < large["text_mb"] / 8
    # ~1 KB per article (a contents entry, a colophon line, a zip directory entry), not ~15 KB of text.
    per_article_kb = (large["peak_traced_mb"] - small["peak_traced_mb"]) * 1024 / 600
    assert per_article_kb < 3


def test_synthetic_documents_are_valid_and_lazy():
    docs = synthetic_documents(3)
    assert isinstance(docs, Iterator)
    assert all(convert.validate(d) == [] for d in docs)


# --- official validator -----------------------------------------------------------------------------------


def official_failures(paths: Iterable[Path]) -> list[str]:
    checker = official_checker()
    if shutil.which("java") is None or checker.epubcheck_jar() is None:
        pytest.skip("EPUBCheck needs Java and the epubcheck package")
    return [f"{path}: {checker.summary(errors)}" for path, errors in checker.check_epub([str(p) for p in paths])
            if errors]


def test_epubcheck_passes_a_single_book_and_an_anthology(tmp_path):
    single_path = tmp_path / "tricky.epub"
    single_path.write_bytes(single(tricky_document()))
    bundle_path = tmp_path / "anthology.epub"
    bundle_path.write_bytes(bundle(list(all_documents().values()) + anthology_documents(), "date"))
    assert official_failures([single_path, bundle_path]) == []


def test_epubcheck_passes_an_anthology_of_every_capture(tmp_path):
    docs = [doc for _, doc in capture_documents()]
    assert docs, "no capture could be read"
    for doc in docs:
        for art, page in zip(doc["articles"], Book(single(doc)).chapters()):
            assert body_texts(page) == expected_texts(art), doc["capture"]["source"]["file"]
    path = tmp_path / "captures.epub"
    path.write_bytes(bundle(docs))
    assert len(Book(path.read_bytes()).chapters()) == sum(len(d["articles"]) for d in docs)
    assert official_failures([path]) == []


def ace_failures(paths: Iterable[Path], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Ace by DAISY's violations, when Ace is installed already (the check would install it otherwise).

    The tests keep their own cache folder, so Ace is looked for where check-official installs it for the user.
    """
    checker = official_checker()
    runner = os.environ.get("ACE_BIN") or shutil.which("ace-puppeteer")
    installed = Path.home() / ".cache" / "check-official" / "ace" / "node_modules" / ".bin" / "ace-puppeteer"
    if runner is None and installed.is_file():
        runner = str(installed)
    if checker.chromium() is None or runner is None:
        pytest.skip("Ace by DAISY needs Node.js, Chromium and an installed @daisy/ace")
    monkeypatch.setenv("ACE_BIN", runner)
    return [f"{path}: {checker.summary(errors)}" for path, errors in checker.check_ace([str(p) for p in paths])
            if errors]


def test_ace_finds_no_violation_in_a_single_book_or_an_anthology(tmp_path, monkeypatch):
    single_path = tmp_path / "tricky.epub"
    single_path.write_bytes(single(tricky_document()))
    bundle_path = tmp_path / "anthology.epub"
    bundle_path.write_bytes(bundle(list(all_documents().values()) + anthology_documents(), "date"))
    assert ace_failures([single_path, bundle_path], monkeypatch) == []


def test_identifiers_do_not_change_between_releases():
    from convert.writers.epub import IDENTIFIER_NAMESPACE

    assert str(IDENTIFIER_NAMESPACE) == "5cf8eaf0-103a-57eb-bb64-181f2b7815f6"
    assert Book(single(document())).meta("dc:identifier") == ["urn:uuid:17f91d4a-41f0-5077-803e-40f6f0925de0"]


def test_an_archived_page_names_its_record_in_the_colophon_and_its_address_as_a_source(tmp_path):
    data = single(archived_document())
    book = Book(data)
    assert book.meta("dc:source") == ["Coastal Ledger", ARCHIVE_RECORD["target_uri"]]
    colophon = "".join(book.page("colophon.xhtml").itertext())
    for fact in ("crawl-2024.warc.gz, the record at byte 10,467", ARCHIVE_RECORD["target_uri"], ARCHIVE_RECORD["record_id"],
                 ARCHIVE_RECORD["payload_digest"], "2024-03-06 07:41:09Z"):
        assert fact in colophon, fact
    path = tmp_path / "archived.epub"
    path.write_bytes(data)
    assert official_failures([path]) == []

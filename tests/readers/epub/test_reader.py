"""The EPUB reader: newsconv's own books read back, other books' chapters, broken archives refused clearly."""

import io
import zipfile

import pytest

import convert
from convert.errors import NewsconvError, NothingToConvert
from convert.readers.epub import read_epub

STORY = ("Council votes to build the pool\n\nMARLOW VALE, Ore. — The district council voted on Thursday evening to "
         "build the new swimming pool on the common.\n\nCouncillors approved the plan by seven votes to two after a "
         "long meeting in the town hall.\n")


def blocks(article):
    return [(b["type"], b.get("text") or b.get("caption") or b.get("items")) for b in article["blocks"]]


def book(chapters, spine=None):
    """A small EPUB 3 made by hand: ``chapters`` maps member names to XHTML bodies."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/container.xml", '<?xml version="1.0"?><container version="1.0" '
                         'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile '
                         'full-path="OEBPS/book.opf" media-type="application/oebps-package+xml"/></rootfiles></container>')
        items = "".join(f'<item id="c{i}" href="{n}" media-type="{_media_type(n)}"/>' for i, n in enumerate(chapters))
        refs = "".join(f'<itemref idref="c{i}"/>' for i, _ in enumerate(spine or chapters))
        archive.writestr("OEBPS/book.opf", '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" '
                         'version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
                         '<dc:identifier id="id">urn:uuid:1</dc:identifier><dc:title>Town notes</dc:title>'
                         '<dc:creator>Dana Whitfield</dc:creator><dc:language>en</dc:language></metadata>'
                         f'<manifest>{items}</manifest><spine>{refs}</spine></package>')
        for member, body in chapters.items():
            if member.endswith(".svg"):  # a picture page, as fixed-layout books have
                archive.writestr("OEBPS/" + member, body)
                continue
            archive.writestr("OEBPS/" + member, '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml" '
                             f'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>t</title></head>{body}</html>')
    return out.getvalue()


def _media_type(member):
    return "image/svg+xml" if member.endswith(".svg") else "application/xhtml+xml"


def test_newsconvs_own_book_reads_back():
    capture = convert.parse_text(STORY, "pool.txt")
    back = read_epub(convert.write(capture, "epub"), "pool.epub")
    article = back["articles"][0]
    assert article["headline"] == "Council votes to build the pool"
    assert blocks(article) == blocks(capture["articles"][0])
    assert back["capture"]["layout"] == "epub"


def test_each_chapter_is_an_article_and_furniture_is_left_out():
    data = book({"cover.xhtml": '<body epub:type="cover"><p>Cover</p></body>',
                 "one.xhtml": "<body><h1>First</h1><p>One paragraph.</p><ul><li>a</li><li>b</li></ul></body>",
                 "two.xhtml": '<body><section><h1>Second</h1><figure><figcaption>The common. <small class="credit">'
                              "Sam Reed</small></figcaption></figure></section></body>"})
    document = read_epub(data, "notes.epub")
    assert [a["headline"] for a in document["articles"]] == ["First", "Second"]
    assert blocks(document["articles"][0]) == [("paragraph", "One paragraph."), ("list", ["a", "b"])]
    figure = document["articles"][1]["blocks"][0]
    assert (figure["caption"], figure["credit"]) == ("The common.", "Sam Reed")


def test_lines_count_through_the_spine():
    data = book({"one.xhtml": "<body>\n<h1>First</h1>\n<p>One.</p>\n</body>", "two.xhtml": "<body>\n<p>Two.</p>\n</body>"})
    document = read_epub(data, "notes.epub")
    first, second = (a["blocks"][0]["lines"][0] for a in document["articles"])
    assert first == 3 and second == 4 + 2  # the first document has four lines


def test_a_book_of_one_chapter_takes_the_books_metadata():
    document = read_epub(book({"one.xhtml": "<body><p>Only text.</p></body>"}), "notes.epub")
    assert (document["articles"][0]["headline"], document["articles"][0]["byline"]) == ("Town notes", "Dana Whitfield")


@pytest.mark.parametrize("data, message", [
    (b"PK\x03\x04 not really a zip", "not a readable EPUB"),
    (b"", "not a readable EPUB"),
])
def test_broken_books_are_clear_errors(data, message):
    with pytest.raises(NewsconvError, match=message):
        read_epub(data, "broken.epub")


def test_a_member_that_inflates_past_the_limits_is_refused_before_ebooklib_reads_it():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr("OEBPS/bomb.xhtml", b"\0" * (80 * 1024 * 1024))
    with pytest.raises(NewsconvError, match="bomb.xhtml.*over the limit"):
        read_epub(out.getvalue(), "bomb.epub")


def test_a_book_of_picture_pages_has_nothing_to_convert():
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'
    with pytest.raises(NothingToConvert, match="2 picture page"):
        read_epub(book({"p1.svg": svg, "p2.svg": svg}), "pictures.epub")

"""The one sniffing rule: a file's kind from its first bytes, in the encoding its text is in."""

import codecs
import json

import pytest
from hypothesis import given, strategies as st

import convert
from convert.kinds import HEAD_BYTES, head_text, sniff, text_encoding
from tests.documents import document

JSON = convert.dumps(document())
MARKDOWN = convert.write(document(), "md").decode("utf-8")
NEWSML = convert.write(document(), "newsml").decode("utf-8")
JATS = convert.write(document(), "jats").decode("utf-8")
CAPTURE = "Harbour council approves new ferry timetable\n\nThe council voted on Tuesday.\n"

# How a text becomes bytes: with or without a byte order mark, in every Unicode encoding a reader meets.
ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8 with BOM": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf-16-le with BOM": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    "utf-16-be with BOM": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "utf-32-le with BOM": lambda text: codecs.BOM_UTF32_LE + text.encode("utf-32-le"),
    "utf-32-be with BOM": lambda text: codecs.BOM_UTF32_BE + text.encode("utf-32-be"),
    "utf-16-le": lambda text: text.encode("utf-16-le"),
    "utf-16-be": lambda text: text.encode("utf-16-be"),
    "utf-32-le": lambda text: text.encode("utf-32-le"),
    "utf-32-be": lambda text: text.encode("utf-32-be"),
}


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("text, kind", [(JSON, "json"), (MARKDOWN, "markdown"), (NEWSML, "newsml"), (JATS, "jats"),
                                        (CAPTURE, None)], ids=["json", "md", "newsml", "jats", "capture"])
def test_the_kind_is_told_from_the_text_in_any_unicode_encoding(text, kind, encoding):
    assert sniff(ENCODINGS[encoding](text)) == kind


@pytest.mark.parametrize("spaces", [1, 64, 65, 1000, HEAD_BYTES - 1 - len(codecs.BOM_UTF8)])
def test_any_json_whitespace_inside_the_head_may_come_before_json(spaces):
    whitespace = (" \t\r\n" * spaces)[:spaces]
    assert sniff(whitespace.encode() + b"{}") == "json"
    assert sniff(codecs.BOM_UTF8 + whitespace.encode() + b"{}") == "json"


def test_json_that_starts_past_the_head_is_not_json():
    assert sniff(b" " * HEAD_BYTES + b"{}") is None
    assert sniff(codecs.BOM_UTF16_LE + " ".encode("utf-16-le") * (HEAD_BYTES // 2) + "{}".encode("utf-16-le")) is None


@pytest.mark.parametrize("data", [b"\xbb\xbf{}", b"\xef\xbb{}", b"\xbf\xef\xbb\xbf{}", b"\xef\xbb\xbf\xef\xbb\xbf{}",
                                  b"\x0c{}", b"\xa0{}"])
def test_only_a_whole_byte_order_mark_and_json_whitespace_are_skipped(data):
    assert sniff(data) is None  # as json.loads refuses these too
    with pytest.raises(ValueError):
        json.loads(data)


def test_an_epub_is_told_by_its_first_entry_only():
    epub = convert.write(document(), "epub")
    assert sniff(epub) == "epub"
    assert sniff(b" " + epub) is None  # an EPUB's mimetype entry is at the very start


@given(st.binary(max_size=HEAD_BYTES + 64))
def test_the_head_tells_what_the_whole_file_does(data):
    # The reader guess is given the head alone, `validate` the whole file: they must agree.
    assert sniff(data + b"{}" * 40) == sniff((data + b"{}" * 40)[:HEAD_BYTES])


@given(st.one_of(st.binary(max_size=8),
                 st.sampled_from([codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
                                  codecs.BOM_UTF32_BE]).flatmap(lambda bom: st.binary(max_size=6).map(bom.__add__))))
def test_the_encoding_is_the_one_python_s_json_decodes_in(data):
    # Both ways a JSON file is read (the json reader, `validate`) hand the bytes to json.loads.
    found = json.detect_encoding(data)
    if found in ("utf-16", "utf-32"):  # the mark decides the byte order
        found += "-le" if data.startswith(codecs.BOM_UTF16_LE) else "-be"
    assert text_encoding(data)[0] == {"utf-8-sig": "utf-8"}.get(found, found)


def test_the_head_text_has_no_byte_order_mark_and_survives_a_cut_character():
    assert head_text(codecs.BOM_UTF16_BE + "{}".encode("utf-16-be")) == "{}"
    cut = codecs.BOM_UTF8 + "é".encode("utf-8") * HEAD_BYTES
    assert head_text(cut).endswith("\ufffd") and head_text(cut).startswith("é")


import pytest as _pytest  # noqa: E402

from convert.kinds import is_html  # noqa: E402


@_pytest.mark.parametrize("head, html", [
    (b"<!DOCTYPE html><html><body></body></html>", True), (b"  <html lang='en'>", True),
    (b"<!-- saved page -->\n<!doctype HTML>", True), (b"<?xml version='1.0'?><html>", True), (b"<meta charset='utf-8'>", True),
    (b"<article><front/></article>", False), (b"Plain text about <html> tags", False), (b"{\"a\": 1}", False),
])
def test_html_pages_are_told_by_their_start(head, html):
    assert is_html(head) is html

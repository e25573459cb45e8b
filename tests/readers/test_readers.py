"""The reader registry: built-ins by name, one guess from the content, one schema check, reader options."""

import json

import pytest

import convert
from convert import readers
from convert.errors import InvalidDocument, NewsconvError
from tests.documents import document
from tests.paths import REPO

CAPTURE = (REPO / "samples" / "am1-article-publisher.txt").read_bytes()


def test_builtin_readers_are_registered_in_order():
    assert readers.names()[:3] == ["json", "markdown", "capture"]
    for name in readers.names():
        assert readers.get(name).name == name


def test_unknown_reader_is_a_clear_error():
    with pytest.raises(NewsconvError, match="unknown reader 'nope'; available: json, markdown, capture"):
        convert.parse(CAPTURE, format="nope")


@pytest.mark.parametrize("data, name, expected", [
    (b'{"schema_version": "1.0"}', None, "json"),
    (b"\xef\xbb\xbf  \n{}", "x.txt", "json"),  # the content decides, not the name
    (b"---\n# newsconv document\nnewsconv: {}\n---\n", "x.txt", "markdown"),
    (b"# A heading\n\nText.\n", "notes.md", "markdown"),  # Markdown from elsewhere: by its name
    (b"# A heading\n\nText.\n", "NOTES.MARKDOWN", "markdown"),
    (b"# A heading\n\nText.\n", "notes.txt", "capture"),
    (b"plain text", None, "capture"),
])
def test_guess(data, name, expected):
    assert readers.guess(data, name).name == expected


def test_from_overrides_the_guess():
    capture = b"{Live} Harbour council approves new ferry timetable\n\nThe council voted on Tuesday.\n"
    with pytest.raises(NewsconvError, match="not valid JSON"):
        convert.parse(capture)  # it starts like JSON, so it is guessed to be JSON
    assert convert.parse(capture, format="capture")["capture"]["layout"] == "generic"


def test_every_reader_s_document_is_checked(monkeypatch):
    bad = document()
    bad["articles"][0]["language"] = 7
    fake = readers.Reader("fake", "always the same invalid document", read=lambda data, name=None: bad)
    monkeypatch.setitem(readers.REGISTRY._loaded, "fake", fake)
    monkeypatch.setitem(readers.REGISTRY.builtin, "fake", "unused:READER")
    with pytest.raises(InvalidDocument, match=r"x\.fake: \$\.articles\[0\]\.language: invalid document"):
        readers.read(b"anything", "x.fake", format="fake")


def test_json_reader_reports_the_place():
    with pytest.raises(NewsconvError, match=r"^bad\.json:3: not valid JSON"):
        readers.read(b'{\n"a": 1,\n}', "bad.json")


def test_reader_options_as_keywords():
    assert convert.parse(CAPTURE)["capture"]["layout"] == "am1-article"
    assert convert.parse(CAPTURE, layout="generic")["capture"]["layout"] == "generic"
    with pytest.raises(NewsconvError, match="does not have the aggregator layout"):
        convert.parse(b"Just a line of text.\nAnd another one.\n", format="capture", layout="aggregator")
    with pytest.raises(NewsconvError, match="option 'layout' must be one of auto, aggregator, generic"):
        convert.parse(CAPTURE, format="capture", layout="tabloid")


def test_options_of_other_readers_are_left_out_when_the_reader_is_guessed():
    text = convert.dumps(document()).encode("utf-8")
    assert convert.parse(text, layout="generic") == document()  # a JSON input ignores the capture option
    with pytest.raises(NewsconvError, match="the json reader has no option 'layout'"):
        convert.parse(text, format="json", layout="generic")


def test_describe_is_json_data():
    described = readers.get("capture").describe()
    assert json.loads(json.dumps(described))["options"][0]["choices"] == ["auto", "aggregator", "generic"]

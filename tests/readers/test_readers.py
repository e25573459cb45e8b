"""The reader registry: built-ins by name, one guess from the content, one schema check, reader options."""

import codecs
import json
import os
import subprocess
import sys

import pytest

import convert
from convert import readers
from convert.checks import Options, check_file
from convert.errors import InvalidDocument, NewsconvError
from convert.kinds import HEAD_BYTES
from convert.readers import read_limited
from tests.documents import document
from tests.paths import REPO

CAPTURE = (REPO / "samples" / "am1-article-publisher.txt").read_bytes()


def test_builtin_readers_are_registered_in_order():
    assert readers.names()[:8] == ["ninjs", "json", "markdown", "newsml", "jats", "epub", "html", "capture"]
    for name in readers.names():
        assert readers.get(name).name == name


def test_unknown_reader_is_a_clear_error():
    with pytest.raises(NewsconvError, match="unknown reader 'nope'; available: ninjs, json, markdown, newsml, jats, epub, html, capture"):
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


# --------------------------------------------------------------------------- one rule for reading and validating

AGREEMENT_TEXTS = {"json": convert.dumps(document()), "markdown": convert.write(document(), "md").decode("utf-8"),
                   "capture": "Harbour council approves new ferry timetable\n\nThe council voted on Tuesday.\n"}
AGREEMENT_PREFIXES = {"none": "", "65 spaces": " " * 65, "100 line breaks": "\r\n" * 100,
                      "whitespace past the head": " \t" * HEAD_BYTES}
AGREEMENT_ENCODINGS = {"utf-8": ("utf-8", b""), "utf-8 with BOM": ("utf-8", codecs.BOM_UTF8),
                       "utf-16-le with BOM": ("utf-16-le", codecs.BOM_UTF16_LE),
                       "utf-16-be with BOM": ("utf-16-be", codecs.BOM_UTF16_BE),
                       "utf-32-le with BOM": ("utf-32-le", codecs.BOM_UTF32_LE),
                       "utf-16-be": ("utf-16-be", b"")}


@pytest.mark.parametrize("name", ["input.txt", "input.json"])
@pytest.mark.parametrize("encoding", AGREEMENT_ENCODINGS)
@pytest.mark.parametrize("prefix", AGREEMENT_PREFIXES)
@pytest.mark.parametrize("payload", AGREEMENT_TEXTS)
def test_reading_and_validating_classify_alike(tmp_path, payload, prefix, encoding, name):
    codec, mark = AGREEMENT_ENCODINGS[encoding]
    path = tmp_path / name
    path.write_bytes(mark + (AGREEMENT_PREFIXES[prefix] + AGREEMENT_TEXTS[payload]).encode(codec))
    data = path.read_bytes()
    validated = check_file(str(path), Options())
    reader = readers.guess(data, name).name
    if validated.kind in ("json", "markdown"):
        assert reader == validated.kind
    elif name.endswith(".json"):
        assert validated.kind == "unknown" and reader == "json"  # by its name, and so it must not read either
    else:
        assert reader == "capture"
    if reader == "json":  # JSON reads exactly when it validates
        try:
            convert.parse_file(path)
        except NewsconvError:
            assert validated.failed()
        else:
            assert not validated.failed()


def test_json_in_utf16_or_utf32_with_a_byte_order_mark_reads_as_json():
    text = convert.dumps(document())
    for data in (text.encode("utf-16"), text.encode("utf-32"), codecs.BOM_UTF16_BE + text.encode("utf-16-be")):
        assert readers.guess(data, "x.txt").name == "json"
        assert convert.parse(data) == document()


def test_json_past_the_head_is_refused_as_validate_refuses_it():
    data = b" " * HEAD_BYTES + convert.dumps(document()).encode("utf-8")
    with pytest.raises(NewsconvError, match=f"must begin with '{{' within its first {HEAD_BYTES} bytes"):
        readers.read(data, "far.json")


def test_markdown_that_is_not_utf8_is_refused_by_reading_and_validating_alike(tmp_path):
    path = tmp_path / "article.md"
    path.write_bytes(convert.write(document(), "md").decode("utf-8").encode("utf-16"))
    with pytest.raises(NewsconvError, match="Markdown must be UTF-8") as raised:
        convert.parse_file(path)
    validated = check_file(str(path), Options())
    assert validated.kind == "markdown" and [f.message for f in validated.findings] == [raised.value.message]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_without_a_writer_reads_as_empty_instead_of_waiting(tmp_path):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    code = f"from convert.readers import read_limited; print(len(read_limited({str(pipe)!r})))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=20,
                            env=dict(os.environ, PYTHONPATH=str(REPO)))
    assert result.returncode == 0 and result.stdout.strip() == "0", result.stderr


def test_an_endless_device_is_read_only_up_to_the_limit():
    if not os.path.exists("/dev/zero"):
        pytest.skip("needs /dev/zero")
    with pytest.raises(NewsconvError, match="input is over the limit of 1,000 bytes"):
        read_limited("/dev/zero", 1000)

"""The writer registry: built-ins by name, one schema check before any writer, options declared by the writer."""

import io
import zipfile

import pytest

import convert
from convert import schema, writers
from convert.errors import InvalidDocument, NewsconvError
from tests.documents import digest_document, document

BUILTINS = ["json", "newsml", "jats", "epub", "md"]


def test_builtin_writers_are_registered_in_order():
    assert writers.names()[:5] == BUILTINS
    for name in BUILTINS:
        writer = writers.get(name)
        assert writer.name == name and writer.extension.startswith(".") and writer.description


def test_unknown_writer_is_a_clear_error():
    with pytest.raises(NewsconvError, match="unknown writer 'nope'; available: json, newsml"):
        convert.write(document(), "nope")


@pytest.mark.parametrize("name", BUILTINS)
def test_write_returns_bytes(name):
    data = convert.write(digest_document(), name)
    assert isinstance(data, bytes) and data


@pytest.mark.parametrize("name", BUILTINS)
def test_an_invalid_document_is_refused_before_any_writer_sees_it(name, monkeypatch):
    bad = document()
    bad["articles"][0]["headline"] = ""
    called = []
    writer = writers.get(name)
    monkeypatch.setitem(writers.REGISTRY._loaded, name, writers.Writer(
        writer.name, writer.extension, writer.description, write=lambda d, **o: called.append(d) or b""))
    with pytest.raises(InvalidDocument) as caught:
        convert.write(bad, name)
    assert caught.value.problems[0].path == "$.articles[0].headline" and called == []


def test_write_checks_the_document_once_whatever_the_format(monkeypatch):
    checks = []
    real = schema.check
    monkeypatch.setattr(writers, "check", lambda d, **k: checks.append(1) or real(d, **k))
    convert.write(document(), "jats")
    assert checks == [1]
    writers.write_valid(document(), "jats")
    assert checks == [1]  # a document already checked is not checked again


def test_a_bundle_checks_each_document_once(tmp_path, monkeypatch):
    checks = []
    real = schema.check
    monkeypatch.setattr(writers, "check", lambda d, **k: checks.append(1) or real(d, **k))
    writers.write_bundle([document(), digest_document(), document()], "newsml", tmp_path / "all.newsml.xml")
    assert checks == [1, 1, 1]
    bad = document()
    del bad["capture"]["source"]
    with pytest.raises(InvalidDocument, match=r"\$\.capture"):
        writers.write_bundle([document(), bad], "newsml", tmp_path / "bad.newsml.xml")
    assert not (tmp_path / "bad.newsml.xml").exists()


def test_writer_options_are_keywords():
    by_date = convert.write(digest_document(), "epub", group_by="date", title="Evening edition")
    plain = convert.write(digest_document(), "epub")
    assert by_date != plain
    with zipfile.ZipFile(io.BytesIO(by_date)) as book:
        assert "<dc:title>Evening edition</dc:title>" in book.read("EPUB/content.opf").decode("utf-8")


def test_giving_no_option_is_the_plain_call():
    assert convert.write(digest_document(), "epub") == writers.get("epub").write(digest_document())


def test_an_unknown_option_or_value_is_a_clear_error():
    with pytest.raises(NewsconvError, match="the epub writer has no option 'grouping' .*group_by"):
        convert.write(document(), "epub", grouping="date")
    with pytest.raises(NewsconvError, match="option 'group_by' must be one of publisher, date, none, not 'week'"):
        convert.write(document(), "epub", group_by="week")
    with pytest.raises(NewsconvError, match="the json writer has no option 'indent' \\(its options: none\\)"):
        convert.write(document(), "json", indent=4)


def test_bundler_checks_options_before_reading_anything():
    with pytest.raises(NewsconvError, match="group_by"):
        writers.bundler("epub", group_by="week")
    with pytest.raises(NewsconvError, match="cannot bundle"):
        writers.bundler("md")


def test_describe_is_json_data():
    described = writers.get("epub").describe()
    assert described["name"] == "epub" and described["bundle"] is True
    assert described["options"][0] == {"name": "group_by", "type": "str", "default": None,
                                       "choices": ["publisher", "date", "none"],
                                       "help": writers.get("epub").options[0].help}

"""Reproducers for failures found by fuzzing: registered ones (known_bugs.py) are expected to fail until fixed;
the fixed ones stay here as regression tests.

Each test asserts the behaviour newsconv promises (a document or a clear
NewsconvError; output that reads back). ``strict=True``: when a fix lands the
test passes, the suite fails, and the entry in known_bugs.py (which lets the
property tests and the fuzz harness skip the crash meanwhile) must go.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest


from tests.fuzz import format_checks as checks  # noqa: E402
from tests.documents import document  # noqa: E402
from tests.fuzz.known_bugs import KNOWN_BUGS, known_bug, signature  # noqa: E402

import convert  # noqa: E402


def bug(key: str) -> pytest.MarkDecorator:
    entry = next(b for b in KNOWN_BUGS if b.key == key)
    return pytest.mark.xfail(strict=True, reason=f"{entry.key}: {entry.summary}")


def test_json_writer_survives_a_lone_surrogate() -> None:
    text = json.dumps(document()).replace('"Harbour council', '"\\ud800 Harbour council', 1)
    doc = convert.loads(text)
    assert "\ud800" in doc["articles"][0]["headline"]  # a valid document: the schema allows any string
    data = convert.write(doc, "json")  # UnicodeEncodeError: surrogates not allowed
    assert convert.loads(data)["articles"]


def test_deeply_nested_json_is_refused_clearly() -> None:
    with pytest.raises(convert.NewsconvError):
        convert.loads(b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")  # RecursionError


def test_a_huge_integer_is_refused_clearly() -> None:
    with pytest.raises(convert.NewsconvError):
        convert.loads(b'{"a": ' + b"1" * 5000 + b"}")  # ValueError: Exceeds the limit (4300 digits)


def test_a_span_holding_a_list_is_refused_clearly() -> None:
    doc = document()
    doc["removed"][0]["lines"] = [[1], 2]
    with pytest.raises(convert.NewsconvError):
        convert.loads(json.dumps(doc))  # TypeError in schema._span_problems


@pytest.mark.parametrize("span", [[0, 2], [1.5, 2], [True, 2], ["1", "2"]])
def test_a_span_that_breaks_the_schema_is_refused(span: list) -> None:
    doc = document()
    doc["removed"][0]["lines"] = span
    assert convert.validate(doc)  # the reference validator sees the problem...
    with pytest.raises(convert.NewsconvError):
        convert.loads(json.dumps(doc))  # ...the fast one used by loads does not


def test_a_block_span_that_breaks_the_schema_is_refused() -> None:
    doc = document()
    doc["articles"][0]["blocks"][0]["lines"] = [0, 20]
    assert convert.validate(doc)
    with pytest.raises(convert.NewsconvError):
        convert.loads(json.dumps(doc))


@pytest.mark.parametrize("site", [" ", "\u3000"])
def test_a_blank_site_is_refused_by_the_schema(site: str) -> None:
    doc = document()
    doc["capture"]["site"] = site
    assert [p.path for p in convert.validate(doc)] == ["$.capture.site"]


@pytest.mark.parametrize("where", ["byline", "publisher", "site", "digest"])
def test_a_value_und_survives_the_markdown_round_trip(where: str) -> None:
    from tests.documents import digest_document

    doc = digest_document() if where == "digest" else document()
    if where == "site":
        doc["capture"]["site"] = "und"
    elif where == "digest":
        doc["digest"]["publisher"] = "und"
    else:
        doc["articles"][0][where] = "und"  # German for "and"; also the BCP 47 tag the writer skips for lang
    checks.check_markdown(doc, convert.write(doc, "md", front_matter="full"))


def test_every_registered_bug_has_a_reproducer_here() -> None:
    source = Path(__file__).read_text(encoding="utf-8")
    assert [b.key for b in KNOWN_BUGS if f'@bug("{b.key}")' not in source] == []


def test_signatures_name_the_newsconv_frame() -> None:
    from convert import schema

    try:
        schema._span_problems({"capture": {}})
    except KeyError as error:
        assert signature(error) == "KeyError at convert/schema.py:_span_problems"
        assert known_bug(error) is None

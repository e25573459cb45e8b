"""Readers on any input: a valid document or a clear NewsconvError, never another exception, never a lost line."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import example, given


from tests.fuzz import format_checks as checks  # noqa: E402
from tests.fuzz import strategies as S  # noqa: E402
from tests.fuzz.known_bugs import holds  # noqa: E402
from tests.fuzz.profiles import examples  # noqa: E402

import convert  # noqa: E402


@examples(30)
@given(data=S.capture_bytes())
@example(data=b"")
@example(data=b"\xef\xbb\xbf\r\n\r\n")
@example(data=b"\xff\xfe")
@example(data=b"\xff\xfeA")
@example(data=b"\x00" * 10)
@example(data="topic\nSponsor: x\n".encode())
@example(data=b"\n" * 1000 + b"One line of text at the end.")
def test_captures_read_to_a_valid_document_accounting_for_every_line(data: bytes) -> None:
    holds(checks.read_capture, data)


@examples(25)
@given(data=S.any_bytes())
def test_any_bytes_read_to_a_valid_document_or_a_clear_error(data: bytes) -> None:
    holds(checks.read, data, "input.bin")


@examples(25)
@given(data=S.markdown_bytes())
@example(data=b"---\nnewsconv: " + b"[" * 1000 + b"\n---\n# Deep\n")
@example(data=b"---\n# newsconv\n" + b"a: &a [*a]\n" + b"---\n")
@example(data=b"---\nnewsconv: 1\n---\n" + b"> " * 2000 + b"quoted\n")
@example(data=b"---\nnewsconv: 1\n---\n" + b"".join(b"  " * i + b"- item\n" for i in range(500)))
@example(data=b"---\nnewsconv: 1\n---\n\xff\xfe not UTF-8\n")
def test_markdown_reads_to_a_valid_document_or_a_clear_error(data: bytes) -> None:
    holds(checks.read, data, "input.md")


@examples(15)
@given(data=S.edited_markdown())
def test_edited_newsconv_markdown_reads_or_fails_clearly(data: bytes) -> None:
    """Hand edits to newsconv Markdown: the reader falls back to best effort, it never crashes."""
    holds(checks.read, data, "edited.md")


@examples(30)
@given(data=S.json_bytes())
def test_json_loads_to_a_valid_document_or_a_clear_error(data: bytes) -> None:
    holds(checks.load_json, data, "input.json")


@examples(10)
@given(document=S.documents())
def test_json_round_trip_is_exact(document: dict) -> None:
    assert convert.loads(convert.dumps(document)) == document
    assert convert.parse_bytes(convert.dumps(document).encode("utf-8")) == document


@examples(10)
@given(value=S.JSON_VALUES)
def test_json_that_is_not_a_document_is_refused_clearly(value: Any) -> None:
    with pytest.raises(convert.NewsconvError) as caught:
        convert.loads(json.dumps(value), file="value.json")
    checks.check_error(caught.value, "value.json")

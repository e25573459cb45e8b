"""The front matter written directly is the text PyYAML writes, for every document and every value."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from convert.writers import markdown as markdown_writer
from convert.writers.markdown import _front_matter, dump_front_matter, front_matter
from convert.writers.markdown._front_matter import front_matter_text
from tests.documents import all_documents, article, digest_document, document
from tests.fuzz import strategies as S
from tests.writers.markdown.test_markdown import META_TEXT


def pyyaml_front_matter(doc: dict[str, Any]) -> str:
    return dump_front_matter(front_matter(doc, full=True))


def direct_front_matter(doc: dict[str, Any]) -> str:
    return front_matter_text(front_matter(doc, full=True))


@pytest.mark.parametrize("name", sorted(all_documents()))
def test_front_matter_is_the_text_pyyaml_writes(name: str) -> None:
    doc = all_documents()[name]
    assert direct_front_matter(doc) == pyyaml_front_matter(doc)


@settings(max_examples=40, deadline=None)
@given(doc=S.documents(hostile=True))
def test_front_matter_of_any_document_is_the_text_pyyaml_writes(doc: dict[str, Any]) -> None:
    assert direct_front_matter(doc) == pyyaml_front_matter(doc)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(values=st.lists(META_TEXT, min_size=9, max_size=9), summary=st.lists(META_TEXT, max_size=3))
def test_any_metadata_text_is_written_as_pyyaml_writes_it(values: list[str], summary: list[str]) -> None:
    site, publisher, byline, dateline, tag, removed, message, language, headline = values
    doc = document(articles=[article(headline=headline, publisher=publisher, byline=byline, dateline=dateline,
                                     tags=[tag, publisher], summary=summary, language=language)],
                   removed=[{"lines": [5, 6], "text": removed, "reason": message}],
                   warnings=[{"code": tag, "message": message, "line": None}])
    doc["capture"]["site"] = site
    doc["capture"]["source"]["file"] = dateline
    doc["capture"]["source"]["encoding"] = byline
    assert direct_front_matter(doc) == pyyaml_front_matter(doc)
    digest = digest_document()
    digest["digest"]["publisher"] = publisher
    digest["articles"][0].update(publisher=byline, published=headline, dateline=dateline, tags=[tag],
                                 summary=summary, language=language)
    assert direct_front_matter(digest) == pyyaml_front_matter(digest)


def test_field_names_yaml_reads_as_other_types_are_quoted() -> None:
    names = {"y": [1], "null": [2], "on": [3], "true": [4], "no": [5, 6, 7], "plain_name": [8]}
    doc = document(capture={**document()["capture"], "field_lines": names})
    text = direct_front_matter(doc)
    assert "      'null': [2]\n" in text and "      'on': [3]\n" in text and "      plain_name: [8]\n" in text
    assert text == pyyaml_front_matter(doc)


def _span_as_tuple(doc: dict[str, Any]) -> None:
    doc["articles"][0]["blocks"][0]["lines"] = (20, 20)


def _float_size(doc: dict[str, Any]) -> None:
    doc["capture"]["source"]["bytes"] = 5.0


def _true_line(doc: dict[str, Any]) -> None:
    doc["removed"][0]["lines"] = [True, 5]


def _nested_field_lines(doc: dict[str, Any]) -> None:
    doc["capture"]["field_lines"]["site"] = [[1, 2]]


def _long_span(doc: dict[str, Any]) -> None:
    doc["articles"][0]["blocks"][1]["lines"] = [22, 22, 23]


def _tags_tuple(doc: dict[str, Any]) -> None:
    doc["articles"][0]["tags"] = ("a", "b")


@pytest.mark.parametrize("change", [_span_as_tuple, _float_size, _true_line, _nested_field_lines, _long_span,
                                    _tags_tuple])
def test_values_of_other_shapes_are_written_as_before(change: Any) -> None:
    """Shapes the schema does not allow (a caller's own dict) still give PyYAML's text."""
    doc = document()
    change(doc)
    assert direct_front_matter(doc) == pyyaml_front_matter(doc)


def _code_points(*ranges: tuple[int, int]) -> set[int]:
    return {point for low, high in ranges for point in range(low, high + 1)}


# The character sets of YAML's emitter (allow_unicode), as ranges of what is allowed.
_YAML_PRINTABLE = _code_points((0x20, 0x7E), (0xA0, 0xD7FF), (0xE000, 0xFFFD), (0x10000, 0x10FFFF))
_WRITTEN_AS_IS = _code_points((0x20, 0x7E), (0xA0, 0xD7FF), (0xE000, 0xFEFE), (0xFF00, 0xFFFD), (0x10000, 0x10FFFE))
_SEPARATORS = {0x2028, 0x2029, 0xFEFF}


@pytest.mark.parametrize("module, pattern, expected", [
    (markdown_writer, "_DOUBLE_QUOTES_NEEDED", lambda: (set(range(0x110000)) - _YAML_PRINTABLE) | _SEPARATORS),
    (_front_matter, "_DOUBLE_QUOTES_NEEDED", lambda: (set(range(0x110000)) - _YAML_PRINTABLE) | _SEPARATORS),
    (_front_matter, "_PRINTABLE", lambda: _WRITTEN_AS_IS),
    (_front_matter, "_PRINTABLE_UNQUOTED", lambda: _WRITTEN_AS_IS - _SEPARATORS),
    (_front_matter, "_DOUBLE_QUOTED_ESCAPE", lambda: (set(range(0x110000)) - _code_points((0x20, 0x7E), (0xA0, 0xD7FF),
                                                                                            (0xE000, 0xFFFD)))
     | _SEPARATORS | {ord('"'), ord("\\"), 0x85}),
], ids=["reference", "_DOUBLE_QUOTES_NEEDED", "_PRINTABLE", "_PRINTABLE_UNQUOTED", "_DOUBLE_QUOTED_ESCAPE"])
def test_front_matter_character_classes_are_yamls(module, pattern, expected):
    every = "".join(map(chr, range(0x110000)))
    compiled = getattr(module, pattern)
    single = re.compile(compiled.pattern.rstrip("+*"))
    assert {match.start() for match in single.finditer(every)} == expected()

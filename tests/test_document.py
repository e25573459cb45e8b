"""Documents as JSON text: the direct writer gives exactly the text of json.dumps(indent=2)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.documents import all_documents, document
from hypothesis import given
from hypothesis import strategies as st


from tests.fuzz import strategies as S  # noqa: E402
from tests.fuzz.profiles import examples  # noqa: E402

import convert  # noqa: E402
from convert._json_text import json_text  # noqa: E402
from convert.document import dump_bytes, dumps  # noqa: E402
from convert.document import json_text as plain_json_text  # noqa: E402


def reference(value: Any, ensure_ascii: bool) -> str:
    """The plain writer, which the fast one (``json_text`` here) must match exactly."""
    text = plain_json_text(value, ensure_ascii=ensure_ascii)
    assert text == json.dumps(value, ensure_ascii=ensure_ascii, indent=2)
    return text


@pytest.mark.parametrize("name", sorted(all_documents()))
def test_every_test_document_is_written_as_json_dumps_writes_it(name: str) -> None:
    doc = all_documents()[name]
    for ensure_ascii in (False, True):
        assert json_text(doc, ensure_ascii=ensure_ascii) == reference(doc, ensure_ascii)
    assert dumps(doc) == reference(doc, False) + "\n"
    assert dump_bytes(doc) == (reference(doc, False) + "\n").encode("utf-8")


def test_every_sample_document_is_written_as_json_dumps_writes_it() -> None:
    paths = sorted((Path(__file__).resolve().parent.parent / "samples").rglob("*.json"))
    if not paths:
        pytest.skip("no sample documents in samples/")
    for path in paths:
        doc = convert.load(path)
        assert dumps(doc) == reference(doc, False) + "\n", path.name


@examples(30)
@given(document=S.documents(hostile=True))
def test_any_document_is_written_as_json_dumps_writes_it(document: dict[str, Any]) -> None:
    for ensure_ascii in (False, True):
        assert json_text(document, ensure_ascii=ensure_ascii) == reference(document, ensure_ascii)


# Floats, non-string keys, tuples and deep nesting are not in documents: they go to json.dumps.
ANY_KEY = st.one_of(st.text(max_size=8), st.integers(), st.booleans(), st.none(), st.floats(allow_nan=False))
ODD_VALUES = st.recursive(
    st.one_of(S.JSON_VALUES, st.floats(), st.text(st.characters(), max_size=8)),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.lists(inner, max_size=3).map(tuple),
                            st.dictionaries(ANY_KEY, inner, max_size=4)),
    max_leaves=20)


@examples(150)
@given(value=ODD_VALUES)
def test_any_json_value_is_written_as_json_dumps_writes_it(value: Any) -> None:
    for ensure_ascii in (False, True):
        assert json_text(value, ensure_ascii=ensure_ascii) == reference(value, ensure_ascii)


@pytest.mark.parametrize("value", [
    [[1, 2], [1, True], [True, False], [1.5, 2], [2, None], [1, 2, 3], [1]],
    {"lines": [3, 4], "flags": [False, 0], "n": -7, "big": 10**40, "none": None},
    {"": "", "\x00": "\x1f\x7f\"\\", "é": "\u2028 🎉"},
    # Long texts are checked for what needs escaping instead of always going through the quoting.
    {"plain": "A long paragraph of ordinary text — “quoted” — and more. " * 3, "quote": "q" * 50 + '"',
     "backslash": "b" * 50 + "\\", "control": "c" * 50 + "\x01", "newline": "n" * 50 + "\n",
     "separator": "s" * 50 + "\u2028", "surrogate": "u" * 50 + "\ud800", "delete": "d" * 50 + "\x7f"},
])
def test_edge_values(value: Any) -> None:
    for ensure_ascii in (False, True):
        assert json_text(value, ensure_ascii=ensure_ascii) == reference(value, ensure_ascii)


def test_nesting_deeper_than_any_document_is_still_written() -> None:
    deep: Any = {"leaf": [1, 2]}
    for depth in range(60):
        deep = [deep] if depth % 2 else {"x": deep}
    assert json_text(deep, ensure_ascii=False) == reference(deep, False)


def test_a_cycle_is_refused_as_json_dumps_refuses_it() -> None:
    loop: list[Any] = []
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular reference"):
        dumps(loop)  # type: ignore[arg-type]


def test_what_json_cannot_hold_is_refused_as_json_dumps_refuses_it() -> None:
    with pytest.raises(TypeError, match="set"):
        dumps({"tags": {"a"}})  # type: ignore[arg-type]


def test_a_lone_surrogate_is_written_escaped_in_ascii_json() -> None:
    doc = document()
    doc["articles"][0]["byline"] = "lone \ud800 surrogate é"
    data = dump_bytes(doc)
    assert data == (reference(doc, True) + "\n").encode("ascii")
    assert b'"lone \\ud800 surrogate \\u00e9"' in data
    assert json.loads(data) == doc

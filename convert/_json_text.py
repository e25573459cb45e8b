"""Indented JSON text written directly: the same text as ``json.dumps(value, indent=2)``, faster.

``json.dumps`` with an indent runs the pure-Python encoder (the C one only writes compact
text), which costs several times the encoding itself: on a synthetic capture this writer saves
about 0.16 ms, some 7 % of a whole ``convert --to all`` (bench/README.md). A document is only
dicts with string keys, lists, strings, integers, booleans and nulls, so it is written here
directly, with the C string quoting json itself uses, in exactly the layout of
``json.dumps(value, indent=2)``. Anything else (floats, other key types, subclasses, nesting
deeper than any document, cycles) is left to ``json.dumps``, which writes or refuses it as
always. The reference is :func:`convert.document.json_text`; tests/test_document.py checks that
both give the same text.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring, encode_basestring_ascii
from typing import Any, Callable


class _Unusual(Exception):
    """A value this writer leaves to json.dumps."""


Quote = Callable[[str], str]
# "\n" and the indent of each depth; a value nested deeper is unusual (IndexError) and left to json.dumps.
_NEWLINES = tuple("\n" + "  " * depth for depth in range(40))


def json_text(value: Any, *, ensure_ascii: bool) -> str:
    """``json.dumps(value, ensure_ascii=ensure_ascii, indent=2)``, the same text in a fraction of the time."""
    quote = encode_basestring_ascii if ensure_ascii else encode_basestring
    out: list[str] = []
    try:
        kind = type(value)
        if kind is dict:
            _json_object(value, quote, 0, out)
        elif kind is list:
            _json_array(value, quote, 0, out)
        else:
            out.append(_json_scalar(value, quote))
    except (_Unusual, IndexError, RecursionError):
        return json.dumps(value, ensure_ascii=ensure_ascii, indent=2)
    return "".join(out)


def _is_json_as_is(text: str) -> bool:
    """Whether ``encode_basestring(text)`` is ``text`` in quotes: no quote, backslash or control character.

    It escapes nothing else, and control characters are not printable. For a long text, such as
    a paragraph, these checks cost less than the quoting itself.
    """
    return '"' not in text and "\\" not in text and text.isprintable()


def _json_scalar(value: Any, quote: Quote) -> str:
    kind = type(value)
    if kind is str:
        return quote(value)
    if value is None:
        return "null"
    if kind is int:
        return int.__repr__(value)
    if kind is bool:
        return "true" if value else "false"
    raise _Unusual


def _json_object(mapping: dict[Any, Any], quote: Quote, depth: int, out: list[str]) -> None:
    if not mapping:
        out.append("{}")
        return
    inner = _NEWLINES[depth + 1]
    glue = "{" + inner
    append = out.append
    for key, value in mapping.items():
        if type(key) is not str:
            raise _Unusual
        kind = type(value)
        # Strings and line spans, most of a document, are written inline without a call per value.
        if kind is str:
            if len(value) > 40 and quote is encode_basestring and _is_json_as_is(value):
                append(f'{glue}{quote(key)}: "{value}"')
            else:
                append(f"{glue}{quote(key)}: {quote(value)}")
        elif kind is list:
            if len(value) == 2 and type(value[0]) is int and type(value[1]) is int:
                deeper = _NEWLINES[depth + 2]
                append(f"{glue}{quote(key)}: [{deeper}{value[0]},{deeper}{value[1]}{inner}]")
            else:
                append(f"{glue}{quote(key)}: ")
                _json_array(value, quote, depth + 1, out)
        elif kind is dict:
            append(f"{glue}{quote(key)}: ")
            _json_object(value, quote, depth + 1, out)
        else:
            append(f"{glue}{quote(key)}: {_json_scalar(value, quote)}")
        glue = "," + inner
    append(_NEWLINES[depth] + "}")


def _json_array(items: list[Any], quote: Quote, depth: int, out: list[str]) -> None:
    if not items:
        out.append("[]")
        return
    inner = _NEWLINES[depth + 1]
    glue = "[" + inner
    append = out.append
    for item in items:
        kind = type(item)
        if kind is dict:
            append(glue)
            _json_object(item, quote, depth + 1, out)
        elif kind is str:
            append(glue + quote(item))
        elif kind is int:
            append(glue + int.__repr__(item))
        elif kind is list:
            append(glue)
            _json_array(item, quote, depth + 1, out)
        else:
            append(glue + _json_scalar(item, quote))
        glue = "," + inner
    append(_NEWLINES[depth] + "]")

"""YAML front matter written directly: the same text as PyYAML's, in a fraction of the time.

PyYAML's pure-Python emitter takes some 2.5 ms per synthetic capture, more than the whole
conversion does without it (bench/README.md); libyaml's emitter is faster but not installed
everywhere and not guaranteed to quote the same way. The front matter only ever holds
mappings, lists, strings, integers and nulls, so it is written here in exactly the layout
``FrontMatterDumper`` gives: block mappings indented by two, lists inside a mapping not
indented, lists of line numbers in flow style. A string is written plain when YAML would read
it back as that string and no character in it is YAML syntax at that place, double-quoted with
YAML's escapes when it holds a character only an escape carries, single-quoted otherwise; any
value of another shape is left to PyYAML. The reference is
:func:`convert.writers.markdown.dump_front_matter`; tests/writers/markdown/test_front_matter.py
checks that both give the same text.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

# Characters only an escape in double quotes carries safely, as in the package's representer:
# anything outside printable ASCII, the BMP's printable ranges and the astral planes, and the
# line and paragraph separators and the BOM inside those ranges. The character classes here
# name what is left out rather than what is allowed: the same sets, compiled ten times faster.
_DOUBLE_QUOTES_NEEDED = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")


def _needs_double_quotes(text: str) -> bool:
    return _DOUBLE_QUOTES_NEEDED.search(text) is not None


class _NotSimple(Exception):
    """A value this writer does not handle; the whole front matter goes through PyYAML instead."""


# Printable characters YAML writes as they are (allow_unicode): no line break, BOM or tab.
_PRINTABLE = re.compile("[^\x00-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff\U0010ffff]+")
# What makes a plain scalar impossible in block context: an indicator first ("-", "?" and ":"
# only when a space or the end follows), a document marker first, ": " or " #" anywhere, a
# final ":", or a space at either end.
_NOT_PLAIN = re.compile("^[#,\\[\\]{}&*!|>'\"%@`]|^[-?:](?: |$)|^---|^\\.\\.\\.|: |:$| #|^ | $")
# Characters a double-quoted scalar escapes (allow_unicode keeps the rest of the BMP as is).
_DOUBLE_QUOTED_ESCAPE = re.compile("[\"\\\\\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe-\U0010ffff]")
_ESCAPES = yaml.emitter.Emitter.ESCAPE_REPLACEMENTS
_RESOLVER = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"


def front_matter_text(data: dict[str, Any]) -> str:
    """The same text as :func:`~convert.writers.markdown.dump_front_matter`, written directly."""
    if not isinstance(data, dict) or not data:
        return _by_pyyaml(data)
    out: list[str] = []
    try:
        _mapping(data, "", out)
    except _NotSimple:
        return _by_pyyaml(data)
    return "".join(out)


def _by_pyyaml(data: Any) -> str:
    from . import dump_front_matter  # the package imports this module first

    return dump_front_matter(data)


def _mapping(mapping: dict[str, Any], indent: str, out: list[str]) -> None:
    for key, value in mapping.items():
        out.append(f"{indent}{_key(key)}:")
        _value(value, indent, out)


def _value(value: Any, indent: str, out: list[str]) -> None:
    """A value after ``key:`` or ``-`` at ``indent``, with its line end."""
    kind = type(value)
    if kind is str:
        out.append(f" {_string(value)}\n")
    elif kind is dict:
        if value:
            out.append("\n")
            _mapping(value, indent + "  ", out)
        else:
            out.append(" {}\n")
    elif kind is list:
        flow = _flow(value)
        if flow is not None:
            out.append(f" {flow}\n")
        else:
            out.append("\n")
            _sequence(value, indent, out)
    else:
        out.append(f" {_scalar(value)}\n")


def _sequence(items: list[Any], indent: str, out: list[str]) -> None:
    """A block list inside a mapping: its dashes line up with the mapping's keys."""
    for item in items:
        out.append(f"{indent}-")
        if type(item) is dict and item:
            first = True
            for key, value in item.items():
                out.append(f" {_key(key)}:" if first else f"{indent}  {_key(key)}:")
                _value(value, indent + "  ", out)
                first = False
        elif type(item) is list and _flow(item) is None:
            raise _NotSimple  # a block list directly inside a block list (or numbers PyYAML writes)
        else:
            _value(item, indent, out)


def _flow(items: list[Any]) -> "str | None":
    """``items`` in flow style when the representer writes it so (line numbers, lists of line numbers, or
    nothing), else None. Only exact integers are written here: other numbers go to PyYAML in the end."""
    if not items:
        return "[]"
    if _ints(items):
        return "[" + ", ".join(map(str, items)) + "]"
    parts = []
    for item in items:
        if type(item) is not list or not _ints(item):
            return None
        parts.append("[" + ", ".join(map(str, item)) + "]")
    return "[" + ", ".join(parts) + "]"


def _ints(items: list[Any]) -> bool:
    if len(items) == 2:  # most are line spans
        return type(items[0]) is int and type(items[1]) is int
    for item in items:
        if type(item) is not int:
            return False
    return True


def _key(key: Any) -> str:
    # Keys are field names; anything long or odd would be a complex key in PyYAML.
    known = _KEYS.get(key) if type(key) is str else None
    if known is not None:
        return known
    if type(key) is not str or not 0 < len(key) < 100 or _needs_double_quotes(key):
        raise _NotSimple
    text = _string(key)
    if len(_KEYS) < 1024:  # the same few names come back in every document
        _KEYS[key] = text
    return text


_KEYS: dict[str, str] = {}


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    kind = type(value)
    if kind is str:
        return _string(value)
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return str(value)
    raise _NotSimple


def _string(text: str) -> str:
    # The same few values (layouts, encodings, languages, dates, reasons, names) come back in every
    # document; what a string becomes is a pure function of it, so short ones are remembered.
    known = _STRINGS.get(text)
    if known is not None:
        return known
    written = _uncached_string(text)
    if len(text) <= 64 and len(_STRINGS) < 4096:
        _STRINGS[text] = written
    return written


_STRINGS: dict[str, str] = {}
# Printable (_PRINTABLE) and needing no double quotes (_DOUBLE_QUOTES_NEEDED): one pass for both.
_PRINTABLE_UNQUOTED = re.compile("[^\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff\U0010ffff]*")
# First characters for which some YAML implicit type (bool, int, float, null, timestamp...) may apply.
_IMPLICIT_FIRST = frozenset(key for key in _RESOLVER.yaml_implicit_resolvers if key)


def _uncached_string(text: str) -> str:
    if _PRINTABLE_UNQUOTED.fullmatch(text) is None:
        if _needs_double_quotes(text):
            return '"' + _DOUBLE_QUOTED_ESCAPE.sub(_escape, text) + '"'
        if not _PRINTABLE.fullmatch(text):
            raise _NotSimple
    if _NOT_PLAIN.search(text) is None and (
            (text and text[0] not in _IMPLICIT_FIRST)
            or _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) == _STR_TAG):
        return text
    return "'" + text.replace("'", "''") + "'"


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _ESCAPES:
        return "\\" + _ESCAPES[char]
    code = ord(char)
    return f"\\x{code:02X}" if code <= 0xFF else f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}"

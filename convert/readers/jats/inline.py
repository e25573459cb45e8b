"""Inline markup made plain before the text is read: what a reader of the rendered article sees as separate words."""

from __future__ import annotations

import re
from typing import Any

from ..markup import local

# Styling that never joins two words in print; a tail glued to it is an authoring slip ("<italic>Cp</italic>MDH").
_STYLES = {"italic", "bold", "sc", "underline", "roman", "sans-serif", "monospace", "overline", "named-content"}
_WORD_END = re.compile(r"[a-z]\Z")
_WORD_START = re.compile(r"\A[A-Z0-9]")
_MATH_TOKENS = {"mi", "mn", "mo", "mtext", "ms"}
_MATHML = "http://www.w3.org/1998/Math/MathML"
# Tags to visit, named so that lxml skips every other element without a Python call.
_VISITED = tuple(_STYLES) + tuple(f"{{{_MATHML}}}{name}" for name in _MATH_TOKENS) + tuple(_MATH_TOKENS)


def make_plain(root: Any) -> None:
    for line_break in root.iter("{*}break", "break"):  # "line<break/>next": two words, not one
        line_break.tail = "\n" + (line_break.tail or "")
    for element in root.iter(*_VISITED):
        name = local(element.tag)
        if name in _MATH_TOKENS:
            element.tail = " " + (element.tail or "")
        elif name in _STYLES and _glued(element):
            element.tail = " " + element.tail


def _glued(element: Any) -> bool:
    tail = element.tail
    return bool(tail and _WORD_START.match(tail) and _WORD_END.search("".join(element.itertext())))

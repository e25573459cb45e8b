"""Markup helpers for the JATS writer, which never writes an empty element.

The file is written as text, laid out as lxml pretty-prints the same tree (see
:mod:`convert.writers._xmltext`). Every text goes through :func:`clean` once
(XML-illegal characters dropped with a warning; a text blank once they are
gone counts as missing) and is escaped where it is written. The writer cleans
the texts an element would hold first and writes the element only when
something is left.
"""

from __future__ import annotations

from typing import Optional, Sequence

from .._xmltext import STEP, Lines, text_element


def wrapped_text(indent: str, name: str, child: str, text: str, attributes: str = "") -> str:
    """``<name><child>text</child></name>``, laid out on three lines."""
    return f"{indent}<{name}{attributes}>\n{text_element(indent + STEP, child, text)}{indent}</{name}>\n"


def text_group(lines: Lines, indent: str, name: str, child: str, texts: Sequence[Optional[str]],
               attributes: str = "") -> None:
    """``<name>`` with one ``<child>`` per text that is not None (nothing when none is left)."""
    present = [text for text in texts if text is not None]
    if present:
        inner = indent + STEP
        lines.append(f"{indent}<{name}{attributes}>\n")
        lines.extend([text_element(inner, child, text) for text in present])
        lines.append(f"{indent}</{name}>\n")

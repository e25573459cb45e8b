"""Element builders for the JATS writer that never build an empty element.

Every text goes through :func:`~convert.writers.xmltext.xml_text` once. A text
that is blank once XML-illegal characters are dropped counts as missing: the
builder returns ``None`` and the caller leaves the element out, and a container
whose children are all missing is itself missing.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Optional

from lxml import etree

from .xmltext import xml_text

Element = etree._Element


def clean(text: Optional[str], where: str) -> Optional[str]:
    """``text`` made XML-safe, or ``None`` when it is missing or nothing visible is left of it."""
    if text is None:
        return None
    cleaned = xml_text(text, where)
    return cleaned if cleaned.strip() else None


def leaf(tag: str, text: Optional[str], attrs: Optional[Mapping[str, str]] = None) -> Optional[Element]:
    """``<tag>text</tag>`` for an already cleaned text, or ``None`` when there is no text."""
    if text is None:
        return None
    element = etree.Element(tag, dict(attrs or {}))
    element.text = text
    return element


def text_element(tag: str, text: Optional[str], where: str,
                 attrs: Optional[Mapping[str, str]] = None) -> Optional[Element]:
    """``<tag>`` holding ``text`` cleaned for XML, or ``None`` when nothing is left of it."""
    return leaf(tag, clean(text, where), attrs)


def container(tag: str, children: Iterable[Optional[Element]],
              attrs: Optional[Mapping[str, str]] = None) -> Optional[Element]:
    """``<tag>`` holding the children that exist, or ``None`` when none does."""
    present = [child for child in children if child is not None]
    if not present:
        return None
    element = etree.Element(tag, dict(attrs or {}))
    element.extend(present)
    return element

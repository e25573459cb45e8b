"""Text cleaning and element building for the JATS writer, which never builds an empty element.

Every text goes through :func:`clean` once: XML-illegal characters are dropped
(with a warning) and a text that is blank once they are gone counts as missing.
The writer cleans the texts an element would hold first and builds the element
only when something is left, top-down into its parent (``etree.SubElement``:
an element made on its own is a document of its own, which costs several times
more to make and then to move into the tree).
"""

from __future__ import annotations

from typing import Optional

from lxml import etree

from .xmltext import has_illegal, xml_text

Element = etree._Element
SubElement = etree.SubElement


def clean(text: Optional[str], where: str, *where_args: object) -> Optional[str]:
    """``text`` made XML-safe, or ``None`` when it is missing or nothing visible is left of it.

    ``where`` names the text in a warning; with ``where_args`` it is a format string, filled in
    only when there is something to warn about.
    """
    if text is None:
        return None
    if has_illegal(text):
        text = xml_text(text, where.format(*where_args) if where_args else where)
    return text if text.strip() else None


def add_text(parent: Element, tag: str, text: str) -> Element:
    """``<tag>text</tag>`` appended to ``parent``."""
    element = SubElement(parent, tag)
    element.text = text
    return element


def drop_if_empty(element: Element) -> None:
    """Remove an element that ended up with no child (a missing fact is a missing element)."""
    if len(element) == 0:
        element.getparent().remove(element)

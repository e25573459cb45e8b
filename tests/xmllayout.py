"""What lxml's pretty printer makes of an XML file: the yardstick for writers that write XML as text."""

from __future__ import annotations

import re

from lxml import etree

_LAYOUT = re.compile(r"\n *")


def as_lxml_writes_it(data: bytes, prolog: bytes | None = None) -> bytes:
    """``data`` parsed, rid of the line breaks and indents of its layout, and pretty-printed by lxml,
    after ``prolog`` (else lxml's own XML declaration).

    The writer writes text, not a tree: this is what lxml makes of the tree that text describes. An
    element's white space is layout when all its text between child elements is a line break and an
    indent; anywhere else (text among elements) it is content and stays.
    """
    root = etree.fromstring(data, etree.XMLParser(load_dtd=False, no_network=True, resolve_entities=False))
    for element in root.iter():
        runs = [element.text] + [child.tail for child in element]
        if len(element) and all(run is None or _LAYOUT.fullmatch(run) for run in runs):
            element.text = None
            for child in element:
                child.tail = None
    if prolog is None:
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return prolog + etree.tostring(root, encoding="UTF-8", pretty_print=True)

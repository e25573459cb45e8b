"""Building blocks of the NewsML-G2 writer: namespaces, text cleaning, element helpers, the item envelope."""

from __future__ import annotations

import re
from typing import Mapping, Optional

from lxml import etree

from ..version import __version__
from .newsml_time import UNKNOWN, Stamp
from .xmltext import xml_text

NAR = "http://iptc.org/std/nar/2006-10-01/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# IPTC's newest G2 standards catalog: it resolves ninat:, stat:, isrol:, drol:, pgrmod:.
CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_40.xml"
ITEM_ATTRIBUTES = {"standard": "NewsML-G2", "standardversion": "2.35", "conformance": "power"}
NEWS_ITEM_TYPE = "application/vnd.iptc.g2.newsitem+xml"
# Roles IPTC has no code for are URIs of newsconv's own (used as ``roleuri``).
ROLE_URI = "urn:newsconv:role:"
PLACEHOLDER_NOTE = ("The capture gives no date: versionCreated is the placeholder "
                    f"{UNKNOWN}, not the time this item was made.")

_XML_WHITESPACE = re.compile(r"[\t\n\r ]+")
_RTL_LANGUAGES = {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "ps", "sd", "syr", "ug", "ur", "yi"}
_RTL_SCRIPTS = {"arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg"}


def clean(text: Optional[str], where: str) -> Optional[str]:
    """``text`` fit for XML (illegal characters dropped, with a warning); None when nothing is left."""
    if text is None:
        return None
    text = xml_text(text, where)
    return text if text.strip() else None


def flat(text: Optional[str], where: str) -> Optional[str]:
    """Like :func:`clean`, on one line: the value of a ``g2normalizedString`` (no tab, CR or LF)."""
    text = clean(text, where)
    return None if text is None else _XML_WHITESPACE.sub(" ", text).strip()


def direction(language: Optional[str]) -> Optional[str]:
    """``"rtl"`` for a language tag whose script runs right to left, else None (the default, ltr)."""
    if not language:
        return None
    subtags = language.lower().split("-")
    script = next((s for s in subtags[1:] if len(s) == 4 and s.isalpha()), None)
    rtl = script in _RTL_SCRIPTS if script else subtags[0] in _RTL_LANGUAGES
    return "rtl" if rtl else None


def root(name: str, attributes: Optional[Mapping[str, str]] = None) -> etree._Element:
    return etree.Element(f"{{{NAR}}}{name}", dict(attributes or {}), nsmap={None: NAR})


def sub(parent: etree._Element, name: str, text: Optional[str] = None,
        attributes: Optional[Mapping[str, str]] = None) -> etree._Element:
    """A child in the NewsML-G2 namespace (never a bare name, which would land in no namespace)."""
    child = etree.SubElement(parent, f"{{{NAR}}}{name}", dict(attributes or {}))
    if text is not None:
        child.text = text
    return child


def concept(parent: etree._Element, name: str, value: str,
            attributes: Optional[Mapping[str, str]] = None) -> etree._Element:
    """A flexible property with no controlled code: the text as ``literal`` and as its ``name``."""
    element = sub(parent, name, attributes={**(attributes or {}), "literal": value})
    sub(element, "name", value)
    return element


def item_root(kind: str, guid: str, language: Optional[str]) -> etree._Element:
    """The root of a newsItem or packageItem, with its catalog reference."""
    attributes = {**ITEM_ATTRIBUTES, "guid": guid, "version": "1"}
    if language:
        attributes[XML_LANG] = language
        if direction(language):
            attributes["dir"] = "rtl"
    item = root(kind, attributes)
    sub(item, "catalogRef", attributes={"href": CATALOG})
    return item


def item_meta(item: etree._Element, item_class: str, site: Optional[str], version: Optional[Stamp]) -> None:
    """``itemMeta``, in the order the XSD demands (itemClass, provider, versionCreated, firstCreated,
    pubStatus, generator, edNote). This is the first and only version, so firstCreated is versionCreated."""
    meta = sub(item, "itemMeta")
    sub(meta, "itemClass", attributes={"qcode": item_class})
    if site:
        concept(meta, "provider", site)
    else:
        sub(meta, "provider", attributes={"literal": "newsconv"})
    sub(meta, "versionCreated", version.date_time() if version else UNKNOWN)
    if version:
        sub(meta, "firstCreated", version.date_time())
    sub(meta, "pubStatus", attributes={"qcode": "stat:usable"})
    sub(meta, "generator", "newsconv", {"versioninfo": __version__})
    if not version:
        sub(meta, "edNote", PLACEHOLDER_NOTE)


def drop_if_empty(element: etree._Element) -> None:
    """Remove an optional wrapper that ended up with nothing in it (a missing fact is a missing element)."""
    if len(element) == 0 and element.getparent() is not None:
        element.getparent().remove(element)


def serialize(element: etree._Element) -> bytes:
    etree.cleanup_namespaces(element)
    return etree.tostring(element, xml_declaration=True, encoding="UTF-8", pretty_print=True)

"""Building blocks of the NewsML-G2 writer: namespaces, text cleaning, element helpers, the item envelope."""

from __future__ import annotations

import re
from typing import Mapping, Optional

from lxml import etree

from ..version import __version__
from .newsml_time import UNKNOWN, Stamp
from .xmltext import has_illegal, xml_text

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

# Every element name of the vocabulary in Clark notation (``{namespace}name``), made once
# rather than formatted again for each of the hundred-odd elements of a typical item.
TAG = {name: f"{{{NAR}}}{name}" for name in (
    "newsMessage", "header", "sent", "itemSet", "newsItem", "packageItem", "catalogRef",
    "itemMeta", "itemClass", "provider", "name", "versionCreated", "firstCreated", "pubStatus", "generator",
    "edNote", "contentMeta", "contentCreated", "located", "infoSource", "language", "subject", "headline",
    "dateline", "by", "creditline", "description", "contentSet", "inlineXML", "groupSet", "group", "itemRef",
    "title",
)}
NSMAP = {None: NAR}

_XML_WHITESPACE = re.compile(r"[\t\n\r ]+")
_RTL_LANGUAGES = {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "ps", "sd", "syr", "ug", "ur", "yi"}
_RTL_SCRIPTS = {"arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg"}
# Attribute sets that never change, shared by every element that carries them (lxml copies them).
_CATALOG_REF = {"href": CATALOG}
_STATUS_USABLE = {"qcode": "stat:usable"}
_GENERATOR = {"versioninfo": __version__}
_NO_PROVIDER = {"literal": "newsconv"}

_SubElement = etree.SubElement


def clean(text: Optional[str], where: str, *where_args: object) -> Optional[str]:
    """``text`` fit for XML (illegal characters dropped, with a warning); None when nothing is left.

    ``where`` names the text in a warning; with ``where_args`` it is a format string, filled in
    only when there is something to warn about.
    """
    if text is None:
        return None
    if has_illegal(text):
        text = xml_text(text, where.format(*where_args) if where_args else where)
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


def root(name: str) -> etree._Element:
    return etree.Element(TAG[name], nsmap=NSMAP)


def sub(parent: etree._Element, name: str, text: Optional[str] = None,
        attributes: Optional[Mapping[str, str]] = None) -> etree._Element:
    """A child in the NewsML-G2 namespace (never a bare name, which would land in no namespace)."""
    child = _SubElement(parent, TAG[name], attributes)
    if text is not None:
        child.text = text
    return child


def concept(parent: etree._Element, name: str, value: str,
            attributes: Optional[Mapping[str, str]] = None) -> etree._Element:
    """A flexible property with no controlled code: the text as ``literal`` and as its ``name``."""
    element = _SubElement(parent, TAG[name], attributes)
    element.set("literal", value)
    _SubElement(element, TAG["name"]).text = value
    return element


def item_root(parent: Optional[etree._Element], kind: str, guid: str, language: Optional[str]) -> etree._Element:
    """A newsItem or packageItem with its catalog reference: the root of the file when ``parent`` is None,
    else the next item of a message's ``itemSet``."""
    attributes = {**ITEM_ATTRIBUTES, "guid": guid, "version": "1"}
    if language:
        attributes[XML_LANG] = language
        if direction(language):
            attributes["dir"] = "rtl"
    if parent is None:
        item = etree.Element(TAG[kind], attributes, nsmap=NSMAP)
    else:
        item = _SubElement(parent, TAG[kind], attributes)
    _SubElement(item, TAG["catalogRef"], _CATALOG_REF)
    return item


def item_meta(item: etree._Element, item_class: str, site: Optional[str], version: Optional[Stamp]) -> None:
    """``itemMeta``, in the order the XSD demands (itemClass, provider, versionCreated, firstCreated,
    pubStatus, generator, edNote). This is the first and only version, so firstCreated is versionCreated."""
    meta = _SubElement(item, TAG["itemMeta"])
    _SubElement(meta, TAG["itemClass"]).set("qcode", item_class)
    if site:
        concept(meta, "provider", site)
    else:
        _SubElement(meta, TAG["provider"], _NO_PROVIDER)
    created = version.date_time() if version else UNKNOWN
    _SubElement(meta, TAG["versionCreated"]).text = created
    if version:
        _SubElement(meta, TAG["firstCreated"]).text = created
    _SubElement(meta, TAG["pubStatus"], _STATUS_USABLE)
    _SubElement(meta, TAG["generator"], _GENERATOR).text = "newsconv"
    if not version:
        _SubElement(meta, TAG["edNote"]).text = PLACEHOLDER_NOTE


def drop_if_empty(element: etree._Element) -> None:
    """Remove an optional wrapper that ended up with nothing in it (a missing fact is a missing element)."""
    if len(element) == 0 and element.getparent() is not None:
        element.getparent().remove(element)


def serialize(element: etree._Element) -> bytes:
    etree.cleanup_namespaces(element)
    return etree.tostring(element, xml_declaration=True, encoding="UTF-8", pretty_print=True)

"""Building blocks of the NewsML-G2 writer: namespaces, text cleaning, markup helpers, the item envelope.

The file is written as text, laid out as lxml pretty-prints the same tree (see
:mod:`convert.writers._xmltext`). Every text and attribute value is escaped
unless it is made of characters that never need it (guids, checked language
tags, timestamps, constants).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ...model import WARC_FIELDS, ArchiveRecord
from ...version import __version__
from .stamps import UNKNOWN, Stamp
from .._xmltext import STEP, Lines, clean, escape_attribute, escape_text, text_element

NAR = "http://iptc.org/std/nar/2006-10-01/"
# IPTC's newest G2 standards catalog: it resolves ninat:, stat:, isrol:, drol:, pgrmod:.
CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_40.xml"
NEWS_ITEM_TYPE = "application/vnd.iptc.g2.newsitem+xml"
# Roles IPTC has no code for are URIs of newsconv's own (used as ``roleuri``).
ROLE_URI = "urn:newsconv:role:"
PLACEHOLDER_NOTE = ("The capture gives no date: versionCreated is the placeholder "
                    f"{UNKNOWN}, not the time this item was made.")

DECLARATION = "<?xml version='1.0' encoding='UTF-8'?>\n"  # as lxml writes it
# The attributes every item starts with, in this order.
_ITEM_ATTRIBUTES = ' standard="NewsML-G2" standardversion="2.35" conformance="power"'

_XML_WHITESPACE = re.compile(r"[\t\n\r ]+")
_RTL_LANGUAGES = {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "ps", "sd", "syr", "ug", "ur", "yi"}
_RTL_SCRIPTS = {"arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg"}


def flat(text: Optional[str], where: str) -> Optional[str]:
    """Like :func:`clean`, on one line: the value of a ``g2normalizedString`` (no tab, CR or LF)."""
    text = clean(text, where)
    return None if text is None else _XML_WHITESPACE.sub(" ", text).strip()


@lru_cache(maxsize=64)
def direction(language: Optional[str]) -> Optional[str]:
    """``"rtl"`` for a language tag whose script runs right to left, else None (the default, ltr)."""
    if not language:
        return None
    subtags = language.lower().split("-")
    script = next((s for s in subtags[1:] if len(s) == 4 and s.isalpha()), None)
    rtl = script in _RTL_SCRIPTS if script else subtags[0] in _RTL_LANGUAGES
    return "rtl" if rtl else None


def concept(lines: Lines, indent: str, name: str, value: str, attributes: str = "") -> None:
    """A flexible property with no controlled code: the text as ``literal`` and as its ``name``."""
    lines.append(f'{indent}<{name}{attributes} literal="{escape_attribute(value)}">\n'
                 f"{indent}{STEP}<name>{escape_text(value)}</name>\n"
                 f"{indent}</{name}>\n")


def item_start(indent: str, kind: str, guid: str, language: Optional[str], root: bool) -> str:
    """The start tag of a newsItem or packageItem and its catalog reference. The root of a file
    declares the namespace; an item of a message's ``itemSet`` is in the message's."""
    namespace = f' xmlns="{NAR}"' if root else ""
    lang = ""
    if language:  # a checked language tag: nothing to escape
        lang = f' xml:lang="{language}"' + (' dir="rtl"' if direction(language) else "")
    return (f'{indent}<{kind}{namespace}{_ITEM_ATTRIBUTES} guid="{guid}" version="1"{lang}>\n'
            f'{indent}{STEP}<catalogRef href="{CATALOG}"/>\n')


# The default ``provider``: the party that runs the conversion and answers for the items it makes.
DEFAULT_PROVIDER = "newsconv"
TRUNCATED_NOTE = "The capture ends inside the story: the text of this item is incomplete."
def item_meta(lines: Lines, indent: str, item_class: str, provider: str, version: Optional[Stamp],
              notes: tuple[str, ...] = (), record: Optional[ArchivedAt] = None) -> None:
    """``itemMeta``, in the order the XSD demands (itemClass, provider, versionCreated, firstCreated,
    pubStatus, generator, edNote, origRep, itemMetaExtProperty). This is the first and only version, so
    firstCreated is versionCreated."""
    inner = indent + STEP
    lines.append(f'{indent}<itemMeta>\n{inner}<itemClass qcode="{item_class}"/>\n')
    concept(lines, inner, "provider", provider)
    if version:
        created = version.date_time()
        lines.append(f"{inner}<versionCreated>{created}</versionCreated>\n"
                     f"{inner}<firstCreated>{created}</firstCreated>\n")
    else:
        lines.append(f"{inner}<versionCreated>{UNKNOWN}</versionCreated>\n")
    lines.append(f'{inner}<pubStatus qcode="stat:usable"/>\n'
                 f'{inner}<generator versioninfo="{__version__}">newsconv</generator>\n')
    if not version:
        lines.append(f"{inner}<edNote>{PLACEHOLDER_NOTE}</edNote>\n")
    for note in notes:
        lines.append(f"{inner}<edNote>{escape_text(note)}</edNote>\n")
    if record is not None:
        _archived_at(lines, inner, record)
    lines.append(f"{indent}</itemMeta>\n")


@dataclass(frozen=True)
class ArchivedAt:
    """The web archive record an item was read from, cleaned: its address, and each of its facts as the
    WARC specification's section on that field and the value."""

    target_uri: Optional[str]
    facts: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, record: Optional[ArchiveRecord]) -> Optional["ArchivedAt"]:
        if record is None:
            return None
        where = "$.capture.archive_record."
        facts = [(WARC_FIELDS[key], flat(record[key], where + key))  # type: ignore[literal-required]
                 for key in ("archive", "record_id", "date", "payload_digest")]
        return cls(flat(record["target_uri"], where + "target_uri"),
                   tuple((field, value) for field, value in facts if value))


def _archived_at(lines: Lines, indent: str, record: ArchivedAt) -> None:
    """The page's address as the item's original representation (``origRep``: an IRI that gives the
    original), and the record's id, date, payload digest and archive as extension properties whose
    meaning is the WARC field of that name (``reluri``)."""
    if record.target_uri:
        lines.append(f"{indent}<origRep>{escape_text(record.target_uri)}</origRep>\n")
    lines.extend(f'{indent}<itemMetaExtProperty reluri="{escape_attribute(field)}" value="{escape_attribute(value)}"/>\n'
                 for field, value in record.facts)


def rights_info(lines: Lines, indent: str, holder: Optional[str], notice: Optional[str]) -> None:
    """``rightsInfo``: the copyright holder as a party, and the page's copyright line as the notice."""
    if not (holder or notice):
        return
    lines.append(f"{indent}<rightsInfo>\n")
    if holder:
        concept(lines, indent + STEP, "copyrightHolder", holder)
    if notice:
        lines.append(text_element(indent + STEP, "copyrightNotice", notice))
    lines.append(f"{indent}</rightsInfo>\n")

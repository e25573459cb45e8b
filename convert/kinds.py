"""Telling a file's kind from its first bytes: the one place that looks, for reading and for validating.

The rule: the first :data:`HEAD_BYTES` bytes of a file are decoded in the encoding :func:`text_encoding`
finds (a byte order mark's, else UTF-16/32 by its zero bytes, else UTF-8), and whatever JSON whitespace
(space, tab, CR, LF) begins that text is skipped; what follows decides. So JSON may be preceded by any
amount of whitespace that ends inside the head, and a UTF-16 or UTF-32 file is judged by its text, not
by its bytes. :func:`sniff` gives the same answer for a whole file as for its head alone.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache
from typing import Optional

NEWSML_NS = "http://iptc.org/std/nar/2006-10-01/"
_ROOT = re.compile(r"<(?![?!])([\w:.-]+)")

HEAD_BYTES = 8192  # how much of a file the guess looks at
JSON_WHITESPACE = " \t\r\n"  # RFC 8259's whitespace, also all that may come before newsconv Markdown or XML

# UTF-32 LE's mark begins with UTF-16 LE's, so it is looked for first.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def sniff(data: bytes) -> Optional[str]:
    """``"epub"``, ``"json"``, ``"markdown"`` (newsconv's), ``"newsml"``, ``"jats"``, ``"xml"`` (other XML), or
    None for anything else (a text capture, say)."""
    # OCF puts the uncompressed "mimetype" entry first, so an EPUB says what it is in its first bytes.
    if data.startswith(b"PK\x03\x04") and b"mimetypeapplication/epub+zip" in data[:100]:
        return "epub"
    text = head_text(data).lstrip(JSON_WHITESPACE)
    if text.startswith("{"):
        return "json"
    if text.startswith("---") and "newsconv" in text:
        return "markdown"
    if text.startswith("<"):
        return _xml_kind(text)
    return None


_HTML_START = re.compile(r"(?:<!--.*?-->\s*|<\?xml[^>]*>\s*)*<(?:!doctype\s+html\b|html\b|head\b|meta\b|title\b)", re.I | re.S)


def is_html(data: bytes) -> bool:
    """Whether the head of a file is the start of an HTML page (a doctype, or an html, head, meta or title tag)."""
    return _HTML_START.match(head_text(data).lstrip(JSON_WHITESPACE)) is not None


def text_encoding(data: bytes) -> tuple[str, int]:
    """The encoding of a text file and the length of its byte order mark (0 when it has none).

    Without a mark, UTF-16 and UTF-32 are told by the zero bytes around a first ASCII character,
    as Python's ``json`` does (after RFC 4627) and XML processors do (XML 1.0, appendix F): so a
    file is classified in the encoding its reader will decode it in.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    first = data[:4]
    if len(first) == 4:
        if first[0] == 0:
            return ("utf-16-be" if first[1] else "utf-32-be"), 0
        if first[1] == 0:
            return ("utf-16-le" if first[2] or first[3] else "utf-32-le"), 0
    elif len(first) == 2 and 0 in first:  # one character of UTF-16 (three bytes are none, as json has it)
        return ("utf-16-be" if first[0] == 0 else "utf-16-le"), 0
    return "utf-8", 0


def head_text(data: bytes) -> str:
    """The first :data:`HEAD_BYTES` of ``data`` as text, without the byte order mark; a character cut
    off at the end of the head, or bytes that are not valid in the encoding, become U+FFFD."""
    return _decoded_head(data[:HEAD_BYTES])


@lru_cache(maxsize=1)  # every reader's sniff asks about the same head, one after the other (8 KiB kept)
def _decoded_head(head: bytes) -> str:
    encoding, mark = text_encoding(head)
    return head[mark:].decode(encoding, errors="replace")


def _xml_kind(text: str) -> str:
    root = _root_element(text)
    if root is None:
        return "xml"
    if NEWSML_NS in text or root.split(":")[-1] in ("newsItem", "newsMessage", "packageItem"):
        return "newsml"
    if root == "article" or "JATS" in text[:1024]:
        return "jats"
    return "xml"


def _root_element(text: str) -> Optional[str]:
    # Skip the XML declaration, comments, processing instructions and the DOCTYPE.
    text = re.sub(r"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>", "", text, flags=re.S)
    match = _ROOT.search(text)
    return match.group(1) if match else None

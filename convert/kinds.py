"""Telling a file's kind from its first bytes: the one place that looks, for reading and for validating."""

from __future__ import annotations

import re
from typing import Optional

NEWSML_NS = b"http://iptc.org/std/nar/2006-10-01/"
_ROOT = re.compile(rb"<(?![?!])([\w:.-]+)")


HEAD_BYTES = 8192  # how much of a file the guess looks at


def sniff(data: bytes) -> Optional[str]:
    """``"epub"``, ``"json"``, ``"markdown"`` (newsconv's), ``"newsml"``, ``"jats"``, ``"xml"`` (other XML), or
    None for anything else (a text capture, say)."""
    head = data[:HEAD_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"PK\x03\x04") and b"mimetypeapplication/epub+zip" in data[:100]:
        return "epub"
    if head.startswith(b"{"):
        return "json"
    if head.startswith(b"---") and b"newsconv" in head:
        return "markdown"
    if head.startswith(b"<"):
        root = _root_element(head)
        if root is None:
            return "xml"
        if NEWSML_NS in head or root.split(b":")[-1] in (b"newsItem", b"newsMessage", b"packageItem"):
            return "newsml"
        if root == b"article" or b"JATS" in head[:1024]:
            return "jats"
        return "xml"
    return None


def _root_element(head: bytes) -> Optional[bytes]:
    # Skip the XML declaration, comments, processing instructions and the DOCTYPE.
    text = re.sub(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>", b"", head, flags=re.S)
    match = _ROOT.search(text)
    return match.group(1) if match else None

"""The page's text: its bytes decoded by what the page declares, else by what they are."""

from __future__ import annotations

import codecs
import re

from ..capture.text import decode

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_SCAN = 4096  # HTML asks for the declaration within the first 1,024 bytes; pages are not always so careful


def decode_page(data: bytes) -> tuple[str, str]:
    """The page as text and the encoding it was read in: a byte order mark's, the ``<meta charset>``'s,
    or what the bytes decode as (UTF-8, else the capture reader's guess)."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace").lstrip("\ufeff"), encoding
    declared = _META_CHARSET.search(data[:_SCAN])
    if declared is not None:
        encoding = _known(declared.group(1).decode("ascii", "replace"))
        if encoding is not None:
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                pass  # the declaration is wrong, as it often is: judge by the bytes
    decoded = decode(data)
    return decoded.text, decoded.encoding


def _known(label: str) -> str | None:
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # WHATWG: a page labelled Latin-1 is read as windows-1252, as every browser does.
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name

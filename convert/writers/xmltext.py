"""Text that is safe to put in XML, shared by the XML writers.

lxml escapes ``&``, ``<`` and quotes itself; what it cannot do is carry characters
that XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF). Those are
dropped here, with a :class:`~convert.errors.NewsconvWarning` saying what and where.
"""

from __future__ import annotations

import re
import warnings
from typing import Optional

from ..errors import NewsconvWarning

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# ``has_illegal(text)`` is a match (truthy) when ``text`` holds an XML-illegal character. It
# is almost never one, so a writer that cleans dozens of texts per document tests with it
# first and calls :func:`xml_text` (and builds the text of its warning) only on a hit.
has_illegal = _ILLEGAL.search


def xml_text(text: str, where: str = "text") -> str:
    """``text`` without XML-illegal characters; warns once per call if any were dropped."""
    if not has_illegal(text):
        return text
    dropped = sorted({f"U+{ord(c):04X}" for c in _ILLEGAL.findall(text)})
    warnings.warn(NewsconvWarning(f"{where}: dropped XML-illegal character(s) {', '.join(dropped)}"), stacklevel=2)
    return _ILLEGAL.sub("", text)


def optional_xml_text(text: Optional[str], where: str = "text") -> Optional[str]:
    return None if text is None else xml_text(text, where)

"""Text that is safe to put in XML, shared by the XML writers.

XML 1.0 cannot carry some characters at all (most C0 controls, lone surrogates,
U+FFFE/U+FFFF). :func:`xml_text` drops those, with a
:class:`~convert.errors.NewsconvWarning` saying what and where. What is left is
escaped as character data by :func:`escape_text` or as an attribute value by
:func:`escape_attribute`.

The XML writers write their markup as text rather than through an element tree:
building a tree costs several times more than the file it serialises to. The
escaping here is exactly what lxml (libxml2) writes for the same text, so the
output is the same, byte for byte, as the serialisation of the equivalent tree
(the writers' tests check both).
"""

from __future__ import annotations

import io
import re
import warnings
from typing import IO, BinaryIO, Optional

from ..errors import NewsconvWarning

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")



def has_illegal(text: str) -> bool:
    """Whether ``text`` holds an XML-illegal character; almost never, so a writer tests with this
    first and calls :func:`xml_text` (and builds the text of its warning) only on a hit."""
    # Every XML-illegal character is unprintable, and str.isprintable runs at C speed where the
    # search costs microseconds per text: most texts are printable and need nothing more.
    return not text.isprintable() and _ILLEGAL.search(text) is not None


def xml_text(text: str, where: str = "text") -> str:
    """``text`` without XML-illegal characters; warns once per call if any were dropped."""
    if not has_illegal(text):
        return text
    dropped = sorted({f"U+{ord(c):04X}" for c in _ILLEGAL.findall(text)})
    warnings.warn(NewsconvWarning(f"{where}: dropped XML-illegal character(s) {', '.join(dropped)}"), stacklevel=2)
    return _ILLEGAL.sub("", text)


def optional_xml_text(text: Optional[str], where: str = "text") -> Optional[str]:
    return None if text is None else xml_text(text, where)


def clean(text: Optional[str], where: str, *where_args: object) -> Optional[str]:
    """``text`` fit for XML (illegal characters dropped, with a warning); None when it is missing or
    nothing visible is left of it.

    ``where`` names the text in a warning; with ``where_args`` it is a format string, filled in
    only when there is something to warn about.
    """
    if text is None:
        return None
    if has_illegal(text):
        text = xml_text(text, where.format(*where_args) if where_args else where)
    return text if text.strip() else None


# Each test below is a fast scan and most texts need none of the replacements.
def escape_text(text: str) -> str:
    """XML-legal ``text`` as character data: ``&``, ``<`` and ``>`` escaped, and CR as ``&#13;``
    (a parser would otherwise read a CR or CR LF as a plain LF)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text


def escape_attribute(value: str) -> str:
    """XML-legal ``value`` as a double-quoted attribute value: as :func:`escape_text`, plus ``"``, and
    tab and LF as character references (a parser would otherwise read them as spaces)."""
    value = escape_text(value)
    if '"' in value:
        value = value.replace('"', "&quot;")
    if "\n" in value:
        value = value.replace("\n", "&#10;")
    if "\t" in value:
        value = value.replace("\t", "&#9;")
    return value


# --- markup, laid out as lxml pretty-prints a tree ---------------------------------------------------------
# A writer appends the file's text to a list of strings and joins it once. The layout is lxml's: one element
# per line, two more spaces of indent per level, an element holding only text on one line, an element with
# no content as ``<name/>``, and an element that mixes text and elements on one line with nothing added inside.

Lines = list[str]
STEP = "  "  # the indent of one level


def text_element(indent: str, name: str, text: str, attributes: str = "") -> str:
    """``<name attributes>text</name>`` on a line of its own; ``attributes`` is markup (``' a="v"'``)."""
    return f"{indent}<{name}{attributes}>{escape_text(text)}</{name}>\n"


def close_or_drop(lines: Lines, start: int, indent: str, name: str) -> None:
    """End the optional wrapper whose start tag is ``lines[start]``, or take that start tag back when
    nothing was written after it (a missing fact is a missing element, and so is an empty wrapper)."""
    if len(lines) == start + 1:
        del lines[start]
    else:
        lines.append(f"{indent}</{name}>\n")


_BATCH = 512  # lines encoded at a time by encoded()
# A bundle's items wait in memory up to this size, then in a temporary file.
SPOOL_IN_MEMORY = 16 * 1024 * 1024
_COPY_CHUNK = 1024 * 1024


def encoded(lines: Lines) -> bytes:
    """The UTF-8 bytes of the lines, encoded a batch at a time: the text is never one string as well
    as the lines (which would double it, or more, as a string may take up to four bytes a character)."""
    if len(lines) <= _BATCH:
        return "".join(lines).encode("utf-8")
    out = io.BytesIO()
    for start in range(0, len(lines), _BATCH):
        out.write("".join(lines[start:start + _BATCH]).encode("utf-8"))
    return out.getvalue()


def spool() -> IO[bytes]:
    """Where a bundle's items wait while the header that comes before them cannot be written yet
    (it depends on the last document): in memory while small, then in a temporary file."""
    import tempfile  # only bundles need it: a single file does not pay for importing it

    return tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)


def write_head_and_spool(stream: BinaryIO, head: bytes, spooled: IO[bytes]) -> None:
    spooled.seek(0)
    stream.write(head)
    import shutil

    shutil.copyfileobj(spooled, stream, _COPY_CHUNK)

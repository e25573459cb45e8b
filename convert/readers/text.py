"""From raw bytes to numbered, normalised lines: encoding detection and odd-space clean-up."""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass, field
from typing import Optional

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_NEWLINE = re.compile(r"\r\n|\r|\n")
# No-break, figure, thin, hair, ideographic... spaces all read as a plain space.
_ODD_SPACE = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Invisible characters that carry nothing in running text (ZWJ is kept: emoji need it).
_INVISIBLE = re.compile("[\u200b\u200c\u2060\ufeff\u00ad]")
# C0/C1 controls other than tab: not text, and illegal in XML outputs.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(" {2,}")


@dataclass(frozen=True)
class Line:
    """One physical line of the capture: its 1-based number, raw text and normalised text."""

    number: int
    raw: str
    text: str
    end: int = 0  # last line, when several physical lines were joined into one unit

    @property
    def last(self) -> int:
        return self.end or self.number


@dataclass
class Decoded:
    text: str
    encoding: str
    notes: list[tuple[str, str, Optional[int]]] = field(default_factory=list)  # (code, message, line)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode(data: bytes) -> Decoded:
    """Decode a capture, recording the encoding found and any bytes that had to be replaced."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_as(data[len(bom):], encoding)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    utf16 = _sniff_utf16(data)
    if utf16:
        return _decode_as(data, utf16)
    if _mostly_utf8(data):
        return _decode_as(data, "utf-8")
    return _decode_as(data, _guess_legacy(data))


def _decode_as(data: bytes, encoding: str) -> Decoded:
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        lines = sorted({text.count("\n", 0, m.start()) + 1 for m in re.finditer("\ufffd", text)})
        shown = ", ".join(map(str, lines[:10])) + (" ..." if len(lines) > 10 else "")
        notes = [("undecodable-bytes", f"bytes that are not valid {encoding} were replaced by U+FFFD on line(s) {shown}",
                  lines[0] if lines else None)]
        return Decoded(text, encoding, notes)


def _sniff_utf16(data: bytes) -> Optional[str]:
    """UTF-16 without a BOM: ASCII-heavy text has a zero byte in every other position."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few damaged bytes: far more valid multi-byte sequences than stray high bytes."""
    high = sum(1 for b in data if b >= 0x80)
    valid = sum(len(m.group()) for m in _UTF8_SEQUENCE.finditer(data))
    return high > 0 and valid >= 0.8 * high


# Code pages for other scripts, which a detector can tell apart from Western text with some confidence.
_OTHER_SCRIPTS = {"cp1251", "koi8_r", "koi8_u", "iso8859_5", "mac_cyrillic", "cp1253", "iso8859_7", "cp1255",
                  "iso8859_8", "cp1256", "iso8859_6", "shift_jis", "cp932", "euc_jp", "gb2312", "gbk", "gb18030",
                  "big5", "euc_kr", "cp949", "tis_620", "cp874"}


def _guess_legacy(data: bytes) -> str:
    """A single-byte code page: cp1252 (what Western pages use), unless the text is in another script."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:65536]).best()
    except Exception:  # detection is a nicety; never fail a read over it
        best = None
    if best is not None and best.encoding in _OTHER_SCRIPTS and best.coherence >= 0.2:
        return best.encoding
    # Latin-1 and cp1252 agree except in 0x80-0x9F, where cp1252 has the curly quotes captures use.
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1"
    return "cp1252"


def normalise(text: str) -> str:
    """Plain spaces, no invisible or control characters, no runs of spaces, no outer spaces."""
    text = _ODD_SPACE.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    return _SPACES.sub(" ", text).strip()


def split_lines(text: str) -> list[Line]:
    raw_lines = _NEWLINE.split(text)
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    return [Line(i, raw, normalise(raw)) for i, raw in enumerate(raw_lines, 1)]


def control_characters(lines: list[Line]) -> list[tuple[str, str, Optional[int]]]:
    """Notes for lines that lost control characters in normalisation."""
    notes = []
    for line in lines:
        if _CONTROL.search(_ODD_SPACE.sub(" ", line.raw)):
            notes.append(("control-characters", "control characters removed from the text", line.number))
    return notes

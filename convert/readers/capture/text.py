"""From raw bytes to numbered, normalised lines: encoding detection, mojibake repair and odd-space clean-up.

Every step is linear in the size of the input. What decoding had to change is reported in ``Decoded.notes``
as ``(code, message, line)``, the document's warnings; the encodings and warnings: docs/formats/capture.md.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from itertools import count
from typing import Callable, Iterator, Optional

from ._lazy_patterns import lazy_compile

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_NEWLINE = lazy_compile(r"\r\n|\r|\n")
# No-break, figure, thin, hair, ideographic... spaces all read as a plain space.
_ODD_SPACE = lazy_compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Invisible characters that carry nothing in running text (ZWJ is kept: emoji need it).
_INVISIBLE = lazy_compile("[\u200b\u200c\u2060\ufeff\u00ad]")
# C0/C1 controls other than tab: not text, and illegal in XML outputs.
_CONTROL = lazy_compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = lazy_compile("  +")  # (two spaces first: a literal start is found far faster than " {2,}")
# Any character normalise() would replace or drop, as one character class: the regex engine scans for a
# single class far faster than for alternatives, and most captures hold none of these at all.
_ODD_CHARACTER = lazy_compile("[" + _ODD_SPACE.pattern[1:-1] + _INVISIBLE.pattern[1:-1] + _CONTROL.pattern[1:-1] + "]")
# Printable ASCII and the line feed: most of a capture, and never an odd or control character.
_PLAIN_BYTES = bytes(range(0x20, 0x7F)) + b"\n"


@dataclass(slots=True)
class Line:
    """One physical line of the capture: its 1-based number, raw text and normalised text.

    Treated as immutable; not a frozen dataclass only because a capture makes one per line and a
    frozen one costs three times as much to build.
    """

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
    """Decode a capture, recording the encoding found, any bytes that had to be replaced and any mojibake repaired."""
    decoded = _decode(data)
    if decoded.encoding == "utf-8" and not decoded.notes and _CANDIDATE_UTF8.search(data) is None:
        return decoded  # well-formed UTF-8 (the bytes are the text's own) without a trace of mojibake
    text, notes = repair_mojibake(decoded.text)
    return Decoded(text, decoded.encoding, decoded.notes + notes)


def _decode(data: bytes) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            # The mark is already cut off: a second U+FEFF after it is text ("utf-8-sig" would drop it).
            decoded = _decode_as(data[len(bom):], "utf-8" if encoding == "utf-8-sig" else encoding)
            return Decoded(decoded.text, encoding, decoded.notes)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    utf16 = _sniff_utf16(data)
    if utf16:
        return _decode_as(data, utf16)
    if _mostly_utf8(data):
        return _decode_as(data, "utf-8")
    return _east_asian(data) or _decode_as(data, _guess_legacy(data))


def _decode_as(data: bytes, encoding: str) -> Decoded:
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        line_of = line_numbers(text)
        lines = sorted({line_of(m.start()) for m in re.finditer("\ufffd", text)})
        notes = [("undecodable-bytes", f"bytes that are not valid {encoding} were replaced by U+FFFD on "
                  f"line(s) {_shown(lines)}", lines[0] if lines else None)]
        return Decoded(text, encoding, notes)


def line_numbers(text: str) -> Callable[[int], int]:
    """A function from an offset in ``text`` to its 1-based line, counting breaks as :func:`split_lines` does."""
    starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    return lambda offset: bisect_right(starts, offset)


def _shown(lines: list[int]) -> str:
    return ", ".join(map(str, lines[:10])) + (" ..." if len(lines) > 10 else "")


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


_HIGH_BYTES = bytes(range(0x80, 0x100))


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few damaged bytes: far more valid multi-byte sequences than stray high bytes."""
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    valid = len(data) - len(_UTF8_SEQUENCE.sub(b"", data))
    return high > 0 and valid >= 0.8 * high


# Code pages for other scripts, which a detector can tell apart from Western text with some confidence.
_OTHER_SCRIPTS = {"cp1251", "koi8_r", "koi8_u", "iso8859_5", "mac_cyrillic", "cp1253", "iso8859_7", "cp1255",
                  "iso8859_8", "cp1256", "iso8859_6", "shift_jis", "cp932", "euc_jp", "gb2312", "gbk", "gb18030",
                  "big5", "euc_kr", "cp949", "tis_620", "cp874"}


_DETECTION_SAMPLE = 65536  # bytes the detector reads
# Of the letters, the share a script other than Latin needs in high bytes: each of its letters is one, while
# Western text has a few accented letters and curly quotes among ASCII letters (French, the most, some 5 %).
_OTHER_SCRIPT_SHARE = 0.2
_ASCII_LETTERS = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))


def _guess_legacy(data: bytes) -> str:
    """A single-byte code page: cp1252 (what Western pages use), unless the text is in another script."""
    sample = data[:_DETECTION_SAMPLE]
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    ascii_letters = len(sample) - len(sample.translate(None, _ASCII_LETTERS))
    best = None
    if high >= _OTHER_SCRIPT_SHARE * (high + ascii_letters):  # (the detector costs milliseconds: ask it only then)
        try:
            from charset_normalizer import from_bytes

            best = from_bytes(sample).best()
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


# --------------------------------------------------------------------------- East Asian code pages
#
# Shift_JIS, EUC-JP, EUC-KR, GBK/GB18030 and Big5 captures are common, and a detector that weighs
# language statistics is unsure of them on a page of news. Their byte patterns are strict, though:
# Western or Cyrillic text seldom decodes as one of them from end to end, and when it does, the
# characters it gives are not the ones that script's text is made of. So each is tried strictly, in
# order, and kept only when the whole input decodes and the text reads like that script:
#
# * no C1 controls, private-use characters or U+FFFD, and at most a tenth of the non-ASCII characters
#   outside the script's letters and the punctuation and symbols East Asian text shares;
# * Japanese: kana are at least a fifth of the letters (kanji alone are Chinese, or Korean or
#   Western bytes read as kanji);
# * Korean: four fifths of the letters are hangul of KS X 1001's common 2,350 (cp949 reads any
#   high byte before an ASCII letter as one of its rarer syllables);
# * Chinese: nine in ten Han characters are common ones (GB2312's or Big5's first level), which the
#   bytes of another encoding seldom hit;
# * Chinese and Japanese put no spaces between words, and are punctuated with full-width marks:
#   Cyrillic or Greek words read as Han have spaces and ASCII punctuation between them.

_KANA = lazy_compile("[\u3041-\u30ff]")
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Latin-1 signs, general punctuation to dingbats, CJK punctuation and symbols, full- and half-width forms.
_SHARED_SIGNS = lazy_compile("[\u00a1-\u00bf\u00d7\u00f7\u2010-\u27bf\u3000-\u303f\u3200-\u33ff\uff01-\uffef]")
_NOT_TEXT = lazy_compile("[\u0080-\u009f\ue000-\uf8ff\ufffd]")
_TRIAL_SAMPLE = 65536  # bytes judged; the whole input must still decode
_MIN_LETTERS = 8  # fewer is too little evidence to leave the Western default for
_MAX_FOREIGN = 0.1  # non-ASCII characters that are neither the script's letters nor shared signs
_MAX_SPACED = 0.05  # Chinese or Japanese letters followed by a space and another letter
_FULL_WIDTH_STOPS = lazy_compile("[\u3001\u3002\u300c-\u300f\uff01\uff0c\uff0e\uff1a\uff1b\uff1f]")
_LETTERS_PER_STOP = 100  # at most, in Chinese or Japanese text


@dataclass(frozen=True)
class _Script:
    """What text in one script is made of, to judge a trial decoding by."""

    letters: str  # the letters, as the inside of a character class
    telling: Callable[[str], bool]  # a letter that real text of the script has many of
    share: float  # the least share of the letters that must be telling ones
    ideographic: bool  # written without spaces between words, with full-width punctuation

    # Compiled when a trial decoding first needs them: classes this large take some 20 ms to compile,
    # which every run would otherwise pay, though few captures are in an East Asian code page.
    @cached_property
    def letter(self) -> re.Pattern[str]:
        return re.compile(f"[{self.letters}]")

    @cached_property
    def space_between(self) -> re.Pattern[str]:
        """A letter, spaces, and another letter."""
        return re.compile(f"[{self.letters}] +(?=[{self.letters}])")


def _script(letters: str, telling: Callable[[str], bool], share: float, *, ideographic: bool) -> _Script:
    """A script whose letters are the character class ``letters`` (without its brackets)."""
    return _Script(letters, telling, share, ideographic)


def _in_range(encoding: str, first: bytes, last: bytes) -> Callable[[str], bool]:
    """Whether a character is in a two-byte range of ``encoding`` (where its common characters are)."""
    def within(char: str) -> bool:
        try:
            code = char.encode(encoding)
        except UnicodeEncodeError:
            return False
        return len(code) == 2 and first <= code <= last
    return within


_JAPANESE = _script(f"\u3041-\u30ff{_HAN}", lambda c: _KANA.match(c) is not None, 0.2, ideographic=True)
_KOREAN = _script(f"\uac00-\ud7a3{_HAN}", _in_range("euc_kr", b"\xb0\xa1", b"\xc8\xfe"), 0.8, ideographic=False)
_SIMPLIFIED = _script(_HAN, _in_range("gb2312", b"\xb0\xa1", b"\xd7\xf9"), 0.9, ideographic=True)
_TRADITIONAL = _script(_HAN, _in_range("big5", b"\xa4\x40", b"\xc6\x7e"), 0.9, ideographic=True)
# The standard first, then the Windows code page that extends it. Japanese and Korean come first: their
# tests ask for kana or hangul, which Chinese bytes do not give, while their bytes read as Han might
# pass the Chinese test.
_EAST_ASIAN = (("shift_jis", _JAPANESE), ("cp932", _JAPANESE), ("euc_jp", _JAPANESE),
               ("euc_kr", _KOREAN), ("cp949", _KOREAN),
               ("gbk", _SIMPLIFIED), ("gb18030", _SIMPLIFIED),
               ("big5", _TRADITIONAL), ("cp950", _TRADITIONAL))


def _east_asian(data: bytes) -> Optional[Decoded]:
    """``data`` decoded in the first East Asian code page it reads as (see above), or None."""
    sample = _trial_sample(data)
    for encoding, script in _EAST_ASIAN:
        try:
            if not _reads_as(sample.decode(encoding), script):
                continue
            return Decoded(data.decode(encoding), encoding)
        except UnicodeDecodeError:
            continue
    return None


def _trial_sample(data: bytes) -> bytes:
    """The start of ``data`` up to a line break: no character of these encodings holds byte 0x0A."""
    if len(data) <= _TRIAL_SAMPLE:
        return data
    end = data.rfind(b"\n", 0, _TRIAL_SAMPLE)
    return data if end < 0 else data[:end + 1]


def _reads_as(text: str, script: _Script) -> bool:
    """Whether strictly decoded ``text`` is plausibly text in ``script`` (see above)."""
    if _NOT_TEXT.search(text):
        return False
    letters = script.letter.findall(text)
    if len(letters) < _MIN_LETTERS:
        return False
    beyond_ascii = len(text) - len(text.encode("ascii", "ignore"))
    foreign = beyond_ascii - len(letters) - len(_SHARED_SIGNS.findall(text))
    if foreign > _MAX_FOREIGN * beyond_ascii:
        return False
    if script.ideographic and not _ideographic_layout(text, script, len(letters)):
        return False
    telling = sum(count for letter, count in Counter(letters).items() if script.telling(letter))
    return telling >= script.share * len(letters)


def _ideographic_layout(text: str, script: _Script, letters: int) -> bool:
    """Few spaces between letters, and full-width stops among them (see above)."""
    spaces = len(script.space_between.findall(text))
    stops = len(_FULL_WIDTH_STOPS.findall(text))
    return spaces <= _MAX_SPACED * letters and stops * _LETTERS_PER_STOP >= letters


# --------------------------------------------------------------------------- mojibake
#
# UTF-8 read as cp1252 (or Latin-1) turns each multi-byte character into two to four characters of
# the range U+0080-U+00FF (or cp1252's symbols for 0x80-0x9F): "’" (E2 80 99) becomes "â€™". Such a
# sequence is a lead character (Â-ß, à-ï or ð-ô) and continuation characters (bytes 0x80-0xBF), so
# it can be found with a regular expression of fixed-length alternatives (linear time) and mapped
# back to bytes. A sequence is only put back when the result is clearly better than what is there:
#
# * SURE: punctuation, symbols, spaces, emoji and Latin-1 letters ("â€™", "Ã©", "Â£") are put back;
# * AMBIGUOUS: an upper-case Ã/Ä/Å before a quote or dash ("IRMÃ”" may be Portuguese in quotes) only
#   when the text holds a sure sequence too, or the sequence is part of a longer run;
# * WORD: a letter of another script ("Ð¿" for "п", "æ—¥" for "日") only in a run of two or more
#   (a word), since a single one is as likely to be real text.

_TO_BYTE: dict[str, int] = {}
for _byte in range(0x80, 0x100):
    _TO_BYTE[chr(_byte)] = _byte  # as Latin-1 reads it (and cp1252 for 0xA0-0xFF)
    try:
        _TO_BYTE[bytes([_byte]).decode("cp1252")] = _byte  # cp1252's symbols for 0x80-0x9F
    except UnicodeDecodeError:
        pass  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: undefined in cp1252, kept as the C1 control by other tools
_CONTINUATION = "[" + "".join(sorted(re.escape(c) for c, b in _TO_BYTE.items() if b < 0xC0)) + "]"
_SEQUENCE = (f"(?:[\u00c2-\u00df]{_CONTINUATION}|[\u00e0-\u00ef]{_CONTINUATION}{{2}}"
             f"|[\u00f0-\u00f4]{_CONTINUATION}{{3}})")
_MOJIBAKE_RUN = lazy_compile(f"{_SEQUENCE}+")
_ONE_SEQUENCE = lazy_compile(_SEQUENCE)
# A lead then a continuation: starts with one character class, which the regex engine scans for far faster
# than for the alternatives above; runs are only matched where this finds a start.
_CANDIDATE = lazy_compile(f"[\u00c2-\u00f4]{_CONTINUATION}")
# The same in the text's UTF-8 bytes (where a lead character is C3 82 to C3 B4, and C3 only ever starts
# a character): a search for a literal byte is several times faster than one for a character class.
_CANDIDATE_UTF8 = re.compile(rb"\xc3[\x82-\xb4](?:" + b"|".join(
    re.escape(char.encode("utf-8")) for char, byte in sorted(_TO_BYTE.items()) if byte < 0xC0) + rb")")
_QUOTES = frozenset("‘’“”«»‹›…–—\u0091\u0092\u0093\u0094\u0085\u0096\u0097")
SURE, AMBIGUOUS, WORD = "sure", "ambiguous", "word"
# What is left when a byte of the original was lost on the way (0x9D, undefined in cp1252, often is).
_MOJIBAKE_TRACE = lazy_compile("â€|Ã[\u0080-\u00bf\u0152-\u2122]|Â[\u00a0-\u00bf]")
_MAX_PASSES = 3  # text encoded wrongly twice ("Ã¢â‚¬â„¢") needs two passes


def _kind(sequence: str, char: str) -> Optional[str]:
    """How sure it is that ``sequence`` is mojibake for ``char`` (see above); None: leave it."""
    code = ord(char)
    category = unicodedata.category(char)
    if category in ("Cc", "Co", "Cn", "Cs"):
        return None
    if len(sequence) == 2:
        if 0xA0 <= code <= 0x17F:
            return AMBIGUOUS if sequence[0] in "ÃÄÅ" and sequence[1] in _QUOTES else SURE
        return WORD if 0x370 <= code <= 0x6FF else None  # Greek, Cyrillic, Armenian, Hebrew, Arabic
    if category[0] in "PSZ" or category == "Cf" or len(sequence) == 4:
        return SURE  # punctuation, symbols, spaces, the byte order mark, emoji
    return WORD


def _sequences(run: str) -> list[tuple[str, str, Optional[str]]]:
    """Each sequence of a run with the character it stands for and how sure that is."""
    out: list[tuple[str, str, Optional[str]]] = []
    for match in _ONE_SEQUENCE.finditer(run):
        raw = match.group()
        try:
            char = bytes(_TO_BYTE[c] for c in raw).decode("utf-8")
        except UnicodeDecodeError:  # an overlong form or a surrogate: not something UTF-8 gives
            out.append((raw, raw, None))
            continue
        out.append((raw, char, _kind(raw, char)))
    return out


def _runs(text: str) -> Iterator[re.Match[str]]:
    """The runs of mojibake sequences in ``text``, left to right."""
    position = 0
    while (candidate := _CANDIDATE.search(text, position)) is not None:
        run = _MOJIBAKE_RUN.match(text, candidate.start())
        if run is None:
            position = candidate.start() + 1
        else:
            yield run
            position = run.end()


def _repair_pass(text: str) -> tuple[str, list[int], str]:
    """One pass over ``text``: the repaired text, the offsets (in ``text``) of repairs, and an example."""
    runs = [(match, _sequences(match.group())) for match in _runs(text)]
    evidence = any(kind == SURE for _, sequences in runs for _, _, kind in sequences)
    pieces: list[str] = []
    offsets: list[int] = []
    example = ""
    last = 0
    for match, sequences in runs:
        in_word = sum(kind is not None for _, _, kind in sequences) >= 2
        fixed = "".join(char if kind == SURE or (kind == AMBIGUOUS and (evidence or in_word))
                        or (kind == WORD and in_word) else raw for raw, char, kind in sequences)
        if fixed == match.group():
            continue
        example = example or f"{match.group()!r} to {fixed!r}"
        pieces += [text[last:match.start()], fixed]
        offsets.append(match.start())
        last = match.end()
    if not offsets:
        return text, [], ""
    return "".join(pieces) + text[last:], offsets, example


def repair_mojibake(text: str) -> tuple[str, list[tuple[str, str, Optional[int]]]]:
    """``text`` with UTF-8-read-as-cp1252 sequences put back, and notes saying where (see the module docstring)."""
    if text.isascii() or _CANDIDATE_UTF8.search(text.encode("utf-8", "surrogatepass")) is None:
        return text, []  # the common case costs one fast scan
    repaired_lines: set[int] = set()
    example = ""
    for _ in range(_MAX_PASSES):
        fixed, offsets, found = _repair_pass(text)
        if not offsets:
            break
        line_of = line_numbers(text)  # a repair never adds or removes a line break: lines stay put
        repaired_lines.update(line_of(offset) for offset in offsets)
        example = example or found
        text = fixed
    notes: list[tuple[str, str, Optional[int]]] = []
    if repaired_lines:
        lines = sorted(repaired_lines)
        notes.append(("mojibake-repaired", f"text that had been decoded as cp1252 instead of UTF-8 was repaired "
                      f"(e.g. {example}) on line(s) {_shown(lines)}", lines[0]))
    traces = [m.start() for m in _MOJIBAKE_TRACE.finditer(text)]
    if traces:
        line_of = line_numbers(text)
        lines = sorted({line_of(offset) for offset in traces})
        notes.append(("mojibake-suspected", "characters that look like UTF-8 decoded as cp1252 could not be "
                      f"repaired on line(s) {_shown(lines)}", lines[0]))
    return text, notes


def normalise(text: str) -> str:
    """Plain spaces, no invisible or control characters, no runs of spaces, no outer spaces."""
    if _ODD_CHARACTER.search(text) is None:
        return _SPACES.sub(" ", text).strip() if "  " in text else text.strip()
    text = _ODD_SPACE.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    return _SPACES.sub(" ", text).strip()


def split_lines(text: str) -> list[Line]:
    # The same breaks as _NEWLINE (CR LF, CR or LF), found by str methods rather than a regex.
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    raw_lines = text.split("\n")
    if raw_lines[-1] == "":
        raw_lines.pop()
    if _ODD_CHARACTER.search(_beyond_plain_ascii(text)):
        texts = [normalise(raw) for raw in raw_lines]
    else:  # the common case, where normalise() would only tidy spaces
        texts = [raw.strip() if "  " not in raw else _SPACES.sub(" ", raw).strip() for raw in raw_lines]
    return [Line(number, raw, text) for number, raw, text in zip(count(1), raw_lines, texts)]


def _beyond_plain_ascii(text: str) -> str:
    """The characters of ``text`` other than printable ASCII and the line feed, in order.

    Dropping those from the UTF-8 bytes (where an ASCII byte is only ever an ASCII character) is
    several times faster than a regular expression stepping through the text, and leaves little to search.
    """
    return text.encode("utf-8", "surrogatepass").translate(None, _PLAIN_BYTES).decode("utf-8", "surrogatepass")


def control_characters(lines: list[Line]) -> list[tuple[str, str, Optional[int]]]:
    """Notes for lines that lost control characters in normalisation."""
    notes = []
    for line in lines:
        # A line normalisation handed back unchanged (the very same string) had none to lose.
        if line.raw is not line.text and _CONTROL.search(line.raw):
            notes.append(("control-characters", "control characters removed from the text", line.number))
    return notes

"""Text to CommonMark inline source that any CommonMark parser reads back as exactly that text.

The rules, and what cannot be carried: docs/formats/markdown.md.
"""

from __future__ import annotations

import re
import warnings

from ...errors import NewsconvWarning

# The words that set a figure's credit and picture description apart, shared by the writer and the reader.
CREDIT = "—"
ALT = "Picture:"

MARKUP_ANYWHERE = frozenset("\\`*_[]<&|~{^@")
MARKUP_AT_START = frozenset("#>+-=:")
ALWAYS_REFERENCED = frozenset("\t\n\r\x0c\u2028\u2029")
# Every character ``str.isspace`` accepts, plus U+FEFF (JavaScript's trim removes it).
EDGE_SPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
              "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff")
# Whitespace-like controls for which markdown-it accepts no character reference.
UNREFERENCEABLE = frozenset("\x0b\x1c\x1d\x1e\x1f\x85")

_NOT_UTF8 = re.compile("[\x00\ud800-\udfff]")
_LIST_NUMBER = re.compile(r"[0-9]+(?=[.)])")

# Most text needs nothing at all: no markup character, nothing referenced or uncarriable inside,
# and nothing special at either end. One search and two set lookups find out; see is_plain.
_NEEDS_CARE = re.compile("[" + re.escape("".join(sorted(MARKUP_ANYWHERE | ALWAYS_REFERENCED)))
                         + "\x00\ud800-\udfff]")
_SPECIAL_FIRST = frozenset(EDGE_SPACE) | MARKUP_AT_START | frozenset("0123456789")
_SPECIAL_LAST = frozenset(EDGE_SPACE) | frozenset("#")


def is_plain(text: str) -> bool:
    """Whether :func:`carriable` and :func:`escape_text` both give ``text`` back unchanged (and never warn)."""
    return (bool(text) and text[0] not in _SPECIAL_FIRST and text[-1] not in _SPECIAL_LAST
            and _NEEDS_CARE.search(text) is None)


def carriable(text: str, where: str = "text") -> str:
    """``text`` changed only where Markdown cannot carry it (see the module docstring); warns when it changes."""
    if is_plain(text):
        return text
    changed = _NOT_UTF8.sub("\ufffd", text)
    if changed != text:
        warnings.warn(NewsconvWarning(f"{where}: replaced U+0000 or a lone surrogate with U+FFFD"), stacklevel=2)
    trimmed = changed
    while trimmed and (trimmed[0] in UNREFERENCEABLE or trimmed[-1] in UNREFERENCEABLE):
        trimmed = trimmed[1:] if trimmed[0] in UNREFERENCEABLE else trimmed[:-1]
    if trimmed != changed:
        dropped = sorted({f"U+{ord(c):04X}" for c in changed if c in UNREFERENCEABLE and c not in trimmed})
        warnings.warn(NewsconvWarning(f"{where}: dropped a control character Markdown cannot keep at the "
                                      f"start or end of a text ({', '.join(dropped) or 'U+000B'})"), stacklevel=2)
    return trimmed


def reference(char: str) -> str:
    return f"&#{ord(char)};"


def escape_text(text: str) -> str:
    """CommonMark inline source, on one line, that parses back to ``text`` (pass it through :func:`carriable` first)."""
    if is_plain(text):
        return text
    if not text:
        return ""
    head = len(text) - len(text.lstrip(EDGE_SPACE))
    tail = len(text.rstrip(EDGE_SPACE))
    if head >= tail:  # nothing but edge whitespace
        return _edge(text)
    # Inside the edges only a few places need more than the character-class rules; the rest is
    # done by one regular-expression pass and one translation instead of a loop over characters.
    escaped_at = []
    if head == 0:
        if text[0] in MARKUP_AT_START:
            escaped_at.append(0)
        number = _LIST_NUMBER.match(text)
        if number:
            escaped_at.append(number.end())
    if tail == len(text) and text[-1] == "#":
        escaped_at.append(len(text) - 1)
    out = [_edge(text[:head])] if head else []
    start = head
    for at in sorted(set(escaped_at)):  # none of these characters is markup anywhere or referenced
        out.append(_middle(text[start:at]))
        out.append("\\" + text[at])
        start = at + 1
    out.append(_middle(text[start:tail]))
    if tail < len(text):
        out.append(_edge(text[tail:]))
    return "".join(out)


_MARKUP = re.compile("[" + re.escape("".join(sorted(MARKUP_ANYWHERE))) + "]")
_REFERENCED = re.compile("[" + "".join(sorted(ALWAYS_REFERENCED)) + "]")


def _middle(text: str) -> str:
    # Backslashes first, so that the "&" of the references made next is not escaped.
    return _REFERENCED.sub(lambda match: reference(match.group()), _MARKUP.sub(r"\\\g<0>", text))


def _edge(text: str) -> str:
    return "".join(char if char in UNREFERENCEABLE else reference(char) for char in text)

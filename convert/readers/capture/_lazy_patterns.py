"""Regular expressions compiled the first time they are used.

The capture reader holds some two hundred patterns, most of them for shapes of lines that a given page
never prints, and compiling them all takes longer than reading a capture. A module keeps a
``LazyPattern`` where it would keep a compiled pattern: the first call compiles it, and from then on
its methods are the compiled pattern's own, found as plain attributes (no extra step per call).
"""

from __future__ import annotations

import re
from typing import Any

_PASSED_ON = ("match", "search", "fullmatch", "sub", "subn", "findall", "finditer", "split", "scanner", "groups",
              "groupindex")


class LazyPattern:
    """A stand-in for ``re.compile(source, flags)`` that compiles on first use."""

    __slots__ = ("pattern", "_flags", *_PASSED_ON)

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = source  # (read without compiling: other patterns are built from it)
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Reached only while the pattern is not compiled yet (or for a name a pattern does not have).
        if name not in _PASSED_ON:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for passed in _PASSED_ON:
            setattr(self, passed, getattr(compiled, passed))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags})"


def lazy_compile(source: str, flags: int = 0) -> "re.Pattern[str]":
    """``re.compile(source, flags)``, compiled when first used."""
    return LazyPattern(source, flags)  # type: ignore[return-value]

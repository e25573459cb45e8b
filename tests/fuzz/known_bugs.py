"""Crashes found by fuzzing and not fixed yet, each with a reproducer in ``test_known_bugs.py``.

The property tests and ``bench/fuzz.py`` tell these apart from new crashes: a
known one is counted (and skipped by the tests) so that it does not hide a new
one, a new one fails. When an owner fixes a bug, its strict-xfail reproducer
starts passing, which fails the suite until the entry here is deleted.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class KnownBug:
    key: str
    signature: str  # what :func:`signature` gives for it
    summary: str


KNOWN_BUGS: tuple[KnownBug, ...] = (
    KnownBug("json-writer-surrogate", "UnicodeEncodeError at convert/writers/intermediate.py:write",
             "a document holding a lone surrogate (valid JSON, e.g. \"\\ud800\") crashes the json writer"),
    KnownBug("loads-deep-nesting", "RecursionError at convert/document.py:loads",
             "deeply nested JSON arrays or objects raise RecursionError from json.loads"),
    KnownBug("loads-huge-integer", "ValueError at convert/document.py:loads",
             "an integer of more than 4300 digits raises ValueError from json.loads"),
    KnownBug("schema-span-type", "TypeError at convert/schema.py:check",
             "the fast validator ignores prefixItems, so a span holding a list reaches the span check"),
    KnownBug("schema-span-unchecked", "PropertyViolation loaded-invalid $.removed.lines",
             "the fast validator ignores prefixItems: a span of non-integers or zeros passes convert.loads"),
    KnownBug("schema-block-span-unchecked", "PropertyViolation loaded-invalid $.articles.blocks.lines",
             "the fast validator ignores prefixItems: a span of non-integers or zeros passes convert.loads"),
    KnownBug("md-blank-site", "PropertyViolation md-round-trip $.capture.site",
             "a capture site of spaces only (the schema allows it) reads back from Markdown as null"),
)


def signature(error: BaseException) -> str:
    """``ExceptionName at convert/module.py:function`` where in newsconv an exception came from, or
    ``PropertyViolation rule`` for a property that does not hold."""
    rule = getattr(error, "rule", None)
    if rule is not None:
        return f"PropertyViolation {rule}"
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if "/convert/" in f.filename.replace("\\", "/")] or frames
    frame = ours[-1] if ours else None
    if frame is None:
        return type(error).__name__
    path = frame.filename.replace("\\", "/")
    path = "convert/" + path.rsplit("/convert/", 1)[1] if "/convert/" in path else path.rsplit("/", 1)[-1]
    return f"{type(error).__name__} at {path}:{frame.name}"


def known_bug(error: BaseException) -> Optional[KnownBug]:
    """The registered bug ``error`` is an instance of, if any."""
    found = signature(error)
    return next((bug for bug in KNOWN_BUGS if bug.signature == found), None)

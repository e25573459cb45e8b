"""Crashes found by fuzzing and not fixed yet, each with a reproducer in ``test_known_bugs.py``.

The property tests and ``bench/fuzz.py`` tell these apart from new crashes: a
known one is counted (and skipped by the tests) so that it does not hide a new
one, a new one fails. When an owner fixes a bug, its strict-xfail reproducer
starts passing, which fails the suite until the entry here is deleted.
"""

from __future__ import annotations

import re
import traceback
from dataclasses import dataclass
from typing import Any, Callable, Optional


@dataclass(frozen=True)
class KnownBug:
    key: str
    signature: str  # a regular expression for what :func:`signature` gives for it
    summary: str
    detail: str = ""  # a regular expression the error's message must contain, when the signature is not enough


KNOWN_BUGS: tuple[KnownBug, ...] = ()


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


def holds(check: Callable[..., Any], *args: Any) -> Any:
    """Run a check; a failure already registered here passes (its reproducer is in test_known_bugs.py),
    any other fails the test."""
    try:
        return check(*args)
    except Exception as error:
        if known_bug(error) is not None:
            return None
        raise


def known_bug(error: BaseException) -> Optional[KnownBug]:
    """The registered bug ``error`` is an instance of, if any."""
    found = signature(error)
    return next((bug for bug in KNOWN_BUGS if re.fullmatch(bug.signature, found)
                 and re.search(bug.detail, str(error))), None)

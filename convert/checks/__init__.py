"""Checking files newsconv reads or writes: intermediate JSON, NewsML-G2, JATS, EPUB, newsconv Markdown.

Each file's kind is told from its content, not its name. Every kind gets the
checks that need nothing outside this package (schema, well-formedness,
newsconv's structural rules); the official schemas are used when a folder of
them is given, and EPUBCheck when it and Java are installed. A check that could
not run is reported as *skipped*, with the reason.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

from ..errors import NewsconvError
from ..readers import DEFAULT_MAX_BYTES, read_limited
from .archive import ArchiveLimits

KINDS = ("json", "newsml", "jats", "epub", "markdown")
SCHEMAS_ENV = "NEWSCONV_SCHEMAS"


@dataclass(frozen=True)
class Finding:
    """One problem: where (the line; the JSON path in ``where``; the archive member it is in) and what."""

    check: str
    message: str
    line: Optional[int] = None
    where: Optional[str] = None
    member: Optional[str] = None


@dataclass
class FileResult:
    path: str
    kind: str
    checks: list[str] = field(default_factory=list)  # the checks that ran
    findings: list[Finding] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (check, reason)

    def failed(self, strict: bool = False) -> bool:
        return bool(self.findings) or (strict and bool(self.skipped))


@dataclass(frozen=True)
class Options:
    schemas: Optional[Path] = None  # a folder laid out like the official standards folder
    epubcheck: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES  # a larger file is not read (the converter's --max-bytes default)
    archive: ArchiveLimits = ArchiveLimits()  # how much of an EPUB's members is inflated


def expand(paths: Sequence[str], patterns: Iterable[str] = ("*.json", "*.xml", "*.epub", "*.md")) -> Iterator[str]:
    """Files named, found in directories (recursively) or matched by glob patterns."""
    for given in paths:
        if os.path.isdir(given):
            found = {p for pattern in patterns for p in Path(given).rglob(pattern) if p.is_file()}
            yield from sorted(str(p) for p in found)
        elif not os.path.exists(given) and glob.has_magic(given):
            yield from sorted(glob.glob(given, recursive=True))
        else:
            yield given


def schemas_folder(given: Optional[str]) -> Optional[Path]:
    folder = given or os.environ.get(SCHEMAS_ENV)
    return Path(folder) if folder else None


def check_file(path: str, options: Options) -> FileResult:
    from ..kinds import sniff
    from . import runners

    try:
        data = read_limited(path, options.max_bytes)
    except NewsconvError as err:
        return _unread(path, err.message)
    kind = sniff(data)
    result = FileResult(path, kind or "unknown")
    if kind is None:
        result.findings.append(Finding("kind", "not a file newsconv knows: expected intermediate JSON, NewsML-G2, "
                                               "JATS, EPUB or newsconv Markdown"))
        return result
    runners.RUNNERS[kind](data, result, options)
    return result


def _unread(path: str, message: str) -> FileResult:
    result = FileResult(path, "unknown")
    result.findings.append(Finding("read", message))
    return result


def check_paths(paths: Sequence[str], options: Options) -> list[FileResult]:
    return [check_file(path, options) for path in expand(paths)]

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
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Sequence

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
    epubcheck_pending: bool = False  # an EPUB waiting for the run's one EPUBCheck process

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
    """The folder of official schemas: ``--schemas``, else ``$NEWSCONV_SCHEMAS``, else the one
    ``newsconv schemas install`` filled (when it did); None when there is none."""
    folder = given or os.environ.get(SCHEMAS_ENV)
    if folder:
        return Path(folder)
    from ..official_schemas import installed

    return installed()


STDIN = "-"


def check_file(path: str, options: Options) -> FileResult:
    """Every check of one file, EPUBCheck included."""
    result = _check_one(path, options)
    _run_epubcheck([(result, path)])
    return result


def _check_one(path: str, options: Options, data: Optional[bytes] = None) -> FileResult:
    """The checks of one file that run in this process (EPUBCheck is left pending)."""
    from ..kinds import sniff
    from . import runners

    if data is None:
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


def _run_epubcheck(items: Sequence[tuple[FileResult, str]]) -> None:
    from .runners import epubcheck_many

    pending = [(result, path) for result, path in items if result.epubcheck_pending]
    for result, _ in pending:
        result.epubcheck_pending = False
    epubcheck_many(pending)


def _check_chunk(paths: Sequence[str], options: Options) -> list[FileResult]:
    return [_check_one(path, options) for path in paths]


def _died(path: str, reason: str, *pids: int) -> FileResult:
    return _unread(path, reason.replace("converting", "checking"))


def check_paths(paths: Sequence[str], options: Options, jobs: int = 1,
                on_result: Optional[Callable[[FileResult], None]] = None) -> list[FileResult]:
    """Every check of every file, in ``jobs`` processes; EPUBCheck once for all the EPUBs.

    ``-`` is standard input (read here, at most ``options.max_bytes``)."""
    files = list(expand(paths))
    results: list[FileResult] = []
    stdin_data: Optional[bytes] = None
    named = [path for path in files if path != STDIN]
    if len(named) < len(files):
        stdin_data = _read_stdin(options.max_bytes)
    checked = iter(_check_all(named, options, jobs))
    for path in files:
        if path == STDIN:
            result = _check_stdin(stdin_data, options)
        else:
            result = next(checked)
        results.append(result)
        if on_result:
            on_result(result)
    with tempfile.TemporaryDirectory(prefix="newsconv-stdin-") as folder:
        items = []
        for path, result in zip(files, results):
            if path == STDIN and result.epubcheck_pending:  # EPUBCheck reads a file
                path = os.path.join(folder, "stdin.epub")
                with open(path, "wb") as handle:
                    handle.write(stdin_data or b"")
            items.append((result, path))
        _run_epubcheck(items)
    return results


def _check_all(paths: Sequence[str], options: Options, jobs: int) -> Iterator[FileResult]:
    from .. import _pool
    from ..batch import _chunks, _worker_init

    jobs = max(1, min(jobs, len(paths)))
    if jobs == 1 or not _pool.available():
        return (_check_one(path, options) for path in paths)
    if options.schemas is not None and any(path.lower().endswith(".xml") for path in paths):
        from . import official

        official.newsml_schema(str(options.schemas))  # compiled once here, inherited by every helper
        official.jats_dtd(str(options.schemas))
    return _pool.in_order(_check_chunk, _chunks(paths, jobs), jobs, (options,), failed=_died, start=_worker_init)


def _read_stdin(most: int) -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        return b""
    return stream.read(most + 1)


def _check_stdin(data: Optional[bytes], options: Options) -> FileResult:
    data = data or b""
    if len(data) > options.max_bytes:
        return _unread("stdin", f"over the limit of {options.max_bytes:,} bytes")
    return _check_one("stdin", options, data)

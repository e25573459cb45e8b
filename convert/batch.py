"""Converting many inputs: running in parallel, in input order, never half-writing.

The command line is a thin layer over this module; a library user can call
:func:`convert_many` directly.
"""

from __future__ import annotations

import os
import signal
import sys
import unicodedata
import warnings
from collections import deque
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Optional, Sequence

from . import warc
from .errors import NewsconvError, NewsconvWarning, NothingToConvert, at
from .fileio import remove_stale_temporaries, remove_temporaries
from .inputs import DEFAULT_PATTERNS, STDIN, Plan, Task
from .model import Document
from .readers import DEFAULT_MAX_BYTES
from .stores import LOCAL, Local, Remote
from . import _pool, readers, writers


@dataclass(frozen=True)
class Choices:
    """How a batch reads and writes: the reader (None: guessed for each input), and the options of each
    reader and of each output format, by name."""

    reader: Optional[str] = None
    reader_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    writer_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)


PLAIN = Choices()


@dataclass
class Outcome:
    input: str
    status: str  # "converted", "failed" or "skipped"
    outputs: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: Optional[str] = None

    def as_dict(self) -> dict[str, object]:
        return {"input": self.input, "status": self.status, "outputs": self.outputs, "warnings": self.warnings,
                "error": self.error}


def plan(inputs: Sequence[str], out_dir: Optional[Path], patterns: Sequence[str] = DEFAULT_PATTERNS) -> tuple[list[Task], list[Outcome]]:
    """Tasks for every input, and failures for inputs that would write over another's output,
    as lists (a batch itself goes through a :class:`Plan` as it is found)."""
    found = Plan(inputs, out_dir, patterns)
    tasks = list(found)
    return tasks, clashes(found)


def clashes(found: Plan) -> list[Outcome]:
    """The inputs ``found`` refused because their output name was taken, as failures."""
    return [Outcome(source, "failed", error=message) for source, message in found.clashes]


def output_path(target: str, fmt: str) -> str:
    return target + writers.get(fmt).extension


def read_input(source: str, max_bytes: int = DEFAULT_MAX_BYTES, choices: Choices = PLAIN,
               store: "Local | Remote" = LOCAL) -> Document:
    """The document of one input (read from ``store``), checked against the schema."""
    if warc.MARK in source:
        return _read_archived_page(source, max_bytes, choices, store)
    name = "stdin" if source == STDIN else source
    data = sys.stdin.buffer.read(max_bytes + 1) if source == STDIN else store.read(source, max_bytes)
    if len(data) > max_bytes:
        raise NewsconvError(f"input is over the limit of {max_bytes:,} bytes", file=name)
    reader = readers.get(choices.reader) if choices.reader else readers.guess(data, name)
    return readers.read(data, name, format=reader.name, **choices.reader_options.get(reader.name, {}))


def _read_archived_page(source: str, max_bytes: int, choices: Choices, store: "Local | Remote") -> Document:
    """A page of a web archive, read as a saved HTML page at its address; captured the day the archive says."""
    page = warc.read_page(source, max_bytes, store.open)
    options = dict(choices.reader_options.get("html", {}))
    options.setdefault("url", page.uri)
    document = readers.read(page.data, None, format="html", **options)
    document["capture"]["captured"] = page.date
    document["capture"]["source"]["file"] = None  # a record, not a file: archive_record says where it is
    document["capture"]["archive_record"] = page.record
    return document


def convert_one(task: Task, formats: Sequence[str], *, skip_existing: bool = False,
                max_bytes: int = DEFAULT_MAX_BYTES, choices: Choices = PLAIN,
                store: "Local | Remote" = LOCAL, out_store: "Local | Remote" = LOCAL) -> Outcome:
    """Read one input (from ``store``) and write it in every format (to ``out_store``); failures become an
    :class:`Outcome`, never an exception."""
    outcome = Outcome(task.display, "converted")
    try:
        paths = [output_path(task.target, fmt) for fmt in formats] if task.target is not None else []
        if skip_existing and paths and all(out_store.exists(p) for p in paths):
            outcome.status = "skipped"
            outcome.outputs = list(paths)
            return outcome
        if store == out_store == LOCAL:
            _refuse_self_overwrite(task.source, paths)
        elif task.source in paths and store == out_store:
            raise NewsconvError(f"refusing to write the output over its own input ({task.source})")
        with _caught(outcome, task.display, "reader"):
            document = read_input(task.source, max_bytes, choices, store)
        outcome.warnings.extend(document_warnings(document, task.display))
        for fmt, path in zip(formats, paths):
            with _caught(outcome, task.display, fmt):
                # read_input checked the document: the writers need not check it again
                data = writers.write_valid(document, fmt, **choices.writer_options.get(fmt, {}))
            out_store.write(path, data)
            outcome.outputs.append(path)
    except NothingToConvert as err:
        outcome.status = "skipped"
        outcome.warnings.append(warning_line(err.message, "nothing-to-convert", task.display, err.line))
    except NewsconvError as err:
        outcome.status = "failed"
        outcome.error = str(err.at(task.display))
    except (OSError, MemoryError, RecursionError, ValueError) as err:  # disk full, pathological input...
        outcome.status = "failed"
        outcome.error = f"{task.display}: {reason(err)}"
    return outcome


def warning_line(message: str, code: str, file: Optional[str] = None, line: Optional[int] = None) -> str:
    """A warning as it is printed and reported: ``file:line: warning [code] message``."""
    return at(f"warning [{code}] {message}", file, line)


def document_warnings(document: Document, display: str) -> list[str]:
    """What the reader noticed in one input, as warning lines."""
    return [warning_line(w["message"], w["code"], display, w["line"]) for w in document["warnings"]]


class _caught:
    """Record the :class:`NewsconvWarning` raised in a block (by a writer, say) as warning lines of ``code``."""

    def __init__(self, outcome: Outcome, display: str, code: str) -> None:
        self.outcome, self.display, self.code = outcome, display, code
        self.guard = warnings.catch_warnings(record=True)

    def __enter__(self) -> None:
        self.caught = self.guard.__enter__()
        warnings.simplefilter("always", NewsconvWarning)

    def __exit__(self, *exc: object) -> None:
        self.guard.__exit__(*exc)
        self.outcome.warnings.extend(warning_line(str(w.message), self.code, self.display) for w in self.caught
                                     if issubclass(w.category, NewsconvWarning))


def reason(err: BaseException) -> str:
    """What went wrong, in words: no exception class names, no temporary file names."""
    if isinstance(err, OSError):
        what = err.strerror or str(err)
        return f"cannot write {err.filename}: {what}" if err.filename else what
    if isinstance(err, MemoryError):
        return "out of memory while converting it"
    if isinstance(err, RecursionError):
        return "nested too deeply to convert"
    return str(err) or "could not be converted"


def _refuse_self_overwrite(source: str, paths: Iterable[str]) -> None:
    """Refuse outputs that are the input itself, whatever the path says (links, hard links,
    ``..``): they are the same file exactly when device and inode are the same.

    An output is written to a temporary file renamed into place, which never writes through a
    link, so only an output with the input's own name can harm it: outputs of other names need no
    look at the disk (names compared as a case- and normalisation-insensitive file system would)."""
    if source == STDIN:
        return
    source = source.partition(warc.MARK)[0]  # a page of an archive: the archive is the file
    name = _comparable(os.path.basename(source))
    paths = [path for path in paths if _comparable(os.path.basename(path)) == name]
    if not paths:
        return
    try:
        read = os.stat(source)
    except OSError:
        return  # reading the input reports the problem
    for path in paths:
        try:
            written = os.stat(path)
        except OSError:
            continue  # no such file yet: it cannot be the input
        if (written.st_dev, written.st_ino) == (read.st_dev, read.st_ino):
            raise NewsconvError(f"refusing to write the output over its own input ({path})", file=source)


def _comparable(name: str) -> str:
    return unicodedata.normalize("NFC", name.casefold())


def _worker_init() -> None:
    # Ctrl-C is handled once, by the parent; SIGTERM must unwind so that temporary files are removed.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _raise_exit)


def _raise_exit(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _prepare_for_fork() -> None:
    """Compile the schema validator and load the readers (the capture reader's patterns take a while to
    compile, finding plugins takes a look at every installed package) once in this process, so that forked
    workers inherit them instead of each doing it again."""
    from .schema import fast_validator

    fast_validator()
    readers.all_readers()


def _failed(task: Task, reason: str, *pids: int) -> Outcome:
    """The outcome of a task whose process died (one of ``pids``); the temporary files they left beside
    its outputs are removed."""
    if task.target is not None:
        for pid in pids:
            remove_temporaries(os.path.dirname(task.target), pid)
    return Outcome(task.display, "failed", error=f"{task.display}: {reason}")


def _run_chunk(tasks: Sequence[Task], formats: tuple[str, ...], skip_existing: bool, max_bytes: int,
               choices: Choices) -> list[Outcome]:
    return [convert_one(task, formats, skip_existing=skip_existing, max_bytes=max_bytes, choices=choices)
            for task in tasks]


def _in_order(function: Callable[..., list[Any]], tasks: Iterable[Task], jobs: int, *args: Any) -> Iterator[Any]:
    """``function(chunk, *args)`` over small chunks of ``tasks`` in ``jobs`` processes, results in input order.

    Only a few chunks are in flight at any time, so memory does not grow with the number of
    inputs. Chunks hold up to 16 tasks (8 cost more in messages, 32 gain nothing) and shrink
    towards the end, so that no process finishes long before the others. Ctrl-C, SIGTERM or the
    caller closing the iterator leaves every output file either complete or absent.
    """
    chunks = _chunks(tasks, jobs)
    if _pool.available():
        _prepare_for_fork()
        return _pool.in_order(function, chunks, jobs, args, failed=_failed, start=_worker_init)
    return _in_process_pool(function, chunks, jobs, args)


def _in_process_pool(function: Callable[..., list[Any]], chunks: Iterator[list[Task]], jobs: int,
                     args: tuple) -> Iterator[Any]:
    """The same with ``concurrent.futures``, where processes cannot be forked: four chunks per
    process in flight keep every worker busy while the oldest one, whose results come first, is
    still running. Stopping cancels what has not started and waits for what has. A worker that
    dies breaks the whole pool: the chunks in flight then fail and a new pool takes the rest."""
    from concurrent.futures import ProcessPoolExecutor  # only parallel runs pay for importing it
    from concurrent.futures.process import BrokenProcessPool
    from multiprocessing import active_children

    if _start_method() == "fork":
        _prepare_for_fork()
    while True:
        workers: set[int] = set()  # every worker seen, to clean up after them once the pool breaks
        with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init) as executor:
            try:
                waiting = deque((part, executor.submit(function, part, *args)) for part in islice(chunks, 4 * jobs))
                while waiting:
                    workers.update(child.pid for child in active_children())
                    part, future = waiting[0]
                    try:
                        results = future.result()
                    except BrokenProcessPool:
                        break
                    waiting.popleft()
                    following = next(chunks, None)
                    if following is not None:
                        try:
                            waiting.append((following, executor.submit(function, following, *args)))
                        except BrokenProcessPool:  # a worker died since: the next pool takes this chunk
                            chunks = chain([following], chunks)
                            yield from results
                            break
                    yield from results
                else:
                    return
            except BaseException:
                executor.shutdown(wait=True, cancel_futures=True)
                raise
        for part, future in waiting:  # the pool is down: what it finished stands, the rest failed
            if future.exception() is None:
                yield from future.result()
            else:
                # Which worker had which chunk is not known: the files of all of them are looked for.
                yield from (_failed(task, "a worker process stopped while it was being converted", *workers)
                            for task in part)


def _start_method() -> str:
    import multiprocessing

    return multiprocessing.get_start_method()


def _chunks(tasks: Iterable[Task], jobs: int, most: int = 16) -> Iterator[list[Task]]:
    """Consecutive runs of ``tasks``: ``most`` at most, and a quarter of each process's share of what
    is left once that is smaller (down to one task at the very end). Tasks are taken from
    ``tasks`` only a few chunks ahead, which is enough to see the end coming."""
    source = iter(tasks)
    ahead = 4 * most * jobs  # ``most`` tasks for each of the 4 chunks per process in flight
    window: deque[Task] = deque()
    exhausted = False
    while True:
        if not exhausted:
            window.extend(islice(source, ahead - len(window)))
            exhausted = len(window) < ahead
        if not window:
            return
        size = max(1, min(most, len(window) // (jobs * 4)))  # len(window) is what is left once exhausted
        yield [window.popleft() for _ in range(size)]


def convert_many(tasks: Iterable[Task], formats: Sequence[str], *, jobs: int = 1, skip_existing: bool = False,
                 max_bytes: int = DEFAULT_MAX_BYTES, on_outcome: Optional[Callable[[Outcome], None]] = None,
                 keep: bool = True, choices: Choices = PLAIN) -> list[Outcome]:
    """Convert every task, in parallel when ``jobs`` > 1; outcomes come back in input order.

    ``tasks`` may be a :class:`Plan` still searching for inputs. With ``keep=False`` only failed
    outcomes are returned (``on_outcome`` still sees every one), so that a batch of millions
    needs no memory per input.
    """
    check_choices(formats, choices)  # unknown formats or options fail before any work starts
    args = (tuple(formats), skip_existing, max_bytes, choices)
    if formats:
        tasks = _after_cleaning(tasks)
    tasks, jobs = _capped(tasks, jobs)
    if jobs <= 1:
        results: Iterable[Outcome] = (convert_one(t, args[0], skip_existing=skip_existing, max_bytes=max_bytes,
                                                  choices=choices) for t in tasks)
    else:
        results = _in_order(_run_chunk, tasks, jobs, *args)
    outcomes: list[Outcome] = []
    for outcome in results:
        if keep or outcome.status == "failed":
            outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)
    return outcomes


def _after_cleaning(tasks: Iterable[Task]) -> Iterator[Task]:
    """``tasks``, each output folder cleared first of the temporary files an earlier run killed outright
    left there (an interrupted run removes its own), so that they do not outlive it."""
    cleaned: set[str] = set()  # one entry per output folder, as the plan keeps
    for task in tasks:
        if task.target is not None:
            folder = os.path.dirname(task.target)
            if folder not in cleaned:
                cleaned.add(folder)
                remove_stale_temporaries(folder)
        yield task


def check_choices(formats: Sequence[str], choices: Choices) -> None:
    for fmt in formats:
        writers.options_of(writers.get(fmt), dict(choices.writer_options.get(fmt, {})))
    if choices.reader is not None:
        readers.get(choices.reader)
    for name, options in choices.reader_options.items():
        readers.options_for(readers.get(name), dict(options))


def _capped(tasks: Iterable[Task], jobs: int) -> tuple[Iterable[Task], int]:
    """``tasks`` unchanged, and ``jobs`` cut down to the number of tasks when there are fewer: a process
    with nothing to do costs its start and its share of the machine."""
    source = iter(tasks)
    first = list(islice(source, max(jobs, 1)))
    return chain(first, source), max(1, min(jobs, len(first)))


def read_documents(tasks: Iterable[Task], failures: list[Outcome], max_bytes: int = DEFAULT_MAX_BYTES, *,
                   jobs: int = 1, choices: Choices = PLAIN,
                   on_read: Optional[Callable[[Outcome], None]] = None) -> Iterator[Document]:
    """Documents for a bundle, one at a time and in input order; inputs that fail are recorded in
    ``failures`` and skipped. With ``jobs`` > 1, worker processes read ahead while the caller writes.
    ``on_read`` sees the outcome of every input read (with its warnings), as :func:`convert_many`'s
    ``on_outcome`` does, so that a bundle counts what a batch counts.
    """
    tasks, jobs = _capped(tasks, jobs)
    if jobs <= 1:
        reads: Iterable[Any] = (_read_or_fail(task, max_bytes, choices) for task in tasks)
    else:
        reads = _in_order(_read_chunk, tasks, jobs, max_bytes, choices)
    for read in reads:
        if isinstance(read, Outcome):
            failures.append(read)
            if on_read:
                on_read(read)
        else:
            outcome, document = read
            if on_read:
                on_read(outcome)
            yield document


def _read_or_fail(task: Task, max_bytes: int, choices: Choices) -> "tuple[Outcome, Document] | Outcome":
    outcome = Outcome(task.display, "converted")
    try:
        with _caught(outcome, task.display, "reader"):
            document = read_input(task.source, max_bytes, choices)
    except NothingToConvert as err:
        skipped = Outcome(task.display, "skipped")
        skipped.warnings.append(warning_line(err.message, "nothing-to-convert", task.display, err.line))
        return skipped
    except NewsconvError as err:
        return Outcome(task.display, "failed", error=str(err.at(task.display)))
    except (OSError, MemoryError, RecursionError, ValueError) as err:
        return Outcome(task.display, "failed", error=f"{task.display}: {reason(err)}")
    outcome.warnings.extend(document_warnings(document, task.display))
    return outcome, document


def _read_chunk(tasks: Sequence[Task], max_bytes: int, choices: Choices) -> list[Any]:
    return [_read_or_fail(task, max_bytes, choices) for task in tasks]

"""Fuzz every entry point and count what happens: a document, a clear error, or a crash.

    python bench/fuzz.py --runs 100000 --jobs 2        # the full run (atheris when installed)
    python bench/fuzz.py --runs 2000                   # a smoke test
    python bench/fuzz.py --engine random --seed 7      # without atheris: seeded random inputs
    python bench/fuzz.py --targets capture,json        # only some entry points (see --list)
    python bench/fuzz.py --replay bench/results/fuzz/crash-capture-1a2b3c4d.bin

Targets take bytes. *Raw* targets hand them to an entry point as they are:
``capture`` (``convert.parse_bytes``), ``markdown`` (the Markdown reader),
``json`` (``convert.loads``), ``validate`` (the checks of ``newsconv validate`` on a
file of those bytes; the seeds include NewsML-G2, JATS and EPUB files, so mutated
XML and zip containers are among them) and ``cli`` (``newsconv convert --to all``
on a file of those bytes, which must exit 0 or 1 without a traceback). *Structured* targets use them as the choices of a
Hypothesis strategy from ``tests/fuzz/strategies.py`` (capture-like text, Markdown,
hand-edited newsconv Markdown, JSON, valid documents for each writer, bundles),
so that the inputs reach deep into the code instead of failing at the first check.
Every outcome is checked with ``tests/fuzz/format_checks.py``: documents must pass the
reference schema validator and account for every capture line, writer outputs
must be valid for their format, errors must be ``NewsconvError`` with a message.

Each target runs in a process of its own with its share of ``--runs`` (by the
weights in ``WEIGHTS``), ``--jobs`` processes at a time. Engines: ``atheris``
(coverage-guided, libFuzzer) when it is installed, seeded from ``samples/``,
with a corpus per target kept under ``--out``; ``random`` otherwise: mutations
of the same seeds and random choice sequences, reproducible with ``--seed``.

The report gives, per target, the inputs run and how they ended: ``document``,
``error`` (a clear NewsconvError), ``known`` (a failure registered in
``tests/fuzz/known_bugs.py``), ``unexpected`` (anything else: each distinct one
is listed with a reproducer saved under ``--out``) and ``slow`` (over
``--slow`` seconds). The exit status is 1 when anything unexpected happened.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import subprocess
import sys
import tempfile
import time
import traceback
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

REPO = Path(__file__).resolve().parent.parent
FUZZ_TESTS = REPO / "tests" / "fuzz"
sys.path.insert(0, str(REPO))

DEFAULT_OUT = REPO / "bench" / "results" / "fuzz"
# Share of the inputs each target gets; the raw ones are cheap, so they get the most.
WEIGHTS = {"capture": 26, "markdown": 10, "json": 10, "validate": 12, "cli": 4, "capture-text": 12, "markdown-text": 6, "markdown-edited": 5,
           "json-text": 7, "write-json": 4, "write-newsml": 4, "write-jats": 4, "write-epub": 4, "write-md": 4,
           "bundle": 4}


# --------------------------------------------------------------------------- targets


def _import_everything() -> None:
    """Import the code under test (atheris instruments what is imported inside its context)."""
    import convert  # noqa: F401
    import convert.readers.capture  # noqa: F401
    import convert.readers.markdown  # noqa: F401
    import convert.writers.epub  # noqa: F401
    import convert.writers.intermediate  # noqa: F401
    import convert.writers.jats  # noqa: F401
    import convert.writers.markdown  # noqa: F401
    import convert.writers.newsml  # noqa: F401


@dataclass
class Target:
    name: str
    run: Callable[[bytes], str]  # "document" or "error"; raises on anything else
    structured: bool = False
    last_value: Any = None  # the value a structured target generated last (for the reproducer)


def build_targets() -> dict[str, Target]:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from tests.fuzz import format_checks as checks
    from tests.fuzz import strategies as S
    from convert.errors import NewsconvError
    from convert.readers import read

    targets: dict[str, Target] = {}

    def outcome(document: Any) -> str:
        return "document" if document is not None else "error"

    def read_markdown_checked(data: bytes) -> str:
        try:
            document = read(data, "fuzz.md", format="markdown")
        except NewsconvError as err:
            checks.check_error(err, "fuzz.md")
            return "error"
        checks.valid(document, "read-invalid")
        return "document"

    targets["capture"] = Target("capture", lambda data: _read_capture(checks, data))
    targets["validate"] = Target("validate", _validate)
    targets["cli"] = Target("cli", _command_line)
    targets["markdown"] = Target("markdown", read_markdown_checked)
    targets["json"] = Target("json", lambda data: outcome(checks.load_json(data, "fuzz.json")))

    quiet = settings(database=None, deadline=None, suppress_health_check=list(HealthCheck), max_examples=1)

    def structured(name: str, strategy: Any, check: Callable[[Any], str]) -> None:
        target = Target(name, lambda data: "", structured=True)
        result: dict[str, str] = {}

        @quiet
        @given(strategy)
        def property_(value: Any) -> None:
            target.last_value = value
            result["outcome"] = check(value)

        def run(data: bytes) -> str:
            result.clear()
            target.last_value = None
            property_.hypothesis.fuzz_one_input(data)
            return result.get("outcome", "skipped")  # "skipped": too few bytes to draw a value from

        target.run = run
        targets[name] = target

    structured("capture-text", S.capture_bytes(), lambda data: _read_capture(checks, data))
    structured("markdown-text", S.markdown_bytes(), read_markdown_checked)
    structured("markdown-edited", S.edited_markdown(), read_markdown_checked)
    structured("json-text", S.json_bytes(), lambda data: outcome(checks.load_json(data, "fuzz.json")))
    for fmt in checks.WRITERS:
        structured(f"write-{fmt}", S.documents(hostile=True),
                   lambda document, fmt=fmt: (checks.write_and_check(document, fmt), "document")[1])
    structured("bundle", st.tuples(st.sampled_from(checks.BUNDLE_WRITERS),
                                   st.lists(S.documents(max_articles=2), min_size=1, max_size=3)),
               lambda pair: (checks.bundle_and_check(pair[1], pair[0]), "document")[1])
    return targets


_SCRATCH: dict[str, Path] = {}


def _scratch() -> Path:
    """A folder of this process's own for the files the command-line targets need."""
    if "folder" not in _SCRATCH:
        _SCRATCH["folder"] = Path(tempfile.mkdtemp(prefix="newsconv-fuzz-"))
    return _SCRATCH["folder"]


def _validate(data: bytes) -> str:
    """``newsconv validate``'s checks on any bytes (EPUBCheck off: it is not newsconv's code)."""
    from convert import checks

    path = _scratch() / "input"
    path.write_bytes(data)
    result = checks.check_file(str(path), checks.Options(epubcheck=False))
    for finding in result.findings:
        if not isinstance(finding.message, str) or not finding.message.strip():
            raise AssertionError(f"a finding without a message: {finding!r}")
    return "error" if result.findings else "document"


def _command_line(data: bytes) -> str:
    """``newsconv convert --to all`` on any bytes: exit 0 or 1 and never a traceback."""
    import contextlib
    import io
    import shutil

    from convert.cli import main

    source = _scratch() / "input.txt"
    source.write_bytes(data)
    out = _scratch() / "out"
    said = io.StringIO()
    with contextlib.redirect_stderr(said):
        status = main(["convert", str(source), "--to", "all", "-o", str(out), "-q", "-j", "1"])
    shutil.rmtree(out, ignore_errors=True)
    if status not in (0, 1) or "Traceback" in said.getvalue():
        raise AssertionError(f"exit {status}: {said.getvalue()[-300:]}")
    return "document" if status == 0 else "error"


def _read_capture(checks: Any, data: bytes) -> str:
    document = checks.read(data, "fuzz.txt")
    if document is None:
        return "error"
    from convert.readers import guess

    if guess(data).name == "capture":
        checks.capture_lines_accounted(data, document)
    return "document"


# --------------------------------------------------------------------------- counting


@dataclass
class Tally:
    """What happened to the inputs of one process."""

    counts: dict[str, Counter] = field(default_factory=dict)  # target -> outcome -> count
    unexpected: dict[str, dict[str, Any]] = field(default_factory=dict)  # signature -> details
    slow: dict[str, dict[str, Any]] = field(default_factory=dict)  # target -> slowest input over the limit
    seconds: float = 0.0

    def add(self, target: str, outcome: str) -> None:
        self.counts.setdefault(target, Counter())[outcome] += 1

    def as_json(self) -> dict[str, Any]:
        return {"counts": {t: dict(c) for t, c in self.counts.items()}, "unexpected": self.unexpected,
                "slow": self.slow, "seconds": round(self.seconds, 1)}

    @classmethod
    def merged(cls, reports: list[dict[str, Any]]) -> "Tally":
        total = cls()
        for report in reports:
            for target, counts in report["counts"].items():
                total.counts.setdefault(target, Counter()).update(counts)
            for key, found in report["unexpected"].items():
                if key in total.unexpected:
                    total.unexpected[key]["count"] += found["count"]
                else:
                    total.unexpected[key] = dict(found)
            for target, slow in report["slow"].items():
                if target not in total.slow or slow["seconds"] > total.slow[target]["seconds"]:
                    total.slow[target] = slow
            total.seconds += report["seconds"]  # process-seconds, summed over the workers
        return total


class Runner:
    """Runs one input through one target and files the outcome."""

    def __init__(self, targets: dict[str, Target], out: Path, slow: float) -> None:
        self.targets = targets
        self.out = out
        self.slow = slow
        self.tally = Tally()
        self.started = time.monotonic()

    def run(self, name: str, data: bytes) -> None:
        from tests.fuzz.known_bugs import known_bug, signature

        target = self.targets[name]
        start = time.perf_counter()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                outcome = target.run(data)
        except Exception as error:  # noqa: BLE001 - every other exception is what we are looking for
            bug = known_bug(error)
            if bug is not None:
                outcome = f"known:{bug.key}"
            else:
                outcome = "unexpected"
                self._record(name, signature(error), error, data)
        elapsed = time.perf_counter() - start
        if outcome == "skipped":
            return
        self.tally.add(name, outcome)
        if elapsed > self.slow and elapsed > self.tally.slow.get(name, {}).get("seconds", 0):
            path = self._save(f"slow-{name}", data, target)
            self.tally.slow[name] = {"seconds": round(elapsed, 2), "reproducer": str(path)}
        self.tally.seconds = time.monotonic() - self.started

    def _record(self, target: str, found: str, error: BaseException, data: bytes) -> None:
        key = f"{target}: {found}"
        if key in self.tally.unexpected:
            self.tally.unexpected[key]["count"] += 1
            return
        path = self._save(f"crash-{target}", data, self.targets[target])
        self.tally.unexpected[key] = {
            "count": 1, "target": target, "signature": found, "message": str(error)[:300],
            "traceback": "".join(traceback.format_exception(type(error), error, error.__traceback__))[-3000:],
            "reproducer": str(path)}

    def _save(self, prefix: str, data: bytes, target: Target) -> Path:
        self.out.mkdir(parents=True, exist_ok=True)
        path = self.out / f"{prefix}-{hashlib.sha256(data).hexdigest()[:12]}.bin"
        path.write_bytes(data)
        if target.structured and target.last_value is not None:  # what the bytes stood for, readable
            value = target.last_value
            text = value.decode("utf-8", "backslashreplace") if isinstance(value, bytes) else \
                json.dumps(value, ensure_ascii=True, indent=1, default=repr)
            path.with_suffix(".value.txt").write_text(text, encoding="utf-8")
        return path


# --------------------------------------------------------------------------- seeds and engines


def seeds() -> list[bytes]:
    """Starting inputs: the synthetic samples, their documents as JSON and Markdown, and hand-made oddities."""
    import convert

    found: list[bytes] = []
    for path in sorted((REPO / "samples").glob("*.txt")):
        data = path.read_bytes()
        found.append(data)
        try:
            document = convert.parse_bytes(data, path.name)
        except convert.NewsconvError:
            continue
        found.append(convert.dumps(document).encode("utf-8"))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found += [convert.write(document, fmt) for fmt in ("md", "newsml", "jats", "epub")]
    found += [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"{}", b"---\nnewsconv: {}\n---\n", b"topic\nSponsor: x\n",
              "Itâ€™s a cafÃ© â€\x9d".encode("utf-8"), b"\r" * 50 + b"text"]
    return found


def mutate(rng: random.Random, data: bytes, pool: list[bytes], max_len: int) -> bytes:
    """A few random edits: flip, insert, delete, repeat or splice in part of another seed."""
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        choice = rng.random()
        at = rng.randint(0, len(buffer))
        if choice < 0.25 and buffer:
            buffer[min(at, len(buffer) - 1)] = rng.randrange(256)
        elif choice < 0.45:
            buffer[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif choice < 0.6:
            del buffer[at:at + rng.randint(1, 64)]
        elif choice < 0.75:
            chunk = bytes(buffer[at:at + rng.randint(1, 32)])
            buffer[at:at] = chunk * rng.randint(2, 64)
        elif choice < 0.9:
            other = rng.choice(pool)
            start = rng.randint(0, len(other))
            buffer[at:at] = other[start:start + rng.randint(1, 400)]
        else:
            buffer[at:at] = rng.choice((b"\n", b"\r\n", b"\r", b"\n\n\n", b"\x00", b"\xc3", b"\xe2\x80",
                                        b"#tag\n", b"Publisher: Headline\n", b"topic\n", b"---\n", b'{"', b"]"))
    return bytes(buffer[:max_len])


def shares(names: list[str], runs: int) -> dict[str, int]:
    """The runs each target gets, by weight (every target at least one)."""
    total = sum(WEIGHTS[n] for n in names)
    return {n: max(1, round(runs * WEIGHTS[n] / total)) for n in names}


def random_engine(runner: Runner, name: str, runs: int, seed: int, max_len: int) -> None:
    rng = random.Random(seed)
    pool = seeds()
    structured = runner.targets[name].structured
    for index in range(runs):
        if structured:
            data = rng.randbytes(rng.choice((1024, 4096, 16384)))
        elif rng.random() < 0.9:
            data = mutate(rng, rng.choice(pool), pool, max_len)
        else:
            data = rng.randbytes(rng.randint(0, 512))
        runner.run(name, data)
        if index % 500 == 0:
            _progress(runner, name, index, runs)


def atheris_engine(runner: Runner, name: str, runs: int, seed: int, max_len: int, report: Path) -> None:
    """libFuzzer ends the process without returning (and without running atexit handlers), so the report is
    written after every input: a quarter of a millisecond, next to the milliseconds an input takes."""
    import atheris

    corpus = runner.out / "corpus" / name  # each target keeps the inputs that found new code
    corpus.mkdir(parents=True, exist_ok=True)
    for index, data in enumerate(seeds()):
        (corpus / f"seed-{index:03d}").write_bytes(data[:max_len])
    done = {"runs": 0}

    def one_input(data: bytes) -> None:
        runner.run(name, data)
        write_report(runner.tally, report)
        done["runs"] += 1
        if done["runs"] % 500 == 0:
            _progress(runner, name, done["runs"], runs)

    atheris.Setup([sys.argv[0], f"-runs={runs}", f"-seed={seed}", f"-max_len={max_len}", "-timeout=300",
                   "-rss_limit_mb=4096", "-print_final_stats=1", str(corpus)], one_input)
    atheris.Fuzz()


def _progress(runner: Runner, name: str, index: int, runs: int) -> None:
    done = sum(sum(c.values()) for c in runner.tally.counts.values())
    print(f"[{name}] {index}/{runs} inputs, {done} checked, {len(runner.tally.unexpected)} unexpected, "
          f"{runner.tally.seconds:.0f}s", file=sys.stderr, flush=True)


def write_report(tally: Tally, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(tally.as_json(), indent=1) + "\n", encoding="utf-8")
    temporary.replace(path)


# --------------------------------------------------------------------------- the command


def worker(args: argparse.Namespace, name: str, report: Path) -> None:
    warnings.simplefilter("ignore")
    if args.engine == "atheris":
        import atheris

        with atheris.instrument_imports(include=["convert"]):
            _import_everything()
    else:
        _import_everything()
    runner = Runner(build_targets(), Path(args.out), args.slow)
    if args.engine == "atheris":
        atheris_engine(runner, name, args.runs, args.seed, args.max_len, report)
    else:
        random_engine(runner, name, args.runs, args.seed, args.max_len)
        write_report(runner.tally, report)


def print_report(tally: Tally, engine: str, jobs: int) -> int:
    from tests.fuzz.known_bugs import KNOWN_BUGS

    columns = ("document", "error", "known", "unexpected")
    print(f"\nengine {engine}, {jobs} process(es) at a time, {tally.seconds:.0f} process-seconds\n")
    print(f"{'target':16s} {'inputs':>8s} " + " ".join(f"{c:>10s}" for c in columns))
    totals = Counter()
    for target in WEIGHTS:
        counts = tally.counts.get(target)
        if not counts:
            continue
        row = {"document": counts["document"], "error": counts["error"], "unexpected": counts["unexpected"],
               "known": sum(v for k, v in counts.items() if k.startswith("known:"))}
        inputs = sum(counts.values())
        totals.update(row)
        totals["inputs"] += inputs
        print(f"{target:16s} {inputs:8d} " + " ".join(f"{row[c]:10d}" for c in columns))
    print(f"{'total':16s} {totals['inputs']:8d} " + " ".join(f"{totals[c]:10d}" for c in columns))
    known = Counter()
    for counts in tally.counts.values():
        known.update({k[6:]: v for k, v in counts.items() if k.startswith("known:")})
    if known:
        print("\nknown failures (tests/fuzz/known_bugs.py):")
        for bug in KNOWN_BUGS:
            if known[bug.key]:
                print(f"  {known[bug.key]:7d}  {bug.key}: {bug.summary}")
    if tally.unexpected:
        print(f"\n{len(tally.unexpected)} distinct unexpected failure(s):")
        for key, found in sorted(tally.unexpected.items(), key=lambda kv: -kv[1]["count"]):
            print(f"  {found['count']:7d}  {key}\n           {found['message'][:200]}\n"
                  f"           reproducer: {found['reproducer']}")
    if tally.slow:
        print("\nslowest inputs over the limit:")
        for target, slow in sorted(tally.slow.items()):
            print(f"  {target}: {slow['seconds']}s  {slow['reproducer']}")
    return 1 if tally.unexpected else 0


def replay(path: Path, target: Optional[str]) -> int:
    """Run one saved input again, with its traceback, through the target named in its file name."""
    _import_everything()
    targets = build_targets()
    name = target or next((n for n in sorted(targets, key=len, reverse=True) if f"-{n}-" in path.name), None)
    if name is None:
        raise SystemExit(f"cannot tell the target from {path.name}; give --targets")
    print(f"{name}: {targets[name].run(path.read_bytes())}")
    return 0


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10_000, help="inputs in all (default 10,000)")
    parser.add_argument("--jobs", type=int, default=1, help="processes (default 1)")
    parser.add_argument("--engine", choices=("auto", "atheris", "random"), default="auto")
    parser.add_argument("--targets", help="comma-separated targets (default all; see --list)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-len", type=int, default=16_384, help="longest raw input in bytes")
    parser.add_argument("--slow", type=float, default=2.0, help="seconds after which an input counts as slow")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="where reproducers, the corpus and reports go")
    parser.add_argument("--list", action="store_true", help="list the targets")
    parser.add_argument("--replay", metavar="FILE", help="run one saved input again, showing its traceback")
    parser.add_argument("--worker", metavar="REPORT", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(WEIGHTS))
        return 0
    if args.replay:
        return replay(Path(args.replay), args.targets)
    names = args.targets.split(",") if args.targets else list(WEIGHTS)
    unknown = [n for n in names if n not in WEIGHTS]
    if unknown:
        parser.error(f"unknown target(s) {', '.join(unknown)}; see --list")
    if args.engine == "auto":
        try:
            import atheris  # noqa: F401

            args.engine = "atheris"
        except ImportError:
            args.engine = "random"
    if args.worker:
        worker(args, names[0], Path(args.worker))
        return 0
    tally, complete = run_workers(args, shares(names, args.runs))
    write_report(tally, Path(args.out) / "report.json")
    status = print_report(tally, args.engine, args.jobs)
    return status if complete else 2


def run_workers(args: argparse.Namespace, runs: dict[str, int]) -> tuple[Tally, bool]:
    """One process per target, ``--jobs`` at a time; their reports added up."""
    with tempfile.TemporaryDirectory() as scratch:
        pending = list(runs.items())
        running: list[tuple[str, subprocess.Popen, Path, Path]] = []
        reports: list[dict[str, Any]] = []
        complete = True
        while pending or running:
            while pending and len(running) < args.jobs:
                name, count = pending.pop(0)
                report, log = Path(scratch) / f"{name}.json", Path(scratch) / f"{name}.log"
                command = [sys.executable, __file__, "--worker", str(report), "--runs", str(count),
                           "--engine", args.engine, "--targets", name, "--seed", str(args.seed),
                           "--max-len", str(args.max_len), "--slow", str(args.slow), "--out", args.out]
                with open(log, "wb") as handle:
                    running.append((name, subprocess.Popen(command, stdout=handle, stderr=subprocess.STDOUT), report, log))
            time.sleep(0.2)
            for entry in [e for e in running if e[1].poll() is not None]:
                running.remove(entry)
                name, process, report, log = entry
                if report.exists():
                    reports.append(json.loads(report.read_text(encoding="utf-8")))
                if process.returncode or not report.exists():
                    complete = False
                    tail = log.read_text(encoding="utf-8", errors="replace")[-2000:]
                    print(f"{name}: the worker exited with {process.returncode}:\n{tail}", file=sys.stderr)
                else:
                    done = sum(reports[-1]["counts"].get(name, {}).values())
                    print(f"{name}: {done} inputs in {reports[-1]['seconds']}s", file=sys.stderr, flush=True)
    return Tally.merged(reports), complete


if __name__ == "__main__":
    raise SystemExit(main())

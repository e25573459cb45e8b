#!/usr/bin/env python3
"""How fast newsconv is: per-stage costs, end-to-end throughput, memory, scaling, and pandoc for scale.

usage: python bench/perf.py [options]

Generates N synthetic captures (``bench/synthetic.py``: aggregator article,
digest and legacy layouts, about 5 KB each, invented text) in a temporary
directory and prints, as medians of several runs:

1. **Stages**: the cost per capture of reading the file, decoding it into lines,
   parsing the layout into a document, validating it (fastjsonschema, and the
   jsonschema reference with its validator built once), each writer (json, newsml, jats,
   epub, md) and writing five output files atomically.
2. **Floor**: the least any converter must do for the same outputs: read and
   decode the input, build and serialise XML trees of the same shape as the
   NewsML-G2 and JATS outputs with lxml, dump the JSON with the C encoder,
   encode the Markdown text, zip the same EPUB members by hand, write five files.
3. **End to end**: ``newsconv convert --to all`` over the N captures, in one
   process (``--jobs 1``) and in two (``--jobs 2``), in fresh processes: wall
   time, captures per second, and peak RSS (the largest process, from
   ``wait4``), with the load average, since other processes skew the figures.
4. **Scaling**: the same single-process run at N/10 (and, with ``--scaling``, at
   10 × N): time per capture, the marginal time per capture between sizes, and
   peak RSS, which must not grow with N.
5. **Bundle**: ``newsconv convert --to epub --bundle`` of 5,000 captures (time,
   peak RSS), the EPUB writer alone on 5,000 synthetic documents
   (``bench/epub_bundle.py``), and EPUBCheck on the bundle.
6. **pandoc** (when ``pandoc`` is on PATH): newsconv's own Markdown output of a
   sample of the captures converted by pandoc to JATS and to EPUB, one pandoc
   process per article per format, against newsconv's end-to-end cost per
   capture measured in the same run.
7. **Targets**: each goal with its figure and whether this run met it.
8. **Baseline** (with ``--baseline DIR``): the end-to-end runs of this checkout
   and of another one taking turns, and their ratio.

Options:

  --n N               captures to generate (default 1000)
  --repeat R          runs per stage measurement; medians are reported (default 5)
  --e2e-repeat R      end-to-end runs per configuration (default 5)
  --sample S          the first S captures give the per-stage figures (default 200)
  --reference-sample S  captures for the slow jsonschema reference (default 50)
  --scaling           also run end to end at 10 x N (about a minute more)
  --bundle-n N        articles in the EPUB bundle (default 5000; 0 skips it)
  --no-epubcheck      do not run EPUBCheck on the bundle
  --check-official P  script for the official EPUBCheck run (default: the
                      sibling ``../shared/standards/check-official`` when present,
                      else ``newsconv validate``)
  --pandoc-n N        the first N captures are converted with pandoc (default 20;
                      0 skips pandoc)
  --pandoc-from F     pandoc's input format (default ``commonmark``)
  --jobs J            the parallel run's --jobs (default 2)
  --markdown FILE     also write the results as Markdown to FILE
  --keep DIR          generate into DIR and keep it (default: a temporary dir)
  --tmp DIR           make that temporary directory inside DIR: outputs are
                      written there, so a RAM disk (/dev/shm) takes the disk's
                      cost (and its noise) out of the end-to-end figures
  --baseline DIR      also time another checkout (a folder holding convert/,
                      such as a git worktree of an earlier commit) end to end,
                      taking turns with this one

Only public tools: Python's timers, ``resource``/``wait4`` for peak RSS,
``zipfile``/``lxml``/``json`` for the floor, and the pandoc and EPUBCheck
command lines. Timings are wall-clock and noisy on a shared machine: compare
figures from one run, and read the load average printed with them.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import io
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(BENCH))

from bench import synthetic  # noqa: E402

FORMATS = ("json", "newsml", "jats", "epub", "md")
MS = 1e3


# -- small helpers ------------------------------------------------------------------------------------


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def load() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "n/a"
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def fmt_ms(seconds: float) -> str:
    """A per-capture cost in milliseconds, with enough digits for tiny stages."""
    ms = seconds * MS
    return f"{ms:.3f} ms" if ms < 1 else f"{ms:.2f} ms"


class Report:
    """Prints sections as they are measured, and keeps them as Markdown for the README."""

    def __init__(self) -> None:
        self.figures: dict[str, Any] = {}
        self.markdown: list[str] = []

    def section(self, title: str) -> None:
        print(f"\n== {title} ==", flush=True)
        self.markdown += [f"**{title}**", ""]

    def say(self, text: str) -> None:
        print("  " + text, flush=True)
        self.markdown += [text.replace("*", "\\*"), ""]

    def table(self, rows: Sequence[Sequence[str]], header: Sequence[str]) -> None:
        widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
        print("  " + "  ".join(str(h).ljust(w) for h, w in zip(header, widths)))
        for row in rows:
            print("  " + "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w)
                                   for i, (c, w) in enumerate(zip(row, widths))), flush=True)
        self.markdown.append("| " + " | ".join(header) + " |")
        self.markdown.append("|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|")
        self.markdown.extend("| " + " | ".join(str(c) for c in row) + " |" for row in rows)
        self.markdown.append("")


# -- 1. per-stage costs -----------------------------------------------------------------------------


def timed_each(items: Sequence[Any], action: Callable[[Any], Any], before: Optional[Callable[[Any], Any]] = None,
               repeat: int = 5, fresh: Optional[Callable[[], Any]] = None) -> float:
    """Median over ``repeat`` runs of the mean seconds ``action`` takes per item.

    ``before`` runs untimed just ahead of each action (e.g. the reader's own
    validation, which a writer follows in the real pipeline); ``fresh`` runs
    untimed before each run (e.g. to forget what an earlier run taught a cache,
    as one conversion reads each capture once).
    """
    clock = time.perf_counter
    runs = []
    for _ in range(repeat):
        if fresh is not None:
            fresh()
        total = 0.0
        for item in items:
            if before is not None:
                before(item)
            start = clock()
            action(item)
            total += clock() - start
        runs.append(total / len(items))
    return median(runs)


@dataclass
class Stages:
    costs: dict[str, float] = field(default_factory=dict)  # seconds per capture


def measure_stages(paths: Sequence[Path], report: Report, repeat: int, reference_sample: int,
                   scratch: Path) -> Stages:
    import convert
    from convert import schema, writers
    from convert.fileio import write_atomic
    from convert.readers import capture as capture_reader
    from convert.readers.capture import remember
    from convert.readers.capture.text import decode, split_lines

    datas = [p.read_bytes() for p in paths]
    names = [str(p) for p in paths]
    documents = [convert.parse_bytes(d, n) for d, n in zip(datas, names)]
    pairs = list(zip(datas, names))
    stages = Stages()
    costs = stages.costs

    costs["read"] = timed_each(paths, lambda p: open(p, "rb").read(), repeat=repeat)
    costs["decode + lines"] = timed_each(datas, lambda d: split_lines(decode(d).text), repeat=repeat)
    # The reader alone: the registry, not the reader, checks the document against the schema.
    # Each run reads the captures as for the first time: the reader keeps answers about the lines it has seen.
    forget = remember.forget_everything
    reader_only = timed_each(pairs, lambda pair: capture_reader.read_capture(*pair), repeat=repeat, fresh=forget)
    costs["parse (layout to document)"] = max(0.0, reader_only - costs["decode + lines"])
    fast = schema.fast_validator()
    costs["validate: fastjsonschema"] = timed_each(documents, fast, repeat=repeat)
    reference = schema.reference_validator()
    costs["validate: jsonschema reference"] = timed_each(documents[:reference_sample], reference.is_valid,
                                                         repeat=max(1, min(repeat, 3)))
    for name in FORMATS:
        writer = writers.get(name)
        costs[f"write {name}"] = timed_each(documents, writer.write, repeat=repeat)
    outputs = [[writers.get(name).write(d) for name in FORMATS] for d in documents]
    target = new_folder(scratch, "stage-files")

    runs = iter(range(1 << 30))

    def write_files(blobs: list[bytes]) -> None:
        run = next(runs)  # new files each time, as a conversion makes them
        for name, blob in zip(FORMATS, blobs):
            write_atomic(target / f"{run}.{name}", blob)

    costs["write 5 files (atomic)"] = timed_each(outputs, write_files, repeat=repeat)
    costs["parse_bytes (read path total)"] = timed_each(pairs, lambda pair: convert.parse_bytes(*pair), repeat=repeat,
                                                        fresh=forget)

    # Reading the standards newsconv writes, against reading the capture they were made from (the same articles).
    from convert import readers
    capture_read = costs["parse_bytes (read path total)"]
    ratios = []
    for name in ("newsml", "jats", "ninjs", "epub", "md"):
        written = [(writers.get(name).write(d), n) for d, n in zip(documents, names)]
        reader = {"md": "markdown"}.get(name, name)
        cost = timed_each(written, lambda pair, r=reader: readers.read(pair[0], pair[1], format=r), repeat=repeat)
        costs[f"read {name} (same articles)"] = cost
        ratios.append((f"read {name}", fmt_ms(cost), f"{cost / capture_read:.2f} x" if capture_read else "-"))

    pipeline = ["read", "parse_bytes (read path total)"] + [f"write {n}" for n in FORMATS] + ["write 5 files (atomic)"]
    total = sum(costs[k] for k in pipeline)
    costs["sum: one capture, all formats"] = total
    rows = []
    for key, value in costs.items():
        rows.append((key, fmt_ms(value)))
    report.table(rows, ("stage (per capture)", "median"))
    report.say("(parse_bytes = decode + parse + fastjsonschema validation; the sum is read + parse_bytes + the five"
               " writers + files)")
    report.table(ratios, ("reading the same articles as", "median", "against the capture"))
    legacy = [d for d, doc in zip(datas, documents) if doc["capture"]["source"]["encoding"] not in ("utf-8", "utf-8-sig")]
    if legacy:
        cost = timed_each(legacy, lambda d: split_lines(decode(d).text), repeat=repeat)
        costs["decode, legacy-encoded capture"] = cost
        report.say(f"decode + lines of a capture in a legacy encoding (charset detection): {fmt_ms(cost)} "
                   f"({len(legacy)} of the {len(datas)} captures)")
    return stages


# -- 2. the floor ------------------------------------------------------------------------------------


Tree = tuple[str, dict[str, str], Optional[str], Optional[str], list]  # tag, attributes, text, tail, children


def describe(element: Any) -> Tree:
    return (element.tag, dict(element.attrib), element.text, element.tail, [describe(c) for c in element])


def build(description: Tree, parent: Any = None, nsmap: Optional[dict] = None) -> Any:
    from lxml import etree

    tag, attributes, text, tail, children = description
    element = etree.Element(tag, attributes, nsmap=nsmap) if parent is None else etree.SubElement(parent, tag, attributes)
    element.text, element.tail = text, tail
    for child in children:
        build(child, element)
    return element


@dataclass
class FloorCase:
    path: Path
    encoding: str
    newsml: Tree
    newsml_nsmap: dict
    jats: Tree
    jats_nsmap: dict
    jats_doctype: str
    document: Any
    markdown: str
    epub_members: list[tuple[str, bytes, bool]]


def floor_cases(paths: Sequence[Path]) -> list[FloorCase]:
    import convert
    from lxml import etree

    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, load_dtd=False, no_network=True)
    cases = []
    for path in paths:
        document = convert.parse_file(path)
        newsml = etree.fromstring(convert.write(document, "newsml"), parser)
        jats_tree = etree.fromstring(convert.write(document, "jats"), parser).getroottree()
        with zipfile.ZipFile(io.BytesIO(convert.write(document, "epub"))) as book:
            members = [(info.filename, book.read(info), info.compress_type != zipfile.ZIP_STORED)
                       for info in book.infolist()]
        cases.append(FloorCase(path, document["capture"]["source"]["encoding"], describe(newsml), dict(newsml.nsmap),
                               describe(jats_tree.getroot()), dict(jats_tree.getroot().nsmap),
                               jats_tree.docinfo.doctype, document, convert.write(document, "md").decode("utf-8"),
                               members))
    return cases


def measure_floor(paths: Sequence[Path], report: Report, repeat: int, scratch: Path) -> dict[str, float]:
    from lxml import etree

    cases = floor_cases(paths)
    target = scratch / "floor-files"
    target.mkdir(parents=True, exist_ok=True)
    costs: dict[str, float] = {}
    costs["read"] = timed_each(cases, lambda c: open(c.path, "rb").read(), repeat=repeat)
    raw = {id(c): c.path.read_bytes() for c in cases}
    costs["decode + split lines"] = timed_each(cases, lambda c: raw[id(c)].decode(c.encoding).splitlines(),
                                               repeat=repeat)
    costs["NewsML-G2: build + serialise tree"] = timed_each(
        cases, lambda c: etree.tostring(build(c.newsml, nsmap=c.newsml_nsmap), xml_declaration=True,
                                        encoding="UTF-8", pretty_print=True), repeat=repeat)
    costs["JATS: build + serialise tree"] = timed_each(
        cases, lambda c: etree.tostring(etree.ElementTree(build(c.jats, nsmap=c.jats_nsmap)), encoding="UTF-8",
                                        doctype=c.jats_doctype, pretty_print=True), repeat=repeat)
    costs["JSON: C encoder"] = timed_each(cases, lambda c: json.dumps(c.document, ensure_ascii=False).encode(),
                                          repeat=repeat)
    costs["Markdown: encode text"] = timed_each(cases, lambda c: c.markdown.encode("utf-8"), repeat=repeat)

    def zip_by_hand(case: FloorCase) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as book:
            for name, data, compress in case.epub_members:
                book.writestr(name, data, zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED)
        return buffer.getvalue()

    costs["EPUB: zip the same members"] = timed_each(cases, zip_by_hand, repeat=repeat)
    blobs = {id(c): [json.dumps(c.document).encode(), c.markdown.encode()] * 3 for c in cases}
    runs = iter(range(1 << 30))

    def five_files(case: FloorCase) -> None:
        # New files each time, as a conversion makes them (overwriting an existing file is cheaper).
        run = next(runs)
        for i, blob in enumerate(blobs[id(case)][:5]):
            with open(target / f"{run}.{i}", "wb") as handle:
                handle.write(blob)

    costs["write 5 files (plain)"] = timed_each(cases, five_files, repeat=repeat)
    costs["floor per capture"] = sum(costs.values())
    report.table([(k, fmt_ms(v)) for k, v in costs.items()], ("floor step (per capture)", "median"))
    return costs


# -- 3./4. end-to-end runs ------------------------------------------------------------------------------


@dataclass
class Run:
    seconds: float
    cpu_seconds: float  # user + system, the process and the workers it waited for
    system_seconds: float  # of which in the kernel (file creation, page faults)
    peak_rss_mb: float
    load_before: str
    load_after: str
    exit_code: int


# A child's peak RSS starts from its parent's at the time it was forked (Linux carries the
# high-water mark across fork and exec), and this benchmark holds hundreds of documents.
# So every measured command is started by a small launcher process, which waits for it and
# reports its wall time and resource use.
LAUNCHER = """
import json, os, subprocess, sys, time
with open(sys.argv[1], "wb") as errors:
    start = time.perf_counter()
    child = subprocess.Popen(sys.argv[3:], stdout=open(sys.argv[2], "wb"), stderr=errors)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime, "system": usage.ru_stime,
                  "maxrss": usage.ru_maxrss,
                  "exit": os.waitstatus_to_exitcode(status)}))
"""


def run_measured(command: Sequence[str], env: dict[str, str], log: Path, output: Optional[Path] = None,
                 cwd: Optional[Path] = None) -> Run:
    """Run ``command``: wall time, CPU time and the peak RSS of its largest process (wait4 counts the
    workers it reaped); its standard output goes to ``output`` (default: discarded)."""
    # Dirty pages and deletions left by earlier steps would otherwise be written back during
    # this run and charged to it.
    os.sync()
    before = load()
    result = subprocess.run([sys.executable, "-c", LAUNCHER, str(log), str(output or os.devnull), *command], env=env,
                            capture_output=True, text=True, check=True, cwd=cwd)
    figures = json.loads(result.stdout)
    kilobytes = figures["maxrss"] if sys.platform != "darwin" else figures["maxrss"] / 1024
    return Run(figures["seconds"], figures["cpu"], figures["system"], kilobytes / 1024, before, load(),
               figures["exit"])


BYTECODE_CACHE: Optional[Path] = None


def newsconv_env(checkout: Path = REPO) -> dict[str, str]:
    """The checkout (this one unless told) first on the path; compiled modules cached (in the scratch
    directory, not the checkout) as in an installed package, whose modules pip compiles at install
    time, so that no run pays for compiling newsconv's source again."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(checkout) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    if BYTECODE_CACHE is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(BYTECODE_CACHE)
    return env


def newsconv(*args: str) -> list[str]:
    return [sys.executable, "-m", "convert", *args]


def convert_runs(inputs: Path, scratch: Path, jobs: int, repeat: int) -> list[Run]:
    return paired_runs(inputs, scratch, (jobs,), repeat)[jobs]


def paired_runs(inputs: Path, scratch: Path, jobs: Sequence[int], repeat: int) -> dict[int, list[Run]]:
    """``repeat`` runs with each ``--jobs`` value, taking turns (1, 2, 1, 2...), so that a slow spell of
    the machine falls on both sides of a comparison rather than on one."""
    runs: dict[int, list[Run]] = {count: [] for count in jobs}
    for attempt in range(repeat):
        for count in jobs:
            out = new_folder(scratch, f"out-j{count}")
            log = scratch / f"convert-j{count}.log"
            run = run_measured(newsconv("convert", "--to", "all", "-q", "-j", str(count), "-o", str(out), str(inputs)),
                               newsconv_env(), log)
            if run.exit_code != 0:
                raise SystemExit(f"newsconv convert failed (exit {run.exit_code}); see {log}:\n"
                                 f"{log.read_text()[-2000:]}")
            runs[count].append(run)
    return runs


def summarise_runs(runs: Sequence[Run]) -> dict[str, Any]:
    return {"seconds": median(r.seconds for r in runs), "cpu_seconds": median(r.cpu_seconds for r in runs),
            "system_seconds": median(r.system_seconds for r in runs),
            "peak_rss_mb": max(r.peak_rss_mb for r in runs), "loads": [r.load_before for r in runs]}


def imported_from(checkout: Path, scratch: Path) -> Path:
    """Where ``convert`` comes from with ``checkout`` first on the path (an installed newsconv would
    otherwise win unnoticed)."""
    result = subprocess.run([sys.executable, "-c", "import convert; print(convert.__file__)"], cwd=scratch,
                            env=newsconv_env(checkout), capture_output=True, text=True, check=True)
    return Path(result.stdout.strip()).resolve().parent


def measure_baseline(baseline: Path, inputs: Path, scratch: Path, report: Report, jobs: Sequence[int],
                     repeat: int) -> dict[str, Any]:
    """End to end with this checkout and with ``baseline`` taking turns (this, baseline, this, ...), so that
    a slow spell of the machine falls on both; per capture, the least and the median of ``repeat`` runs each."""
    sides = {"this checkout": REPO, "baseline": baseline}
    for label, checkout in sides.items():
        found = imported_from(checkout, scratch)
        if found != (checkout / "convert").resolve():
            raise SystemExit(f"{label}: convert is imported from {found}, not from {checkout / 'convert'}")
    count = sum(1 for _ in inputs.iterdir())
    single = first_capture(sorted(inputs.iterdir()), scratch)
    # Each configuration: its row label, --jobs, the input, and what a figure is divided by.
    configurations = [(f"--jobs {n}", n, inputs, count) for n in jobs] + [("one capture", 1, single, 1)]
    runs: dict[tuple[str, str], list[Run]] = {}
    for label, checkout in sides.items():  # compiles and caches the baseline's modules too
        run_measured(newsconv("convert", "--to", "all", "-q", "-o", str(new_folder(scratch, "out-warm")), str(single)),
                     newsconv_env(checkout), scratch / "baseline-warm.log", cwd=scratch)
    for _ in range(repeat):
        for row, count_jobs, source, _ in configurations:
            for label, checkout in sides.items():
                out = new_folder(scratch, f"out-{'base' if checkout == baseline else 'this'}-j{count_jobs}")
                log = scratch / "baseline.log"
                # Run from the scratch directory: "python -m" puts the working directory first on the path.
                run = run_measured(newsconv("convert", "--to", "all", "-q", "-j", str(count_jobs), "-o", str(out),
                                            str(source)), newsconv_env(checkout), log, cwd=scratch)
                if run.exit_code != 0:
                    raise SystemExit(f"{label} failed (exit {run.exit_code}); see {log}:\n{log.read_text()[-2000:]}")
                runs.setdefault((label, row), []).append(run)
    for _ in range(repeat):
        for label, checkout in sides.items():
            runs.setdefault((label, _PARSE_ROW), []).append(parse_run(checkout, inputs, scratch))
    configurations.append((_PARSE_ROW, 1, inputs, 1))
    figures: dict[str, Any] = {}
    rows = []
    for row, count_jobs, _, divisor in configurations:
        ours = [r.seconds / divisor for r in runs[("this checkout", row)]]
        theirs = [r.seconds / divisor for r in runs[("baseline", row)]]
        least, middle = min(ours) / min(theirs), median(ours) / median(theirs)
        figures[row] = {"this": {"min": min(ours), "median": median(ours)},
                        "baseline": {"min": min(theirs), "median": median(theirs)},
                        "ratio_min": least, "ratio_median": middle}
        rows.append((row, f"{fmt_ms(min(ours))} / {fmt_ms(median(ours))}",
                     f"{fmt_ms(min(theirs))} / {fmt_ms(median(theirs))}", f"{least:.3f} / {middle:.3f}"))
    report.table(rows, ("newsconv convert --to all", "this checkout: per capture (least / median)",
                        "baseline: per capture (least / median)", "this / baseline (least / median)"))
    report.say(f"baseline: the convert package of {baseline}; {repeat} runs of each over {count:,} captures and "
               f"over one (start-up included: what a single-file call pays), taking turns; load {load()}")
    report.say(f"{_PARSE_ROW}: the capture reader alone, per capture, in a fresh process each run: one pass over the "
               f"others after {_PARSE_WARM_PASSES} passes over the last {_PARSE_WARM} (at most half of them), so that "
               "nothing it keeps about lines comes from reading the same capture before")
    return figures


_PARSE_ROW = "parse (reader alone)"
_PARSE_WARM = 50  # captures read first, to warm the interpreter up; the timed pass reads the others
_PARSE_WARM_PASSES = 3
_PARSE_TIMING = """
import json, sys, time
from pathlib import Path
from convert.readers.capture import read_capture
paths = sorted(Path(sys.argv[1]).iterdir())
split = len(paths) - min({warm}, len(paths) // 2)
timed, warm = paths[:split], paths[split:]
for _ in range({passes}):
    for path in warm:
        read_capture(path.read_bytes(), str(path))
datas = [(path.read_bytes(), str(path)) for path in timed]
start = time.perf_counter()
for data, name in datas:
    read_capture(data, name)
print(json.dumps((time.perf_counter() - start) / len(datas)))
"""


def parse_run(checkout: Path, inputs: Path, scratch: Path) -> Run:
    """The seconds per capture the reader of ``checkout`` takes over ``inputs`` (see _PARSE_TIMING)."""
    code = _PARSE_TIMING.format(warm=_PARSE_WARM, passes=_PARSE_WARM_PASSES)
    result = subprocess.run([sys.executable, "-c", code, str(inputs)], cwd=scratch, env=newsconv_env(checkout),
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"the reader of {checkout} failed: {result.stderr[-2000:]}")
    return Run(json.loads(result.stdout), 0.0, 0.0, 0.0, load(), load(), 0)


# -- 5. the EPUB bundle -------------------------------------------------------------------------------


def official_checker(explicit: Optional[str]) -> Optional[Path]:
    if explicit:
        return Path(explicit)
    sibling = REPO.parent / "shared" / "standards" / "check-official"
    return sibling if sibling.exists() else None


def epubcheck(book: Path, checker: Optional[Path], scratch: Path) -> tuple[str, float, str]:
    """(verdict, seconds, detail) of EPUBCheck on ``book``."""
    if checker is not None:
        command = [sys.executable, str(checker), "epub", str(book)]
        how = "check-official epub"
    else:
        command = newsconv("validate", str(book))
        how = "newsconv validate"
    start = time.perf_counter()
    result = subprocess.run(command, env=newsconv_env(), capture_output=True, text=True)
    seconds = time.perf_counter() - start
    output = (result.stdout + result.stderr).strip()
    if checker is None and "skipped" in output.lower() and result.returncode == 0:
        return "not run", seconds, f"{how}: {output.splitlines()[-1] if output else ''}"
    verdict = "PASS" if result.returncode == 0 else "FAIL"
    detail = output.splitlines()[0].replace(str(book), book.name) if output else ""
    return verdict, seconds, f"{how}: {detail}"


# The command line's bundle reads its inputs in one process; the library can read them in
# several (what `--bundle` would do if it passed --jobs on).
PARALLEL_BUNDLE = """
import sys
from pathlib import Path
from convert import batch, writers
tasks, failures = batch.plan([sys.argv[1]], None)
with open(sys.argv[2], "wb") as stream:
    writers.bundler("epub")(batch.read_documents(tasks, failures, jobs=int(sys.argv[3])), stream)
"""


def measure_bundle(count: int, inputs: Path, scratch: Path, report: Report, check: bool,
                   checker: Optional[Path], jobs: int) -> dict[str, Any]:
    book = scratch / "bundle.epub"
    run = run_measured(newsconv("convert", "--to", "epub", "-q", "--bundle", str(book), str(inputs)), newsconv_env(),
                       scratch / "bundle.log")
    if run.exit_code != 0:
        raise SystemExit(f"the bundle failed: {(scratch / 'bundle.log').read_text()[-2000:]}")
    figures: dict[str, Any] = {"seconds": run.seconds, "peak_rss_mb": run.peak_rss_mb,
                               "epub_mb": book.stat().st_size / 2**20, "load": run.load_before}
    with zipfile.ZipFile(book) as opened:
        figures["chapters"] = sum(1 for n in opened.namelist() if n.endswith(".xhtml"))
    printed = scratch / "epub_bench.json"
    run_measured([sys.executable, str(BENCH / "epub_bundle.py"), str(count)], newsconv_env(),
                 scratch / "epub_bench.log", printed)
    try:
        figures["writer_only"] = json.loads(printed.read_text().strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError, OSError):
        figures["writer_only"] = None
    parallel = run_measured([sys.executable, "-c", PARALLEL_BUNDLE, str(inputs), str(scratch / "bundle-parallel.epub"),
                             str(jobs)], newsconv_env(), scratch / "bundle-parallel.log")
    figures["parallel_read"] = {"seconds": parallel.seconds, "peak_rss_mb": parallel.peak_rss_mb,
                                "same_bytes": (scratch / "bundle-parallel.epub").read_bytes() == book.read_bytes()}
    rows = [("newsconv convert --to epub --bundle (read + write)", f"{run.seconds:.2f} s", f"{run.peak_rss_mb:.0f} MB"),
            (f"the same, reading in {jobs} processes (batch.read_documents jobs={jobs})", f"{parallel.seconds:.2f} s",
             f"{parallel.peak_rss_mb:.0f} MB")]
    if figures["writer_only"]:
        w = figures["writer_only"]
        rows.append(("EPUB writer alone (bench/epub_bundle.py)", f"{w['seconds']:.2f} s",
                     f"{w['peak_rss_mb']:.0f} MB"))
    report.table(rows, (f"{count:,} articles", "time", "peak RSS"))
    report.say(f"bundle: {figures['epub_mb']:.1f} MB, {figures['chapters']:,} XHTML files; load {run.load_before}; "
               f"reading in parallel gives {'the same' if figures['parallel_read']['same_bytes'] else 'OTHER'} bytes")
    if check:
        verdict, seconds, detail = epubcheck(book, checker, scratch)
        figures["epubcheck"] = verdict
        report.say(f"EPUBCheck: {verdict} in {seconds:.1f} s ({detail})")
    else:
        figures["epubcheck"] = "not run"
        report.say("EPUBCheck: not run (--no-epubcheck)")
    return figures


# -- 6. pandoc ---------------------------------------------------------------------------------------


def pandoc_version() -> Optional[str]:
    if shutil.which("pandoc") is None:
        return None
    result = subprocess.run(["pandoc", "--version"], capture_output=True, text=True)
    return result.stdout.splitlines()[0] if result.returncode == 0 and result.stdout else None


def measure_pandoc(markdown_files: Sequence[Path], scratch: Path, source_format: str) -> dict[str, float]:
    """Median seconds per article of one pandoc process to JATS and one to EPUB."""
    out = scratch / "pandoc"
    out.mkdir(exist_ok=True)
    times: dict[str, list[float]] = {"jats": [], "epub": []}
    for path in markdown_files:
        for target, extra in (("jats", ["-t", "jats", "-s"]), ("epub", ["-t", "epub3"])):
            destination = out / f"{path.stem}.{target}"
            start = time.perf_counter()
            result = subprocess.run(["pandoc", "-f", source_format, *extra, "-o", str(destination), str(path)],
                                    capture_output=True)
            times[target].append(time.perf_counter() - start)
            if result.returncode != 0:
                raise SystemExit(f"pandoc failed on {path}: {result.stderr.decode(errors='replace')[:500]}")
    return {"jats": median(times["jats"]), "epub": median(times["epub"]),
            "pair": median(a + b for a, b in zip(times["jats"], times["epub"]))}


# -- main ----------------------------------------------------------------------------------------------


def versions() -> str:
    parts = []
    for name in ("lxml", "fastjsonschema", "jsonschema", "PyYAML"):
        try:
            parts.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{name} -")
    return ", ".join(parts)


def parse_args(argv: Optional[Sequence[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="newsconv performance benchmark (see the module docstring).")
    parser.add_argument("--n", type=int, default=1000, help="captures to generate (default 1000)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per stage measurement (default 5)")
    parser.add_argument("--e2e-repeat", type=int, default=5, help="end-to-end runs per configuration (default 5)")
    parser.add_argument("--sample", type=int, default=200, help="captures for per-stage figures (default 200)")
    parser.add_argument("--reference-sample", type=int, default=50, help="captures for the jsonschema reference")
    parser.add_argument("--scaling", action="store_true", help="also run end to end at 10 x N")
    parser.add_argument("--bundle-n", type=int, default=5000, help="articles in the EPUB bundle (0 skips it)")
    parser.add_argument("--no-epubcheck", action="store_true", help="do not run EPUBCheck on the bundle")
    parser.add_argument("--check-official", metavar="PATH", help="official checker script (check-official)")
    parser.add_argument("--pandoc-n", type=int, default=20, help="articles converted with pandoc (0 skips pandoc)")
    parser.add_argument("--pandoc-from", default="commonmark", help="pandoc's input format (default commonmark)")
    parser.add_argument("--jobs", type=int, default=2, help="--jobs of the parallel run (default 2)")
    parser.add_argument("--markdown", metavar="FILE", help="also write the results as Markdown to FILE")
    parser.add_argument("--keep", metavar="DIR", help="generate into DIR and keep it")
    parser.add_argument("--tmp", metavar="DIR", help="make the temporary directory in DIR (e.g. a RAM disk)")
    parser.add_argument("--baseline", metavar="DIR", type=Path,
                        help="also run end to end with the convert package of another checkout (a folder with "
                             "convert/ in it), taking turns with this one, and print both and their ratio")
    args = parser.parse_args(argv)
    if args.baseline is not None and not (args.baseline / "convert" / "__init__.py").is_file():
        parser.error(f"--baseline: no convert package in {args.baseline}")
    if args.n < 2 or args.sample < 1 or args.repeat < 1 or args.e2e_repeat < 1:
        parser.error("--n must be at least 2; --sample, --repeat and --e2e-repeat at least 1")
    return args


def first(items: Sequence[Any], count: int) -> list[Any]:
    """The first ``count`` captures: consecutive numbers have the layouts in their set proportions."""
    return list(items[:count])


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parse_args(argv)
    report = Report()
    scratch_owner = None
    if args.keep:
        scratch = Path(args.keep)
        scratch.mkdir(parents=True, exist_ok=True)
    else:
        scratch_owner = tempfile.TemporaryDirectory(prefix="newsconv-bench-", dir=args.tmp)
        scratch = Path(scratch_owner.name)
    try:
        return run_all(args, report, scratch)
    finally:
        if scratch_owner is not None:
            scratch_owner.cleanup()


def run_all(args: argparse.Namespace, report: Report, scratch: Path) -> int:
    import convert

    started = time.perf_counter()
    pandoc = pandoc_version() if args.pandoc_n > 0 else None
    report.section("Environment")
    report.say(f"newsconv {convert.__version__}; Python {platform.python_version()} on {platform.machine()}, "
               f"{os.cpu_count()} CPUs; {versions()}")
    report.say(f"pandoc: {pandoc or ('skipped (--pandoc-n 0)' if args.pandoc_n <= 0 else 'not installed')}")
    report.say(f"load average (1/5/15 min) at start: {load()}")
    report.say("captures and outputs under: " + (args.keep or args.tmp or "the system's temporary directory"))

    report.section(f"Captures: {args.n:,} synthetic" + (f", in {scratch}" if args.keep else ""))
    inputs = scratch / "captures"
    shutil.rmtree(inputs, ignore_errors=True)
    start = time.perf_counter()
    paths = synthetic.write_captures(inputs, args.n)
    sizes = [p.stat().st_size for p in paths]
    layouts: dict[str, int] = {}
    for number in range(args.n):
        layouts[synthetic.layout_of(number)] = layouts.get(synthetic.layout_of(number), 0) + 1
    report.say(f"generated in {time.perf_counter() - start:.1f} s; mean {statistics.mean(sizes):,.0f} bytes "
               f"(min {min(sizes):,}, max {max(sizes):,}); " + ", ".join(f"{k} {v}" for k, v in layouts.items()))
    sample = first(paths, args.sample)

    report.section(f"Stages: median of {args.repeat} runs over {len(sample)} captures "
                   f"(jsonschema reference over {min(args.reference_sample, len(sample))})")
    stages = measure_stages(sample, report, args.repeat, args.reference_sample, scratch)
    report.figures["stages"] = stages.costs

    report.section(f"Floor: the same outputs with the least work, median of {args.repeat} runs")
    floor = measure_floor(sample, report, args.repeat, scratch)
    report.figures["floor"] = floor

    report.section(f"End to end: newsconv convert --to all, {args.n:,} captures, median of {args.e2e_repeat} runs")
    global BYTECODE_CACHE
    BYTECODE_CACHE = scratch / "bytecode"
    convert_runs(first_capture(paths, scratch), scratch, 1, 1)  # compiles and caches the modules
    both = paired_runs(inputs, scratch, (1, args.jobs), args.e2e_repeat)
    single, parallel = summarise_runs(both[1]), summarise_runs(both[args.jobs])
    # The same at a tenth of N: the difference is the steady state, without the fixed start-up.
    small = max(1, args.n // 10)
    small_inputs = new_folder(scratch, f"captures-{small}")
    for path in paths[:small]:
        shutil.copy(path, small_inputs / path.name)
    both = paired_runs(small_inputs, scratch, (1, args.jobs), args.e2e_repeat)
    small_single, small_parallel = summarise_runs(both[1]), summarise_runs(both[args.jobs])
    rows = []
    for label, figures in (("--jobs 1", single), (f"--jobs {args.jobs}", parallel)):
        rows.append((label, f"{figures['seconds']:.2f} s", f"{args.n / figures['seconds']:,.0f}",
                     fmt_ms(figures["seconds"] / args.n),
                     f"{figures['cpu_seconds']:.2f} s ({figures['system_seconds']:.2f} s)",
                     f"{figures['cpu_seconds'] / figures['seconds']:.2f}", f"{figures['peak_rss_mb']:.0f} MB",
                     " / ".join(l.split()[0] for l in figures["loads"])))
    report.table(rows, ("run", "wall", "captures/s", "per capture", "CPU (of which system)", "cores busy", "peak RSS",
                        "load (1 min) at each run"))
    speedup = single["seconds"] / parallel["seconds"]
    marginal_single = (single["seconds"] - small_single["seconds"]) / (args.n - small)
    marginal_parallel = (parallel["seconds"] - small_parallel["seconds"]) / (args.n - small)
    steady_speedup = marginal_single / marginal_parallel if marginal_parallel > 0 else float("nan")
    report.say(f"--jobs {args.jobs} throughput: {speedup:.2f}x the single process over the whole run; "
               f"{steady_speedup:.2f}x in the steady state (time per capture from {small:,} to {args.n:,} captures: "
               f"{fmt_ms(marginal_single)} and {fmt_ms(marginal_parallel)}; runs at {small:,}: "
               f"{small_single['seconds']:.2f} s and {small_parallel['seconds']:.2f} s)")
    floor_ratio = (single["seconds"] / args.n) / floor["floor per capture"]
    report.say(f"single process per capture / floor: {floor_ratio:.2f}x "
               f"({fmt_ms(single['seconds'] / args.n)} vs {fmt_ms(floor['floor per capture'])})")
    report.figures.update(single=single, parallel=parallel, speedup=speedup, floor_ratio=floor_ratio,
                          steady_speedup=steady_speedup, marginal_single=marginal_single)

    if args.baseline is not None:
        report.section(f"Baseline: this checkout against {args.baseline}, end to end over {args.n:,} captures")
        report.figures["baseline"] = measure_baseline(args.baseline.resolve(), inputs, scratch, report,
                                                      (1, args.jobs), args.e2e_repeat)

    report.section("Scaling: newsconv convert --to all --jobs 1 at several N")
    points = [(small, small_single), (args.n, single)]
    if args.scaling:
        points.append((args.n * 10, None))
    measured = []
    for count, known in points:
        if known is None:
            folder = new_folder(scratch, f"captures-{count}")
            if count <= args.n:
                for path in paths[:count]:
                    shutil.copy(path, folder / path.name)
            else:
                synthetic.write_captures(folder, count)
            known = summarise_runs(convert_runs(folder, scratch, 1, 1 if count > args.n else args.e2e_repeat))
        measured.append((count, known))
    rows = []
    previous = None
    for count, figures in measured:
        marginal = "-"
        if previous is not None:
            marginal = fmt_ms((figures["seconds"] - previous[1]["seconds"]) / (count - previous[0]))
        rows.append((f"{count:,}", f"{figures['seconds']:.2f} s", fmt_ms(figures["seconds"] / count), marginal,
                     f"{figures['peak_rss_mb']:.0f} MB"))
        previous = (count, figures)
    report.table(rows, ("captures", "wall", "per capture", "marginal per capture", "peak RSS"))
    start_up = summarise_runs(convert_runs(first_capture(paths, scratch), scratch, 1, 3))["seconds"]
    report.say(f"fixed cost: a run over a single capture (start-up, imports, schema compilation) takes {start_up:.2f} s")
    report.figures["scaling"] = measured

    if args.bundle_n > 0:
        report.section(f"EPUB bundle: {args.bundle_n:,} articles")
        bundle_inputs = new_folder(scratch, "bundle-captures")
        # One article per capture, so that the book has exactly bundle_n articles.
        singles = [n for n in range(args.bundle_n * 3) if synthetic.layout_of(n).endswith("article")][:args.bundle_n]
        for number in singles:
            (bundle_inputs / synthetic.capture_name(number)).write_bytes(synthetic.capture(number))
        report.figures["bundle"] = measure_bundle(args.bundle_n, bundle_inputs, scratch, report,
                                                  not args.no_epubcheck, official_checker(args.check_official),
                                                  args.jobs)

    report.section("pandoc: newsconv's Markdown to JATS and to EPUB, one process per article and format")
    if pandoc is None:
        report.say("pandoc is not installed: skipped (install it, e.g. apt-get install pandoc, to compare)"
                   if args.pandoc_n > 0 else "  skipped (--pandoc-n 0)")
    else:
        chosen = first(paths, args.pandoc_n)
        markdown = []
        (scratch / "pandoc-in").mkdir(exist_ok=True)
        for path in chosen:
            target = scratch / "pandoc-in" / (path.stem + ".md")
            target.write_bytes(convert.write(convert.parse_file(path), "md"))
            markdown.append(target)
        timing = measure_pandoc(markdown, scratch, args.pandoc_from)
        ours = single["seconds"] / args.n
        steady = report.figures["marginal_single"]
        rows = [("pandoc -t jats -s", fmt_ms(timing["jats"]), "-"),
                ("pandoc -t epub3", fmt_ms(timing["epub"]), "-"),
                ("pandoc, both", fmt_ms(timing["pair"]), "1"),
                ("newsconv convert --to all (5 formats), end to end", fmt_ms(ours), f"{ours / timing['pair']:.4f}"),
                ("the same in the steady state (start-up excluded)", fmt_ms(steady), f"{steady / timing['pair']:.4f}")]
        report.table(rows, (f"per article ({pandoc}, -f {args.pandoc_from}, {len(chosen)} articles)", "median",
                            "newsconv/pandoc"))
        report.say(f"newsconv makes all five formats {timing['pair'] / ours:.0f}x faster than pandoc makes JATS + EPUB "
                   f"({timing['pair'] / steady:.0f}x in the steady state)")
        jats_writer, epub_writer = stages.costs["write jats"], stages.costs["write epub"]
        report.say(f"writer alone vs pandoc: JATS {jats_writer / timing['jats']:.4f} "
                   f"({timing['jats'] / jats_writer:.0f}x), EPUB {epub_writer / timing['epub']:.4f} "
                   f"({timing['epub'] / epub_writer:.0f}x)")
        report.figures["pandoc"] = timing

    report.section("Targets")
    rows = targets(report.figures, args)
    report.table(rows, ("target", "this run", "met"))
    report.say(f"load average at end: {load()}; whole benchmark {time.perf_counter() - started:.0f} s")
    if args.markdown:
        Path(args.markdown).write_text(markdown_section(report, args), encoding="utf-8")
        report.say(f"Markdown results written to {args.markdown}")
    return 0


def new_folder(scratch: Path, stem: str) -> Path:
    """A new, empty folder ``stem-N`` in ``scratch``.

    Nothing written during the benchmark is deleted before its end (the scratch directory goes
    at once): after many deletions, ext4 and other file systems create files more slowly for a
    while (a freed inode is not reused at once, and allocation searches past it), which would
    charge one step's clean-up to the next one's time.
    """
    for number in range(1, 1 << 20):
        folder = scratch / f"{stem}-{number}"
        try:
            folder.mkdir(parents=True)
        except FileExistsError:
            continue
        return folder
    raise RuntimeError(f"no free folder name for {stem} in {scratch}")


def first_capture(paths: Sequence[Path], scratch: Path) -> Path:
    """A folder holding only the first capture."""
    one = new_folder(scratch, "captures-1")
    shutil.copy(paths[0], one / paths[0].name)
    return one


def targets(figures: dict[str, Any], args: argparse.Namespace) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    per_capture = figures["single"]["seconds"] / args.n

    def add(goal: str, value: str, met: Optional[bool]) -> None:
        rows.append((goal, value, "n/a" if met is None else ("yes" if met else "NO")))

    if "pandoc" in figures:
        ratio = figures["pandoc"]["pair"] / per_capture
        steady = figures["pandoc"]["pair"] / figures["marginal_single"]
        # Enough digits that a figure just under its goal never reads as the goal itself.
        add("all formats >= 40x faster than pandoc JATS + EPUB (whole run)", f"{ratio:.2f}x", ratio >= 40)
        add("  the same, steady state (start-up excluded)", f"{steady:.2f}x", steady >= 40)
    else:
        add("all formats >= 40x faster than pandoc JATS + EPUB", "pandoc not run", None)
    add("end to end within 2x of the floor", f"{figures['floor_ratio']:.3f}x", figures["floor_ratio"] <= 2)
    add(f"--jobs {args.jobs} >= 1.8x one process (whole run)", f"{figures['speedup']:.3f}x", figures["speedup"] >= 1.8)
    add("  the same, steady state (start-up excluded)", f"{figures['steady_speedup']:.3f}x",
        figures["steady_speedup"] >= 1.8)
    scaling = figures["scaling"]
    (n0, f0), (n1, f1) = scaling[-2], scaling[-1]
    marginal = (f1["seconds"] - f0["seconds"]) / (n1 - n0)
    steady = f1["seconds"] / n1
    add(f"time linear in N ({n0:,} -> {n1:,})",
        f"marginal {fmt_ms(marginal)} vs {fmt_ms(steady)} per capture at {n1:,}", marginal <= 1.15 * steady)
    growth = max(f["peak_rss_mb"] for _, f in scaling) - scaling[0][1]["peak_rss_mb"]
    peaks = " / ".join(f"{f['peak_rss_mb']:.0f}" for _, f in scaling)
    per_capture_kb = max(0.0, (f1["peak_rss_mb"] - f0["peak_rss_mb"]) * 1024 / (n1 - n0))
    add("peak RSS flat in N", f"{peaks} MB ({per_capture_kb:.1f} KB more per capture)", growth <= 10)
    bundle = figures.get("bundle")
    if bundle:
        add(f"{args.bundle_n:,}-article EPUB bundle < 10 s", f"{bundle['seconds']:.2f} s", bundle["seconds"] < 10)
        add("bundle peak RSS < 100 MB", f"{bundle['peak_rss_mb']:.0f} MB", bundle["peak_rss_mb"] < 100)
        verdict = bundle["epubcheck"]
        add("bundle passes EPUBCheck", verdict, None if verdict == "not run" else verdict == "PASS")
    return rows


def markdown_section(report: Report, args: argparse.Namespace) -> str:
    """The figures of this run as Markdown, ready for the README's performance section."""
    command = f"python bench/perf.py --n {args.n}" + (" --scaling" if args.scaling else "")
    return "\n".join([f"Figures from one run of `{command}`:", ""] + report.markdown)


if __name__ == "__main__":
    sys.exit(main())

"""Peak memory and time of ``newsconv`` on big captures, against the size of the input.

    python bench/memory.py                          # 1, 8 and 50 MB; short lines and realistic text; bundles
    python bench/memory.py --sizes 1,8 --bundle-n 0 # a quicker look
    python bench/memory.py --reader-option max_lines=1000       # a capture reader option for every run
    python bench/memory.py --kinds prose,wide,one-line,digest --sizes 66 --bundle-n 0   # at both limits

Inputs, all synthetic and made here:

* *short lines*: ``a`` on every line (two bytes a line): the most lines a byte limit lets through;
* *realistic text*: an aggregator article page of that size from ``bench/synthetic.py``
  (paragraphs of invented sentences, blank lines between them, subheadings, chrome);
* for the worst cases at both limits (``--kinds prose,wide,one-line,digest --sizes 66``: just under
  64 MiB, under 200,000 lines): *long lines of prose* (five sentences a line, no blank lines), the same
  with an emoji on each line (a line holding one takes four bytes a character in memory), *one line*,
  and *digest items* (an aggregator digest: an article for every two lines).

Each is read by ``newsconv convert FILE --to all`` and by ``newsconv parse FILE`` in a fresh
process; the table gives its wall time, its peak RSS, and the peak against the input size, both
whole and above the constant (the peak RSS of a one-capture run of about 5 KB). An input that the
capture reader refuses for its number of lines (``--capture-max-lines``) is measured again with the
limit raised to its line count: what the limit saves.

``--bundle-n N`` (default 20,000; 0 leaves it out) also times ``newsconv convert DIR --to FORMAT
--bundle FILE`` over N synthetic captures of about 5 KB, for NewsML-G2, JATS and EPUB.

Only public tools: every command is started by a small launcher process that reports its wall time and
``os.wait4``'s peak RSS (a child's high-water mark starts from its parent's at fork and exec, and this
benchmark holds big inputs). The launcher sets an address-space limit (``--cap-gb``, default 8) and a
time limit (``--timeout``) first, so that an input that would need more fails there instead of taking
the machine's memory.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Sequence

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

import synthetic  # noqa: E402  (bench/ is not a package)

MB = 1_000_000
DIGEST_HEADER = "THE EXAMPLE AGGREGATOR\nMar 6, 2025\nSponsor: x\ntopic\n"


def lines_up_to(size: int, first: str, next_line: Callable[[], str]) -> bytes:
    """``first`` and then lines from ``next_line`` while the UTF-8 text stays within ``size`` bytes."""
    lines, used = [first], len(first.encode("utf-8"))
    while True:
        line = next_line()
        used += len(line.encode("utf-8"))
        if used > size:
            return "".join(lines).encode("utf-8")
        lines.append(line)


def prose(size: int, end: str = "") -> bytes:
    """A page of paragraphs of five invented sentences, one to a line and no blank line between them
    (some 375 bytes a line, so that 64 MiB stay under the line limit), each ending in ``end``."""
    writer = synthetic.Writer(1)
    return lines_up_to(size, "Harbour council approves new ferry timetable\n", lambda: writer.paragraph(5) + end + "\n")


def one_line(size: int) -> bytes:
    """A headline, then one line of invented sentences."""
    writer = synthetic.Writer(2)
    text = lines_up_to(size - 1, "Harbour council approves new ferry timetable\n", lambda: writer.sentence() + " ")
    return text + b"\n"


def digest(size: int) -> bytes:
    """An aggregator digest of items of a headline and a paragraph of nine sentences (some 740 bytes,
    two lines, one article each)."""
    writer = synthetic.Writer(3)
    return lines_up_to(size, DIGEST_HEADER,
                       lambda: f"{writer.pick(synthetic.PUBLISHERS)}: {writer.headline()}\n{writer.paragraph(9)}\n")


KINDS: dict[str, tuple[str, Callable[[int], bytes]]] = {
    "short": ("short lines", lambda size: b"a\n" * (size // 2)),
    "text": ("realistic text", lambda size: synthetic.capture(0, size)),  # capture 0 is an am1-article
    # At both limits (--sizes 66: just under 64 MiB, and under 200,000 lines):
    "prose": ("long lines of prose", prose),
    "wide": ("long lines, each with an emoji", lambda size: prose(size, " \N{GRINNING FACE}")),  # 4 bytes a character
    "one-line": ("one line", one_line),
    "digest": ("digest items", digest),
}
COMMANDS = ("convert", "parse")
LIMIT_REFUSAL = "more than the limit of"  # in the capture reader's error for too many lines
BUNDLE_FORMATS = ("newsml", "jats", "epub")

# Started with the limits as arguments, it applies them to itself (a child inherits them), runs the
# command and prints what it cost as JSON. The command's own output is discarded, its errors kept.
LAUNCHER = """
import json, os, resource, subprocess, sys, time
cap, timeout, errors_path = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
if cap:
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
with open(errors_path, "wb") as errors:
    start = time.perf_counter()
    child = subprocess.Popen(sys.argv[4:], stdout=subprocess.DEVNULL, stderr=errors)
    timed_out = False
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() - start > timeout:
            timed_out = True
            child.kill()
            _, status, usage = os.wait4(child.pid, 0)
            break
        time.sleep(0.02)
    seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "maxrss_kb": usage.ru_maxrss, "timed_out": timed_out,
                  "exit": os.waitstatus_to_exitcode(status)}))
"""


@dataclass
class Run:
    seconds: float
    peak_mb: float
    exit_code: int
    timed_out: bool
    error: str  # the last line the command wrote to standard error

    @property
    def outcome(self) -> str:
        if self.timed_out:
            return "timed out"
        if self.exit_code == 0:
            return "ok"
        return f"exit {self.exit_code}: {self.error}" if self.error else f"exit {self.exit_code}"


def run_measured(command: Sequence[str], scratch: Path, cap_bytes: int, timeout: float) -> Run:
    """Run ``command`` under the limits: wall time, peak RSS, exit code and its last error line."""
    errors = scratch / "stderr.log"
    result = subprocess.run([sys.executable, "-c", LAUNCHER, str(cap_bytes), str(timeout), str(errors), *command],
                            capture_output=True, text=True, check=True, env=checkout_env(), cwd=scratch)
    figures = json.loads(result.stdout)
    kilobytes = figures["maxrss_kb"] if sys.platform != "darwin" else figures["maxrss_kb"] / 1024
    lines = errors.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    return Run(figures["seconds"], kilobytes / 1024, figures["exit"], figures["timed_out"],
               lines[-1][:300] if lines else "")


def checkout_env() -> dict[str, str]:
    """This checkout first on the path, so that ``python -m convert`` is the code beside this file."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def newsconv(*args: str) -> list[str]:
    return [sys.executable, "-m", "convert", *args]


def reader_flags(options: Sequence[str]) -> list[str]:
    """``--capture-<name>`` flags from ``name=value`` pairs."""
    flags = []
    for option in options:
        name, _, value = option.partition("=")
        flags += [f"--capture-{name.replace('_', '-')}", value]
    return flags


def command_for(command: str, path: Path, out: Path, flags: Sequence[str]) -> list[str]:
    if command == "convert":
        return newsconv("convert", str(path), "--to", "all", "-o", str(out), "-q", "-j", "1", *flags)
    return newsconv("parse", str(path), "-o", str(out), "-q", "-j", "1", *flags)


def write_input(kind: str, size: int, folder: Path) -> Path:
    """The input of ``kind`` and ``size`` bytes in a file of its own, made in a child process so that
    this one stays small."""
    path = folder / f"{kind}-{size / MB:g}mb.txt"
    script = ("import sys; sys.path.insert(0, sys.argv[1]); import memory; "
              "open(sys.argv[4], 'wb').write(memory.KINDS[sys.argv[2]][1](int(sys.argv[3])))")
    subprocess.run([sys.executable, "-c", script, str(BENCH), kind, str(size), str(path)], check=True)
    return path


def fresh_folder(scratch: Path, name: str) -> Path:
    folder = scratch / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def constant_mb(scratch: Path, cap: int, timeout: float) -> dict[str, float]:
    """Peak RSS of each command on one ordinary capture: what a run costs whatever its input."""
    small = scratch / "small.txt"
    small.write_bytes(synthetic.capture(0))
    return {command: run_measured(command_for(command, small, fresh_folder(scratch, "out"), []), scratch, cap,
                                  timeout).peak_mb for command in COMMANDS}


def row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def measure_inputs(sizes: Sequence[float], kinds: Sequence[str], scratch: Path, flags: Sequence[str],
                   cap: int, timeout: float, lines: list[str]) -> None:
    base = constant_mb(scratch, cap, timeout)
    emit(lines, f"constant (one ~5 KB capture): convert {base['convert']:.0f} MB, parse {base['parse']:.0f} MB")
    emit(lines, "")
    emit(lines, row(("input", "size", "lines", "command", "time", "peak RSS", "peak / input",
                     "(peak - constant) / input", "outcome")))
    emit(lines, row(("---", "---:", "---:", "---", "---:", "---:", "---:", "---:", "---")))
    for kind in kinds:
        for size in sizes:
            path = write_input(kind, int(size * MB), fresh_folder(scratch, "input"))
            count = line_count(path)
            for command in COMMANDS:
                label = KINDS[kind][0]
                run = run_command(command, path, scratch, flags, cap, timeout)
                emit(lines, result_row(label, path, count, command, run, base[command]))
                if LIMIT_REFUSAL in run.error:  # what the same input costs when the limit lets it through
                    raised = [*flags, "--capture-max-lines", str(count)]
                    run = run_command(command, path, scratch, raised, cap, timeout)
                    emit(lines, result_row(f"{label}, limit raised", path, count, command, run, base[command]))


def run_command(command: str, path: Path, scratch: Path, flags: Sequence[str], cap: int, timeout: float) -> Run:
    return run_measured(command_for(command, path, fresh_folder(scratch, "out"), flags), scratch, cap, timeout)


def result_row(label: str, path: Path, count: int, command: str, run: Run, constant: float) -> str:
    megabytes = path.stat().st_size / MB
    outcome = "refused: over the line limit" if LIMIT_REFUSAL in run.error else run.outcome
    outcome = outcome.replace(f"newsconv: {path}: ", "")  # the scratch path says nothing
    return row((label, f"{megabytes:.1f} MB", f"{count:,}", command, f"{run.seconds:.1f} s", f"{run.peak_mb:,.0f} MB",
                f"{run.peak_mb / megabytes:.1f}x", f"{(run.peak_mb - constant) / megabytes:.1f}x", outcome))


def line_count(path: Path) -> int:
    """The lines of a synthetic input (LF line ends, the last one ended too)."""
    with open(path, "rb") as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))


def measure_bundles(count: int, scratch: Path, cap: int, timeout: float, lines: list[str]) -> None:
    folder = fresh_folder(scratch, "bundle-inputs")
    synthetic.write_captures(folder, count)
    total = sum(path.stat().st_size for path in folder.iterdir()) / MB
    emit(lines, "")
    emit(lines, f"bundles of {count:,} synthetic captures ({total:.0f} MB):")
    emit(lines, "")
    emit(lines, row(("format", "time", "peak RSS", "bundle size", "outcome")))
    emit(lines, row(("---", "---:", "---:", "---:", "---")))
    for fmt in BUNDLE_FORMATS:
        target = fresh_folder(scratch, "bundle") / f"bundle.{fmt}"
        run = run_measured(newsconv("convert", str(folder), "--to", fmt, "--bundle", str(target), "-q", "-j", "1"),
                           scratch, cap, timeout)
        size = f"{target.stat().st_size / MB:.1f} MB" if target.exists() else "-"
        emit(lines, row((fmt, f"{run.seconds:.1f} s", f"{run.peak_mb:,.0f} MB", size, run.outcome)))


def emit(lines: list[str], line: str) -> None:
    print(line, flush=True)
    lines.append(line)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,8,50", help="input sizes in MB, comma-separated (default 1,8,50)")
    parser.add_argument("--kinds", default="short,text",
                        help=f"inputs, comma-separated: {', '.join(KINDS)} (default short,text)")
    parser.add_argument("--bundle-n", type=int, default=20_000, help="captures in each bundle (0: no bundles)")
    parser.add_argument("--reader-option", action="append", default=[], metavar="NAME=VALUE",
                        help="a capture reader option for every run (repeatable), e.g. max_lines=100000000")
    parser.add_argument("--cap-gb", type=float, default=8.0, help="address-space limit of each run (0: none)")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds a run may take (default 600)")
    parser.add_argument("--markdown", metavar="FILE", help="also write the tables to FILE")
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and leave it there")
    args = parser.parse_args(argv)
    sizes = [float(size) for size in args.sizes.split(",") if size]
    kinds = [kind for kind in args.kinds.split(",") if kind]
    cap = int(args.cap_gb * 1024 ** 3)
    scratch = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="newsconv-memory-"))
    scratch.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []
    try:
        measure_inputs(sizes, kinds, scratch, reader_flags(args.reader_option), cap, args.timeout, lines)
        if args.bundle_n:
            measure_bundles(args.bundle_n, scratch, cap, args.timeout, lines)
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
    if args.markdown:
        Path(args.markdown).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Throughput of ``--engine dask`` against ``--engine local``, and the client's memory as inputs grow.

    python bench/dask_engine.py                         # 10,000 captures; 10,000 and 100,000 small inputs
    python bench/dask_engine.py --n 1000 --memory-n 2000,20000   # a quicker look

1. **Throughput.** N synthetic captures (``bench/synthetic.py``, about 5 KB each) converted with
   ``newsconv convert DIR --to all`` by the local engine with ``--jobs 1`` and ``--jobs 2`` and by
   the dask engine with one and two worker processes (``--engine dask --jobs N``: a cluster started
   on this machine for the run, its start-up included), each in a fresh process, taking turns
   (``--repeat``). The dask outputs are checked to be the local engine's, byte for byte.
2. **Client memory.** A cluster of two workers is started once in a process of its own; the
   client (``newsconv convert file://DIR --engine dask --scheduler ADDRESS --to json``) reads M
   small article captures (about 400 bytes, so that the run is short and the client's share shows) listed
   from a ``file://`` store, for each M of ``--memory-n``. The client's peak RSS should not grow
   with M: the listing is read one folder at a time and only a bounded window of chunks is in flight.

Peak RSS comes from ``os.wait4`` through a small launcher process (``bench/perf.py``'s). Timings
move with whatever else the machine runs: the load average is printed beside each run. As in
``bench/perf.py``, every run writes into a new folder after a ``sync`` and nothing is deleted before the
end (ext4 creates files more slowly for a while after a mass deletion).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import synthetic  # noqa: E402  (bench/ is not a package)
from perf import load, newsconv, newsconv_env, run_measured  # noqa: E402

ENGINES = (("local", 1), ("dask", 1), ("local", 2), ("dask", 2))
SMALL = 400  # bytes of each capture of the memory runs

# The cluster of the memory runs: started apart from the measured client, so that its scheduler's
# memory is not counted as the client's.
CLUSTER = """
import logging, sys
from distributed import LocalCluster
with LocalCluster(n_workers=int(sys.argv[1]), threads_per_worker=1, dashboard_address=":0",
                  silence_logs=logging.ERROR) as cluster:
    print(cluster.scheduler_address, flush=True)
    sys.stdin.read()
"""


def digest(folder: Path) -> str:
    """One digest of every file's name and bytes below ``folder``."""
    total = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            total.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return total.hexdigest()


def throughput(scratch: Path, count: int, repeat: int) -> list[str]:
    captures = scratch / "captures"
    synthetic.write_captures(captures, count)
    env = newsconv_env()
    times: dict[tuple[str, int], list[float]] = {engine: [] for engine in ENGINES}
    digests: dict[tuple[str, int], str] = {}
    for attempt in range(repeat):
        for engine, jobs in ENGINES:
            out = scratch / f"out-{engine}-{jobs}-{attempt}"
            command = newsconv("convert", str(captures), "--to", "all", "-o", str(out), "-q", "--engine", engine,
                               "--jobs", str(jobs))
            run = run_measured(command, env, scratch / "log.txt")
            if run.exit_code != 0:
                raise SystemExit(f"{engine} --jobs {jobs} failed: {(scratch / 'log.txt').read_text()[-2000:]}")
            times[(engine, jobs)].append(run.seconds)
            digests[(engine, jobs)] = digest(out)
            print(f"  {engine:5} --jobs {jobs}: {run.seconds:7.1f} s  {count / run.seconds:6.1f} captures/s  "
                  f"load {run.load_before} -> {run.load_after}", file=sys.stderr)
    best = {engine: min(seconds) for engine, seconds in times.items()}
    lines = [f"Throughput: {count:,} captures, --to all (best of {repeat})", "",
             "| engine | processes | seconds | captures/s | vs local at equal cores |", "|---|---|---|---|---|"]
    for engine, jobs in ENGINES:
        seconds = best[(engine, jobs)]
        ratio = best[("local", jobs)] / seconds
        lines.append(f"| {engine} | {jobs} | {seconds:.1f} | {count / seconds:.1f} | {ratio:.2f} |")
    same = len(set(digests.values())) == 1
    lines += ["", f"dask outputs byte-identical to local: {'yes' if same else 'NO'}",
              f"dask 2 workers vs 1: {best[('dask', 1)] / best[('dask', 2)]:.2f}x; "
              f"local --jobs 2 vs 1: {best[('local', 1)] / best[('local', 2)]:.2f}x", ""]
    return lines


def client_memory(scratch: Path, counts: list[int]) -> list[str]:
    env = newsconv_env()
    cluster = subprocess.Popen([sys.executable, "-c", CLUSTER, "2"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               text=True, env=env)
    try:
        address = cluster.stdout.readline().strip()  # type: ignore[union-attr]
        lines = ["Client memory: small captures listed from a file:// store, --to json, a cluster of 2 workers "
                 "started apart", "", "| inputs | seconds | client peak RSS (MB) | load |", "|---|---|---|---|"]
        for count in counts:
            folder = scratch / f"small-{count}"
            for index in range(count):  # in folders of 10,000, as an archive would be laid out
                part = folder / f"{index // 10_000:03d}"
                if index % 10_000 == 0:
                    part.mkdir(parents=True)
                number = index // 5 * 10 + index % 5  # articles only: a digest this small has no item
                (part / synthetic.capture_name(number)).write_bytes(synthetic.capture(number, SMALL))
            out = scratch / f"small-out-{count}"
            run = run_measured(newsconv("convert", f"file://{folder}", "--to", "json", "-o", f"file://{out}", "-q",
                                        "--engine", "dask", "--scheduler", address), env, scratch / "log.txt")
            if run.exit_code != 0:
                raise SystemExit(f"the client run of {count} failed: {(scratch / 'log.txt').read_text()[-2000:]}")
            print(f"  {count:,} inputs: {run.seconds:.1f} s, client peak {run.peak_rss_mb:.1f} MB", file=sys.stderr)
            lines.append(f"| {count:,} | {run.seconds:.1f} | {run.peak_rss_mb:.1f} | {run.load_before} |")
        return lines + [""]
    finally:
        cluster.stdin.close()  # type: ignore[union-attr]
        cluster.wait(timeout=60)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="captures of the throughput runs (default 10,000)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each engine, taking turns (default 1)")
    parser.add_argument("--memory-n", default="10000,100000",
                        help="numbers of small inputs of the client memory runs (default 10000,100000; empty: none)")
    parser.add_argument("--keep", type=Path, help="work in this folder and leave it there")
    args = parser.parse_args(argv)
    scratch = args.keep or Path(tempfile.mkdtemp(prefix="newsconv-bench-dask-"))
    scratch.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    try:
        print(f"Environment: {os.cpu_count()} processors, load {load()}, Python {sys.version.split()[0]}")
        print()
        lines = throughput(scratch, args.n, args.repeat) if args.n else []
        counts = [int(part) for part in args.memory_n.split(",") if part.strip()]
        if counts:
            lines += client_memory(scratch, counts)
        print("\n".join(lines))
        print(f"({time.perf_counter() - started:.0f} s in all)")
    finally:
        if args.keep is None:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

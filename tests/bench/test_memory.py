"""Peak memory of whole runs, in fresh processes measured as bench/memory.py measures them."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BENCH = REPO / "bench"
MB = 1_000_000
CAP = 4 * 1024 ** 3  # a run that would need more fails instead of taking the machine's memory
TIMEOUT = 60.0


def _load_memory_bench():
    """bench/memory.py, loaded by path (bench/ is not a package; the module imports its neighbours)."""
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("bench_memory", BENCH / "memory.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # its dataclass looks its module up there
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


memory = _load_memory_bench()


@pytest.fixture(scope="module")
def constant(tmp_path_factory) -> float:
    """Peak RSS in MB of converting one ordinary capture to every format."""
    return memory.constant_mb(tmp_path_factory.mktemp("constant"), CAP, TIMEOUT)["convert"]


def convert_all(path: Path, scratch: Path, *flags: str):
    return memory.run_command("convert", path, scratch, list(flags), CAP, TIMEOUT)


def test_megabytes_of_short_lines_are_refused_at_once_with_little_memory(tmp_path: Path, constant: float):
    path = tmp_path / "short.txt"
    path.write_bytes(b"a\n" * (2 * MB))  # 4 MB, 2,000,000 lines: read in full, some 2 GB and a minute
    run = convert_all(path, tmp_path)
    assert run.exit_code == 1
    assert "2,000,000 lines, more than the limit of 200,000 (--capture-max-lines)" in run.error
    assert run.peak_mb < constant + 10 * path.stat().st_size / MB, run
    assert run.seconds < 5


def test_short_lines_under_the_limit_take_about_a_kilobyte_each(tmp_path: Path, constant: float):
    lines = 40_000
    path = tmp_path / "short.txt"
    path.write_bytes(b"Headline of the page\n" + b"a\n" * (lines - 1))
    run = convert_all(path, tmp_path)
    assert run.outcome == "ok", run
    assert run.peak_mb < constant + 2 * lines / 1000, run


def test_realistic_text_peaks_at_less_than_twenty_times_its_size(tmp_path: Path, constant: float):
    path = memory.write_input("text", 3 * MB, tmp_path)
    run = convert_all(path, tmp_path)
    assert run.outcome == "ok", run
    assert run.peak_mb < constant + 20 * path.stat().st_size / MB, run


def test_the_benchmark_measures_every_input_and_bundle(tmp_path: Path):
    markdown = tmp_path / "memory.md"
    result = subprocess.run(
        [sys.executable, str(BENCH / "memory.py"), "--sizes", "0.02", "--bundle-n", "3",
         "--reader-option", "max_lines=1000", "--markdown", str(markdown), "--keep", str(tmp_path / "work")],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    table = markdown.read_text(encoding="utf-8")
    for row in ("| short lines | 0.0 MB | 10,000 | convert |", "| short lines, limit raised | 0.0 MB | 10,000 | parse |",
                "| realistic text |", "| newsml |", "| jats |", "| epub |"):
        assert row in table, table
    assert "refused: over the line limit" in table
    assert "| ok |" in table

"""The benchmark runs end to end with a tiny N and prints every section (no timing is asserted)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import convert

REPO = Path(__file__).resolve().parents[2]
BENCH = REPO / "bench"
SECTIONS = ("Environment", "Captures:", "Stages:", "Floor:", "End to end:", "Scaling:", "EPUB bundle:", "pandoc:",
            "Targets")


def _synthetic():  # bench/ is not a package: load the generator by path
    spec = importlib.util.spec_from_file_location("synthetic", BENCH / "synthetic.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_synthetic_captures_are_stable_and_read_as_their_layout() -> None:
    synthetic = _synthetic()
    for number in range(10):  # one of each layout slot
        data = synthetic.capture(number)
        assert data == synthetic.capture(number)
        assert 4000 < len(data) < 8000
        document = convert.parse_bytes(data, synthetic.capture_name(number))
        assert document["capture"]["layout"] == synthetic.layout_of(number)
    assert synthetic.capture(1) != synthetic.capture(2)


def test_the_benchmark_prints_every_section_with_a_tiny_n(tmp_path: Path) -> None:
    markdown = tmp_path / "results.md"
    result = subprocess.run(
        [sys.executable, str(BENCH / "perf.py"), "--n", "12", "--repeat", "1", "--e2e-repeat", "1", "--sample", "4",
         "--reference-sample", "2", "--bundle-n", "10", "--no-epubcheck", "--pandoc-n", "0",
         "--markdown", str(markdown), "--keep", str(tmp_path / "work")],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    headers = [line for line in result.stdout.splitlines() if line.startswith("== ")]
    for section in SECTIONS:
        assert any(section in header for header in headers), f"no {section} section in:\n{result.stdout}"
    for stage in ("decode + lines", "validate: fastjsonschema", "validate: jsonschema reference", "write newsml",
                  "write jats", "write epub", "write md", "floor per capture", "--jobs 2", "EPUB writer alone"):
        assert stage in result.stdout
    assert "skipped (--pandoc-n 0)" in result.stdout
    assert "| stage (per capture) | median |" in markdown.read_text(encoding="utf-8")


def test_the_benchmark_compares_with_a_baseline_checkout(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(BENCH / "perf.py"), "--n", "4", "--repeat", "1", "--e2e-repeat", "1", "--sample", "2",
         "--reference-sample", "1", "--bundle-n", "0", "--pandoc-n", "0", "--baseline", str(REPO),
         "--keep", str(tmp_path / "work")],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert any(line.startswith("== Baseline:") for line in result.stdout.splitlines()), result.stdout
    assert "this / baseline (least / median)" in result.stdout and "--jobs 2" in result.stdout
    parse_row = next(line for line in result.stdout.splitlines() if line.strip().startswith("parse (reader alone)"))
    assert parse_row.split()[-1] != "0.000"  # the reader of each side timed, and compared


def test_a_baseline_without_a_convert_package_is_refused(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, str(BENCH / "perf.py"), "--baseline", str(tmp_path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "no convert package" in result.stderr

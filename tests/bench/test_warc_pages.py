"""The web archive benchmark's generator: archives of a given size, pictures of a given size, and its run."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("warcio", reason="web archives need the web extra")

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _warc_pages():  # bench/ is not a package: load the script by path
    spec = importlib.util.spec_from_file_location("warc_pages", BENCH / "warc_pages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_archive_of_a_size_with_pictures_of_a_size(tmp_path):
    bench = _warc_pages()
    records, pages = bench.write_archive(tmp_path / "a.warc.gz", 0, picture_every=2, picture_kb=50, size=400_000)
    size = (tmp_path / "a.warc.gz").stat().st_size
    assert 400_000 <= size < 400_000 + 60_000  # written until the size is reached, one record past it at most
    assert pages == records - records // 2
    assert [bench.byte_size(s) for s in ("2G", "500M", "64k", "1000")] == [2 * 10**9, 500 * 10**6, 64_000, 1000]


def test_the_benchmark_runs_end_to_end(tmp_path):
    result = subprocess.run([sys.executable, str(BENCH / "warc_pages.py"), "--pages", "30", "--jobs", "1"],
                            capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    header, row = result.stdout.splitlines()
    assert header.split()[:2] == ["records", "pages"] and row.split()[:2] == ["30", "27"]

"""The dask engine's benchmark runs end to end with tiny numbers and prints its tables (no timing is asserted)."""

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def test_the_benchmark_compares_the_engines_and_measures_the_client():
    pytest.importorskip("distributed", reason="the dask engine needs the dask extra")
    result = subprocess.run([sys.executable, str(REPO / "bench" / "dask_engine.py"), "--n", "12", "--memory-n", "30"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Throughput: 12 captures" in out and "dask outputs byte-identical to local: yes" in out
    for engine, jobs in (("local", 1), ("dask", 1), ("local", 2), ("dask", 2)):
        assert f"| {engine} | {jobs} |" in out
    assert "| 30 |" in out

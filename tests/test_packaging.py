"""The installed (non-editable) wheel carries the schema and works away from the checkout."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    pytest.importorskip("hatchling", reason="building the wheel offline needs hatchling installed")
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                             "-w", str(out), str(REPO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    return next(out.glob("newsconv-*.whl"))


def test_wheel_contains_the_schema_and_type_marker(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "convert/schemas/newsconv-document-1.1.schema.json" in names
    assert "convert/py.typed" in names
    assert "convert/writers/epub/style.css" in names  # the EPUB stylesheet is a data file of its package
    assert not any(n.startswith(("tests/", "samples/", "bench/")) for n in names)


def test_installed_wheel_finds_its_schema_and_parses(wheel, tmp_path):
    target = tmp_path / "site"
    result = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--target",
                             str(target), str(wheel)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    sample = REPO / "samples" / "am1-article-publisher.txt"
    code = ("import convert, sys; p = convert.schema_path(); assert str(p).startswith(sys.argv[1]), p; "
            "d = convert.parse_file(sys.argv[2]); assert convert.write(d, 'epub'); "
            "print(d['articles'][0]['headline'])")
    env = dict(os.environ, PYTHONPATH=str(target))
    result = subprocess.run([sys.executable, "-c", code, str(target), str(sample)], capture_output=True, text=True,
                            env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Ferry operator confirms winter timetable")

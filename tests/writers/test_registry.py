"""Writers come from the built-in table and from the ``newsconv.writers`` entry point."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import convert
from convert import writers
from convert.errors import NewsconvError
from tests.documents import document, digest_document

REPO = Path(__file__).resolve().parents[2]
PLUGIN = REPO / "tests" / "plugin"
SAMPLE = REPO / "samples" / "am1-article-publisher.txt"


@pytest.fixture(scope="module")
def plugin_site(tmp_path_factory):
    """The test plugin really installed (by pip, offline) into a folder of its own."""
    pytest.importorskip("hatchling", reason="installing the plugin offline needs hatchling")
    target = tmp_path_factory.mktemp("plugin-site")
    result = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation",
                             "--no-index", "--target", str(target), str(PLUGIN)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    return target


def newsconv(*args, site=None, cwd=None):
    paths = [str(REPO)] + ([str(site)] if site else [])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(paths))
    return subprocess.run([sys.executable, "-m", "convert", *map(str, args)], capture_output=True, text=True,
                          env=env, cwd=cwd or REPO)


def test_builtin_writers_are_registered():
    assert writers.names()[:5] == ["json", "newsml", "jats", "epub", "md"]
    for name in writers.names():
        writer = writers.get(name)
        assert writer.name == name and writer.extension.startswith(".") and writer.description


def test_unknown_format_is_a_clear_error():
    with pytest.raises(NewsconvError, match="unknown format 'nope'; available: json"):
        convert.write(document(), "nope")


def test_write_returns_bytes_for_every_builtin_format():
    for name in ("json", "newsml", "jats", "epub", "md"):
        data = convert.write(digest_document(), name)
        assert isinstance(data, bytes) and data


def test_plugin_shows_up_in_formats(plugin_site):
    result = newsconv("formats", site=plugin_site)
    assert result.returncode == 0, result.stderr
    assert any(line.split()[:2] == ["wordcount", ".words.tsv"] for line in result.stdout.splitlines())


def test_plugin_works_with_to(plugin_site, tmp_path):
    result = newsconv("convert", SAMPLE, "--to", "json,wordcount", "-o", tmp_path, "-q", site=plugin_site)
    assert result.returncode == 0, result.stderr
    out = (tmp_path / "am1-article-publisher.words.tsv").read_text(encoding="utf-8")
    headline, words = out.rstrip("\n").split("\t")
    assert headline.startswith("Ferry operator confirms") and int(words) > 50
    assert (tmp_path / "am1-article-publisher.json").exists()


def test_without_the_plugin_the_format_is_unknown(tmp_path):
    result = newsconv("convert", SAMPLE, "--to", "wordcount", "-o", tmp_path)
    assert result.returncode == 2 and "unknown format" in result.stderr


def test_plugins_are_looked_for_where_importlib_metadata_finds_them(plugin_site, tmp_path, monkeypatch):
    plain = tmp_path / "site"
    (plain / "other-1.0.dist-info").mkdir(parents=True)
    (plain / "other-1.0.dist-info" / "entry_points.txt").write_text("[console_scripts]\nother = other:main\n")
    (plain / "bare-2.0.dist-info").mkdir()
    monkeypatch.setattr(sys, "path", [str(plain), str(tmp_path / "missing")])
    assert not writers._may_declare_plugins()
    monkeypatch.setattr(sys, "path", [str(plain), str(plugin_site)])
    assert writers._may_declare_plugins()
    archive = tmp_path / "packages.zip"
    archive.write_bytes(b"PK\x05\x06" + bytes(18))
    monkeypatch.setattr(sys, "path", [str(plain), str(archive)])
    assert writers._may_declare_plugins()  # cannot look inside: importlib.metadata decides
    (plain / "old-0.1.egg").mkdir()
    monkeypatch.setattr(sys, "path", [str(plain)])
    assert writers._may_declare_plugins()


def test_without_plugins_the_slow_entry_point_scan_is_skipped(tmp_path):
    code = ("import sys; from convert import writers; "
            "print(writers.names(), 'importlib.metadata' in sys.modules)")
    # -S: no site-packages, so that a plugin installed where the tests run cannot change the answer
    result = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True, cwd=tmp_path,
                            env=dict(os.environ, PYTHONPATH=str(REPO)))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("] ")[1].strip() == "False"


def test_all_formats_include_plugins(plugin_site, tmp_path):
    result = newsconv("convert", SAMPLE, "--to", "all", "-o", tmp_path, "-q", site=plugin_site)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "am1-article-publisher.words.tsv").exists()
    assert (tmp_path / "am1-article-publisher.newsml.xml").exists()

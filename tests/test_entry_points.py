"""The look for plugin declarations that spares importing importlib.metadata, against importlib.metadata itself."""

import importlib.metadata
import os
import subprocess
import sys
from importlib.machinery import PathFinder

import pytest

from convert import _entry_points
from tests.paths import REPO


def declared(group):
    return sorted((ep.name, ep.value) for ep in importlib.metadata.entry_points(group=group))


@pytest.mark.parametrize("group", ["console_scripts", "newsconv.readers", "newsconv.writers", "no.such.group"])
def test_the_same_entry_points_as_importlib_metadata(group):
    assert sorted((ep.name, ep.value) for ep in _entry_points.entry_points(group)) == declared(group)


def test_a_folder_without_the_group_is_a_no_and_what_cannot_be_read_a_yes(tmp_path, monkeypatch):
    plain = tmp_path / "site"
    (plain / "other-1.0.dist-info").mkdir(parents=True)
    (plain / "other-1.0.dist-info" / "entry_points.txt").write_text("[console_scripts]\nother = other:main\n")
    (plain / "bare-2.0.dist-info").mkdir()
    monkeypatch.setattr(sys, "path", [str(plain), str(tmp_path / "missing")])
    with monkeypatch.context() as only_paths:
        # A package another test imported (Dask imports importlib_metadata) may have added a finder of its
        # own, which rightly counts as a yes: the no is checked without it.
        only_paths.setattr(sys, "meta_path", [finder for finder in sys.meta_path
                                              if not hasattr(finder, "find_distributions") or finder is PathFinder])
        assert not _entry_points.may_declare("newsconv.writers")
    assert _entry_points.may_declare("console_scripts")
    (plain / "mine-1.0.dist-info").mkdir()
    (plain / "mine-1.0.dist-info" / "entry_points.txt").write_text("[newsconv.writers]\nmine = mine:WRITER\n")
    assert _entry_points.may_declare("newsconv.writers")
    assert [ep.name for ep in _entry_points.entry_points("newsconv.writers")] == ["mine"]
    archive = tmp_path / "packages.zip"
    archive.write_bytes(b"PK\x05\x06" + bytes(18))
    monkeypatch.setattr(sys, "path", [str(archive)])
    assert _entry_points.may_declare("newsconv.writers")  # cannot look inside: importlib.metadata decides
    (tmp_path / "eggs" / "old-0.1.egg").mkdir(parents=True)
    monkeypatch.setattr(sys, "path", [str(tmp_path / "eggs")])
    assert _entry_points.may_declare("newsconv.writers")


def test_without_plugins_importlib_metadata_is_not_imported():
    code = ("import sys; from convert import readers, writers; "
            "print(readers.names(), writers.names(), 'importlib.metadata' in sys.modules)")
    # -S: no site-packages, so that a plugin installed where the tests run cannot change the answer
    result = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True,
                            env=dict(os.environ, PYTHONPATH=str(REPO)), cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == "False"

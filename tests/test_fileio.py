import os
import stat

import pytest

from convert.fileio import atomic_output, write_atomic


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_write_atomic_writes_the_bytes_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "out.xml"
    write_atomic(target, b"<a/>\n" * 10000)
    assert target.read_bytes() == b"<a/>\n" * 10000
    assert _leftovers(tmp_path) == []


def test_write_atomic_replaces_an_existing_file(tmp_path):
    target = tmp_path / "out.json"
    target.write_bytes(b"old and longer")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"


def test_missing_folders_are_made(tmp_path):
    target = tmp_path / "a" / "b" / "out.md"
    write_atomic(target, b"x")
    assert target.read_bytes() == b"x"


def test_a_folder_another_process_makes_at_the_same_moment_is_no_error(tmp_path, monkeypatch):
    # Two workers writing the first outputs of a batch both find the folder missing; the one
    # that loses the race to make it must write its file all the same.
    target = tmp_path / "out" / "story.json"
    real_open = os.open
    calls = []

    def open_after_the_other_process(path, *args):
        calls.append(path)
        if len(calls) == 1:
            os.mkdir(tmp_path / "out")  # the other process was quicker
            raise FileNotFoundError(2, "No such file or directory", path)
        return real_open(path, *args)

    monkeypatch.setattr(os, "open", open_after_the_other_process)
    write_atomic(target, b"{}")
    assert target.read_bytes() == b"{}" and len(calls) == 2


def test_a_new_file_gets_the_permissions_the_umask_allows(tmp_path):
    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "out.md", b"x")
        with atomic_output(tmp_path / "streamed.md") as handle:
            handle.write(b"x")
    finally:
        os.umask(old)
    for name in ("out.md", "streamed.md"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o640


def test_a_failed_write_leaves_neither_target_nor_temporary_file(tmp_path):
    target = tmp_path / "out.epub"
    with pytest.raises(RuntimeError):
        with atomic_output(target) as handle:
            handle.write(b"half")
            raise RuntimeError("writer failed")
    assert not target.exists()
    assert _leftovers(tmp_path) == []


def test_a_failed_write_keeps_the_previous_output(tmp_path):
    target = tmp_path / "out.epub"
    target.write_bytes(b"complete")
    with pytest.raises(KeyboardInterrupt):
        with atomic_output(target) as handle:
            handle.write(b"half")
            raise KeyboardInterrupt
    assert target.read_bytes() == b"complete"
    assert _leftovers(tmp_path) == []


def test_a_name_left_by_a_killed_process_is_not_reused(tmp_path):
    stale = tmp_path / f".out.xml.{os.getpid()}.part"
    stale.write_bytes(b"stale")
    write_atomic(tmp_path / "out.xml", b"fresh")
    assert (tmp_path / "out.xml").read_bytes() == b"fresh"
    assert stale.read_bytes() == b"stale"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_link_planted_at_the_temporary_name_is_not_written_through(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"keep me")
    os.symlink(victim, tmp_path / f".out.xml.{os.getpid()}.part")
    write_atomic(tmp_path / "out.xml", b"fresh")
    assert victim.read_bytes() == b"keep me"
    assert (tmp_path / "out.xml").read_bytes() == b"fresh"


@pytest.mark.parametrize("write", ["write_atomic", "atomic_output"])
def test_an_interruption_just_after_the_temporary_file_is_made_leaves_nothing(tmp_path, monkeypatch, write):
    # Ctrl-C or SIGTERM can arrive between any two steps; the moment the file exists is the worst one.
    real_open = os.open

    def open_then_interrupted(path, *args):
        real_open(path, *args)
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "open", open_then_interrupted)
    with pytest.raises(KeyboardInterrupt):
        if write == "write_atomic":
            write_atomic(tmp_path / "out.xml", b"data")
        else:
            with atomic_output(tmp_path / "out.xml") as handle:
                handle.write(b"data")
    assert list(tmp_path.iterdir()) == []


def test_the_temporary_files_of_a_dead_process_are_removed(tmp_path):
    from convert.fileio import remove_temporaries

    names = [".a.json.123.part", ".a.newsml.xml.123-2.part", ".a.json.1234.part", ".a.json.123.part.old",
             "a.json", ".b.json.12.part"]
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    remove_temporaries(str(tmp_path), 123)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([".a.json.1234.part", ".a.json.123.part.old",
                                                                 ".b.json.12.part", "a.json"])
    remove_temporaries(str(tmp_path / "missing"), 123)  # nothing to do, no error


def test_temporary_files_of_processes_no_longer_running_are_removed_and_others_kept(tmp_path):
    from convert.fileio import remove_stale_temporaries

    gone = 2 ** 22 + 4321  # above the largest process id Linux hands out
    (tmp_path / f".story.json.{gone}.part").write_bytes(b"")
    (tmp_path / f".story.xml.{gone}-2.part").write_bytes(b"half")
    (tmp_path / f".story.md.{os.getpid()}.part").write_bytes(b"being written")
    (tmp_path / "story.json").write_bytes(b"{}")
    (tmp_path / "notes.part").write_bytes(b"not ours")
    remove_stale_temporaries(str(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == [f".story.md.{os.getpid()}.part", "notes.part", "story.json"]


def test_a_batch_clears_what_a_killed_run_left_even_when_it_skips_existing_outputs(tmp_path):
    from convert.cli import main
    from tests.samples import SAMPLES

    out = tmp_path / "out"
    assert main(["parse", str(SAMPLES[0]), "-o", str(out), "-q"]) == 0
    left = out / f".{SAMPLES[0].stem}.json.{2 ** 22 + 4321}.part"
    left.write_bytes(b"")
    assert main(["parse", str(SAMPLES[0]), "-o", str(out), "-q", "--skip-existing"]) == 0
    assert not left.exists()


def test_a_name_too_long_for_its_temporary_name_is_still_written(tmp_path):
    target = tmp_path / ("n" * 240 + ".json")
    write_atomic(target, b"{}")
    assert target.read_bytes() == b"{}" and [p.name for p in tmp_path.iterdir()] == [target.name]

"""A batch's tasks when inputs or outputs are on a store: the local engine's output names, clashes refused."""

import os

import pytest

from convert import inputs
from convert.distributed import Tasks
from convert.errors import NewsconvError

fsspec = pytest.importorskip("fsspec", reason="stores other than the local disk need the dask extra")

TREE = ["b.txt", "a/z.txt", "a.txt", "a/b/c.txt", ".hidden/d.txt", "c/e:f.txt", "skip.json"]



def make_tree(tmp_path, memory, names=TREE):
    fs = fsspec.filesystem("memory")
    for name in names:
        (tmp_path / "in" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / name).write_text(name)
        fs.pipe_file(f"{memory}/in/{name}", name.encode())


def relative(tasks, root, sep):
    return [(task.source[len(root) + 1:].replace(sep, "/"), task.target[len(root) + 1:].replace(sep, "/"))
            for task in tasks]


def test_inputs_on_a_store_take_the_names_the_local_engine_gives(tmp_path, memory):
    make_tree(tmp_path, memory)
    local = relative(inputs.Plan([str(tmp_path / "in")], tmp_path / "out", inputs.DEFAULT_PATTERNS), str(tmp_path), os.sep)
    found = Tasks([f"{memory}/in"], f"{memory}/out/")
    assert relative(found, memory, "/") == local
    assert found.complete and found.found == len(local) == 6 and not found.clashes
    assert not found.output_folders  # nothing to clean on a store


def test_local_inputs_written_to_a_store_keep_their_names(tmp_path, memory):
    make_tree(tmp_path, memory)
    local = [task.target[len(str(tmp_path / "out")):].replace(os.sep, "/")
             for task in inputs.Plan([str(tmp_path / "in")], tmp_path / "out", inputs.DEFAULT_PATTERNS)]
    found = [task.target for task in Tasks([f"file://{tmp_path / 'in'}"], f"{memory}/out")]
    assert found == [f"{memory}/out{name}" for name in local]


def test_local_outputs_of_inputs_on_a_store_are_paths_and_their_folders_are_noted(tmp_path, memory):
    make_tree(tmp_path, memory)
    found = Tasks([f"{memory}/in"], str(tmp_path / "out"))
    targets = [task.target for task in found]
    assert str(tmp_path / "out" / "a" / "b" / "c") in targets
    assert found.output_folders == {os.path.dirname(target) for target in targets}


def test_two_inputs_of_a_store_that_take_one_output_name_the_second_is_refused(tmp_path, memory):
    make_tree(tmp_path, memory, ["story.txt", "story.md", "sub/x.txt", "sub/x.md"])
    found = Tasks([f"{memory}/in"], f"{memory}/out", ("*.txt", "*.md"))
    assert [task.source for task in found] == [f"{memory}/in/story.md", f"{memory}/in/sub/x.md"]
    assert [source for source, _ in found.clashes] == [f"{memory}/in/story.txt", f"{memory}/in/sub/x.txt"]
    assert f"output name {memory}/out/story is already used by {memory}/in/story.md" in found.clashes[0][1]
    assert found.found == 4


def test_a_missing_input_on_a_store_is_refused_with_its_name(memory):
    found = Tasks([f"{memory}/nothing.txt"], f"{memory}/out")
    tasks = list(found)
    assert tasks == [inputs.Task(f"{memory}/nothing.txt", f"{memory}/out/nothing", f"{memory}/nothing.txt")]


def test_standard_input_cannot_go_to_a_cluster(memory):
    with pytest.raises(NewsconvError, match="standard input"):
        Tasks(["-"], f"{memory}/out")

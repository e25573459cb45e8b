"""Finding a batch's inputs and naming their outputs: the order of Path.rglob, safe names, and name
clashes found without a record per input."""

import os
import random
import tracemalloc
from pathlib import Path

import pytest

from convert import batch, inputs

ODD_NAMES_ALLOWED = os.name != "nt"  # "?" and control characters cannot be file names there


def write(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")


def expected_plan(given, out, patterns=inputs.DEFAULT_PATTERNS):
    """What a batch must do, worked out the plain way: every input's output name from discover(),
    the first input to want a name gets it, later ones are refused."""
    taken, tasks, clashes = {}, [], []
    for source, stem in inputs.discover(given, patterns):
        target = str(out / stem)
        if target in taken:
            clashes.append((source, f"output name {target} is already used by {taken[target]}; "
                                    "give the inputs as a directory to mirror its tree"))
        else:
            taken[target] = source
            tasks.append(inputs.Task(source, target, source))
    return tasks, clashes


def planned(given, out, patterns=inputs.DEFAULT_PATTERNS):
    found = inputs.Plan(given, out, patterns)
    tasks = list(found)
    assert found.complete and found.found == len(tasks) + len(found.clashes)
    return tasks, found.clashes


def test_plan_mirrors_folders_and_reports_name_clashes(tmp_path):
    write(tmp_path, "a/x.txt", "b/x.txt")
    tasks, clashes = batch.plan([str(tmp_path)], tmp_path / "out")
    assert [t.target for t in tasks] == [str(tmp_path / "out" / "a" / "x"), str(tmp_path / "out" / "b" / "x")]
    assert clashes == []
    tasks, clashes = batch.plan([str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt")], tmp_path / "out")
    assert len(tasks) == 1 and len(clashes) == 1
    assert clashes[0].status == "failed" and f"already used by {tmp_path / 'a' / 'x.txt'}" in clashes[0].error


@pytest.mark.parametrize("stem, expected", [
    ("../../etc/passwd", "etc/passwd"),
    ("/abs/path/story", "abs/path/story"),
    ("..", "_"),
    (".hidden", "hidden"),
    ("we\x07ird\nname:with|bars", "we_ird_name_with_bars"),
])
def test_output_names_stay_inside_the_output_folder(stem, expected):
    assert inputs.safe_stem(Path(stem)) == Path(expected)


@pytest.mark.parametrize("patterns", [("*.txt",), ("*.txt", "*.md"), ("*",), ("[ab]*.txt",)])
def test_folders_are_searched_as_path_rglob_searches_them(tmp_path, patterns):
    write(tmp_path, "a.txt", ".hidden.txt", "b.TXT", "sub/c.txt", "sub/deeper/d.txt", "sub/x.md", "a-b/e.txt",
          "a/b.txt", "z.txt.txt", "noext", "dot..txt", "é/ü.txt", "sub/.txt", "trailing.txt.")
    (tmp_path / "folder.txt").mkdir()
    if hasattr(os, "symlink"):
        os.symlink(tmp_path / "a.txt", tmp_path / "link.txt")  # a link to a file is read
        os.symlink(tmp_path / "missing", tmp_path / "broken.txt")  # a broken link is not
        os.symlink(tmp_path / "sub", tmp_path / "linked-folder")  # a link to a folder is not entered
    expected = [(str(found), inputs.safe_stem(found.relative_to(tmp_path).with_suffix("")))
                for found in sorted({p for pattern in patterns for p in tmp_path.rglob(pattern) if p.is_file()})]
    assert list(inputs.discover([str(tmp_path)], patterns)) == expected
    assert len(expected) > 1


@pytest.mark.skipif(not ODD_NAMES_ALLOWED, reason="names with reserved characters")
def test_output_names_of_odd_files_are_those_of_safe_stem(tmp_path):
    write(tmp_path / "in", "plain.txt", ".hidden.txt", "two.dots.txt", "we\x07ird.txt", "..txt", ".txt",
          ".git/config.txt", "a:b/c|d.txt", "sub/..odd.txt")
    patterns = ("*.txt",)
    assert planned([str(tmp_path / "in")], tmp_path / "out", patterns) == \
        expected_plan([str(tmp_path / "in")], tmp_path / "out", patterns)
    relative = Path(".")
    os.chdir(tmp_path)  # an output folder of "." gives names without "./", as path objects do
    assert planned(["in"], relative, patterns) == expected_plan(["in"], relative, patterns)


@pytest.mark.skipif(not ODD_NAMES_ALLOWED, reason="names with reserved characters")
@pytest.mark.parametrize("seed", range(12))
def test_name_clashes_are_those_of_a_plain_first_come_rule(tmp_path, seed):
    """Random trees full of names that collide once made safe (``x?`` and ``x_``, ``.x`` and ``x``),
    searched alone, twice, beside other folders and beside single files: the same tasks and the
    same refusals, with the same messages, as remembering every output name would give."""
    chance = random.Random(seed)
    folders = ["", "a", "a?", "a_", ".a", "b", "a/a", "a?/a", "b/a_"]
    files = ["s.txt", "s.text", ".s.txt", "s?.txt", "s_.txt", "t.txt", "s"]
    roots = [tmp_path / "one", tmp_path / "two"]
    for root in roots:
        root.mkdir()
        for folder in chance.sample(folders, 5):
            write(root / folder, *chance.sample(files, 4))
    candidates = [str(roots[0]), str(roots[1]), str(roots[0] / "a"), str(roots[1] / "a_"),
                  str(roots[0] / "s.txt"), str(roots[1] / "t.txt"), str(roots[0] / "a" / "s.text")]
    given = [c for c in chance.sample(candidates, 4) if os.path.exists(c)] + [str(roots[0])]
    patterns = chance.choice([("*.txt",), ("*.txt", "*.text"), ("s*",), ("**/s*",)])  # the last: Path.rglob itself
    tasks, clashes = planned(given, tmp_path / "out", patterns)
    assert (tasks, clashes) == expected_plan(given, tmp_path / "out", patterns)
    assert clashes  # the last input is a folder given twice: it clashes with itself at least


def test_a_folder_read_again_after_it_was_left_still_knows_its_names(tmp_path):
    # "one/sub" is finished long before "two/sub" writes into the same output folder.
    write(tmp_path, "one/sub/a.txt", "one/sub/b.txt", "one/zzz/c.txt", "two/sub/b.txt", "two/sub/d.txt")
    tasks, clashes = planned([str(tmp_path / "one"), str(tmp_path / "two")], tmp_path / "out")
    assert [Path(t.source).relative_to(tmp_path).as_posix() for t in tasks] == \
        ["one/sub/a.txt", "one/sub/b.txt", "one/zzz/c.txt", "two/sub/d.txt"]
    assert clashes == [(str(tmp_path / "two" / "sub" / "b.txt"),
                        f"output name {tmp_path / 'out' / 'sub' / 'b'} is already used by "
                        f"{tmp_path / 'one' / 'sub' / 'b.txt'}; give the inputs as a directory to mirror its tree")]


def test_the_output_folder_is_not_searched_for_inputs(tmp_path):
    write(tmp_path / "in", "a.txt", "out/old.txt", "z.txt")
    tasks, _ = planned([str(tmp_path / "in")], tmp_path / "in" / "out")
    assert [Path(t.source).name for t in tasks] == ["a.txt", "z.txt"]
    tasks, _ = planned([str(tmp_path / "in")], None)  # nothing is written: every input counts
    assert [Path(t.source).name for t in tasks] == ["a.txt", "old.txt", "z.txt"]


def test_without_an_output_folder_nothing_is_named(tmp_path):
    write(tmp_path, "a/x.txt", "b/x.txt")
    tasks, clashes = planned([str(tmp_path), str(tmp_path / "a" / "x.txt")], None)
    assert [t.target for t in tasks] == [None, None, None] and clashes == []


def test_inputs_are_found_while_the_first_ones_are_used(tmp_path):
    write(tmp_path, "a/1.txt", "b/2.txt")
    found = inputs.Plan([str(tmp_path)], tmp_path / "out")
    tasks = iter(found)
    next(tasks)
    assert found.found == 1 and not found.complete
    (tmp_path / "b" / "3.txt").write_text("x")  # "b" is not read yet
    assert [Path(t.source).name for t in tasks] == ["2.txt", "3.txt"] and found.complete


def _peak_while_planning(root: Path) -> int:
    tracemalloc.start()
    try:
        count = sum(1 for _ in inputs.Plan([str(root)], root.parent / "out"))
        return tracemalloc.get_traced_memory()[1], count
    finally:
        tracemalloc.stop()


def test_planning_memory_grows_with_the_largest_folder_not_with_the_inputs(tmp_path):
    for folders, root in ((4, tmp_path / "small"), (40, tmp_path / "large")):
        for number in range(folders):
            folder = root / f"{number // 10:02d}" / f"{number % 10:02d}"
            folder.mkdir(parents=True)
            for file in range(100):
                (folder / f"capture-{file:03d}.txt").touch()
    small, small_count = _peak_while_planning(tmp_path / "small")
    large, large_count = _peak_while_planning(tmp_path / "large")
    assert (small_count, large_count) == (400, 4000)
    # Ten times the inputs: the folder records (a few hundred bytes each) are all that grows.
    assert large < small + 36 * 1024, (small, large)


def test_a_linked_folder_inside_the_output_folder_is_not_written_through(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "story.txt").write_text("text", encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "out" / "a").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    plan = inputs.Plan([str(tmp_path / "in")], tmp_path / "out")
    tasks = list(plan)
    assert [os.path.relpath(t.target, tmp_path) for t in tasks] == [os.path.join("out", "b", "story")]
    [(source, message)] = plan.clashes
    assert source.endswith(os.path.join("a", "story.txt"))
    assert f"output folder {tmp_path / 'out' / 'a'} is a symbolic link; refusing to write through it" in message


def test_a_file_in_an_input_folder_that_the_patterns_match_is_an_input(tmp_path):
    (tmp_path / "in" / "deep").mkdir(parents=True)
    (tmp_path / "in" / "deep" / "story.txt").write_text("text", encoding="utf-8")
    (tmp_path / "in" / "notes.json").write_text("{}", encoding="utf-8")
    (tmp_path / "single.txt").write_text("text", encoding="utf-8")
    given = [str(tmp_path / "in"), str(tmp_path / "single.txt")]
    assert inputs.is_input(str(tmp_path / "in" / "deep" / "story.txt"), given)
    assert inputs.is_input(str(tmp_path / "single.txt"), given)
    assert not inputs.is_input(str(tmp_path / "in" / "notes.json"), given)  # JSON only when a pattern names it
    assert inputs.is_input(str(tmp_path / "in" / "notes.json"), given, ("*.json",))
    assert not inputs.is_input(str(tmp_path / "in" / "new.txt"), given)  # not there: nothing to lose


def test_a_folder_is_read_for_every_extension_a_built_in_reader_takes_but_json():
    from convert import readers

    extensions = {e for name in readers.REGISTRY.builtin for e in readers.get(name).extensions}
    assert extensions - {".json"} <= {p.removeprefix("*") for p in inputs.DEFAULT_PATTERNS}
    assert "*.json" not in inputs.DEFAULT_PATTERNS and "*.warc.gz" in inputs.DEFAULT_PATTERNS

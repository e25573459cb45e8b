import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import convert
from convert.cli import main
from tests.documents import document
from tests.samples import SAMPLES

REPO = Path(__file__).resolve().parent.parent


def run(*args, stdin=None):
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "convert", *map(str, args)], capture_output=True, text=True,
                          input=stdin, env=env, cwd=REPO)


def test_parse_writes_one_json_per_input(tmp_path):
    assert main(["parse", *map(str, SAMPLES[:3]), "-o", str(tmp_path), "-q"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.with_suffix(".json").name for p in SAMPLES[:3])


def test_parse_a_directory_recursively_mirrors_the_tree(tmp_path):
    source = tmp_path / "in"
    (source / "a").mkdir(parents=True)
    (source / "b").mkdir()
    for folder in ("a", "b"):
        (source / folder / "story.txt").write_bytes(SAMPLES[0].read_bytes())
    assert main(["parse", str(source), "-o", str(tmp_path / "out"), "-q"]) == 0
    assert (tmp_path / "out" / "a" / "story.json").exists() and (tmp_path / "out" / "b" / "story.json").exists()


def test_same_stem_from_two_folders_is_reported_not_overwritten(tmp_path, capsys):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_bytes(SAMPLES[0].read_bytes())
    code = main(["parse", str(tmp_path / "a" / "story.txt"), str(tmp_path / "b" / "story.txt"), "-o",
                 str(tmp_path / "out")])
    assert code == 1
    assert "already used" in capsys.readouterr().err


def test_a_bad_file_does_not_stop_the_batch(tmp_path, capsys):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    code = main(["parse", str(bad), str(SAMPLES[0]), "-o", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 1
    assert (tmp_path / "out" / SAMPLES[0].with_suffix(".json").name).exists()
    assert f"{bad}: the capture is empty" in err
    assert "1 converted, 0 skipped, 1 failed" in err
    assert "Traceback" not in err


def test_missing_input_fails_cleanly_and_once(tmp_path, capsys):
    assert main(["parse", str(tmp_path / "nope.txt"), str(SAMPLES[0]), "-o", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path / 'nope.txt'}: cannot read: No such file or directory" in err
    assert err.count("nope.txt") == 1 and "1 converted, 0 skipped, 1 failed" in err


def test_stdout_and_stdin():
    result = run("parse", "-", "-o", "-", stdin=SAMPLES[0].read_text(encoding="utf-8"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["capture"]["source"]["file"] == "stdin"


@pytest.mark.parametrize("args", [[], ["bogus"], ["parse"], ["parse", "x.txt"], ["convert", "x.txt", "-o", "d"],
                                  ["convert", "x.txt", "--to", "nope", "-o", "d"]])
def test_usage_errors_exit_2(args, capsys):
    assert main(args) == 2
    assert "error" in capsys.readouterr().err


def test_validate_reports_each_problem_with_its_path(tmp_path, capsys):
    good = tmp_path / "good.json"
    good.write_text(json.dumps(document()))
    bad_doc = document()
    del bad_doc["articles"][0]["headline"]
    bad_doc["articles"][0]["published"] = "2024-02-30"
    bad_doc["surprise"] = True
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(bad_doc))
    assert main(["validate", str(good)]) == 0
    assert main(["validate", str(good), str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"{bad}: $.articles[0]: 'headline' is a required property" in out
    assert f"{bad}: $.articles[0].published: '2024-02-30' is not valid" in out
    assert "'surprise' was unexpected" in out
    assert str(good) not in out


def test_validate_broken_json_names_the_line(tmp_path, capsys):
    bad = tmp_path / "broken.json"
    bad.write_text('{\n  "schema_version": "1.0",\n  oops\n}')
    assert main(["validate", str(bad)]) == 1
    assert f"{bad}:3: not valid JSON" in capsys.readouterr().out


def test_formats_lists_every_reader_and_writer(capsys):
    assert main(["formats"]) == 0
    out = capsys.readouterr().out
    readers_part, writers_part = out.split("writers:\n")
    for name, extension in (("json", ".json"), ("newsml", ".newsml.xml"), ("jats", ".jats.xml"), ("epub", ".epub"),
                            ("md", ".md")):
        assert any(line.split()[:2] == [name, extension] for line in writers_part.splitlines()), out
    for name, extension in (("json", ".json"), ("markdown", ".md"), ("capture", ".txt")):
        assert any(line.split()[:2] == [name, extension] for line in readers_part.splitlines()), out
    assert "--epub-group-by {publisher,date,none}" in writers_part and "--capture-layout" in readers_part


def test_formats_json_is_for_machines(capsys):
    assert main(["formats", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in listing["readers"]][:8] == ["ninjs", "json", "markdown", "newsml", "jats", "epub", "html", "capture"]
    assert [w["name"] for w in listing["writers"]][:5] == ["json", "newsml", "jats", "epub", "md"]
    assert set(listing["readers"][0]) == {"name", "extensions", "description", "options"}
    assert {"name", "extension", "description", "options"} <= set(listing["writers"][0])


def test_writer_options_as_flags_old_and_new_spelling(tmp_path):
    digest = next(p for p in SAMPLES if p.name == "am1-digest.txt")
    for flag in ("--epub-group-by", "--group-by"):
        assert main(["convert", str(digest), "--to", "epub", "-o", str(tmp_path / flag), "-q", flag, "date"]) == 0
    assert (tmp_path / "--epub-group-by" / "am1-digest.epub").read_bytes() == \
        (tmp_path / "--group-by" / "am1-digest.epub").read_bytes()
    assert main(["convert", str(digest), "--to", "epub", "-o", str(tmp_path / "plain"), "-q"]) == 0
    assert (tmp_path / "plain" / "am1-digest.epub").read_bytes() != \
        (tmp_path / "--group-by" / "am1-digest.epub").read_bytes()


def test_an_option_of_a_writer_not_asked_for_is_a_usage_error(tmp_path, capsys):
    assert main(["convert", str(SAMPLES[0]), "--to", "json", "-o", str(tmp_path), "--epub-group-by", "date"]) == 2
    assert "--epub-group-by is an option of the epub writer, which --to does not name" in capsys.readouterr().err
    assert main(["convert", str(SAMPLES[0]), "--to", "epub", "-o", str(tmp_path), "--epub-group-by", "week"]) == 2
    assert "invalid choice: 'week'" in capsys.readouterr().err


def test_from_chooses_the_reader(tmp_path, capsys):
    story = tmp_path / "story.json"  # the name says JSON; --from says capture
    story.write_text("Harbour council approves new ferry timetable\n\nThe council voted on Tuesday.\n")
    assert main(["parse", str(story), "-o", str(tmp_path / "guessed"), "-q"]) == 1
    assert main(["parse", str(story), "--from", "capture", "--capture-layout", "generic", "-o",
                 str(tmp_path / "out"), "-q"]) == 0
    assert json.loads((tmp_path / "out" / "story.json").read_text())["capture"]["layout"] == "generic"
    assert main(["parse", str(story), "--from", "nope", "-o", str(tmp_path / "out")]) == 2
    assert "unknown reader 'nope'" in capsys.readouterr().err


def test_output_never_overwrites_its_input(tmp_path, capsys):
    capture = tmp_path / "story.json"
    capture.write_text(json.dumps(document()))
    before = capture.read_bytes()
    assert main(["parse", str(capture), "-o", str(tmp_path)]) == 1
    assert "over its own input" in capsys.readouterr().err
    assert capture.read_bytes() == before


def test_python_dash_m_runs_the_cli():
    result = run("formats")
    assert result.returncode == 0 and "json" in result.stdout


def test_a_folder_without_inputs_fails_unless_allowed(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.json").write_text("{}")  # JSON only when --glob names it
    assert main(["parse", str(tmp_path / "in"), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "error: no inputs found (looked for *.txt, *.md," in err and "0 converted" in err
    assert main(["parse", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--allow-empty", "-q"]) == 0
    assert capsys.readouterr().err == ""
    assert main(["convert", str(tmp_path / "in"), "--to", "jats", "--bundle", str(tmp_path / "b.xml")]) == 1
    assert "no inputs found for the bundle" in capsys.readouterr().err and not (tmp_path / "b.xml").exists()


def test_a_folder_of_agency_items_and_articles_converts_without_a_glob(tmp_path, capsys):
    folder = tmp_path / "feed"
    folder.mkdir()
    capture = convert.parse_text("Council votes to build the pool\n\nThe district council voted on Thursday "
                                 "evening to build the new swimming pool on the common.\n", "pool.txt")
    (folder / "pool-item.xml").write_bytes(convert.write(capture, "newsml"))
    (folder / "pool-article.xml").write_bytes(convert.write(capture, "jats"))
    (folder / "pool.html").write_text("<html><head><title>Pool</title></head><body><article><h1>Pool</h1>"
                                      "<p>The district council voted on Thursday evening to build the new swimming "
                                      "pool on the common, after a long meeting.</p></article></body></html>")
    assert main(["convert", str(folder), "--to", "md", "-o", str(tmp_path / "out")]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["pool-article.md", "pool-item.md", "pool.md"]


# -- never over an input, never a traceback when writing fails ------------------------------------------

@pytest.fixture
def one_input(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    source = folder / "story.txt"
    source.write_bytes(SAMPLES[0].read_bytes())
    return source


@pytest.mark.parametrize("given", ["file", "folder"])
@pytest.mark.parametrize("flag", ["--report", "--bundle"])
def test_a_report_or_bundle_named_as_an_input_is_refused_and_the_input_kept(one_input, tmp_path, capsys, given,
                                                                             flag):
    before = one_input.read_bytes()
    source = str(one_input if given == "file" else one_input.parent)
    argv = (["parse", source, "-o", str(tmp_path / "out")] if flag == "--report" else
            ["convert", source, "--to", "newsml"])
    assert main([*argv, flag, str(one_input), "-q"]) == 2
    assert f"{flag} {one_input} is one of the inputs; refusing to write over it" in capsys.readouterr().err
    assert one_input.read_bytes() == before


def test_validate_refuses_a_report_over_a_file_it_validates(tmp_path, capsys):
    checked = tmp_path / "doc.json"
    checked.write_text(json.dumps(document()), encoding="utf-8")
    before = checked.read_bytes()
    assert main(["validate", str(tmp_path), "--report", str(checked)]) == 2
    assert "is one of the files to validate; refusing to write over it" in capsys.readouterr().err
    assert checked.read_bytes() == before


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("command", [["convert", str(SAMPLES[0]), "--to", "newsml", "-o", "-"],
                                     ["validate", "--format", "json", str(SAMPLES[0])], ["formats"]])
def test_standard_output_on_a_full_disk_is_an_error_not_a_silent_cut(command):
    with open("/dev/full", "wb") as full:
        result = subprocess.run([sys.executable, "-m", "convert", *command], stdout=full, stderr=subprocess.PIPE,
                                text=True, env=dict(os.environ, PYTHONPATH=str(REPO)), cwd=REPO)
    assert result.returncode == 1
    assert "No space left on device" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.skipif(os.name != "posix", reason="closes a descriptor before starting the command")
def test_a_closed_standard_output_is_an_error_not_a_traceback():
    result = subprocess.run([sys.executable, "-m", "convert", "convert", str(SAMPLES[0]), "--to", "json", "-o", "-"],
                            stderr=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=str(REPO)), cwd=REPO,
                            preexec_fn=lambda: os.close(1))
    assert result.returncode == 1
    assert "cannot write to standard output" in result.stderr and "Traceback" not in result.stderr


def test_a_short_write_to_standard_output_goes_on_until_all_is_written(monkeypatch):
    from convert import fileio

    written = bytearray()
    monkeypatch.setattr(fileio.os, "write", lambda fd, data: written.extend(bytes(data[:3])) or min(3, len(data)))
    fileio.write_all(1, b"0123456789")
    assert bytes(written) == b"0123456789"


@pytest.mark.parametrize("flag", ["--report", "--bundle"])
def test_a_report_or_bundle_on_a_full_disk_is_a_clear_error(one_input, tmp_path, monkeypatch, capsys, flag):
    from convert import fileio

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fileio, "_open_temporary", full)
    target = tmp_path / "made"
    argv = (["parse", str(one_input), "--check", "--report", str(target)] if flag == "--report" else
            ["convert", str(one_input), "--to", "jats", "--bundle", str(target)])
    assert main([*argv, "-q"]) == 1
    assert f"cannot write {'the report ' if flag == '--report' else ''}{target}: No space left on device" in \
        capsys.readouterr().err
    assert not target.exists()


def test_more_jobs_than_processors_are_cut_down_with_a_warning(one_input, tmp_path, capsys):
    from convert.cli import available_processors

    assert main(["parse", str(one_input), "-o", str(tmp_path / "out"), "-j", "1000"]) == 0
    assert (f"--jobs 1000 is more than the {available_processors()} processors available; "
            f"using {available_processors()}") in capsys.readouterr().err


def test_control_characters_in_a_file_name_are_shown_escaped(tmp_path, capsys):
    odd = tmp_path / "bad\x1b[31mname.txt"
    odd.write_bytes(b"\xff\xfe" + "x".encode("utf-16-le") * 10 + b"\x00" * 3)  # odd bytes: fails to read
    main(["parse", str(odd), "-o", str(tmp_path / "out"), "--max-bytes", "4"])
    err = capsys.readouterr().err
    assert "bad\\x1b[31mname.txt" in err and "\x1b" not in err


def test_validate_reports_a_file_over_max_bytes_without_reading_it(tmp_path, capsys):
    checked = tmp_path / "doc.json"
    checked.write_text(json.dumps(document()), encoding="utf-8")
    assert main(["validate", str(checked), "--max-bytes", "100"]) == 1
    assert "over the limit of 100" in capsys.readouterr().out


def test_a_format_option_given_as_zero_is_taken_not_dropped(one_input, tmp_path, capsys):
    assert main(["parse", str(one_input), "-o", str(tmp_path / "out"), "--capture-max-lines", "0"]) == 1
    assert "max_lines must be a whole number of at least 1, not 0" in capsys.readouterr().err


def test_a_writer_that_cannot_be_loaded_is_one_clear_error(one_input, tmp_path, monkeypatch, capsys):
    from convert import writers

    monkeypatch.setitem(writers.REGISTRY.builtin, "odd", "no_such_package_for_newsconv.module:WRITER")
    assert main(["convert", str(one_input), "--to", "odd", "-o", str(tmp_path / "out")]) == 1
    assert "the writer 'odd' needs the Python package no_such_package_for_newsconv" in capsys.readouterr().err


# -- command line manners ------------------------------------------------------------------------------

DIGEST = REPO / "samples" / "am1-digest.txt"  # its reader notices one thing: a truncated last sentence


def test_an_unreadable_folder_is_a_failure_not_a_silent_skip(tmp_path, monkeypatch, capsys):
    from convert import inputs

    source = tmp_path / "in"
    (source / "locked").mkdir(parents=True)
    (source / "story.txt").write_bytes(SAMPLES[0].read_bytes())
    (source / "locked" / "other.txt").write_bytes(SAMPLES[0].read_bytes())
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):  # as chmod 000 would, even for root
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(inputs.os, "scandir", scandir)
    assert main(["parse", str(source), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert f"{source / 'locked'}: cannot read this folder: Permission denied" in err
    assert "1 converted, 0 skipped, 1 failed" in err
    assert (tmp_path / "out" / "story.json").exists()


def test_finding_no_inputs_fails_unless_allowed(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["parse", str(tmp_path / "empty"), "-o", str(tmp_path / "out")]) == 1
    assert "error: no inputs found" in capsys.readouterr().err
    assert main(["parse", str(tmp_path / "empty"), "-o", str(tmp_path / "out"), "--allow-empty"]) == 0


def test_o_naming_a_file_writes_that_file_for_one_input_in_one_format(tmp_path, capsys):
    target = tmp_path / "article.xml"
    assert main(["convert", str(DIGEST), "--to", "newsml", "-o", str(target), "-q"]) == 0
    assert target.is_file() and target.read_bytes().startswith(b"<?xml")
    existing = tmp_path / "notes"  # an existing file without a suffix: replaced, as pandoc -o does
    existing.write_text("old")
    assert main(["convert", str(DIGEST), "--to", "md", "-o", str(existing), "-q"]) == 0
    assert existing.read_text(encoding="utf-8").startswith("---")


@pytest.mark.parametrize("argv", [["parse", "A", "B", "-o", "README.md"],
                                  ["convert", "A", "--to", "newsml,jats", "-o", "README.md"],
                                  ["convert", "A", "B", "--to", "newsml", "-o", "new.xml"]])
def test_o_that_cannot_be_what_the_run_writes_is_one_usage_error_before_any_work(tmp_path, capsys, argv):
    (tmp_path / "README.md").write_text("# kept\n")
    names = {"A": str(SAMPLES[0]), "B": str(SAMPLES[1]), "README.md": str(tmp_path / "README.md"),
             "new.xml": str(tmp_path / "new.xml")}
    assert main([names.get(arg, arg) for arg in argv]) == 2
    err = capsys.readouterr().err
    assert err.count("error:") == 1 and "-o " in err
    assert "NotADirectoryError" not in err and ".part" not in err and "Error:" not in err
    assert (tmp_path / "README.md").read_text() == "# kept\n" and not (tmp_path / "new.xml").exists()


def test_a_failure_to_write_names_the_output_not_a_temporary_file_or_an_exception_class(tmp_path, monkeypatch):
    from convert import batch, fileio, inputs

    def refuse(fd, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fileio, "write_all", refuse)
    outcome = batch.convert_one(inputs.Task(str(SAMPLES[0]), str(tmp_path / "story"), "story.txt"), ["json"])
    assert outcome.error == f"story.txt: cannot write {tmp_path / 'story.json'}: No space left on device"


def _warning_lines(err):
    return [line for line in err.splitlines() if ": warning [" in line]


def test_warnings_are_printed_and_counted_the_same_in_every_mode(tmp_path, capsys):
    expected = f"{DIGEST}:34: warning [truncated] the capture seems to end in the middle of a sentence"
    runs = {"batch": ["convert", str(DIGEST), "--to", "jats", "-o", str(tmp_path / "out")],
            "stdout": ["convert", str(DIGEST), "--to", "jats", "-o", "-"],
            "file": ["convert", str(DIGEST), "--to", "jats", "-o", str(tmp_path / "one.xml")],
            "bundle": ["convert", str(DIGEST), "--to", "jats", "--bundle", str(tmp_path / "all.xml")]}
    for name, argv in runs.items():
        assert main(argv) == 0, name
        err = capsys.readouterr().err
        assert _warning_lines(err) == [expected], (name, err)
        assert "1 converted, 0 skipped, 0 failed, 1 warnings" in err, (name, err)
        assert main([*argv, "-q"]) == 0
        assert capsys.readouterr().err == "", name


def test_a_bundle_counts_the_warnings_of_its_inputs(tmp_path, capsys):
    inputs_ = [str(path) for path in SAMPLES]
    main(["convert", *inputs_, "--to", "jats", "-o", str(tmp_path / "out"), "--report", str(tmp_path / "a.json"),
          "-q"])
    main(["convert", *inputs_, "--to", "jats", "--bundle", str(tmp_path / "b.xml"), "--report",
          str(tmp_path / "b.json"), "-q"])
    batch_counts = json.loads((tmp_path / "a.json").read_text())["summary"]
    bundle_counts = json.loads((tmp_path / "b.json").read_text())["summary"]
    assert batch_counts["warnings"] > 0 and bundle_counts == batch_counts


def test_verbose_says_what_became_of_each_input(tmp_path, capsys):
    assert main(["parse", str(SAMPLES[0]), "-o", str(tmp_path / "out"), "-v"]) == 0
    assert f"{SAMPLES[0]}: converted: {tmp_path / 'out' / SAMPLES[0].stem}.json" in capsys.readouterr().err


@pytest.mark.parametrize("argv, message", [
    (["--bundle", "b.xml", "-o", "out"], "--bundle FILE names the one output: leave out -o"),
    (["--bundle", "b.xml", "--skip-existing"], "--skip-existing"),
    (["-o", "out", "--to", "all,md"], "all already names every format"),
])
def test_options_that_would_be_ignored_or_conflict_are_refused(tmp_path, capsys, argv, message):
    argv = [str(tmp_path / arg) if arg in ("b.xml", "out") else arg for arg in argv]
    to = [] if "--to" in argv else ["--to", "jats"]
    assert main(["convert", str(SAMPLES[0]), *to, *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("error:") == 1
    assert not (tmp_path / "b.xml").exists() and not (tmp_path / "out").exists()
    if "all,md" in argv:
        assert "available: json, newsml, jats, epub, md, all" not in err


class _EntryPoint:
    def __init__(self, name, value):
        self.name, self.value = name, value

    def load(self):
        return self.value


@pytest.fixture
def plugins(monkeypatch):
    """Install plugin entry points in the registries for one test: ``plugins(writers={...}, readers={...})``."""
    from convert import readers, writers

    def install(writers_=None, readers_=None):
        for registry, found in ((writers.REGISTRY, writers_ or {}), (readers.REGISTRY, readers_ or {})):
            monkeypatch.setattr(registry, "_plugins", {name: _EntryPoint(name, value) for name, value in found.items()})
            monkeypatch.setattr(registry, "_loaded", dict(registry._loaded))
    return install


def test_a_broken_writer_plugin_does_not_take_formats_or_to_all_down(plugins, tmp_path, capsys):
    from convert.writers import Writer

    plugins(writers_={"broken": Writer(name="broken", extension=None, description="no extension",
                                       write=lambda document: b"")})
    assert main(["formats"]) == 0
    captured = capsys.readouterr()
    assert "jats" in captured.out and "broken" not in captured.out
    assert "warning: the writer plugin 'broken' does not provide a Writer" in captured.err
    assert "unusable: extension" in captured.err and "Traceback" not in captured.err
    assert main(["convert", str(SAMPLES[0]), "--to", "all", "-o", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert "warning: the writer plugin 'broken'" in err and "left out" in err
    assert len(list((tmp_path / "out").iterdir())) == 6  # one file per built-in writer


@pytest.mark.parametrize("kind, made", [
    ("writer", lambda: __import__("convert").Writer(name="nowrite", extension=".x", description="d", write=None)),
    ("reader", lambda: __import__("convert").Reader(name="nosniff", description="d", read=lambda data, name: {},
                                                    sniff="yes")),
])
def test_a_reader_or_writer_is_checked_when_registered(plugins, kind, made):
    from convert import readers, writers
    from convert.errors import NewsconvError

    plugin = made()
    plugins(**{f"{kind}s_": {plugin.name: plugin}})
    registry = writers if kind == "writer" else readers
    with pytest.raises(NewsconvError, match=f"the {kind} plugin '{plugin.name}' does not provide"):
        registry.get(plugin.name)
    assert plugin.name not in [fmt.name for fmt in (writers.all_writers() if kind == "writer"
                                                    else readers.all_readers())]
    if kind == "reader":  # guessing passes over it instead of calling sniff="yes"
        assert readers.guess(SAMPLES[0].read_bytes(), "story.txt").name == "capture"


def test_the_pre_commit_hooks_match_only_files_newsconv_checks():
    import re

    import yaml

    hooks = {hook["id"]: hook for hook in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())}
    validate = re.compile(hooks["newsconv-validate"]["files"])
    for name in ("out/story.newsml.xml", "out/story.jats.xml", "books/story.epub"):
        assert validate.search(name), name
    for name in ("package.json", "README.md", "docs/index.md", "pom.xml", "tsconfig.json"):
        assert not validate.search(name), name
    parse = re.compile(hooks["newsconv-parse"]["files"])
    assert parse.search("captures/2024/story.txt")
    for name in ("requirements.txt", "LICENSE.txt", "docs/notes.txt"):
        assert not parse.search(name), name


def test_sigterm_exits_143_and_ctrl_c_130():
    from convert import cli

    assert (cli.EXIT_TERMINATED, cli.EXIT_INTERRUPTED) == (143, 130)


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_epub_is_not_written_to_a_terminal(tmp_path):
    leader, follower = os.openpty()
    try:
        result = subprocess.run([sys.executable, "-m", "convert", "convert", str(SAMPLES[0]), "--to", "epub", "-o",
                                 "-"], stdout=follower, stderr=subprocess.PIPE, text=True,
                                env=dict(os.environ, PYTHONPATH=str(REPO)), cwd=REPO, timeout=60)
    finally:
        os.close(follower)
        os.close(leader)
    assert result.returncode == 2
    assert "refusing to write EPUB (binary) to a terminal" in result.stderr


def test_standard_input_is_read_when_no_input_is_given():
    result = run("convert", "--to", "json", "-o", "-", stdin=SAMPLES[0].read_text(encoding="utf-8"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["capture"]["source"]["file"] == "stdin"
    checked = run("validate", stdin=result.stdout)
    assert checked.returncode == 0 and "1 passed" in checked.stderr


def test_jobs_are_capped_by_the_number_of_inputs(tmp_path, monkeypatch):
    from convert import batch, inputs

    used = []

    def in_order(function, tasks, jobs, *args):
        used.append(jobs)
        return [outcome for chunk in [list(tasks)] for outcome in function(chunk, *args)]

    monkeypatch.setattr(batch, "_in_order", in_order)
    tasks = [inputs.Task(str(path), str(tmp_path / path.stem), path.name) for path in SAMPLES[:3]]
    outcomes = batch.convert_many(tasks, ["json"], jobs=64)
    assert [o.status for o in outcomes] == ["converted"] * 3 and used == [3]
    batch.convert_many(tasks[:1], ["json"], jobs=64)
    assert used == [3]  # one input: no helper process at all


def test_parse_of_a_line_of_text_says_how_to_parse_text():
    import convert
    from convert.errors import NewsconvError

    with pytest.raises(NewsconvError) as raised:
        convert.parse("Council approves the new ferry timetable")
    message = str(raised.value)
    assert "parse_text" in message and "Path" in message and "No such file or directory" not in message


def test_the_dask_engine_gives_the_local_engine_outputs_summary_report_and_exit_code(tmp_path):
    pytest.importorskip("distributed", reason="the dask engine needs the dask extra")
    source = tmp_path / "in"
    source.mkdir()
    for path in SAMPLES:
        (source / path.name).write_bytes(path.read_bytes())
    (source / "empty.txt").write_bytes(b"")
    results = {}
    for engine in ("local", "dask"):
        results[engine] = run("convert", source, "--to", "all", "-o", tmp_path / engine, "-j", "2", "--engine", engine,
                              "--report", tmp_path / f"{engine}.json")
        assert results[engine].returncode == 1, results[engine].stderr  # the empty capture failed
    assert results["dask"].stderr == results["local"].stderr
    assert "12 converted, 0 skipped, 1 failed" in results["dask"].stderr
    local, dask = ((tmp_path / f"{engine}.json").read_text().replace(str(tmp_path / engine), "OUT")
                   for engine in ("local", "dask"))
    assert dask == local
    assert {p.name: p.read_bytes() for p in (tmp_path / "dask").iterdir()} == \
        {p.name: p.read_bytes() for p in (tmp_path / "local").iterdir()}


def test_interrupting_a_dask_run_stops_the_cluster_and_leaves_whole_outputs(tmp_path):
    pytest.importorskip("distributed", reason="the dask engine needs the dask extra")
    import signal
    import time

    from tests.distributed.helpers import captures

    source = captures(tmp_path / "in", 600)
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=str(REPO))
    process = subprocess.Popen([sys.executable, "-m", "convert", "convert", str(source), "--to", "json,md", "-o",
                                str(out), "--engine", "dask", "-j", "2"], stderr=subprocess.PIPE, text=True, env=env,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while (not out.is_dir() or len(os.listdir(out)) < 40) and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "interrupted; finished outputs are complete, none is partial" in stderr
    assert "Traceback" not in stderr
    names = os.listdir(out)
    assert 40 <= len(names) < 1200 and all(not name.startswith(".") for name in names)
    for name in names:
        if name.endswith(".json"):
            json.loads((out / name).read_bytes())


def test_the_dask_engine_refuses_what_it_cannot_do(tmp_path, capsys, monkeypatch):
    sample = str(SAMPLES[0])
    for argv, message in [
        (["convert", sample, "--to", "json", "-o", "memory://out"], "need --engine dask"),
        (["convert", sample, "--to", "json", "-o", str(tmp_path), "--scheduler", "tcp://h:8786"], "--engine dask"),
        (["convert", sample, "--to", "json", "-o", str(tmp_path / "one.json"), "--engine", "dask"],
         "writes into a folder"),
        (["convert", "-", "--to", "json", "-o", str(tmp_path), "--engine", "dask"], "standard input"),
        (["convert", sample, "--to", "epub", "--bundle", str(tmp_path / "b.epub"), "--engine", "dask"],
         "--bundle is written on this machine"),
        (["parse", sample, "--check", "--engine", "dask"], "--check runs on this machine"),
    ]:
        assert main(argv) == 2, argv
        assert message in capsys.readouterr().err
    monkeypatch.setitem(sys.modules, "distributed", None)
    assert main(["convert", sample, "--to", "json", "-o", str(tmp_path), "--engine", "dask"]) == 1
    err = capsys.readouterr().err
    assert "pip install 'newsconv[dask]'" in err and "Traceback" not in err


def test_progress_on_a_terminal_counts_inputs_and_their_rate(capsys):
    from convert.cli import _Progress

    now = iter([0.0, 0.5, 10.0, 10.0])
    progress = _Progress(1000, enabled=True, clock=lambda: next(now))
    progress.show()  # half a second in: no rate yet
    progress.done = 250
    progress.show()
    progress.clear()
    err = capsys.readouterr().err
    assert "\r0/1000 inputs\033[K" in err and "\r250/1000 inputs, 25/s\033[K" in err

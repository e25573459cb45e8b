"""Batches: parallel jobs, reports, interruption without partial files, resuming."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from convert import _pool, batch, inputs
from convert.cli import main
from tests.samples import SAMPLES

REPO = Path(__file__).resolve().parent.parent


def make_inputs(folder: Path, count: int, repeat: int = 1) -> list[Path]:
    """``count`` distinct captures made from the samples (bigger with ``repeat``)."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in SAMPLES if "utf16" not in p.name
             and "cp1252" not in p.name]
    paths = []
    for i in range(count):
        base = texts[i % len(texts)]
        body = f"\nCapture number {i} of the batch, added so that every input differs from the others.\n"
        path = folder / f"capture-{i:04d}.txt"
        path.write_text(base + body * repeat, encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize("helpers", ["forked", "process pool"])
def test_jobs_give_the_same_outputs_as_one_process(tmp_path, monkeypatch, helpers):
    if helpers == "process pool":  # as where processes cannot be forked
        monkeypatch.setattr(_pool, "available", lambda: False)
    make_inputs(tmp_path / "in", 24)
    assert main(["convert", str(tmp_path / "in"), "--to", "json,md", "-o", str(tmp_path / "one"), "-j", "1", "-q"]) == 0
    assert main(["convert", str(tmp_path / "in"), "--to", "json,md", "-o", str(tmp_path / "two"), "-j", "2", "-q"]) == 0
    one = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert len(one) == 48 and one == sorted(p.name for p in (tmp_path / "two").iterdir())
    for name in one:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_report_lists_every_input(tmp_path):
    inputs = make_inputs(tmp_path / "in", 3)
    (tmp_path / "in" / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    code = main(["convert", str(tmp_path / "in"), "--to", "json,jats", "-o", str(tmp_path / "out"),
                 "--report", str(tmp_path / "report.json"), "-q"])
    assert code == 1
    report = json.loads((tmp_path / "report.json").read_text())
    statuses = {Path(i["input"]).name: i["status"] for i in report["inputs"]}
    assert statuses == {**{p.name: "converted" for p in inputs}, "broken.txt": "failed"}
    broken = next(i for i in report["inputs"] if i["status"] == "failed")
    assert "binary" in broken["error"] and broken["outputs"] == []
    good = next(i for i in report["inputs"] if i["status"] == "converted")
    assert sorted(Path(o).suffixes[-1] for o in good["outputs"]) == [".json", ".xml"]
    assert report["summary"] == {"converted": 3, "skipped": 0, "failed": 1, "warnings": report["summary"]["warnings"]}


def no_partial_files(out: Path) -> list[Path]:
    """Every file in ``out`` is a complete output: no temporary files, every JSON parses."""
    leftovers = [p for p in out.rglob("*") if p.is_file() and (p.name.startswith(".") or p.suffix == ".part")]
    assert leftovers == []
    outputs = sorted(out.rglob("*.json"))
    for path in outputs:
        json.loads(path.read_bytes())
    return outputs


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_interrupted_batch_leaves_no_partial_file_and_resumes(tmp_path, sig):
    make_inputs(tmp_path / "in", 200, repeat=150)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "convert", "convert", str(tmp_path / "in"), "--to", "json,jats,md", "-o", str(out),
               "-j", "2", "-q"]
    env = dict(os.environ, PYTHONPATH=str(REPO))
    # Ctrl-C's default back: a shell running the tests in the background ignores SIGINT for its children, and
    # Python then leaves it ignored (the run would finish instead of stopping).
    process = subprocess.Popen(command, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.json"))) < 10 and process.poll() is None:
        time.sleep(0.02)
    process.send_signal(sig)
    _, err = process.communicate(timeout=60)
    assert process.returncode == (130 if sig == signal.SIGINT else 143), err.decode()  # 128 + the signal
    assert b"Traceback" not in err
    done = no_partial_files(out)
    assert 0 < len(done) < 200

    resumed = subprocess.run(command + ["--skip-existing", "--report", str(tmp_path / "report.json")], env=env,
                             cwd=REPO, capture_output=True)
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert len(no_partial_files(out)) == 200
    summary = json.loads((tmp_path / "report.json").read_text())["summary"]
    assert summary["skipped"] >= len(done) - 2 and summary["converted"] + summary["skipped"] == 200


def test_check_mode_writes_nothing(tmp_path, capsys):
    inputs = make_inputs(tmp_path / "in", 2)
    assert main(["parse", "--check", *map(str, inputs)]) == 0
    assert sorted(p.name for p in (tmp_path / "in").iterdir()) == sorted(p.name for p in inputs)
    assert "2 converted" in capsys.readouterr().err


def test_odd_input_names_give_safe_outputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    odd = folder / "..odd\x07name.txt"
    odd.write_bytes(SAMPLES[0].read_bytes())
    out = tmp_path / "out"
    assert main(["parse", str(folder), "-o", str(out), "-q"]) == 0
    written = [p for p in tmp_path.rglob("*.json")]
    assert written == [out / "odd_name.json"]


def test_bundle_newsml_from_the_command_line(tmp_path):
    from lxml import etree

    target = tmp_path / "all.newsml.xml"
    assert main(["convert", *map(str, SAMPLES[:4]), "--to", "newsml", "--bundle", str(target), "-q"]) == 0
    root = etree.parse(str(target)).getroot()
    assert root.tag == "{http://iptc.org/std/nar/2006-10-01/}newsMessage"
    assert len(root.findall(".//{http://iptc.org/std/nar/2006-10-01/}newsItem")) >= 4


def test_outputs_get_the_usual_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        assert main(["parse", str(SAMPLES[0]), "-o", str(tmp_path), "-q"]) == 0
    finally:
        os.umask(old)
    output = tmp_path / SAMPLES[0].with_suffix(".json").name
    assert output.stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize("jobs", [1, 2])
def test_only_failures_are_kept_when_asked(tmp_path, jobs):
    make_inputs(tmp_path / "in", 6)
    (tmp_path / "in" / "zz-broken.txt").write_bytes(b"")
    tasks, _ = batch.plan([str(tmp_path / "in")], tmp_path / "out")
    seen = []
    kept = batch.convert_many(tasks, ["json"], jobs=jobs, keep=False, on_outcome=seen.append)
    assert [o.status for o in kept] == ["failed"]
    assert [Path(o.input).name for o in seen] == sorted(p.name for p in (tmp_path / "in").iterdir())


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_bundle_inputs_are_read_in_order_with_failures_recorded(tmp_path, jobs):
    inputs = make_inputs(tmp_path / "in", 40)
    broken = tmp_path / "in" / "capture-0007.txt"
    broken.write_bytes(b"")
    tasks, _ = batch.plan([str(p) for p in inputs], None)
    failures = []
    documents = list(batch.read_documents(tasks, failures, jobs=jobs))
    assert [d["capture"]["source"]["file"] for d in documents] == [p.name for p in inputs if p != broken]
    assert [Path(f.input).name for f in failures] == ["capture-0007.txt"]


@pytest.mark.parametrize("link", ["symbolic", "hard"])
def test_an_output_that_is_the_input_under_another_name_is_refused(tmp_path, link):
    source = tmp_path / "story.json"
    source.write_bytes((REPO / "samples" / "am1-digest.json").read_bytes())
    before = source.read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    alias = out / "story.json"
    (os.symlink if link == "symbolic" else os.link)(source, alias)
    outcome = batch.convert_one(inputs.Task(str(source), str(out / "story"), str(source)), ("json",))
    assert outcome.status == "failed" and "over its own input" in outcome.error
    assert source.read_bytes() == before


def test_an_existing_output_that_is_another_file_is_replaced(tmp_path):
    source = tmp_path / "story.json"
    source.write_bytes((REPO / "samples" / "am1-digest.json").read_bytes())
    out = tmp_path / "out"
    out.mkdir()
    (out / "story.json").write_bytes(b"old")
    outcome = batch.convert_one(inputs.Task(str(source), str(out / "story"), str(source)), ("json",))
    assert outcome.status == "converted"
    assert (out / "story.json").read_bytes() == source.read_bytes()


@pytest.mark.parametrize("lazy", [False, True])
@pytest.mark.parametrize("count, jobs", [(1, 2), (10, 2), (1000, 2), (997, 3), (50_000, 8)])
def test_parallel_work_is_cut_into_shrinking_chunks_that_cover_every_input(count, jobs, lazy):
    tasks = list(range(count))
    taken = []
    chunks = list(batch._chunks((taken.append(t) or t for t in tasks) if lazy else tasks, jobs))
    assert [task for chunk in chunks for task in chunk] == tasks
    sizes = [len(chunk) for chunk in chunks]
    assert max(sizes) <= 16 and sizes[-1] == 1
    tail = sizes[sizes.index(max(sizes)):]
    assert tail == sorted(tail, reverse=True)  # once at the largest, chunks only shrink


def test_larger_chunks_where_each_one_costs_a_message_still_shrink_to_one():
    chunks = list(batch._chunks(range(5000), 2, most=128))
    sizes = [len(chunk) for chunk in chunks]
    assert [t for chunk in chunks for t in chunk] == list(range(5000))
    assert max(sizes) == 128 and sizes[-1] == 1


def test_parallel_work_takes_inputs_only_a_few_chunks_ahead():
    taken = []
    chunks = batch._chunks((taken.append(t) or t for t in range(10_000)), 2)
    first = next(chunks)
    assert first == list(range(16)) and len(taken) == 128


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_input_whose_output_name_is_taken_fails_and_the_rest_are_converted(tmp_path, capsys, jobs):
    make_inputs(tmp_path / "one" / "2026", 3)
    make_inputs(tmp_path / "two" / "2026", 4)  # the first three names are those of "one"
    code = main(["parse", str(tmp_path / "one"), str(tmp_path / "two"), "-o", str(tmp_path / "out"), "-j", jobs,
                 "--report", str(tmp_path / "report.json")])
    assert code == 1
    err = capsys.readouterr().err
    assert "4 converted, 0 skipped, 3 failed" in err and err.count("is already used by") == 3
    report = json.loads((tmp_path / "report.json").read_text())
    assert [Path(i["input"]).relative_to(tmp_path).as_posix() for i in report["inputs"] if i["status"] == "failed"] == \
        [f"two/2026/capture-{n:04d}.txt" for n in range(3)]
    assert sorted(p.name for p in (tmp_path / "out" / "2026").iterdir()) == [f"capture-{n:04d}.json" for n in range(4)]


def test_an_input_whose_process_died_fails_and_its_temporary_files_go(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".story.json.4242.part").write_bytes(b"half")
    (out / "other.json").write_bytes(b"{}")
    task = inputs.Task(str(tmp_path / "story.txt"), str(out / "story"), "story.txt")
    outcome = batch._failed(task, "the helper process converting it was killed by signal 9", 4242)
    assert outcome.status == "failed" and outcome.error.startswith("story.txt: the helper process")
    assert [p.name for p in out.iterdir()] == ["other.json"]


def test_warnings_name_their_place_one_way(tmp_path):
    """``file:line: warning [code] message`` for what the reader noticed, ``file: warning [writer] $.json.path:
    message`` for what a writer did."""
    from tests.documents import article, document

    doc = document(articles=[article(blocks=[{"type": "paragraph", "lines": [20, 20], "text": "Bell \x07 rang."}])],
                   warnings=[{"code": "truncated", "message": "the capture seems to end mid-sentence", "line": 20}])
    source = tmp_path / "story.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    report = tmp_path / "report.json"
    assert main(["convert", str(source), "--to", "newsml", "-o", str(tmp_path / "out"), "-q",
                 "--report", str(report)]) == 0
    warnings = json.loads(report.read_text())["inputs"][0]["warnings"]
    assert warnings == [f"{source}:20: warning [truncated] the capture seems to end mid-sentence",
                        f"{source}: warning [newsml] $.articles[0].blocks[0].text: dropped XML-illegal character(s) "
                        "U+0007"]


def _dies_on_seven(chunk):
    for task in chunk:
        if task.display == "capture-0007.txt":  # dies half-way through writing it
            target = Path(task.target)
            (target.parent / f".{target.name}.json.{os.getpid()}.part").write_bytes(b"half")
            os.kill(os.getpid(), signal.SIGKILL)
    return [batch.Outcome(task.display, "converted") for task in chunk]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_in_the_process_pool_a_dead_worker_fails_the_chunks_in_flight_and_a_new_pool_goes_on(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    tasks = [inputs.Task(str(tmp_path / f"capture-{n:04d}.txt"), str(out / f"capture-{n:04d}"), f"capture-{n:04d}.txt")
             for n in range(60)]
    chunks = iter([tasks[start:start + 3] for start in range(0, 60, 3)])
    outcomes = list(batch._in_process_pool(_dies_on_seven, chunks, 2, ()))
    assert [o.input for o in outcomes] == [t.display for t in tasks]  # every input once, in order
    failed = [o for o in outcomes if o.status == "failed"]
    assert "capture-0007.txt" in {o.input for o in failed} and len(failed) <= 8 * 3  # at most the chunks in flight
    assert failed[0].error.endswith(": a worker process stopped while it was being converted")
    assert outcomes[-1].status == "converted"  # the inputs after those went on in a new pool
    assert list(out.iterdir()) == []  # the temporary file of the dead worker is gone


PICTURE_ITEM = ('<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.com:photo" version="1">'
                '<itemMeta><itemClass qcode="ninat:picture"/></itemMeta></newsItem>')


@pytest.mark.parametrize("bundle", [False, True])
def test_an_input_with_nothing_to_convert_is_skipped_with_its_reason(tmp_path, capsys, bundle):
    (tmp_path / "feed").mkdir()
    (tmp_path / "feed" / "photo.xml").write_text(PICTURE_ITEM, encoding="utf-8")
    (tmp_path / "feed" / "story.txt").write_bytes(SAMPLES[0].read_bytes())
    target = ["--bundle", str(tmp_path / "feed.epub")] if bundle else ["-o", str(tmp_path / "out")]
    assert main(["convert", str(tmp_path / "feed"), "--glob", "*", "--to", "epub" if bundle else "json", *target]) == 0
    err = capsys.readouterr().err
    assert "photo.xml: warning [nothing-to-convert] no text item to read (skipped a picture" in err
    assert "1 converted, 1 skipped, 0 failed" in err

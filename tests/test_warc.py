"""Web archives as inputs: one document per HTML page, other responses skipped with their reason."""

import io
import json
import subprocess
import sys

import pytest

pytest.importorskip("warcio", reason="web archives need the web extra")
pytest.importorskip("trafilatura", reason="web archives need the web extra")

from warcio.archiveiterator import ArchiveIterator  # noqa: E402
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from convert import warc  # noqa: E402
from convert.cli import main  # noqa: E402
from tests.official import check_official_for  # noqa: E402
from tests.readers.html.pages import ARTICLE_PAGE, PARAGRAPHS  # noqa: E402


def response(writer, uri, body, status="200 OK", content_type="text/html; charset=utf-8", date="2025-03-07T08:00:00Z"):
    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http,
                                     warc_headers_dict={"WARC-Date": date})


def archive(path, gzip=True):
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test"}))
        writer.write_record(response(writer, "https://valley.example/pool", ARTICLE_PAGE.encode("utf-8")))
        writer.write_record(response(writer, "https://valley.example/old", b"", status="302 Found"))
        writer.write_record(response(writer, "https://valley.example/p.png", b"\x89PNG", content_type="image/png"))
        writer.write_record(response(writer, "https://valley.example/again", ARTICLE_PAGE.replace(
            "Council votes to build the pool", "Pool plan wins a second vote").encode("utf-8")))
    return path


def test_entries_say_what_each_response_is(tmp_path):
    found = list(warc.entries(str(archive(tmp_path / "crawl.warc.gz"))))
    assert [(e.number, e.uri, e.skipped) for e in found] == [
        (2, "https://valley.example/pool", None), (3, "https://valley.example/old", "HTTP status 302"),
        (4, "https://valley.example/p.png", "not an HTML page (image/png)"), (5, "https://valley.example/again", None)]


@pytest.mark.parametrize("gzip", [True, False])
def test_each_page_becomes_a_document_named_by_its_place(tmp_path, capsys, gzip):
    name = "crawl.warc.gz" if gzip else "crawl.warc"
    source = archive(tmp_path / name, gzip=gzip)
    assert main(["convert", str(source), "--to", "json", "-o", str(tmp_path / "out")]) == 0
    outputs = sorted(p.name for p in (tmp_path / "out" / "crawl").iterdir())
    assert outputs == ["00002.json", "00005.json"]
    first = json.loads((tmp_path / "out" / "crawl" / "00002.json").read_text())
    assert first["capture"]["captured"] == "2025-03-07" and first["capture"]["layout"] == "html"
    assert [b["text"] for b in first["articles"][0]["blocks"] if b["type"] == "paragraph"] == PARAGRAPHS
    err = capsys.readouterr().err
    assert f"{source}#3: warning [nothing-to-convert] HTTP status 302" in err
    assert "2 converted, 2 skipped, 0 failed" in err


def test_a_broken_archive_is_a_clear_failure(tmp_path, capsys):
    source = archive(tmp_path / "crawl.warc.gz")
    data = source.read_bytes()
    source.write_bytes(data[: len(data) // 2])  # cut in the middle of a record
    assert main(["convert", str(source), "--to", "json", "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "failed" in err


def test_archives_in_a_folder_with_a_pattern(tmp_path, capsys):
    (tmp_path / "crawls").mkdir()
    archive(tmp_path / "crawls" / "one.warc.gz")
    archive(tmp_path / "crawls" / "two.warc.gz")
    assert main(["convert", str(tmp_path / "crawls"), "--glob", "*.warc.gz", "--to", "md",
                 "-o", str(tmp_path / "out")]) == 0
    assert sorted(str(p.relative_to(tmp_path / "out")) for p in (tmp_path / "out").rglob("*.md")) == [
        "one/00002.md", "one/00005.md", "two/00002.md", "two/00005.md"]


def test_stem():
    assert [warc.stem(n) for n in ("a.warc.gz", "b.WARC", "c.arc.gz", "d.arc")] == ["a", "b", "c", "d"]


def arc(path, pages):
    """An ARC (version 1) file of HTML responses: ``pages`` maps an address to its HTML."""
    version = b"1 0 newsconv-tests\nURL IP-address Archive-date Content-type Archive-length\n"
    parts = [b"filedesc://%s 192.0.2.1 20250307080000 text/plain %d\n%s\n" % (path.name.encode(), len(version), version)]
    for uri, html in pages.items():
        body = html.encode("utf-8")
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n%s" % (
            len(body), body)
        parts.append(b"%s 192.0.2.1 20250307080000 text/html %d\n%s\n" % (uri.encode(), len(http), http))
    path.write_bytes(b"".join(parts))
    return path


def test_the_document_names_the_record_it_was_read_from(tmp_path):
    source = archive(tmp_path / "crawl.warc.gz")
    assert main(["convert", str(source), "--to", "json", "-o", str(tmp_path / "out"), "-q"]) == 0
    record = json.loads((tmp_path / "out" / "crawl" / "00005.json").read_text())["capture"]["archive_record"]
    with open(source, "rb") as stream:
        written = [r for r in ArchiveIterator(stream) if r.rec_headers.get_header("WARC-Target-URI", "").endswith("again")]
    headers = written[0].rec_headers
    assert record == {"archive": "crawl.warc.gz", "offset": record["offset"],
                      "record_id": headers.get_header("WARC-Record-ID"), "target_uri": "https://valley.example/again",
                      "date": "2025-03-07T08:00:00Z", "payload_digest": headers.get_header("WARC-Payload-Digest")}
    assert record["record_id"].startswith("<urn:uuid:") and record["payload_digest"].startswith("sha1:")
    with open(source, "rb") as stream:  # the offset finds the record again
        stream.seek(record["offset"])
        assert next(iter(ArchiveIterator(stream))).rec_headers.get_header("WARC-Record-ID") == record["record_id"]


def test_an_arc_record_has_its_address_and_time_and_no_made_up_id(tmp_path):
    source = arc(tmp_path / "old.arc", {"http://valley.example/pool": ARTICLE_PAGE})
    outputs = []
    for run in ("a", "b"):
        assert main(["convert", str(source), "--to", "json", "-o", str(tmp_path / run), "-q"]) == 0
        outputs.append((tmp_path / run / "old" / "00002.json").read_bytes())
    assert outputs[0] == outputs[1]  # warcio's WARC version of an ARC record gets a new random id each time
    document = json.loads(outputs[0])
    assert document["capture"]["captured"] == "2025-03-07"
    assert document["capture"]["archive_record"] == {
        "archive": "old.arc", "offset": document["capture"]["archive_record"]["offset"], "record_id": None,
        "target_uri": "http://valley.example/pool", "date": "2025-03-07T08:00:00Z", "payload_digest": None}


def test_a_warc_date_that_is_no_full_timestamp_gives_the_capture_day_only(tmp_path):
    path = tmp_path / "day.warc"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=False)
        writer.write_record(response(writer, "https://valley.example/pool", ARTICLE_PAGE.encode("utf-8"),
                                     date="2025-03-07"))
    assert main(["convert", str(path), "--to", "json", "-o", str(tmp_path / "out"), "-q"]) == 0
    document = json.loads((tmp_path / "out" / "day" / "00001.json").read_text())
    assert document["capture"]["archive_record"]["date"] is None and document["capture"]["captured"] == "2025-03-07"


def test_outputs_of_archived_pages_pass_the_official_validators(tmp_path):
    check = check_official_for("newsml", "jats", "ninjs")
    archive(tmp_path / "crawl.warc.gz")
    arc(tmp_path / "old.arc", {"http://valley.example/pool": ARTICLE_PAGE})
    for name in ("crawl.warc.gz", "old.arc"):
        assert main(["convert", str(tmp_path / name), "--to", "all", "-o", str(tmp_path / "out"), "-q"]) == 0
    out = tmp_path / "out"
    for kind, pattern in (("newsml", "*.newsml.xml"), ("jats", "*.jats.xml"), ("ninjs", "*.ninjs.json")):
        files = sorted(map(str, out.rglob(pattern)))
        assert len(files) == 3
        result = subprocess.run([sys.executable, str(check), kind, *files], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_an_archive_without_responses_says_so(tmp_path, capsys):
    path = tmp_path / "requests.warc.gz"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record("requests.warc.gz", {"software": "test"}))
    assert main(["convert", str(path), "--to", "json", "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "the archive holds no responses" in err and "no inputs found" not in err

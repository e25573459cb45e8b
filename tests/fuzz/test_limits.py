"""The input size limit: refused with a clear message before any work, from the library and the command line."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest


from tests.documents import document  # noqa: E402

import convert  # noqa: E402
from convert.cli import main  # noqa: E402
from convert.readers import DEFAULT_MAX_BYTES  # noqa: E402

CAPTURE = ("Harbour council approves new ferry timetable\n\n"
           "The harbour council voted on Tuesday to add two evening sailings to the island ferry timetable.\n")
INPUTS = {
    "capture": CAPTURE.encode("utf-8"),
    "json": convert.dumps(document()).encode("utf-8"),
    "markdown": convert.write(document(), "md"),
}


@pytest.mark.parametrize("kind", sorted(INPUTS))
def test_an_input_at_the_limit_is_read_and_one_byte_more_is_refused(kind: str) -> None:
    data = INPUTS[kind]
    assert convert.parse_bytes(data, "at-limit", max_bytes=len(data))["articles"]
    with pytest.raises(convert.NewsconvError) as caught:
        convert.parse_bytes(data, "over-limit", max_bytes=len(data) - 1)
    message = str(caught.value)
    assert message.startswith("over-limit: ")
    assert f"{len(data) - 1:,}" in message and "limit" in message


def test_the_default_limit_refuses_a_bigger_input_before_decoding_it() -> None:
    # One byte over 64 MiB of NULs: if the reader looked at the data first it would call it binary.
    data = bytes(DEFAULT_MAX_BYTES + 1)
    with pytest.raises(convert.NewsconvError, match=r"over the limit of 67,108,864"):
        convert.parse_bytes(data, "huge.bin")


def test_parse_file_reads_no_more_than_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "capture.txt"
    path.write_text(CAPTURE * 100, encoding="utf-8")
    with pytest.raises(convert.NewsconvError, match="over the limit of 1,000") as caught:
        convert.parse_file(path, max_bytes=1000)
    assert caught.value.file == str(path)
    assert convert.parse_file(path, max_bytes=path.stat().st_size)["articles"]


def test_the_message_does_not_state_a_wrong_size(tmp_path: Path) -> None:
    path = tmp_path / "capture.txt"
    path.write_text(CAPTURE * 100, encoding="utf-8")
    with pytest.raises(convert.NewsconvError) as caught:
        convert.parse_file(path, max_bytes=1000)
    assert "1,001 bytes" not in str(caught.value)


def test_the_command_line_refuses_an_input_over_max_bytes(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    small, big = tmp_path / "small.txt", tmp_path / "big.txt"
    small.write_text(CAPTURE, encoding="utf-8")
    big.write_text(CAPTURE * 20, encoding="utf-8")
    limit = str(small.stat().st_size)
    code = main(["parse", str(small), str(big), "--max-bytes", limit, "-o", str(tmp_path / "out"), "-j", "1"])
    err = capsys.readouterr().err
    assert code == 1
    assert f"{big}: input is" in err and f"over the limit of {int(limit):,}" in err
    assert "Traceback" not in err
    assert json.loads((tmp_path / "out" / "small.json").read_text(encoding="utf-8"))["articles"]
    assert not (tmp_path / "out" / "big.json").exists()


def test_the_command_line_limit_applies_to_standard_input(monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(CAPTURE.encode("utf-8") * 10)))
    code = main(["parse", "-", "--max-bytes", "100", "-o", "-"])
    captured = capsys.readouterr()
    assert code == 1 and captured.out == ""
    assert "stdin: input is" in captured.err and "over the limit of 100" in captured.err


@pytest.mark.skipif(not os.path.isdir("/dev/fd"), reason="no /dev/fd here")
def test_an_input_that_tells_no_size_is_read_up_to_the_limit() -> None:
    from convert.readers import read_limited

    for data, limit, refused in ((b"hello", 10, False), (b"x" * 10, 10, False), (b"hello world!", 10, True)):
        read_end, write_end = os.pipe()
        os.write(write_end, data)
        os.close(write_end)
        try:
            if refused:
                with pytest.raises(convert.NewsconvError, match="input is over the limit of 10 bytes"):
                    read_limited(f"/dev/fd/{read_end}", limit)
            else:
                assert read_limited(f"/dev/fd/{read_end}", limit) == data
        finally:
            os.close(read_end)

"""The capture reader's line limit, and reading that stays linear in the size of the capture."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import convert
from convert import cli, readers
from convert.errors import NewsconvError
from convert.readers.capture import DEFAULT_MAX_LINES, READER, line_count
from convert.readers.capture.text import split_lines

ARTICLE = ("Harbour council approves new ferry timetable\n\n"
           "The council voted on Tuesday to add two evening sailings to the timetable, officials said.\n")


def lines_of(count: int) -> bytes:
    """An article of exactly ``count`` lines (at least 3): a headline, a paragraph and short lines."""
    return (ARTICLE + "a\n" * (count - 3)).encode("utf-8")


@given(st.text(alphabet="a \r\n", max_size=30))
def test_the_line_count_is_the_number_of_lines_split_lines_makes(text):
    assert line_count(text) == len(split_lines(text))


def test_a_capture_at_the_limit_is_read():
    document = readers.read(lines_of(50), "story.txt", format="capture", max_lines=50)
    assert document["capture"]["source"]["lines"] == 50


def test_a_capture_over_the_limit_fails_saying_how_many_lines_and_what_the_limit_is():
    with pytest.raises(NewsconvError) as caught:
        readers.read(lines_of(51), "story.txt", format="capture", max_lines=50)
    assert str(caught.value) == "story.txt: 51 lines, more than the limit of 50 (--capture-max-lines)"


def test_the_limit_applies_when_the_reader_is_guessed_and_through_parse_bytes():
    with pytest.raises(NewsconvError, match="more than the limit of 10"):
        readers.read(lines_of(11), "story.txt", max_lines=10)
    with pytest.raises(NewsconvError, match="more than the limit of 10"):
        convert.parse_bytes(lines_of(11), "story.txt", max_lines=10)
    assert convert.parse_bytes(lines_of(11), "story.txt", max_lines=11)["articles"]


def test_blank_lines_and_every_kind_of_line_break_count():
    assert line_count("a\r\n\r\nb\rc\n\n") == 5
    with pytest.raises(NewsconvError, match="5 lines"):
        readers.read(b"Headline here today\r\n\r\nSome text.\rMore\n\n", "story.txt", format="capture",
                     max_lines=4)


def test_the_default_limit_is_declared_and_refuses_a_capture_of_short_lines_at_once():
    (option,) = [o for o in READER.options if o.name == "max_lines"]
    assert option.default == DEFAULT_MAX_LINES == 200_000
    assert option.type is int
    start = time.perf_counter()
    with pytest.raises(NewsconvError, match=f"{DEFAULT_MAX_LINES + 1:,} lines, more than the limit of 200,000"):
        convert.parse_bytes(lines_of(DEFAULT_MAX_LINES + 1), "big.txt")
    assert time.perf_counter() - start < 2  # refused before a line is made: reading them takes seconds


@pytest.mark.parametrize("value", [0, -5, "100", 2.5, True, None])
def test_a_limit_that_is_not_a_positive_whole_number_is_refused(value):
    with pytest.raises(NewsconvError, match="max_lines must be a whole number of at least 1"):
        readers.read(lines_of(5), "story.txt", format="capture", max_lines=value)


def test_the_command_line_flag_sets_the_limit(tmp_path: Path, capsys):
    source = tmp_path / "story.txt"
    source.write_bytes(lines_of(30))
    out = tmp_path / "out"
    assert cli.main(["parse", str(source), "-o", str(out), "-q", "--capture-max-lines", "29"]) == cli.EXIT_FAILED
    assert f"{source}: 30 lines, more than the limit of 29 (--capture-max-lines)" in capsys.readouterr().err
    assert not (out / "story.json").exists()
    assert cli.main(["convert", str(source), "--to", "json", "-o", str(out), "-q", "--capture-max-lines",
                     "30"]) == cli.EXIT_OK
    assert (out / "story.json").exists()


def test_hard_wrapped_text_is_joined_in_linear_time():
    line = "The council voted on Tuesday to add two evening sailings to the ferry\n"
    paragraph = line * 20_000  # one paragraph of 20,000 wrapped lines: joined line by line, minutes
    start = time.perf_counter()
    document = convert.parse_bytes(f"Harbour council approves new ferry timetable today\n\n{paragraph}".encode())
    assert time.perf_counter() - start < 5
    (block,) = document["articles"][0]["blocks"]
    assert block["lines"] == [3, 20_002]
    assert block["text"] == " ".join([line.strip()] * 20_000)


def test_wrapped_paragraphs_are_joined_each_on_its_own():
    line = "The council voted on Tuesday to add two evening sailings to the ferry"
    text = "\n\n".join("\n".join([f"{line} {n}."] * 3) for n in range(4))
    document = convert.parse_bytes(f"Harbour council approves new ferry timetable today\n\n{text}\n".encode())
    blocks = document["articles"][0]["blocks"]
    assert [b["lines"] for b in blocks] == [[3, 5], [7, 9], [11, 13], [15, 17]]
    assert blocks[1]["text"] == " ".join([f"{line} 1."] * 3)

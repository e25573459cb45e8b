"""Linear time: reading twice as much must take about twice as long, whatever the input's shape.

Each test reads an input at two sizes, four times apart, and compares the time
per byte: about 1 for linear code, about 4 for quadratic code. The limit (2)
leaves room for timing noise, and the sizes are big enough to be past the
range where the time per byte still climbs as the data outgrows the CPU caches. The inputs come from ``bench/pathological.py``,
which reports the same figures at bigger sizes.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"

from bench.pathological import shape_bytes, time_read  # noqa: E402

from convert.readers.capture.draft import ArticleDraft  # noqa: E402
from convert.readers.capture.text import control_characters, decode, split_lines  # noqa: E402

# Quadratic work quadruples the time per unit when the input is four times larger; linear work
# keeps it, but in a full test run the larger inputs' memory traffic alone has reached 2.1x.
LINEAR = 2.5


def growth(measure: Callable[[int], float], small: int) -> float:
    """Time per unit at 4 * small over time per unit at small (best of five each: a busy machine slows single
    runs, seldom all of them)."""
    low = min(measure(small) for _ in range(5)) / small
    return (min(measure(4 * small) for _ in range(5)) / (4 * small)) / low


def parse_time(shape: str) -> Callable[[int], float]:
    return lambda size: time_read(shape_bytes(shape, size))


def text_time(shape: str) -> Callable[[int], float]:
    """Time of everything text.py does: decode (with mojibake repair), split, normalise, find controls."""
    def measure(size: int) -> float:
        data = shape_bytes(shape, size)
        start = time.process_time()  # CPU time: other processes on a busy machine slow it far less
        control_characters(split_lines(decode(data).text))
        return time.process_time() - start
    return measure


@pytest.mark.parametrize("shape, size", [("mojibake", 40_000), ("undecodable", 100_000), ("control-lines", 100_000)])
def test_decoding_and_normalising_are_linear(shape: str, size: int) -> None:
    assert growth(text_time(shape), size) < LINEAR


def test_a_long_word_of_weekday_prefixes_reads_in_linear_time() -> None:
    assert growth(parse_time("weekday-letters"), 1_000) < LINEAR


def test_a_long_word_of_media_keywords_reads_in_linear_time() -> None:
    assert growth(parse_time("media-word"), 2_000) < LINEAR


def test_headings_before_the_first_paragraph_read_in_linear_time() -> None:
    assert growth(parse_time("headings-before-prose"), 60_000) < LINEAR


def test_a_menu_of_thousands_of_items_in_the_body_reads_in_linear_time() -> None:
    assert growth(parse_time("body-menus"), 40_000) < LINEAR


def test_the_same_title_printed_thousands_of_times_reads_in_linear_time() -> None:
    assert growth(parse_time("repeated-title"), 40_000) < LINEAR


def test_noting_the_lines_of_one_field_is_linear() -> None:
    def measure(count: int) -> float:
        article = ArticleDraft()
        start = time.perf_counter()
        for number in range(1, count + 1):
            article.note("summary", number)
        return time.perf_counter() - start

    assert growth(measure, 20_000) < LINEAR

"""Reading time for pathological captures, per byte, next to a normal capture's in the same run.

    python bench/pathological.py                 # the three required inputs and the hostile shapes
    python bench/pathological.py --quick         # smaller sizes (a smoke test)
    python bench/pathological.py --json out.json # also write the figures as JSON

Part 1 times ``convert.parse_bytes`` on a normal ~5 KB capture and on three big
inputs: a 10 MB capture, a single 1 MB line and 100,000 blank lines. Reading is
linear when their time per byte stays near the normal capture's (``x normal``)
and does not grow with size (``growth``: time per byte at full size over time
per byte at a quarter of it; 1 is linear, 4 quadratic).

Part 2 looks for super-linear code: each *shape* (a line pattern that some
rule of the reader might handle badly) is read at two sizes, four times apart. The
time per byte stays flat for linear code and grows about four times for
quadratic code; a ratio above 2 is flagged. A shape that takes more than
``--budget`` seconds at the small size is flagged without the big run.

All inputs are synthetic and built here; nothing is read from disk.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path
from typing import Callable, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import convert  # noqa: E402
from convert.readers.capture.remember import forget_everything  # noqa: E402

WORDS = ("harbour council ferry timetable voted evening sailings island library mayor budget bakery market coast "
         "river bridge school hospital police weather officials residents minister week plan service road town "
         "families hours shops jobs spring summer company board report spending repairs").split()
GLUE = "the of and to in said on a for was with at by from that it as".split()
PARAGRAPH_END = (".", ".", ".", "?", "!")


def sentence(rng: random.Random, words: int) -> str:
    picked = [rng.choice(WORDS) if rng.random() < 0.6 else rng.choice(GLUE) for _ in range(words)]
    text = " ".join(picked)
    return text[0].upper() + text[1:] + rng.choice(PARAGRAPH_END)


def paragraph(rng: random.Random) -> str:
    return " ".join(sentence(rng, rng.randint(8, 24)) for _ in range(rng.randint(2, 5)))


def normal_capture(seed: int = 1, paragraphs: int = 14) -> str:
    """A typical aggregator article page (~5 KB): header, headline, dateline, paragraphs, caption, chrome."""
    rng = random.Random(seed)
    lines = ["THE EXAMPLE AGGREGATOR", "Mar 6, 2025  |  ", "0", " | Remer,MN", "Sponsor:  QWIKET ",
             "Sponsor:  QWIKET: Elevate your game!", "back  ", "topic", "Coastal Ledger", "Coastal Ledger",
             "5 Mar 2025", "", "NextImg:Harbour council approves new ferry timetable", "",
             "PORT ELLEN, Islay — " + paragraph(rng), ""]
    for index in range(paragraphs):
        lines += [paragraph(rng), ""]
        if index == 2:
            lines += ["The evening ferry leaves Port Ellen on Tuesday. (Iain Bell/Coastal Ledger)", ""]
        if index == 4:
            lines += ["Advertisement", "", "What changes next", ""]
    lines += ["Share this article", "Related stories"]
    return "\n".join(lines) + "\n"


def big_capture(size: int) -> str:
    """A generic news page of about ``size`` bytes: a header, then paragraphs with the odd heading and list."""
    rng = random.Random(7)
    parts = ["Skip to main content", "Menu", "Harbour council approves new ferry timetable",
             "By Morag Campbell, Coastal Ledger", "Published March 5, 2025", ""]
    total = sum(len(p) + 1 for p in parts)
    count = 0
    while total < size:
        count += 1
        if count % 25 == 0:
            piece = f"Part {count // 25} of the plan"
        elif count % 40 == 0:
            piece = "• " + sentence(rng, 6)
        else:
            piece = paragraph(rng)
        parts += [piece, ""]
        total += len(piece) + 2
    return "\n".join(parts) + "\n"


def long_line(size: int) -> str:
    """One line of prose of about ``size`` bytes, with no line break at all."""
    rng = random.Random(11)
    pieces: list[str] = []
    total = 0
    while total < size:
        piece = sentence(rng, rng.randint(8, 24))
        pieces.append(piece)
        total += len(piece) + 1
    return " ".join(pieces)


def blank_lines(count: int) -> str:
    """A short article with ``count`` blank lines between its paragraphs."""
    rng = random.Random(3)
    return ("Harbour council approves new ferry timetable\n\n" + paragraph(rng) + "\n" + "\n" * count
            + paragraph(rng) + "\n")


PROSE = "The council voted on Tuesday to add two evening sailings to the timetable, officials said.\n"
AGGREGATOR_HEADER = ("THE EXAMPLE AGGREGATOR\nMar 6, 2025\nSponsor: x\nback\ntopic\nCoastal Ledger\nCoastal Ledger\n"
                     "5 Mar 2025\nNextImg:Harbour council approves new ferry timetable\n")

# Line shapes that some reader rule might handle in more than linear time: (what it is, its small size in
# bytes, how to make it). Shapes made of many lines need more lines before a quadratic term shows.
SHAPES: dict[str, tuple[str, int, Callable[[int], str]]] = {
    "weekday-letters": ("one 'word' of repeated weekday prefixes (monmonmon...): the date patterns", 16_000,
                        lambda n: "mon" * (n // 3)),
    "media-word": ("one 'word' of repeated video. (a short line for the media-embed phrase)", 16_000,
                   lambda n: "video." * (n // 6)),
    "summary-lines": ("a headline, then bullet lines before any prose (summary field lines)", 250_000,
                      lambda n: "Harbour Council Approves Ferry Timetable\n" + "• one two three four five\n" * (n // 26)
                      + PROSE),
    "repeated-title": ("the same title line again and again (headline field lines)", 250_000,
                       lambda n: "Harbour Council Approves Ferry Timetable\n" * (n // 41) + PROSE),
    "title-and-item": ("a title printed again and again, another line beside each copy (headline copies, menus "
                       "printed twice)", 250_000,
                       lambda n: "".join(f"Harbour Council Approves Ferry Timetable\nItem {i}\n" for i in range(n // 50))
                       + PROSE),
    "dated-titles": ("prose, then thousands of titles each with a date under it (an archive's list: a story under "
                     "its byline block)", 250_000,
                     lambda n: PROSE + "".join(f"Library Opens Its New Wing Number {i}\nMarch 3, 2024\n"
                                               for i in range(n // 50))),
    "headings-before-prose": ("an aggregator article with short headings before its first paragraph", 128_000,
                              lambda n: AGGREGATOR_HEADER + "".join(f"Section Heading {i}\n" for i in range(n // 21))
                              + PROSE),
    "menu-lines": ("a generic page's story, then thousands of short lines between two widgets (lines judged by "
                   "their neighbours)", 250_000,
                   lambda n: "Harbour council approves new ferry timetable\n" + PROSE + "Share\n"
                   + "".join(f"Harbour news {i}\n" for i in range(n // 18)) + "Share\n"),
    "ad-labels": ("one paragraph with an advertisement's label between each two of its sentences", 64_000,
                  lambda n: "Harbour council approves new ferry timetable\n" + "The council met. Advertisement " * (n // 31)
                  + "It ended.\n"),
    "digit-run": ("one line of digits (counter and live-blog shapes)", 16_000, lambda n: "1" * n),
    "dateline-dots": ("a first paragraph opening with A.A.A.A... (the dateline pattern)", 16_000,
                      lambda n: "A." * (n // 2) + " — The council voted on Tuesday, officials said.\n"),
    "caption-dots": ("a caption-like line of many sentence ends", 16_000,
                     lambda n: "Caption " + ". " * (n // 2) + "Photo: x"),
    "by-words": ("a byline of thousands of capitalised words", 16_000, lambda n: "By " + "Ab " * (n // 3)),
    "digest-items": ("an aggregator digest with thousands of items", 250_000,
                     lambda n: "THE EXAMPLE AGGREGATOR\nMar 6, 2025\nSponsor: x\ntopic\n#politics\n"
                     + "Valley Courier: Council keeps the library open\nCouncil keeps the library open\n"
                       "The council voted to keep the library open on Sundays, officials said on Tuesday.\n" * (n // 140)),
    "mojibake": ("lines of mojibake pairs (the decoder's repair)", 250_000, lambda n: "cafÃ© â€™ bon\n" * (n // 18)),
    "undecodable": ("a byte that is not UTF-8 on every line of UTF-8 text (the decoder's warning)", 250_000,
                    lambda n: "café et thé \udcff ici\n" * (n // 22)),
    "control-lines": ("a control character on every line", 250_000, lambda n: "some text\x01 here\n" * (n // 16)),
    "signature-bars": ("a headline over one line of bylines and dates between bars (a byline block on one line)",
                       64_000, lambda n: "Council keeps the library open\n" + " | ".join(["By Jane Roe", "March 4, 2024"]
                                                                                       * (n // 30)) + "\n"),
    "body-menus": ("a story's first paragraph, then thousands of short title-like lines in the body (a menu printed "
                   "one item a line)", 250_000,
                   lambda n: "Harbour council approves new ferry timetable\n" + PROSE
                   + "".join(f"Harbour News {i}\n" for i in range(n // 18)) + PROSE),
    "blurbs-among-menus": ("blurbs, each after a dozen menu lines and a title (a story far below the page's blurbs)",
                           250_000,
                           lambda n: "".join("Section\n" * 12 + f"Harbour Council Approves Timetable {i}\n" + PROSE
                                             for i in range(n // 210))),
    "drop-caps": ("lines of one capital, each over a paragraph in lower case (drop caps)", 250_000,
                  lambda n: "".join(f"T\n\nhe council voted to keep library {i} open on Sundays after a long debate about "
                                    "its budget, and officials said on Tuesday that the doors would stay open until "
                                    "the autumn.\n\n" for i in range(n // 180))),
}


def time_read(data: bytes, repeat: int = 1) -> float:
    """Best of ``repeat`` CPU times of ``convert.parse_bytes`` (an error counts: it is the outcome). CPU time,
    not wall-clock time: other processes on a busy machine then slow a run far less."""
    best = float("inf")
    for _ in range(repeat):
        # (the reader keeps its answers about short lines from capture to capture: each run reads as the first does,
        # or a small capture read again would find them all kept, and a large one, past what is kept, none)
        forget_everything()
        start = time.process_time()
        try:
            convert.parse_bytes(data, "bench.txt", max_bytes=1 << 30)
        except convert.NewsconvError:
            pass
        best = min(best, time.process_time() - start)
    return best


def shape_bytes(name: str, size: int) -> bytes:
    # surrogateescape turns "\udcff" into the byte 0xFF: real invalid UTF-8 for the "undecodable" shape
    return SHAPES[name][2](size).encode("utf-8", "surrogateescape")


def measure(quick: bool, budget: float, only: Optional[str]) -> dict:
    results: dict = {"inputs": [], "shapes": []}
    normal = normal_capture().encode("utf-8")
    normal_time = time_read(normal, repeat=20)
    normal_rate = normal_time / len(normal)
    scale = 10 if quick else 1
    inputs: list[tuple[str, Callable[[int], str], int]] = [
        ("10 MB capture", big_capture, 10_000_000), ("single 1 MB line", long_line, 1_000_000),
        ("100,000 blank lines", blank_lines, 100_000)]
    print(f"{'input':22s} {'bytes':>12s} {'seconds':>9s} {'us/byte':>9s} {'x normal':>9s} {'growth':>7s}")
    print(f"{'normal capture':22s} {len(normal):12,d} {normal_time:9.4f} {normal_rate * 1e6:9.3f} {1:9.2f}")
    results["inputs"].append({"input": "normal capture", "bytes": len(normal), "seconds": round(normal_time, 5),
                              "us_per_byte": round(normal_rate * 1e6, 4), "vs_normal": 1.0})
    for label, make, size in inputs:
        if only and only not in label:
            continue
        data = make(size // scale).encode("utf-8")
        quarter = make(size // scale // 4).encode("utf-8")
        seconds = time_read(data)
        rate = seconds / len(data)
        # growth: time per byte at full size over time per byte at a quarter of it (1 = linear, 4 = quadratic)
        growth = rate / (time_read(quarter, repeat=2) / len(quarter))
        results["inputs"].append({"input": label, "bytes": len(data), "seconds": round(seconds, 4),
                                  "us_per_byte": round(rate * 1e6, 4), "vs_normal": round(rate / normal_rate, 2),
                                  "growth_vs_quarter_size": round(growth, 2)})
        print(f"{label:22s} {len(data):12,d} {seconds:9.3f} {rate * 1e6:9.3f} {rate / normal_rate:9.2f} {growth:7.2f}",
              flush=True)
    print(f"\n{'shape':22s} {'small':>9s} {'seconds':>8s} {'big':>9s} {'seconds':>8s} {'us/byte ratio':>14s}")
    for name, (description, small, _) in SHAPES.items():
        if only and only not in name:
            continue
        small //= 4 if quick else 1
        low = shape_bytes(name, small)
        low_time = time_read(low, repeat=3)
        entry = {"shape": name, "description": description, "small_bytes": len(low), "small_seconds": round(low_time, 4)}
        if low_time > budget:
            entry.update(big_bytes=None, big_seconds=None, ratio=None, superlinear=True)
            print(f"{name:22s} {len(low):9,d} {low_time:8.3f} {'skipped':>9s} {'':8s} {'(over budget)':>14s}  <-- SLOW")
        else:
            high = shape_bytes(name, 4 * small)
            high_time = time_read(high, repeat=2)
            ratio = (high_time / len(high)) / (low_time / len(low))
            entry.update(big_bytes=len(high), big_seconds=round(high_time, 4), ratio=round(ratio, 2),
                         superlinear=ratio > 2 and high_time > 0.05)
            flag = "  <-- SUPERLINEAR" if entry["superlinear"] else ""
            print(f"{name:22s} {len(low):9,d} {low_time:8.3f} {len(high):9,d} {high_time:8.3f} {ratio:14.2f}{flag}",
                  flush=True)
        results["shapes"].append(entry)
    return results


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="big inputs ten times, shapes four times smaller")
    parser.add_argument("--budget", type=float, default=5.0, help="seconds a small shape may take (default 5)")
    parser.add_argument("--only", help="run only the inputs and shapes whose name contains this")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = parser.parse_args(argv)
    results = measure(args.quick, args.budget, args.only)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

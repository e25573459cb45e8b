#!/usr/bin/env python3
"""Web archives of synthetic news pages: memory and pages per second of `newsconv convert` on a WARC.

usage: python bench/warc_pages.py [--pages 2000 10000] [--jobs 1 2] [--keep DIR]

Writes, for each count, a ``.warc.gz`` of that many HTML response records (each an invented news page of
about 6 KB: header, navigation, an article with a figure, related links, a footer; one record in ten is a
picture, which is skipped), then converts it to JSON with each ``--jobs`` value in a fresh process and
prints wall time, pages per second and the peak resident memory of the largest process. Memory that does
not grow with the number of pages shows the archive is streamed. Needs the ``web`` extra.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

REPO = Path(__file__).resolve().parent.parent
WORDS = ("council harbour ferry timetable island village hall mayor budget school library road bridge storm "
         "winter spring market farmers river museum station festival police report meeting residents plan").split()


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def page(number: int) -> bytes:
    rng = random.Random(number)
    title = sentence(rng, 8).rstrip(".")
    paragraphs = "\n".join(f"<p>{' '.join(sentence(rng, rng.randint(12, 24)) for _ in range(3))}</p>" for _ in range(8))
    related = "".join(f'<li><a href="/r{number}-{i}">{sentence(rng, 7)}</a></li>' for i in range(6))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Valley Courier</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Valley Courier">
<meta name="author" content="Dana Whitfield"><meta property="article:published_time" content="2025-03-06T18:45:00Z">
</head><body><header class="site-header"><nav class="main-nav"><ul><li><a href="/">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header><main><article><h1>{title}</h1>
<p class="byline">By Dana Whitfield</p><figure><img src="p{number}.jpg" alt="A view"><figcaption>{sentence(rng, 9)}
<span class="credit">Sam Reed</span></figcaption></figure>
{paragraphs}</article><aside class="related"><ul>{related}</ul></aside></main>
<footer class="site-footer"><p>Copyright 2025 Valley Courier.</p></footer></body></html>""".encode("utf-8")


def write_archive(path: Path, pages: int) -> None:
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for number in range(pages):
            picture = number % 10 == 9
            body = b"\x89PNG picture" if picture else page(number)
            http = StatusAndHeaders("200 OK", [("Content-Type", "image/png" if picture else "text/html; charset=utf-8")],
                                    protocol="HTTP/1.1")
            record = writer.create_warc_record(f"https://valley.example/{number}", "response", payload=io.BytesIO(body),
                                               http_headers=http, warc_headers_dict={"WARC-Date": "2025-03-07T08:00:00Z"})
            writer.write_record(record)


def convert(archive: Path, out: Path, jobs: int) -> tuple[float, int]:
    """Wall seconds and the largest process's peak resident memory in KiB (from wait4)."""
    command = [sys.executable, "-m", "convert", "convert", str(archive), "--to", "json", "-o", str(out), "-q",
               "--jobs", str(jobs)]
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO)))
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"newsconv failed on {archive}")
    return elapsed, usage.ru_maxrss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    scratch = args.keep or Path(tempfile.mkdtemp(prefix="newsconv-warc-"))
    scratch.mkdir(parents=True, exist_ok=True)
    print(f"{'records':>8} {'archive':>10} {'jobs':>4} {'seconds':>8} {'pages/s':>8} {'peak RSS':>10}")
    for count in args.pages:
        archive = scratch / f"pages-{count}.warc.gz"
        write_archive(archive, count)
        html_pages = count - count // 10
        for jobs in args.jobs:
            seconds, rss = convert(archive, scratch / f"out-{count}-{jobs}", jobs)
            print(f"{count:>8} {archive.stat().st_size / 1e6:>8.1f}MB {jobs:>4} {seconds:>8.1f} "
                  f"{html_pages / seconds:>8.1f} {rss / 1024:>8.0f}MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

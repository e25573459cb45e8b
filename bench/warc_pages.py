#!/usr/bin/env python3
"""Web archives of synthetic news pages: memory and pages per second of `newsconv convert` on a WARC.

usage: python bench/warc_pages.py [--pages 2000 10000] [--size 2G] [--picture-every 10] [--picture-kb 0]
                                  [--jobs 1 2] [--keep DIR]

Writes, for each count, a ``.warc.gz`` of that many response records (each an invented news page of about
6 KB: header, navigation, an article with a figure, related links, a footer; one record in
``--picture-every`` is a picture, which is skipped), then converts it to JSON with each ``--jobs`` value in
a fresh process and prints wall time, records and pages per second and the peak resident memory of the
largest process. Memory that does not grow with the archive shows that it is streamed.

``--size`` writes records until the archive reaches that many bytes (``2G``, ``500M``) instead of counting
them. ``--picture-kb`` gives each picture that many KB of incompressible bytes (a photograph; by default a
picture is a few bytes): a crawl's size is mostly its media, which the conversion reads past. The archive is
deleted once converted unless ``--keep`` names a folder. Needs the ``web`` extra.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

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


def picture(number: int, kb: int) -> bytes:
    return b"\x89PNG picture" if kb <= 0 else random.Random(-number).randbytes(kb * 1024)


def write_archive(path: Path, records: int, picture_every: int = 10, picture_kb: int = 0,
                  size: Optional[int] = None) -> tuple[int, int]:
    """Records and HTML pages written: ``records`` of them, or as many as make ``size`` bytes."""
    number = pages = 0
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        while (number < records) if size is None else (out.tell() < size):
            is_picture = number % picture_every == picture_every - 1
            body = picture(number, picture_kb) if is_picture else page(number)
            pages += not is_picture
            http = StatusAndHeaders("200 OK", [("Content-Type", "image/png" if is_picture else "text/html; charset=utf-8")],
                                    protocol="HTTP/1.1")
            record = writer.create_warc_record(f"https://valley.example/{number}", "response", payload=io.BytesIO(body),
                                               http_headers=http, warc_headers_dict={"WARC-Date": "2025-03-07T08:00:00Z"})
            writer.write_record(record)
            number += 1
    return number, pages


def convert(archive: Path, out: Path, jobs: int) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds of all its processes (what a busy machine's other work does not change) and
    the largest process's peak resident memory in KiB (from wait4, which counts the workers it waited for)."""
    command = [sys.executable, "-m", "convert", "convert", str(archive), "--to", "json", "-o", str(out), "-q",
               "--jobs", str(jobs)]
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO)))
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"newsconv failed on {archive}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def byte_size(text: str) -> int:
    units = {"K": 10**3, "M": 10**6, "G": 10**9}
    return int(float(text[:-1]) * units[text[-1].upper()]) if text[-1:].upper() in units else int(text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[2000, 10000], help="records in each archive")
    parser.add_argument("--size", type=byte_size, nargs="+", help="archive sizes instead of record counts (2G)")
    parser.add_argument("--picture-every", type=int, default=10, help="one record in N is a picture")
    parser.add_argument("--picture-kb", type=int, default=0, help="each picture's size (default: a few bytes)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    scratch = args.keep or Path(tempfile.mkdtemp(prefix="newsconv-warc-"))
    scratch.mkdir(parents=True, exist_ok=True)
    print(f"{'records':>8} {'pages':>8} {'archive':>10} {'jobs':>4} {'seconds':>8} {'records/s':>9} {'pages/s':>8} "
          f"{'MB/s':>6} {'CPU s':>7} {'pages/CPU s':>11} {'peak RSS':>10}", flush=True)
    for count, size in ([(None, s) for s in args.size] if args.size else [(c, None) for c in args.pages]):
        archive = scratch / f"pages-{count or size}.warc.gz"
        records, html_pages = write_archive(archive, count or 0, args.picture_every, args.picture_kb, size)
        megabytes = archive.stat().st_size / 1e6
        for jobs in args.jobs:
            out = scratch / f"out-{count or size}-{jobs}"
            seconds, cpu, rss = convert(archive, out, jobs)
            print(f"{records:>8} {html_pages:>8} {megabytes:>8.1f}MB {jobs:>4} {seconds:>8.1f} {records / seconds:>9.1f} "
                  f"{html_pages / seconds:>8.1f} {megabytes / seconds:>6.1f} {cpu:>7.1f} {html_pages / cpu:>11.1f} "
                  f"{rss / 1024:>8.0f}MB", flush=True)
            if not args.keep:
                shutil.rmtree(out)
        if not args.keep:
            archive.unlink()
    if not args.keep:
        scratch.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

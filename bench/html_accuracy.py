#!/usr/bin/env python3
"""Measure the HTML reader against pages with known articles, beside trafilatura's extraction alone.

usage: python bench/html_accuracy.py HTML_DIR [--limit N] [--repeat N]

HTML_DIR holds ``mozilla-readability/test-pages/<page>/{source.html,expected.html,expected-metadata.json}``
and ``trafilatura/{evaldata.json,pages/}`` (either may be missing). Scores, as the ScrapingHub article
benchmark and trafilatura's evaluation do:

- body: 4-gram word shingles (``\\w+`` tokens, lower case) of the extracted text against the expected
  article's, precision, recall and F1 per page, averaged over pages;
- with/without: the share of each page's ``with`` fragments found in the extracted text, and of its
  ``without`` fragments absent (whitespace-normalised substring tests);
- metadata: title, byline, date and site name against readability's expected values (case and spaces
  ignored, and a leading "By" in a byline, which readability keeps; a page whose expected value is empty is
  not counted for that field);
- time: reading a page (newsconv, everything included) against trafilatura's extraction alone, per page:
  its text only (``extract``), and its text with the metadata the reader asks it for (``bare_extraction``).
  CPU time of the process, each of the three run ``--repeat`` times in turn on each page and the fastest
  run kept (what is left of the machine's other work), summed over the pages.

Needs the ``web`` extra (trafilatura).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import lxml.html  # noqa: E402
import trafilatura  # noqa: E402

from convert.errors import NewsconvError  # noqa: E402
from convert.readers.html import read_html  # noqa: E402

_TOKEN = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


def shingles(text: str) -> set[tuple[str, ...]]:
    tokens = _TOKEN.findall(text.lower())
    return {tuple(tokens[i:i + 4]) for i in range(max(len(tokens) - 3, 1))} if tokens else set()


def prf(got: str, want: str) -> tuple[float, float, float]:
    g, w = shingles(got), shingles(want)
    if not g or not w:
        return (1.0, 1.0, 1.0) if g == w else (0.0, 0.0, 0.0)
    hit = len(g & w)
    p, r = hit / len(g), hit / len(w)
    return p, r, (2 * p * r / (p + r) if hit else 0.0)


def document_text(document: dict[str, Any]) -> str:
    parts = []
    for article in document["articles"]:
        for block in article["blocks"]:
            if block["type"] == "list":
                parts += block["items"]
            elif block["type"] == "figure":  # the caption with its label and credit, all kept in the document
                parts.append(" ".join(filter(None, (block.get("label"), block["caption"], block.get("credit")))))
            else:
                parts.append(block["text"])
    return "\n".join(parts)


_BY = re.compile(r"^(?:by|par|von|por|di|door|av)\s+", re.I)


def norm(text: Optional[str]) -> str:
    return _SPACE.sub(" ", text or "").strip().casefold()


def norm_byline(text: Optional[str]) -> str:
    """A byline without the word "By" that readability keeps and newsconv does not."""
    return _BY.sub("", norm(text))


def timed(function: Any, *args: Any) -> tuple[Any, float]:
    start = time.process_time()
    result = function(*args)
    return result, time.process_time() - start


def fastest(runs: int, *calls: tuple[Any, ...]) -> list[tuple[Any, float]]:
    """Each call's result and its fastest CPU time over ``runs`` rounds, the calls taking turns in each round."""
    best: list[tuple[Any, float]] = []
    for round_ in range(runs):
        for n, (function, *args) in enumerate(calls):
            result, seconds = timed(function, *args)
            if round_ == 0:
                best.append((result, seconds))
            else:
                best[n] = (result, min(seconds, best[n][1]))
    return best


def ours(data: bytes, name: str) -> tuple[str, dict[str, Any]]:
    try:
        document = read_html(data, name)
    except NewsconvError:
        return "", {}
    article = document["articles"][0]
    return document_text(document), {"title": article["headline"], "byline": article["byline"],
                                     "date": article["published"], "siteName": document["capture"]["site"]}


def theirs(data: bytes) -> str:
    return trafilatura.extract(data.decode("utf-8", "replace"), include_comments=False) or ""


def theirs_with_metadata(data: bytes) -> Any:
    """trafilatura asked for what the reader gets from it: the article and the page's metadata."""
    return trafilatura.bare_extraction(data.decode("utf-8", "replace"), with_metadata=True, include_comments=False,
                                       date_extraction_params={"extensive_search": False, "original_date": True})


def readability(root: Path, limit: int, totals: dict[str, list[float]], repeat: int) -> None:
    for page in sorted(root.iterdir())[:limit]:
        source, expected = page / "source.html", page / "expected.html"
        if not source.exists() or not expected.exists():
            continue
        data = source.read_bytes()
        want = lxml.html.fromstring(expected.read_bytes()).text_content()
        ((text, meta), ours_time), (their_text, their_time), (_, their_full_time) = fastest(
            repeat, (ours, data, str(source)), (theirs, data), (theirs_with_metadata, data))
        totals["time_newsconv"].append(ours_time)
        totals["time_trafilatura"].append(their_time)
        totals["time_trafilatura_metadata"].append(their_full_time)
        for key, got in (("newsconv", text), ("trafilatura", their_text)):
            p, r, f = prf(got, want)
            totals[f"{key}_precision"].append(p)
            totals[f"{key}_recall"].append(r)
            totals[f"{key}_f1"].append(f)
        expected_meta = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
        for field in ("title", "byline", "siteName"):
            if expected_meta.get(field):
                same = norm_byline if field == "byline" else norm
                totals[f"meta_{field}"].append(float(same(meta.get(field)) == same(expected_meta[field])))
        if expected_meta.get("publishedTime"):
            totals["meta_date"].append(float((meta.get("date") or "") == expected_meta["publishedTime"][:10]))


def fragments(root: Path, limit: int, totals: dict[str, list[float]]) -> None:
    evaluation = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    for url, entry in sorted(evaluation.items())[:limit]:
        path = root / "pages" / entry["file"]
        if not path.exists():
            continue
        data = path.read_bytes()
        text, _ = ours(data, str(path))
        their_text = theirs(data)
        for key, got in (("newsconv", text), ("trafilatura", their_text)):
            got = _SPACE.sub(" ", got)
            for fragment in entry.get("with", []):
                totals[f"{key}_with_found"].append(float(_SPACE.sub(" ", fragment).strip() in got))
            for fragment in entry.get("without", []):
                totals[f"{key}_without_absent"].append(float(_SPACE.sub(" ", fragment).strip() not in got))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("html_dir", type=Path)
    parser.add_argument("--limit", type=int, default=10**6, help="pages per set, at most")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each extraction per page")
    args = parser.parse_args()
    totals: dict[str, list[float]] = {}
    from collections import defaultdict
    totals = defaultdict(list)
    if (args.html_dir / "mozilla-readability" / "test-pages").exists():
        readability(args.html_dir / "mozilla-readability" / "test-pages", args.limit, totals, args.repeat)
    if (args.html_dir / "trafilatura" / "evaldata.json").exists():
        fragments(args.html_dir / "trafilatura", args.limit, totals)
    for name, values in totals.items():
        if name.startswith("time_"):
            print(f"{name:28} {1000 * sum(values) / len(values):8.1f} ms a page ({len(values)} pages)")
        else:
            print(f"{name:28} {100 * sum(values) / len(values):8.1f} %   ({len(values)})")
    if totals["time_trafilatura"]:
        ours_time = sum(totals["time_newsconv"])
        print(f"{'time ratio, text only':28} {ours_time / sum(totals['time_trafilatura']):8.2f} x")
        print(f"{'time ratio, with metadata':28} {ours_time / sum(totals['time_trafilatura_metadata']):8.2f} x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

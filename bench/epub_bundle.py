"""Time and memory of a large EPUB anthology, on synthetic documents made on the fly.

From a shell, in a fresh process so that the peak RSS is the bundle's own::

    python bench/epub_bundle.py 5000 [--trace]

The documents are generated lazily, one at a time, so any growth of memory with
the number of articles is the writer's.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
import tracemalloc
from functools import lru_cache
from typing import Any, Iterator, Optional

from convert.model import Document, block_texts
from convert.writers.epub import write_bundle

PUBLISHERS = ("Harbour Gazette", "Valley Courier", "Northern Ledger", "Island Times", "Metro Daily")
WORDS = ("council", "harbour", "ferry", "sailing", "islanders", "timetable", "evening", "service", "vote", "plan",
         "winter", "funding", "road", "school", "library", "market", "weather", "crossing", "budget", "report")


def _sentence(seed: int, words: int) -> str:
    return _pooled_sentence(seed % 97, words)


@lru_cache(maxsize=None)
def _pooled_sentence(seed: int, words: int) -> str:
    """One of a small pool of sentences, so that making documents costs little next to writing them."""
    picked = [WORDS[(seed * 7 + i * 13 + i * i) % len(WORDS)] for i in range(words)]
    return " ".join(picked).capitalize() + "."


def synthetic_document(number: int, paragraphs: int = 12) -> Document:
    """A valid single-article document of about ``paragraphs`` × 500 characters, different for each number."""
    text = f"synthetic capture {number}".encode()
    day = f"2024-{number % 12 + 1:02d}-{number % 28 + 1:02d}"
    blocks: list[Any] = []
    for i in range(paragraphs):
        body = " ".join(_sentence(number + i + j, 12) for j in range(6))
        blocks.append({"type": "paragraph", "lines": [10 + i, 10 + i], "text": body})
    blocks.insert(2, {"type": "figure", "lines": [9, 9], "caption": _sentence(number, 10), "credit": "Staff",
                      "label": None, "alt": None})
    article = {"headline": f"Article {number}: " + _sentence(number, 6), "publisher": PUBLISHERS[number % 5],
               "published": day, "dateline": "PORT ELLEN", "byline": None, "tags": [], "language": "en",
               "summary": [], "blocks": blocks, "field_lines": {}}
    return {"schema_version": "1.0",
            "capture": {"site": "SYNTHETIC", "captured": day, "layout": "am1-article",
                        "source": {"file": f"capture-{number:06d}.txt", "sha256": hashlib.sha256(text).hexdigest(),
                                   "encoding": "utf-8", "bytes": len(text), "lines": 40},
                        "field_lines": {}},
            "digest": None, "articles": [article], "removed": [], "warnings": []}  # type: ignore[typeddict-item]


def synthetic_documents(count: int, paragraphs: int = 12) -> Iterator[Document]:
    return (synthetic_document(n, paragraphs) for n in range(1, count + 1))


def measure_bundle(count: int = 5000, *, group_by: str = "publisher", paragraphs: int = 12,
                   trace: bool = False, path: Optional[str] = None) -> dict[str, Any]:
    """Write an anthology of ``count`` synthetic articles and report its cost.

    Returns ``articles``, ``text_mb`` (all article text, as UTF-8), ``seconds``,
    ``epub_mb``, ``peak_rss_mb`` (the process's peak so far, so run it in a fresh
    process for a clean figure; None where the OS does not tell),
    ``peak_rss_before_mb`` (the same just before writing: the difference is the
    writer's) and, with ``trace=True``, ``peak_traced_mb``: the peak of Python
    allocations made while writing (slower, but exact).
    """
    text_bytes = 0

    def counted() -> Iterator[Document]:
        nonlocal text_bytes
        for document in synthetic_documents(count, paragraphs):
            text_bytes += sum(len(t.encode()) for b in document["articles"][0]["blocks"] for t in block_texts(b))
            yield document

    with tempfile.NamedTemporaryFile(suffix=".epub", delete=path is None) as spool:
        target = open(path, "wb") if path else spool
        try:
            rss_before = _peak_rss_mb()
            if trace:
                tracemalloc.start()
            started = time.perf_counter()
            write_bundle(counted(), target, group_by=group_by)  # type: ignore[arg-type]
            seconds = time.perf_counter() - started
            traced = tracemalloc.get_traced_memory()[1] if trace else None
            if trace:
                tracemalloc.stop()
            size = target.tell()
        finally:
            if path:
                target.close()
    figures: dict[str, Any] = {
        "articles": count, "text_mb": round(text_bytes / 2**20, 1), "seconds": round(seconds, 2),
        "epub_mb": round(size / 2**20, 1), "peak_rss_mb": _peak_rss_mb(),
        "peak_rss_before_mb": rss_before,
    }
    if traced is not None:
        figures["peak_traced_mb"] = round(traced / 2**20, 2)
    return figures


def _peak_rss_mb() -> Optional[float]:
    try:
        import resource  # POSIX only
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round((peak if sys.platform == "darwin" else peak * 1024) / 2**20, 1)  # kilobytes on Linux


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Time and peak memory of a synthetic EPUB anthology.")
    parser.add_argument("count", type=int, nargs="?", default=5000, help="number of articles (default 5000)")
    parser.add_argument("--group-by", default="publisher", choices=("publisher", "date", "none"))
    parser.add_argument("--paragraphs", type=int, default=12, help="paragraphs per article (about 500 characters each)")
    parser.add_argument("--trace", action="store_true", help="also trace Python allocations (slower)")
    parser.add_argument("--output", help="keep the EPUB at this path")
    args = parser.parse_args(argv)
    print(json.dumps(measure_bundle(args.count, group_by=args.group_by, paragraphs=args.paragraphs,
                                    trace=args.trace, path=args.output)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

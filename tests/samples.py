"""The synthetic captures in samples/ and the real ones in ../shared (when present)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SAMPLES = sorted((REPO / "samples").glob("*.txt"))
SHARED = REPO.parent / "shared"
SEED = sorted((SHARED / "seed").glob("*.txt")) if SHARED.exists() else []
CORPUS = sorted((SHARED / "corpus" / "dev" / "raw").glob("*.txt")) if SHARED.exists() else []


def covered_lines(document: dict) -> set[int]:
    """Every line number some field, block or removal of ``document`` claims."""
    covered: set[int] = set()
    groups = [document["capture"]["field_lines"]] + [a["field_lines"] for a in document["articles"]]
    if document["digest"]:
        groups.append(document["digest"]["field_lines"])
    for group in groups:
        for numbers in group.values():
            covered.update(numbers)
    spans = [b["lines"] for a in document["articles"] for b in a["blocks"]] + [r["lines"] for r in document["removed"]]
    for first, last in spans:
        covered.update(range(first, last + 1))
    return covered


@lru_cache(maxsize=1)
def captured_documents() -> tuple[dict[str, Any], ...]:
    """The documents of every sample capture and corpus capture, read once for the whole test run
    (callers that change one must copy it first)."""
    import convert

    return tuple(convert.parse_file(path) for path in SAMPLES + CORPUS)

"""Checking files that newsconv reads or writes, for ``newsconv validate``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterator, Sequence

from .schema import problems


def _files(paths: Sequence[str]) -> Iterator[Path]:
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.json") if p.is_file())
        else:
            yield path


def validate_paths(paths: Sequence[str]) -> int:
    """Print ``path: json-path: message`` for every problem; 0 when every file is valid, else 1."""
    failed = 0
    checked = 0
    for path in _files(paths):
        checked += 1
        messages = _check_json(path)
        for message in messages:
            print(f"{path}: {message}")
        failed += bool(messages)
    print(f"newsconv: {checked - failed} valid, {failed} invalid", file=sys.stderr)
    return 1 if failed or not checked else 0


def _check_json(path: Path) -> list[str]:
    try:
        data = json.loads(path.read_bytes())
    except OSError as err:
        return [f"cannot read: {err.strerror or err}"]
    except json.JSONDecodeError as err:
        return [f"line {err.lineno}: not valid JSON: {err.msg}"]
    except UnicodeDecodeError as err:
        return [f"not UTF-8: {err.reason} at byte {err.start}"]
    return [f"{p.path}: {p.message}" for p in problems(data)]

"""Where the repository, the tests and the shared third-party material are."""

import os
from pathlib import Path
from typing import Optional

import pytest

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
SHARED = REPO.parent / "shared"


def installed_schemas() -> Optional[Path]:
    """The official schemas ``newsconv schemas install`` put in the user's data folder, if it did
    (tests/conftest.py notes where before it gives the tests' own commands a data folder of their own)."""
    folder = os.environ.get("NEWSCONV_TESTS_OFFICIAL_SCHEMAS")
    return Path(folder) if folder else None


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when that folder is absent (a plain user checkout).

    Without ../shared, ``standards/...`` (the official schemas) is found among those ``newsconv schemas
    install`` installed, and ``standards/check-official`` is tests/check_official.py, which validates
    against them: on a fresh clone the official-schema tests run once the schemas are installed."""
    path = SHARED.joinpath(*parts)
    if not path.exists() and parts[:1] == ("standards",) and installed_schemas() is not None:
        rest = parts[1:]
        path = TESTS / "check_official.py" if rest == ("check-official",) else installed_schemas().joinpath(*rest)
    if not path.exists():
        hint = " or the official schemas (newsconv schemas install)" if parts[:1] == ("standards",) else ""
        pytest.skip(f"needs ../shared/{'/'.join(parts)}{hint} (not present in this checkout)")
    return path

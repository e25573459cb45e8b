import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(TESTS))

# The tests (and the commands they start) keep their compiled-validator cache apart from the user's.
_CACHE = tempfile.mkdtemp(prefix="newsconv-tests-cache-")
os.environ["XDG_CACHE_HOME"] = os.environ["LOCALAPPDATA"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when that folder is absent (a plain user checkout)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs ../shared/{'/'.join(parts)} (not present in this checkout)")
    return path

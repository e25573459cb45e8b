import atexit
import os
import shutil
import tempfile
import uuid

import pytest
from hypothesis import settings

# Property tests explore new examples on every local run; in CI they replay the same ones, so a run
# fails because of the change it checks, never because of a draw (a failing example found locally is
# added as an @example).
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

from convert.official_schemas import installed

# Official schemas the user installed (`newsconv schemas install`) stand in for ../shared/standards where that
# is absent (tests/paths.py); the tests' own commands then get an empty data folder, so that what they check
# does not depend on what is installed.
_OFFICIAL = os.environ.pop("NEWSCONV_SCHEMAS", None) or installed()
os.environ["NEWSCONV_TESTS_OFFICIAL_SCHEMAS"] = str(_OFFICIAL) if _OFFICIAL else ""
_DATA = tempfile.mkdtemp(prefix="newsconv-tests-data-")
os.environ["XDG_DATA_HOME"] = _DATA
atexit.register(shutil.rmtree, _DATA, ignore_errors=True)

# The tests (and the commands they start) keep their compiled-validator cache apart from the user's.
_CACHE = tempfile.mkdtemp(prefix="newsconv-tests-cache-")
os.environ["XDG_CACHE_HOME"] = os.environ["LOCALAPPDATA"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)


@pytest.fixture
def memory():
    """A fresh folder of fsspec's in-memory store, removed afterwards (skips without the dask extra)."""
    fsspec = pytest.importorskip("fsspec", reason="stores other than the local disk need the dask extra")
    root = f"memory://tests-{uuid.uuid4().hex[:8]}"
    yield root
    fs = fsspec.filesystem("memory")
    if fs.exists(root):
        fs.rm(root, recursive=True)

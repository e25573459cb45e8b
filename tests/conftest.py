import atexit
import os
import shutil
import tempfile
import uuid

import pytest

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

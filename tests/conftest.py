import atexit
import os
import shutil
import tempfile

# The tests (and the commands they start) keep their compiled-validator cache apart from the user's.
_CACHE = tempfile.mkdtemp(prefix="newsconv-tests-cache-")
os.environ["XDG_CACHE_HOME"] = os.environ["LOCALAPPDATA"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

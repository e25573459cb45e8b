"""Writing output files so that a reader never sees a half-written one."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator, Union

PathLike = Union[str, "os.PathLike[str]"]


@contextmanager
def atomic_output(path: PathLike) -> Iterator[BinaryIO]:
    """Yield a file to write; it replaces ``path`` only when the block ends without error.

    The data goes to a temporary file beside the target, which is renamed over
    the target at the end (atomic on POSIX and Windows) and removed on any
    failure, including KeyboardInterrupt.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        # mkstemp makes a private (0600) file; an output gets the usual permissions.
        os.chmod(temp, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            yield handle
        os.replace(temp, target)
    except BaseException:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: PathLike, data: bytes) -> None:
    with atomic_output(path) as handle:
        handle.write(data)

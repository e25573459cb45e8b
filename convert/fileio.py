"""Writing output files so that a reader never sees a half-written one."""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import BinaryIO, Iterator, Union

PathLike = Union[str, "os.PathLike[str]"]

# O_EXCL: never open a file someone else made; O_NOFOLLOW: never write through a planted link.
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


@contextmanager
def atomic_output(path: PathLike) -> Iterator[BinaryIO]:
    """Yield a file to write; it replaces ``path`` only when the block ends without error.

    The data goes to a temporary file beside the target, which is renamed over
    the target at the end (atomic on POSIX and Windows) and removed on any
    failure, including KeyboardInterrupt.
    """
    target = os.fspath(path)
    fd, temp = _open_temporary(target)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
        os.replace(temp, target)
    except BaseException:
        _remove(temp)
        raise


def write_atomic(path: PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` all at once, in the same all-or-nothing way as :func:`atomic_output`.

    This is the batch converter's hot path, so it writes through the descriptor
    without a file object.
    """
    target = os.fspath(path)
    fd, temp = _open_temporary(target)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)
        os.replace(temp, target)
    except BaseException:
        _remove(temp)
        raise


def _open_temporary(target: str) -> tuple[int, str]:
    """Create the temporary file for ``target`` (and its folder if missing).

    The name is derived from the target and the process id, which one process never
    uses twice at the same time; it costs far less than ``mkstemp``'s random names.
    Created with mode 0666, the process umask gives the file the usual permissions of a
    new file. If the name is taken (a temporary file left by a killed process that had
    the same id), ``mkstemp`` finds a free one.
    """
    folder, name = os.path.split(target)
    temp = os.path.join(folder, f".{name}.{os.getpid()}.part")
    try:
        return os.open(temp, _CREATE, 0o666), temp
    except FileNotFoundError:
        if not folder:
            raise
        # Missing folder: make it. Another process may be making it at the same moment, so
        # finding it there already is no error; trying again tells.
        os.makedirs(folder, exist_ok=True)
        return os.open(temp, _CREATE, 0o666), temp
    except FileExistsError:
        import tempfile

        fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=folder or None)
        os.chmod(temp, 0o666 & ~_umask())
        return fd, temp


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _remove(temp: str) -> None:
    try:
        os.unlink(temp)
    except FileNotFoundError:
        pass

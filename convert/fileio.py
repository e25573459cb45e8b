"""Writing output files so that a reader never sees a half-written one."""

from __future__ import annotations

import os
import re
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
    made: list[str] = []
    try:
        with os.fdopen(_open_temporary(target, made), "wb") as handle:
            yield handle
        os.replace(made[-1], target)
    except BaseException:
        _remove(made)
        raise


def write_atomic(path: PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` all at once, in the same all-or-nothing way as :func:`atomic_output`.

    This is the batch converter's hot path, so it writes through the descriptor
    without a file object.
    """
    target = os.fspath(path)
    made: list[str] = []
    try:
        fd = _open_temporary(target, made)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)
        os.replace(made[-1], target)
    except BaseException:
        _remove(made)
        raise


def _open_temporary(target: str, made: list[str]) -> int:
    """Create the temporary file for ``target`` (and its folder if missing); its name goes into
    ``made`` before it exists, so that an interruption at any point leaves nothing behind.

    The name is derived from the target and the process id, which one process never
    uses twice at the same time; it costs far less than ``mkstemp``'s random names.
    Created with mode 0666, the process umask gives the file the usual permissions of a
    new file. A name already taken (a temporary file left by a killed process that had
    the same id, or a planted link) is left alone and the next one is tried.
    """
    folder, name = os.path.split(target)
    stem = os.path.join(folder, f".{name}.{os.getpid()}")
    for attempt in range(100):
        made.append(f"{stem}.part" if attempt == 0 else f"{stem}-{attempt}.part")
        try:
            return os.open(made[-1], _CREATE, 0o666)
        except FileExistsError:
            made.pop()  # someone else's: never removed
        except FileNotFoundError:
            if not folder:
                raise
            # Missing folder: make it. Another process may be making it at the same moment, so
            # finding it there already is no error; trying again tells.
            os.makedirs(folder, exist_ok=True)
            try:
                return os.open(made[-1], _CREATE, 0o666)
            except FileExistsError:
                made.pop()
    raise FileExistsError(f"no free temporary name for {target}")


def _remove(made: list[str]) -> None:
    for temp in made:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass


def remove_temporaries(folder: str, pid: int) -> None:
    """Remove the temporary files that the process ``pid``, now dead, left in ``folder``
    (a process killed outright cannot remove its own)."""
    left = re.compile(rf"\..*\.{pid}(?:-\d+)?\.part")
    try:
        with os.scandir(folder or ".") as entries:
            for entry in entries:
                if left.fullmatch(entry.name):
                    _remove([entry.path])
    except OSError:
        pass

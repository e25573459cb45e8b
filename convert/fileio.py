"""Writing output files so that a reader never sees a half-written one."""

from __future__ import annotations

import hashlib
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
    except BaseException as err:
        _remove(made)
        _name_the_target(err, target, made)
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
            write_all(fd, data)
        finally:
            os.close(fd)
        os.replace(made[-1], target)
    except BaseException as err:
        _remove(made)
        _name_the_target(err, target, made)
        raise


def _name_the_target(err: BaseException, target: str, made: list[str]) -> None:
    """An error about a temporary file names the file being written instead: the temporary name means
    nothing to the user (and the file is gone)."""
    if isinstance(err, OSError):
        if err.filename is None or err.filename in made:  # a write or a rename names no file, or a temporary one
            err.filename = target
        if getattr(err, "filename2", None) in made or err.filename2 == target:
            err.filename2 = None


def write_all(fd: int, data: bytes) -> None:
    """Write all of ``data`` to the descriptor ``fd``: a short write (a full disk, a pipe) is followed by
    another, which then reports the error, instead of the rest being dropped silently."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


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
    stem = os.path.join(folder, f".{_temporary_name(name)}.{os.getpid()}")
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


# Most file systems allow 255 bytes in a name; a temporary name adds up to 18 to the target's.
_NAME_MAX = 255
_ADDED = len(".") + len(".4294967295-99.part")


def _temporary_name(name: str) -> str:
    """``name``, or for a name too long to take the temporary suffix, a digest of it (the final name
    may be as long as the file system allows; only the temporary one is shortened)."""
    if len(os.fsencode(name)) + _ADDED <= _NAME_MAX:
        return name
    return hashlib.sha256(os.fsencode(name)).hexdigest()[:40]


_TEMPORARY = re.compile(r"\..+\.(\d+)(?:-\d+)?\.part")


def remove_stale_temporaries(folder: str) -> None:
    """Remove the temporary files in ``folder`` that a process no longer running left behind (one killed
    outright, or a machine that lost power): those named as :func:`atomic_output` names them, with the
    id of a process that does not exist. Files of running processes are left alone; so is everything on
    systems where that cannot be told safely (Windows)."""
    if os.name == "nt":
        return
    try:
        with os.scandir(folder or ".") as entries:
            stale = [entry.path for entry in entries if _is_stale(entry)]
    except OSError:
        return
    _remove(stale)


def _is_stale(entry: os.DirEntry) -> bool:
    found = _TEMPORARY.fullmatch(entry.name)
    return found is not None and entry.is_file(follow_symlinks=False) and not _running(int(found.group(1)))


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: nothing is sent, only whether the process exists is told
    except ProcessLookupError:
        return False
    except (OverflowError, OSError):  # PermissionError among them
        return True  # someone else's process, or an id no process can have: keep the file
    return True


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

"""Where inputs are read and outputs written: the local disk, or any store fsspec reaches by URL
(``s3://bucket/captures/``, ``gs://…``, ``memory://…``).

A store is small and picklable (a protocol and its options): it travels with the work to the
processes of a cluster, each of which opens the file system once. Every output is complete or
absent: on the local disk it is written beside its target and renamed into place; an object store
has no rename, but it stores an object in one request (a PUT), so nothing partial is ever seen.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Iterator, Mapping, Optional

from .errors import NewsconvError
from .fileio import write_atomic
from .readers import read_limited

EXTRA = "newsconv[dask]"

# A scheme of two letters or more: "C:\\captures" is a Windows path, not a URL.
_URL = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+)://")


def is_url(path: str) -> bool:
    return _URL.match(path) is not None


def local_path(path: str) -> Optional[str]:
    """The path on this machine that ``path`` names: itself, or a ``file://`` URL's path; None for
    any other URL."""
    found = _URL.match(path)
    if found is None:
        return path
    if found.group(1).lower() == "file":
        return path[len(found.group(0)):] or "/"
    return None


class Local:
    """The local disk, through the same functions the local engine uses."""

    protocol = "local"

    def read(self, path: str, max_bytes: int) -> bytes:
        return read_limited(path, max_bytes)

    def open(self, path: str) -> BinaryIO:
        return open(path, "rb")

    def write(self, path: str, data: bytes) -> None:
        write_atomic(path, data)

    def exists(self, path: str) -> bool:
        return os.path.exists(path)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Local)

    def __hash__(self) -> int:
        return hash(Local)


LOCAL = Local()


@dataclass(frozen=True)
class Remote:
    """A store fsspec reaches by URL; paths given to it are full URLs."""

    protocol: str
    options: Mapping[str, Any] = field(default_factory=dict)

    def filesystem(self) -> Any:
        fsspec = _fsspec()
        return fsspec.filesystem(self.protocol, **dict(self.options))  # cached by fsspec, per process

    def read(self, path: str, max_bytes: int) -> bytes:
        fs = self.filesystem()
        try:
            size = fs.size(path)
            if size is not None and size > max_bytes:
                raise NewsconvError(f"input is {size:,} bytes, over the limit of {max_bytes:,}", file=path)
            with fs.open(path, "rb") as handle:
                data = handle.read(max_bytes + 1)
        except (OSError, ValueError) as err:
            raise NewsconvError(f"cannot read: {_reason(err)}", file=path) from None
        if len(data) > max_bytes:
            raise NewsconvError(f"input is over the limit of {max_bytes:,} bytes", file=path)
        return data

    def open(self, path: str) -> BinaryIO:
        return self.filesystem().open(path, "rb")

    def write(self, path: str, data: bytes) -> None:
        # One request: an object store keeps the object whole or not at all, and a reader never sees part of it.
        self.filesystem().pipe_file(path, data)

    def exists(self, path: str) -> bool:
        return bool(self.filesystem().exists(path))


Store = "Local | Remote"


def store_for(path: str, options: Optional[Mapping[str, Any]] = None) -> "Local | Remote":
    """The store ``path`` is on: the local disk for a path or a ``file://`` URL, else the URL's scheme."""
    if local_path(path) is not None:
        return LOCAL
    protocol = _URL.match(path).group(1).lower()  # type: ignore[union-attr]
    return Remote(protocol, dict(options or {}))


def join(folder: str, name: str) -> str:
    """``name`` inside ``folder``, with the separator of a URL or of a local path."""
    if is_url(folder):
        return folder.rstrip("/") + "/" + name.replace(os.sep, "/")
    return os.path.join(folder, name)


def is_folder(store: "Local | Remote", path: str) -> bool:
    if isinstance(store, Local):
        return os.path.isdir(path)
    try:
        return bool(store.filesystem().isdir(path))
    except OSError:
        return False


def walk(store: Remote, root: str) -> Iterator[tuple[tuple[str, ...], str]]:
    """``(sub-folders, file name)`` for every file below ``root``, in the order the local engine's search
    goes (names sorted, a sub-folder searched where its name comes); only the listings of the folders
    on the way down are held, never the whole tree."""
    fs = store.filesystem()
    stack = [((), iter(_listing(fs, root.rstrip("/"))))]
    while stack:
        parts, names = stack[-1]
        name = next(names, None)
        if name is None:
            stack.pop()
        elif name.endswith(_FOLDER):
            below = parts + (name[:-1],)
            stack.append((below, iter(_listing(fs, join(root.rstrip("/"), "/".join(below))))))
        else:
            yield parts, name


_FOLDER = "\0"  # marks a sub-folder among a listing's names, sorting it as the local search does


def _listing(fs: Any, folder: str) -> list[str]:
    try:
        entries = fs.ls(folder, detail=True)
    except OSError as err:
        raise NewsconvError(f"cannot read this folder: {_reason(err)}", file=folder) from None
    names = []
    for entry in entries:
        name = entry["name"].rstrip("/").rsplit("/", 1)[-1]
        names.append(name + _FOLDER if entry["type"] == "directory" else name)
    return sorted(names)


def _reason(err: BaseException) -> str:
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    return str(err) or type(err).__name__


def _fsspec() -> Any:
    try:
        import fsspec
    except ImportError:
        raise NewsconvError(f"inputs and outputs given as URLs need fsspec: pip install '{EXTRA}'") from None
    return fsspec

"""The writer registry: built-in writers plus any registered under the ``newsconv.writers`` entry point.

A writer knows only the intermediate document and its own format. A third-party
package adds one by declaring, in its ``pyproject.toml``::

    [project.entry-points."newsconv.writers"]
    myformat = "mypackage.module:WRITER"

where ``WRITER`` is a :class:`Writer`.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from importlib.machinery import PathFinder
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterable, Optional

from ..errors import NewsconvError
from ..fileio import atomic_output
from ..model import Document

ENTRY_POINT_GROUP = "newsconv.writers"


@dataclass(frozen=True)
class Writer:
    """A named output format.

    ``write`` turns one document into the bytes of one file. ``write_bundle``,
    when present, writes many documents into one file (a NewsML-G2 newsMessage,
    an EPUB anthology); it receives an iterable so that it can stream.
    """

    name: str
    extension: str
    description: str
    write: Callable[[Document], bytes]
    write_bundle: Optional[Callable[[Iterable[Document], BinaryIO], None]] = None


# Imported on first use, so that e.g. parsing never pays for ebooklib.
BUILTIN = {
    "json": "convert.writers.intermediate:WRITER",
    "newsml": "convert.writers.newsml:WRITER",
    "jats": "convert.writers.jats:WRITER",
    "epub": "convert.writers.epub:WRITER",
    "md": "convert.writers.markdown:WRITER",
}

_cache: dict[str, Writer] = {}


def _load(target: str) -> Writer:
    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module), attr)


def _plugins() -> dict[str, object]:
    # importlib.metadata costs ~25 ms at every start (a fifth of it); most installations have no plugin.
    if not _may_declare_plugins():
        return {}
    from importlib.metadata import entry_points

    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


def _may_declare_plugins() -> bool:
    """Whether an installed distribution may declare a writer: a look at the ``entry_points.txt``
    files where importlib.metadata finds them (the folders of ``sys.path``). What this look cannot
    see into (zip files, eggs, finders of other kinds) counts as a yes."""
    wanted = ENTRY_POINT_GROUP.encode()
    if any(hasattr(finder, "find_distributions") and finder is not PathFinder for finder in sys.meta_path):
        return True
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as found:
                names = [item.name for item in found]
        except (FileNotFoundError, NotADirectoryError):
            if os.path.isfile(entry):
                return True  # a zip file: importlib.metadata looks inside
            continue
        except OSError:
            return True
        for name in names:
            kind = name.lower()  # as importlib.metadata compares them
            if kind.endswith((".egg", ".egg-link")):
                return True
            if kind.endswith((".dist-info", ".egg-info")):
                try:
                    with open(os.path.join(entry or ".", name, "entry_points.txt"), "rb") as declared:
                        if wanted in declared.read():
                            return True
                except (FileNotFoundError, NotADirectoryError):
                    continue
                except OSError:
                    return True
    return False


def names() -> list[str]:
    """Names of every available writer, built-ins first."""
    available = [n for n in BUILTIN if _importable(n)]
    return available + sorted(n for n in _plugins() if n not in BUILTIN)


def _importable(name: str) -> bool:
    module = BUILTIN[name].partition(":")[0]
    return importlib.util.find_spec(module) is not None


def get(name: str) -> Writer:
    """The writer called ``name``; raises :class:`NewsconvError` for an unknown one."""
    if name in _cache:
        return _cache[name]
    if name in BUILTIN and _importable(name):
        writer = _load(BUILTIN[name])
    else:
        plugin = _plugins().get(name)
        if plugin is None:
            raise NewsconvError(f"unknown format {name!r}; available: {', '.join(names())}")
        try:
            writer = plugin.load()  # type: ignore[attr-defined]
        except Exception as err:  # a broken plugin must not take the tool down
            raise NewsconvError(f"the writer plugin {name!r} failed to load: {err}") from None
        if not all(hasattr(writer, a) for a in ("name", "extension", "description", "write")):
            raise NewsconvError(f"the writer plugin {name!r} does not provide a Writer")
    _cache[name] = writer
    return writer


def all_writers() -> list[Writer]:
    return [get(n) for n in names()]


def write(document: Document, format: str) -> bytes:
    """The bytes of ``document`` in ``format`` (a writer name such as ``"newsml"``)."""
    return get(format).write(document)


def write_file(document: Document, format: str, path: "str | os.PathLike[str]") -> None:
    """Write ``document`` in ``format`` to ``path`` atomically."""
    data = write(document, format)
    with atomic_output(path) as handle:
        handle.write(data)


def write_bundle(documents: Iterable[Document], format: str, path: "str | os.PathLike[str]") -> None:
    """Write many documents into one file, for formats that support it."""
    writer = get(format)
    if writer.write_bundle is None:
        raise NewsconvError(f"the {format} writer cannot bundle several documents into one file")
    with atomic_output(path) as handle:
        writer.write_bundle(documents, handle)

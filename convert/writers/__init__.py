"""Writers: the document model out to a format, by name; plugins come from the ``newsconv.writers`` entry point.

A writer knows only the document model and its own format, and trusts what it is given: the
functions here validate a document against the schema once, before any writer sees it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, BinaryIO, Callable, Iterable, Iterator, Optional

from ..errors import NewsconvError
from ..fileio import atomic_output
from ..model import Document
from ..options import Option, resolve
from ..registry import Registry
from ..schema import check

ENTRY_POINT_GROUP = "newsconv.writers"


@dataclass(frozen=True)
class Writer:
    """A named output format.

    ``write(document, **options)`` turns one valid document into the bytes of one file.
    ``write_bundle(documents, stream, **options)``, when present, writes many documents into one
    file (a NewsML-G2 newsMessage, an EPUB anthology); it gets an iterable so that it can stream.
    ``options`` declares the keyword options both accept.
    """

    name: str
    extension: str
    description: str
    write: Callable[..., bytes]
    write_bundle: Optional[Callable[..., None]] = None
    options: tuple[Option, ...] = ()

    def describe(self) -> dict[str, Any]:
        """The writer as plain JSON data (for ``newsconv formats --json``)."""
        return {"name": self.name, "extension": self.extension, "description": self.description,
                "bundle": self.write_bundle is not None, "options": [o.describe() for o in self.options]}


REGISTRY: Registry[Writer] = Registry(
    "writer", ENTRY_POINT_GROUP,
    {"json": "convert.writers.intermediate:WRITER",  # imported on first use: parsing never pays for EPUB
     "newsml": "convert.writers.newsml:WRITER",
     "jats": "convert.writers.jats:WRITER",
     "epub": "convert.writers.epub:WRITER",
     "md": "convert.writers.markdown:WRITER",
     "ninjs": "convert.writers.ninjs:WRITER"},
    required=("name", "extension", "description", "write", "describe"), callables=("write",))


def names() -> list[str]:
    """Names of every available writer, built-ins first."""
    return REGISTRY.names()


def get(name: str) -> Writer:
    """The writer called ``name``; raises :class:`NewsconvError` for an unknown or broken one."""
    return REGISTRY.get(name)


def all_writers() -> list[Writer]:
    """Every writer that loads (a broken plugin is left out; :func:`get` says what is wrong with it)."""
    return [writer for _, writer in REGISTRY.loadable() if not isinstance(writer, NewsconvError)]


def options_of(writer: Writer, given: dict[str, Any]) -> dict[str, Any]:
    return resolve(getattr(writer, "options", ()), given, f"the {writer.name} writer")


def write(document: Document, format: str, **options: Any) -> bytes:
    """The bytes of ``document`` in ``format`` (a writer name such as ``"newsml"``), after checking it
    against the schema; ``options`` are the writer's own (``group_by="date"`` for ``"epub"``)."""
    writer = get(format)
    chosen = options_of(writer, options)
    return REGISTRY.guarded(writer.name, writer.write, check(document), **chosen)


def write_valid(document: Document, format: str, **options: Any) -> bytes:
    """As :func:`write`, for a document already checked against the schema (every reader's is):
    a batch writing one document in several formats checks it once."""
    writer = get(format)
    return REGISTRY.guarded(writer.name, writer.write, document, **options_of(writer, options))


def write_file(document: Document, format: str, path: "str | os.PathLike[str]", **options: Any) -> None:
    """Write ``document`` in ``format`` to ``path`` atomically."""
    data = write(document, format, **options)
    with atomic_output(path) as handle:
        handle.write(data)


def bundler(format: str, **options: Any) -> Callable[[Iterable[Document], BinaryIO], None]:
    """``bundle(documents, stream)`` writing many valid documents into one file of ``format``.

    Options are checked at once, before any document is read."""
    writer = get(format)
    if writer.write_bundle is None:
        raise NewsconvError(f"the {writer.name} writer cannot bundle several documents into one file")
    chosen = options_of(writer, options)

    def bundle(documents: Iterable[Document], stream: BinaryIO) -> None:
        REGISTRY.guarded(writer.name, writer.write_bundle, documents, stream, **chosen)  # type: ignore[arg-type]

    return bundle


def write_bundle(documents: Iterable[Document], format: str, path: "str | os.PathLike[str]",
                 **options: Any) -> None:
    """Write many documents into one file, for formats that can; each is checked against the schema once."""
    bundle = bundler(format, **options)
    with atomic_output(path) as handle:
        bundle(_checked(documents), handle)


def _checked(documents: Iterable[Document]) -> Iterator[Document]:
    for document in documents:
        yield check(document)

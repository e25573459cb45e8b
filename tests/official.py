"""The official validators in ../shared/standards, and the captures the writer tests run them on."""

from __future__ import annotations

import importlib.machinery
import importlib.util
from pathlib import Path
from types import ModuleType

from tests.paths import REPO, shared_path


def official_checker() -> ModuleType:
    """``check-official`` itself, loaded as a module, so that tests validate exactly as it does."""
    script = shared_path("standards", "check-official")
    loader = importlib.machinery.SourceFileLoader("check_official", str(script))
    spec = importlib.util.spec_from_loader("check_official", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


# The folder of ../shared/standards (or of the installed official schemas) each kind is checked against.
_SCHEMA_FOLDERS = {"newsml": "newsml-g2", "jats": "jats", "ninjs": "ninjs"}


def check_official_for(*kinds: str) -> Path:
    """The ``check-official`` script, once the schemas of every kind in ``kinds`` are at hand (else the test
    skips: the installed official schemas, which stand in for ../shared, hold no ninjs schema)."""
    for kind in kinds:
        shared_path("standards", _SCHEMA_FOLDERS[kind])
    return shared_path("standards", "check-official")


def capture_files() -> list[Path]:
    """The seed, the development corpus and the synthetic samples (skips without ../shared)."""
    seed = sorted(shared_path("seed").glob("*.txt"))
    corpus = sorted(shared_path("corpus", "dev", "raw").glob("*.txt"))
    return seed + corpus + sorted((REPO / "samples").rglob("*.txt"))


def capture_documents() -> list[tuple[Path, dict]]:
    """``(path, document)`` for every capture of :func:`capture_files` the reader accepts
    (a capture it rejects on purpose has nothing to write)."""
    import convert
    from convert.errors import NewsconvError

    documents = []
    for path in capture_files():
        try:
            documents.append((path, convert.parse_file(path)))
        except NewsconvError:
            continue
    return documents

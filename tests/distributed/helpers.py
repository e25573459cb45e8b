"""Inputs, the local engine's outputs to compare with, and the files of a folder or a store."""

import importlib.util
import os
import shutil
from pathlib import Path

from convert import batch, inputs, writers
from tests.samples import SAMPLES

FORMATS = tuple(writers.names())
BENCH = Path(__file__).resolve().parents[2] / "bench"


def copy_samples(folder: Path, sources=SAMPLES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in sources:
        shutil.copyfile(path, folder / path.name)
    return folder


def local_run(source: Path, out: Path, formats=FORMATS, patterns=inputs.DEFAULT_PATTERNS) -> list:
    """The local engine's outcomes (one process), its outputs in ``out``."""
    found = inputs.Plan([str(source)], out, patterns)
    return batch.convert_many(found, formats) + batch.clashes(found)


def tree(folder) -> dict:
    """Every file below ``folder`` (a path, or a store's folder as ``(filesystem, root)``), by relative name."""
    if isinstance(folder, tuple):
        fs, root = folder
        root = fs._strip_protocol(root)
        return {name[len(root) + 1:]: fs.cat_file(name) for name in fs.find(root)}
    found = {}
    for base, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(base, name)
            found[os.path.relpath(path, folder).replace(os.sep, "/")] = Path(path).read_bytes()
    return found


def captures(folder: Path, count: int, first_size: int = 5000) -> Path:
    """``count`` synthetic captures of about 5 KB, the first of ``first_size`` (bench/synthetic.py: bench/ is
    not a package)."""
    spec = importlib.util.spec_from_file_location("synthetic", BENCH / "synthetic.py")
    synthetic = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(synthetic)
    folder.mkdir(parents=True)
    for number in range(count):
        (folder / f"capture-{number:04d}.txt").write_bytes(synthetic.capture(number, first_size if number == 0
                                                                             else 5000))
    return folder

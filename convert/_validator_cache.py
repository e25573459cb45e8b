"""The schema's compiled validator, kept between runs: the fast path beside ``fastjsonschema.compile``.

Generating fastjsonschema's code for the schema and compiling it costs some 30 ms, about a
fifth of the start-up of every run (a pre-commit hook, a CI check, each file of a shell loop).
So the compiled code is kept in the user's cache directory, as Python keeps compiled modules in
``__pycache__``. Its name is a hash of everything the code depends on: the schema text, the
fastjsonschema version, the format checks' names and the Python bytecode version; a changed
schema or upgrade simply makes a new entry. A missing, unreadable or damaged entry means the
validator is compiled as before; a cache that cannot be written is left alone. Setting
``NEWSCONV_NO_CACHE`` (to anything) turns the cache off.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
from pathlib import Path
from typing import Any, Callable, Mapping, Optional

_ROOT_FUNCTION = re.compile(r"^def (\w+)\(", re.MULTILINE)


def compiled_validator(schema: Any, schema_text: bytes, formats: Mapping[str, Callable[[object], bool]]
                       ) -> Callable[[Any], Any]:
    """A function that returns a valid document and raises ``fastjsonschema.JsonSchemaException``
    for an invalid one; the same as ``fastjsonschema.compile(schema, formats=formats)``."""
    import fastjsonschema

    key = hashlib.sha256(b"\0".join([schema_text, fastjsonschema.VERSION.encode(), ",".join(sorted(formats)).encode(),
                                     _bytecode_version()])).hexdigest()[:24]
    entry = _entry(key)
    loaded = _load(entry) if entry is not None else None
    if loaded is None:
        source = fastjsonschema.compile_to_code(schema, formats=formats)  # type: ignore[arg-type]
        # fastjsonschema writes the root schema's function first, then one per $ref.
        name = _ROOT_FUNCTION.search(source).group(1)  # type: ignore[union-attr]
        loaded = name, compile(source, "<newsconv schema validator>", "exec")
        if entry is not None:
            _store(entry, loaded)
    name, code = loaded
    namespace: dict[str, Any] = {}
    exec(code, namespace)  # noqa: S102 - code generated from our own schema, as fastjsonschema.compile does
    validate = namespace[name]

    def validator(document: Any) -> Any:
        return validate(document, custom_formats=formats)

    return validator


def cache_directory() -> Optional[Path]:
    if os.environ.get("NEWSCONV_NO_CACHE"):
        return None
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "newsconv" / "cache"
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newsconv"


def _bytecode_version() -> bytes:
    import importlib.util

    return importlib.util.MAGIC_NUMBER


def _entry(key: str) -> Optional[Path]:
    folder = cache_directory()
    return None if folder is None else folder / f"validator-{key}.marshal"


def _load(entry: Path) -> Optional[tuple[str, Any]]:
    try:
        name, code = marshal.loads(entry.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(name, str) or not hasattr(code, "co_code"):
        return None
    return name, code


def _store(entry: Path, loaded: tuple[str, Any]) -> None:
    from .fileio import write_atomic

    try:
        entry.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_atomic(entry, marshal.dumps(loaded))
    except OSError:
        pass  # a read-only or full disk: compile again next time

"""Formats by name: the built-ins, imported on first use, and plugins declared under an entry-point group.

A package adds a reader or a writer by declaring it in its ``pyproject.toml``::

    [project.entry-points."newsconv.writers"]      # or "newsconv.readers"
    myformat = "mypackage.module:WRITER"
"""

from __future__ import annotations

import importlib
from typing import Any, Callable, Generic, Iterator, TypeVar

from . import _entry_points
from .errors import NewsconvError

T = TypeVar("T")
R = TypeVar("R")


class Registry(Generic[T]):
    """The formats of one kind (readers or writers).

    ``builtin`` maps each name to ``"module:attribute"``; ``required`` names the attributes an
    object must have to count as one of this kind, and ``callables`` those of them that must be functions. A plugin that cannot be loaded, or loads as
    something else, is reported by :meth:`get` with a clear error and never takes the others down.
    """

    def __init__(self, kind: str, group: str, builtin: dict[str, str], required: tuple[str, ...],
                 callables: tuple[str, ...]) -> None:
        self.kind = kind  # "reader" or "writer", for messages
        self.group = group
        self.builtin = builtin
        self.required = required
        self.callables = callables
        self._loaded: dict[str, T] = {}
        self._plugins: dict[str, Any] | None = None

    def plugins(self) -> dict[str, Any]:
        """The entry points declared for this group, by name (built-in names cannot be replaced)."""
        if self._plugins is None:
            found = {ep.name: ep for ep in _entry_points.entry_points(self.group)}
            self._plugins = {name: found[name] for name in sorted(found) if name not in self.builtin}
        return self._plugins

    def names(self) -> list[str]:
        """Every available name: the built-ins in their order, then plugins alphabetically."""
        return list(self.builtin) + list(self.plugins())

    def get(self, name: str) -> T:
        """The format called ``name``; raises :class:`NewsconvError` for an unknown or broken one."""
        if name in self._loaded:
            return self._loaded[name]
        if name in self.builtin:
            module, _, attribute = self.builtin[name].partition(":")
            try:
                loaded = getattr(importlib.import_module(module), attribute)
            except ImportError as err:  # a dependency missing from a partial installation
                raise NewsconvError(f"the {self.kind} {name!r} needs the Python package {err.name or err}, "
                                    "which is not installed (installing newsconv with pip brings it)") from None
        else:
            declared = self.plugins().get(name)
            if declared is None:
                raise NewsconvError(f"unknown {self.kind} {name!r}; available: {', '.join(self.names())}")
            try:
                loaded = declared.load()
            except Exception as err:  # a broken plugin must not take the tool down
                raise NewsconvError(f"the {self.kind} plugin {name!r} failed to load: "
                                    f"{type(err).__name__}: {err}") from None
            missing = [a for a in self.required if not hasattr(loaded, a)]
            missing += [a for a in self.callables if a not in missing and not callable(getattr(loaded, a, None))]
            missing += [a for a in _unusable(self.kind, loaded) if a not in missing]
            if missing:
                raise NewsconvError(f"the {self.kind} plugin {name!r} does not provide a "
                                    f"{self.kind.capitalize()} (missing or unusable: {', '.join(missing)})")
        self._loaded[name] = loaded
        return loaded

    def guarded(self, name: str, function: Callable[..., R], *args: Any, **kwargs: Any) -> R:
        """``function(*args, **kwargs)`` for the format ``name``; a plugin's unexpected exception becomes a
        :class:`NewsconvError` naming the plugin, so that one faulty plugin fails its inputs, not the batch."""
        if name in self.builtin:
            return function(*args, **kwargs)
        try:
            return function(*args, **kwargs)
        except NewsconvError:
            raise
        except Exception as err:
            raise NewsconvError(f"the {self.kind} plugin {name!r} failed: {type(err).__name__}: {err}") from None

    def loadable(self) -> Iterator[tuple[str, "T | NewsconvError"]]:
        """Each name with its format, or with the error that loading it gave."""
        for name in self.names():
            try:
                yield name, self.get(name)
            except NewsconvError as err:
                yield name, err


def _text(value: Any) -> bool:
    return isinstance(value, str)


def _optional_callable(value: Any) -> bool:
    return value is None or callable(value)


def _options(value: Any) -> bool:
    from .options import Option

    return isinstance(value, (tuple, list)) and all(isinstance(option, Option) for option in value)


def _extensions(value: Any) -> bool:
    return isinstance(value, (tuple, list)) and all(isinstance(item, str) for item in value)


# What each attribute of a reader or writer must be, checked when a plugin is registered (loaded), so
# that a plugin built wrongly (write=None, extension=None, options that are not Options) is one clear
# error naming it, not a TypeError later in the middle of a run or of `newsconv formats`.
_SHAPES: dict[str, dict[str, Callable[[Any], bool]]] = {
    "writer": {"name": _text, "extension": _text, "description": _text, "write": callable,
               "write_bundle": _optional_callable, "options": _options, "describe": callable},
    "reader": {"name": _text, "description": _text, "read": callable, "sniff": _optional_callable,
               "extensions": _extensions, "options": _options, "describe": callable},
}


def _unusable(kind: str, loaded: Any) -> list[str]:
    """The attributes of ``loaded`` that are there but not of the kind a reader or writer needs."""
    return [attribute for attribute, usable in _SHAPES.get(kind, {}).items()
            if hasattr(loaded, attribute) and not usable(getattr(loaded, attribute))]

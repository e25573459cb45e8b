"""The registry both readers and writers use: built-ins by name, plugins by entry point, broken ones reported."""

import pytest

from convert.errors import NewsconvError
from convert.registry import Registry


class EntryPoint:
    def __init__(self, name, load):
        self.name, self.load = name, load


class Format:
    name, description = "fine", "a format"

    @staticmethod
    def write(document):
        return b""


def registry(*plugins):
    found = Registry("writer", "example.group", {"json": "convert.writers.intermediate:WRITER"},
                     required=("name", "description", "write"), callables=("write",))
    found._plugins = {ep.name: ep for ep in plugins}
    return found


def broken():
    raise ImportError("No module named 'missing_dependency'")


def test_builtins_first_then_plugins():
    found = registry(EntryPoint("zeta", lambda: Format), EntryPoint("alpha", lambda: Format))
    assert found.names() == ["json", "zeta", "alpha"]
    assert found.get("json").name == "json" and found.get("alpha") is Format


def test_a_broken_plugin_is_a_clear_error_and_does_not_hide_the_others():
    class NoWrite:
        name, description, write = "nowrite", "write is None", None

    found = registry(EntryPoint("broken", broken), EntryPoint("nowrite", lambda: NoWrite),
                     EntryPoint("fine", lambda: Format))
    with pytest.raises(NewsconvError, match="the writer plugin 'broken' failed to load: ImportError: No module"):
        found.get("broken")
    with pytest.raises(NewsconvError, match="'nowrite' does not provide a Writer .*unusable: write"):
        found.get("nowrite")
    loaded = dict(found.loadable())
    assert loaded["fine"] is Format and isinstance(loaded["broken"], NewsconvError)


def test_unknown_name_lists_the_available_ones():
    with pytest.raises(NewsconvError, match="unknown writer 'nope'; available: json, fine"):
        registry(EntryPoint("fine", lambda: Format)).get("nope")


def test_a_plugin_cannot_replace_a_builtin(monkeypatch):
    from convert import _entry_points

    monkeypatch.setattr(_entry_points, "entry_points",
                        lambda group: [EntryPoint("json", lambda: Format), EntryPoint("extra", lambda: Format)])
    found = Registry("writer", "example.group", {"json": "convert.writers.intermediate:WRITER"},
                     required=("name",), callables=())
    assert found.names() == ["json", "extra"] and found.get("json").name == "json"


def test_a_plugin_s_unexpected_exception_becomes_a_clear_error():
    found = registry(EntryPoint("fine", lambda: Format))

    def failing(document):
        raise KeyError("headline")

    with pytest.raises(NewsconvError, match="the writer plugin 'fine' failed: KeyError: 'headline'"):
        found.guarded("fine", failing, {})
    with pytest.raises(KeyError):  # a built-in's bug is not hidden
        found.guarded("json", failing, {})


def test_a_builtin_whose_package_is_missing_is_a_clear_error():
    found = Registry("writer", "example.group", {"odd": "no_such_package_for_newsconv.module:WRITER"},
                     required=("name",), callables=())
    with pytest.raises(NewsconvError, match="the writer 'odd' needs the Python package no_such_package_for_newsconv"):
        found.get("odd")

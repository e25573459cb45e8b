"""Patterns compiled when first used answer as patterns compiled at once do."""

import importlib
import pkgutil
import re

import pytest

import convert.readers.capture as capture
from convert.readers.capture._lazy_patterns import LazyPattern, lazy_compile

SOURCE = r"(?P<name>[A-Z][a-z]+) (?P<year>\d{4})"
TEXT = "Riverton 2024, Oakhurst 2025 and nothing else"


@pytest.mark.parametrize("call", [
    lambda p: p.search(TEXT).groupdict(),
    lambda p: p.match(TEXT).group(0),
    lambda p: p.fullmatch("Riverton 2024").group("year"),
    lambda p: p.findall(TEXT),
    lambda p: [m.span() for m in p.finditer(TEXT)],
    lambda p: p.sub(r"\g<year>", TEXT),
    lambda p: p.subn("-", TEXT),
    lambda p: p.split(TEXT),
    lambda p: (p.groups, dict(p.groupindex), p.pattern),
])
def test_a_lazy_pattern_answers_as_the_compiled_one(call):
    assert call(lazy_compile(SOURCE, re.I)) == call(re.compile(SOURCE, re.I))


def test_nothing_is_compiled_before_the_first_use():
    broken = lazy_compile("(unclosed")
    assert broken.pattern == "(unclosed"  # (its source is there at once, to build other patterns from)
    with pytest.raises(re.error):
        broken.search("text")


def _lazy_patterns():
    for module in pkgutil.iter_modules(capture.__path__):
        for name, value in vars(importlib.import_module(f"{capture.__name__}.{module.name}")).items():
            values = [value] + [v for item in value for v in (item if isinstance(item, tuple) else (item,))] \
                if isinstance(value, (list, tuple)) else [value]
            yield from ((f"{module.name}.{name}", v) for v in values if isinstance(v, LazyPattern))


def test_every_pattern_the_reader_keeps_for_later_compiles():
    found = list(_lazy_patterns())
    assert len(found) > 50
    for where, pattern in found:
        try:
            pattern.groups  # (compiles it)
        except re.error as error:
            pytest.fail(f"{where} does not compile: {error}")

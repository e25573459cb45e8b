"""The compiled validator kept between runs: used when present, rebuilt when missing or damaged."""

import marshal

import fastjsonschema
import pytest

from convert import _validator_cache, schema
from tests.documents import document


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    monkeypatch.delenv("NEWSCONV_NO_CACHE", raising=False)
    return tmp_path


def build():
    return _validator_cache.compiled_validator(schema.schema(), schema.schema_text(), schema.FORMATS)


def entries(folder):
    return sorted(folder.rglob("validator-*.marshal"))


def agrees(validator):
    good = document()
    assert validator(good) == good
    bad = document()
    bad["articles"][0]["published"] = "2024-02-30"
    with pytest.raises(fastjsonschema.JsonSchemaException):
        validator(bad)
    return True


def test_a_second_run_uses_the_stored_validator(cache, monkeypatch):
    assert agrees(build())
    assert len(entries(cache)) == 1

    def no_generation(*args, **kwargs):
        raise AssertionError("the validator was generated again")

    monkeypatch.setattr(fastjsonschema, "compile_to_code", no_generation)
    assert agrees(build())


def test_a_damaged_entry_is_rebuilt(cache):
    build()
    (entry,) = entries(cache)
    for damage in (b"", b"not marshal data", marshal.dumps(("validate", 42))):
        entry.write_bytes(damage)
        assert agrees(build())
        assert marshal.loads(entry.read_bytes())[0].startswith("validate")


def test_a_changed_schema_gets_an_entry_of_its_own(cache):
    build()
    changed = schema.schema_text().replace(b'"type": "object"', b'"type":  "object"', 1)
    assert changed != schema.schema_text()
    _validator_cache.compiled_validator(schema.schema(), changed, schema.FORMATS)
    assert len(entries(cache)) == 2


def test_no_cache_when_turned_off(cache, monkeypatch):
    monkeypatch.setenv("NEWSCONV_NO_CACHE", "1")
    assert agrees(build())
    assert entries(cache) == []


def test_a_cache_that_cannot_be_written_is_left_alone(cache, monkeypatch):
    blocker = cache / "not-a-folder"
    blocker.write_bytes(b"")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    monkeypatch.setenv("LOCALAPPDATA", str(blocker))
    assert agrees(build())
    assert blocker.read_bytes() == b""

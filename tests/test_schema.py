import copy
import json

import pytest

import convert
from convert import schema
from convert.checks import Options, check_file
from convert.errors import InvalidDocument
from tests.documents import all_documents, archived_document, document
from tests.samples import SAMPLES


def broken(mutate):
    doc = document()
    mutate(doc)
    return doc


def test_schema_carries_its_version():
    data = schema.schema()
    assert data["$id"].endswith(convert.SCHEMA_VERSION)
    assert data["properties"]["schema_version"]["enum"] == ["1.0", convert.SCHEMA_VERSION]


def test_version_1_0_documents_still_load():
    doc = document()
    assert doc["schema_version"] == "1.0" and "id" not in doc["articles"][0]
    assert convert.loads(convert.dumps(doc)) == doc


@pytest.mark.parametrize("field, value, words", [
    ("id", "urn:newsconv:article:0123", "does not match"),
    ("modified", "2024-02-30T10:00:00Z", "2024-02-30"),
    ("rights", {"statement": "Copyright 2024 X", "holder": "X"}, "'year' is a required property"),
    ("contributors", [{"name": "AP", "role": None, "kind": "agency"}], "'agency' is not one of"),
    ("truncated", "yes", "is not of type 'boolean'"),
])
def test_fields_added_in_1_1_are_checked(field, value, words):
    doc = document()
    doc["schema_version"] = "1.1"
    doc["articles"][0][field] = value
    assert any(words in problem.message for problem in convert.validate(doc))


@pytest.mark.parametrize("record, words", [
    ({"date": "2024-03-06"}, "2024-03-06"),
    ({"offset": -1}, "less than the minimum"),
    ({"record_id": ""}, "should be non-empty"),
    ({"server": "x"}, "'server' was unexpected"),
])
def test_the_archive_record_added_in_1_1_is_optional_and_checked(record, words):
    assert convert.validate(archived_document()) == []
    assert convert.validate(archived_document(record_id=None, payload_digest=None, target_uri=None, date=None)) == []
    problems = convert.validate(archived_document(**record))
    assert any(words in p.message and p.path.startswith("$.capture.archive_record") for p in problems), problems


@pytest.mark.parametrize("name", sorted(all_documents()))
def test_hand_built_documents_are_valid(name):
    assert convert.validate(all_documents()[name]) == []


@pytest.mark.parametrize("mutate, path, words", [
    (lambda d: d["articles"][0].pop("headline"), "$.articles[0]", "'headline' is a required property"),
    (lambda d: d["articles"][0].update(published="2024-02-30"), "$.articles[0].published", "2024-02-30"),
    (lambda d: d.update(extra=1), "$", "'extra' was unexpected"),
    (lambda d: d["capture"].update(captured="yesterday"), "$.capture.captured", "yesterday"),
    (lambda d: d["articles"][0]["blocks"][0].update(lines=[9, 3]), "$.articles[0].blocks[0].lines", "backwards"),
    (lambda d: d["articles"][0]["blocks"][3].pop("credit"), "$.articles[0].blocks[3]", "'credit' is a required"),
    (lambda d: d["articles"][0].update(language="English"), "$.articles[0].language", "does not match"),
    (lambda d: d.update(schema_version="0.9"), "$.schema_version", "'0.9' is not one of ['1.0', '1.1']"),
    (lambda d: d["articles"][0]["blocks"][0].update(type="table"), "$.articles[0].blocks[0].type",
     "'table' is not one of paragraph, heading, quote, list, figure"),
    (lambda d: d["articles"][0]["blocks"][0].pop("type"), "$.articles[0].blocks[0]", "'type' is a required property"),
    (lambda d: d["articles"][0]["blocks"][0].pop("text"), "$.articles[0].blocks[0]", "'text' is a required property"),
    (lambda d: d["articles"][0]["blocks"][0].update(items=["x"]), "$.articles[0].blocks[0]", "'items' was unexpected"),
    (lambda d: d["articles"][0]["blocks"].append("x"), "$.articles[0].blocks[6]", "'x' is not of type 'object'"),
])
def test_problems_name_the_field(mutate, path, words):
    found = convert.validate(broken(mutate))
    assert any(p.path == path and words in p.message for p in found), found


def test_a_broken_block_is_judged_by_the_rules_of_its_own_type_only():
    found = convert.validate(broken(lambda d: d["articles"][0]["blocks"][0].pop("text")))
    assert [(p.path, p.message) for p in found] == [("$.articles[0].blocks[0]", "'text' is a required property")]
    found = convert.validate(broken(lambda d: d["articles"][0]["blocks"][3].update(type="paragraph")))
    assert ("$.articles[0].blocks[3]", "'text' is a required property") in [(p.path, p.message) for p in found]
    assert not any("'items'" in p.message for p in found), found


def test_date_times_must_be_real():
    assert convert.validate(broken(lambda d: d["capture"].update(captured="2025-07-19T10:30:00Z"))) == []
    assert convert.validate(broken(lambda d: d["capture"].update(captured="2025-07-19T25:30:00Z"))) != []


# RFC 3339 (5.7): second 60 only where a leap second can be, at the end of a month in UTC.
LEAP_SECONDS = [
    ("2016-12-31T23:59:60Z", True),
    ("2015-06-30T23:59:60Z", True),
    ("2016-12-31T23:59:60.5Z", True),
    ("2016-12-31T18:59:60-05:00", True),  # the same instant, seen from New York
    ("2017-01-01T00:59:60+01:00", True),
    ("9999-12-31T23:59:60Z", True),
    ("2016-12-30T23:59:60Z", False),  # not a month's end
    ("2016-12-31T23:58:60Z", False),
    ("2016-12-31T22:59:60Z", False),
    ("2016-12-31T23:59:60+01:00", False),  # 22:59:60 in UTC
    ("2016-12-31T23:59:61Z", False),
    ("0001-01-01T00:59:60+01:00", False),  # before year 1 in UTC
]


@pytest.mark.parametrize("value, valid", LEAP_SECONDS)
def test_a_leap_second_is_a_date_time_at_the_end_of_a_utc_month(value, valid):
    assert schema.is_date_time(value) is valid
    doc = broken(lambda d: d["capture"].update(captured=value))
    assert (convert.validate(doc) == []) is valid
    assert fast_and_reference_agree(doc)


@pytest.mark.parametrize("fmt", ["json", "md", "newsml", "jats", "epub"])
def test_every_writer_writes_a_valid_file_for_a_leap_second(fmt, tmp_path):
    doc = broken(lambda d: (d["capture"].update(captured="2016-12-31T23:59:60Z"),
                            d["articles"][0].update(published="2016-12-31T18:59:60.25-05:00")))
    path = tmp_path / f"leap.{fmt}"
    path.write_bytes(convert.write(doc, fmt, **({"front_matter": "full"} if fmt == "md" else {})))
    assert not check_file(str(path), Options(epubcheck=False)).failed()
    if fmt in ("json", "md"):  # the two that are read back: the value comes back as written
        assert convert.parse_file(path) == doc


def fast_and_reference_agree(doc):
    return schema.is_valid(doc) == (schema.problems(doc) == [])


MUTATIONS = [
    lambda d: d["articles"][0].pop("headline"),
    lambda d: d["articles"][0].update(published="2024-02-30"),
    lambda d: d["articles"][0].update(published="2024-02-29"),
    lambda d: d.update(extra=1),
    lambda d: d["articles"][0]["blocks"].append({"type": "paragraph", "text": "  ", "lines": [1, 1]}),
    lambda d: d["articles"][0]["blocks"].append({"type": "table", "lines": [1, 1]}),
    lambda d: d["articles"][0]["blocks"].append({"type": "list", "items": [], "lines": [1, 1]}),
    lambda d: d["removed"].append({"lines": [1], "text": "x", "reason": "sponsor"}),
    lambda d: d["removed"].append({"lines": [1, 1], "text": "x", "reason": "Sponsor!"}),
    lambda d: d["capture"]["source"].update(sha256="XYZ"),
    lambda d: d.update(articles=[]),
    lambda d: d["warnings"].append({"code": "x", "message": "m", "line": 0}),
    lambda d: d["articles"][0]["field_lines"].update(headline=[]),
    lambda d: d.update(digest={"publisher": "P", "published": None, "field_lines": {}}),
    lambda d: d["articles"][0]["blocks"][0].pop("type"),
    lambda d: d["articles"][0]["blocks"][0].update(items=["x"]),
    lambda d: d["articles"][0]["blocks"][3].update(type="paragraph"),
    lambda d: d["articles"][0]["blocks"][3].update(type="list", items=["x"]),
    lambda d: d["articles"][0]["blocks"].append({"type": "list", "items": ["x"], "lines": [1, 1]}),
    lambda d: d["articles"][0]["blocks"].append({"type": "figure", "caption": "c", "credit": None, "label": None,
                                                 "alt": None, "lines": [1, 1]}),
    lambda d: d["articles"][0]["blocks"].append(["paragraph"]),
]


@pytest.mark.parametrize("index", range(len(MUTATIONS)))
def test_fast_validator_agrees_with_the_reference(index):
    doc = document()
    MUTATIONS[index](doc)
    assert fast_and_reference_agree(doc)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_fast_validator_agrees_on_samples(path):
    doc = convert.parse_file(path)
    assert schema.is_valid(doc) and schema.problems(doc) == []


def test_loads_rejects_invalid_documents_with_paths():
    doc = document()
    doc["articles"][0]["published"] = "2024-13-01"
    with pytest.raises(InvalidDocument) as caught:
        convert.loads(json.dumps(doc), file="bad.json")
    assert str(caught.value).startswith("bad.json: $.articles[0].published: invalid document: ")


def test_round_trip_through_json_text():
    doc = document()
    assert convert.loads(convert.dumps(doc)) == doc
    assert convert.dumps(copy.deepcopy(doc)) == convert.dumps(doc)


def test_without_fastjsonschema_the_reference_validator_answers(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "fastjsonschema", None)  # as if it were not installed
    schema.fast_validator.cache_clear()
    try:
        assert schema.fast_validator() is None
        good = document()
        bad = document()
        bad["articles"][0]["published"] = "2024-02-30"
        assert schema.is_valid(good) and not schema.is_valid(bad)
        assert schema.check(good) is good
    finally:
        schema.fast_validator.cache_clear()

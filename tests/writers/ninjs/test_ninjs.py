"""The ninjs writer: every field the model fills, 3.1 and 2.2, valid against the official schemas when present."""

import json
import subprocess
import sys

import pytest

import convert
from tests.documents import ARCHIVE_RECORD, archived_document, digest_document
from tests.paths import REPO
from tests.official import check_official_for

STORY = ("Council votes to build the pool\n\nBy Dana Whitfield, Valley Times\n\nMARLOW VALE, Ore. — The district "
         "council voted on Thursday evening to build the new swimming pool on the common.\n\nCouncillors approved "
         "the plan by seven votes to two after a long meeting in the town hall.\n\nTags: pools, council\n")


@pytest.fixture(scope="module")
def document():
    return convert.parse_text(STORY, "pool.txt")


def test_an_article_as_a_ninjs_3_item(document):
    item = json.loads(convert.write(document, "ninjs"))
    assert item["type"] == "text" and item["uri"].startswith("tag:")
    assert item["standard"]["version"] == "3.1"
    assert item["headlines"] == [{"role": "main", "value": "Council votes to build the pool"}]
    assert (item["by"], item["located"], item["language"]) == ("Dana Whitfield", "MARLOW VALE, Ore.", "en")
    assert item["infoSources"] == [{"name": "Valley Times", "role": "originator"}]
    assert item["subjects"] == [{"name": "pools"}, {"name": "council"}]
    html, text = item["bodies"]
    assert html["contentType"] == "text/html" and html["value"].startswith("<p>MARLOW VALE, Ore. — The district")
    assert text["contentType"] == "text/plain" and "\n\nCouncillors approved" in text["value"]


def test_version_2_names_its_fields_in_lower_case(document):
    item = json.loads(convert.write(document, "ninjs", version="2"))
    assert item["standard"]["version"] == "2.2" and "infosources" in item and "infoSources" not in item
    assert item["bodies"][0]["contenttype"] == "text/html"


def test_the_same_article_gets_the_same_uri_on_another_day():
    first = convert.parse_text(STORY, "pool.txt")
    again = convert.parse_text(STORY.replace("Tags: pools, council\n", "Tags: pools, council\n\nShare\n"), "pool-2.txt")
    assert json.loads(convert.write(first, "ninjs"))["uri"] == json.loads(convert.write(again, "ninjs"))["uri"]


def test_a_day_without_a_time_has_no_date_time_field(document):
    item = json.loads(convert.write(convert.parse_text("Pool plan\n\nMarch 6, 2025\n\n" + STORY.split("\n\n", 1)[1],
                                                       "p.txt"), "ninjs"))
    assert not {"contentCreated", "firstCreated", "versionCreated"} & set(item)


def test_a_digest_is_a_composite_of_its_items():
    digest = convert.parse_file(REPO / "samples" / "am1-digest.txt")
    item = json.loads(convert.write(digest, "ninjs"))
    assert item["type"] == "composite" and len(item["associations"]) == len(digest["articles"])
    assert [a["headlines"][0]["value"] for a in item["associations"]] == [a["headline"] for a in digest["articles"]]


def test_outputs_pass_the_official_schemas(document, tmp_path):
    check = check_official_for("ninjs")
    files = []
    for version in ("3", "2"):
        path = tmp_path / f"pool.v{version}.json"
        path.write_bytes(convert.write(document, "ninjs", version=version))
        files.append(str(path))
    result = subprocess.run([sys.executable, str(check), "ninjs", *files], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_archived_page_gives_its_record_as_alternative_ids(tmp_path):
    item = json.loads(convert.write(archived_document(), "ninjs"))
    assert item["altIds"] == [
        {"role": "warc-target-uri", "value": ARCHIVE_RECORD["target_uri"]},
        {"role": "warc-date", "value": "2024-03-06T07:41:09Z"},
        {"role": "warc-record-id", "value": ARCHIVE_RECORD["record_id"]},
        {"role": "warc-payload-digest", "value": ARCHIVE_RECORD["payload_digest"]},
        {"role": "warc-filename", "value": "crawl-2024.warc.gz"},
        {"role": "warc-offset", "value": "10467"}]
    arc = json.loads(convert.write(archived_document(record_id=None, payload_digest=None), "ninjs", version="2"))
    assert [i["role"] for i in arc["altids"]] == ["warc-target-uri", "warc-date", "warc-filename", "warc-offset"]
    digest = digest_document()
    digest["capture"]["archive_record"] = dict(ARCHIVE_RECORD)
    package = json.loads(convert.write(digest, "ninjs"))
    assert package["altIds"] == item["altIds"] and all(a["altIds"] == item["altIds"] for a in package["associations"])
    check = check_official_for("ninjs")
    paths = []
    for name, data in (("item", item), ("arc", arc), ("package", package)):
        paths.append(tmp_path / f"{name}.json")
        paths[-1].write_text(json.dumps(data), encoding="utf-8")
    result = subprocess.run([sys.executable, str(check), "ninjs", *map(str, paths)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr

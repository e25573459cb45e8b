"""What a capture says about its article: rights, times, contributors, truncation and one identity."""

import convert
from convert.readers.capture import read_capture
from tests.samples import covered_lines

STORY = """\
 date {captured} Harbour ferry fares to rise in spring

By Christian Datoc and Mabinty Quarshie, Harbour Gazette

Published 9:15 AM ET, Tue March 12, 2024

Last Updated March 12, 2024 6:49 pm EDT

PORT ELLEN, Islay (AP) — Ferry fares on the harbour route will rise by a tenth from April, the operator said on Tuesday.

The operator said fuel costs had doubled since the last review, and that the timetable would not change.

Copyright 2024 The Associated Press. All rights reserved. This material may not be published without permission.
"""


def read(text):
    return read_capture(text.encode("utf-8"), "story.txt")


def test_copyright_line_becomes_rights_and_stays_accounted_for():
    document = read(STORY.format(captured="2024-03-12"))
    article = document["articles"][0]
    assert article["rights"] == {
        "statement": "Copyright 2024 The Associated Press. All rights reserved. This material may not be published "
                     "without permission.", "holder": "The Associated Press", "year": 2024}
    assert article["field_lines"]["rights"] == [13]
    assert [r["reason"] for r in document["removed"] if r["lines"] == [13, 13]] == ["copyright"]
    assert not any("Copyright" in b.get("text", "") for b in article["blocks"])
    assert covered_lines(document) >= {n for n, line in enumerate(STORY.splitlines(), 1) if line.strip()}


def test_times_with_a_zone_keep_it_and_updates_are_modified():
    article = read(STORY.format(captured="2024-03-12"))["articles"][0]
    assert article["published"] == "2024-03-12T09:15:00-04:00"
    assert article["modified"] == "2024-03-12T18:49:00-04:00"
    assert article["field_lines"]["modified"] == [7]


def test_times_without_a_zone_keep_only_the_date():
    text = STORY.format(captured="2024-03-12").replace(" AM ET,", " AM,").replace(" pm EDT", " pm")
    article = read(text)["articles"][0]
    assert (article["published"], article["modified"]) == ("2024-03-12", "2024-03-12")


def test_byline_split_into_contributors_beside_the_raw_byline():
    article = read(STORY.format(captured="2024-03-12"))["articles"][0]
    assert article["byline"] == "Christian Datoc and Mabinty Quarshie"
    assert article["contributors"] == [{"name": "Christian Datoc", "role": None, "kind": "person"},
                                       {"name": "Mabinty Quarshie", "role": None, "kind": "person"}]
    assert article["field_lines"]["contributors"] == article["field_lines"]["byline"]


def test_agency_byline_is_an_organisation():
    text = STORY.format(captured="2024-03-12").replace("By Christian Datoc and Mabinty Quarshie, Harbour Gazette",
                                                       "By AP")
    assert read(text)["articles"][0]["contributors"] == [
        {"name": "The Associated Press", "role": None, "kind": "organization"}]


def test_truncated_capture_is_marked():
    whole = read(STORY.format(captured="2024-03-12"))
    assert whole["articles"][0]["truncated"] is False
    cut = STORY.format(captured="2024-03-12").split("The operator said fuel")[0] + "The operator said fuel cos\n"
    document = read(cut)
    assert document["articles"][0]["truncated"] is True
    assert "truncated" in [w["code"] for w in document["warnings"]]


def test_same_article_captured_on_different_days_has_one_id():
    first = read(STORY.format(captured="2024-03-12"))
    later = read(STORY.format(captured="2024-04-30").replace("Copyright 2024", "\nShare this\n\nCopyright 2024"))
    assert first["capture"]["source"]["sha256"] != later["capture"]["source"]["sha256"]
    assert first["articles"][0]["id"] == later["articles"][0]["id"]
    assert first["articles"][0]["id"].startswith("tag:newsconv.invalid,2024-03-12:article:")
    other = read(STORY.format(captured="2024-03-12").replace("fares to rise", "fares to fall"))
    assert other["articles"][0]["id"] != first["articles"][0]["id"]


def test_documents_are_valid_against_the_schema():
    assert convert.validate(read(STORY.format(captured="2024-03-12"))) == []


def test_a_page_with_only_an_update_date_gives_it_as_both():
    text = STORY.format(captured="2024-04-30").replace("Published 9:15 AM ET, Tue March 12, 2024\n", "")
    article = read(text)["articles"][0]
    assert article["modified"] == article["published"] == "2024-03-12T18:49:00-04:00"


def test_two_stamps_on_one_line_after_a_comma_publish_and_modify():
    document = convert.parse_text("Le conseil approuve la piscine\n\nPar Jeanne Roux\n\n"
                                  "Publié le 3 mars 2024 à 10h15, modifié le 4 mars 2024 à 11h00\n\n"
                                  "Le conseil municipal a voté jeudi la construction d’une nouvelle piscine sur le pré.\n",
                                  "page.txt")
    article = document["articles"][0]
    assert (article["published"], article["modified"]) == ("2024-03-03", "2024-03-04")


def test_the_first_publication_after_the_update_on_one_line_publishes():
    document = convert.parse_text("Boat ramp upgrade pushed back\n\nBy Cody Trevallyn\n\n"
                                  "Updated 12 April 2024 – 9:10am, first published 11 April 2024 – 2:05pm\n\n"
                                  "A long-awaited upgrade of the Coral Point boat ramp will not start until May next year.\n",
                                  "page.txt")
    article = document["articles"][0]
    assert (article["published"][:10], article["modified"][:10]) == ("2024-04-11", "2024-04-12")

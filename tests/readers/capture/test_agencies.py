"""Wire agencies and the names they are credited by."""

import pytest

from convert.readers.capture.agencies import agency, as_written, in_ordinary_case
from convert.readers.capture.text import Line


@pytest.mark.parametrize("tag, credited", [
    ("AFP", "AFP"), ("(Reuters)", "Reuters"), ("AP", "The Associated Press"), ("Associated Press", "The Associated Press"),
    ("Canadian Press", "The Canadian Press"), ("Belga", "Belga"), ("dpa", "dpa"), ("AFP/Reuters", "AFP"),
    ("  PTI ", "PTI"),
    # more regions' wires
    ("News24 Wire", "News24 Wire"), ("NZME", "NZME"), ("TAP", "TAP"), ("CMC", "CMC"), ("APP", "APP"),
])
def test_agencies_are_credited_by_their_usual_name(tag, credited):
    assert agency(tag) == credited


@pytest.mark.parametrize("tag", ["Jane Roe", "City Hall", "left", "", "x" * 500, "tap", "app"])  # (words in small letters)
def test_other_names_are_not_agencies(tag):
    assert agency(tag) is None


def lines_of(*texts):
    return [Line(number, text, text) for number, text in enumerate(texts, 1)]


@pytest.mark.parametrize("name, texts, written", [
    ("The Associated Press", ("ROME (AP) — The pope spoke.",), ("AP", 1)),
    ("The Associated Press", ("ROME (AP) — The pope spoke.", "By Jane Roe, Associated Press"), ("Associated Press", 2)),
    ("The Associated Press", ("By Jane Roe, The Associated Press", "ROME (AP) — Spoke."), ("The Associated Press", 1)),
    ("The Canadian Press", ("Émilie Roux - La Presse canadienne",), ("La Presse canadienne", 1)),
    ("The Associated Press", ("LAPD said", "the ap said", "CHAPTER"), ("The Associated Press", None)),  # no form
])
def test_an_agency_is_given_as_the_capture_writes_it(name, texts, written):
    assert as_written(name, lines_of(*texts)) == written


def test_agencies_credited_as_written_are_left_alone():
    assert as_written("Reuters", lines_of("LIMA (Reuters) - The vote.")) == ("Reuters", None)


@pytest.mark.parametrize("printed, credited", [("EUROPA PRESS", "EUROPA PRESS"), ("REUTERS", "REUTERS"),
                                               ("DPA", "DPA"), ("AFP", "AFP"), ("Ansa", "Ansa")])
def test_a_wires_name_is_given_as_the_text_writes_it_in_capitals_too(printed, credited):
    assert agency(printed) == credited


@pytest.mark.parametrize("tag, credited", [("Colprensa", "Colprensa"), ("Agencia Andina", "Agencia Andina"),
                                           ("Agência Lusa", "Agência Lusa"), ("Prensa Latina", "Prensa Latina"),
                                           ("Askanews", "Askanews")])
def test_more_wires_of_latin_america_portugal_and_italy(tag, credited):
    assert agency(tag) == credited


def test_a_wires_tag_that_is_a_word_too_counts_only_in_capitals():
    assert (agency("MAP"), agency("(NAN)"), agency("(DIRE)")) == ("MAP", "NAN", "DIRE")
    assert (agency("map"), agency("Nan"), agency("Dire")) == (None, None, None)


def test_the_press_associations_initials_only_in_capitals():
    assert agency("PA") == "Press Association"
    assert agency("Pa") is None and agency("pa") is None


@pytest.mark.parametrize("text, name", [("African News Agency (ANA)", "African News Agency"),
                                        ("Philippine News Agency", "Philippine News Agency"),
                                        ("(Philippine News Agency)", "Philippine News Agency"),
                                        ("Agence de presse Kinshasa", "Agence de presse Kinshasa")])
def test_a_wire_the_list_does_not_hold_named_as_agencies_name_themselves(text, name):
    assert agency(text) == name


@pytest.mark.parametrize("text", ["The News Agency said", "The Press Agency Awards", "news agency"])
def test_words_about_agencies_name_none(text):
    assert agency(text) is None


@pytest.mark.parametrize("name, written", [("EUROPA PRESS", "Europa Press"), ("FOLHAPRESS", "Folhapress"),
                                           ("THE ASSOCIATED PRESS", "The Associated Press"), ("AFP", None),
                                           ("Europa Press", None), ("VALLEPRESS", None)])
def test_a_wires_name_in_capitals_as_the_wire_writes_it(name, written):
    assert in_ordinary_case(name) == written


def test_a_paragraph_that_opens_with_a_wires_name_is_no_tag():
    assert agency("AFP " + "and the council voted for the plan " * 400) is None


def test_a_wire_then_where_it_wrote_from_is_read_on_a_line_of_its_own():
    from convert.readers.capture.generic import _wire_then_place
    assert _wire_then_place("Press Trust of India New Delhi") == ("Press Trust of India", "New Delhi")
    assert _wire_then_place("Press Trust of India " + "word " * 3000) is None

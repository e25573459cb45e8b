"""Wire agencies and the names they are credited by."""

import pytest

from convert.readers.capture.agencies import agency


@pytest.mark.parametrize("tag, credited", [
    ("AFP", "AFP"), ("(Reuters)", "Reuters"), ("AP", "The Associated Press"), ("Associated Press", "The Associated Press"),
    ("Canadian Press", "The Canadian Press"), ("Belga", "Belga"), ("dpa", "dpa"), ("AFP/Reuters", "AFP"),
    ("  PTI ", "PTI"),
])
def test_agencies_are_credited_by_their_usual_name(tag, credited):
    assert agency(tag) == credited


@pytest.mark.parametrize("tag", ["Jane Roe", "City Hall", "left", "", "x" * 500])
def test_other_names_are_not_agencies(tag):
    assert agency(tag) is None

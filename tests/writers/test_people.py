"""Names out of bylines, their sort forms, and honest titles for headline-less articles."""

import pytest

from convert.writers.people import file_as, is_organisation, people, untitled


@pytest.mark.parametrize("byline, names", [
    ("Morag Campbell", ("Morag Campbell",)),
    ("Christian Datoc and Mabinty Quarshie", ("Christian Datoc", "Mabinty Quarshie")),
    ("Ann Lee, Bo Chan and Cy Dunn", ("Ann Lee", "Bo Chan", "Cy Dunn")),
    ("Ann Lee & Bo Chan", ("Ann Lee", "Bo Chan")),
    ("Mike Brest, Defense Reporter", ("Mike Brest",)),
    ("Peter Cordi , Homepage Editor", ("Peter Cordi",)),
    ("Ann Lee, Bo Chan", ("Ann Lee", "Bo Chan")),
    ("Ann Lee and Ann Lee", ("Ann Lee",)),
    ("  Dana   Whitfield ", ("Dana Whitfield",)),
    ("The Canadian Press", ("The Canadian Press",)),
    ("", ()),
    (None, ()),
])
def test_a_byline_gives_each_person_once_without_job_titles(byline, names):
    assert people(byline) == names


@pytest.mark.parametrize("name, sort_as", [
    ("Mike Brest", "Brest, Mike"),
    ("Graham J Noble", "Noble, Graham J"),
    ("Martin Luther King Jr.", "King, Martin Luther, Jr."),
    ("AP", "AP"),
    ("PTI", "PTI"),
    ("The Canadian Press", "The Canadian Press"),
    ("Morning Wire", "Morning Wire"),
    ("Madonna", "Madonna"),
])
def test_people_are_filed_by_family_name_and_organisations_as_written(name, sort_as):
    assert file_as(name) == sort_as


def test_agencies_and_newsrooms_are_organisations():
    assert all(map(is_organisation, ["AP", "Reuters", "The Canadian Press", "Morning Wire", "Fox News Staff"]))
    assert not any(map(is_organisation, ["Mike Brest", "Tara Subramaniam", "Graham J Noble"]))


def test_a_headline_less_article_is_named_by_publisher_and_day_only():
    assert untitled("Harbour Gazette", "2025-03-04") == "Harbour Gazette, 2025-03-04"
    assert untitled("Harbour Gazette", None) == "Harbour Gazette"
    assert untitled(None, "2025-03-04") == "Untitled article, 2025-03-04"
    assert untitled(None, None) == "Untitled article"
    assert untitled(None, None, "2025-08-16") == "Untitled article, captured 2025-08-16"
    assert untitled("Harbour Gazette", None, "2025-08-16") == "Harbour Gazette, captured 2025-08-16"
    assert untitled(None, "2025-03-04", "2025-08-16") == "Untitled article, 2025-03-04"

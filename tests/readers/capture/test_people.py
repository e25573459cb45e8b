"""Bylines as pages print them, glued, doubled or in capitals."""

import pytest

from convert.readers.capture.dates import find_date
from convert.readers.capture.people import (names_newsroom, place_after_name, is_place_alone, byline_parts, contributors, date_then_byline, date_then_name, is_bare_name, is_name_with_job, name_with_wire, newsroom_with_wire,
                                            names_joined, names_without_places, unglued_name, is_compound_place,
                                            is_organisation, is_publication_name, name_before_time, place_after_newsroom)


@pytest.mark.parametrize("text, parts", [
    ("By Jane Roe", ("Jane Roe", None, None)),
    ("ByJANE ROEUpdated: May 2, 2024", ("JANE ROE", None, None)),
    ("ByJane Roe", ("Jane Roe", None, None)), ("ByJ.R. Roe", ("J.R. Roe", None, None)),
    ("By Jane Roe Valley News", ("Jane Roe", "Valley News", None)),
    ("By BY JOHN DOEAssociated Press", ("JOHN DOE", "The Associated Press", None)),
    ("By PTI", ("PTI", "PTI", None)),
    ("By Jane Roe, Reuters", ("Jane Roe", "Reuters", None)),
    ("Por Mariana Teles, Portal Sertão", ("Mariana Teles", "Portal Sertão", None)),
    ("Von Anna Bergmann, MLF-Studio Helmsdorf", ("Anna Bergmann", "MLF-Studio Helmsdorf", None)),
    ("Por Ana Clara Souza, nv1 Vale do Itaporã", ("Ana Clara Souza", "nv1", None)),
    ("By Jane Roe, John Doe", ("Jane Roe, John Doe", None, None)),
    ("By Jane Roe | May 2, 2024", ("Jane Roe", None, "2024-05-02")),
    ("By JANE ROE FOR VALLEYONLINE", ("JANE ROE", "VALLEYONLINE", None)),
    ("By Jane Roe for The Valley Courier", ("Jane Roe", "The Valley Courier", None)),
    ("Reported by Jane Roe, Edited by John Doe", ("Jane Roe", None, None)),
    ("by Jane Roe - 03/03/24 3:15 PM ET", ("Jane Roe", None, "2024-03-03")),
    ("By Jane Roe, a deputy editor who has covered the council for a decade. She lives in Riverton.",
     ("Jane Roe", None, None)),
    ("Von Hans Roth, dpa", ("Hans Roth", "dpa", None)), ("Por Redacción", ("Redacción", None, None)),
    ("Por EFE", ("EFE", "EFE", None)), ("Von Anna Roth und Peter Korn", ("Anna Roth und Peter Korn", None, None)),
    ("Texto: Ana Lima", ("Ana Lima", None, None)), ("Autor: Hans Roth", ("Hans Roth", None, None)),
    ("By Jane Roe | 10:15 AM on March 03, 2024", ("Jane Roe", None, "2024-03-03")),
    # a time with no day before it is no newsroom's name, nor is a job that holds one
    ("by The Associated Press | Today at 12:02 a.m.", ("The Associated Press", "The Associated Press", None)),
    ("Von Hans Roth | Heute um 08:15", ("Hans Roth", None, None)),
    ("By Jane Roe Daily Herald Staff Writer", ("Jane Roe", None, None)),
    ("By Jane Roe, TV Reporter", ("Jane Roe, TV Reporter", None, None)),
    ("Por: Colprensa", ("Colprensa", "Colprensa", None)),
    ("Por Juliana Becker, Folha do Litoral", ("Juliana Becker", "Folha do Litoral", None)),
    ("Par la rédaction", ("la rédaction", None, None)), ("di Redazione web", ("Redazione web", None, None)),
    ("Par La rédaction du Courrier national", ("La rédaction du Courrier national", None, None)),  # (and whose)
    ("Par A. L. et J.-M. B.", ("A. L. et J.-M. B.", None, None)),  # (two writers' initials, hyphened too)
    # whose facts the story used, no wire: no part of the byline (a wire's names the publisher)
    ("Da Redação, com informações da Prefeitura de Vitória", ("Redação", None, None)),
    ("Por Ana Souza, con información de la Alcaldía de Lima", ("Ana Souza", None, None)),
    ("Por Redação, com informações da Agência Brasil", ("Redação", "Agência Brasil", None)),
    # the date glued to the name's last letter, and the word before it too
    ("By Jane Roe3 March 2024", ("Jane Roe", None, "2024-03-03")),
    ("Par Hugo MarchettiLe 3 avril 2024 à 18h40", ("Hugo Marchetti", None, "2024-04-03")),
    ("Live updates by Jane Roe", ("Jane Roe", None, None)),
    ("Von Jonas WeberJonas Weber", ("Jonas Weber", None, None)), ("By Jane Roe Jane Roe", ("Jane Roe", None, None)),
    ("di MARCO FERRI03 dicembre 2024", ("MARCO FERRI", None, "2024-12-03")),
    ("By Jane RoeThe Canadian Press", ("Jane Roe", "The Canadian Press", None)),
])
def test_bylines(text, parts):
    assert byline_parts(text) == parts


@pytest.mark.parametrize("text", ["Byron said the plan would fail.", "By the time the ferry arrived, it was dark.",
                                  "Por que o governo decidiu", "Von der Leyen sagte", "Texto completo",
                                  "Von Berlin nach Paris"])
def test_sentences_are_not_bylines(text):
    assert byline_parts(text) is None


def test_only_a_publications_name_after_for_is_the_publisher():
    assert byline_parts("By Jane Roe for the first time in years")[1] is None


@pytest.mark.parametrize("byline, expected", [
    ("Christian Datoc and Mabinty Quarshie", [("Christian Datoc", None, "person"), ("Mabinty Quarshie", None, "person")]),
    ("Mike Brest, Defense Reporter", [("Mike Brest", "Defense Reporter", "person")]),
    ("AP", [("The Associated Press", None, "organization")]),
    ("Reuters", [("Reuters", None, "organization")]),
    ("Morning Wire", [("Morning Wire", None, "organization")]),
    ("Jane Roe, John Doe & Max Mustermann", [("Jane Roe", None, "person"), ("John Doe", None, "person"),
                                             ("Max Mustermann", None, "person")]),
    ("John E Smith", [("John E Smith", None, "person")]),
    ("Ana Ruiz y Luis Gil", [("Ana Ruiz", None, "person"), ("Luis Gil", None, "person")]),
])
def test_contributors(byline, expected):
    assert [(c["name"], c["role"], c["kind"]) for c in contributors(byline)] == expected


@pytest.mark.parametrize("text, parts", [
    ("Posted by Jane Roe on March 3, 2024", ("Jane Roe", None, "2024-03-03")),
    ("Written by Jane Roe", ("Jane Roe", None, None)),
    ("Story by Jane Roe • 3h", ("Jane Roe", None, None)),
    ("Par Jane Roe", ("Jane Roe", None, None)),
    ("Von Jane Roe", ("Jane Roe", None, None)),
    ("Di Maria Rossi - 3 marzo 2024", ("Maria Rossi", None, "2024-03-03")),
    # the day after the name, joined by its little word, also with the month German shares with English
    ("VON HANS MÜLLER am 21. April 2020", ("HANS MÜLLER", None, "2020-04-21")),
    ("Von Hans Müller vom 3. Februar 2022", ("Hans Müller", None, "2022-02-03")),
    ("Par Jeanne Roux le 3 mars 2024", ("Jeanne Roux", None, "2024-03-03")),
    ("Por Ana Ruiz el 3 de marzo de 2024", ("Ana Ruiz", None, "2024-03-03")),
    # a stamp label glued after the name, in the other languages (its date is read as the stamp's)
    ("von Hans Müller Veröffentlicht am 1. Mai 2019", ("Hans Müller", None, None)),
    ("Par Jeanne Roux Publié le 3 mars 2024", ("Jeanne Roux", None, None)),
])
def test_bylines_with_another_lead_in(text, parts):
    assert byline_parts(text) == parts


@pytest.mark.parametrize("text", ["Par ailleurs, le maire a dit", "Von der Leyen sagte am Montag",
                                  "Von Hans Müller am Rathaus", "Von Hans Müller am Montag gesagt",
                                  "Di Maio ha detto che il piano", "Por su parte"])
def test_sentences_in_other_languages_are_not_bylines(text):
    assert byline_parts(text) is None


@pytest.mark.parametrize("text, parts", [
    ("By Jane Roe @janeroe", ("Jane Roe", None, None)),
    ("By Jane Roe@janeroe", ("Jane Roe", None, None)),
    ("di Andrea Conti @andreaconti_pl", ("Andrea Conti", None, None)), ("Por Ana Ruiz (@anaruiz)", ("Ana Ruiz", None, None)),
    ("Par Jeanne Roux @jroux | 4 mars 2024", ("Jeanne Roux", None, "2024-03-04")),
    ("By Jane Roe March 18 at 3:57 PM Follow @janeroe", ("Jane Roe", None, None)),
    ("By Jane Roe 2 hours ago", ("Jane Roe", None, None)),
    ("// By Jane Roe • Nov 11, 2020", ("Jane Roe", None, "2020-11-11")),  # the day after the dot is the story's
    ("by Jane Roe January 18, 2017 11:00 PM PST", ("Jane Roe", None, "2017-01-18")),
    ("By Jane Roe, Senior Staff Technologist, Valley Speech, Privacy, and Technology Project",
     ("Jane Roe, Senior Staff Technologist, Valley Speech, Privacy, and Technology Project", None, None)),
])
def test_what_pages_print_around_the_name(text, parts):
    assert byline_parts(text) == parts


def test_a_sentence_starting_with_by_is_no_byline():
    assert byline_parts("By the way, the council said it would think about the plan again in June.") is None


def test_a_newsrooms_short_name_in_small_letters_then_where_it_writes_from():
    assert byline_parts("Por g1 — São Paulo") == ("g1", None, None)
    assert byline_parts("By the way - The council said") is None


@pytest.mark.parametrize("text", ["Jane Roe • 8h", "Jane Roe | 2h", "Jane Roe 1 day ago", "Jane Roe vor 2 Stunden",
                                  "Jane Roe il y a 3 heures", "Jane Roe hace 2 horas", "Jane Roe há 2 horas",
                                  "Jane Roe 2 ore fa"])
def test_how_long_ago_after_a_name_in_the_languages_read(text):
    assert name_before_time(text) == ("Jane Roe", None)


@pytest.mark.parametrize("text", ["ByWater Solutions", "ByWater Solutions announced a new release on Monday"])
def test_a_brand_that_starts_with_by_is_no_byline(text):
    assert byline_parts(text) is None


def test_a_glued_by_still_signs_names_and_jobs():
    assert byline_parts("ByJane Roe, Senior Reporter") == ("Jane Roe, Senior Reporter", None, None)


@pytest.mark.parametrize("text, name", [
    ("By Jane Roe (reporting) and John Doe (photography)", "Jane Roe"),  # who took the pictures is no author
    ("By Jane Roe (reporting)", "Jane Roe"),
    ("Par Jeanne Roux (avec Jean Dupont et Ada Lund)", "Jeanne Roux (avec Jean Dupont et Ada Lund)"),
])
def test_what_each_person_did_after_their_name(text, name):
    assert byline_parts(text)[0] == name


def test_the_people_who_wrote_with_the_author_are_contributors_too():
    assert [c["name"] for c in contributors("Jeanne Roux (avec Jean Dupont et Ada Lund)")] == [
        "Jeanne Roux", "Jean Dupont", "Ada Lund"]


def test_a_publication_in_parentheses_after_the_name():
    assert byline_parts("By Jane Roe (Valley News)") == ("Jane Roe", "Valley News", None)


@pytest.mark.parametrize("text, name, publisher", [
    ("Von Hans Müller, Valley Zeitung", "Hans Müller", "Valley Zeitung"),
    ("Por Ana Ruiz, Diario del Valle", "Ana Ruiz", "Diario del Valle"),
    ("Por Ana Ruiz Correa", "Ana Ruiz Correa", None),
])
def test_a_publication_named_in_the_other_languages(text, name, publisher):
    assert byline_parts(text) == (name, publisher, None)


@pytest.mark.parametrize("text, name", [
    ("March 3, 2024 | Jane Roe", "Jane Roe"),
    ("March 3, 2024 by Jane Roe", "Jane Roe"),
    ("March 3, 2024 | By Jane Roe", "Jane Roe"),
    ("3. März 2024 von Hans Müller", "Hans Müller"),
    ("4.02.2022 par Jeanne Roux", "Jeanne Roux"),
    ("3 de marzo de 2024 por Ana Ruiz", "Ana Ruiz"),
    ("3 marzo 2024 di Marco Rossi", "Marco Rossi"),
    ("March 3, 2024 by the river bank", None),  # no name after the word
    ("March 3, 2024 Jane Roe", None),  # nothing joins them
    ("On March 3, 2024 by Jane Roe", None),  # the date does not open the line
])
def test_a_date_then_the_name_of_who_wrote_it(text, name):
    assert date_then_name(text, find_date(text)) == name


@pytest.mark.parametrize("text, parts", [
    ("By Jane Roe · 5 min read · March 3, 2024", ("Jane Roe", None, "2024-03-03")),
    ("By Jane Roe · Follow", ("Jane Roe", None, None)),
    ("Written by Jane Roe | 5 min read", ("Jane Roe", None, None)),  # (the reading time after a bar)
    ("By 10 News Digital Team", ("10 News Digital Team", None, None)),  # (a station's newsroom, its channel first)
    ("By 7News Staff", ("7News Staff", None, None)),
    ("By Kestrel Biotherapeutics Inc.", ("Kestrel Biotherapeutics Inc.", None, None)),  # (a company's legal form)
    ("Compiled by Lerato Mokoena", ("Lerato Mokoena", None, None)),  # (who put it together)
    ("Un reportage de Guillaume Thériault", ("Guillaume Thériault", None, None)),
    ("By Jane Roe | 3 min read | March 3, 2024", ("Jane Roe", None, "2024-03-03")),
    ("Par Jeanne Roux, publié le 3 mars 2024 à 10h15", ("Jeanne Roux", None, "2024-03-03")),
    ("Von Hans Müller, veröffentlicht am 3. März 2024", ("Hans Müller", None, "2024-03-03")),
    ("By Jane Roe, published on March 3, 2024", ("Jane Roe", None, "2024-03-03")),
    ("By Jane Roe published June 12, 2024", ("Jane Roe", None, "2024-06-12")),  # (the label with no comma)
    ("By Jane Roe last updated June 12, 2024", ("Jane Roe", None, "2024-06-12")),
])
def test_the_stamp_after_the_name_gives_the_day_not_the_name(text, parts):
    assert byline_parts(text) == parts


def test_how_long_a_story_takes_to_read_between_the_name_and_the_day():
    assert name_before_time("Jane Roe · 5 min read · March 3, 2024") == ("Jane Roe", "2024-03-03")


@pytest.mark.parametrize("text", ["Por Mariano Martín mmartin@valley.example", "By Jane Roe jane.roe@valley.example",
                                  "By Jane Roe | jane@valley.example"])
def test_the_authors_address_after_the_name_is_no_part_of_it(text):
    assert byline_parts(text)[0] in ("Mariano Martín", "Jane Roe")


def test_a_name_then_the_newsrooms_short_name_and_where_it_writes_from():
    assert byline_parts("Por Ana Souza, g1 — São Paulo") == ("Ana Souza", "g1", None)


@pytest.mark.parametrize("text, parts", [
    ("By Jane Roe, CNN — Riverton", ("Jane Roe", "CNN", None)),
    ("By Jane Roe, The Associated Press — Riverton, N.J.", ("Jane Roe", "The Associated Press", None)),
    ("By Jane Roe, Reuters – London", ("Jane Roe", "Reuters", None)),
])
def test_a_byline_with_its_newsroom_and_where_it_was_written(text, parts):
    assert byline_parts(text) == parts


@pytest.mark.parametrize("text", ["1.11.23 20:19 von Lars Roth Lesezeit: 4 Min.", "March 3, 2024 at 10:15 am by Lars Roth",
                                  "March 3, 2024 by Lars Roth · 4 min read", "14 May 2024 - 17:25By Lars Roth"])
def test_a_date_with_its_time_then_the_name_and_the_reading_time(text):
    assert date_then_name(text, find_date(text)) == "Lars Roth"


def test_a_stop_after_the_bylines_name():
    assert byline_parts("By Tatyana Turner.") == ("Tatyana Turner", None, None)
    assert byline_parts("By Jane R.") == ("Jane R.", None, None)  # (an initial's stop is the name's)


@pytest.mark.parametrize("text", ["By Jane Roe Reporter", "By Jane Roe Senior Reporter", "By Jane RoeStaff Writer",
                                  "By Jane RoeTravel Reporter", "By Jane Roe Showbiz Editor"])  # (the desk's beat too)
def test_a_byline_with_the_writers_job_after_the_name_without_a_comma(text):
    assert byline_parts(text) == ("Jane Roe", None, None)


def test_a_job_after_a_comma_stays_in_the_byline():
    assert byline_parts("By Jane Roe, Staff Writer") == ("Jane Roe, Staff Writer", None, None)


@pytest.mark.parametrize("text, parts", [
    ("Von Hans Müller, Riverstadt", ("Hans Müller", None, None)),
    ("By Jane Roe, John Doe", ("Jane Roe, John Doe", None, None)),  # (two words may be a second writer)
    ("By Jane Roe, Columnist", ("Jane Roe, Columnist", None, None)),
])
def test_where_the_writer_writes_from_after_the_name(text, parts):
    assert byline_parts(text) == parts


@pytest.mark.parametrize("text, name, place", [
    ("Par Jean-Baptiste Roumagnac, à Vellane", "Jean-Baptiste Roumagnac", "Vellane"),
    ("Por Ana Ruiz, en Sevilla", "Ana Ruiz", "Sevilla"), ("Von Hans Müller, aus Riverstadt", "Hans Müller", "Riverstadt"),
    ("By Jane Roe, Northwire", "Jane Roe", None),  # (a word alone: a newsroom's name as well as a place's)
    ("Por Renata Albuquerque e Caio Dantas, De São Paulo", "Renata Albuquerque e Caio Dantas", "São Paulo"),
    ("By Jane Roe, In Focus", "Jane Roe, In Focus", None),  # (a column's name)
    ("Por Ana Ruiz, en la redacción", "Ana Ruiz, en la redacción", None),
])
def test_where_the_writer_wrote_from_after_the_name_a_comma_and_in(text, name, place):
    from convert.readers.capture.people import place_signed
    assert byline_parts(text)[0] == name
    assert place_signed(text, name) == place


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe, Staff Writer", True), ("Jane Roe, Senior Political Reporter", True), ("Ana Ruiz, Correspondent", True),
    ("Jane Roe, John Doe", False), ("Riverton, Staff Writer", False),
    ("Jane Roe, Reporter Who Exposed the Scandal, Dies at 80", False), ("Council Backs Plan, Writers Say", False),
])
def test_a_name_a_comma_and_a_job(text, expected):
    assert is_name_with_job(text) is expected


@pytest.mark.parametrize("text, name", [("Ein Artikel von Hans Müller", "Hans Müller"), ("Ein Beitrag von Hans Müller", "Hans Müller"),
                                        ("Un article de Jeanne Roux", "Jeanne Roux"), ("Un artículo de Ana Ruiz", "Ana Ruiz"),
                                        ("Um artigo de Ana Souza", "Ana Souza")])
def test_a_story_by_in_so_many_words(text, name):
    assert byline_parts(text)[0] == name


@pytest.mark.parametrize("text, parts", [
    ("Article rédigé par Théo Marchand - Valle Info Occitanie", ("Théo Marchand", None, None)),  # the desk after a dash
    ("Par Claire Vasseur (Bruxelles, bureau européen)", ("Claire Vasseur", None, None)),  # where from
    ("By Jane Roe (in Kyiv)", ("Jane Roe", None, None)),
    ("Par Julien Dethier avec Belga", ("Julien Dethier", "Belga", None)),  # the wire whose copy it uses
    ("Von Hans Müller mit dpa", ("Hans Müller", "dpa", None)),
    ("By Jane Roe with AP", ("Jane Roe", "The Associated Press", None)),
    ("By Jane Roe — Reuters", ("Jane Roe", "Reuters", None)),
    ("By Jane Roe (Valley News)", ("Jane Roe", "Valley News", None)),  # whom for, as before
    ("By Jane Roe with John Doe", ("Jane Roe with John Doe", None, None)),  # (no wire: both wrote it)
    ("Analyse von Hannah Vogt und Jonas Reiter, Berlin", ("Hannah Vogt und Jonas Reiter", None, None)),
    ("Kommentar von Hans Müller", ("Hans Müller", None, None)), ("Análisis de Ana Ruiz", ("Ana Ruiz", None, None)),
    ("Analyse von Daten zeigt mehr", None),
])
def test_what_follows_the_writers_name(text, parts):
    assert byline_parts(text) == parts


def test_how_long_the_story_takes_to_read_after_the_name_in_italian_is_no_part_of_it():
    assert name_before_time("Marco Rossi · 3 minuti di lettura")[0] == "Marco Rossi"


@pytest.mark.parametrize("text, publication", [
    ("El Sol del Pacífico", True), ("Le Courrier", True), ("O Diário da Serra", True), ("Der Tagesspiegel", True),
    ("El Gobierno aprueba el plan", False), ("Die Bahn streikt", False),
    ("The Last Public Square", False),  # (English headlines are written in capitalised words too)
])
def test_a_publications_name_led_by_an_article_of_the_other_languages(text, publication):
    assert is_publication_name(text) is publication
    if publication:
        assert is_organisation(text)


@pytest.mark.parametrize("text, parts", [
    ("Von Dr. Miriam Vogt und Jan Peters", ("Dr. Miriam Vogt und Jan Peters", None, None)),
    ("Von Prof. Dr. Hans Müller", ("Prof. Dr. Hans Müller", None, None)),
    ("Por Dra. Ana Ruiz", ("Dra. Ana Ruiz", None, None)),
])
def test_a_writers_academic_title_is_part_of_the_byline(text, parts):
    assert byline_parts(text) == parts


@pytest.mark.parametrize("text, joined", [
    ("Reto Zimmerli und Nadja Keller", True), ("Jane Roe, John Doe and Ada Lund", True),
    ("Trump and Putin", False), ("Jane Roe, Staff Reporter", False), ("Valley News and Jane Roe", False),
])
def test_full_names_joined_by_and(text, joined):
    assert names_joined(text) is joined


@pytest.mark.parametrize("text, parts", [
    ("di Federica Lanza 08 Giugno 2025 - 19:22", ("Federica Lanza", None, "2025-06-08")),
    ("Par Jeanne Roux 3 mars 2024", ("Jeanne Roux", None, "2024-03-03")),
    ("Por Ana Ruiz 4 de marzo de 2024", ("Ana Ruiz", None, "2024-03-04")),
])
def test_the_day_right_after_a_writers_name(text, parts):
    assert byline_parts(text) == parts


def test_a_number_after_a_name_that_is_no_day_makes_no_byline():
    assert byline_parts("Von Hans Müller 12 Leute kamen") is None


@pytest.mark.parametrize("text, parts", [
    ("Mathieu Rochat avec ATS", ("Mathieu Rochat", "ATS")), ("Jane Roe with Reuters", ("Jane Roe", "Reuters")),
    ("Par Julien Dethier avec Belga", None), ("Jane Roe with John Doe", None),
    ("Karin Oettl with dpa, AFP", ("Karin Oettl", "dpa")), ("Mathieu Rochat avec ATS et AFP", ("Mathieu Rochat", "ATS")),
    ("Jane Roe with AFP and friends", None),
])
def test_a_writers_name_and_the_wire_whose_copy_the_story_uses(text, parts):
    assert name_with_wire(text) == parts


@pytest.mark.parametrize("text, name", [
    ("By Chinedu Okafor, Abakpa and Funmilayo Adeyemi, Lagos", "Chinedu Okafor and Funmilayo Adeyemi"),
    ("By Jane Roe and John Doe, Reporters", "Jane Roe and John Doe, Reporters"),
    ("By: Jane Roe - Reporter / @janeroe", "Jane Roe - Reporter"),
])
def test_each_writers_place_and_a_handles_bar_are_no_part_of_the_byline(text, name):
    assert byline_parts(text)[0] == name


@pytest.mark.parametrize("text, name", [
    ("Texto de Henrique Salgueiro", "Henrique Salgueiro"), ("Texte de Jeanne Roux", "Jeanne Roux"),
    ("Testo di Marco Bianchi", "Marco Bianchi"), ("Text von Hans Müller", "Hans Müller"),
])
def test_a_magazines_words_by_in_the_other_languages_is_a_byline(text, name):
    assert byline_parts(text)[0] == name


@pytest.mark.parametrize("text, signed", [
    ("Le Journal de l'Ouest avec AFP", ("Le Journal de l'Ouest avec AFP", "AFP")),
    ("Par L'Éclaireur avec AFP", ("L'Éclaireur avec AFP", "AFP")),
    ("Mathieu Rochat avec ATS", ("Mathieu Rochat", "ATS")),
    ("Rédaction en ligne avec Belga", ("Rédaction en ligne avec Belga", "Belga")),
    ("Le maire avec AFP", None), ("Par le maire avec AFP", None),
])
def test_the_sites_newsroom_with_the_wire_signs_as_printed(text, signed):
    assert name_with_wire(text) == signed


@pytest.mark.parametrize("text, parts", [
    ("By DANA WHITFIELD and OSCAR MENDEL Associated Press", ("DANA WHITFIELD and OSCAR MENDEL", "The Associated Press", None)),
    ("By DANA WHITFIELD and OSCAR MENDEL The Associated Press",
     ("DANA WHITFIELD and OSCAR MENDEL", "The Associated Press", None)),
    ("By Jane Roe and John Doe Reuters", ("Jane Roe and John Doe", "Reuters", None)),
    ("Par Josiane Bergeron, L'Écho du Haut-Lac", ("Josiane Bergeron", "L'Écho du Haut-Lac", None)),
    ("By Jane Roe and John Doe", ("Jane Roe and John Doe", None, None)),
])
def test_names_then_the_wire_or_the_paper_after_the_writers(text, parts):
    assert byline_parts(text) == parts


@pytest.mark.parametrize("text, parts", [
    ("Por Mariana Tokarski – Repórter da Agência Brasil - Brasília", ("Mariana Tokarski", "Agência Brasil", None)),
    ("By Jane Roe — Correspondent for The Valley Courier", ("Jane Roe", "The Valley Courier", None)),
    ("Propos recueillis par Élodie Carrasco", ("Élodie Carrasco", None, None)),
    ("Interview by Jane Roe", ("Jane Roe", None, None)),
])
def test_the_writers_job_at_the_newsroom_and_who_led_an_interview(text, parts):
    assert byline_parts(text) == parts


@pytest.mark.parametrize("text", ["Texto: Ana Paula Roriz / Secom", "Por Ana Paula Roriz, Dirección de Comunicaciones UCSur",
                                  "Von Ana Paula Roriz, Pressestelle der Stadt Wilmingen"])
def test_the_bodys_press_office_after_the_writers_name_is_no_part_of_the_byline(text):
    assert byline_parts(text) == ("Ana Paula Roriz", None, None)


@pytest.mark.parametrize("text, name", [
    ("Par Amine B.", "Amine B."), ("By Our Staff Reporter", "Our Staff Reporter"),  # (a first name and an initial; ours)
    ("Par Sylvestre Koffi Aka, envoyé spécial à Dabiéva", "Sylvestre Koffi Aka"),  # (where the writer was sent)
    ("Francesca Loddo, inviata a Pietrarossa", None), ("Di Francesca Loddo, inviata a Pietrarossa", "Francesca Loddo"),
    ("Testo di Andrea Colombi, foto di Luca Ferri", "Andrea Colombi"),  # (the pictures' credit without a colon)
    ("Par Jeanne Roux, photos de Marc Dupont", "Jeanne Roux"),
])
def test_more_bylines_in_the_six_languages(text, name):
    parts = byline_parts(text)
    assert (parts[0] if parts else None) == name


@pytest.mark.parametrize("text, name", [("Photos and text by Yusuf Harrow-Bello", "Yusuf Harrow-Bello"),
                                        ("Words and pictures by Jane Roe", "Jane Roe"),
                                        ("a cura della Redazione", "Redazione"),
                                        ("Par Th. Degrève", "Th. Degrève"), ("Par J.-M. Degrève", "J.-M. Degrève")])
def test_more_ways_a_byline_opens_and_a_first_name_cut_short(text, name):
    assert byline_parts(text)[0] == name


def test_a_title_cut_short_is_no_first_name():
    assert byline_parts("Interview: Fr. Prof. Rosenberger") is None


@pytest.mark.parametrize("text, name", [("Por Inês Correia | Fotos: Hugo Matos", "Inês Correia"),
                                        ("By Jane Roe, Photos: John Doe", "Jane Roe"),
                                        ("Texto: Itzel Barragán / Fotos: Jorge Cid", "Itzel Barragán"),
                                        # (a space alone before the pictures' label)
                                        ("Texte: Pascal Jungo Photos: Elisa Roulin", "Pascal Jungo"),
                                        ("Texte : Marc Dewulf – Photos : Anne Lambotte", "Marc Dewulf"),
                                        ("Par Marc Dewulf - Photo : Anne Lambotte", "Marc Dewulf"),
                                        ("von Alexander Karper Foto: © Bildagentur", "Alexander Karper"),
                                        ("a cura di Giulia Santoro e Paolo Greco", "Giulia Santoro e Paolo Greco")])
def test_the_pictures_credit_after_the_byline_and_an_editors_a_cura_di(text, name):
    assert byline_parts(text)[0] == name


@pytest.mark.parametrize("text, name", [("Par Martine Guérin (correspondante)", "Martine Guérin"),
                                        ("Por Ana Ruiz (corresponsal)", "Ana Ruiz")])
def test_the_writers_job_in_small_letters_in_brackets_is_no_part_of_the_byline(text, name):
    assert byline_parts(text)[0] == name


@pytest.mark.parametrize("text, name", [("By court reporter Sam Feeney", "Sam Feeney"),
                                        ("By state political reporter Liam O'Rourke", "Liam O'Rourke"),
                                        ("Von Heimatblick-Redakteurin Anja Wiegand", "Anja Wiegand")])
def test_the_writers_job_between_by_and_the_name_is_no_part_of_the_byline(text, name):
    assert byline_parts(text)[0] == name


@pytest.mark.parametrize("text, name", [
    ("Von M. Krause", "M. Krause"), ("Par J. Roux", "J. Roux"),
    ("Von: M. Krause, T. Albers und J. Wolff", "M. Krause, T. Albers und J. Wolff"),
])
def test_a_first_name_given_as_an_initial_after_the_word_for_by(text, name):
    assert byline_parts(text) == (name, None, None)


@pytest.mark.parametrize("text", ["Von A bis Z", "Von A. bis Z."])
def test_letters_after_the_word_for_from_are_no_names(text):
    assert byline_parts(text) is None


def test_a_dot_left_after_the_name_in_a_by_line():
    assert byline_parts("By Jane Roe •")[0] == "Jane Roe"


def test_a_newsrooms_short_name_with_its_regions_word_then_the_place():
    assert byline_parts("Por Ana Souza, n1 Minas — Belo Horizonte")[:2] == ("Ana Souza", "n1 Minas")


@pytest.mark.parametrize("text, parts", [
    ("By Jane Roe Globe Staff,Updated April 17, 2025, 6:39 a.m.", ("Jane Roe", None, None)),
    ("By Jane Roe Globe Staff", ("Jane Roe", None, None)),
    ("By Jane Roe Valley News", ("Jane Roe", "Valley News", None)),
])
def test_the_papers_own_writer_with_its_short_name_and_a_stamp_glued_after_a_comma(text, parts):
    assert byline_parts(text) == parts


@pytest.mark.parametrize("text, name", [
    ("Harriet MouldNBN News", "Harriet Mould"), ("Niamh Ó CeallaighSat", "Niamh Ó Ceallaigh"), ("Jane RoeAP", "Jane Roe"),
    ("Jane McKenzie", "Jane McKenzie"), ("Ron DeSantis", "Ron DeSantis"), ("Angus MacDonald", "Angus MacDonald"),
    ("LeBron James", "LeBron James"),
])
def test_what_a_page_glued_to_the_writers_name_is_cut_off(text, name):
    assert unglued_name(text) == name


@pytest.mark.parametrize("text, parts", [
    ("Por LUCÍA GARRIDO VEGA / Associated Press", ("LUCÍA GARRIDO VEGA", "The Associated Press", None)),
    ("Von Hans Müller / dpa", ("Hans Müller", "dpa", None)),
    ("By Jane Roe / The Valley Courier", ("Jane Roe", "The Valley Courier", None)),
])
def test_a_slash_between_spaces_parts_the_writer_from_the_publisher(text, parts):
    assert byline_parts(text) == parts


def test_names_joined_each_with_where_they_write_from():
    assert names_joined("Jane Roe in London and John Poe in Manchester")
    assert names_without_places("Jane Roe in London and John Poe in Manchester") == "Jane Roe and John Poe"
    assert names_without_places("Jane Roe and John Poe") == "Jane Roe and John Poe"


def test_a_portraits_caption_with_its_credit_after_a_bar_is_no_byline():
    assert byline_parts("Author Jane Roe. | Photo Credit: Special Arrangement") is None
    assert byline_parts("Por Inês Correia | Fotos: Hugo Matos")[0] == "Inês Correia"


@pytest.mark.parametrize("text, name", [
    ("Von unserem Redakteur Klaus Berger", "Klaus Berger"), ("Von unserer Redakteurin Anna Berger", "Anna Berger"),
    ("Par notre correspondant Jean Roux", "Jean Roux"), ("De nuestro corresponsal Juan Ruiz", "Juan Ruiz"),
    ("From our correspondent Jane Roe", "Jane Roe"), ("Di un nostro inviato Marco Rossi", "Marco Rossi"),
    # a comma after the job
    ("De notre correspondante, Line Sabatier", "Line Sabatier"), ("Dal nostro inviato, Marco Rossi", "Marco Rossi"),
    # where from, after the job
    ("De notre correspondant à Lyon, Antoine Giraud", "Antoine Giraud"),
    ("Dal nostro inviato a Kyiv, Marco Rossi", "Marco Rossi"),
])
def test_the_papers_own_writer_with_the_job_before_the_name(text, name):
    assert byline_parts(text)[0] == name


@pytest.mark.parametrize("line, name, place", [
    ("Par Clémence Aubertin (Saint-Jean-de-Maurienne (Savoie), envoyée spéciale)", "Clémence Aubertin",
     "Saint-Jean-de-Maurienne (Savoie)"),
    ("Par Hélène Vasseur (Perpignan, envoyée spéciale) et Julien Cazals", "Hélène Vasseur et Julien Cazals", "Perpignan"),
])
def test_where_an_envoy_reports_from_in_brackets_with_a_province_or_before_a_second_name(line, name, place):
    from convert.readers.capture.people import written_from
    assert byline_parts(line)[0] == name
    assert written_from(line) == place


def test_a_writer_with_a_wire_before_the_date_and_reading_time():
    assert byline_parts("Par Camille Roussel avec AFP - 12 mars 2024 à 07:45 - Temps de lecture : 2 min") == (
        "Camille Roussel", "AFP", "2024-03-12")


@pytest.mark.parametrize("text, parts", [
    ("Theresa Roth22. Jänner 2025, 07:30", ("Theresa Roth", "2025-01-22")),
    ("Jane Roe 3 March 2024", ("Jane Roe", "2024-03-03")),
    ("Jane Roe3 people", ("Jane Roe3 people", None)),  # (no date at the joint: nothing is parted)
])
def test_a_date_glued_to_the_name_before_it_is_parted_from_it(text, parts):
    assert name_before_time(text) == parts



def test_the_newsroom_a_byline_after_the_date_names():
    text = "Publicado em 21/07/2022 - 18:40 Por Jane Roe - Repórter da Agência Brasil - Brasília"
    assert date_then_byline(text, find_date(text)) == ("Jane Roe", "Agência Brasil")
    assert date_then_byline("March 3, 2024 | Jane Roe", find_date("March 3, 2024 | Jane Roe")) == ("Jane Roe", None)


@pytest.mark.parametrize("text, signed", [("03.04.2024 – sda", ("sda", "sda")), ("12. März 2024 - dpa", ("dpa", "dpa")),
                                          ("03.04.2024 – Sport", None)])
def test_a_wire_after_the_date_signs_the_story(text, signed):
    assert date_then_byline(text, find_date(text)) == signed


def test_a_date_after_a_blogs_little_word_then_the_writer():
    text = "on March 10, 2015 by Jane Roe"
    assert date_then_name(text, find_date(text)) == "Jane Roe"
    capital = "On March 10, 2015 by Jane Roe"
    assert date_then_name(capital, find_date(capital)) is None  # (a sentence's opening)



def test_where_the_writer_wrote_from_after_their_job_at_the_newsroom():
    assert place_after_newsroom("Por Jane Roe - Repórter da Agência Brasil - Brasília") == "Brasília"
    assert place_after_newsroom("Por Jane Roe - Repórter da Agência Brasil") is None


def test_a_name_that_ends_with_an_initial_is_a_byline_not_a_sentence():
    assert byline_parts("Por Ignacio Fuenzalida M.") == ("Ignacio Fuenzalida M.", None, None)
    assert byline_parts("By the way it all ended.") is None


def test_a_stamps_label_glued_to_the_name_is_parted_from_it():
    assert name_before_time("Kashif RazaPublished May 3, 2024Updated about 10 hours ago") == ("Kashif Raza", "2024-05-03")


@pytest.mark.parametrize("text, name", [("VonJana Kröger", "Jana Kröger"), ("PorAna Ruiz Díaz", "Ana Ruiz Díaz"),
                                        ("Servizio di Chiara Bassi", "Chiara Bassi")])
def test_the_word_by_glued_to_the_name_or_an_italian_reports_by(text, name):
    assert byline_parts(text)[0] == name


@pytest.mark.parametrize("text", ["Vonda Roe", "Porter Jones", "Servizio di linea sospeso"])
def test_names_and_words_that_open_as_by_does_are_no_byline(text):
    assert byline_parts(text) is None


def test_a_name_with_its_job_then_its_desk_german_style():
    assert is_name_with_job("Reto Ammann, Redaktor Region")
    assert not is_name_with_job("Council Backs Plan, Writers Say")


def test_a_name_glued_to_the_dates_year_signs_it_but_not_more_glued_elements():
    text = "19. Juli 2024Markus Zbinden"
    assert date_then_name(text, find_date(text)) == "Markus Zbinden"
    other = "04 de mayo de 2022Edición ImpresaPDF"
    assert date_then_name(other, find_date(other)) is None


@pytest.mark.parametrize("text, parts", [
    ("Por Guilherme Schaeffer, com informações da Agência Brasil", ("Guilherme Schaeffer", "Agência Brasil", None)),
    ("By Jane Roe, with information from Reuters", ("Jane Roe", "Reuters", None)),
])
def test_a_name_with_information_from_a_wire_names_the_wire_as_publisher(text, parts):
    assert byline_parts(text) == parts


@pytest.mark.parametrize("text, name", [("Von: mk", "mk"), ("Von mgr", "mgr"), ("di Red. · 2 ore fa", "Red."), ("By the", None),
                                        ("by me", None), ("Von: Jana Roe", "Jana Roe")])
def test_a_writers_initials_in_small_letters_or_the_newsrooms_short_word_after_the_word_by(text, name):
    assert (byline_parts(text) or (None,))[0] == name


@pytest.mark.parametrize("text, name, wire", [("By DEREK HOLLOWAY AP Golf Writer", "DEREK HOLLOWAY", "The Associated Press"),
                                              ("By Jane Roe PA Political Correspondent", "Jane Roe", "Press Association"),
                                              ("By Jane Roe CEO Big Company", "Jane Roe CEO Big Company", None)])
def test_a_name_then_a_wires_short_name_and_a_job_is_the_wires_writer(text, name, wire):
    assert byline_parts(text)[:2] == (name, wire)


@pytest.mark.parametrize("text", ["By CARLA MENDOZA Sentinel Staff Writer", "By CARLA MENDOZA Sentinel"])
def test_a_name_in_capitals_then_the_papers_short_name_and_job(text):
    assert byline_parts(text)[0] == "CARLA MENDOZA"


@pytest.mark.parametrize("text, name", [("By J. R. Smith", "J. R. Smith"), ("Por M. J. Cabrera", "M. J. Cabrera")])
def test_initials_before_the_surname_are_no_name_in_capitals_before_a_paper(text, name):
    assert byline_parts(text)[0] == name


def test_of_the_papers_newsroom_after_the_name_is_no_part_of_the_byline():
    assert byline_parts("Por Rafael Nogueira, da Redação") == ("Rafael Nogueira", None, None)


@pytest.mark.parametrize("text, name", [
    ("Ein Essay von Markus Brenner, Soziologe an der Universität Halmstein", "Markus Brenner, Soziologe an der Universität Halmstein"),
    ("Correspondant : Gérard Pujol", "Gérard Pujol"),
])
def test_an_essays_by_and_a_correspondents_label(text, name):
    assert byline_parts(text)[0] == name


def test_a_job_then_what_it_covers_in_small_letters():
    assert is_name_with_job("Marie-Ève Tremblay, Correspondante parlementaire")


def test_a_wire_in_one_word_in_brackets_after_the_name_is_the_publisher():
    assert byline_parts("Par Sophie Lambotte (avec Belpresse)") == ("Sophie Lambotte", "Belpresse", None)
    assert byline_parts("Par Jeanne Roux (avec Jean Dupont et Ada Lund)")[0] == "Jeanne Roux (avec Jean Dupont et Ada Lund)"
    assert is_name_with_job("Stefano Rizzuto, Caporedattore Economia")


@pytest.mark.parametrize("text, parts", [
    ("di Federica Santangelo03/11/2023 - Aggiornato 2 ore fa", ("Federica Santangelo", None, "2023-11-03")),
    ("Redacción: Karla Zelaya", ("Karla Zelaya", None, None)),
    ("Por Lucie Marchal avec Belpress", ("Lucie Marchal", "Belpress", None)),
    ("Por Ricardo Salgado / Corresponsal", ("Ricardo Salgado", None, None)),
    ("By KATIE O'ROURKE / Staff Writer", ("KATIE O'ROURKE", None, None)),  # (a job of two words; the name in capitals)
    ("By Katie Rourke / Senior Reporter", ("Katie Rourke", None, None)),
])
def test_a_numeric_day_a_newsrooms_label_an_unknown_wire_and_a_job_after_a_slash(text, parts):
    assert byline_parts(text) == parts


def test_a_second_writer_after_with_stays_in_the_byline():
    assert byline_parts("By Jane Roe with John Doe")[0] == "Jane Roe with John Doe"


@pytest.mark.parametrize("text, name", [("Par M. B.", "M. B."), ("Von K. L. R.", "K. L. R."), ("Por J. M.", "J. M.")])
def test_a_writers_initials_alone_after_the_word_for_by_are_the_byline(text, name):
    assert byline_parts(text) == (name, None, None)


@pytest.mark.parametrize("text", ["Geschrieben von Ulrike Sand", "Escrito por Ulrike Sand", "Scritto da Ulrike Sand"])
def test_written_by_in_the_other_languages(text):
    assert byline_parts(text) == ("Ulrike Sand", None, None)


def test_a_name_a_papers_name_and_where_the_story_was_written_after_a_dash():
    assert byline_parts("Por Rafael Moura, Folha do Vale — São Bento do Itaré") == ("Rafael Moura", "Folha do Vale", None)


@pytest.mark.parametrize("text, parts", [
    ("Por Ana Lemos, Cerrado Hoje — Nova Aurora", ("Ana Lemos", "Cerrado Hoje", None)),  # any newsroom's capitalised name
    ("Por Tiago Mendonça, Agreste Agora — Pedra Branca do Moxotó", ("Tiago Mendonça", "Agreste Agora", None)),
    ("Por Ana Souza, Repórter — São Paulo", ("Ana Souza, Repórter — São Paulo", None, None)),  # (a job is no newsroom)
])
def test_a_name_a_newsrooms_name_and_where_the_story_was_written_after_a_dash(text, parts):
    assert byline_parts(text) == parts


@pytest.mark.parametrize("text, name", [
    ("Texto y fotos: Andrés Quiñónez", "Andrés Quiñónez"), ("Text & Fotos: Jana Vogt", "Jana Vogt"),
    ("Texte et photos : Marc Dupont", "Marc Dupont"), ("Authored by Aman Kohli", "Aman Kohli"),
    ("Authored by Aman Kohli | Edited by Nisha Rao | Updated: 9 Oct 2024, 01:42 PM IST", "Aman Kohli"),
    ("By Aman Kohli | Updated: 9 Oct 2024, 01:42 PM IST", "Aman Kohli"),
])
def test_words_and_pictures_by_one_writer_and_authored_by(text, name):
    assert byline_parts(text)[0] == name


@pytest.mark.parametrize("text, name", [("Por Redacción Cuyo al Instante", "Redacción Cuyo al Instante"),
                                        ("Par Rédaction Le Fil Wallon", "Rédaction Le Fil Wallon")])
def test_the_newsrooms_word_and_the_sites_name_after_by(text, name):
    assert byline_parts(text) == (name, None, None)


@pytest.mark.parametrize("text, name", [("Por Lucas Andrade*", "Lucas Andrade"), ("By Jane Roe*", "Jane Roe")])
def test_a_notes_mark_after_the_writers_name_is_no_part_of_it(text, name):
    # ("*Estagiário sob supervisão de …" under the story: the note the mark points to)
    assert byline_parts(text)[0] == name


@pytest.mark.parametrize("text, name", [("von Newsdesk 28. Januar 2022, 12:01", "Newsdesk"), ("By Newsroom", "Newsroom"),
                                        ("By Newsdesk | March 3, 2024", "Newsdesk")])
def test_the_english_word_for_the_newsroom_after_by(text, name):
    # ("Newsdesk" is one word, as no writer's name is)
    assert byline_parts(text)[0] == name


@pytest.mark.parametrize("text, name", [("NewsBy Joanne Pike, Courts Reporter", "Joanne Pike, Courts Reporter"),
                                        ("SportBy Jane Roe", "Jane Roe")])
def test_a_sections_label_glued_to_the_byline_is_parted_from_it(text, name):
    assert byline_parts(text)[0] == name


def test_a_word_glued_to_by_that_names_no_section_is_no_byline():
    assert byline_parts("StandBy Me Tonight") is None


@pytest.mark.parametrize("text, name, day", [
    ("Rédigé par Serge Ngando le Mercredi 15 Mai 2024 à 08:47", "Serge Ngando", "2024-05-15"),  # the day's name first
    ("Pubblicato da Lucia Del Fabbro il 9 Novembre 2023", "Lucia Del Fabbro", "2023-11-09"),  # "posted by", in Italian
    ("Publié par Jeanne Roux le 3 mars 2024", "Jeanne Roux", "2024-03-03"),
])
def test_more_bylines_with_their_day(text, name, day):
    assert byline_parts(text) == (name, None, day)


def test_the_word_by_before_a_name_the_bylines_shapes_do_not_read_is_left_out():
    assert name_before_time("Von Isabella.DiBiase am Samstag, 19. Oktober 2019 um 11:14 Uhr") == ("Isabella.DiBiase",
                                                                                                  "2019-10-19")


def test_a_paper_then_a_town_and_its_state_after_the_writers_name():
    text = "Por Renata Albuquerque, Folha das Pedras — Itaúna do Sul (MG)"
    assert byline_parts(text) == ("Renata Albuquerque", "Folha das Pedras", None)
    assert place_after_newsroom(text) == "Itaúna do Sul (MG)"


@pytest.mark.parametrize("text, name, day", [
    ("Por: Héctor Ibarra Soto07 marzo, 2024 - 09:41 am", "Héctor Ibarra Soto", "2024-03-07"),  # a comma after the month
    ("Por Lucía Cattaneohace 3 horas", "Lucía Cattaneo", None),  # how long ago, glued to the name
    ("Por Ana Ruiz há 2 horas", "Ana Ruiz", None),
    ("Von Jana Roth vor 3 Stunden", "Jana Roth", None),
])
def test_a_byline_with_its_day_or_how_long_ago_after_the_name(text, name, day):
    assert byline_parts(text) == (name, None, day)


@pytest.mark.parametrize("text, name", [("POR SEBASTIÁN MUÑOZ V. • Periodista", "SEBASTIÁN MUÑOZ V."),
                                        ("Por Ana Ruiz • Redactora", "Ana Ruiz")])
def test_the_writers_job_after_a_dot_in_another_language(text, name):
    assert byline_parts(text) == (name, None, None)


@pytest.mark.parametrize("text, name", [("Author: KXHV 9 Staff", "KXHV 9 Staff"), ("Authors: Jane Roe and John Doe", "Jane Roe and John Doe")])
def test_the_author_label_reads_as_by(text, name):
    assert byline_parts(text) == (name, None, None)


def test_the_sites_own_name_and_the_wire_after_by():
    assert name_with_wire("Par Infos-Matin avec AFP") == ("Infos-Matin avec AFP", "AFP")


@pytest.mark.parametrize("text, newsroom, printed", [
    ("Par Normandie Quotidienne avec AFP", "Normandie Quotidienne", "Normandie Quotidienne avec AFP"),
    ("Par Atlas Infos avec MAP | Le 17/03/2025 à 15h42", "Atlas Infos", "Atlas Infos avec MAP"),
    ("Par Atlas Infos | Le 17/03/2025 à 15h42", "Atlas Infos", None),  # (no wire)
    ("Par Atlas Infos avec Jeanne Roux", "Atlas Infos", None),  # (a writer, no wire)
])
def test_the_sites_name_and_the_wire_as_the_byline_prints_them(text, newsroom, printed):
    assert newsroom_with_wire(text, newsroom) == printed


@pytest.mark.parametrize("text", ["Martes 14 de mayo de 2024 | 08:12Francisca Soto Urrutia",
                                  "Martes 14 de mayo de 2024 | 08:12 Francisca Soto Urrutia",
                                  "Mi 14.05.2024 – 08:12 · Francisca Soto Urrutia"])  # (a long dash before the time)
def test_a_days_name_the_date_and_the_time_then_the_writer(text):
    assert date_then_byline(text, find_date(text)) == ("Francisca Soto Urrutia", None)


@pytest.mark.parametrize("text, name", [
    ("POR RAMÓN ANTONIO DE LOS SANTOS", "RAMÓN ANTONIO DE LOS SANTOS"),
    ("Por Ramón Antonio de los Santos", "Ramón Antonio de los Santos"),
    ("Von Anna van der Berg", "Anna van der Berg"),
    ("di don Alberto Mancuso", "don Alberto Mancuso"),
])
def test_a_byline_with_a_surnames_little_words_or_a_priests_title(text, name):
    assert byline_parts(text) == (name, None, None)


@pytest.mark.parametrize("text", ["Por la paz de los pueblos", "di alberto mancuso", "Texto: Gabinete de Comunicação e Imagem"])
def test_a_phrase_or_a_name_in_small_letters_after_by_is_no_byline(text):
    assert byline_parts(text) is None


def test_a_wire_after_by_and_a_spaced_colon():
    assert byline_parts("Par : ANP") == ("ANP", "ANP", None)


@pytest.mark.parametrize("text, name, publisher", [
    ("Por Carla Bezerra, da Gazeta do Agreste", "Carla Bezerra", "Gazeta do Agreste"),
    ("Por Rafael Nogueira, da Redação", "Rafael Nogueira", None),
])
def test_the_paper_after_the_writers_name_without_the_word_of(text, name, publisher):
    assert byline_parts(text) == (name, publisher, None)


@pytest.mark.parametrize("text, name", [
    ("Por: Redacción Cifras & Negocios", "Redacción Cifras & Negocios"),
    ("Por Redacción Cifras y Negocios", "Redacción Cifras y Negocios"),
    ("Di Redazione Corriere di Valle", "Redazione Corriere di Valle"),
])
def test_the_newsroom_by_the_sites_name_after_by(text, name):
    assert byline_parts(text) == (name, None, None)


@pytest.mark.parametrize("text, newsroom", [
    ("Redacción Onda Meseta", True), ("Redaktion FVA", True), ("Newsroom Directory", False), ("Redacción", False),
    ("Redacción de la ciudad", False),
    ("Rédaction sport", True), ("Redazione Cronaca", True), ("Rédaction mobilisée", False),  # (or its desk's section)
    ("Equipe Minuano Notícias", True), ("Equipo Radio Sur", True), ("Equipe", False),  # (or its team, so named)
])
def test_the_newsrooms_word_and_the_sites_name(text, newsroom):
    assert names_newsroom(text) is newsroom


@pytest.mark.parametrize("place", ["Alcazarén de la Sierra", "San Martín de los Andes", "Vila Nova dos Cabos"])
def test_a_place_with_an_article_after_its_little_word(place):
    assert is_place_alone(place)


@pytest.mark.parametrize("text, names", [
    ("VON KATHARINA LÖWE UND JAN PETERSEN", "KATHARINA LÖWE UND JAN PETERSEN"),
    ("POR ANA RUIZ Y LUIS GIL", "ANA RUIZ Y LUIS GIL"),
    ("PAR JEAN ROUX ET MARIE DUPONT", "JEAN ROUX ET MARIE DUPONT"),
])
def test_names_in_capitals_joined_by_and_in_capitals(text, names):
    assert byline_parts(text) == (names, None, None)


def test_names_joined_by_an_ampersand():
    assert names_joined("Joshua Patel & Ellie Rowe") and not names_joined("Smith & Wesson")


@pytest.mark.parametrize("text, name", [
    ("Redactado por: Bryan Ajanel", "Bryan Ajanel"),
    ("Informe: Lucía Ferreira / Edición: Pablo Suárez", "Lucía Ferreira"),
    ("Por Ana Ruiz | Video: Luis Gil", "Ana Ruiz"),
    ("Redatto da Marco Ferri", "Marco Ferri"),
])
def test_written_by_in_the_other_languages_and_who_edited_or_filmed_it(text, name):
    assert byline_parts(text) == (name, None, None)


@pytest.mark.parametrize("text, name", [("Il servizio di Antonella Greco", "Antonella Greco"),
                                        ("Un servizio di Marco Ferri", "Marco Ferri")])
def test_a_broadcasters_report_by_with_its_article(text, name):
    assert byline_parts(text) == (name, None, None)


@pytest.mark.parametrize("text", ["By 3 people in the room", "By 2024 standards", "By 10 votes to 4"])
def test_a_figure_after_by_is_no_newsroom(text):
    assert byline_parts(text) is None


@pytest.mark.parametrize("text, place", [("LUGO", True), ("LIMA", True), ("WVLR", False), ("KOMO", False), ("CNN", False),
                                         ("ANSA", False)])
def test_a_short_place_in_capitals_after_a_name_is_told_from_a_stations_letters(text, place):
    assert place_after_name(text) is place


@pytest.mark.parametrize("text, place", [("Santa Ilíria (RS)", True), ("Monteverde (BA)", True), ("Valley News (AP)", False),
                                         ("(SP)", False), ("Santa Ilíria (Rio Grande do Sul)", False)])
def test_a_town_with_its_states_letters_in_brackets_is_a_place(text, place):
    assert place_after_name(text) is place


@pytest.mark.parametrize("line, name", [
    ("Par S.G.", "S.G."),  # initials alone, their stops kept
    ("Di M. R.", "M. R."),
    ("Par La Rédaction - Publié le Lundi 7 Juillet 2025 à 11:42 | Lu 2314 fois", "La Rédaction"),  # the dash before the stamp
    ("Autorin: Lena Bergfeld", "Lena Bergfeld"),  # the label in the feminine
    ("Eine Rezension von Samira Oltmanns", "Samira Oltmanns"),  # a review "by"
    ("Une critique de Jeanne Roux", "Jeanne Roux"),
])
def test_more_bylines_initials_labels_and_a_dash_before_the_stamp(line, name):
    assert byline_parts(line)[0] == name


@pytest.mark.parametrize("text, parts", [
    ("By ROSA M. VILLARREAL Associated Press", ("ROSA M. VILLARREAL", "The Associated Press", None)),
    ("Por Rosa M. Villarreal Associated Press", ("Rosa M. Villarreal", "The Associated Press", None)),
    ("By Jane M. Roe The Valley Courier", ("Jane M. Roe", "The Valley Courier", None)),
])
def test_a_name_with_its_initial_then_the_wire_or_the_paper(text, parts):
    assert byline_parts(text) == parts


@pytest.mark.parametrize("line, name", [("Escribe: Carla Rivero Suárez", "Carla Rivero Suárez"),
                                        ("Scrive: Marco Rossi", "Marco Rossi"), ("Escreve: Rui Dias", "Rui Dias")])
def test_writes_as_a_columns_label_before_the_writer(line, name):
    assert byline_parts(line)[0] == name


def test_a_sentence_opening_with_writes_is_no_byline():
    assert byline_parts("Escribe el alcalde sobre la plaza: una reflexión") is None


@pytest.mark.parametrize("line, name", [("Interview: Sabine Rohrmoser", "Sabine Rohrmoser"),
                                        ("Recensione di Tommaso Arrighi", "Tommaso Arrighi"),
                                        ("Critique de Jeanne Roux", "Jeanne Roux"), ("Review by Jane Roe", "Jane Roe")])
def test_who_led_an_interview_or_wrote_a_review_under_its_label(line, name):
    assert byline_parts(line)[0] == name


def test_an_interviews_title_after_its_label_is_no_byline():
    assert byline_parts("Interview: Angela Merkel zur Lage der Nation") is None


@pytest.mark.parametrize("text, newsroom", [("Posted on March 5, 2024 by Newsroom", "Newsroom"),
                                            ("5. März 2024 von Redaktion", "Redaktion"),
                                            ("12. Januar 2023 · Redaktion", "Redaktion")])
def test_the_newsrooms_word_after_the_date_and_by_signs_the_story(text, newsroom):
    assert date_then_byline(text, find_date(text)) == (newsroom, None)


@pytest.mark.parametrize("text, wire", [("Veröffentlicht am 18. Oktober 2023 von KNA", "KNA"),
                                        ("Posted on March 5, 2024 by AP", "The Associated Press")])
def test_a_wires_name_after_the_date_and_by_signs_the_story_and_is_the_publisher(text, wire):
    assert date_then_byline(text, find_date(text)) == (text.rpartition(" ")[2], wire)


@pytest.mark.parametrize("text", ["La rédaction avec AFP", "la redacción con EFE", "Redazione web con ANSA"])
def test_the_newsroom_led_by_its_article_or_not_with_the_wire(text):
    assert name_with_wire(text) == (text, text.rpartition(" ")[2])


@pytest.mark.parametrize("line", ["Jornalista: Marta Pinheiro", "Periodista: Marta Pinheiro", "Giornalista: Marta Pinheiro",
                                  "Journaliste : Marta Pinheiro", "Testo: Marta Pinheiro"])
def test_the_journalists_label_before_the_writer(line):
    assert byline_parts(line)[0] == "Marta Pinheiro"


def test_a_sentence_about_a_journalist_is_no_byline():
    assert byline_parts("Jornalista Marta Pinheiro ganha prémio de reportagem") is None


@pytest.mark.parametrize("text, name", [("Jane Roe", True), ("Kanton Luzern", False), ("Landkreis Cham", False),
                                        ("Provincia di Cuneo", False), ("São Paulo", False)])
def test_a_canton_a_district_or_a_province_is_no_persons_name(text, name):
    assert is_bare_name(text) is name


@pytest.mark.parametrize("text", ["Columbus Bureau Chief", "Ratsblick-Redaktion", "Washington Correspondent"])
def test_a_job_at_a_desk_or_a_newsrooms_name_is_no_place_after_a_name(text):
    assert not place_after_name(text)


@pytest.mark.parametrize("text", ["Von Sabine Kreller | Mi, 12.06.2024 | 18:30 Uhr", "Por Ana Ruiz | Mié., 12/06/2024"])
def test_the_days_name_cut_short_after_a_bar_before_the_date_is_no_part_of_the_name(text):
    assert byline_parts(text)[0] == text.split(" | ")[0].split(" ", 1)[1]


@pytest.mark.parametrize("text, place", [
    ("Campo Grande - MS", True),  # a Brazilian state's letters after a dash
    ("Hohwiller-les-Vignes (Bas-Rhin)", True),  # a French department in brackets
    ("Campo Grande - XY", False),  # (no state's)
])
def test_a_town_with_its_state_or_department_is_a_place(text, place):
    assert place_after_name(text) is place


@pytest.mark.parametrize("text, compound", [
    ("Les Verrières-du-Haut", True), ("La Roche-sur-Yon", True), ("Les Sables-d'Olonne", True),
    ("Le Courrier", False), ("Le Républicain Lorrain", False),
])
def test_a_french_place_is_its_article_and_a_compound(text, compound):
    assert is_compound_place(text) is compound


def test_the_critic_who_signs_a_review_is_its_byline():
    assert byline_parts("Reviewed by Orla Tiernan")[0] == "Orla Tiernan"


def test_a_health_pages_medical_reviewer_is_no_byline():
    assert byline_parts("Medically reviewed by Dr. Jane Roe") is None


@pytest.mark.parametrize("text", ["L’éditorial de Jean Corbin", "Il commento di Jean Corbin", "Una columna de Jean Corbin",
                                  "Diretta a cura di Jean Corbin", "La chronique de Jean Corbin"])
def test_the_kind_of_opinion_piece_and_by_in_the_other_languages(text):
    assert byline_parts(text) == ("Jean Corbin", None, None)


@pytest.mark.parametrize("text, name", [("By Martin HollisSaturday 14 September 2024 17:52 BST", "Martin Hollis"),
                                        ("Von Jana KrögerSamstag, 14. September 2024", "Jana Kröger"),
                                        ("Por Ana RuizSegunda-feira, 14 de outubro de 2024", "Ana Ruiz")])
def test_the_day_of_the_week_glued_to_the_writers_name(text, name):
    assert byline_parts(text)[0] == name

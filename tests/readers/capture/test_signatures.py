"""The lines that sign a story under its headline, read one at a time (synthetic lines)."""

import pytest

from convert.readers.capture.draft import ArticleDraft
from convert.readers.capture.signatures import (describes_job, is_job, name_with_job, signed_stamp, take_bare_byline, take_desk,
                                                take_name_over_desk,
                                                take_names_joined_apart,
                                                take_split_byline)
from convert.readers.capture.text import Line
from tests.readers.capture.test_generic import STORY, article_of


def lines(*texts):
    return [Line(number, text, text) for number, text in enumerate(texts, start=1)]


def test_a_desk_and_its_stamp():
    assert signed_stamp("Valley Desk / Updated: May 3, 2024, 10:15 IST") == (
        "Valley Desk", None, "Updated: May 3, 2024, 10:15 IST")
    assert signed_stamp("Valley Desk / The council met on May 3, 2024") is None


def test_a_byline_block_on_one_line_with_its_publication_and_two_stamps():
    assert signed_stamp("Jane Roe · Valley News · Posted: Mar 03, 2024 10:15 AM EST | Last Updated: March 3") == (
        "Jane Roe", "Valley News", "Posted: Mar 03, 2024 10:15 AM EST | Last Updated: March 3")
    assert signed_stamp("Jane Roe · Valley News · The council met on May 3, 2024") is None


def test_a_byline_over_two_lines():
    article = ArticleDraft()
    assert take_split_byline(lines("By", "Jane Roe"), 0, article)
    assert (article.byline, list(article.field_lines["byline"])) == ("Jane Roe", [1, 2])


@pytest.mark.parametrize("text, near, byline", [
    ("Jane Roe", True, "Jane Roe"), ("Jane Roe", False, None), ("Science", True, None), ("AP", True, "AP"),
    ("Jane Roe - March 3, 2024", True, "Jane Roe"), ("Redacción", True, "Redacción"), ("Redazione", True, "Redazione"),
    ("Staff", True, "Staff"), ("Redaktion", False, None), ("Politik", True, None),
    ("Our Staff Reporter", True, "Our Staff Reporter"), ("Jane Roe Senior Reporter", True, "Jane Roe"),
])
def test_a_bare_name_near_the_headline(text, near, byline):
    headline, unit = lines("Council approves pool plan", text)
    article = ArticleDraft()
    take_bare_byline(unit, headline, article, near=near)
    assert article.byline == byline


@pytest.mark.parametrize("text", ["Domingos Kapenda | Edição Online", "Domingos Kapenda, Digital Edition"])
def test_the_papers_edition_after_the_name_is_no_publication(text):
    headline, unit = lines("Council approves pool plan", text)
    article = ArticleDraft()
    assert take_bare_byline(unit, headline, article, near=True)
    assert (article.byline, article.publisher) == ("Domingos Kapenda", None)


@pytest.mark.parametrize("text, publisher", [
    ("Jane Roe, Senior News Reporter", None), ("Jane Roe, News Editor", None), ("Jane Roe, Breaking News Reporter", None),
    ("Jane Roe, The Valley Courier", "The Valley Courier"), ("Jane Roe, Valley News", "Valley News"),
])
def test_a_job_that_names_the_news_desk_after_the_name_is_no_publication(text, publisher):
    headline, unit = lines("Council approves pool plan", text)
    article = ArticleDraft()
    assert take_bare_byline(unit, headline, article, near=True)
    assert article.publisher == publisher and article.byline.startswith("Jane Roe")


def test_a_name_over_the_newsrooms_line_and_a_desk_under_the_byline():
    header = lines("Council approves pool plan", "3 March 2024", "Jane Roe", "Valley News, Riverton")
    article = ArticleDraft()
    assert take_name_over_desk(header, header[0], article) == {3, 4}
    assert (article.byline, article.publisher) == ("Jane Roe", "Valley News")
    article = ArticleDraft()
    article.fill("byline", "Jane Roe", 2)
    assert not take_desk(Line(3, "India News", "India News"), article)
    assert take_desk(Line(3, "VCN News", "VCN News"), article) and article.publisher == "VCN News"


def test_a_name_over_its_newspapers_name_over_the_date_line():
    header = lines("Council approves pool plan", "Jane Roe", "The Valley Courier", "Published 10:15 a.m. ET March 4, 2024")
    article = ArticleDraft()
    assert take_name_over_desk(header, header[0], article, dated={4}) == {2, 3}
    assert (article.byline, article.publisher) == ("Jane Roe", "The Valley Courier")
    assert take_name_over_desk(header, header[0], ArticleDraft()) == set()  # (no date line under it: two names)


@pytest.mark.parametrize("text, name, publisher", [
    ("India News | Press Trust of India | Updated: March 04, 2024 10:15 pm IST", None, "Press Trust of India"),
    ("TOI News Desk / TIMESOFINDIA.COM / Updated: Mar 4, 2024, 10:15 IST", "TOI News Desk", "TIMESOFINDIA.COM"),
])
def test_a_section_before_the_publication_is_no_byline_a_desk_is(text, name, publisher):
    assert signed_stamp(text)[:2] == (name, publisher)


def test_two_names_with_and_alone_on_the_line_between():
    article = ArticleDraft()
    assert take_names_joined_apart(lines("Jane Roe", "and", "John Doe"), 0, article) == 3
    assert (article.byline, list(article.field_lines["byline"])) == ("Jane Roe and John Doe", [1, 2, 3])
    assert take_names_joined_apart(lines("Jane Roe", "and", "The Valley Courier"), 0, ArticleDraft()) == 0
    assert take_names_joined_apart(lines("Jane Roe", "or", "John Doe"), 0, ArticleDraft()) == 0


def test_two_names_over_a_wires_name_over_the_date_line():
    header = lines("Council approves pool plan", "Jane Roe and John Doe", "Bloomberg", "Tue, Mar 19, 2024, 1:31 AM")
    article = ArticleDraft()
    assert take_name_over_desk(header, header[0], article, dated={4}) == {2, 3}
    assert (article.byline, article.publisher) == ("Jane Roe and John Doe", "Bloomberg")


def test_a_name_over_the_newsroom_it_came_from_and_where():
    header = lines("Entenda o que muda nas regras de devolução", "Ana Souza", "Do Portal Vale, em Brasília")
    article = ArticleDraft()
    assert take_name_over_desk(header, header[0], article) == {2, 3}
    assert (article.byline, article.publisher, article.dateline) == ("Ana Souza", "Portal Vale", "Brasília")


@pytest.mark.parametrize("text", [
    "Investigador no Instituto de Biologia Molecular do Porto e professor auxiliar na Faculdade de Ciências",
    "Économiste, directrice de recherche à l’Institut d’études sociales de Nantes",
    "Professor of History at Riverton University", "Repórter da Agência Cora", "Science correspondent",
])
def test_a_writers_job_and_where_it_is_held(text):
    assert describes_job(text)


@pytest.mark.parametrize("text", ["Professor wins prize", "Council Backs Pool", "Director Quits"])
def test_a_title_that_opens_with_a_job_holds_no_job(text):
    assert not describes_job(text)


@pytest.mark.parametrize("text, name", [
    ("Luana Frizzo - Repórter da Agência Cora", "Luana Frizzo"),
    ("Hélène Vasseur (Économiste, directrice de recherche à l’Institut d’études sociales)", "Hélène Vasseur"),
    ("Jane Roe - Science correspondent", "Jane Roe"), ("Jane Roe | Reporter", None),
    ("Council Backs Pool - Professor Says", None), ("Jane Roe (left)", None),
])
def test_a_name_then_the_writers_job_after_a_dash_or_in_parentheses(text, name):
    assert name_with_job(text) == name


@pytest.mark.parametrize("text, parts", [
    ("Nadia Roe · PBC Arts · Posted: Jan 30, 2025 4:00 AM EST | Last Updated: January 30",
     ("Nadia Roe", None, "Posted: Jan 30, 2025 4:00 AM EST | Last Updated: January 30")),
    ("Marie-Ève Roy, Daniel Roe and Priya Lund · LBN News · Posted: Mar 13, 2025 4:00 AM ET",
     ("Marie-Ève Roy, Daniel Roe and Priya Lund", "LBN News", "Posted: Mar 13, 2025 4:00 AM ET")),
])
def test_a_byline_block_on_one_line_with_a_desk_or_several_names(text, parts):
    assert signed_stamp(text) == parts


def test_a_former_office_in_a_caption_is_no_writers_job():
    assert not describes_job("Former mayor Evelyn Stroud at the opening of the library annex in 1998.")
    assert describes_job("Former editor of the Valley Courier")


@pytest.mark.parametrize("label, name", [("Written by", "Caleb Arnaud"), ("Reporter:", "Siobhán Ní Dhuibhir"),
                                         ("Article rédigé par", "Sophie Lambert"), ("Escrito por", "Ana Ruiz"),
                                         ("Article by", "Barry Alleyne"), ("Autor:", "Hans Müller")])
def test_a_bylines_label_on_its_own_line_over_the_name(label, name):
    article = ArticleDraft()
    assert take_split_byline(lines(label, name), 0, article)
    assert article.byline == name


@pytest.mark.parametrize("label, follower", [("Written by", "the council's planning staff and two outside advisers"),
                                             ("Reporter:", "Council to decide on the pool plan"), ("Topics:", "Jane Roe")])
def test_a_label_over_anything_but_a_name_alone_is_no_byline(label, follower):
    assert not take_split_byline(lines(label, follower), 0, ArticleDraft())


@pytest.mark.parametrize("text", ["Maire de Bellegarde-sur-Lure et présidente de l'Association des petites communes",
                                  "Senatore del Partito democratico", "Member of the council and Mayor of Riverton"])
def test_an_elected_office_where_it_is_held_describes_a_columns_writer(text):
    assert describes_job(text)


def test_a_job_then_the_newsroom_after_a_comma_describes_the_writer():
    assert describes_job("Weather reporter, Channel West News")
    assert not describes_job("Weather warning, Channel West News")


def test_a_name_and_a_date_alone_after_a_slash_is_a_byline_block():
    assert signed_stamp("Jane Roe / Mar 5, 2024, 04:12 IST") == ("Jane Roe", None, "Mar 5, 2024, 04:12 IST")
    assert signed_stamp("Jane Roe / Our plans for the town") is None


@pytest.mark.parametrize("text", ["Wirtschaftsredakteur", "Lokalreporterin", "Auslandskorrespondent"])
def test_a_german_job_in_one_compound_word(text):
    assert is_job(text)


@pytest.mark.parametrize("job", ["Videojournalist", "Interior Videojournalist", "Datenjournalistin", "Direttore",
                                 "Caporedattore", "Senior Fact-Checker", "Faktencheckerin", "Vérificatrice"])
def test_a_compound_journalist_and_who_runs_the_newsroom_are_jobs(job):
    assert is_job(job)


def test_a_date_alone_before_the_update_in_a_byline_block_is_the_stories_stamp():
    assert signed_stamp("Tanja Reuß | 23.03.2025, 22:10 Uhr | Aktualisiert: 24.03.2025, 08:15 Uhr") == (
        "Tanja Reuß", None, "23.03.2025, 22:10 Uhr | Aktualisiert: 24.03.2025, 08:15 Uhr")
    assert signed_stamp("Jane Roe · PBC Arts · Posted: Mar 03, 2024 10:15 AM EST") == (
        "Jane Roe", None, "Posted: Mar 03, 2024 10:15 AM EST")


@pytest.mark.parametrize("job", ["Redattore", "Redattrice", "Inviata", "Redatora"])
def test_the_newsrooms_jobs_in_italian_and_portuguese(job):
    assert is_job(job)


@pytest.mark.parametrize("job", ["Initiative de journalisme local", "Local Journalism Initiative Reporter"])
def test_canadas_local_journalism_programme_is_a_job(job):
    assert is_job(job)


@pytest.mark.parametrize("text, name", [("Francesca Lo Iacono - Giornalista economica", "Francesca Lo Iacono"),
                                        ("Andrés Pinto - Periodista deportivo", "Andrés Pinto")])
def test_a_name_then_the_job_and_its_field_in_small_letters(text, name):
    assert name_with_job(text) == name


def test_a_name_then_a_title_in_capitals_is_no_job():
    assert name_with_job("Jane Roe - Council Backs Pool") is None


@pytest.mark.parametrize("text, parts", [
    ("Jeanne Roux, publié le 27 novembre 2023 à 11 h 00", ("Jeanne Roux", None, "publié le 27 novembre 2023 à 11 h 00")),
    ("Jane Roe, published March 3, 2024", ("Jane Roe", None, "published March 3, 2024")),
    ("Jane Roe, John Doe, updated March 3, 2024", ("Jane Roe, John Doe", None, "updated March 3, 2024")),
])
def test_a_name_then_its_stamp_after_a_comma(text, parts):
    assert signed_stamp(text) == parts


@pytest.mark.parametrize("text", ["Jane Roe, published author of three novels", "Jane Roe, March 3, 2024"])
def test_a_name_then_a_comma_without_a_dated_stamp_is_no_byline_block(text):
    assert signed_stamp(text) is None


def test_a_byline_and_its_stamp_after_a_comma_under_the_headline():
    page = ("Rive Gauche Hebdo\nActualités\nÉconomie\nSport\nLa boulangerie du port sacrée meilleure baguette du canton\n"
            "3 commentaires\nJeanne Roux, publié le 27 novembre 2023 à 11 h 00\n\n"
            "Il a fallu six ans pour que le boulanger du port décroche enfin le titre, au terme d'un concours très disputé.\n")
    _, article = article_of(page)
    assert (article["headline"], article["byline"], article["published"]) == (
        "La boulangerie du port sacrée meilleure baguette du canton", "Jeanne Roux", "2023-11-27")


@pytest.mark.parametrize("text, parts", [("Lusa | 22.06.2024 às 17:05", ("Lusa", "Lusa", "22.06.2024 às 17:05")),
                                         ("Economia | 22.06.2024", None)])
def test_a_known_wire_then_the_date_alone_is_a_byline_block(text, parts):
    assert signed_stamp(text) == parts


@pytest.mark.parametrize("text, newsroom", [("Redacción", True), ("La rédaction", True), ("La Redazione", True),
                                           ("Die Redaktion", True), ("La ville", False), ("Rédaction en chef", False)])
def test_the_newsrooms_word_led_by_its_article(text, newsroom):
    from convert.readers.capture.signatures import is_newsroom_word
    assert is_newsroom_word(text) is newsroom


def test_the_newsroom_led_by_its_article_under_the_headline_signs_the_story():
    _, article = article_of(f"Val-de-Lèze Métropole\nMobilité\nTramway : les travaux de la rue Carnot débutent lundi\n"
                            f"La rédaction\nPublié le 2 octobre 2023\n\n{STORY}\n")
    assert article["byline"] == "La rédaction"


@pytest.mark.parametrize("line, wire, publisher", [("Avec AFP", "AFP", "AFP"), ("Con EFE", "EFE", "EFE"),
                                                   ("Com Lusa", "Lusa", "Lusa")])
def test_a_wire_after_with_alone_under_the_headline_signs_the_story(line, wire, publisher):
    _, article = article_of(f"Le Petit Matin\nPolitique\nÉconomie\n\nCacao : le prix garanti aux producteurs relevé\n"
                            f"Publié le mardi 8 octobre 2024 | 09:15\n{line}\n\n{STORY}\n")
    assert (article["byline"], article["publisher"]) == (wire, publisher)


def test_with_and_no_wire_is_no_wires_signature():
    _, article = article_of(f"Le Petit Matin\nPolitique\nÉconomie\n\nCacao : le prix garanti aux producteurs relevé\n"
                            f"Publié le mardi 8 octobre 2024 | 09:15\nAvec Jeanne Roux\n\n{STORY}\n")
    assert article["publisher"] != "Jeanne Roux"


@pytest.mark.parametrize("job", ["Initiative de journalisme local", "Local Journalism Initiative"])
def test_a_name_and_the_programme_that_pays_the_writer_under_the_headline(job):
    _, article = article_of(f"L'Écho du Lac\nActualités\nMunicipal\nSports\n\nLa caserne sera agrandie au coût de 2,4 M$\n"
                            f"Marie-Ève Gagnon, {job}\n9 avril 2024 à 14 h 20\n\n{STORY}\n")
    assert article["byline"] == "Marie-Ève Gagnon"

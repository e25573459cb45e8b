"""Lines of facts among a story's paragraphs (synthetic lines and pages)."""

import pytest

import convert
from convert.readers.capture.factboxes import among_facts, is_fact_line, is_labelled_fact, is_line_up, is_scorers_line

STORY = ("The district council met on Thursday evening to discuss the plan for the new swimming pool on the "
         "common, and most councillors spoke in favour of it.")
SECOND = "Councillors said they would decide in June, after a second round of public meetings in the town hall."
LINE_UP = "RIVERTON (4-4-2): Hale; Moss, Dunn, Price (60' Lowe), Ward; Stone, Reed, Knight, Fox; Lane, Gray."


@pytest.mark.parametrize("text", [
    "Drame | 1h48 | De Jeanne Roux | Avec Inès Kaddour, Paul Ferrand | France | En salles le 12 février",
    "Stanze di lavoro, 1955-1994 | Torino, Palazzo Vellani | fino al 4 maggio 2025 | a cura di Elena Bosio",
])
def test_short_facts_between_bars(text):
    assert is_fact_line(text)


@pytest.mark.parametrize("text", [
    "Home | News", "The council met on Monday | and voted | to build the pool | as planned by the mayor last year.",
    "A long first part of a line that runs on well past eight words | two | three | four",
])
def test_other_lines_with_bars_are_no_facts(text):
    assert not is_fact_line(text)


@pytest.mark.parametrize("text", [
    LINE_UP, "ULZAMA BERRI: Arrizabalaga; Mendía, Oteiza, Larrañeta, Berasain; Arraiza, Iriarte, Sola (Goñi, 60'); "
             "Echeverría, Villanueva y Elcano.",
])
def test_a_sides_line_up(text):
    assert is_line_up(text)


@pytest.mark.parametrize("text", [
    "NEW DELHI: The council met on Monday; it voted on the pool; members of the public, who had waited, left.",
    "Ingredients: flour; sugar; two eggs, butter, milk, salt, lemon and vanilla",
])
def test_a_dateline_or_a_list_in_words_is_no_line_up(text):
    assert not is_line_up(text)


def test_a_labelled_fact_counts_only_beside_a_line_up():
    texts = ["REFEREE: Jane Roe.", LINE_UP, "GOALS: 12' Hale, 55' Gray.", "ATTENDANCE: 620.", STORY]
    assert [among_facts(texts, i) for i in range(len(texts))] == [True, True, True, True, False]
    assert is_labelled_fact("NEW DELHI: The council met on Monday.") and not among_facts(["NEW DELHI: The council met."], 0)


def test_line_ups_above_the_report_are_a_list_not_its_first_paragraph_nor_its_dateline():
    page = (f"Riverton 3-1 Almara: Gray scores twice as Riverton climb\nBy Jane Roe\nMarch 3, 2024\n{LINE_UP}\n"
            f"ALMARA (4-3-3): Cole; Hart, Shaw, Bell, Rowe; Page, Hunt, Webb; Ford, Wood, King.\nREFEREE: John Doe.\n"
            f"{STORY}\n{SECOND}\n")
    article = convert.parse_text(page, "page.txt")["articles"][0]
    assert article["blocks"][0]["type"] == "list" and len(article["blocks"][0]["items"]) == 3
    assert next(b["text"] for b in article["blocks"] if b["type"] == "paragraph") == STORY
    assert article["dateline"] is None


def test_a_reviews_details_over_the_first_paragraph_are_a_list():
    page = (f"A winter in the Jura, filmed with rare grace\nBy Laure Masson\nMarch 3, 2024\n"
            f"Drame | 1h48 | De Jeanne Roux | Avec Inès Kaddour | France | En salles le 12 février\n{STORY}\n{SECOND}\n")
    article = convert.parse_text(page, "page.txt")["articles"][0]
    assert [b["type"] for b in article["blocks"]] == ["list", "paragraph", "paragraph"]


@pytest.mark.parametrize("text", ["Árbitro: Hugo Castaño Pérez (Comité extremeño).", "Estadio: Estadi de la Marina, 3.120 espectadores.",
                                  "ARBITRO: Lanfranchi di Vercelli."])
def test_a_fact_under_a_short_capitalised_label(text):
    assert is_labelled_fact(text)


@pytest.mark.parametrize("text, scorers", [
    ("Golos: Tiago Brandão (31'), Rúben Gaspar (77' g.p.)", True), ("Tore: 1:0 Kowalczyk (23.), 2:1 Yilmaz (81.)", True),
    ("Liga 2: Alto Minho vence Beira-Serra e sobe ao segundo lugar", False),
    ("Budget: council approves plan (2024)", False),
])
def test_a_matchs_scorers_each_at_their_minute(text, scorers):
    assert is_scorers_line(text) is scorers

"""The language guess: function words of the text's first few thousand characters."""

from convert.readers.capture.language import SAMPLE_SIZE, guess_language

GERMAN = "Der Rat hat am Donnerstag über den Plan für das neue Bad gesprochen, und die meisten waren dafür. "
ENGLISH = "The council met on Thursday to discuss the plan for the new pool, and most of them spoke in favour of it. "
FRENCH = "Le conseil a discuté jeudi du projet de la nouvelle piscine, et la plupart des élus étaient pour. "


def test_a_story_in_each_language():
    assert guess_language(GERMAN * 20) == "de"
    assert guess_language(ENGLISH * 20) == "en"
    assert guess_language(FRENCH * 20) == "fr"


def test_too_little_text_is_undetermined():
    assert guess_language("Rot Weiß Cava") == "und"


def test_a_menu_of_names_first_is_read_past():
    menu = "Hamburg Bremen Kiel Rostock Lübeck Hannover Kassel Erfurt Jena Gera Halle Magdeburg " * 12
    assert len(menu) > 1000  # longer than one part of the reading
    assert guess_language(menu + GERMAN * 10) == "de"


def test_a_clear_lead_early_gives_the_same_answer_as_reading_on():
    # English throughout, with French further in: the first part already tells.
    text = ENGLISH * 15 + FRENCH * 20
    assert len(ENGLISH * 15) < SAMPLE_SIZE
    assert guess_language(text) == "en"

"""Inline markup made plain: separate words stay separate, one word stays one."""

from lxml import etree

from convert.readers.jats.inline import make_plain
from convert.readers.markup import text_of

MML = "http://www.w3.org/1998/Math/MathML"


def plain(xml: str) -> str:
    root = etree.fromstring(f'<p xmlns:mml="{MML}">{xml}</p>')
    make_plain(root)
    return text_of(root) or ""


def test_a_styled_name_glued_to_the_next_word_is_two_words():
    assert plain("<italic>Algoriphagus machipongonensis</italic>PR1 and <italic>Cp</italic>MDH") == \
        "Algoriphagus machipongonensis PR1 and Cp MDH"


def test_a_prefix_before_styling_and_chemistry_stay_one_word():
    assert plain("ir<italic>LOX2</italic> plants, H<sub>2</sub>O, <italic>E</italic>. coli") == \
        "irLOX2 plants, H2O, E. coli"


def test_a_styled_word_ending_a_sentence_keeps_its_punctuation():
    assert plain("in <italic>vivo</italic>. Then") == "in vivo. Then"


def test_formula_symbols_are_separate_words():
    math = "<mml:math><mml:msub><mml:mi>r</mml:mi><mml:mn>0</mml:mn></mml:msub><mml:mo>=</mml:mo><mml:mn>2</mml:mn></mml:math>"
    assert plain(f"radius {math} here") == "radius r 0 = 2 here"


def test_a_line_break_separates_words():
    assert plain("line<break/>next") == "line next"

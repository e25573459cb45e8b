import codecs
import re

import pytest

import convert
from convert.readers.capture.language import words
from convert.readers.capture.text import control_characters, decode, normalise, split_lines

TEXT = "Le café « Chez René » ouvre à 7 h — même le dimanche, a déclaré la propriétaire à la presse locale.\n"


@pytest.mark.parametrize("data, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
    (TEXT.encode("utf-16-le"), "utf-16-le"),
    (TEXT.encode("utf-16-be"), "utf-16-be"),
    (TEXT.replace("«", "“").replace("»", "”").encode("cp1252"), "cp1252"),
])
def test_encodings_are_detected_and_recorded(data, encoding):
    decoded = decode(data)
    assert decoded.encoding == encoding
    assert "café" in decoded.text and "René" in decoded.text
    assert decoded.notes == []


def test_latin1_bytes_that_cp1252_cannot_read():
    data = "Prix: 5 \x81 pièces, très bon marché pour un café.\n".encode("latin-1")
    assert decode(data).encoding == "latin-1"


def test_cyrillic_code_page():
    text = "Москва — столица России. Это большой город с богатой историей и культурой, где живут миллионы людей.\n"
    decoded = decode(text.encode("cp1251"))
    assert decoded.encoding == "cp1251" and decoded.text == text


def detector_calls(monkeypatch):
    import charset_normalizer

    calls = []
    real = charset_normalizer.from_bytes
    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda data, **kw: calls.append(data) or real(data, **kw))
    return calls


def test_western_text_in_a_code_page_is_not_sent_to_the_detector(monkeypatch):
    calls = detector_calls(monkeypatch)
    text = ("Der Bürgermeister sagte am Montag, der Haushalt für das nächste Jahr sei „äußerst knapp“.\n"
            "Le maire a déclaré lundi que le budget de l’année prochaine était « très serré ».\n") * 20
    decoded = decode(text.encode("cp1252"))
    assert decoded.encoding == "cp1252" and decoded.text == text
    assert calls == []


def test_a_cyrillic_story_under_english_menus_is_still_detected(monkeypatch):
    calls = detector_calls(monkeypatch)
    text = ("Home | News | Sport | Weather | Contact us | Subscribe | Sign in\n"
            "Городской совет в понедельник обсудил бюджет на следующий год, сообщил мэр города.\n") * 5
    decoded = decode(text.encode("cp1251"))
    assert decoded.encoding == "cp1251" and decoded.text == text
    assert len(calls) == 1


def test_undecodable_bytes_are_replaced_with_a_warning_naming_the_line():
    data = ("Première ligne en UTF-8 très correcte et assez longue pour être lue.\n" * 3).encode("utf-8")
    data += b"Une ligne ab\xffm\xe9e avec des octets cass\xc3\xa9s, mais lisible pour le reste du texte.\n"
    document = convert.parse_bytes(data, "damaged.txt")
    warning = next(w for w in document["warnings"] if w["code"] == "undecodable-bytes")
    assert warning["line"] == 4
    assert document["capture"]["source"]["encoding"] == "utf-8"


# Lines as split_lines must cut and normalise them, whatever the mix of line breaks and odd characters.
LINES_TEXTS = [
    "Plain line\nAnother  line  with   runs of spaces \n\n  Indented\n",
    "Header  |  \r\nBody line\rLast line without a break",
    "Only one line has a no-break\u00a0space\nand  this  one  has  runs\n",
    "A line with a bell\x07 and a tab\tinside\n\nA soft\u00adhyphen and a zero\u200bwidth space\n",
    "\ufeffByte order mark at the start\r\n\r\n\u2028 line separator stays in the text \u2029\n",
    "",
    "\n\n\n",
]


@pytest.mark.parametrize("text", LINES_TEXTS)
def test_split_lines_normalises_each_line(text):
    raw_lines = re.split(r"\r\n|\r|\n", text)
    if raw_lines[-1] == "":
        raw_lines.pop()
    lines = split_lines(text)
    assert [(line.number, line.raw, line.text) for line in lines] == [
        (number, raw, normalise(raw)) for number, raw in enumerate(raw_lines, 1)]


def test_control_characters_are_noted_on_their_own_lines_only():
    lines = split_lines("Clean first line\nA bell\x07 rings here\n  Spaces around, no controls  \nA form\x0cfeed\n")
    assert [line for _, _, line in control_characters(lines)] == [2, 4]


@pytest.mark.parametrize("text, repaired", [
    ("Le cafÃ© ouvre, a dÃ©clarÃ© la propriÃ©taire.\n", "Le café ouvre, a déclaré la propriétaire."),
    ("He said itâ€™s fine.\n", "He said it’s fine."),
])
def test_mojibake_in_utf8_input_is_repaired(text, repaired):
    decoded = decode(text.encode("utf-8"))
    assert decoded.text.strip() == repaired
    assert [code for code, _, _ in decoded.notes] == ["mojibake-repaired"]


def test_text_that_only_looks_odd_is_left_alone():
    text = "São Paulo, Ãgua and Ô “quoted” — all real text.\n"
    decoded = decode(text.encode("utf-8"))
    assert decoded.text == text and decoded.notes == []


@pytest.mark.parametrize("text", [
    "The council said it would decide in June.",
    "Ünter den Linden, ÉTÉ 2024 — «Straße» ist für alle da!",
    "İstanbul'da İNSANLAR: ΟΔΟΣ ΑΣ'Β, ǅemal and the Kelvin sign \u212a.",
    "snake_case words2digits ① ½ ² x\u0307y \u2028 line\u2029separators\x85",
    "".join(chr(code) for code in range(0x2000, 0x2100)) + " many distinct symbols and the of and",
])
def test_words_are_the_lower_cased_runs_of_letters(text):
    assert words(text) == [token.lower() for token in re.findall(r"[^\W\d_]+", text)]

import codecs

import pytest

import convert
from convert.readers.text import decode

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


def test_undecodable_bytes_are_replaced_with_a_warning_naming_the_line():
    data = ("Première ligne en UTF-8 très correcte et assez longue pour être lue.\n" * 3).encode("utf-8")
    data += b"Une ligne ab\xffm\xe9e avec des octets cass\xc3\xa9s, mais lisible pour le reste du texte.\n"
    document = convert.parse_bytes(data, "damaged.txt")
    warning = next(w for w in document["warnings"] if w["code"] == "undecodable-bytes")
    assert warning["line"] == 4
    assert document["capture"]["source"]["encoding"] == "utf-8"

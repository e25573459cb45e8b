"""Encodings read right, undecodable bytes and mojibake repaired or reported with the line they are on."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st


from tests.fuzz import strategies as S  # noqa: E402
from tests.fuzz.profiles import examples  # noqa: E402

import convert  # noqa: E402
from convert.readers.capture.text import decode, repair_mojibake, split_lines  # noqa: E402

# A synthetic article whose every character exists in cp1252 and Latin-1 except the curly quotes and
# dash, which exist in cp1252 only (LATIN1 swaps them for straight ones).
ARTICLE = ("Le café du port rouvre ses portes\n"
           "By Zoë Lefèvre\n"
           "PORT-LOUIS — Le café « Chez René » rouvre à 7 h, même le dimanche, a déclaré la propriétaire.\n"
           "“Nous avons tout refait, de la cave au grenier”, dit-elle. Les habitués étaient ravis.\n"
           "Le menu reste le même : crêpes, galettes et cidre, à des prix qui n’ont pas changé depuis l’été.\n")
LATIN1 = ARTICLE.replace("“", '"').replace("”", '"').replace("’", "'").replace("—", "-")


def texts_of(document: dict) -> list:
    return [(a["headline"], a["byline"], a["blocks"]) for a in document["articles"]]


REFERENCE = texts_of(convert.parse_text(ARTICLE, "utf8.txt"))
REFERENCE_LATIN1 = texts_of(convert.parse_text(LATIN1, "utf8.txt"))


@pytest.mark.parametrize("data, encoding, reference", [
    (ARTICLE.encode("utf-8"), "utf-8", REFERENCE),
    (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8-sig", REFERENCE),
    (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-16-le", REFERENCE),
    (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16-be", REFERENCE),
    (ARTICLE.encode("utf-16-le"), "utf-16-le", REFERENCE),
    (ARTICLE.encode("utf-16-be"), "utf-16-be", REFERENCE),
    (ARTICLE.encode("cp1252"), "cp1252", REFERENCE),
    (ARTICLE.replace("\n", "\r\n").encode("cp1252"), "cp1252", REFERENCE),
    (LATIN1.encode("latin-1") + "Prix : 5 \x81 pièces.\n".encode("latin-1"), "latin-1", None),
], ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le", "utf-16-be", "cp1252",
        "cp1252-crlf", "latin-1"])
def test_each_encoding_reads_to_the_same_article(data: bytes, encoding: str, reference: list) -> None:
    document = convert.parse_bytes(data, "capture.txt")
    assert document["capture"]["source"]["encoding"] == encoding
    assert document["capture"]["source"]["bytes"] == len(data)
    if reference is None:  # Latin-1: the same article, plus the line only Latin-1 can hold
        assert texts_of(document)[0][:2] == REFERENCE_LATIN1[0][:2]
        assert "Prix : 5 \x81 pièces." not in str(texts_of(document))  # the C1 control is dropped from text
        assert any("Prix : 5 pièces." in str(b) for b in texts_of(document)[0][2])
    else:
        assert texts_of(document) == reference
    assert not [w for w in document["warnings"] if w["code"] in ("undecodable-bytes", "mojibake-repaired")]


@examples(25)
# Without U+0000: a UTF-16-LE BOM then U+0000 is byte for byte the UTF-32-LE BOM, which wins.
@given(text=st.text(alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=200))
def test_utf16_and_utf8_with_a_bom_decode_exactly(text: str) -> None:
    expected = repair_mojibake(text)[0]
    for data in (codecs.BOM_UTF16_LE + text.encode("utf-16-le"), codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
                 codecs.BOM_UTF8 + text.encode("utf-8")):
        assert decode(data).text == expected
    # Without a mark, UTF-8 text that starts with U+FEFF starts with the bytes of one: it is read as the mark.
    assert decode(text.encode("utf-8")).text == repair_mojibake(text.removeprefix("\ufeff"))[0]


def test_a_byte_order_mark_is_removed_once() -> None:
    for data in (codecs.BOM_UTF8 + "\ufeffa".encode("utf-8"), codecs.BOM_UTF16_LE + "\ufeffa".encode("utf-16-le")):
        assert decode(data).text == "\ufeffa"


@examples(25)
@given(text=st.text(alphabet=st.characters(codec="cp1252", min_codepoint=0x20), max_size=200))
def test_cp1252_text_without_utf8_lookalikes_decodes_exactly(text: str) -> None:
    data = (text + " é").encode("cp1252")  # é alone is not UTF-8: the legacy path is taken
    decoded = decode(data)
    assert decoded.encoding in ("cp1252", "utf-8", "latin-1")
    if decoded.encoding == "cp1252":
        assert decoded.text == repair_mojibake(text + " é")[0]


# --------------------------------------------------------------------------- undecodable bytes


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_undecodable_bytes_are_replaced_with_a_warning_on_the_right_line(newline: str) -> None:
    lines = ["Première ligne très correcte.", "Deuxième ligne, café et thé.", "Troisième ligne BAD",
             "Quatrième ligne, déjà lue.", "Cinquième ligne BAD aussi."]
    data = newline.join(lines).encode("utf-8").replace(b"BAD", b"\xff") + newline.encode()
    document = convert.parse_bytes(data, "damaged.txt")
    assert document["capture"]["source"]["encoding"] == "utf-8"
    warning = next(w for w in document["warnings"] if w["code"] == "undecodable-bytes")
    assert warning["line"] == 3
    assert "3, 5" in warning["message"] and "U+FFFD" in warning["message"]


def test_many_undecodable_lines_are_listed_briefly() -> None:
    data = "".join(f"ligne {i} café et thé \udcff\n" for i in range(1, 40)).encode("utf-8", "surrogateescape")
    notes = decode(data).notes
    assert notes[0][0] == "undecodable-bytes" and notes[0][2] == 1
    assert notes[0][1].endswith("1, 2, 3, 4, 5, 6, 7, 8, 9, 10 ...")


# --------------------------------------------------------------------------- mojibake


def utf8_read_as_cp1252(text: str) -> str:
    """What a tool that decodes UTF-8 as cp1252 shows (bytes cp1252 leaves undefined stay C1 controls)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


@pytest.mark.parametrize("broken, repaired", [
    ("It\u00e2\u20ac\u2122s a caf\u00c3\u00a9", "It’s a café"),
    ("\u00e2\u20ac\u0153Quoted\u00e2\u20ac\x9d \u00e2\u20ac\u201d a dash", "“Quoted” — a dash"),
    ("\u00c2\u00a35 and 20\u00c2\u00b0C", "£5 and 20°C"),
    ("Ã¢â‚¬â„¢ encoded twice", "’ encoded twice"),
    ("ï»¿byte order mark", "\ufeffbyte order mark"),
    ("Ð¿Ñ€Ð¸Ð²ÐµÑ‚ and æ—¥æœ¬èªž", "привет and 日本語"),
    ("byÅ‚o and ðŸ˜€", "było and 😀"),
])
def test_mojibake_is_repaired(broken: str, repaired: str) -> None:
    text, notes = repair_mojibake("first line\n" + broken)
    assert text == "first line\n" + repaired
    assert [(code, line) for code, _, line in notes] == [("mojibake-repaired", 2)]


@pytest.mark.parametrize("text", [
    "CAFÉ» is French in capitals", "São Paulo e NÃO", "Gruß“ und so", "Le café…» suivi", "PÅ” is Swedish",
    "plain ASCII", "naïve façade, Zoë’s crème brûlée", "Ä", "",
])
def test_real_text_is_left_alone(text: str) -> None:
    assert repair_mojibake(text) == (text, [])


def test_ambiguous_pairs_are_repaired_only_when_the_text_has_sure_mojibake() -> None:
    assert repair_mojibake("IRMÃ” x")[0] == "IRMÃ” x"
    assert repair_mojibake("IRMÃ” x itâ€™s")[0] == "IRMÔ x it’s"


def test_mojibake_that_lost_a_byte_is_flagged() -> None:
    text, notes = repair_mojibake("fine\nhe said â€\ufffdhello")
    assert text == "fine\nhe said â€\ufffdhello"
    assert [(code, line) for code, _, line in notes] == [("mojibake-suspected", 2)]


@examples(40)
@given(pieces=st.lists(st.one_of(
    st.sampled_from(["’", "“", "”", "—", "–", "…", "•", "€", "™", "é", "à", "ç", "ñ", "ö", "ü", "ß", "ł", "ś", "ő",
                     "£", "°", "©", "\u00a0", "«", "»", "🎉", "👍"]),
    st.sampled_from(["привет", "日本語", "Ελλάδα", "שלום", "مرحبا", "서울"]),
    st.sampled_from(["the", "council", " ", ". ", "ferry", "\n", "\r\n", "A", "1"])), max_size=30))
def test_any_utf8_read_as_cp1252_is_put_back(pieces: list) -> None:
    original = "it’s " + "".join(pieces)
    broken = utf8_read_as_cp1252(original)
    text, notes = repair_mojibake(broken)
    assert text == original
    assert notes and notes[0][0] == "mojibake-repaired"
    assert len(split_lines(text)) == len(split_lines(broken))


@examples(40)
@given(text=S.capture_texts())
def test_repair_keeps_every_line_and_never_touches_ascii(text: str) -> None:
    repaired, _ = repair_mojibake(text)
    assert len(split_lines(repaired)) == len(split_lines(text))
    if text.isascii():
        assert repaired == text


def test_a_utf8_line_in_a_cp1252_capture_is_repaired() -> None:
    """Mixed encodings: the file as a whole is not UTF-8, but the line pasted in from a UTF-8 page is."""
    data = ("Le café de la gare rouvre, à la grande joie des habitués du quartier.\n" * 3).encode("cp1252")
    data += "Une citation : “c’est très bien”, dit-elle.\n".encode("utf-8")
    decoded = decode(data)
    assert decoded.encoding in ("cp1252", "latin-1")
    assert decoded.text.splitlines() == ["Le café de la gare rouvre, à la grande joie des habitués du quartier."] * 3 + [
        "Une citation : “c’est très bien”, dit-elle."]
    assert [(code, line) for code, _, line in decoded.notes] == [("mojibake-repaired", 4)]


def test_a_capture_with_mojibake_reads_repaired_with_a_warning() -> None:
    capture = ARTICLE.replace("n’ont", "n\u00e2\u20ac\u2122ont").replace("crêpes", "cr\u00c3\u00aapes")
    document = convert.parse_bytes(capture.encode("utf-8"), "mojibake.txt")
    assert texts_of(document) == REFERENCE
    warning = next(w for w in document["warnings"] if w["code"] == "mojibake-repaired")
    assert warning["line"] == 5 and "line(s) 5" in warning["message"]

"""Decoding captures in the East Asian code pages, and leaving Western code pages as they were."""

import codecs

import pytest

import convert
from convert.readers.capture.text import _east_asian, decode

# Synthetic news text written for these tests.
JAPANESE = ("港湾局は火曜日、新しいフェリーの時刻表を発表した。\n"
            "市議会は全会一致で承認し、来月から運航が始まる予定だ。\n"
            "利用者からは「便利になる」との声が上がっている。\n")
KOREAN = ("항만청은 화요일 새로운 여객선 운항 시간표를 발표했다.\n"
          "시의회는 만장일치로 승인했으며 다음 달부터 운항이 시작될 예정이다.\n"
          "승객들은 더 편리해질 것이라고 말했다.\n")
SIMPLIFIED = ("港口委员会周二公布了新的渡轮时刻表。\n"
              "市议会一致通过了该计划，预计下个月开始运营。\n"
              "乘客们表示新的安排更加方便。\n")
TRADITIONAL = ("港口委員會週二公布了新的渡輪時刻表。\n"
               "市議會一致通過了該計劃，預計下個月開始營運。\n"
               "乘客們表示新的安排更加方便。\n")

EAST_ASIAN = [
    (JAPANESE, "shift_jis", "shift_jis"),
    (JAPANESE + "会場は①番ホーム、主催は㈱港湾開発。\n", "cp932", "cp932"),  # NEC signs: Windows only
    (JAPANESE, "euc_jp", "euc_jp"),
    (KOREAN, "euc_kr", "euc_kr"),
    (KOREAN + "선착장 이름은 똠방각하로 정해졌다.\n", "cp949", "cp949"),  # a syllable only cp949 has
    (SIMPLIFIED, "gb2312", "gbk"),  # GBK is GB2312 and more, with the same bytes
    (SIMPLIFIED, "gbk", "gbk"),
    (SIMPLIFIED + "新码头位于㐀字路口。\n", "gb18030", "gb18030"),  # a character only GB18030 has
    (TRADITIONAL, "big5", "big5"),
]


@pytest.mark.parametrize("text, written, found", EAST_ASIAN, ids=[f"{w}-as-{f}" for _, w, f in EAST_ASIAN])
def test_east_asian_code_pages_are_decoded_and_recorded(text, written, found):
    decoded = decode(text.encode(written))
    assert (decoded.encoding, decoded.text, decoded.notes) == (found, text, [])


def test_a_shift_jis_capture_reads_without_a_warning_about_its_bytes():
    document = convert.parse_bytes(JAPANESE.encode("shift_jis"), "harbour.txt")
    assert document["capture"]["source"]["encoding"] == "shift_jis"
    assert "".join(b["text"] for b in document["articles"][0]["blocks"]) == JAPANESE.replace("\n", "")
    assert not [w for w in document["warnings"] if w["code"] in ("undecodable-bytes", "control-characters",
                                                                  "mojibake-repaired", "mojibake-suspected")]


def test_the_aggregator_layout_reads_a_shift_jis_page():
    chrome = ("THE AMERICA ONE NEWS\nMar 6, 2025  |  \n0\n | Remer,MN\nSponsor:  QWIKET \n"
              "Sponsor:  QWIKET: Elevate your fantasy game! Interactive Sports Knowledge.\nback  \ntopic\n\n\n")
    page = chrome + "港湾局が新しい係留施設を公開\n\n" + JAPANESE.replace("\n", "\n\n")
    document = convert.parse_bytes(page.encode("shift_jis"), "am1.txt")
    assert document["capture"]["layout"] == "am1-article"
    assert document["capture"]["source"]["encoding"] == "shift_jis"
    texts = [b["text"] for b in document["articles"][0]["blocks"]]
    assert texts[0] == "港湾局が新しい係留施設を公開" and texts[-1] == JAPANESE.splitlines()[-1]


# Western text in cp1252, each of which decodes strictly in at least one East Asian code page: only the
# characters that decoding gives (the wrong script, or rare ones) keep it from being taken for one.
WESTERN = [
    "Hélène présente la réforme générale et Sébastien précise les échéances du conseil.\n",
    "Die Straße nach Ägypten wählt Männer, Ärzte und Pächter aus Städten.\n",
    "Großer Ärger: Bürger fordern Überprüfung.\n",
    "ÉTÉ ÀÉRIEN Ô ÇÀ Ü ÖÄ\n" * 3,
    "A Câmara Municipal aprovou ontem o orçamento para as escolas públicas.\n",
]
CJK_CODECS = ("shift_jis", "cp932", "euc_jp", "euc_kr", "cp949", "gbk", "gb18030", "big5", "cp950")


def strictly_decodes_as_one(data):
    for codec in CJK_CODECS:
        try:
            data.decode(codec)
        except UnicodeDecodeError:
            continue
        return True
    return False


@pytest.mark.parametrize("text", WESTERN)
def test_western_cp1252_is_not_mistaken_for_an_east_asian_code_page(text):
    data = text.encode("cp1252")
    assert strictly_decodes_as_one(data)  # so it is the judgement of the result that is tested
    decoded = decode(data)
    assert (decoded.encoding, decoded.text, decoded.notes) == ("cp1252", text, [])


def test_cyrillic_words_read_as_han_are_not_taken_for_chinese():
    # KOI8-R puts lower-case letters where GB2312's common Han are; words and ASCII stops give it away.
    text = "Порт открыл новый причал. Суда будут ждать меньше, рыбаки этому рады.\n"
    assert _east_asian("порт будет рады\n".encode("koi8_r") * 4) is None
    assert decode(text.encode("koi8_r")).encoding not in CJK_CODECS


def test_every_byte_must_decode_not_only_the_sample_judged():
    long_text = JAPANESE * (70000 // len(JAPANESE.encode("shift_jis")) + 1)
    assert _east_asian(long_text.encode("shift_jis")).encoding == "shift_jis"
    assert _east_asian(long_text.encode("shift_jis") + b"\x82") is None  # cut in the middle of a character


def test_too_little_text_keeps_the_western_default():
    assert _east_asian("港湾局。".encode("shift_jis")) is None


@pytest.mark.parametrize("data, encoding", [
    (JAPANESE.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF16_LE + KOREAN.encode("utf-16-le"), "utf-16-le"),
    (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "utf-16-be"),
])
def test_unicode_captures_are_decoded_as_before(data, encoding):
    decoded = decode(data)
    assert decoded.encoding == encoding and decoded.notes == []

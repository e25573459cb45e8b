"""News agencies: the wire services whose copy news sites republish, and how newsrooms credit them.

A name on this list is evidence any page gives alike: ``(AFP)`` after a dateline, ``By PTI``,
``(Belga)`` closing a paragraph all say who wrote the story, whichever site printed it.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from ._lazy_patterns import lazy_compile
from .text import Line

# The forms agencies are written in, by the name newsrooms credit. Most are credited as written; a
# tag of the agencies below names its agency (the Associated Press's "AP"), and the publisher is given
# in the fullest of its forms the capture writes (see ``as_written``).
_AGENCIES = {
    "The Associated Press": ("AP", "Associated Press", "The Associated Press"),
    "The Canadian Press": ("The Canadian Press", "Canadian Press", "La Presse Canadienne"),
    "Press Association": ("Press Association", "PA Media", "PA"),
    "Agence France-Presse": ("Agence France-Presse", "Agence France Presse"),
    "ANSA": ("ANSA Latina",),  # (its service for Latin America)
}
_AS_WRITTEN = (
    "AFP", "Reuters", "EFE", "Europa Press", "ANSA", "Adnkronos", "AGI", "dpa", "APA", "KNA", "epd", "SDA", "ATS",
    "Keystone-SDA", "AWP", "awp", "dpa-AFX", "Belga", "ANP", "Lusa", "Agência Brasil", "Télam", "Notimex", "PTI", "IANS", "ANI", "UNI",
    "Bernama", "Antara", "Kyodo", "Jiji", "Yonhap", "Xinhua", "CNA", "TASS", "Interfax", "Ukrinform", "Anadolu", "PAP",
    "ČTK", "CTK", "MTI", "BTA", "Agerpres", "Tanjug", "HINA", "STA", "NTB", "TT", "STT", "Ritzau", "AAP", "UPI", "WAM",
    "SPA", "QNA", "KUNA", "MENA", "IRNA", "Sputnik", "AP Photo", "Bloomberg", "AFP-JIJI", "ATS-Keystone",
    "Agencia EFE", "Agencia Télam", "Anadolu Agency", "Xinhua News Agency", "Yonhap News Agency", "Kyodo News",
    "Press Trust of India", "Asian News International", "Indo-Asian News Service", "United News of India",
    "Keystone-ATS", "Estadão Conteúdo", "Agência Estado", "Folhapress", "Servimedia", "Colpisa", "LaPresse", "SID",
    "Agência Lusa", "Colprensa", "Andina", "Agencia Andina", "Prensa Latina", "Noticias Argentinas",
    "Askanews", "Italpress", "Agenzia Dire", "DIRE", "PA News Agency", "Australian Associated Press",
    # (Africa's, as French- and Portuguese-language papers there credit them)
    "MAP", "Maghreb Arabe Presse", "APS", "Algérie Presse Service", "Agence de Presse Sénégalaise", "Tunis Afrique Presse",
    "AIP", "Agence Ivoirienne de Presse", "ANGOP", "Angop", "Agência Angola Press", "Agência de Informação de Moçambique",
    "Inforpress", "NAN", "News Agency of Nigeria", "GNA", "Ghana News Agency", "Kenya News Agency", "TAP",
    # (more regions' wires: South Africa's and New Zealand's syndication, the Caribbean's, South Asia's, Palestine's)
    "News24 Wire", "NZME", "CMC", "APP", "Associated Press of Pakistan", "UNB", "BSS", "WAFA",
)
# Tags that are words too ("map", "nan", Italian's "dire"): an agency's only when set in capitals.
_CAPITALS_ONLY = frozenset(("map", "nan", "aps", "aip", "gna", "pa", "tap", "app", "dire"))
# Each form, case-folded, to the name it is credited as (None: as the text writes it).
_FORMS: dict[str, Optional[str]] = {form.casefold(): None for form in _AS_WRITTEN}
_FORMS.update({form.casefold(): name for name, forms in _AGENCIES.items() for form in forms})
_LONGEST = max(map(len, _FORMS))
# Characters, at most, in a text that may still be a tag once its spaces are collapsed (twice the longest form's, with
# room for the spaces a page scatters in it).
_RAW_TAG_CHARACTERS = 8 * _LONGEST
# The wires' names as they write them, not in capitals alone ("Europa Press", "Folhapress", "The Associated Press").
_ORDINARY_CASE = {form.casefold(): form for form in (*_AS_WRITTEN, *(f for forms in _AGENCIES.values() for f in forms))
                  if not form.isupper()}
# The agencies that write their names in small letters ("dpa", "epd"), as a pattern: where a credit's capital
# would stand, one of them may.
LOWER_CASE_WIRES = "(?:" + "|".join(form for form in _AS_WRITTEN if form.islower()) + r")\b"
_SPACES = lazy_compile(r"\s+")
_JOINT = lazy_compile(r"\s*[/&+]\s*")
_TRIM = " ()[].,;:-–—"


def agency(text: str) -> Optional[str]:
    """The credited name if ``text`` (a tag like ``AFP``, ``(Reuters)`` or ``AFP/Reuters``) names a news
    agency, else None. A joint credit gives the first agency it names."""
    if len(text) > _RAW_TAG_CHARACTERS:
        return None  # (a paragraph is no tag: no need to collapse its spaces to find out, as callers ask of its prefixes)
    tag = _SPACES.sub(" ", text.strip(_TRIM))
    if len(tag) > 2 * _LONGEST:
        return None
    for part in _JOINT.split(tag)[:1] if _JOINT.search(tag) else (tag,):
        key = part.casefold()
        if key in _FORMS and (key not in _CAPITALS_ONLY or part.isupper()):
            # (as the text writes it, "EUROPA PRESS" in capitals too: the publisher "as written")
            return _FORMS[key] or part
    if "gen" in tag or "genc" in tag or "ress" in tag or "otic" in tag:  # (most lines name none: one test for the rest)
        for written in (_SPACES.sub(" ", text.strip()), tag):  # ("African News Agency (ANA)", "(Philippine News Agency)")
            if (shaped := _NAMED_AS_AGENCY.fullmatch(written)) is not None:
                return shaped.group("name")
    return None


# A wire the list does not hold, named as agencies name themselves, with its initials in brackets after it or not:
# "African News Agency (ANA)", "Philippine News Agency", "Agence de presse Kinshasa", "Agencia de Noticias del Sur".
def in_ordinary_case(name: str) -> Optional[str]:
    """A wire's name printed in capitals as the wire writes it ("EUROPA PRESS": "Europa Press"), else None."""
    return _ORDINARY_CASE.get(_SPACES.sub(" ", name.strip()).casefold()) if name.isupper() else None


_NAMED_AS_AGENCY = lazy_compile(
    r"(?P<name>(?:[A-Z][\w'’\-]+ ){1,3}(?:News|Press) Agency"
    r"|(?:Agence de [Pp]resse|Agencia de [Nn]oticias|Agência de [Nn]otícias|Agenzia di [Ss]tampa|Nachrichtenagentur)"
    r"(?: (?:de la|del|de|da|do|du|des|di))? [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?)(?: \([A-Z]{2,6}\))?")


# A broadcaster's call letters, as North American stations credit their pictures and stories: "WKTR", "CKVN-TV".
CALL_LETTERS = r"[KWC][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?"  # a North American station's
_CALL_LETTERS = lazy_compile(CALL_LETTERS)


def call_letters(text: str) -> bool:
    """Whether ``text`` is a North American station's call letters."""
    return _CALL_LETTERS.fullmatch(text) is not None


def as_written(name: str, lines: Iterable[Line]) -> tuple[str, Optional[int]]:
    """An agency's credited ``name`` as the capture's ``lines`` write it: the longest of its forms printed as
    a whole word ("The Associated Press" when a line says so, "AP" when only a dateline's tag does; "La Presse
    canadienne" as printed), with the number of the first line that prints it (None when no form is)."""
    pattern = _WRITTEN.get(name)
    if pattern is None:
        return name, None
    found: dict[str, int] = {}
    for line in lines:
        for match in pattern.finditer(line.text):
            found.setdefault(match.group(0), line.number)
    if not found:
        return name, None
    form = max(found, key=lambda written: (len(written), -found[written]))
    return form, found[form]


def _written(forms: tuple[str, ...]) -> re.Pattern[str]:
    # (the tags in capitals as they are, "AP" and not "ap"; the names in any case)
    alternatives = (re.escape(form) if len(form) <= 3 else "(?i:" + re.escape(form) + ")"
                    for form in sorted(forms, key=len, reverse=True))
    return lazy_compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


_WRITTEN = {name: _written(forms) for name, forms in _AGENCIES.items()}

"""Dates as captures write them, to ISO 8601 calendar dates."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from ._lazy_patterns import lazy_compile

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
# Month names in the other languages of European news sites (French, German, Spanish, Portuguese, Italian, Dutch);
# with those German and Dutch share with English, which they write after a day with its stop ("21. April 2020").
_FOREIGN_MONTHS = {
    1: "janvier janv januar jänner enero janeiro gennaio januari",
    2: "février févr fevrier februar feber febrero fevereiro febbraio februari",  # ("Feber": Austria's February)
    3: "mars märz maerz marzo março maart",
    4: "avril avr abril aprile april",
    5: "mai mayo maio maggio mei",
    6: "juin junio junho giugno juni",
    7: "juillet juil julio julho luglio juli",
    8: "août aout agosto augustus august",
    9: "septembre sept september septiembre setiembre setembro settembre",
    10: "octobre okt oktober octubre outubro ottobre",
    11: "novembre noviembre novembro november",
    12: "décembre déc decembre dezember diciembre dezembro dicembre",
}
_MONTHS.update({name: number for number, names in _FOREIGN_MONTHS.items() for name in names.split()})
# Portuguese months shortened to three letters (only between dots: "set", "out" or "ago" are words too)
_DOTTED_MONTHS = {"jan": 1, "fev": 2, "mar": 3, "abr": 4, "mai": 5, "jun": 6, "jul": 7, "ago": 8, "set": 9, "out": 10,
                  "nov": 11, "dez": 12}
_MONTHS.update({name: number for name, number in _DOTTED_MONTHS.items() if name not in _MONTHS})
# The other languages' months shortened to three letters, read only between a day and a year ("10 Out 2023", "4 ene
# 2024", "12 mag 2024": alone, "out", "set" or "ago" are words)
_SHORT_MONTHS = {"ene": 1, "gen": 1, "fev": 2, "mär": 3, "abr": 4, "mag": 5, "giu": 6, "lug": 7, "ago": 8, "set": 9,
                 "out": 10, "ott": 10, "dic": 12, "dez": 12}
_MONTHS.update({name: number for name, number in _SHORT_MONTHS.items() if name not in _MONTHS})
_FOREIGN = "|".join(sorted({n for names in _FOREIGN_MONTHS.values() for n in names.split()}, key=len, reverse=True))
FOREIGN_MONTHS = _FOREIGN  # (a pattern: the month names of the other languages, longest first)
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_MONTH_NAME = _MONTH.replace("(?P<month>", "(?:")  # (the same, not captured)
# (A weekday starts a word: "SOLOMON JULY 29" holds no Monday.)
_WEEKDAY = r"(?:(?<![^\W\d_])(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?"
# The year's end: a word's end, or a time glued to it ("March 3, 20245:00 AM ET", as a page joins two elements).
_YEAR_END = r"(?:\b|(?=\d{1,2}:\d{2})|(?=[A-Z][a-z]))"  # (or the next element's word: "3 Mar 2024Updated 11:00")
_PATTERNS = [
    # Jul 19, 2025 / July 19 2025 / Jul 31,2023 / Mon October 2, 2023
    re.compile(_WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s*(?P<year>\d{4})" + _YEAR_END, re.I),
    # 19 Nov 2024 / Tuesday, 02 January 2024 (the day starts a number, or follows a year glued to it: "3 Mar 20243 Mar
    # 2024", two elements joined)
    # (and the day with its stop, as German writes a short month: "28. Nov. 2024", "3. Dez. 2024")
    re.compile(_WEEKDAY + r"(?:(?<!\d)|(?<=\d{4})(?<!\d{5}))(?P<day>\d{1,2})(?:st|nd|rd|th|\.)?\s+" + _MONTH
               + r",?\s+(?P<year>\d{4})" + _YEAR_END, re.I),
    # 12 mars 2024 / 3. März 2024 / 3 de marzo de 2024 / 1er avril 2024
    re.compile(r"(?<!\w)(?P<day>\d{1,2})(?:er|\.|º|°)?\s+(?:de\s+)?(?P<month>" + _FOREIGN + r")\.?,?\s+(?:de\s+)?"
               r"(?P<year>\d{4})" + _YEAR_END, re.I),  # (the next element glued on: "19. Juli 2024Markus Zbinden")
    # 10 Out 2023 / 4 ene. 2024
    re.compile(r"(?<!\w)(?P<day>\d{1,2})\.?\s+(?P<month>" + "|".join(_SHORT_MONTHS) + r")\.?,?\s+(?P<year>\d{4})" + _YEAR_END,
               re.I),
    # Oktober 25 2023: the month first in another language, as a theme made for English prints a local month
    # (and "marzo 10 de 2024", as Colombian papers print it)
    re.compile(r"(?<!\w)(?P<month>" + _FOREIGN + r")\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?:de\s+)?(?P<year>\d{4})\b", re.I),
    # ene 15, 2024: the other languages' short month first, then the day and a comma, as US Spanish-language sites print it
    re.compile(r"(?<!\w)(?P<month>" + "|".join(_SHORT_MONTHS) + r")\.?\s+(?P<day>\d{1,2}),\s+(?P<year>\d{4})\b", re.I),
    # 3.mar.2024: the day, the month's abbreviation and the year between dots, as Brazilian pages print them
    re.compile(r"(?<![\w.])(?P<day>\d{1,2})\.(?P<month>" + "|".join(_DOTTED_MONTHS) + r")\.(?P<year>\d{4})\b", re.I),
    # 03/08/2019 / 03.08.2019 / 03-08-2019: day first, as everywhere but the United States (where the day, if past 12,
    # shows it); one separator throughout
    re.compile(r"(?<![\d/.\-·])(?P<day>\d{1,2})(?P<separator>[/.\-·])(?P<month>\d{1,2})(?P=separator)(?P<year>\d{4})"
               + _YEAR_END),
    # 2024-11-19 (2024-11-19T10:15 too), and with slashes, as South African and East Asian pages print it: 2024/06/03
    re.compile(r"\b(?P<year>\d{4})(?P<separator>[-/])(?P<month>\d{2})(?P=separator)(?P<day>\d{2})(?!\d)"),
]
_DAY_FIRST = _PATTERNS[-2]
_NUMERIC = _PATTERNS[-1]
_YEAR = re.compile(r"\d{4}")


# "03/03/24 3:15 PM ET", "1.11.23 20:19": a year of two digits, which only a time after it tells from a fraction or
# a score.
# A twelve-hour clock writes the month first, as in the United States; a day past 12 shows the order anyway.
# (also between middle dots, "23·07·24 | 14:05", with a bar or a dash before the time: "22/05/24 - 14:03")
_SHORT_YEAR = lazy_compile(r"(?<![\d/.·\-])(?P<first>\d{1,2})(?P<separator>[/.·\-])(?P<second>\d{1,2})(?P=separator)(?P<year>\d{2})"
                           r"(?=,?\s+(?:(?:at|à|às|um|alle|a las)\s+|[|\-–]\s+)?\d{1,2}(?:[:.]\d{2}\s*(?P<half>[ap]\.?m\b)?|h\d{2}))",
                           re.I)


# A twelve-hour clock and a zone of the United States after a date: "03/04/2024 10:15 AM EST", "... 3:15 p.m. ET".
# (or with its seconds and "AM" or "PM", as the United States' default format prints a time on any server: "7/2/2024
# 9:14:22 AM")
_US_CLOCK = lazy_compile(r",?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?\s*(?-i:(?:E|C|M|P|AK|H)[SD]?T)\b"
                         r"|\s+\d{1,2}:\d{2}:\d{2}\s(?-i:[AP]M)\b", re.I)


# A dateline's state in the United States, as the wires write it after the town ("OSHKOSH, Wis.", "AUSTIN, Texas").
_US_STATE_AFTER_TOWN = lazy_compile(
    r".+,\s+(?:(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev"
    r"|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo)\."
    r"|Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah)")
_SLASHED_DAY = lazy_compile(r"(?<![\d/.])(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>\d{4})(?![\d/])")


def month_first_in_the_united_states(text: str, day: str, place: str) -> str:
    """``day`` (an ISO date, or a date and time) as read from ``text``, with its month and day the other way round when
    ``text`` gives them slashed, each of them twelve or less, and the story's dateline ``place`` is in the United States,
    which writes the month first ("4/2/2024" under "OSHKOSH, Wis." is April 2)."""
    slashed = _SLASHED_DAY.search(text)
    if slashed is None or _US_STATE_AFTER_TOWN.fullmatch(place) is None:
        return day
    first, second, year = int(slashed.group("first")), int(slashed.group("second")), slashed.group("year")
    if not (first <= 12 and second <= 12) or first == second or day[:10] != f"{year}-{second:02d}-{first:02d}":
        return day  # (unambiguous, or already read with the month first)
    return f"{year}-{first:02d}-{second:02d}" + day[10:]


def find_date(text: str) -> Optional[tuple[str, re.Match[str]]]:
    """The first real date written in ``text`` (ISO form) and where it was found."""
    if _YEAR.search(text) is None:  # every pattern needs a four-digit year but one; most lines have none
        if text[-3:-2] == "." and (dotted := _DOTTED_SHORT_DATE.search(text)) is not None:
            return _dotted_short_date(dotted)
        return _short_year(text) if ("/" in text or "." in text or "·" in text) and ":" in text or " à " in text else None
    best: Optional[tuple[str, re.Match[str]]] = None
    for pattern in _PATTERNS:
        if (pattern is _NUMERIC and "-" not in text and "/" not in text
                or pattern is _DAY_FIRST and "/" not in text and "." not in text and "-" not in text and "·" not in text):
            continue  # (most lines with a year)
        for match in pattern.finditer(text):
            iso = _iso(match)
            if iso and (best is None or match.start() < best[1].start()):
                best = (iso, match)
                break
    return best


# "21 janv. 25 à 14h32": a month's name and a year of two digits, as French local papers print them; a time after it
# tells it from a count ("3 mars, 24 élus").
# (the month shortened as English does too: "9 oct. 23 à 17:55")
_SHORT_YEAR_NAMED = lazy_compile(r"(?<!\w)(?P<day>\d{1,2})(?:er)?\s+(?P<month>" + _FOREIGN + "|" + _MONTH_NAME
                                 + r")\.?\s+(?P<year>\d{2})"
                                 r"(?=,?\s+(?:à|um|alle|a las|às)\s+\d{1,2}[:.h]\d{2})", re.I)


# "12.03.24", "Kranichfelde | 12.03.24": a day with stops and a year of two digits, the line's or its last part's
# whole text, as German local papers print it (within a line, such figures count other things: "Abschnitt 1.2.24").
_DOTTED_SHORT_DATE = lazy_compile(r"(?:^|(?<=\| ))(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{2})$")


def _dotted_short_date(match: re.Match[str]) -> Optional[tuple[str, re.Match[str]]]:
    try:
        return _dt.date(2000 + int(match.group("year")), int(match.group("month")), int(match.group("day"))).isoformat(), match
    except ValueError:
        return None


def _short_year(text: str) -> Optional[tuple[str, re.Match[str]]]:
    if (named := _SHORT_YEAR_NAMED.search(text)) is not None:
        month = _MONTHS.get(named.group("month").lower().rstrip("."))
        try:
            return (_dt.date(2000 + int(named.group("year")), month, int(named.group("day"))).isoformat(), named
                    ) if month else None
        except ValueError:
            return None
    match = _SHORT_YEAR.search(text)
    if match is None:
        return None
    first, second = int(match.group("first")), int(match.group("second"))
    # (written with stops, "1.11.23 20:19", the day comes first, as in the countries that write dates so)
    month, day = (first, second) if match.group("separator") == "/" and (match.group("half") or second > 12) else (second, first)
    if day <= 12 < month:
        month, day = day, month
    try:
        return _dt.date(2000 + int(match.group("year")), month, day).isoformat(), match
    except ValueError:
        return None


def parse_date(text: str) -> Optional[str]:
    """The ISO date if ``text`` is nothing but a date (weekday, trailing time and punctuation allowed)."""
    return date_alone(text, find_date(text))


def date_alone(text: str, found: Optional[tuple[str, re.Match[str]]]) -> Optional[str]:
    """:func:`parse_date` for a ``text`` whose :func:`find_date` is already known."""
    if not found:
        return None
    iso, match = found
    head = _DATE_PARTICLE.sub("", text[: match.start()]) if match.start() else ""
    if head and _AGE_FIRST.fullmatch(head) is not None:
        head = ""  # ("há 3 horas | 04/03/2025 - 09h12": how long ago, then the day)
    tail = _UPDATE_NOTE.sub("", text[match.end():]) if match.end() < len(text) else ""
    if tail and (age := _AGE_LAST.search(tail)) is not None:
        tail = tail[:age.start()]  # ("24 Mai 2024, 21:48 · há 37 min": how long ago, after the day)
    if head.endswith(" on "):
        head = head[:-4]  # ("5:45 AM EDT on Jul 19, 2024": the time, then "on" and the day)
    rest = (head + tail).strip(" ,.|-–—/·•")
    if rest and not _TIME_ONLY.fullmatch(rest) and not (not head.strip() and _same_date_again(tail, iso)):
        return None
    return iso


# "vor 2 Stunden", "il y a 3 heures", "hace 5 horas", "há 2 dias", "2 ore fa", "3 hours ago": how long ago the story
# was posted, in the six languages.
_AGE = r"(?:(?:vor|il y a|hace|há)\s+\d{1,3}\s*[^\W\d_]{1,9}\.?|\d{1,3}\s*[^\W\d_]{1,9}\s+(?:ago|fa))"
# ... before the day and a separator ("há 3 horas | 04/03/2025 - 09h12")
_AGE_FIRST = lazy_compile(r"\s*" + _AGE + r"\s*[|·•,\-–—/]\s*", re.I)
# ... after the day and a separator ("24 Mai 2024, 21:48 · há 37 min")
_AGE_LAST = lazy_compile(r"\s*[|·•,\-–—/]\s*" + _AGE + r"\s*$", re.I)
# ... alone on its line, under its label or not ("Publiziert vor 2 Stunden", "Updated 3 hours ago")
_AGE_LINE = lazy_compile(r"(?:(?:published|updated|posted|publiziert|veröffentlicht|aktualisiert|publié|mis à jour|publicado"
                         r"|actualizado|atualizado|pubblicato|aggiornato)\s*:?\s*)?" + _AGE, re.I)


def relative_age(text: str) -> bool:
    """Whether ``text`` says only how long ago the story was posted, under its label or not."""
    return _AGE_LINE.fullmatch(text) is not None


def _same_date_again(tail: str, iso: str) -> bool:
    """Whether ``tail`` is the same date printed again ("22 Dec, 2016 22 Dec, 2016": two elements of the page)."""
    again = find_date(tail)
    return again is not None and again[0] == iso and not (tail[:again[1].start()] + tail[again[1].end():]).strip(" ,.|-–—/·•")


# "... 10h15 Atualizado há 2 horas": when the story was updated, printed after the date it was published;
# "March 3, 2024 · 3 min read": how long the story takes to read.
# "Le 3 mars", "Am 3. März", "On March 3": the little word a page puts before a date.
# The little word and the day of the week a page may put before a date, in the languages read: "Le lundi 3 mars",
# "Montag, 3. März", "El lunes 3 de marzo", "Segunda-feira, 3 de março"; and a label: "Datum: 3. März", "Fecha: ...".
_WEEKDAYS = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues"
             r"|wed|thu|thur|thurs|fri|sat|sun|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch"
             r"|donnerstag|freitag|samstag|sonnabend|sonntag|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado"
             r"|domingo|segunda|terça|terca|quarta|quinta|sexta|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)"
             r"(?:-feira)?")
# A day's name shortened in the other languages, as a stamp prints it before the date ("Di., 14.05.2024", "mié 3
# abr 2024", "sex, 05/04/2024").
_SHORT_WEEKDAYS = r"(?:mo|di|mi|do|fr|sa|so|lun|mar|mer|mié|mie|jeu|jue|ven|vie|sam|sáb|sab|dim|dom|gio|seg|ter|qua|qui|sex)"
_DATE_PARTICLE = lazy_compile(
    r"^\s*(?:(?:date|datum|fecha|data)\s*:\s*)?(?:(?:le|am|el|on|il|em|du|del|vom)\s+)?(?:(?:" + _WEEKDAYS + "|"
    + _SHORT_WEEKDAYS + r")\.?,?\s+)?$", re.I)
_WEEKDAY_ALONE = lazy_compile(_WEEKDAYS + r"\.?", re.I)


# "Friday 25 Dec", "March 4", "Lundi 4 mars": a date whose year the end of the capture cut off.
_YEARLESS = lazy_compile(r"(?:" + _WEEKDAYS + r"\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th|er|\.|º)?\s+(?:de\s+)?(?:" + _MONTH_NAME
                         + "|" + _FOREIGN + r")\.?|(?:" + _MONTH_NAME + "|" + _FOREIGN + r")\s+\d{1,2}(?:st|nd|rd|th)?),?", re.I)


def date_without_year(text: str) -> bool:
    """Whether ``text`` is a day and a month alone (a weekday before them), as the capture's last line holds a
    date when the capture was cut before its year."""
    return _YEARLESS.fullmatch(text.strip()) is not None


def names_weekday(text: str) -> bool:
    """Whether ``text`` is a day of the week ("Monday", "Lundi", "Montag"), in the languages read, its name cut short
    too ("Di", "Mié", "Sáb", "Gio")."""
    return _WEEKDAY_ALONE.fullmatch(text.strip()) is not None or _SHORT_WEEKDAY.fullmatch(text.strip()) is not None


# The days' names cut short, capitalised, in German, French, Spanish, Portuguese and Italian (English's are above).
SHORT_WEEKDAY_NAMES = (r"(?:Mo|Di|Mi|Do|Fr|Sa|So|Lun|Mar|Mer|Jeu|Ven|Sam|Dim|Mié|Mie|Jue|Vie|Sáb|Sab|Dom|Seg|Ter"
                       r"|Qua|Qui|Sex|Gio)")
_SHORT_WEEKDAY = lazy_compile(SHORT_WEEKDAY_NAMES + r"\.?")


# "3 min read", "5 min Lesezeit": how long a story takes to read, in the six languages.
READING_TIME = (r"\d+\s*(?:min(?:ute)?s?|m|minuti|minutos|minuten)\s+(?:read|(?:de |di )?(?:lectura|leitura|lecture|lettura)"
                r"|lesezeit)")
_UPDATE_NOTE = lazy_compile(r"\s*[|•·,/(-]?\s*(?:(?:updated|last updated|atualizad[oa]|actualizad[oa]|aktualisiert|mis à jour"
                            r"|aggiornat[oa]|modifica(?:to)?|modifiée?|modificad[oa]|geändert)(?![^\W\d_]).*"
                            # "• aus DER SPIEGEL 8/2024": the printed issue the story appeared in
                            r"|(?<=[•·|] )aus (?:der |dem )?\S.{0,40} \d{1,2}/\d{4}"
                            r"|" + READING_TIME
                            # "Tiempo de lectura: 3 minutos": the label first
                            + r"|(?:reading time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura"
                            r"|tempo di lettura)\s*:?\s*\d+\s*(?:min\w*|m)\.?)$", re.I)
# (an hour alone needs its "AM" or "Uhr": "March 19, 2024, 6 AM ET")
# (also the hour mark between spaces, "11 h 47", as Quebec's papers print it)
_TIME_ONLY = lazy_compile(r"(?:(?:at|à|um|a las|às|alle|ore|/|@)\s+)?\d{1,2}(?:(?:[:.h]\d{2}| h \d{2}|h)(?:[:.]\d{2})?(?:\s?h(?!\w))?\s*(?:[ap]\.?\s?m\.?|uhr)?"
                          r"|\s*(?:[ap]\.?\s?m\.?|uhr))"
                          # (the zone in brackets too: "15:42 (IST)")
                          r"\s*(?:[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?|\((?-i:[A-Z]{2,4})\))?\.?(?:,\s*(?-i:[A-Z]{2,3}))?"
                          # (or spelled out: "09:00 AM Eastern Daylight Time", "10 Uhr Mitteleuropäische Zeit")
                          r"(?:\s+(?-i:(?:[A-Z][a-zä]+ ){1,3}(?:Standard |Daylight |Summer )?(?:Time|Zeit)))?"
                          # ISO 8601's time after the date: "2024-03-03T10:15:00Z", "...T10:15:00.000+01:00"
                          r"|T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?", re.I)
# ("10:15 AM GMT+1"; "10:15, UK": the country whose clock it is)


def _iso(match: re.Match[str]) -> Optional[str]:
    month, day = match.group("month"), int(match.group("day"))
    number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
    if match.re is _DAY_FIRST and (number > 12 >= day or match.group("separator") == "/" and day <= 12
                                   and _US_CLOCK.match(match.string, match.end()) is not None):
        # 12/25/2024: the United States' order, the only one that reads; "03/04/2024 10:15 AM EST": a twelve-hour
        # clock in one of the country's zones says it is theirs too
        number, day = day, number
    year = int(match.group("year"))
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        return None  # ("3 Mar 20243 Mar 2024", two dates glued: "Mar 2 0243" is none)
    try:
        return _dt.date(year, number, day).isoformat()
    except ValueError:
        return None


_FIRST_YEAR, _LAST_YEAR = 1800, 2199  # the years a news page's dates fall in

"""Dates as captures write them, to ISO 8601 calendar dates."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?"
_PATTERNS = [
    # Jul 19, 2025 / July 19 2025 / Jul 31,2023 / Mon October 2, 2023
    re.compile(_WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s*(?P<year>\d{4})\b", re.I),
    # 19 Nov 2024 / Tuesday, 02 January 2024
    re.compile(_WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.I),
    # 2024-11-19
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
]
_NUMERIC = _PATTERNS[-1]
_YEAR = re.compile(r"\d{4}")


def find_date(text: str) -> Optional[tuple[str, re.Match[str]]]:
    """The first real date written in ``text`` (ISO form) and where it was found."""
    if _YEAR.search(text) is None:  # every pattern needs a four-digit year; most lines have none
        return None
    best: Optional[tuple[str, re.Match[str]]] = None
    for pattern in _PATTERNS:
        if pattern is _NUMERIC and "-" not in text:
            continue  # (most lines with a year)
        for match in pattern.finditer(text):
            iso = _iso(match)
            if iso and (best is None or match.start() < best[1].start()):
                best = (iso, match)
                break
    return best


def parse_date(text: str) -> Optional[str]:
    """The ISO date if ``text`` is nothing but a date (weekday, trailing time and punctuation allowed)."""
    found = find_date(text)
    if not found:
        return None
    iso, match = found
    rest = (text[: match.start()] + text[match.end():]).strip(" ,.|-")
    if rest and not _TIME_ONLY.fullmatch(rest):
        return None
    return iso


_TIME_ONLY = re.compile(r"(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?\.?", re.I)


def _iso(match: re.Match[str]) -> Optional[str]:
    month = match.group("month")
    number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
    try:
        return _dt.date(int(match.group("year")), number, int(match.group("day"))).isoformat()
    except ValueError:
        return None

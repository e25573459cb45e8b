"""The time of day a page prints beside a date, and its zone: a date-time only when the page says where.

"Posted September 2, 2025 5:43 pm." gives a time but no zone, and a time without a zone is no
moment at all: such a stamp stays a date. A zone is taken only as the page writes it (an offset,
UTC/GMT, or an abbreviation with one meaning); the US zones written without their season ("ET")
take the offset the United States' rule gives on that day.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from ._lazy_patterns import lazy_compile

# Abbreviations with one meaning. IST (India, Ireland, Israel) and the like are left out: a guess.
_ZONES = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 60, "WEST": 60, "CET": 60, "MEZ": 60, "CEST": 120, "MESZ": 120,
    "EET": 120, "EEST": 180, "MSK": 180, "JST": 540, "KST": 540, "AEST": 600, "AEDT": 660, "NZST": 720,
    "NZDT": 780, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480,
    "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600,
}
# The US zones written without their season: standard offset, summer time by the US rule.
_US_SEASONLESS = {"ET": -300, "CT": -360, "MT": -420, "PT": -480}
# (the time of ISO 8601 after its "T" too: "2024-03-03T10:15:00Z")
_CLOCK = lazy_compile(
    r"(?<![\w:.])(?-i:T)?(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2})(?::(?P<second>\d{2}))?)?\s*"
    r"(?P<half>[ap]\.?\s?m\b\.?)?(?:\s*(?P<zone>(?:utc|gmt)?\s?[+-]\s?\d{1,2}(?::?\d{2})?\b|(?-i:[A-Z]{2,4}\b|Z\b)))?",
    re.I)


def date_time(day: str, text: str) -> str:
    """``day`` (ISO) with the time and zone ``text`` (the rest of its line) gives, else ``day`` alone."""
    for match in _CLOCK.finditer(text):
        clock = _clock(match)
        if clock is None:
            continue
        offset = _offset(match.group("zone"), day)
        if offset is None:
            return day  # a time with no zone the page states: no moment to give
        return f"{day}T{clock}{_format_offset(offset)}"
    return day


def _clock(match: re.Match[str]) -> Optional[str]:
    hour, minute, second, half = match.group("hour"), match.group("minute"), match.group("second"), match.group("half")
    if minute is None and half is None:
        return None  # a bare number: a day or a count, not a time
    h, m, s = int(hour), int(minute or 0), int(second or 0)
    if half:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if half[0].lower() == "p" else 0)
    if h > 23 or m > 59 or s > 59:
        return None
    return f"{h:02d}:{m:02d}:{s:02d}"


def _offset(zone: Optional[str], day: str) -> Optional[int]:
    if not zone:
        return None
    if zone in _ZONES:
        return _ZONES[zone]
    if zone in _US_SEASONLESS:
        return _US_SEASONLESS[zone] + (60 if _us_summer(_dt.date.fromisoformat(day)) else 0)
    numeric = re.fullmatch(r"(?:utc|gmt)?\s?([+-])\s?(\d{1,2})(?::?(\d{2}))?", zone, re.I)
    if numeric is None:
        return None
    minutes = int(numeric.group(2)) * 60 + int(numeric.group(3) or 0)
    if minutes > 14 * 60 or int(numeric.group(3) or 0) > 59:
        return None
    return -minutes if numeric.group(1) == "-" else minutes


def _us_summer(day: _dt.date) -> bool:
    """Daylight saving time in the United States since 2007: second Sunday of March to first Sunday of
    November (the day of a change counts as the season it starts, as a page's time that day mostly is)."""
    start = _nth_sunday(day.year, 3, 2)
    end = _nth_sunday(day.year, 11, 1)
    return start <= day < end


def _nth_sunday(year: int, month: int, n: int) -> _dt.date:
    first = _dt.date(year, month, 1)
    return first + _dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def _format_offset(minutes: int) -> str:
    if minutes == 0:
        return "Z"
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"

"""Timestamps for the NewsML-G2 writer: read from the document, never from the clock.

Which date goes where, and why a bare date becomes noon UTC: docs/formats/newsml.md.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from datetime import time as time_of_day
from functools import lru_cache
from typing import NamedTuple, Optional

# The fixed ``versionCreated`` of an item whose document has no date at all: the
# Unix epoch, plainly not a real time. The writer says so in an ``edNote``.
UNKNOWN = "1970-01-01T00:00:00Z"
NOON = "12:00:00Z"

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DATE_TIME = re.compile(
    r"(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(?:([Zz])|([+-])(\d{2}):?(\d{2}))?"
)


class Stamp(NamedTuple):
    """A checked date, with its time and zone when the document gave them."""

    day: str  # YYYY-MM-DD
    time: Optional[str] = None  # HH:MM:SS[.fraction]
    zone: Optional[str] = None  # "Z" or "+HH:MM"; None when the source gave none

    def truncated(self) -> str:
        """As an ``xs:date`` or ``xs:dateTime`` (for ``contentCreated``)."""
        return self.day if self.time is None else self.date_time()

    def date_time(self) -> str:
        """As an ``xs:dateTime`` with a zone, as NewsML-G2 wants every one: a bare date (or a time
        whose zone is unknown) is noon UTC, the instant that falls on that date from UTC-12 to UTC+11."""
        if self.time is None or self.zone is None:
            return f"{self.day}T{NOON}"
        return f"{self.day}T{self.time}{self.zone}"

    def sort_key(self) -> datetime:
        """An aware datetime for ordering stamps, at the instant :meth:`date_time` writes."""
        hour, minute, second = (self.time if self.time and self.zone else NOON[:-1]).split(":")
        whole, _, fraction = second.partition(".")
        offset = timezone.utc
        if self.time and self.zone and self.zone != "Z":
            sign = -1 if self.zone[0] == "-" else 1
            offset = timezone(sign * timedelta(hours=int(self.zone[1:3]), minutes=int(self.zone[4:6])))
        return datetime.combine(date.fromisoformat(self.day),
                                time_of_day(int(hour), int(minute), int(whole), int((fraction + "000000")[:6])),
                                offset)


@lru_cache(maxsize=256)  # a document repeats its dates (every article falls back to the capture's)
def parse_stamp(value: Optional[str]) -> Optional[Stamp]:
    """``value`` as a :class:`Stamp`, or None when it is missing or not a real date.

    A date-time whose time part is unusable keeps its date.
    """
    if not value:
        return None
    value = value.strip()
    match = _DATE_TIME.fullmatch(value)
    day = match.group(1) if match else value
    if not _DATE.fullmatch(day) or not _real_day(day):
        return None
    if not match:
        return Stamp(day)
    hour, minute, second, fraction, utc, sign, zone_hour, zone_minute = match.groups()[1:]
    second = second or "00"
    if int(hour) > 23 or int(minute) > 59 or int(second) > 59:
        return Stamp(day)
    zone = None
    if utc:
        zone = "Z"
    elif sign:
        if int(zone_hour) * 60 + int(zone_minute) > 14 * 60 or int(zone_minute) > 59:
            return Stamp(day)
        zone = f"{sign}{zone_hour}:{zone_minute}"
    return Stamp(day, f"{hour}:{minute}:{second}{fraction or ''}", zone)


def first_stamp(*values: Optional[str]) -> Optional[Stamp]:
    """The first of ``values`` that is a usable date."""
    for value in values:
        stamp = parse_stamp(value)
        if stamp is not None:
            return stamp
    return None


def _real_day(day: str) -> bool:
    try:
        date.fromisoformat(day)
    except ValueError:  # 2024-02-30, year 0000
        return False
    return True


def newest(*stamps: Optional[Stamp]) -> Optional[Stamp]:
    """The latest of ``stamps`` (the first of equals), or None when there is none."""
    found = [stamp for stamp in stamps if stamp is not None]
    return max(found, key=Stamp.sort_key) if found else None

"""Small value helpers for the EPUB writer: escaping, language tags, dates.

Everything here is pure and cheap, because it runs for every block of every
article in archives of millions of captures.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from functools import lru_cache
from typing import Optional

from .._xmltext import escape_text, xml_text

# RFC 5646 well-formedness (no grandfathered tags: the schema's pattern cannot produce them).
# The schema admits e.g. "en-12", which is not a language tag; EPUBCheck rejects such a dc:language.
_LANGUAGE_TAG = re.compile(
    r"""^(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})   # language, extlang
        (?:-[a-z]{4})?                                          # script
        (?:-(?:[a-z]{2}|[0-9]{3}))?                             # region
        (?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*                # variants
        (?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*                     # extensions
        (?:-x(?:-[a-z0-9]{1,8})+)?$                             # private use
    """,
    re.IGNORECASE | re.VERBOSE,
)

UNDETERMINED = "und"

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# What HTML's <time datetime> accepts as a global date and time (upper-case T and Z only).
_HTML_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$")


class Fixed(str):
    """Page text that is the same in every book: markup boilerplate, not content.

    The container deflates such a piece once per process and reuses the bytes
    (see :func:`~convert.writers.epub._zip.deflate_pieces`). It is an ordinary
    string everywhere else; anything made from it (``+``, ``join``) is plain text.
    """

    __slots__ = ()


def esc(text: str, where: str) -> str:
    """Any ``text`` as XML character data: illegal characters dropped (with a warning), markup escaped."""
    return escape_text(xml_text(text, where))


@lru_cache(maxsize=256)  # a handful of distinct tags recur in every batch
def language_tag(value: Optional[str]) -> str:
    """A well-formed BCP 47 tag for ``value``; anything else becomes ``"und"``.

    ``und`` ("undetermined", ISO 639-2) is itself a well-formed BCP 47 tag and
    EPUBCheck accepts it in ``dc:language`` and ``xml:lang``, so an article whose
    language the reader could not tell keeps saying exactly that.
    """
    if value and _LANGUAGE_TAG.match(value):
        return value
    return UNDETERMINED


@lru_cache(maxsize=4096)  # capture and publication dates recur across documents; the result is immutable
def parse_when(value: Optional[str]) -> Optional[datetime]:
    """A schema date or date-time as an aware UTC datetime (a bare date is midnight UTC); None if unusable."""
    if not value:
        return None
    try:
        if _DATE.match(value):
            moment = datetime.combine(date.fromisoformat(value), datetime.min.time())
        else:
            moment = datetime.fromisoformat(value.replace("z", "Z").replace("t", "T"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    try:
        return moment.astimezone(timezone.utc)
    except (OverflowError, ValueError):  # e.g. 0001-01-01T00:00:00+01:00
        return None


@lru_cache(maxsize=4096)
def day_of(value: Optional[str]) -> Optional[str]:
    """The calendar day (YYYY-MM-DD) of a schema date or date-time, as written; None if it is not a real date."""
    if not value or len(value) < 10:
        return None
    day = value[:10]
    try:
        date.fromisoformat(day)
    except ValueError:
        return None
    return day


def time_element(value: str, where: str) -> str:
    """``value`` shown as written (``T`` as a space), inside ``<time>`` when it is a valid HTML date."""
    shown = esc(value.replace("T", " ", 1), where)
    machine = _machine_date(value)
    if machine is None:
        return f'<span class="date">{shown}</span>'
    return f'<time class="date" datetime="{machine}">{shown}</time>'


@lru_cache(maxsize=4096)
def _machine_date(value: str) -> Optional[str]:
    """``value`` as a valid HTML ``datetime`` attribute: the date-time itself, else its day; None if neither."""
    if _HTML_DATETIME.match(value) and parse_when(value) is not None:
        return value
    return day_of(value)

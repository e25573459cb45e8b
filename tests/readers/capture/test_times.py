"""Times of day beside a date: a date-time only where the page gives a zone."""

import pytest

from convert.readers.capture.times import date_time


@pytest.mark.parametrize("day, rest, expected", [
    ("2025-09-02", " 5:43 pm.", "2025-09-02"),  # a time without a zone is no moment: the date alone
    ("2023-10-02", "12:15 AM ET, Mon ", "2023-10-02T00:15:00-04:00"),  # ET in October: summer time
    ("2023-12-02", "12:15 AM ET, Mon ", "2023-12-02T00:15:00-05:00"),
    ("2024-03-10", "9:00 am PT", "2024-03-10T09:00:00-07:00"),  # the day summer time starts
    ("2024-11-03", "9:00 am PT", "2024-11-03T09:00:00-08:00"),  # the day it ends
    ("2024-06-01", " 17:43 CEST", "2024-06-01T17:43:00+02:00"),
    ("2024-06-01", " at 9.30am GMT", "2024-06-01T09:30:00Z"),
    ("2024-06-01", " 3:00 p.m. EST", "2024-06-01T15:00:00-05:00"),
    ("2024-06-01", " 10:00 UTC+2", "2024-06-01T10:00:00+02:00"),
    ("2024-06-01", " 10:00 GMT-0530", "2024-06-01T10:00:00-05:30"),
    ("2024-06-01", " 10:00 IST", "2024-06-01"),  # India, Ireland or Israel: not guessed
    ("2024-06-01", " 2 comments", "2024-06-01"),
    ("2024-06-01", " 13:00 pm UTC", "2024-06-01"),  # no such time
    ("2024-06-01", "", "2024-06-01"),
    ("2024-06-01", "T10:15:00Z", "2024-06-01T10:15:00Z"),  # ISO 8601's own time and zone
    ("2024-06-01", "T10:15:00+01:00", "2024-06-01T10:15:00+01:00"),
    ("2024-06-01", "T10:15", "2024-06-01"),
    ("2024-06-01", " AT10:15 GMT", "2024-06-01"),  # (a letter glued to the hour)
])
def test_date_time(day, rest, expected):
    assert date_time(day, rest) == expected

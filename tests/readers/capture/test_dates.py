"""Dates as pages in several languages write them."""

import pytest

from convert.readers.capture.dates import date_alone, find_date, month_first_in_the_united_states, names_weekday, parse_date


@pytest.mark.parametrize("text, iso", [
    ("12 mars 2024", "2024-03-12"), ("3. März 2024", "2024-03-03"), ("3 de marzo de 2024", "2024-03-03"),
    ("5 de março de 2023", "2023-03-05"), ("7 maggio 2024", "2024-05-07"), ("1er avril 2024 à 10h30", "2024-04-01"),
    ("03/08/2019", "2019-08-03"), ("03.08.2019", "2019-08-03"), ("12/25/2024", "2024-12-25"),
    ("3. März 2024, 10:12 Uhr", "2024-03-03"), ("July 4, 2023", "2023-07-04"), ("03-08-2019", "2019-08-03"),
    ("21. April 2020", "2020-04-21"), ("21. August 2020", "2020-08-21"), ("3. November 2024", "2024-11-03"),
    ("Fecha: 03-03-2024", "2024-03-03"), ("Datum: 3. März 2024", "2024-03-03"), ("Date: March 3, 2024", "2024-03-03"),
    ("10 Out 2023, 16:48", "2023-10-10"), ("4 ene. 2024", "2024-01-04"), ("12 mag 2024", "2024-05-12"),
    ("4 de octubre de 2023 | 10:15 h", "2023-10-04"), ("enero 21, 2024 - 7:45 p. m.", "2024-01-21"),
    # (German's short months after the day's stop)
    ("28. Nov. 2024", "2024-11-28"), ("3. Dez. 2024", "2024-12-03"), ("21. Jan 2022", "2022-01-21"),
    ("Do, 28. Nov. 2024", "2024-11-28"), ("14. Aug. 2023", "2023-08-14"),
])
def test_a_line_that_is_only_a_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", ["31/02/2024", "45 mars 2024", "marzo 2024", "03/08.2019", "call 555-12-2024",
                                  "Score 3-1 in 2024", "He stayed out 2023 and 2024", "Set 2023 aside"])
def test_no_date_that_does_not_exist(text):
    assert find_date(text) is None


@pytest.mark.parametrize("text, iso", [
    ("12.03.24", "2024-03-12"), ("Kranichfelde | 12.03.24", "2024-03-12"), ("6.11.22", "2022-11-06"),
    ("Abschnitt 1.2.24", None), ("v1.12.24", None), ("32.01.24", None), ("12.13.24", None), ("Seiten 12.03.24 bis 14", None),
])
def test_a_day_with_stops_and_a_short_year_as_the_lines_or_its_last_parts_whole_text(text, iso):
    found = find_date(text)
    assert (found[0] if found else None) == iso


@pytest.mark.parametrize("text, iso", [
    ("24 Mai 2024, 21:48 · há 37 min", "2024-05-24"), ("March 3, 2024 | 2 hours ago", "2024-03-03"),
    ("March 3, 2024 the council met", None),
])
def test_a_date_then_how_long_ago_after_a_separator_stands_alone(text, iso):
    assert date_alone(text, find_date(text)) == iso


def test_a_timestamp_in_iso_form():
    assert find_date("2024-03-03T10:15:00+01:00")[0] == "2024-03-03"


def test_dates_inside_a_line():
    assert find_date("Publié le 12 mars 2024 par la rédaction")[0] == "2024-03-12"
    assert find_date("Fecha: 03-03-2024")[0] == "2024-03-03"
    assert parse_date("Publié le 12 mars 2024 par la rédaction") is None


def test_a_date_followed_by_when_the_story_was_updated_stands_alone():
    from convert.readers.capture.dates import date_alone, find_date
    for text, iso in (("12/03/2024 10h15 Atualizado há 2 horas", "2024-03-12"),
                      ("March 3, 2024 | Updated 2 hours ago", "2024-03-03")):
        assert date_alone(text, find_date(text)) == iso
    text = "March 3, 2024: the council met"
    assert date_alone(text, find_date(text)) is None


def test_a_date_with_the_little_word_before_it_or_slashes_around_its_time():
    from convert.readers.capture.dates import date_alone, find_date
    for text in ("Le 3 mars 2024 à 10h15", "Am 3. März 2024 um 10:15 Uhr", "On March 3, 2024",
                 "March 3, 2024 / 10:15 AM / Updated 2 hours ago"):
        assert date_alone(text, find_date(text)) == "2024-03-03", text
    assert date_alone("Lee March 3, 2024", find_date("Lee March 3, 2024")) is None
    for text in ("14 MAY 2023 10:21 AM Tiempo de lectura: 3 minutos", "3. März 2024 Lesezeit: 4 Min."):  # (the label first)
        assert date_alone(text, find_date(text)) is not None, text
    text = "14.02.2024, 06.00 Uhr • aus DIE VALLEY ZEITUNG 8/2024"  # (the printed issue it appeared in)
    assert date_alone(text, find_date(text)) == "2024-02-14"


@pytest.mark.parametrize("text, alone", [
    ("March 21, 2024 3 AM PT", True), ("March 19, 2024, 6 AM ET", True), ("March 19, 2024 at 6 a.m. ET", True),
    ("March 19, 2024 6 people died", False),
])
def test_a_date_with_an_hour_and_no_minutes(text, alone):
    from convert.readers.capture.dates import date_alone, find_date
    assert date_alone(text, find_date(text)) == (find_date(text)[0] if alone else None)


@pytest.mark.parametrize("text, iso", [
    ("03/04/24 3:15 PM ET", "2024-03-04"), ("03/04/24 15:15", "2024-04-03"), ("25/12/24 10:00", "2024-12-25"),
    ("12/25/24 10:00", "2024-12-25"),
])
def test_a_year_of_two_digits_before_a_time(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", ["1/2/24", "Won 3/4/24 in the final", "31/02/24 10:00"])
def test_a_fraction_or_a_score_is_no_date(text):
    assert find_date(text) is None


def test_a_time_glued_to_the_year_ends_it():
    from convert.readers.capture.dates import find_date
    for text in ("March 3, 20245:00 AM ET", "3 March 202411:32"):
        iso, where = find_date(text)
        assert (iso, text[where.end():].strip()) == ("2024-03-03", text.split("2024")[1])
    assert find_date("March 3, 20245") is None  # five digits: no year


def test_a_weekday_starts_a_word():
    # "SOLOMON" ends in "MON", which is no Monday before the month.
    iso, where = find_date("By JANE SOLOMON JULY 29, 2016")
    assert (iso, where.group(0)) == ("2016-07-29", "JULY 29, 2016")
    assert find_date("Mon October 2, 2023")[1].group(0) == "Mon October 2, 2023"


@pytest.mark.parametrize("text, iso", [
    ("3 de marzo de 2024 · 10:15", "2024-03-03"),  # a time after a middle dot or a bullet
    ("3 March 2024 • 10:15am", "2024-03-03"),
    ("3.mar.2024 às 10h15", "2024-03-03"),  # the month shortened, between dots
    ("12.set.2023", "2023-09-12"),
])
def test_a_date_with_its_time_after_a_dot_or_between_dots(text, iso):
    assert parse_date(text) == iso


def test_a_shortened_month_word_is_no_date_outside_dots():
    assert find_date("out 3 2024 set") is None


@pytest.mark.parametrize("text", ["March 3, 2024 — 10.15am", "10:15, 3 Mar 2024Updated11:00, 3 Mar 2024"])
def test_a_date_with_a_time_after_a_dash_or_an_update_glued_on(text):
    assert parse_date(text) == "2024-03-03"


@pytest.mark.parametrize("text", ["Published On 3 Mar 20243 Mar 2024", "3 Mar 20243 Mar 2024"])
def test_two_dates_glued_give_the_date_not_a_year_of_three_digits(text):
    assert find_date(text)[0] == "2024-03-03"


@pytest.mark.parametrize("text", ["Mar 20243", "Room 1203 March 2024 report"])
def test_no_date_from_digits_run_together(text):
    assert find_date(text) is None


@pytest.mark.parametrize("text, iso", [
    ("03/04/2024 10:15 AM EST", "2024-03-04"), ("03/04/2024 3:15 p.m. ET", "2024-03-04"),
    ("03/04/2024 10:15 AM", "2024-04-03"), ("03/04/2024 15:15 CET", "2024-04-03"), ("03.04.2024 10:15 AM EST", "2024-04-03"),
])
def test_a_twelve_hour_clock_in_a_zone_of_the_united_states_puts_the_month_first(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text, iso", [("7/2/2024 9:14:22 AM", "2024-07-02"), ("7/2/2024 9:14:22 PM", "2024-07-02"),
                                       ("7/2/2024 9:14 AM", "2024-02-07")])  # (no seconds: the day may come first)
def test_the_united_states_default_format_with_its_seconds_and_am_or_pm_puts_the_month_first(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text, iso", [("1.11.23 20:19", "2023-11-01"), ("19.10.19, 11:29 Uhr", "2019-10-19"),
                                       ("Publié le 22-01-24 à 06h00", "2024-01-22")])
def test_a_year_of_two_digits_between_stops_before_a_time_is_day_first(text, iso):
    assert find_date(text)[0] == iso


@pytest.mark.parametrize("text, iso", [("Oktober 25 2023", "2023-10-25"), ("Dezember 10, 2019", "2019-12-10"),
                                       ("22 Dec, 2016 22 Dec, 2016", "2016-12-22"), ("31. Oktober 2023 31. Oktober 2023", "2023-10-31")])
def test_a_local_month_first_and_a_date_printed_twice(text, iso):
    assert parse_date(text) == iso


def test_two_different_dates_are_no_date_alone():
    assert parse_date("22 Dec, 2016 23 Dec, 2016") is None


@pytest.mark.parametrize("text, iso", [
    ("Publié le 21 janv. 25 à 14h32", "2025-01-21"), ("3 mars 24 à 10h00", "2024-03-03"),
    ("3 mars, 24 élus à 10h00", None),  # (a count, not a year)
])
def test_a_months_name_and_a_year_of_two_digits_before_a_time(text, iso):
    from convert.readers.capture.dates import find_date
    found = find_date(text)
    assert (found[0] if found else None) == iso


@pytest.mark.parametrize("text, iso", [
    ("Publié le 12/03/25 à 18h12", "2025-03-12"),  # a year of two digits before "à" and a time with its "h"
    ("12/03/2025 11h20Atualizada em 12/03/2025 14h05", "2025-03-12"),  # the update note's feminine form, glued on
])
def test_more_stamps_in_the_other_languages(text, iso):
    from convert.readers.capture.dates import find_date
    assert find_date(text)[0] == iso


@pytest.mark.parametrize("text, iso", [("22/05/24 - 14:03", "2024-05-22"), ("22.05.24 – 09:15", "2024-05-22"),
                                       ("Score 3-1 - 14:03", None), ("2/3 - 14:03", None)])
def test_a_year_of_two_digits_then_a_dash_and_the_time(text, iso):
    found = find_date(text)
    assert (found[0] if found else None) == iso


@pytest.mark.parametrize("text, iso", [("23·07·24 | 14:05", "2024-07-23"), ("23·07·2024", "2024-07-23"),
                                       ("Score 3·1", None), ("23·07·24", None)])
def test_a_date_between_middle_dots(text, iso):
    found = find_date(text)
    assert (found[0] if found else None) == iso


@pytest.mark.parametrize("text, iso", [("13 juin 2023 | 11 h 47", "2023-06-13"), ("12 décembre 2023 à 6 h 00", "2023-12-12")])
def test_a_date_with_the_hour_mark_between_spaces_is_a_date_alone(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", ["Di", "Mié", "Sáb.", "Gio", "Tuesday", "Lundi"])
def test_a_days_name_cut_short_names_a_weekday(text):
    assert names_weekday(text)


@pytest.mark.parametrize("text", ["Dinslaken", "Madrid", "Do it"])
def test_a_place_names_no_weekday(text):
    assert not names_weekday(text)


@pytest.mark.parametrize("text, iso", [("19. Juli 2024Markus Zbinden", "2024-07-19"), ("12.03.2024Jane Roe", "2024-03-12"),
                                       ("Freitag, 15. April 2016Samstag, 4. März 2017", "2016-04-15")])
def test_a_date_with_the_next_elements_word_glued_to_its_year(text, iso):
    assert find_date(text)[0] == iso


@pytest.mark.parametrize("text, iso", [("há 3 horas | 04/03/2025 - 09h12", "2025-03-04"), ("vor 2 Stunden · 12.03.2024", "2024-03-12")])
def test_how_long_ago_then_the_day_is_a_date_alone(text, iso):
    assert date_alone(text, find_date(text)) == iso


def test_the_month_first_then_the_day_and_de_before_the_year():
    text = "marzo 10 de 2024 - 06:40 p. m."
    assert date_alone(text, find_date(text)) == "2024-03-10"


@pytest.mark.parametrize("text, iso", [("Di., 14.05.2024 - 18:32 Uhr", "2024-05-14"), ("Mi., 14.05.2025", "2025-05-14"),
                                       ("mié 3 abr 2024", "2024-04-03"), ("sex, 05/04/2024", "2024-04-05"),
                                       ("gio 11 aprile 2024", "2024-04-11")])
def test_a_shortened_days_name_before_the_date_leaves_it_alone(text, iso):
    assert date_alone(text, find_date(text)) == iso


def test_a_month_shortened_as_english_does_with_a_two_digit_year_before_a_time():
    assert find_date("Publié le 9 oct. 23 à 17:55")[0] == "2023-10-09"
    assert find_date("3 mars, 24 élus") is None


@pytest.mark.parametrize("text", ["March 18, 2025 09:00 AM Eastern Daylight Time", "March 18, 2025 9:00 AM Pacific Time"])
def test_a_time_zone_spelled_out_after_the_time(text):
    assert parse_date(text) == "2025-03-18"


@pytest.mark.parametrize("text, iso", [("5:45 AM EDT on Jul 19, 2024", "2024-07-19"), ("The vote on Jul 19, 2024", None)])
def test_a_time_then_on_and_the_day_is_a_date_line(text, iso):
    from convert.readers.capture.dates import date_alone, find_date
    assert date_alone(text, find_date(text)) == iso


@pytest.mark.parametrize("text, iso", [("2. Feber 2024", "2024-02-02"), ("ene 15, 2024 8:40 AM", "2024-01-15"),
                                       ("dic 3, 2023", "2023-12-03")])
def test_austrias_february_and_a_short_month_first_then_the_day_and_a_comma(text, iso):
    assert find_date(text)[0] == iso


@pytest.mark.parametrize("text", ["2024/06/03 15:22", "Publicado 2024/06/03"])
def test_a_date_year_first_with_slashes(text):
    assert find_date(text)[0] == "2024-06-03"


@pytest.mark.parametrize("text", ["2024/13/03", "2024/06-03"])
def test_no_date_year_first_where_the_month_or_the_separators_do_not_fit(text):
    assert find_date(text) is None


@pytest.mark.parametrize("text, day, place, expected", [
    ("Updated: 4/2/2024 6:15 AM", "2024-02-04", "OSHKOSH, Wis.", "2024-04-02"),  # a US dateline: the month first
    ("Updated: 4/2/2024 6:15 AM", "2024-02-04", "AUSTIN, Texas", "2024-04-02"),
    ("Updated: 4/2/2024 6:15 AM", "2024-02-04", "MUMBAI", "2024-02-04"),  # elsewhere, the day first stays
    ("Updated: 4/2/2024 6:15 AM", "2024-02-04", "Perth, Western Australia", "2024-02-04"),
    ("Updated: 4/25/2024", "2024-04-25", "OSHKOSH, Wis.", "2024-04-25"),  # unambiguous, already right
    ("April 2, 2024", "2024-04-02", "OSHKOSH, Wis.", "2024-04-02"),  # no slashes: read as written
])
def test_a_slashed_day_under_a_us_dateline_puts_the_month_first(text, day, place, expected):
    assert month_first_in_the_united_states(text, day, place) == expected

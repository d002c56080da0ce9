"""Dates to the precision the text gives; relative dates only with a reference."""
from datetime import date

import pytest

from core.normalize import dates

REF = date(2025, 7, 1)


def found(text, reference=REF):
    return [(m.date, m.date_end, m.kind) for m in dates.find(text, reference)]


@pytest.mark.parametrize("text, expected", [
    ("on July 27, 2025 in Turnberry", [("2025-07-27", None, "absolute")]),
    ("in Beijing on Jan. 31, 2025.", [("2025-01-31", None, "absolute")]),
    ("on 3 March 2024", [("2024-03-03", None, "absolute")]),
    ("March 3rd, 2024", [("2024-03-03", None, "absolute")]),
    ("Tuesday, Jul 01, 2025", [("2025-07-01", None, "absolute")]),
    ("Sept. 9, 2023", [("2023-09-09", None, "absolute")]),
    ("in June 2024", [("2024-06", None, "absolute")]),
    ("in 2006, under strong pressure", [("2006", None, "absolute")]),
    ("published 2025-07-01", [("2025-07-01", None, "absolute")]),
    ("between June 2024 and March 2025", [("2024-06", "2025-03", "span")]),
    ("from 2017 to 2021", [("2017", "2021", "span")]),
    ("by 2027", [("2027", None, "target")]),
    ("by 2035", [("2035", None, "target")]),
    ("on September 23 at U.N. headquarters", [("2025-09-23", None, "absolute")]),
    ("last year", [("2024", None, "relative")]),
    ("earlier this year", [("2025", None, "relative")]),
    ("next year", [("2026", None, "relative")]),
    ("in January", [("2025-01", None, "relative")]),
    ("last month", [("2025-06", None, "relative")]),
])
def test_dates_found_and_normalised(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "we may see more", "May I ask", "a 10% rise", "costs $14 billion",
    "Section 232 tariffs", "some 28,500 troops", "the 1990s", "over 100 officials",
])
def test_words_and_figures_that_are_not_dates(text):
    assert found(text) == []


@pytest.mark.parametrize("text", ["last year", "earlier this year", "in January",
                                  "on September 23"])
def test_relative_dates_need_a_reference(text):
    assert found(text, reference=None) == []


def test_offsets_are_exact():
    text = "It was conducted between June 2024 and March 2025, officials said."
    [mention] = dates.find(text)
    assert text[mention.start:mention.end] == "between June 2024 and March 2025"


# -- years and spans -------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("independence in 1946", [("1946", None, "absolute")]),
    ("the 1965-68 border crisis", [("1965", "1968", "span")]),
    ("the 1950-1953 war", [("1950", "1953", "span")]),
    # a fiscal year written with its second year is one year, not a span
    ("the budget for 2025-26 was tabled", [("2025", None, "absolute")]),
])
def test_years_and_two_digit_spans(text, expected):
    assert found(text) == expected


# -- months without a year: the clause's tense decides ----------------------------

DECEMBER = date(2022, 12, 14)


@pytest.mark.parametrize("text, expected", [
    ("The treaty will be ratified in March.", "2023-03"),
    ("Ministers are scheduled to sign it in February.", "2023-02"),
    ("The two navies held drills in October.", "2022-10"),
    ("Seoul and Tokyo met in December.", "2022-12"),
])
def test_a_bare_month_takes_the_year_its_tense_points_to(text, expected):
    assert [m.date for m in dates.find(text, DECEMBER)] == [expected]


def test_a_bare_month_still_to_come_with_no_tense_is_left_out():
    assert dates.find("in November, officials", date(2022, 6, 1)) == []


# -- day-scale relative dates: only with `nearby` and a story date ---------------

WEDNESDAY = date(2024, 5, 15)


def near(text, reference=WEDNESDAY):
    return [(m.date, m.kind) for m in dates.find(text, reference, nearby=True)]


@pytest.mark.parametrize("text, expected", [
    ("The pact was signed yesterday.", "2024-05-14"),
    ("The envoy arrives in Manila tomorrow.", "2024-05-16"),
    ("The ministers met on Wednesday in Hanoi.", "2024-05-15"),
    ("Indonesia announced the purchase on Monday.", "2024-05-13"),
    ("The drills ended Saturday.", "2024-05-11"),
    # the day after the story's own weekday: last week's, or a story stamped a
    # day late; only the month is certain
    ("The ministry confirmed the order Thursday.", "2024-05"),
    # "last Tuesday": yesterday or a week before: the month they share
    ("Officials inspected the base last Tuesday.", "2024-05"),
    ("The leaders will meet on Friday.", "2024-05-17"),
    ("The agreement was initialled last week.", "2024-05"),
    ("Talks resume next April.", "2025-04"),
    ("Talks resume next June.", "2024-06"),
    ("The base reopened last March.", "2024-03"),
])
def test_day_scale_relative_dates(text, expected):
    assert near(text) == [(expected, "relative")]


@pytest.mark.parametrize("text", [
    "The agreement was initialled last week.",  # April 29 to May 5 spans two months
    "Thursday marks the anniversary.",  # no tense: which Thursday?
])
def test_day_scale_dates_left_out_where_uncertain(text):
    assert near(text, date(2024, 5, 8)) == []


def test_day_scale_dates_need_the_flag_and_a_reference():
    assert found("The pact was signed yesterday.") == []
    assert near("The pact was signed yesterday.", reference=None) == []


def test_today_and_this_month_name_are_not_read():
    assert near("China today is a major power.") == []
    assert near("This April report covers the drills.") == []


def test_a_weekday_with_its_verb_after_it_takes_that_verb_s_tense():
    # the verb right after the weekday decides, not a plan later in the sentence
    assert near("The minister on Wednesday said Jakarta has no plans to join the pact.") == [
        ("2024-05-15", "relative")]


def test_an_irregular_past_verb_gives_the_tense():
    assert near("The minister told reporters on Wednesday that talks would resume.") == [
        ("2024-05-15", "relative")]


def test_a_weekday_in_a_full_date_is_not_read_twice():
    assert near("on Tuesday, May 14, 2024") == [("2024-05-14", "absolute")]


@pytest.mark.parametrize("text, expected", [
    ("The air force ordered more jets in June last year.", "2023-06"),
    ("In October last year, the two navies held drills.", "2023-10"),
    ("Envoys met in Jakarta on 2 February this year.", "2024-02-02"),
    ("The accord was initialled on November 8 last year.", "2023-11-08"),
    ("Elections fall in April next year.", "2025-04"),
    ("The envoy is scheduled to visit the shipyard on Thursday.", "2024-05-16"),
])
def test_month_with_its_relative_year_and_a_weekday_ahead(text, expected):
    assert [m.date for m in dates.find(text, WEDNESDAY, nearby=True)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("in early 2024", [("2024", None, "absolute")]),
    ("by mid-2027", [("2027", None, "target")]),
])
def test_early_mid_late_year(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", ["over the last year", "The next month will be hard",
                                  "in the past year"])
def test_a_stretch_of_months_is_not_a_calendar_date(text):
    assert found(text) == []


def test_relative_words_opening_a_sentence():
    assert [m.date for m in dates.find("Last month, the envoys met. Earlier this year, too.",
                                       REF)] == ["2025-06", "2025"]

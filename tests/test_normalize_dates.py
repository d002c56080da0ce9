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

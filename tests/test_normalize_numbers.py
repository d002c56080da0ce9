"""Figures: percentages, money, multiples and fractions, with qualifiers."""
import pytest

from core.normalize import numbers


def one(text):
    [quantity] = numbers.find(text)
    return quantity


@pytest.mark.parametrize("text, kind, value, high, qualifier", [
    ("2%", "percent", 2.0, None, "exact"),
    ("2 percent", "percent", 2.0, None, "exact"),
    ("over 2 per cent", "percent", 2.0, None, "over"),
    ("more than 1.5% of GDP", "percent", 1.5, None, "over"),
    ("about 2.3 percent of GDP", "percent", 2.3, None, "approx"),
    ("approximately 2% of its GDP", "percent", 2.0, None, "approx"),
    ("nearly 3.5% of GDP", "percent", 3.5, None, "under"),
    ("up to 25 percent", "percent", 25.0, None, "up_to"),
    ("at least 3%", "percent", 3.0, None, "at_least"),
    ("150% to 200%", "percent", 150.0, 200.0, "exact"),
    ("between 1.5 and 2 per cent", "percent", 1.5, 2.0, "exact"),
    ("a 25-50% levy", "percent", 25.0, 50.0, "exact"),
    ("two percent", "percent", 2.0, None, "exact"),
    ("eight times", "multiple", 8.0, None, "exact"),
    ("approximately eight times the amount", "multiple", 8.0, None, "approx"),
    ("five-fold", "multiple", 5.0, None, "exact"),
    ("twice as much", "multiple", 2.0, None, "exact"),
    ("a fifth of the cost", "percent", 20.0, None, "exact"),
    ("half of the bill", "percent", 50.0, None, "exact"),
])
def test_percentages_multiples_fractions(text, kind, value, high, qualifier):
    q = one(text)
    assert (q.kind, q.value, q.value_high, q.qualifier) == (kind, value, high, qualifier)


@pytest.mark.parametrize("text, value, currency, qualifier", [
    ("$10 billion", 1e10, "USD", "exact"),
    ("US$1.2bn", 1.2e9, "USD", "exact"),
    ("$245bn", 2.45e11, "USD", "exact"),
    ("¥8.7 trillion", 8.7e12, "JPY", "exact"),
    ("1.5 trillion won", 1.5e12, "KRW", "exact"),
    ("KRW 1.5 trillion", 1.5e12, "KRW", "exact"),
    ("at least 1.8 trillion yen", 1.8e12, "JPY", "at_least"),
    ("€500 million", 5e8, "EUR", "exact"),
    ("A$368 billion", 3.68e11, "AUD", "exact"),
    ("NT$19 billion", 1.9e10, "TWD", "exact"),
    ("some $886 billion", 8.86e11, "USD", "approx"),
    ("$14 B", 1.4e10, "USD", "exact"),
])
def test_money_with_currency(text, value, currency, qualifier):
    q = one(text)
    assert q.kind == "money"
    assert q.value == pytest.approx(value)
    assert (q.currency, q.qualifier) == (currency, qualifier)


def test_conversion_in_brackets_is_marked():
    first, second = numbers.find("944.1 billion won ($808 million)")
    assert (first.currency, first.value, first.converted) == ("KRW", 944.1e9, False)
    assert (second.currency, second.value, second.converted) == ("USD", 808e6, True)


def test_range_and_change_are_told_apart():
    assert one("tariffs ranging from 150% to 200%").form == "range"
    change = one("raise tariffs from 25% to 50%")
    assert (change.form, change.value, change.value_high) == ("change", 25.0, 50.0)


@pytest.mark.parametrize("text", [
    "Section 232 of the Trade Expansion Act",
    "in 2026 compared to the previous year",
    "over 100 officials and experts",
    "the 45th president",
    "F-35A fighter jets",
    "a population of around 1.4 billion",
])
def test_text_with_no_percentage_or_money_gives_nothing(text):
    assert [q for q in numbers.find(text) if q.kind in ("percent", "money")] == []


def test_spans_are_exact():
    text = "Trump’s proposal to impose 10% tariffs and potentially over 60% on goods"
    for q in numbers.find(text):
        assert text[q.start:q.end] == q.text
    assert [q.text for q in numbers.find(text)] == ["10%", "over 60%"]


@pytest.mark.parametrize("token, value", [
    ("1,234.5", 1234.5), ("eight", 8.0), ("twenty-five", 25.0), ("28,500", 28500.0),
    ("banana", None),
])
def test_parse_number(token, value):
    assert numbers.parse_number(token) == value

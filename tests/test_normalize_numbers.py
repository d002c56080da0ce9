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


# -- the region's currencies and notations --------------------------------------

@pytest.mark.parametrize("text, value, currency", [
    ("2.3 trillion won", 2.3e12, "KRW"),
    ("48.9 trillion Korean won", 48.9e12, "KRW"),
    ("312.5 billion yen", 312.5e9, "JPY"),
    ("7 billion Japanese yen", 7e9, "JPY"),
    ("650 million U.S. dollars", 6.5e8, "USD"),
    ("3.1 billion dollars U.S.", 3.1e9, "USD"),
    ("P240.6 billion", 240.6e9, "PHP"),
    ("₱1,500", 1500.0, "PHP"),
    ("PHP 12 billion", 12e9, "PHP"),
    ("95.5 billion pesos", 95.5e9, "PHP"),
    ("RM19.7 billion", 19.7e9, "MYR"),
    ("Rp 155 trillion", 155e12, "IDR"),
    ("Rs 4,78,196 crore", 4.78196e12, "INR"),
    ("Rs. 5.2 lakh crore", 5.2e12, "INR"),
    ("₹320 crore", 3.2e9, "INR"),
    ("INR 2,500 crore", 2.5e10, "INR"),
    ("$7bn", 7e9, "USD"),
    ("A$12.4bn", 12.4e9, "AUD"),
    ("NT$612 billion", 612e9, "TWD"),
    ("TWD 880 billion", 880e9, "TWD"),
    ("1.1 trillion TWD", 1.1e12, "TWD"),
    ("S$23 billion", 23e9, "SGD"),
    ("240 billion baht", 240e9, "THB"),
])
def test_money_in_the_currencies_of_the_region(text, value, currency):
    q = one(text)
    assert q.kind == "money"
    assert q.value == pytest.approx(value)
    assert q.currency == currency


@pytest.mark.parametrize("text", [
    "the P5 members of the Security Council",
    "the RM3 road to the border",
    "the party that in 2022 won the election",
])
def test_letters_and_years_that_are_no_money(text):
    assert [q for q in numbers.find(text) if q.kind == "money"] == []


def test_money_range_shares_its_scale():
    q = one("between $120-150 billion")
    assert (q.value, q.value_high, q.currency, q.form) == (120e9, 150e9, "USD", "range")


@pytest.mark.parametrize("text, converted", [
    ("2.3 trillion won (about 1.7 billion U.S. dollars)", 1.7e9),
    ("NT$612 billion (US$20.4 billion)", 20.4e9),
    ("Rs 4,78,196 crore, or about $57 billion", 57e9),
    ("5.1 billion dollars U.S. (about 560 billion yen)", 560e9),
])
def test_conversion_of_the_amount_before_is_marked(text, converted):
    first, second = numbers.find(text)
    assert not first.converted
    assert second.converted and second.value == pytest.approx(converted)


def test_two_amounts_in_one_currency_are_no_conversion():
    first, second = numbers.find("1.4 trillion won and 1.5 trillion won")
    assert not second.converted


@pytest.mark.parametrize("text, value, form, qualifier", [
    ("three-point-two percent", 3.2, "single", "exact"),
    ("one point five per cent", 1.5, "single", "exact"),
    ("2½ per cent", 2.5, "single", "exact"),
    ("nearly 2/3 of the bill", 66.667, "fraction", "under"),
    ("roughly half the expenses", 50.0, "fraction", "approx"),
    ("capped at 1 percent of GDP", 1.0, "single", "up_to"),
])
def test_spoken_decimals_vulgar_and_slash_fractions(text, value, form, qualifier):
    q = one(text)
    assert q.value == pytest.approx(value)
    assert (q.form, q.qualifier) == (form, qualifier)


def test_a_slash_that_is_no_fraction():
    assert numbers.find("open 24/7 of course") == []


@pytest.mark.parametrize("token, value", [
    ("6,21,541", 621541.0), ("3½", 3.5), ("two-point-five", 2.5), ("½", 0.5),
])
def test_parse_number_in_indian_grouping_and_words(token, value):
    assert numbers.parse_number(token) == value


@pytest.mark.parametrize("text, qualifier", [
    ("three per cent or thereabouts", "approx"),
    ("$4 billion or so", "approx"),
    ("2.5% or more", "at_least"),
    ("around 1% or less", "approx"),
])
def test_qualifier_after_the_figure(text, qualifier):
    assert one(text).qualifier == qualifier


def test_a_year_before_an_amount_is_no_low_end_of_a_range():
    found = numbers.find("rose from 36.6 trillion won in 2016 to 61 trillion won in 2025")
    assert [(q.value, q.value_high) for q in found] == [(3.66e13, None), (6.1e13, None)]

"""Figures in news text: percentages, money, multiples and counts.

`find(text)` returns every percentage, amount of money, multiple ("eight
times") and fraction ("a fifth of") in a sentence, each with its qualifier
("about", "over", "up to"…), range ("150% to 200%") or change ("from 25% to
50%"), currency (ISO 4217) and exact span. Words and symbols come from
`data/numbers.toml`. Extractors decide what a figure means; this module only
reads it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from core import data


@dataclass(frozen=True)
class Quantity:
    """One figure: `text[start:end]`. `kind` is percent, money or multiple;
    `form` is single, range (value..value_high) or change (from value to
    value_high); `converted` marks a conversion in brackets after another
    amount ("944.1 billion won ($808 million)")."""

    start: int
    end: int
    text: str
    kind: str
    value: float
    value_high: float | None = None
    currency: str | None = None
    qualifier: str = "exact"
    form: str = "single"
    converted: bool = False


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _vocab() -> dict:
    return data.config("numbers.toml")


@cache
def _patterns() -> dict[str, re.Pattern]:
    vocab = _vocab()
    words = _alternation(vocab["number_words"])
    digits = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    number = rf"(?:{digits}|\b(?:{words})(?:[- ](?:{words}))?\b)"
    qual = rf"(?P<q>{_alternation(vocab['qualifiers'])})\s+"
    pct = r"\s?(?:%|percent\b|per\s?cent\b|percentage points?\b|pc\b)"
    scale = (r"(?P<scale>\s?(?:trillion|billion|million|thousand|trn|tn|bn|mn)\b"
             r"|(?<=\d)[bmk]\b|\s[BMK]\b)?")
    symbols = _alternation(vocab["currency_symbols"])
    currency_words = _alternation(vocab["currency_words"])
    flags = re.IGNORECASE
    return {
        "range": re.compile(
            rf"(?:(?P<lead>from|between)\s+)?(?:{qual})?(?P<a>{number})(?:{pct})?"
            rf"\s*(?P<sep>to|and|-|–|—)\s*(?:(?:{_alternation(vocab['qualifiers'])})\s+)?"
            rf"(?P<b>{number}){pct}", flags),
        "percent": re.compile(rf"(?:{qual})?(?P<a>{number}){pct}", flags),
        "fraction": re.compile(
            rf"(?:{qual})?\b(?P<f>{_alternation(vocab['fractions'])})\s+of\b", flags),
        "money_symbol": re.compile(
            rf"(?:{qual})?(?<![\w$])(?P<sym>{symbols})\s?(?P<a>{digits}){scale}",
            re.IGNORECASE),
        "money_word": re.compile(
            rf"(?:{qual})?(?P<a>{number}){scale}\s+(?P<word>{currency_words})\b", flags),
        "multiple": re.compile(
            rf"(?:{qual})?(?:(?P<a>{number})[\s-](?:times|fold)\b"
            rf"|\b(?P<m>{_alternation(vocab['multiples'])})\b)", flags),
    }


def parse_number(token: str) -> float | None:
    """"1,234.5" -> 1234.5, "eight" -> 8, "twenty-five" -> 25; None if not a number."""
    token = token.strip().lower()
    try:
        return float(token.replace(",", ""))
    except ValueError:
        pass
    words = _vocab()["number_words"]
    if token in words:
        return float(words[token])
    total = 0.0
    for part in re.split(r"[- ]", token):
        if part not in words:
            return None
        total += words[part]
    return total


def _scale(match: re.Match) -> float:
    raw = (match.group("scale") or "").strip().lower()
    return float(_vocab()["scales"].get(raw, 1)) if raw else 1.0


def qualifier(word: str | None) -> str:
    """The contract's qualifier for a word before a figure ("some" -> approx)."""
    return _vocab()["qualifiers"].get(word.lower(), "exact") if word else "exact"


def _qualifier(match: re.Match) -> str:
    return qualifier(match.group("q"))


def find(text: str) -> list[Quantity]:
    """Every figure in `text`, in order; overlapping readings keep the longest."""
    found: list[Quantity] = []
    patterns = _patterns()
    for match in patterns["range"].finditer(text):
        quantity = _range(text, match)
        if quantity:
            found.append(quantity)
    for match in patterns["percent"].finditer(text):
        found.append(Quantity(match.start(), match.end(), match.group(), "percent",
                              parse_number(match.group("a")), qualifier=_qualifier(match)))
    for match in patterns["fraction"].finditer(text):
        value = _vocab()["fractions"][match.group("f").lower()]
        found.append(Quantity(match.start(), match.end(), match.group(), "percent",
                              float(value), qualifier=_qualifier(match), form="fraction"))
    for match in patterns["money_symbol"].finditer(text):
        symbol = match.group("sym")
        currency = _vocab()["currency_symbols"].get(symbol) or \
            _vocab()["currency_symbols"].get(symbol.upper())
        found.append(_money(match, currency))
    for match in patterns["money_word"].finditer(text):
        word = match.group("word")
        currency = next(v for k, v in _vocab()["currency_words"].items()
                        if k.lower() == word.lower())
        found.append(_money(match, currency))
    for match in patterns["multiple"].finditer(text):
        if match.group("m"):
            value = float(_vocab()["multiples"][match.group("m").lower()])
        else:
            value = parse_number(match.group("a"))
        found.append(Quantity(match.start(), match.end(), match.group(), "multiple",
                              value, qualifier=_qualifier(match)))
    return _mark_conversions(text, _longest(found))


def _range(text: str, match: re.Match) -> Quantity | None:
    lead, sep = (match.group("lead") or "").lower(), match.group("sep").lower()
    if sep == "and" and lead != "between":
        return None
    low, high = parse_number(match.group("a")), parse_number(match.group("b"))
    if low is None or high is None:
        return None
    form = "range"
    if lead == "from" and not re.search(r"rang(e|es|ed|ing)\s*$", text[:match.start()]):
        form = "change"
    return Quantity(match.start(), match.end(), match.group(), "percent", low, high,
                    qualifier=_qualifier(match), form=form)


def _money(match: re.Match, currency: str | None) -> Quantity:
    value = round(parse_number(match.group("a")) * _scale(match), 3)
    return Quantity(match.start(), match.end(), match.group(), "money", value,
                    currency=currency, qualifier=_qualifier(match))


def _longest(found: list[Quantity]) -> list[Quantity]:
    chosen: list[Quantity] = []
    for q in sorted(found, key=lambda q: (q.start, -(q.end - q.start))):
        if chosen and q.start < chosen[-1].end:
            continue
        chosen.append(q)
    return chosen


def _mark_conversions(text: str, found: list[Quantity]) -> list[Quantity]:
    result = []
    for i, q in enumerate(found):
        if (q.kind == "money" and i and found[i - 1].kind == "money"
                and re.fullmatch(r"\s*\(\s*(about|approximately|around|some|roughly)?\s*",
                                 text[found[i - 1].end:q.start], re.IGNORECASE)):
            q = replace(q, converted=True)
        result.append(q)
    return result

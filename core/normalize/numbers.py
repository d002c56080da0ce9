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
    """The figure patterns, each anchored on the figure itself (a digit, a
    symbol, a number word); the qualifier and "from"/"between" before it are
    read by looking back (`_extend`), which keeps the scan fast."""
    vocab = _vocab()
    words = _alternation(vocab["number_words"])
    digits = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    number = rf"(?:{digits}|\b(?:{words})(?:[- ](?:{words}))?\b)"
    pct = r"\s?(?:%|percent\b|per\s?cent\b|percentage points?\b|pc\b)"
    scale = (r"(?P<scale>\s?(?:trillion|billion|million|thousand|trn|tn|bn|mn)\b"
             r"|(?<=\d)[bmk]\b|\s[BMK]\b)?")
    symbols = _alternation(vocab["currency_symbols"])
    currency_words = _alternation(vocab["currency_words"])
    flags = re.IGNORECASE
    return {
        "range": re.compile(
            rf"(?P<a>{number})(?:{pct})?\s*(?P<sep>to|and|-|–|—)\s*"
            rf"(?:(?:{_alternation(vocab['qualifiers'])})\s+)?(?P<b>{number}){pct}", flags),
        "percent": re.compile(rf"(?P<a>{number}){pct}", flags),
        "fraction": re.compile(rf"\b(?P<f>{_alternation(vocab['fractions'])})\s+of\b", flags),
        "money_symbol": re.compile(
            rf"(?<![\w$])(?P<sym>{symbols})\s?(?P<a>{digits}){scale}", re.IGNORECASE),
        "money_word": re.compile(
            rf"(?P<a>{number}){scale}\s+(?P<word>{currency_words})\b", flags),
        "multiple": re.compile(
            rf"(?:(?P<a>{number})[\s-](?:times|fold)\b"
            rf"|\b(?P<m>{_alternation(vocab['multiples'])})\b)", flags),
        "qualifier": re.compile(rf"\b(?P<q>{_alternation(vocab['qualifiers'])})\s+$", flags),
        "lead": re.compile(r"\b(?P<lead>from|between)\s+$", flags),
        "any": re.compile(rf"\d|\b(?:{words}|{_alternation(vocab['fractions'])}|"
                          rf"{_alternation(vocab['multiples'])})\b", flags),
    }


def _extend(text: str, start: int) -> tuple[int, str]:
    """The qualifier right before a figure starting at `start`: (new start, qualifier)."""
    match = _patterns()["qualifier"].search(text, max(0, start - 25), start)
    if match:
        return match.start(), qualifier(match.group("q"))
    return start, "exact"


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


def find(text: str) -> list[Quantity]:
    """Every figure in `text`, in order; overlapping readings keep the longest."""
    patterns = _patterns()
    if not patterns["any"].search(text):
        return []
    found: list[Quantity] = []
    for match in patterns["range"].finditer(text):
        quantity = _range(text, match)
        if quantity:
            found.append(quantity)
    for match in patterns["percent"].finditer(text):
        found.append(_quantity(text, match, "percent", parse_number(match.group("a"))))
    for match in patterns["fraction"].finditer(text):
        value = float(_vocab()["fractions"][match.group("f").lower()])
        found.append(_quantity(text, match, "percent", value, form="fraction"))
    for match in patterns["money_symbol"].finditer(text):
        symbols = _vocab()["currency_symbols"]
        symbol = match.group("sym")
        found.append(_money(text, match, symbols.get(symbol) or symbols.get(symbol.upper())))
    for match in patterns["money_word"].finditer(text):
        word = match.group("word").lower()
        currency = next(v for k, v in _vocab()["currency_words"].items() if k.lower() == word)
        found.append(_money(text, match, currency))
    for match in patterns["multiple"].finditer(text):
        if match.group("m"):
            value = float(_vocab()["multiples"][match.group("m").lower()])
        else:
            value = parse_number(match.group("a"))
        found.append(_quantity(text, match, "multiple", value))
    return _mark_conversions(text, _longest(found))


def _quantity(text: str, match: re.Match, kind: str, value: float, **fields) -> Quantity:
    start, qual = _extend(text, match.start())
    return Quantity(start, match.end(), text[start:match.end()], kind, value,
                    qualifier=qual, **fields)


def _range(text: str, match: re.Match) -> Quantity | None:
    sep = match.group("sep").lower()
    lead_match = _patterns()["lead"].search(text, max(0, match.start() - 10), match.start())
    lead = lead_match.group("lead").lower() if lead_match else ""
    if sep == "and" and lead != "between":
        return None
    low, high = parse_number(match.group("a")), parse_number(match.group("b"))
    if low is None or high is None:
        return None
    start = lead_match.start() if lead_match else match.start()
    start, qual = _extend(text, start)
    form = "range"
    if lead == "from" and not re.search(r"rang(e|es|ed|ing)\s*$", text[:start]):
        form = "change"
    return Quantity(start, match.end(), text[start:match.end()], "percent", low, high,
                    qualifier=qual, form=form)


def _money(text: str, match: re.Match, currency: str | None) -> Quantity:
    value = float(f"{parse_number(match.group('a')) * _scale(match):.12g}")
    return _quantity(text, match, "money", value, currency=currency)


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

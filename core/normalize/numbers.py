"""Figures in news text: percentages, money, multiples and counts.

`find(text)` returns every percentage, amount of money, multiple ("eight
times") and fraction ("a fifth of", "half the cost", "3/4 of") in a sentence,
each with its qualifier ("about", "over", "up to", "or so"…), range ("150% to
200%", "$268-368 billion") or change ("from 25% to 50%"), currency (ISO
4217) and exact span. Money is read in the notations of the region: symbols
and codes before the number ("₩", "NT$", "Rs", "RM", "Rp", "P", "INR"),
currency words after it ("won", "Korean won", "U.S. dollars"), Indian lakh
and crore with their digit grouping ("Rs 6,21,541 crore"); an amount in
another currency right after one, in brackets or after "or", is marked as
its conversion. Spoken and typeset numbers read too ("two-point-five", "3½").
Words and symbols come from `data/numbers.toml`. Extractors decide what a
figure means; this module only reads it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from core import data


@dataclass(frozen=True)
class Quantity:
    """One figure: `text[start:end]`. `kind` is percent, money or multiple;
    `form` is single, range (value..value_high), change (from value to
    value_high) or fraction ("half of"); `converted` marks a conversion of
    the amount before it ("944.1 billion won ($808 million)", "NT$800
    billion, or about US$26 billion")."""

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


_FRACTION_CHARS = "½¼¾⅓⅔"


def _symbol_alternation(symbols) -> str:
    """Currency symbols as one alternation; letter symbols ("Rs", "RM", "P")
    only in their own case, so "rm" or "p" in a word is no currency."""
    return "|".join(re.escape(s) if not s[0].isalpha() else f"(?-i:{re.escape(s)})"
                    for s in sorted(symbols, key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern]:
    """The figure patterns, each anchored on the figure itself (a digit, a
    symbol, a number word); the qualifier and "from"/"between" before it are
    read by looking back (`_extend`), which keeps the scan fast."""
    vocab = _vocab()
    words = _alternation(vocab["number_words"])
    vulgar = f"[{_FRACTION_CHARS}]"
    # 1,234,567 | Indian grouping 6,21,541 | 1234; decimals; "3½"; a lone "½"
    digits = (rf"(?:(?:\d{{1,3}}(?:,\d{{3}})+(?!,\d)|\d{{1,2}}(?:,\d\d)+,\d{{3}}|\d+)"
              rf"(?:\.\d+)?{vulgar}?|(?<!\w){vulgar})")
    word_number = rf"\b(?:{words})(?:[- ](?:{words}))?(?:[- ]point(?:[- ](?:{words}))+)?\b"
    number = rf"(?:{digits}|{word_number})"
    pct = r"\s?(?:%|percent\b|per\s?cent\b|percentage points?\b|pc\b)"
    scale_word = (rf"\s?(?:{_alternation(vocab['scales'])})\b"
                  r"|(?<=\d)[bmk]\b|\s[BMK]\b")
    scale = rf"(?P<scale>{scale_word})?"
    symbols = _symbol_alternation(vocab["currency_symbols"])
    currency_words = _alternation(vocab["currency_words"])
    flags = re.IGNORECASE
    return {
        "range": re.compile(
            rf"(?P<a>{number})(?:{pct})?\s*(?P<sep>to|and|-|–|—)\s*"
            rf"(?:(?:{_alternation(vocab['qualifiers'])})\s+)?(?P<b>{number}){pct}", flags),
        "percent": re.compile(rf"(?P<a>{number}){pct}", flags),
        "fraction": re.compile(
            rf"(?:\b(?P<f>{_alternation(vocab['fractions'])})(?:\s+of\b|(?=\s+(?:the|its|their)\s))"
            rf"|(?<![\d/])(?P<n>\d{{1,2}})/(?P<d>\d{{1,2}})\s+of\b)", flags),
        "money_symbol": re.compile(
            rf"(?<![\w$])(?P<sym>{symbols})\s?(?P<a>{digits})"
            rf"(?:\s?(?:-|–|to)\s?(?P=sym)?(?P<b>{digits})(?={scale_word}))?{scale}", flags),
        # a range's low end is no bare year ("in 2019 to 59.4 trillion won")
        "money_word": re.compile(
            rf"(?<![\d.,])(?P<a>{number})"
            rf"(?:(?<!\b(?:19|20)\d\d)\s?(?:-|–|to)\s?(?P<b>{number})(?={scale_word}))?{scale}"
            rf"\s+(?P<word>{currency_words})(?!\w)", flags),
        "multiple": re.compile(
            rf"(?:(?P<a>{number})[\s-](?:times|fold)\b"
            rf"|\b(?P<m>{_alternation(vocab['multiples'])})\b)", flags),
        "qualifier": re.compile(rf"\b(?P<q>{_alternation(vocab['qualifiers'])})\s+$", flags),
        "qualifier_after": re.compile(
            rf"\s*,?\s*(?P<q>{_alternation(vocab['qualifiers_after'])})\b", flags),
        "lead": re.compile(r"\b(?P<lead>from|between)\s+$", flags),
        "any": re.compile(rf"\d|{vulgar}|\b(?:{words}|{_alternation(vocab['fractions'])}|"
                          rf"{_alternation(vocab['multiples'])})\b", flags),
    }


def _extend(text: str, start: int) -> tuple[int, str]:
    """The qualifier right before a figure starting at `start`: (new start, qualifier)."""
    match = _patterns()["qualifier"].search(text, max(0, start - 25), start)
    if match:
        return match.start(), qualifier(match.group("q"))
    return start, "exact"


def parse_number(token: str) -> float | None:
    """"1,234.5" -> 1234.5, "6,21,541" -> 621541, "3½" -> 3.5, "eight" -> 8,
    "twenty-five" -> 25, "two-point-five" -> 2.5; None if not a number."""
    token = token.strip().lower()
    fraction = 0.0
    if token and token[-1] in _FRACTION_CHARS:
        fraction = float(_vocab()["vulgar_fractions"][token[-1]])
        token = token[:-1]
        if not token:
            return fraction
    try:
        return float(token.replace(",", "")) + fraction
    except ValueError:
        pass
    whole, _, decimals = re.sub(r"[- ]point(?=[- ])", " point", token).partition(" point")
    value = _word_number(whole)
    if value is None or not decimals:
        return value
    digits = [_word_number(part) for part in re.split(r"[- ]", decimals.strip(" -"))]
    if any(d is None or d > 9 for d in digits):
        return None
    return float(f"{int(value)}.{''.join(str(int(d)) for d in digits)}")


def _word_number(token: str) -> float | None:
    """A number in words: "eight" -> 8, "twenty-five" -> 25."""
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
        if match.group("n") and int(match.group("n")) >= int(match.group("d")):
            continue  # "24/7 of" is no fraction
        found.append(_quantity(text, match, "percent", _fraction(match), form="fraction"))
    for match in patterns["money_symbol"].finditer(text):
        if _is_money_symbol(match):
            symbols = _vocab()["currency_symbols"]
            symbol = match.group("sym")
            found.append(_money(text, match, symbols.get(symbol) or symbols.get(symbol.upper())))
    for match in patterns["money_word"].finditer(text):
        if _is_money_word(match):
            word = match.group("word").lower()
            currency = next(v for k, v in _vocab()["currency_words"].items()
                            if k.lower() == word)
            found.append(_money(text, match, currency))
    for match in patterns["multiple"].finditer(text):
        if match.group("m"):
            value = float(_vocab()["multiples"][match.group("m").lower()])
        else:
            value = parse_number(match.group("a"))
        found.append(_quantity(text, match, "multiple", value))
    return _mark_conversions(text, _longest(found))


def currency_country(currency: str | None) -> str | None:
    """The country (ISO3) whose own currency `currency` is, None for a
    currency several countries use ("Rs" -> INR -> IND; USD -> None)."""
    return _vocab()["currency_country"].get(currency) if currency else None


def own_dollar(country: str | None) -> str | None:
    """The dollar a country's own press writes as a bare "$" (AUS -> AUD),
    None for a country without one."""
    return _vocab()["own_dollar"].get(country) if country else None


def own_rupee(country: str | None) -> str | None:
    """The rupee a country other than India writes "Rs" (PAK -> PKR), None
    for a country without one."""
    return _vocab()["own_rupee"].get(country) if country else None


_MARKED_DOLLAR = re.compile(r"\b(?:US|U\.S\.|A|AU|NZ|C|S|HK)\$|\bUSD\b|\b(?:US|U\.S\.|American"
                            r"|Australian|New Zealand|Canadian|Singapore) dollars?\b")


def marks_dollars(text: str) -> bool:
    """Whether a text says which dollar it means anywhere ("US$", "A$",
    "Australian dollars"): then a bare "$" is the US dollar."""
    return _MARKED_DOLLAR.search(text) is not None


def _fraction(match: re.Match) -> float:
    """"a fifth of" -> 20, "3/4 of" -> 75 (percent)."""
    if match.group("f"):
        return float(_vocab()["fractions"][match.group("f").lower()])
    return round(100 * int(match.group("n")) / int(match.group("d")), 3)


def _is_money_symbol(match: re.Match) -> bool:
    """A letter symbol that is also a word or a label ("the P5", "RM3")
    counts only with a scale word or a grouped number after it."""
    if match.group("sym") not in _vocab()["currency_guard"]["symbols"]:
        return True
    return bool(match.group("scale")) or "," in match.group("a")


def _is_money_word(match: re.Match) -> bool:
    """"in 2019 won the vote": a bare year before a currency word is no amount."""
    return bool(match.group("scale")) or not re.fullmatch(r"(19|20)\d\d", match.group("a"))


def _quantity(text: str, match: re.Match, kind: str, value: float, **fields) -> Quantity:
    start, qual = _extend(text, match.start())
    end = match.end()
    after = _patterns()["qualifier_after"].match(text, end)
    if after and qual == "exact":
        end, qual = after.end(), _vocab()["qualifiers_after"][after.group("q").lower()]
    return Quantity(start, end, text[start:end], kind, value, qualifier=qual, **fields)


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
    """An amount, or a range of amounts sharing one scale ("$268-368 billion")."""
    value = float(f"{parse_number(match.group('a')) * _scale(match):.12g}")
    if not match.group("b"):
        return _quantity(text, match, "money", value, currency=currency)
    high = float(f"{parse_number(match.group('b')) * _scale(match):.12g}")
    return _quantity(text, match, "money", value, currency=currency, value_high=high,
                     form="range")


def _longest(found: list[Quantity]) -> list[Quantity]:
    chosen: list[Quantity] = []
    for q in sorted(found, key=lambda q: (q.start, -(q.end - q.start))):
        if chosen and q.start < chosen[-1].end:
            continue
        chosen.append(q)
    return chosen


_CONVERSION_GAP = re.compile(
    r"(?:\s*U\.?S\.?)?\s*(?:\(|,?\s+or\b)\s*(?:about|approximately|around|some|roughly|nearly|"
    r"almost|or|equivalent to|worth)?\s*", re.IGNORECASE)


def _mark_conversions(text: str, found: list[Quantity]) -> list[Quantity]:
    """An amount in another currency right after an amount, in brackets or
    after "or" ("944.1 billion won ($808 million)", "NT$800 billion, or about
    US$26 billion") restates it: it is marked `converted`."""
    result = []
    for i, q in enumerate(found):
        previous = result[-1] if result else None
        if (q.kind == "money" and previous and previous.kind == "money"
                and previous.currency != q.currency and not previous.converted
                and _CONVERSION_GAP.fullmatch(text[previous.end:q.start])):
            q = replace(q, converted=True)
        result.append(q)
    return result

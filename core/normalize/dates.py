"""Dates in news text, to the precision the text gives.

`find(text, reference)` returns absolute dates ("July 27, 2025", "Jan. 31,
2025", "June 2024", "in 2006"), spans ("between June 2024 and March 2025"),
targets ("by 2027") and relative dates ("last year", "earlier this year",
"in January"). The spans are found by this module's own patterns; dateparser
parses them. Relative dates are resolved only against a known `reference`
(the article's publication date); without one they are left out, never
guessed. A month and day with no year take the reference's year.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

MONTHS = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|"
          r"June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|"
          r"Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
YEAR = r"(?:19[5-9]\d|20\d\d)"
WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

# One date expression: day-month-year, month-day-year, month-year,
# month-day, a bare year. Month names must be capitalised ("may" is a verb).
_ONE = (rf"(?:{WEEKDAY}?{MONTHS}\s+{DAY},?\s+{YEAR}"
        rf"|{WEEKDAY}?{DAY}\s+{MONTHS},?\s+{YEAR}"
        rf"|{MONTHS},?\s+{YEAR}"
        rf"|{WEEKDAY}?{MONTHS}\s+{DAY}(?![\d,]*\s*{YEAR})\b"
        rf"|{YEAR}(?![\d%])\b)")
_ISO = r"(?:20\d\d|19\d\d)-[01]\d-[0-3]\d"
_RELATIVE = (r"(?:(?:earlier|later)\s+this\s+year|(?:last|this|next)\s+(?:year|month)"
             rf"|(?:in|since|until|by)\s+{MONTHS}(?![\w.]*\s+{DAY}\b)(?!,?\s+{YEAR}))")


@dataclass(frozen=True)
class DateMention:
    """A date in a text: `text[start:end]`. `date` (and `date_end` for a
    span) are ISO strings to the precision given: `2025`, `2025-07`,
    `2025-07-27`. `kind` is absolute, span, target or relative; `lead` is
    the preposition before it ("in", "on", "by", "since"…), lower-case."""

    start: int
    end: int
    text: str
    date: str
    kind: str
    date_end: str | None = None
    lead: str = ""


@cache
def _pattern() -> re.Pattern:
    lead = (r"(?:(?P<lead>(?i:in|on|by|for|since|during|from|between|until|before|after|of))"
            r"\s+(?:the\s+)?)?")
    return re.compile(
        rf"\b{lead}(?:"
        rf"(?P<a>{_ISO}|{_ONE})(?:\s*(?P<sep>to|and|-|–|through|until)\s*(?P<b>{_ISO}|{_ONE}))?"
        rf"|(?P<rel>{_RELATIVE}))", re.UNICODE)


@cache
def _parser():
    from dateparser.date import DateDataParser  # slow import; only when needed

    return DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})


_MONTH_NUMBER = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTH_NUMBER.update({name.lower(): number for number, name in enumerate(calendar.month_abbr)
                      if name})
_MONTH_NUMBER["sept"] = 9
_SHAPES = (
    re.compile(r"(?:[A-Za-z]+day,?\s+)?(?P<month>[A-Za-z]+)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?"
               r"\s+(?P<year>\d{4})"),
    re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Za-z]+)\.?,?\s+(?P<year>\d{4})"),
    re.compile(r"(?P<month>[A-Za-z]+)\.?,?\s+(?P<year>\d{4})"),
)


def _plain_shape(expression: str) -> str | None:
    """The three shapes the finder produces most ("July 27, 2025" or
    "Tuesday, Jul 01, 2025", "3 March 2024", "June 2024"), read with the
    calendar's month names: the common case without dateparser's general
    machinery. None for anything else."""
    for shape in _SHAPES:
        match = shape.fullmatch(expression)
        if not match:
            continue
        month = _MONTH_NUMBER.get(match.group("month").lower())
        if month is None:
            return None
        year = int(match.group("year"))
        if "day" not in match.groupdict() or match.group("day") is None:
            return f"{year:04d}-{month:02d}"
        try:
            return date(year, month, int(match.group("day"))).isoformat()
        except ValueError:
            return None
    return None


@lru_cache(maxsize=4096)
def parse(expression: str, reference: date | None = None) -> str | None:
    """One date expression as ISO to its precision, or None. A month and day
    without a year need `reference`; a bare year needs nothing. dateparser
    reads every form but the plain shapes above."""
    expression = expression.strip().rstrip(",")
    if re.fullmatch(YEAR, expression):
        return expression
    if re.fullmatch(_ISO, expression):
        return expression
    plain = _plain_shape(expression)
    if plain:
        return plain
    has_year = re.search(YEAR, expression) is not None
    if not has_year and reference is None:
        return None
    text = expression if has_year else f"{expression} {reference.year}"
    result = _parser().get_date_data(text)
    if result.date_obj is None:
        return None
    found = result.date_obj.date()
    if result.period == "month":
        return f"{found:%Y-%m}"
    if result.period == "year":
        return f"{found:%Y}"
    return found.isoformat()


def resolve_relative(expression: str, reference: date | None) -> str | None:
    """"last year" -> the year before `reference`; None without a reference or
    where the text gives no definite date ("earlier this year" gives the year)."""
    if reference is None:
        return None
    words = expression.lower().split()
    if words[-1] == "year":
        shift = {"last": -1, "next": 1}.get(words[0], 0)
        return str(reference.year + shift)
    if words[-1] == "month":
        shift = {"last": -1, "next": 1}.get(words[0], 0)
        month = reference.month + shift
        year = reference.year + (month - 1) // 12
        return f"{year}-{(month - 1) % 12 + 1:02d}"
    month_name = expression.split(None, 1)[1]
    month = parse(f"{month_name} {reference.year}")
    if month is None:
        return None
    # "in January" in a July article is this January; in a story about what
    # comes ("by", "until") a month already past means next year.
    if words[0] in ("by", "until") and int(month[5:7]) < reference.month:
        month = f"{reference.year + 1}{month[4:]}"
    return month


_ANY_DATE = re.compile(rf"\d\d\d\d|{MONTHS}|\b(?:year|month)\b")


def find(text: str, reference: date | None = None) -> list[DateMention]:
    """Every date expression in `text` that can be given a date."""
    if not _ANY_DATE.search(text):
        return []
    found = []
    for match in _pattern().finditer(text):
        lead = (match.group("lead") or "").lower()
        if match.group("rel"):
            resolved = resolve_relative(match.group("rel"), reference)
            if resolved:
                found.append(DateMention(match.start(), match.end(), match.group(),
                                         resolved, "relative", lead=lead))
            continue
        first = parse(match.group("a"), reference)
        if first is None:
            continue
        second = parse(match.group("b"), reference) if match.group("b") else None
        if second and _is_span(lead, match.group("sep")):
            found.append(DateMention(match.start(), match.end(), match.group(), first,
                                     "span", date_end=second, lead=lead))
            continue
        end = match.end("a")
        kind = "target" if lead == "by" else "absolute"
        found.append(DateMention(match.start(), end, text[match.start():end], first,
                                 kind, lead=lead))
        if second:
            found.append(DateMention(match.start("b"), match.end("b"), match.group("b"),
                                     second, "absolute"))
    return found


def _is_span(lead: str, sep: str | None) -> bool:
    sep = (sep or "").lower()
    if sep == "and":
        return lead == "between"
    return sep in ("to", "-", "–", "through", "until")


def iso_to_date(value: str | None) -> date | None:
    """A full ISO date string as a `date`; None for a partial one or None."""
    if value and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return date.fromisoformat(value)
    return None

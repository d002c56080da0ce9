"""Dates in news text, to the precision the text gives.

`find(text, reference)` returns absolute dates ("July 27, 2025", "Jan. 31,
2025", "June 2024", "in 2006"), spans ("between June 2024 and March 2025",
"the 1950-53 war"), targets ("by 2027") and relative dates ("last year",
"earlier this year", "in January", "in June last year"); with `nearby`, also
day-scale ones ("yesterday", "on Friday", "last week", "next April"). The
spans are found by this module's own patterns; dateparser parses them.
Relative dates are resolved only against a known `reference` (the story's
own date), to the precision that is certain, with the clause's tense
deciding which January or which Friday; without a reference they are left
out, never guessed. A month and day with no year take the reference's year.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

MONTHS = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|"
          r"June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|"
          r"Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
YEAR = r"(?:19\d\d|20\d\d)"
WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

# One date expression: day-month-year, month-day-year, month-year,
# month-day, a bare year. Month names must be capitalised ("may" is a verb).
_ONE = (rf"(?:{WEEKDAY}?{MONTHS}\s+{DAY},?\s+{YEAR}"
        rf"|{WEEKDAY}?{DAY}\s+{MONTHS},?\s+{YEAR}"
        rf"|{MONTHS},?\s+{YEAR}"
        rf"|{WEEKDAY}?{MONTHS}\s+{DAY}(?![\d,]*\s*{YEAR})(?!,?\s+(?:of\s+)?(?:last|this|next)\s+year)\b"
        rf"|{YEAR}(?![\d%])\b)")
ISO = r"(?:20\d\d|19\d\d)-[01]\d-[0-3]\d"
# "the last year", "over the next month": a stretch of twelve months (or
# one) up to or from now, not a calendar year.
_RELATIVE = (r"(?:(?:[Ee]arlier|[Ll]ater)\s+this\s+year|(?<!the\s)(?<!The\s)(?<!past\s)"
             r"(?:[Ll]ast|[Tt]his|[Nn]ext)\s+(?:year|month)"
             rf"|(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y)\s+{MONTHS}\s+(?:of\s+)?(?:last|this|next)\s+year"
             rf"|{DAY}\s+{MONTHS}\s+(?:of\s+)?(?:last|this|next)\s+year"
             rf"|{MONTHS}\s+{DAY},?\s+(?:of\s+)?(?:last|this|next)\s+year"
             rf"|(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y)\s+{MONTHS}(?![\w.]*\s+{DAY}\b)(?!,?\s+{YEAR}))")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = (r"(?:January|February|March|April|May|June|July|August|September|October|"
                r"November|December)")
# Dates only a story's own date resolves: "yesterday", "on Friday", "last
# Tuesday", "next April", "last week" (see `find`'s `nearby`). Not "today"
# ("China today") nor "this April" (this one past, or this one to come?).
_NEARBY = re.compile(
    r"\b(?:(?P<lead>(?i:on|since|until|before|after|by|from|of))\s+)?(?P<rel>"
    r"(?i:yesterday|tomorrow)"
    r"|(?i:last|this|next)\s+week\b"
    rf"|(?i:last|next)\s+{_MONTH_NAMES}\b(?!\s+\d)"
    r"|(?:(?i:last|this|next)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    rf"(?!,?\s+(?:{MONTHS}|\d)))")
# A weekday that names a day of the calendar or a treaty, not a date.
_HOLIDAY = re.compile(r"\b(?:Good|Black|Super|Bloody|Cyber|Easter|Palm|Ash|Holy|Maundy|Shrove)\s+$")
# Words that put a clause in the future or the past, for a month or weekday
# that carries no year of its own.
_FUTURE = re.compile(r"\b(?:will|shall|would|[’']ll|is to|are to|scheduled|slated|expected|"
                     r"set to|due to|plans? to|planned|upcoming|to be (?:held|signed))\b",
                     re.IGNORECASE)
# A participle after "be"/"been" carries no tense of its own ("will be signed").
_PAST = re.compile(r"\b(?:was|were|had|has|have|did|said|met|held|took|made|told|gave|went|came|"
                   r"saw|began|spoke|wrote|sent|won|lost|led|paid|sold|bought|brought|struck|"
                   r"flew|sought|fought|rose|fell|became|grew|chose|drew|stood|kept|"
                   r"(?<!\bbe )(?<!\bbeen )(?:signed|agreed|reached|announced|\w{3,}ed))\b",
                   re.IGNORECASE)


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
            r"\s+(?:the\s+)?(?:(?i:early|mid|late)[-\s](?=\d))?)?")
    return re.compile(
        rf"\b{lead}(?:"
        rf"(?P<a>{ISO}|{_ONE})(?:\s*(?P<sep>to|and|-|–|through|until)\s*"
        rf"(?P<b>{ISO}|{_ONE}|(?<=\d[-–])\d\d(?![\d%-])\b))?"
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
    if re.fullmatch(ISO, expression):
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


def resolve_relative(expression: str, reference: date | None,
                     future: bool | None = None) -> str | None:
    """"last year" -> the year before `reference`; None without a reference or
    where the text gives no definite date ("earlier this year" gives the year).
    A bare month ("in January") is the one of the reference's year, unless
    the clause looks ahead (`future`) to a month already past (next year's)
    or looks back (`future` False) to a month still to come (last year's);
    `future` None (the tense is unknown) keeps the reference's year only for
    a month not yet past."""
    if reference is None:
        return None
    words = expression.lower().split()
    if words[-1] == "year" and words[-2] in ("last", "this", "next") and len(words) > 3:
        # "in June last year", "26 September this year", "March 3 last year"
        month = next((_MONTH_NUMBER[w.rstrip(".,")] for w in words if w.rstrip(".,") in _MONTH_NUMBER),
                     None)
        day = next((int(re.match(r"\d+", w).group()) for w in words if re.match(r"\d", w)), None)
        shift = {"last": -1, "next": 1}.get(words[-2], 0)
        if not month:
            return None
        return (f"{reference.year + shift}-{month:02d}" + (f"-{day:02d}" if day else ""))
    if words[-1] == "year":
        shift = {"last": -1, "next": 1}.get(words[0], 0)
        return str(reference.year + shift)
    if words[-1] == "month":
        shift = {"last": -1, "next": 1}.get(words[0], 0)
        month = reference.month + shift
        year = reference.year + (month - 1) // 12
        return f"{year}-{(month - 1) % 12 + 1:02d}"
    month = _MONTH_NUMBER.get(words[1].rstrip("."))
    if month is None:
        return None
    if words[0] in ("by", "until") or future:
        year = reference.year + (month < reference.month)
    elif month <= reference.month:
        year = reference.year
    elif future is False:
        year = reference.year - 1
    else:
        return None
    return f"{year}-{month:02d}"


def resolve_nearby(expression: str, reference: date | None,
                   future: bool | None = None) -> str | None:
    """A day-scale relative date against `reference` (the story's own date),
    to the precision that is certain: "yesterday" and "on Friday" in a
    past-tense clause give a day; "last Tuesday" (this week's or the one
    before) or a weekday the day after the story's own (a story stamped a day
    late) give only the month the candidates share, or nothing; "last week"
    gives its month if the whole week lies in one; "next April" a month."""
    if reference is None:
        return None
    words = expression.lower().split()
    last = words[-1]
    if last in ("yesterday", "tomorrow"):
        return (reference + timedelta(days=1 if last == "tomorrow" else -1)).isoformat()
    qualifier = words[0] if len(words) == 2 else ""
    if last == "week":
        monday = reference - timedelta(days=reference.weekday())
        monday += timedelta(days=7 * {"last": -1, "next": 1}.get(qualifier, 0))
        return _certain([monday, monday + timedelta(days=6)])
    if last in _WEEKDAYS:
        return _certain(_weekday_candidates(_WEEKDAYS.index(last), qualifier, reference, future))
    month = _MONTH_NUMBER.get(last)
    if month is None:
        return None
    year = reference.year + {"next": int(month <= reference.month),
                             "last": -int(month >= reference.month)}.get(qualifier, 0)
    return f"{year}-{month:02d}"


def _weekday_candidates(weekday: int, qualifier: str, reference: date,
                        future: bool | None) -> list[date]:
    back = (reference.weekday() - weekday) % 7
    ahead = (weekday - reference.weekday()) % 7
    if qualifier == "last":
        back = back or 7
        return [reference - timedelta(days=back), reference - timedelta(days=back + 7)]
    if qualifier == "next" or future:
        if ahead == 0:
            return [reference, reference + timedelta(days=7)]
        return [reference + timedelta(days=ahead)]
    if future is None:
        return []
    if back == 6:
        return [reference - timedelta(days=6), reference + timedelta(days=1)]
    return [reference - timedelta(days=back)]


def _certain(days: list[date]) -> str | None:
    """The ISO day or month all `days` share, or None (a year alone says too
    little of a day-scale date to place it)."""
    if not days:
        return None
    forms = [day.isoformat() for day in days]
    for width in (10, 7):
        if len({form[:width] for form in forms}) == 1:
            return forms[0][:width]
    return None


def tense(text: str) -> bool | None:
    """True where `text` (the words before a date) looks ahead ("will",
    "scheduled"), False where it reports the past, None where it shows
    neither. The verb nearest the date decides: in "the deal would see …,
    media reported on Tuesday" the day is in the past."""
    for stretch in (" ".join(text.split()[-6:]), text):
        future, past = _last(_FUTURE, stretch), _last(_PAST, stretch)
        if future is not None or past is not None:
            return (-1 if future is None else future) >= (-1 if past is None else past)
    return None


_BOUND = re.compile(r"(?i:by|until|since)\b")


def _bound(relative: str) -> str:
    """The bounding word a relative date opens with ("by July", "until March
    next year", "since June"), as its lead; "" otherwise."""
    match = _BOUND.match(relative)
    return match.group().lower() if match else ""


def _tense_after(text: str) -> bool | None:
    """Like `tense`, for the words after a date: the verb nearest it, the
    first, decides ("on Tuesday said Manila has no plans to join" is past)."""
    stretch = " ".join(text.split()[:_VERB_AFTER])
    future, past = _FUTURE.search(stretch), _PAST.search(stretch)
    if future is None and past is None:
        return None
    return past is None or (future is not None and future.start() < past.start())


def _last(pattern: re.Pattern, text: str) -> int | None:
    """Where the last match of `pattern` in `text` starts, or None."""
    starts = [match.start() for match in pattern.finditer(text)]
    return starts[-1] if starts else None


_ANY_DATE = re.compile(rf"\d\d\d\d|{MONTHS}|\b(?:year|month)\b")
_ANY_NEARBY = re.compile(r"day\b|week\b|yesterday|tomorrow|\b(?:last|next)\s", re.IGNORECASE)


def find(text: str, reference: date | None = None, nearby: bool = False) -> list[DateMention]:
    """Every date expression in `text` that can be given a date. With
    `nearby`, also the day-scale relative dates ("yesterday", "on Friday",
    "last week", "next April") that the story's own date resolves (kind
    relative); left out by default, since they never date a figure."""
    found = []
    for match in _pattern().finditer(text) if _ANY_DATE.search(text) else ():
        lead = (match.group("lead") or "").lower()
        if match.group("rel"):
            future = tense(_clause_before(text, match.start())) if reference else None
            resolved = resolve_relative(match.group("rel"), reference, future)
            if resolved:
                found.append(DateMention(match.start(), match.end(), match.group(),
                                         resolved, "relative", lead=lead or _bound(match.group("rel"))))
            continue
        first = parse(match.group("a"), reference)
        if first is None:
            continue
        second = _second(first, match.group("b"), reference)
        if second and _is_span(lead, match.group("sep")):
            found.append(DateMention(match.start(), match.end(), match.group(), first,
                                     "span", date_end=second, lead=lead))
            continue
        end = match.end("a")
        kind = "target" if lead == "by" else "absolute"
        found.append(DateMention(match.start(), end, text[match.start():end], first,
                                 kind, lead=lead))
        if second and len(match.group("b")) > 2:
            found.append(DateMention(match.start("b"), match.end("b"), match.group("b"),
                                     second, "absolute"))
    if nearby and reference is not None and _ANY_NEARBY.search(text):
        found.extend(_nearby(text, reference, found))
        found.sort(key=lambda mention: mention.start)
    return found


def _second(first: str, expression: str | None, reference: date | None) -> str | None:
    """The end of a span; a two-digit year ("1950-53") completes the first
    year's century, and only for a span of two years or more ("2025-26" is
    one fiscal year, not a span)."""
    if not expression:
        return None
    if len(expression) == 2:
        if len(first) != 4 or int(expression) <= int(first[2:]) + 1:
            return None
        return first[:2] + expression
    return parse(expression, reference)


def _nearby(text: str, reference: date, found: list[DateMention]) -> list[DateMention]:
    taken = [(m.start, m.end) for m in found]
    mentions = []
    for match in _NEARBY.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken) or \
                _HOLIDAY.search(text[:match.start()]):
            continue
        future = tense(_clause_before(text, match.start()))
        if future is None:
            future = _tense_after(text[match.end():])
        resolved = resolve_nearby(match.group("rel"), reference, future)
        if resolved:
            mentions.append(DateMention(match.start(), match.end(), match.group(), resolved,
                                        "relative", lead=(match.group("lead") or "").lower()))
    return mentions


# How many words after a day-scale date its verb may stand ("on Tuesday
# said", "on Friday the two ministers signed").
_VERB_AFTER = 6


def _clause_before(text: str, position: int) -> str:
    """The words of the clause before `position` (back to a full stop or
    semicolon)."""
    before = text[:position]
    cut = max(before.rfind(". "), before.rfind(";"))
    return before[cut + 1:]


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

"""Facts in plain words, for pages, chart hovers, citations and briefing
packs. Every figure says what it is: its qualifier, its status and its period
("over 2% of GDP (actual)", "about 2% of GDP target by 2027", "150–200% tariff
(conditional)"); dates keep the precision the text gave ("2006", "June
2024"); a missing title, outlet or date reads "not stated", never "nan"."""
from __future__ import annotations

import math
import re
from functools import cache

from core import data
from core.normalize.countries import name

TYPE_NAMES = {
    "defense_spending": "Defence spending", "troop_cost": "Troop costs",
    "troop_presence": "Troop presence", "tariff": "Tariffs", "event": "Events",
    "stance": "Stances", "membership": "Memberships",
}
UNIT_NAMES = {"pct_gdp": "% of GDP", "pct_change": "% change", "pct_share": "% share of costs",
              "pct_rate": "% tariff rate", "money": "amount", "troops": "troops",
              "multiple": "times"}
_UNIT_SUFFIX = {"pct_gdp": "% of GDP", "pct_change": "% change", "pct_share": "% share of costs",
                "pct_rate": "% tariff"}
QUALIFIER_WORDS = {"approx": "about", "over": "over", "under": "under", "up_to": "up to",
                   "at_least": "at least"}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
NOT_STATED = "not stated"


def type_name(fact_type: str) -> str:
    return TYPE_NAMES.get(fact_type, fact_type)


def given(value) -> bool:
    """True for a real value: not None, not NaN, not an empty string."""
    return value is not None and value != "" and not (isinstance(value, float)
                                                      and math.isnan(value))


def text_or(value, missing: str = NOT_STATED) -> str:
    return str(value) if given(value) else missing


def when_text(value) -> str:
    """An ISO date of any precision in words, keeping that precision:
    "2006", "June 2024", "23 September 2025"; "" when there is none."""
    if not given(value):
        return ""
    parts = str(value).split("-")
    try:
        if len(parts) == 2:
            return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 3:
            return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return str(value)


def span_text(start, end=None) -> str:
    """"June 2024 to March 2025", or one date."""
    return when_text(start) + (f" to {when_text(end)}" if given(end) else "")


def fact_text(fact: dict, dated: bool = True) -> str:
    """A fact's normalised content in words; an event is what happened and
    (unless `dated` is False) when."""
    kind = fact["type"]
    if kind == "stance":
        holder = f" ({fact['holder']})" if given(fact.get("holder")) else ""
        return f"{name(fact['country'])}: {fact['label']} toward " \
               f"{name(fact.get('counterpart') or 'USA')}{holder}"
    if kind == "membership":
        return f"{name(fact['country'])}: {fact['status']} of {fact['framework']}"
    if kind == "event":
        what = event_phrase(fact.get("quote") or "", fact.get("date"))
        return f"{what} ({span_text(fact.get('date'), fact.get('date_end'))})" if dated else what
    return _figure(fact)


def amount(fact: dict) -> str:
    """A figure's number with its unit and qualifier: "over 2% of GDP",
    "USD 10 billion", "150–200% tariff"."""
    value, high, unit = fact["value"], fact.get("value_high"), fact["unit"]
    if unit == "money":
        number = _money(value) + (f"–{_money(high)}" if given(high) else "")
        number = f"{fact.get('currency') or ''} {number}".strip()
    elif unit == "troops":
        number = f"{value:,.0f}" + (f"–{high:,.0f}" if given(high) else "") + " troops"
    elif unit == "multiple":
        number = f"{value:g}×"
    else:
        number = f"{value:,.4g}" + (f"–{high:,.4g}" if given(high) else "")
        number += _UNIT_SUFFIX.get(unit, "")
    qualifier = fact.get("qualifier")
    if given(qualifier) and qualifier != "exact":
        number = f"{QUALIFIER_WORDS.get(qualifier, qualifier.replace('_', ' '))} {number}"
    return number


def _money(value: float) -> str:
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if value >= scale:
            return f"{value / scale:,.4g} {word}"
    return f"{value:,.0f}"


def figure_value(fact: dict) -> str:
    """A figure's amount with its status and period in words: "over 2% of
    GDP (2024, actual)", "about 2% of GDP target by 2027", "150–200% tariff
    (conditional)"; a figure with no status says so."""
    period, status = fact.get("period"), fact.get("status")
    if status == "target":
        return f"{amount(fact)} target" + (f" by {when_text(period)}" if given(period) else "")
    if status == "conditional" and (condition := _condition(fact.get("quote"))):
        status = f"conditional: {condition}"
    extras = [when_text(period) if given(period) else "",
              status if given(status) else "status not stated"]
    return f"{amount(fact)} ({', '.join(x for x in extras if x)})"


_CONDITION = re.compile(r"\b(?:if|unless|should|in the event that|in case)\b[^,.;:()]{3,80}",
                        re.IGNORECASE)


def _condition(quote) -> str:
    """The condition a conditional figure's sentence states ("if China were
    to invade Taiwan"), up to eight words; "" when it states none."""
    match = _CONDITION.search(quote) if given(quote) else None
    if not match:
        return ""
    words = match.group().split()
    return " ".join(words[:8]) + ("…" if len(words) > 8 else "")


def _figure(fact: dict) -> str:
    who = name(fact["country"]) if given(fact.get("country")) else ""
    if given(fact.get("counterpart")):
        who += f" → {name(fact['counterpart'])}"
    return f"{who}: {figure_value(fact)}"


def citation(title, outlet, published) -> str:
    """A source as people cite it: "“Title”, Outlet, 1 July 2025", each part
    "… not stated" when the document does not give it."""
    return f"“{text_or(title, 'title not stated')}”, {text_or(outlet, 'outlet not stated')}, " \
           f"{when_text(published) or 'date not stated'}"


# --- what an event was -------------------------------------------------------------------

_CLAUSE = re.compile(r"[^,;:()—–]+")
_WORD = re.compile(r"[\w’'.-]+")
_STOPS = {"that", "which", "who", "than", "when", "while", "because", "although", "whereas",
          "where", "and", "but", "as", "if"}
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_MONTH = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*)\.?$")
_DAY = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?$")
_DATE_LEAD = {"in", "on", "between", "since", "during", "from", "until", "by", "and", "to"}
_NOT_VERBS = {"red", "need", "bed", "speed", "seed", "feed", "hundred", "united", "limited",
              "based", "advanced", "armed", "related", "supposed", "allied", "during",
              "according", "including", "something", "nothing", "thing", "morning", "evening",
              "building", "meeting", "spending", "funding", "training", "bring", "king"}


@cache
def _verbs() -> frozenset[str]:
    return frozenset(row["verb"] for row in data.table("event_verbs.csv"))


def _is_verb(word: str, ing: bool = False) -> bool:
    """A word that says what happened: listed, a regular past form, or (in
    the clause that holds the date) a present participle ("committing")."""
    low = word.lower()
    if low in _verbs():
        return True
    endings = ("ed", "ing") if ing else ("ed",)
    return len(low) > 4 and low.endswith(endings) and low not in _NOT_VERBS and \
        word[0].islower()


def _is_date(words: list[str], i: int) -> bool:
    """The word is part of a date: a year, a month, a day beside a month, or
    a preposition before one of them."""
    if _date_word(words, i):
        return True
    return words[i].lower() in _DATE_LEAD and i + 1 < len(words) and _date_word(words, i + 1)


def _date_word(words: list[str], i: int) -> bool:
    word = words[i].rstrip(".")
    if _YEAR.match(word) or _MONTH.match(word):
        return True
    beside = [words[j] for j in (i - 1, i + 1) if 0 <= j < len(words)]
    return bool(_DAY.match(word)) and any(_MONTH.match(w) for w in beside)


def event_phrase(quote: str, date=None, words_before: int = 4, words_after: int = 5) -> str:
    """What happened, in a few words of the event's own sentence: the verb
    of the clause that holds (or follows) the date, with the words around
    it ("Seoul accepted that US forces can play…", "President Trump
    withdrew"). Falls back to the sentence's first words."""
    clauses = [m.group().strip() for m in _CLAUSE.finditer(quote) if m.group().strip()]
    year = str(date)[:4] if given(date) else ""
    dated = next((i for i, c in enumerate(clauses) if year and year in c), 0)
    order = [dated] + list(range(dated + 1, len(clauses))) + list(range(dated - 1, -1, -1))
    for index in order:
        words = _WORD.findall(clauses[index])
        verbs = [i for i, w in enumerate(words) if _is_verb(w, ing=index == dated)]
        if verbs:
            phrase = _around(words, verbs[-1] if index == dated else verbs[0],
                             words_before, words_after)
            if len(phrase.split()) >= 2:
                return phrase
    words = _WORD.findall(quote)
    return " ".join(words[:8]) + ("…" if len(words) > 8 else "")


def _around(words: list[str], verb: int, before: int, after: int) -> str:
    """The verb with up to `before` words of its subject and `after` words
    of what follows, dates left out, "…" where the sentence goes on."""
    start = verb
    while start > 0 and verb - start < before and words[start - 1].lower() not in _STOPS \
            and not _is_date(words, start - 1):
        start -= 1
    kept = [words[i] for i in range(start, verb + 1) if not _is_date(words, i)]
    end = verb + 1
    taken = 0
    while end < len(words) and taken < after:
        if not _is_date(words, end):
            kept.append(words[end])
            taken += 1
        end += 1
    phrase = " ".join(kept).rstrip(".")
    phrase = phrase[:1].upper() + phrase[1:]
    rest = [i for i in range(end, len(words)) if not _is_date(words, i)]
    return phrase + ("…" if rest else "")

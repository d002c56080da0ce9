"""The period a figure is for: a target year ("by 2027"), a year right
after it ("up 8.3% in 2026"), a year opening its clause ("In 2009, …"), or a
budget period ("fiscal 2022", "FY2025-26", "the year starting April 2027",
"2033-34", "the 2025 defense budget", "next fiscal year"). Relative years
count only against the article's publication date.
"""
from __future__ import annotations

import re
from functools import cache

from core.extract.reading import SentenceReading, clause_start, lexicon
from core.normalize.dates import MONTHS, YEAR
from core.normalize.numbers import Quantity


def period(sentence: SentenceReading, quantity: Quantity, reference=None) -> str | None:
    """The year a figure is for, read in this order: the amount a change
    qualifies ("1.52 trillion won in 2026, up 8.3%" -> 2026); a target year
    or a year right after the figure in its clause ("by 8.3% in 2026"); a
    year opening its clause ("In 2009, Seoul paid…", "As of 2016, …"); a
    budget period in the sentence, nearest first ("fiscal 2026", "FY2025-26",
    "the year starting April 2027", "the budget for 2025", "spending in
    2024"). A year after another figure that follows this one is that
    figure's. Relative years ("next year", "next fiscal year") count only
    against the article's publication date, `reference`."""
    text = sentence.text
    linked = _amount_changed(sentence, quantity)
    if linked:
        return period(sentence, linked, reference)
    mentions = [d for d in sentence.dates(reference) if len(d.date) >= 4 and d.kind != "span"]
    for mention in [d for d in mentions if 0 <= d.start - quantity.end <= 60]:
        if _respectively(text, mention.end) or _NEXT_CLAUSE.search(text, quantity.end,
                                                                   mention.start) \
                or not _free(sentence, quantity, quantity.end, mention.start):
            break  # a year in the next clause, or after another figure, dates something else
        if mention.lead in ("by", "in", "for", "until", ""):
            fiscal = _fiscal_around(text, mention.start, mention.end, reference)
            if fiscal:
                return fiscal
            if mention.kind == "relative" and len(mention.date) == 4:
                return mention.date
            whole = mention.lead == "" and len(mention.date) > 4
            return mention.date if whole else mention.date[:4]
    opening = clause_start(text, quantity.start)
    for mention in mentions:
        if mention.end <= quantity.start and _OPENING.fullmatch(text, opening, mention.start) \
                and _OPENING_COMMA.match(text, mention.end):
            return mention.date[:4]
    fiscal = [(start, value) for start, _, value in _budget_spans(text, reference)
              if start < quantity.start or _free(sentence, quantity, quantity.end, start)]
    if fiscal:
        return min(fiscal, key=lambda f: abs(f[0] - quantity.start))[1]
    budget_year = [d for d in mentions
                   if (d.lead == "for" or _BUDGET_IN.search(text, 0, d.start)) and
                   (d.start < quantity.start or _free(sentence, quantity, quantity.end, d.start))]
    return budget_year[0].date[:4] if budget_year else None


_NEXT_CLAUSE = re.compile(r";|,\s*(?:and|but|while|whereas|which|that|who|where)\b|\s[–—]\s",
                          re.IGNORECASE)
# "defence spending in 2024": a year right after the budget it dates.
_BUDGET_IN = re.compile(r"\b(?:budgets?|spending|outlays?|expenditures?)\s+$", re.IGNORECASE)
# A year that opens a clause: "In 2009, …", "As of 2016, …" (the date's own
# lead, "in"/"of", is part of its mention).
_OPENING = re.compile(r"[\W_]*(?:as\s+)?", re.IGNORECASE)
_OPENING_COMMA = re.compile(r"\s*,")
# Between two figures of one phrase: "9.2 percent to 282.7 billion pesos",
# "NT$949.5 billion, or 3.32 percent".
_SAME_PHRASE = re.compile(r"\s*\)?\s*,?\s*(?:to|or)?\s*", re.IGNORECASE)
# A change right after an amount: "… 1.52 trillion won in 2026, up 8.3 percent".
_CHANGE_OF_AMOUNT = re.compile(r"[^;.]{0,40},\s*(?:up|down|an?)?\s*$", re.IGNORECASE)


def _free(sentence: SentenceReading, quantity: Quantity, start: int, end: int) -> bool:
    """Whether no other figure stands between `start` and `end`, save a
    conversion and the figures of the same phrase ("rose 9.2 percent to
    282.7 billion pesos this year": both are this year's)."""
    previous = quantity
    for q in sorted(sentence.quantities, key=lambda q: q.start):
        if q.start <= quantity.start or not start <= q.start < end:
            continue
        if not (q.converted or _SAME_PHRASE.fullmatch(sentence.text, previous.end, q.start)):
            return False
        previous = q
    return True


def _amount_changed(sentence: SentenceReading, quantity: Quantity) -> Quantity | None:
    """The amount a percentage change qualifies ("1.52 trillion won (US$1.09
    billion) in 2026, up 8.3 percent"), if it follows one right away."""
    if quantity.kind != "percent":
        return None
    before = [q for q in sentence.quantities if q.end <= quantity.start]
    if before and before[-1].kind == "money" and \
            _CHANGE_OF_AMOUNT.fullmatch(sentence.text, before[-1].end, quantity.start):
        return before[-1]
    return None


@cache
def _fiscal_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A stated budget period ("fiscal 2022", "FY25", "FY2025-26", "the
    fiscal year of 2027", "the year starting April 2027", "2033-34", "the
    2025 defense budget") and a relative one ("next fiscal year", "next
    year's budget", "the defence budget next year"); the words come from
    the lexicon."""
    fiscal = lexicon()["figures"]["fiscal_year"]
    year = r"(?:19|20)\d\d"
    stated = re.compile(
        rf"\b(?:(?:{fiscal})\s*(?:year\s+)?(?:of\s+|for\s+)?'?(?P<y>{year}|\d\d)"
        rf"(?:\s*[-/–]\s*(?P<y2>{year}|\d\d)\b)?"
        rf"|year\s+(?:starting|beginning|from)\s+(?:in\s+|on\s+)?(?:{MONTHS}\s+)?"
        rf"(?:\d{{1,2}},?\s+)?(?P<start>{year})"
        rf"|(?P<span>{year})\s*[-/–]\s*(?P<span2>\d\d)(?!\d|%|\s*(?:per|percent))"
        rf"|(?P<pre>{year})(?=\s+(?:{lexicon()['figures']['year_before']})\b))(?![\d%])",
        re.IGNORECASE)
    budget = lexicon()["figures"]["year_before"]
    relative = re.compile(
        rf"\b(?P<rel>this|next|last|current|coming|previous)\s+(?:(?:{fiscal})\b"
        rf"|year(?:[’']s)?(?=\s+(?:{budget})\b))"
        rf"|\b(?:{budget})\s+(?:for\s+)?(?P<rel2>this|next|last)\s+year\b", re.IGNORECASE)
    return stated, relative


def _budget_spans(text: str, reference) -> list[tuple[int, int, str]]:
    """Every budget period in `text` as (start, end, period): `2022`, or
    `2025-26` where the text names a fiscal year spanning two years."""
    stated, relative = _fiscal_patterns()
    found = []
    for match in stated.finditer(text):
        value = _stated_period(match)
        if value and not _BASE.search(text, 0, match.start()):
            found.append((match.start(), match.end(), value))
    if reference is not None:
        shift = {"next": 1, "coming": 1, "last": -1, "previous": -1}
        for match in relative.finditer(text):
            if _BASE.search(text, 0, match.start()):
                continue
            word = (match.group("rel") or match.group("rel2")).lower()
            found.append((match.start(), match.end(), str(reference.year + shift.get(word, 0))))
    return found


# "an increase from the current fiscal year": the year compared with, not the figure's.
_BASE = re.compile(r"\b(?:from|over|than|compared\s+(?:with|to))\s+(?:the\s+)?$", re.IGNORECASE)


def _stated_period(match: re.Match) -> str | None:
    if match.group("start") or match.group("pre"):
        return match.group("start") or match.group("pre")
    first = match.group("y") or match.group("span")
    second = match.group("y2") or match.group("span2")
    first = first if len(first) == 4 else f"20{first}"
    if not second:
        return None if match.group("span") else first
    if int(second[-2:]) != (int(first) + 1) % 100:
        return None  # "2026-2033" is a span of years, not one fiscal year
    return f"{first}-{second[-2:]}"


def _fiscal_around(text: str, start: int, end: int, reference) -> str | None:
    """The budget period whose words overlap the date at `start:end` ("the
    year starting April 2027" holds "April 2027"; "by 2033-34" holds the
    date "by 2033")."""
    for first, last, value in _budget_spans(text, reference):
        if first < end and start < last:
            return value
    return None


def _respectively(text: str, position: int) -> bool:
    """"… in 2016 and 2015, respectively": the years pair with the figures
    in order, so none of them is the period of the first figure alone."""
    return re.match(rf"^(?:\s*(?:,|and)\s*{YEAR})+,?\s*respectively", text[position:]) is not None

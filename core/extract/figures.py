"""What the figure extractors (defence spending, troop costs, tariffs)
share: where a figure's period is, whether a percentage is a change ("by
8.3%", "an 8% rise") or a share of GDP, and whose figure it is when the
sentence says so in its own words ("Japan's 3.8 percent", "urged its allies,
including Japan, to raise…").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from core.extract.reading import SentenceReading, cues, lexicon, status
from core.normalize import numbers
from core.normalize.dates import MONTHS, YEAR
from core.normalize.numbers import Quantity


def period(sentence: SentenceReading, quantity: Quantity, reference=None) -> str | None:
    """The year a figure is for, read in this order: the amount a change
    qualifies ("1.52 trillion won in 2026, up 8.3%" -> 2026); a target year
    or a year right after the figure in its clause ("by 8.3% in 2026"); a
    year opening its clause ("In 2009, Seoul paid…", "As of 2016, …"); a
    budget period in the sentence, nearest first ("fiscal 2026", "FY2025-26",
    "the year starting April 2027", "the budget for 2025", "spending in 2024"). A year after
    another figure that follows this one is that figure's. Relative years
    ("next year", "next fiscal year") count only against the article's
    publication date, `reference`."""
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
            return mention.date[:4] if mention.lead != "" or len(mention.date) == 4 else mention.date
    opening = clause_start(text, quantity.start)
    for mention in mentions:
        if mention.end <= quantity.start and _OPENING.fullmatch(text, opening, mention.start) \
                and _OPENING_COMMA.match(text, mention.end):
            return mention.date[:4]
    fiscal = [f for f in budget_periods(text, reference)
              if f[0] < quantity.start or _free(sentence, quantity, quantity.end, f[0])]
    if fiscal:
        return min(fiscal, key=lambda f: abs(f[0] - quantity.start))[1]
    budget_year = [d for d in mentions if (d.lead == "for" or _BUDGET_IN.search(text, 0, d.start))
                   and (d.start < quantity.start or _free(sentence, quantity, quantity.end, d.start))]
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
        rf"|year\s+(?:starting|beginning|from)\s+(?:in\s+|on\s+)?(?:{MONTHS}\s+)?(?:\d{{1,2}},?\s+)?"
        rf"(?P<start>{year})"
        rf"|(?P<span>{year})\s*[-/–]\s*(?P<span2>\d\d)(?!\d|%|\s*(?:per|percent))"
        rf"|(?P<pre>{year})(?=\s+(?:{lexicon()['figures']['year_before']})\b))(?![\d%])",
        re.IGNORECASE)
    budget = lexicon()["figures"]["year_before"]
    relative = re.compile(
        rf"\b(?P<rel>this|next|last|current|coming|previous)\s+(?:(?:{fiscal})\b"
        rf"|year(?:[’']s)?(?=\s+(?:{budget})\b))"
        rf"|\b(?:{budget})\s+(?:for\s+)?(?P<rel2>this|next|last)\s+year\b", re.IGNORECASE)
    return stated, relative


def budget_periods(text: str, reference=None) -> list[tuple[int, str]]:
    """Every budget period in `text` as (offset, period): `2022`, or
    `2025-26` where the text names a fiscal year spanning two years."""
    return [(start, value) for start, _, value in _budget_spans(text, reference)]


def _budget_spans(text: str, reference) -> list[tuple[int, int, str]]:
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


def is_change(sentence: SentenceReading, quantity: Quantity) -> bool:
    """A growth figure: "increase … by 8.3%", "an 8.3% rise", "from 25% to 50%"."""
    if quantity.form == "change":
        return True
    before = sentence.text[max(0, quantity.start - 60):quantity.start]
    after = sentence.text[quantity.end:quantity.end + 40]
    verbs = cues("defense_spending", "change_verb")
    if re.search(r"\bby\s*$", before, re.IGNORECASE) and verbs.search(before):
        return True
    if re.search(rf"(?:{verbs.pattern})\s*$", before, re.IGNORECASE):
        return True
    return bool(cues("defense_spending", "change_noun").match(after))


def of_gdp(sentence: SentenceReading, quantity: Quantity) -> bool:
    """A share of GDP: "2% of GDP", "two per cent or thereabouts of their
    respective GDPs", "the 3% GDP threshold"."""
    return bool(cues("figures", "gdp_after").match(sentence.text, quantity.end))


def of_other(sentence: SentenceReading, quantity: Quantity) -> bool:
    """A percentage of something other than GDP ("2.5 percent of its defense
    budget", "74.5 percent of the total", "30% of respondents")."""
    return bool(cues("figures", "of_other").match(sentence.text, quantity.end))


def figure_status(sentence: SentenceReading, quantity: Quantity, fact_type: str,
                  order: tuple[str, ...], default: str = "actual") -> str:
    """A figure's status read from its own clause ("Japan spends 1.8%, and
    the US urged its allies to raise spending to 3.5%": the 1.8% is no
    demand), the type's own cues first (`[TYPE.status]` in the lexicon:
    "under the SMA" is agreed), then the shared ones."""
    text = sentence.text[clause_start(sentence.text, quantity.start):
                         clause_end(sentence.text, quantity.end)]
    own = lexicon()[fact_type].get("status", {})
    for name in order:
        if name in own and cues(fact_type, "status", name).search(text):
            return name
    return status(text, order, default)


def currency(reading, quantity: Quantity, holder: str | None) -> str | None:
    """An amount's currency; "Rs" or "rupees" held by Pakistan or Sri Lanka
    is their rupee; a bare "$" in an article about a country whose press
    writes its own dollar so ("$50.3 billion" in an Australian story) is that
    dollar, unless the article marks its dollars anywhere ("A$", "US$"), as
    wire copy does."""
    if quantity.currency == "INR" and numbers.own_rupee(holder):
        return numbers.own_rupee(holder)
    local = numbers.own_dollar(holder)
    if quantity.currency != "USD" or local is None or holder != reading.main_country:
        return quantity.currency
    if not re.match(r"(?:[^$\d]*\s)?\$", quantity.text) or numbers.marks_dollars(reading.doc.text):
        return quantity.currency
    return local


def near(text: str, start: int, end: int, pattern, before: int = 40, after: int = 40) -> bool:
    """Whether `pattern` matches within `before`/`after` characters of a span."""
    return bool(pattern.search(text[max(0, start - before):start]) or
                pattern.search(text[end:end + after]))


# -- whose figure ---------------------------------------------------------------

_CLAUSE_BREAK = re.compile(r";|,\s*(?:and|but|while|whereas)\s+(?:that\s+)?|\band that\b|"
                           r"\b(?:but|while|whereas|although)\b", re.IGNORECASE)
# What stands between a demand verb and its "to": a short object, not a noun
# phrase of the demand itself ("demand for a 5% target … to").
_OBJECT = re.compile(r"\s+(?!(?:for|of|that|on)\b)[^;:]{1,80}?\s*", re.IGNORECASE)
_OWN_POSSESSIVE = re.compile(r"^[’'`]s?\s+(?:[a-z-]+\s+){0,2}$")


def clause_start(text: str, position: int) -> int:
    """Where the clause holding `position` begins: after the last "; ",
    ", and that", ", but", "while"… before it ("Lai said China's threats had
    grown, and that he hoped defence spending would reach 5%": the spending
    clause starts at "he")."""
    start = 0
    for match in _CLAUSE_BREAK.finditer(text, 0, position):
        start = match.end()
    return start


def clause_end(text: str, position: int) -> int:
    """Where the clause holding `position` ends: at the next clause break
    (see `clause_start`), else the end of the text."""
    match = _CLAUSE_BREAK.search(text, position)
    return match.start() if match else len(text)


def own_possessor(sentence: SentenceReading, quantity: Quantity) -> str | None:
    """The country whose figure this is by a possessive right before it:
    "compared to Japan's 3.8 percent", "NATO's 2% baseline", "Australia's
    planned 2.3% of GDP" (at most two lower-case words between)."""
    before = [m for m in sentence.mentions if m.end <= quantity.start]
    if before and _OWN_POSSESSIVE.match(sentence.text[before[-1].end:quantity.start]):
        return before[-1].code
    return None


def demanded_of(sentence: SentenceReading, start: int, position: int) -> list[str] | None:
    """Who is asked to act when a demand verb with an object and "to" stands
    between `start` and the figure at `position` ("urged its allies,
    including Japan, to raise…" -> [JPN]; "called on Washington's allies to
    increase…" -> [], the allies being unnamed); None when there is no such
    verb, or when its object is neither a country nor a kind of country ("wants
    defence spending to reach 2%"), so the caller reads the subject as usual.
    A possessor ("Washington's allies") and the asker are not the ones asked."""
    verbs = cues("figures", "demand_object")
    for verb in reversed(list(verbs.finditer(sentence.text, start, position))):
        to = re.compile(r"\bto\b").search(sentence.text, verb.end(), position)
        if not to or not _OBJECT.fullmatch(sentence.text[verb.end():to.start()]):
            continue
        asker = {m.code for m in sentence.mentions if start <= m.start < verb.start()}
        named = [m for m in sentence.mentions
                 if verb.end() <= m.start < to.start() and m.code not in asker]
        asked = [m.code for m in named if not re.match(r"[’'`]s?\b", sentence.text[m.end:])]
        if asked:
            return list(dict.fromkeys(asked))
        if named or generic_holder(sentence, verb.end(), to.start()):
            return []  # "Beijing's neighbours", "Asian allies": no one country
        return None
    return None


def generic_holder(sentence: SentenceReading, start: int, position: int) -> bool:
    """Whether the clause names its holder only generically ("make US allies
    pay 100%", "member states spend 2%"): then no country is the holder."""
    return bool(cues("figures", "generic_holder").search(sentence.text, start, position))


def figure_anaphor(sentence: SentenceReading, position: int) -> bool:
    """Whether the figure's clause refers back to an earlier figure ("that
    figure rises to…", "It was an 8.2 percent increase…", "These payments…")
    after the last country it names, so its holder is the earlier one's."""
    start = max([clause_start(sentence.text, position)] +
                [m.end for m in sentence.mentions if m.end <= position])
    return bool(cues("figures", "anaphor").search(sentence.text, start, position))


@dataclass
class Story:
    """What earlier sentences of an article said, for a figure extractor
    reading it in order: where its topic was last named and whose figure,
    for which period, came last (what "that figure", "it", "these payments"
    refer to)."""
    last_topic: int | None = None
    last_holder: str | None = None
    last_period: str | None = None
    last_facts_at: int | None = None

    def told(self, facts: list, index: int) -> None:
        """Note the facts sentence `index` gave, if any."""
        if facts:
            self.last_holder, self.last_period = facts[-1].country, facts[-1].period
            self.last_facts_at = index

    def period(self, sentence: SentenceReading, quantity: Quantity, reference) -> str | None:
        """A figure's period; one that refers back ("that figure rises to…",
        "It was an 8.2 percent increase") and names none has the last one's."""
        own = period(sentence, quantity, reference)
        if own is None and figure_anaphor(sentence, quantity.start):
            return self.last_period
        return own


def clause_only(sentence: SentenceReading, start: int) -> SentenceReading:
    """The figure's own clause: the sentence with everything before `start`
    blanked out and the countries there dropped (offsets unchanged), and no
    country read from inside a figure ("US$26 billion")."""
    mentions = [m for m in sentence.mentions if m.start >= start and not any(
        q.start <= m.start < q.end for q in sentence.quantities)]
    return SentenceReading(sentence.index, sentence.start, sentence.end,
                           " " * start + sentence.text[start:], sentence.boilerplate, mentions)

"""What the figure extractors (defence spending, troop costs, tariffs)
share: whether a percentage is a change ("by 8.3%", "an 8% rise") or a
share of GDP, an amount's currency and status, whose figure it is when the
sentence says so in its own words ("Japan's 3.8 percent", "urged its allies,
including Japan, to raise…"), and what earlier sentences of the story said
(`Story`). The period a figure is for is read in periods.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from core.extract.periods import period  # noqa: F401  (figures.period: tariffs read it here)
from core.extract.reading import SentenceReading, clause_end, clause_start, cues, lexicon, status
from core.normalize import numbers
from core.normalize.numbers import Quantity


def is_change(sentence: SentenceReading, quantity: Quantity) -> bool:
    """A growth figure: "increase … by 8.3%", "an 8.3% rise", "an increase
    of 8.3%", "8.3% more than in 2022", "from 25% to 50%"."""
    if quantity.form == "change":
        return True
    before = sentence.text[max(0, quantity.start - 60):quantity.start]
    after = sentence.text[quantity.end:quantity.end + 60]
    verbs = cues("defense_spending", "change_verb")
    if re.search(r"\bby\s*$", before, re.IGNORECASE) and verbs.search(before):
        return True
    if re.search(rf"(?:{verbs.pattern})\s*$", before, re.IGNORECASE):
        return True
    if cues("defense_spending", "change_lead").search(before):
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

# What stands between a demand verb and its "to": a short object, not a noun
# phrase of the demand itself ("demand for a 5% target … to").
_OBJECT = re.compile(r"\s+(?!(?:for|of|that|on)\b)[^;:]{1,80}?\s*", re.IGNORECASE)
_OWN_POSSESSIVE = re.compile(r"^[’'`]s?\s+(?:[a-z-]+\s+){0,2}$")


def own_possessor(sentence: SentenceReading, quantity: Quantity) -> str | None:
    """The country whose figure this is by a possessive right before it:
    "compared to Japan's 3.8 percent", "NATO's 2% baseline", "Australia's
    planned 2.3% of GDP" (at most two lower-case words between)."""
    before = [m for m in sentence.mentions if m.end <= quantity.start]
    if before and _OWN_POSSESSIVE.match(sentence.text[before[-1].end:quantity.start]):
        return before[-1].code
    return None


_FOR = re.compile(r"\s+(for|in)\s+(the\s+)?", re.IGNORECASE)


def holder_after(sentence: SentenceReading, quantity: Quantity) -> str | None:
    """The country a figure is given for right after it, in a comparison
    with another's: "compared with 3 percent for Singapore", "against 3.4
    percent in the United States"."""
    gap = _FOR.match(sentence.text, quantity.end)
    if gap is None:
        return None
    return next((m.code for m in sentence.mentions if m.start == gap.end()), None)


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


def read_in_order(reading, kind_of, read) -> list:
    """The facts of a figure type whose sentences continue each other: each
    sentence in order is given a kind by `kind_of(sentence, story)` (None:
    not about the type) and read by `read(reading, sentence, kind, story)`,
    with the story so far updated by what it gave."""
    facts: list = []
    story = Story()
    for sentence in reading.sentences:
        kind = kind_of(sentence, story)
        if kind is None:
            continue
        found = read(reading, sentence, kind, story)
        story.told(found, sentence.index)
        facts.extend(found)
    return facts


def clause_only(sentence: SentenceReading, start: int) -> SentenceReading:
    """The figure's own clause: the sentence with everything before `start`
    blanked out and the countries there dropped (offsets unchanged), and no
    country read from inside a figure ("US$26 billion")."""
    mentions = [m for m in sentence.mentions if m.start >= start and not any(
        q.start <= m.start < q.end for q in sentence.quantities)]
    return SentenceReading(sentence.index, sentence.start, sentence.end,
                           " " * start + sentence.text[start:], sentence.boilerplate, mentions)

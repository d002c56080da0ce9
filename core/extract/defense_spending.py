"""Defence spending: a country's defence budget, its share of GDP, its
growth, or a target for it.

"South Korea currently allocates over 2% of its gross domestic product to
defense" -> KOR 2.0 pct_gdp over actual; "increase Seoul's defense spending
by 8.3% in 2026" -> KOR 8.3 pct_change 2026; "NATO Members Agree to 5%
Defense Spending Target by 2035" -> NATO 5.0 pct_gdp target 2035.

A sentence is read when it names the topic (a defence budget, spending on
defence), or when it continues one that did: a budget or "that figure"
within a few sentences of it, a share of GDP spent a little later or stated
right after a defence figure ("That equals about 2% of GDP"). Each
figure gets its own holder: its possessor ("NATO's 2% baseline"), the ones a
demand is made of ("urged its allies, including Japan, to raise…"), the
subject of its clause, the holder of the figure "that figure" refers to,
else the article's main country (see `_holders`).
"""
from __future__ import annotations

import re

from core.extract import figures
from core.extract.reading import (Reading, SentenceReading, clause_end, clause_start, cues,
                                  possessor_before, subjects)
from core.model import Fact
from core.normalize import numbers
from core.normalize.numbers import Quantity

TYPE = "defense_spending"
VERSION = "2"
STATUSES = ("demanded", "target", "agreed", "proposed")
# How many sentences after a topic sentence a budget sentence still continues
# it, and a share of GDP still belongs to the story.
SEQUEL_DISTANCE, GDP_DISTANCE = 3, 6


def extract(reading: Reading) -> list[Fact]:
    return figures.read_in_order(reading, _kind, _read)


def _kind(sentence: SentenceReading, story: figures.Story) -> str | None:
    """How a sentence speaks of defence spending: "topic" (it names it),
    "sequel" (a budget or "that figure" right after a topic sentence),
    "gdp" (a share of GDP spent or set as a benchmark a little later, or
    right after a sentence that gave a defence figure: "That equals 2% of
    GDP"; or a bare percentage spent or pledged), or None."""
    if cues(TYPE, "trigger").search(sentence.text) and cues(TYPE, "topic").search(sentence.text):
        story.last_topic = sentence.index
        return "topic"
    if story.last_topic is None or not sentence.quantities:
        return None
    close = sentence.index - story.last_topic <= SEQUEL_DISTANCE
    if close and cues(TYPE, "budget_noun").search(sentence.text):
        return "sequel"
    if story.last_facts_at == sentence.index - 1 and \
            cues("figures", "anaphor").search(sentence.text):
        return "sequel"
    if sentence.index - story.last_topic > GDP_DISTANCE:
        return None
    if cues(TYPE, "gdp").search(sentence.text) and (
            cues(TYPE, "gdp_sequel").search(sentence.text)
            or story.last_facts_at == sentence.index - 1):
        return "gdp"
    if any(_spent_share(sentence, q) for q in sentence.quantities):
        return "gdp"
    return None


def _spent_share(sentence: SentenceReading, quantity: Quantity) -> bool:
    """A bare percentage spent or pledged ("committing to 5%", "spends
    2.4%"): in a story on defence spending, a share of GDP."""
    return quantity.kind == "percent" and quantity.form == "single" and bool(
        cues(TYPE, "gdp_verb").search(sentence.text, max(0, quantity.start - 30), quantity.start))


def _read(reading: Reading, sentence: SentenceReading, kind: str,
          story: figures.Story) -> list[Fact]:
    facts: list[Fact] = []
    topic = cues(TYPE, "topic").search(sentence.text)
    quantities = sentence.quantities
    units: list[str | None] = []
    for i, quantity in enumerate(quantities):
        unit = None if _part_of_another(sentence, quantity) else \
            _unit(sentence, quantity, kind, units)
        units.append(unit)
        if unit is None or kind != "topic" and _other_measure(sentence, quantities, i) \
                or unit == "money" and _troop_cost(sentence, quantities, i):
            units[-1] = None  # a figure compared with this one is no defence figure either
            continue
        value, high = quantity.value, quantity.value_high
        if quantity.form == "change":
            value, high = quantity.value_high, None
        holders = _holders(reading, sentence, quantity, topic, kind, story)
        for country in [f.country for f in facts[-1:]] if holders is None else holders:
            facts.append(reading.fact(
                sentence, TYPE, VERSION, country=country, value=value, value_high=high,
                unit=unit, currency=figures.currency(reading, quantity, country),
                qualifier=quantity.qualifier,
                period=story.period(sentence, quantity, reading.reference),
                status=figures.figure_status(sentence, quantity, TYPE, STATUSES)))
    return facts


def _window(sentence: SentenceReading, quantities: list[Quantity], i: int) -> tuple[int, int]:
    """The words that go with figure `i`: its clause, not past the figures
    next to it nor the "and" joining it to the one before ("13 per cent of
    the total budget and | 1.9 per cent of GDP")."""
    text = sentence.text
    start = max([clause_start(text, quantities[i].start)] +
                [q.end for q in quantities[:i]])
    joins = list(re.finditer(r"\b(?:and|or)\b|,", text[start:quantities[i].start]))
    start += joins[-1].end() if joins else 0
    end = min([clause_end(text, quantities[i].end)] +
              [q.start for q in quantities[i + 1:]])
    return start, end


def _other_measure(sentence: SentenceReading, quantities: list[Quantity], i: int) -> bool:
    """Whether the words of figure `i` name another measure: "public debt
    stands at 250% of GDP", "spend 0.7% of GDP on aid"."""
    start, end = _window(sentence, quantities, i)
    return bool(cues(TYPE, "other_measure").search(sentence.text, start, end))


def _troop_cost(sentence: SentenceReading, quantities: list[Quantity], i: int) -> bool:
    """Whether an amount is paid for hosting troops ("includes 211 billion
    yen in host-nation support", "pays 1.4 trillion won toward the cost of
    stationing US troops"): a troop cost, not the defence budget."""
    start, end = _window(sentence, quantities, i)
    return bool(cues("troop_cost", "topic").search(sentence.text, start, end))


def _part_of_another(sentence: SentenceReading, quantity: Quantity) -> bool:
    """"Of this, Rs 1.8 lakh crore…", "P40 billion of the total": a part of
    a figure named before."""
    start = clause_start(sentence.text, quantity.start)
    return bool(cues(TYPE, "part_before").search(sentence.text, start, quantity.start) or
                cues(TYPE, "part_after").match(sentence.text, quantity.end))


def _of_after(sentence: SentenceReading, position: int) -> str | None:
    """The country right after the topic words with "of": "the defence
    budget of Japan", "military spending of the Philippines"."""
    for mention in sentence.mentions:
        if mention.start >= position:
            gap = sentence.text[position:mention.start]
            return mention.code if re.fullmatch(r"\s+of\s+(the\s+)?", gap) else None
    return None


def _unit(sentence: SentenceReading, quantity: Quantity, kind: str,
          earlier: list[str | None]) -> str | None:
    """The unit a figure has as a defence figure, or None when it is none:
    a conversion, a multiple, a tariff rate, an item or part of the budget
    ("NT$69 billion for fighters", "19% going to procurement", "of this, …"),
    a percentage of something else ("2.5 percent of its defense budget"), a
    poll or market figure ("approval stood at 45%") or a comparison ("40 per
    cent more"). "From 3% to 3.5% of GDP" is a level, not a change; a
    baseline or another's figure right after a figure ("to 2% of GDP, up
    from 1.6% now", "1.2% of GDP, against 3% for Singapore"; "62% of voters
    back it, up from 55%") is the same measure as that one, and so is a
    figure with its own possessor after another ("compared to Japan's 3.8%")."""
    if quantity.converted or quantity.kind == "multiple":
        return None
    text = sentence.text
    if quantity.kind == "money":
        if cues(TYPE, "component").match(text, quantity.end) or \
                cues(TYPE, "change_lead").search(text, 0, quantity.start):
            return None  # an item of the budget, or its rise ("an increase of ¥1 trillion")
        return "money" if kind != "gdp" else None
    if figures.near(text, quantity.start, quantity.end, cues("tariff", "near"), 15, 20):
        return None
    if figures.of_gdp(sentence, quantity):
        return "pct_gdp"
    if earlier and (cues(TYPE, "baseline").search(text, 0, quantity.start)
                    or figures.holder_after(sentence, quantity)):
        return earlier[-1]
    if quantity.form == "fraction" or figures.of_other(sentence, quantity) or \
            cues(TYPE, "component").match(text, quantity.end) or \
            figures.near(text, quantity.start, quantity.end, cues(TYPE, "opinion"), 50, 30):
        return None
    if figures.is_change(sentence, quantity):
        return "pct_change" if kind != "gdp" else None
    if cues(TYPE, "comparison").match(text, quantity.end):
        return None
    if earlier and figures.own_possessor(sentence, quantity):
        return earlier[-1]
    return "pct_gdp" if kind == "topic" or _spent_share(sentence, quantity) else None


def _holders(reading: Reading, sentence: SentenceReading, quantity: Quantity, topic,
             kind: str, story: figures.Story) -> list[str] | None:
    """Whose figure it is, in order of how directly the text says so; when
    it says nothing, the holder of the story a sequel continues, the
    article's main country, the holder of a figure a few sentences before
    ("Defence spending accounts for 1.9% of GDP" after India's budget, in an
    article whose title names no country), or the country whose currency
    the amount is in.
    [] when the text names the holders only as a kind ("urged its allies
    to…"); None when nothing tells (the caller then takes the holder of the
    figure before it in the sentence)."""
    own = figures.own_possessor(sentence, quantity) or figures.holder_after(sentence, quantity)
    if own:
        return [own]
    clause = clause_start(sentence.text, quantity.start)
    asked = figures.demanded_of(sentence, clause, quantity.start)
    if asked is not None:
        return asked
    if topic and topic.start() >= clause:
        possessor = possessor_before(sentence, topic.start()) or _of_after(sentence, topic.end())
        if possessor:
            return [possessor]
    if figures.figure_anaphor(sentence, quantity.start) and story.last_holder:
        return [story.last_holder]
    found = subjects(reading, figures.clause_only(sentence, clause), before=quantity.start)
    if found:
        return found
    if figures.generic_holder(sentence, clause, quantity.start):
        return []
    recent = story.last_facts_at is not None and \
        sentence.index - story.last_facts_at <= SEQUEL_DISTANCE
    implicit = (story.last_holder if kind == "sequel" else None) or reading.main_country \
        or (story.last_holder if recent else None) or numbers.currency_country(quantity.currency)
    return [implicit] if implicit else None

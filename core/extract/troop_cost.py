"""Troop costs: money paid, asked or agreed for hosting another country's
troops, or the share of those costs a host covers.

"South Korea would be required to pay $10 billion annually to host US troops
— approximately eight times the amount …" -> KOR→USA 1e10 money demanded,
and 8 multiple; "the nation has also covered 90% of the expenses associated
with … the largest US military base" -> KOR→USA 90 pct_share actual.

A sentence is read when it names the topic (cost-sharing, host-nation
support, paying for troops or bases), or, later in an article that did, when
it speaks of paying ("Seoul pays about half the cost", "Japan's financial
contribution accounted for 74.5 percent of the total") or refers back to the
last payment ("It was an 8.2 percent increase"). The payer is the figure's
possessor ("compared to Japan's 3.8 percent"), the subject before it, the
payer of the story, else the article's main country (see `_payer`).
"""
from __future__ import annotations

import re

from core.extract import figures
from core.extract.reading import (US_SIDE, Reading, SentenceReading, clause_end, clause_start,
                                  cues, subject)
from core.model import Fact
from core.normalize.numbers import Quantity

TYPE = "troop_cost"
VERSION = "2"
STATUSES = ("demanded", "agreed", "proposed")
# How many sentences after a topic sentence (or the last troop-cost figure) a
# sentence about paying still continues the story.
SEQUEL_DISTANCE = 4


def extract(reading: Reading) -> list[Fact]:
    return figures.read_in_order(reading, _kind, _read)


def _kind(sentence: SentenceReading, story: figures.Story) -> str | None:
    """"topic" when the sentence names troop costs; "sequel" when, a few
    sentences after such a sentence or a troop-cost figure, it speaks of
    paying or refers back to the last payment and is not about defence
    spending; else None."""
    text = sentence.text
    if cues(TYPE, "trigger").search(text) and cues(TYPE, "topic").search(text):
        story.last_topic = sentence.index
        return "topic"
    recent = [i for i in (story.last_topic, story.last_facts_at) if i is not None]
    if not recent or sentence.index - max(recent) > SEQUEL_DISTANCE or not sentence.quantities:
        return None
    if cues("defense_spending", "topic").search(text):
        return None
    if cues(TYPE, "payment").search(text):
        return "sequel"
    if story.last_facts_at == sentence.index - 1 and cues("figures", "anaphor").search(text):
        return "sequel"
    return None


def _read(reading: Reading, sentence: SentenceReading, kind: str,
          story: figures.Story) -> list[Fact]:
    facts = []
    troops_of = _troops_of(sentence)
    plain = figures.clause_only(sentence, 0)
    units: list[str | None] = []
    for quantity in sentence.quantities:
        unit = _unit(sentence, quantity, units)
        units.append(unit)
        if unit is None:
            continue
        clause = clause_start(sentence.text, quantity.start)
        if kind == "sequel" and cues(TYPE, "other_measure").search(
                sentence.text, clause, quantity.end + 30):
            continue
        country = _payer(reading, plain, quantity, troops_of, kind, story)
        if country is None:
            continue
        value, high = quantity.value, quantity.value_high
        if quantity.form == "change":
            value, high = quantity.value_high, None
        facts.append(reading.fact(
            sentence, TYPE, VERSION, country=country, counterpart=troops_of,
            value=value, value_high=high, unit=unit,
            currency=figures.currency(reading, quantity, country), qualifier=quantity.qualifier,
            period=story.period(sentence, quantity, reading.reference),
            status=figures.figure_status(sentence, quantity, TYPE, STATUSES)))
    return facts


def _payer(reading: Reading, sentence: SentenceReading, quantity: Quantity, troops_of: str,
           kind: str, story: figures.Story) -> str | None:
    """Who pays: the figure's own possessor, the subject before it (not the
    place a command is named for, "US Forces Korea"; when it is the troops'
    own country, the story's payer if it demands the sum, "Trump demanded
    $10 billion", else none, "The US spends $5 billion to keep troops…", nor
    when the troops are what costs, "US troops in Japan cost $5.5 billion"), the last
    payer when the sentence continues the story or refers back ("these
    payments", "it"), a subject after it in its clause that is no place
    ("under an agreement Japan and the US reached"; not "troops in South
    Korea"), else
    (unless the sentence names its payers only as "allies") the article's
    main country."""
    own = figures.own_possessor(sentence, quantity)
    if own and own != troops_of:
        return own
    payers = _payers_only(sentence)
    before = subject(reading, payers, before=quantity.start)
    if before == troops_of:
        # "Trump demanded $10 billion" asks the story's payer; "The US spends
        # $5 billion a year to keep troops in Korea" is no one's payment
        demand = cues("status", "demanded").search(
            sentence.text, clause_start(sentence.text, quantity.start), quantity.start)
        return story.last_holder if demand else None
    if before:
        return before
    if _TOTAL_COST.search(sentence.text, clause_start(sentence.text, quantity.start),
                          quantity.start):
        return None  # "US troops in Japan cost about $5.5 billion a year"
    if story.last_holder and (kind == "sequel" or figures.figure_anaphor(sentence, quantity.start)
                              or cues("figures", "anaphor").search(sentence.text)):
        return story.last_holder
    if figures.generic_holder(sentence, 0, quantity.start):
        return None
    after = subject(reading, payers, before=clause_end(sentence.text, quantity.end),
                    exclude={troops_of})
    if after:
        return after
    main = reading.main_country
    return main if main != troops_of else None


# Not the payer: a place ("troops in Japan", "US Forces Korea"), the one
# paid ("Seoul will pay the US $1 billion"), the troops' nationality ("to
# host US troops").
_NOT_PAYER_BEFORE = re.compile(r"\bForces\s+$|\b(pay|pays|paid|paying|give|gives|gave|in|at|into|"
                               r"across|throughout|inside)\s+(the\s+)?$", re.IGNORECASE)
_NOT_PAYER_AFTER = re.compile(r"\s+(troops|forces|military|soldiers|marines|service\s?members|"
                              r"bases?)\b", re.IGNORECASE)


# What the troops cost in all, no one's payment.
_TOTAL_COST = re.compile(r"\b(troops|forces|USFK|USFJ|presence|bases?)\b[^,;]{0,40}?"
                         r"\bcost(s|ing)?\s+(?!of\b)", re.IGNORECASE)


def _payers_only(sentence: SentenceReading) -> SentenceReading:
    """The sentence without the countries that cannot be the payer."""
    text = sentence.text
    mentions = [m for m in sentence.mentions
                if not _NOT_PAYER_BEFORE.search(text, max(0, m.start - 20), m.start)
                and not _NOT_PAYER_AFTER.match(text, m.end)]
    return SentenceReading(sentence.index, sentence.start, sentence.end, text,
                           sentence.boilerplate, mentions)


def _troops_of(sentence) -> str:
    """Whose troops: the country named right before "troops"/"forces"/"base",
    else the United States."""
    for mention in sentence.mentions:
        following = sentence.text[mention.end:mention.end + 30].lower()
        if any(word in following.split()[:3] for word in
               ("troops", "forces", "military", "soldiers", "base", "bases")):
            return mention.code
    return US_SIDE


def _unit(sentence: SentenceReading, quantity: Quantity, earlier: list[str | None]) -> str | None:
    """A troop-cost figure's unit, or None: money, a multiple, a share of
    the costs ("half the cost", "3/4 of the costs", "2.5 percent of its
    defense budget"), or a change ("up 8.3%"; in a sentence about raising
    payments, a percentage that is no share: "proposals went as high as
    150%"). A figure with its own possessor after another ("compared to
    Japan's 3.8 percent") is read like that one."""
    if quantity.converted:
        return None
    if quantity.kind == "money":
        return "money"
    if quantity.kind == "multiple":
        return "multiple"
    text = sentence.text
    if figures.is_change(sentence, quantity):
        return "pct_change"
    if quantity.form == "fraction" or cues(TYPE, "share").match(text, quantity.end):
        return "pct_share"
    if earlier and earlier[-1] and figures.own_possessor(sentence, quantity):
        return earlier[-1]
    if figures.of_gdp(sentence, quantity) or figures.of_other(sentence, quantity):
        return None
    if cues("defense_spending", "change_verb").search(text) and not re.search(
            r"\bof\b", text[quantity.end:quantity.end + 5]):
        return "pct_change"
    return None

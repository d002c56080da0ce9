"""Troop costs: money paid, asked or agreed for hosting another country's
troops, or the share of those costs a host covers.

"South Korea would be required to pay $10 billion annually to host US troops
— approximately eight times the amount …" -> KOR→USA 1e10 money demanded,
and 8 multiple; "the nation has also covered 90% of the expenses associated
with … the largest US military base" -> KOR→USA 90 pct_share actual.
"""
from __future__ import annotations

from core.extract import figures
from core.extract.reading import US_SIDE, Reading, cues, status, subject
from core.model import Fact

TYPE = "troop_cost"
VERSION = "1"
STATUSES = ("demanded", "agreed", "proposed")


def extract(reading: Reading) -> list[Fact]:
    facts = []
    topic = cues(TYPE, "topic")
    trigger = cues(TYPE, "trigger")
    for sentence in reading.sentences:
        if not trigger.search(sentence.text):
            continue
        if not topic.search(sentence.text):
            continue
        troops_of = _troops_of(sentence)
        payer = subject(reading, sentence, exclude={troops_of})
        if payer is None:
            continue
        for quantity in sentence.quantities:
            if quantity.converted:
                continue
            unit = _unit(sentence, quantity)
            if unit is None:
                continue
            facts.append(reading.fact(
                sentence, TYPE, VERSION, country=payer, counterpart=troops_of,
                value=quantity.value, value_high=quantity.value_high, unit=unit,
                currency=quantity.currency, qualifier=quantity.qualifier,
                period=figures.period(sentence, quantity, reading.reference),
                status=status(sentence.text, STATUSES, "actual")))
    return facts


def _troops_of(sentence) -> str:
    """Whose troops: the country named right before "troops"/"forces"/"base",
    else the United States."""
    for mention in sentence.mentions:
        following = sentence.text[mention.end:mention.end + 30].lower()
        if any(word in following.split()[:3] for word in
               ("troops", "forces", "military", "soldiers", "base", "bases")):
            return mention.code
    return US_SIDE


def _unit(sentence, quantity) -> str | None:
    if quantity.kind == "money":
        return "money"
    if quantity.kind == "multiple":
        return "multiple"
    if figures.is_change(sentence, quantity):
        return "pct_change"
    if cues(TYPE, "share").search(sentence.text[quantity.end:quantity.end + 40]) \
            or quantity.form == "fraction":
        return "pct_share"
    return None

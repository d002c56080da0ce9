"""Defence spending: a country's defence budget, its share of GDP, its
growth, or a target for it.

"South Korea currently allocates over 2% of its gross domestic product to
defense" -> KOR 2.0 pct_gdp over actual; "increase Seoul's defense spending
by 8.3% in 2026" -> KOR 8.3 pct_change 2026; "NATO Members Agree to 5%
Defense Spending Target by 2035" -> NATO 5.0 pct_gdp target 2035.
"""
from __future__ import annotations

from core.extract import figures
from core.extract.reading import Reading, cues, possessor_before, status, subjects
from core.model import Fact

TYPE = "defense_spending"
VERSION = "1"
STATUSES = ("demanded", "target", "agreed", "proposed")


def extract(reading: Reading) -> list[Fact]:
    facts = []
    topic = cues(TYPE, "topic")
    tariff_near = cues("tariff", "near")
    trigger = cues(TYPE, "trigger")
    for sentence in reading.sentences:
        if not trigger.search(sentence.text):
            continue
        match = topic.search(sentence.text)
        if not match:
            continue
        for quantity in sentence.quantities:
            if quantity.converted or quantity.kind == "multiple":
                continue
            if quantity.kind == "percent" and figures.near(
                    sentence.text, quantity.start, quantity.end, tariff_near, 15, 20):
                continue
            unit = _unit(sentence, quantity)
            possessor = possessor_before(sentence, match.start())
            countries = [possessor] if possessor else \
                subjects(reading, sentence, before=quantity.start)
            value, high = quantity.value, quantity.value_high
            if quantity.form == "change":
                value, high = quantity.value_high, None
            for country in countries:
                facts.append(reading.fact(
                    sentence, TYPE, VERSION, country=country, value=value, value_high=high,
                    unit=unit, currency=quantity.currency, qualifier=quantity.qualifier,
                    period=figures.period(sentence, quantity, reading.reference),
                    status=status(sentence.text, STATUSES, "actual")))
    return facts


def _unit(sentence, quantity) -> str:
    if quantity.kind == "money":
        return "money"
    if figures.is_change(sentence, quantity):
        return "pct_change"
    return "pct_gdp"

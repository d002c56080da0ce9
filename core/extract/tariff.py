"""Tariffs imposed, proposed, threatened or conditional.

"impose 10% tariffs on all imports and potentially over 60% on goods from
China" -> USA→ALL 10 and USA→CHN 60 (over), proposed; "tariffs ranging from
150% to 200% if China were to invade Taiwan" -> USA→CHN 150..200
conditional; "raise tariffs from 25% to 50%" -> the new rate, 50.
"""
from __future__ import annotations

import re

from core.extract import figures
from core.extract.reading import US_SIDE, Reading, cues, group_after, status, subject
from core.model import Fact

TYPE = "tariff"
VERSION = "1"
STATUSES = ("conditional", "threatened", "proposed", "agreed", "imposed")
_TARGET = re.compile(
    r"^[^;]{0,40}?\b(on|against|for|from|targeting|if|should)\s+(?:all\s+)?(?:(?:goods|imports|products|exports|cars|steel|shipments)\s+(?:from|made in)\s+)?(the\s+)?$",
    re.IGNORECASE)
_TARGET_BEFORE = re.compile(r"\b(tariffs?|levy|levies|duties|duty)\s+(on|against)\s+(the\s+)?$",
                            re.IGNORECASE)


def extract(reading: Reading) -> list[Fact]:
    facts = []
    topic = cues(TYPE, "topic")
    near = cues(TYPE, "near")
    gdp = cues("defense_spending", "gdp")
    for sentence in reading.sentences:
        if not topic.search(sentence.text):
            continue
        percents = [q for q in sentence.quantities if q.kind == "percent"
                    and q.form != "fraction"
                    and not gdp.search(sentence.text[q.end:q.end + 30])]
        rated = [q for q in percents
                 if figures.near(sentence.text, q.start, q.end, near, 40, 40)]
        for i, quantity in enumerate(rated):
            following = rated[i + 1].start if i + 1 < len(rated) else len(sentence.text)
            earlier = rated[i - 1].end if i else 0
            targets = _targets(sentence, quantity.end, following) or \
                _targets_before(sentence, earlier, quantity.start)
            imposer = subject(reading, sentence, before=quantity.start, exclude=set(targets)) \
                or reading.antecedent(sentence.index, set(targets)) or US_SIDE
            value, high = quantity.value, quantity.value_high
            if quantity.form == "change":
                value, high = quantity.value_high, None
            for target in targets:
                if target == imposer:
                    continue
                facts.append(reading.fact(
                    sentence, TYPE, VERSION, country=imposer, counterpart=target,
                    value=value, value_high=high, unit="pct_rate",
                    qualifier=quantity.qualifier,
                    period=figures.period(sentence, quantity, reading.reference),
                    status=status(sentence.text[earlier:_clause_end(sentence.text, quantity.end,
                                                                    following)],
                                  STATUSES, "imposed")))
    return facts


def _clause_end(text: str, start: int, stop: int) -> int:
    """Where the clause of a rate ends before the next rate: at the last "and",
    ";" or "," between them ("a 25% tariff on steel imports | and threatened
    duties of up to 30%…"), so each rate is read with its own verb."""
    cuts = [m.start() for m in re.finditer(r"\s(and|but|while)\s|[;,]", text[start:stop])]
    return start + cuts[-1] if cuts and stop < len(text) else stop


def _targets(sentence, start: int, stop: int) -> list[str]:
    """The tariff's targets, read after the rate and before the next rate:
    the countries after "on", "against", "from", "if" (a list, "Japan and
    South Korea", gives each), else all imports (ALL) — which is also what a
    tariff on a product from everywhere ("on steel imports") targets."""
    for mention in sentence.mentions:
        if start <= mention.start < stop and _TARGET.match(sentence.text[start:mention.start]):
            return [m.code for m in group_after(sentence, mention.start, max_words=0)]
    span = sentence.text[start:stop]
    if cues(TYPE, "all_imports").search(span) or cues(TYPE, "sectoral").search(span):
        return ["ALL"]
    return []


def _targets_before(sentence, start: int, stop: int) -> list[str]:
    """Targets named before the rate: "tariffs on Indian goods from 25% to 50%"."""
    for mention in reversed(sentence.mentions):
        if start <= mention.start < stop and _TARGET_BEFORE.search(
                sentence.text[max(start, mention.start - 30):mention.start]):
            return [mention.code]
    return []

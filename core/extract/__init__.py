"""Extractors, one module per fact type: each has TYPE, VERSION and a pure
`extract(reading) -> list[Fact]`.

`extract_all` reads the document once (sentences, country mentions, figures,
dates, see reading.py) and hands that reading to every extractor, so none
re-splits or re-scans the text. Every fact's quote is its sentence, taken
from the stored text by offset, so grounding is exact by construction.
"""
from __future__ import annotations

from core.extract import (defense_spending, event, membership, stance, tariff, troop_cost,
                          troop_presence)
from core.extract.reading import read
from core.model import Document, Fact

EXTRACTORS = (defense_spending, troop_cost, troop_presence, tariff, event, stance, membership)


def extract_all(doc: Document) -> list[Fact]:
    reading = read(doc)
    facts: list[Fact] = []
    for extractor in EXTRACTORS:
        facts.extend(extractor.extract(reading))
    return facts

"""Extractors, one module per fact type: each has TYPE, VERSION and a pure
`extract(reading) -> list[Fact]`.

`extract_all` reads the document once (sentences, country mentions, figures,
dates, see reading.py) and hands that reading to every extractor, so none
re-splits or re-scans the text. Every fact's quote is its sentence, taken
from the stored text by offset, so grounding is exact by construction.

A "sentence" longer than LONGEST_SENTENCE characters is not read for facts:
no sentence a person writes is that long (the longest in the development
articles is about 1,600), it is a table flattened into one line or a list
with no full stops, and reading it would cost time growing faster than its
length. It is stored and searchable as any other; `run_ons` names them so
ingest can say so.
"""
from __future__ import annotations

from dataclasses import replace

from core.extract import (defense_spending, event, membership, stance, tariff, troop_cost,
                          troop_presence)
from core.extract.reading import read
from core.model import Document, Fact, Sentence

EXTRACTORS = (defense_spending, troop_cost, troop_presence, tariff, event, stance, membership)
LONGEST_SENTENCE = 3000


def run_ons(doc: Document) -> list[Sentence]:
    """The document's sentences too long to be read for facts."""
    return [s for s in doc.sentences if s.end - s.start > LONGEST_SENTENCE]


def extract_all(doc: Document) -> list[Fact]:
    if run_ons(doc):
        doc = replace(doc, sentences=[s for s in doc.sentences
                                      if s.end - s.start <= LONGEST_SENTENCE])
    reading = read(doc)
    facts: list[Fact] = []
    for extractor in EXTRACTORS:
        facts.extend(extractor.extract(reading))
    return facts

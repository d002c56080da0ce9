"""Extractors, one module per fact type, each `extract(doc, reading) -> list[Fact]`.

`extract_all` reads the document once (sentences, country mentions, figures,
dates) and hands that reading to every extractor, so none re-splits or
re-scans the text.
"""
from __future__ import annotations

from core.model import Document, Fact

EXTRACTORS: tuple = ()


def extract_all(doc: Document) -> list[Fact]:
    facts: list[Fact] = []
    return facts

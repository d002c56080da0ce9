"""The tracker's extraction against a generic pipeline built from
off-the-shelf extractors: dateparser's `search_dates` and quantulum3 over
every sentence (the same sentence splitter for both).

A generic pipeline has no notion of countries, units of our contract or fact
types, so both are scored the same lenient way on the generated corpus's
known facts: a date found matches an event of that document with that date
(to the gold's precision); a number found matches a figure fact of that
document with that value (within 1%), whatever its country, unit or type.
The tracker is also scored by the contract's own rules.
"""
from __future__ import annotations

import time
import warnings

from core.evaluate import evaluate
from core.extract import extract_all
from core.ingest import document_from_text

FIGURES = ("defense_spending", "troop_cost", "troop_presence", "tariff")


def generic_facts(doc_id: str, text: str) -> list[dict]:
    """Dates and numbers the generic extractors find, as lenient records."""
    from dateparser.search import search_dates
    from quantulum3 import parser

    doc = document_from_text(doc_id, text)
    found = []
    for sentence in doc.sentences:
        piece = doc.sentence_text(sentence)
        for _, when in search_dates(piece, languages=["en"]) or []:
            found.append({"doc": doc_id, "type": "date", "value": when.date().isoformat()})
        for quantity in parser.parse(piece):
            found.append({"doc": doc_id, "type": "number", "value": float(quantity.value)})
    return found


def ours(doc_id: str, text: str) -> list[dict]:
    return [f.to_record() for f in extract_all(document_from_text(doc_id, text))]


def lenient(records: list[dict]) -> list[dict]:
    """Contract records reduced to what a generic pipeline can say: a date or a number."""
    reduced = []
    for record in records:
        if record["type"] == "event":
            reduced.append({"doc": record["doc"], "type": "date", "value": record["date"]})
        elif record["type"] in FIGURES:
            reduced.append({"doc": record["doc"], "type": "number", "value": record["value"]})
        elif record["type"] in ("date", "number"):
            reduced.append(record)
    return reduced


def _match_scores(predicted: list[dict], gold: list[dict]):
    """Precision/recall with dates matched to the gold's precision and numbers within 1%."""
    as_events = [{"doc": r["doc"], "type": "event", "date": r["value"]}
                 for r in predicted if r["type"] == "date"]
    as_numbers = [{"doc": r["doc"], "type": "troop_cost", "country": None, "unit": None,
                   "value": r["value"]} for r in predicted if r["type"] == "number"]
    gold_events = [{"doc": r["doc"], "type": "event", "date": r["value"]}
                   for r in gold if r["type"] == "date"]
    gold_numbers = [{"doc": r["doc"], "type": "troop_cost", "country": None, "unit": None,
                     "value": r["value"]} for r in gold if r["type"] == "number"]
    docs = {r["doc"] for r in gold}
    return evaluate(as_events + as_numbers, gold_events + gold_numbers, docs)["overall"]


def compare(articles) -> dict:
    """Throughput and scores of both pipelines over `articles` (bench.corpus)."""
    gold = [fact for article in articles for fact in article.facts]
    size_kb = sum(len(a.text.encode()) for a in articles) / 1024
    ours(articles[0].doc, articles[0].text)
    start = time.perf_counter()
    tracker = [r for a in articles for r in ours(a.doc, a.text)]
    ours_seconds = time.perf_counter() - start
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        generic_facts(articles[0].doc, articles[0].text)  # load models before timing
        start = time.perf_counter()
        generic = [r for a in articles for r in generic_facts(a.doc, a.text)]
        generic_seconds = time.perf_counter() - start
    lenient_gold = lenient(gold)
    return {
        "documents": len(articles), "kb": size_kb,
        "ours_docs_per_s": len(articles) / ours_seconds,
        "generic_docs_per_s": len(articles) / generic_seconds,
        "ours_lenient": _match_scores(lenient(tracker), lenient_gold),
        "generic_lenient": _match_scores(generic, lenient_gold),
        "ours_contract": evaluate(tracker, gold, {a.doc for a in articles})["overall"],
    }

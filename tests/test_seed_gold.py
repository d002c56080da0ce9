"""The seed gold standard: the first yardstick for extraction quality."""
import pytest

from core.evaluate import evaluate, read_jsonl
from core.store import repository

from conftest import GOLD

THRESHOLDS = {"defense_spending": 0.9, "tariff": 0.9, "troop_cost": 0.9, "event": 0.9,
              "stance": 0.85, "membership": 0.9}


@pytest.fixture(scope="module")
def scores(seed_store):
    with seed_store.reader() as session:
        predictions = [f.to_record() for f in repository.iter_facts(session)]
    return evaluate(predictions, read_jsonl(GOLD))


@pytest.mark.parametrize("fact_type, threshold", sorted(THRESHOLDS.items()))
def test_precision_and_recall_on_the_seeds(scores, fact_type, threshold):
    score = scores[fact_type]
    assert score.precision >= threshold, (fact_type, score)
    assert score.recall >= threshold, (fact_type, score)


def test_gold_quotes_are_the_stored_sentences(seed_store):
    with seed_store.reader() as session:
        for record in read_jsonl(GOLD):
            text = repository.load_document(session, record["doc"]).text
            assert text[record["start"]:record["end"]] == record["quote"]

"""Full-text search over facts and sentences, on SQLite FTS5 and PostgreSQL,
with user input that tries to break out: it is always data, never SQL."""
import pytest

from core import queries
from core.ingest import ingest
from core.store import Store

from conftest import SEEDS

HOSTILE = [
    "'", '"', "%", "_", ";", "\\", "' OR '1'='1", "'; DROP TABLE facts; --",
    "troops\"; DELETE FROM documents; --", "NEAR(host troops)", "host AND troops OR NOT x",
    "troop*", "^host", "host:troops", "(host", "{troops}", "SELECT * FROM facts", "%_%",
    "quote:'x'", "NOT", "-troops", "host + troops", "💥", "",
]


@pytest.fixture
def seeded(db_url) -> Store:
    store = Store(db_url)
    ingest(store, [SEEDS], max_bytes=5_000_000, progress=False)
    return store


def test_words_find_facts_with_stemming(seeded):
    found = queries.facts(seeded, search="hosting troop")
    assert set(found["type"]) == {"troop_cost"}
    assert all("host" in q and "troop" in q for q in found["quote"])
    assert queries.count_facts(seeded, search="tariffs China") == 3


def test_words_find_sentences_in_any_document(seeded):
    found = queries.search_sentences(seeded, "Camp Humphreys")
    assert found["doc"].tolist() == ["004_d37d1fc85dd3b14e.txt"]
    row = found.iloc[0]
    text = (SEEDS / row["doc"]).read_text()
    assert text[row["start"]:row["end"]] == row["text"] and "Camp Humphreys" in row["text"]
    assert row["title"]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_input_is_data(seeded, query):
    before = queries.count_facts(seeded), len(queries.documents(seeded))
    facts = queries.facts(seeded, search=query)
    sentences = queries.search_sentences(seeded, query)
    words = [w.lower() for w in __import__("re").findall(r"\w+", query)]
    for quote in list(facts["quote"]) + list(sentences["text"]):
        assert all(w[:4] in quote.lower() for w in words)
    assert (queries.count_facts(seeded), len(queries.documents(seeded))) == before


def test_operators_are_read_as_words(seeded):
    plain = queries.count_facts(seeded, search="host troops")
    assert plain > 0
    assert queries.count_facts(seeded, search="host OR zebra") == 0, "OR is a word, not an operator"
    assert queries.count_facts(seeded, search="NEAR(host troops)") == 0

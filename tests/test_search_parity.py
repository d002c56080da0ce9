"""Search means the same on SQLite and PostgreSQL: one table of queries, run
on the seed articles plus the hostile ones in both databases, gives the same
sentences and the same facts, in the same order."""
from __future__ import annotations

import pytest

import hostile
from conftest import SEEDS, _url
from core import queries
from core.ingest import ingest
from core.store import Store
from core.store.search import stem, words

# (query, what it must find: "some" or "none"), on both databases alike.
QUERIES = [
    ("' OR 1=1 --", "some"), ("a AND", "none"), ("the", "none"), ("not", "none"),
    ("don't", "none"), ("troop", "some"), ("troops", "some"), ("hosting troop", "some"),
    ("host-nation support", "none"), ("2.5", "none"), ("2", "some"), ("28,500", "none"),
    ("U.S.", "some"), ("US troops", "some"), ("South Korea's", "some"), ("Seoul", "some"),
    ("defence", "some"), ("defense spending", "some"), ("tariffs China", "some"),
    ("NEAR(host troops)", "none"), ("1=1", "some"), ("F-35", "some"), ("$10 billion", "some"),
    ("Japan's", "some"), ("GDP", "some"), ("willing", "some"), ("bases", "some"),
    ("allies", "some"), ("ally*", "some"), ("Korea-U.S.", "some"), ("US-Japan", "some"),
    ("2%", "some"), ("54,000", "some"), ("1.2 billion", "some"), ("50%", "none"), ("zork", "some"), ("evil.example", "some"),
    ("**zork**", "some"), ("<script>", "some"), ("%_%", "none"), ("💥", "none"),
    ("한국", "none"), ("Café", "none"), ("ZORK reversed", "some"), ("", "none"),
]


@pytest.fixture(scope="module")
def both(request, tmp_path_factory):
    """The same articles in a SQLite and a PostgreSQL store."""
    folder = hostile.write(tmp_path_factory.mktemp("parity") / "hostile")
    stores = {}
    for backend in ("sqlite", "postgresql"):
        store = Store(_url(backend, request, tmp_path_factory.mktemp(backend)))
        ingest(store, [SEEDS, folder], max_bytes=5_000_000, progress=False)
        stores[backend] = store
    yield stores
    for store in stores.values():
        store.close()


@pytest.mark.parametrize("query, expected", QUERIES)
def test_a_query_finds_the_same_on_both_databases(both, query, expected):
    found = {}
    for backend, store in both.items():
        sentences = queries.search_sentences(store, query, limit=1000)
        facts = queries.facts(store, search=query)
        found[backend] = (list(zip(sentences["doc"], sentences["start"])),
                          sorted(zip(facts["doc"], facts["start"], facts["type"])),
                          queries.count_facts(store, search=query))
    assert found["sqlite"] == found["postgresql"]
    assert bool(found["sqlite"][0]) == (expected == "some"), found["sqlite"][0][:3]


def test_stop_words_are_dropped_and_endings_folded():
    assert words("a AND the") == [] and words("' OR 1=1 --") == ["1"]
    assert [stem(w) for w in ("troops", "hosting", "allies", "bases", "based")] == \
        ["troop", "host", "ally", "bas", "bas"]
    assert words("2.5% and 28,500") == ["2.5", "28,500"]

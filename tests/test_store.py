"""The store: migrations that keep data, a schema that matches the models,
re-extraction that keeps review verdicts."""
from datetime import datetime

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text as sql

from core import queries
from core.ingest import ingest, reextract
from core.store import Store, migrate, repository, reviews
from core.store.database import make_engine
from core.store.schema import Base

from conftest import SEEDS


def test_upgrade_from_the_first_migration_keeps_existing_rows(db_url):
    engine = make_engine(db_url)
    migrate(engine, "0001")
    assert "holder" not in {c["name"] for c in inspect(engine).get_columns("facts")}
    with engine.begin() as connection:
        connection.execute(sql(
            "insert into documents (id, sha256, title, text, ingested_at) "
            "values ('a.txt', 'abc', 'Old title', 'Japan spends 2% of GDP.', :now)"),
            {"now": datetime(2025, 1, 2)})
        connection.execute(sql(
            "insert into sentences (doc_id, idx, start, \"end\", boilerplate) "
            "values ('a.txt', 0, 0, 23, false)"))
        connection.execute(sql(
            "insert into facts (doc_id, fact_key, type, country, value, unit, quote, start, "
            "\"end\", confidence, extractor_version) values ('a.txt', 'k1', 'defense_spending', "
            "'JPN', 2.0, 'pct_gdp', 'Japan spends 2% of GDP.', 0, 23, 0.8, 'v0')"))
        connection.execute(sql(
            "insert into reviews (doc_id, fact_key, verdict, created_at) "
            "values ('a.txt', 'k1', 'correct', :now)"), {"now": datetime(2025, 1, 3)})
    engine.dispose()

    store = Store(db_url)  # opening a store upgrades it to the latest migration
    with store.reader() as session:
        [fact] = list(repository.iter_facts(session))
        assert (fact.country, fact.value, fact.quote) == ("JPN", 2.0, "Japan spends 2% of GDP.")
        assert fact.holder is None and fact.boilerplate is False
        assert repository.load_document(session, "a.txt").title == "Old title"
        [review] = reviews.history(session)
        assert (review.state, review.seq) == ("correct", 1)
        assert review.key == repository.fact_key(fact), "the review follows its fact's new key"
        version = session.execute(sql("select version_num from alembic_version")).scalar()
        assert session.execute(sql("select text from sentences")).scalar() == \
            "Japan spends 2% of GDP."
    assert version == "0007"
    assert list(queries.facts(store, search="spending Japan")["country"]) == ["JPN"]
    assert queries.search_sentences(store, "spends")["doc"].tolist() == ["a.txt"]


def test_migrations_build_exactly_the_models_schema(store):
    """The models and the migrated schema agree, but for the full-text search
    objects, which only the migrations know (FTS5 tables, GIN indexes)."""
    def compared(obj, name, kind, reflected, other) -> bool:
        return not (name or "").startswith(("fact_search", "sentence_search")) and \
            not (name or "").endswith("_search")

    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": compared})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_sqlite_store_runs_in_wal_mode(sqlite_url):
    store = Store(sqlite_url)
    with store.engine.connect() as connection:
        assert connection.execute(sql("pragma journal_mode")).scalar() == "wal"


def test_reextract_replaces_facts_and_keeps_reviews(store):
    ingest(store, [SEEDS / "004_d37d1fc85dd3b14e.txt"], max_bytes=5_000_000, progress=False)
    with store.transaction() as session:
        facts = list(repository.iter_facts(session))
        target = next(f for f in facts if f.type == "troop_cost" and f.unit == "money")
        key = repository.fact_key(target)
        reviews.record(session, target.doc, key, "accepted",
                       reason="checked against the source", reviewer="analyst")
        session.execute(sql("update facts set confidence = 0.01"))
    counts = reextract(store)
    assert counts == {"004_d37d1fc85dd3b14e.txt": len(facts)}
    with store.reader() as session:
        after = list(repository.iter_facts(session))
        assert all(f.confidence > 0.01 for f in after), "facts were extracted anew"
        [review] = reviews.history(session)
        assert review.state == "accepted" and review.key == key
        assert session.scalar(sql("select review from facts where fact_key = :k"),
                              {"k": key}) == "accepted", "the review still points at its fact"

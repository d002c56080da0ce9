"""Reviews on both databases: accept, correct, reject and add facts; the
history keeps every change; reviews survive re-extraction and an edited
re-ingest, or are listed as needing attention; no lost update."""
import json

import pytest
from sqlalchemy import text as sql
from sqlalchemy.exc import IntegrityError

from core import queries
from core.ingest import ingest, reextract
from core.store import repository, reviews

from conftest import run_cli

ARTICLE = (
    "Allies and costs\n\n"
    "South Korea will pay $1.2 billion a year to host US troops under the new deal.\n\n"
    "Japan hosts about 54,000 U.S. troops.\n\n"
    "Analysts said the talks in Manila were cordial.\n"
)


def _ingest(store, folder, text):
    (folder / "allies.txt").write_text(text, encoding="utf-8")
    [outcome] = ingest(store, [folder / "allies.txt"], max_bytes=1_000_000, progress=False)
    assert outcome.status in ("ingested", "replaced"), outcome.reason


def _fact(session, type_):
    return next(f for f in repository.iter_facts(session) if f.type == type_)


def _state(session):
    rows = session.execute(sql("select type, country, value, review, extractor_version "
                               "from facts order by start, type")).all()
    return [tuple(row) for row in rows]


@pytest.fixture
def reviewed(store, tmp_path):
    """The article ingested, with one fact accepted, one corrected and one
    added by hand."""
    _ingest(store, tmp_path, ARTICLE)
    with store.transaction() as session:
        cost, troops = _fact(session, "troop_cost"), _fact(session, "troop_presence")
        reviews.record(session, cost.doc, repository.fact_key(cost), "accepted",
                       reviewer="ana", reason="matches the agreement text")
        reviews.record(session, troops.doc, repository.fact_key(troops), "corrected",
                       reviewer="ben", reason="the source says 55,000",
                       changes={"value": "55000", "qualifier": "exact"})
        manila = next(i for i, s in enumerate(repository.load_document(session, "allies.txt")
                                              .sentences)
                      if "Manila" in ARTICLE[s.start:s.end])
        reviews.add_fact(session, "allies.txt", manila,
                         {"type": "event", "date": "2025-03"},
                         reviewer="ana", reason="talks dated in the headline")
    return store, tmp_path


def test_each_change_is_applied_and_kept_in_the_history(reviewed):
    store, _ = reviewed
    with store.reader() as session:
        assert ("troop_cost", "KOR", 1.2e9, "accepted") in [row[:4] for row in _state(session)]
        troops = _fact(session, "troop_presence")
        assert (troops.value, troops.qualifier, troops.quote) == \
            (55000, "exact", "Japan hosts about 54,000 U.S. troops.")
        added = _fact(session, "event")
        assert (added.date, added.quote) == ("2025-03", "Analysts said the talks in Manila "
                                                        "were cordial.")
        assert ARTICLE[added.start:added.end] == added.quote
        changes = reviews.history(session)
        assert sorted((c.state, c.reviewer) for c in changes) == [
            ("accepted", "ana"), ("added", "ana"), ("corrected", "ben")]
        corrected = next(c for c in changes if c.state == "corrected")
        assert corrected.before["value"] == 54000 and corrected.after["value"] == 55000
        assert corrected.reason == "the source says 55,000" and corrected.at is not None


def test_rejecting_keeps_the_fact_with_its_state_and_the_history_grows(reviewed):
    store, _ = reviewed
    with store.transaction() as session:
        key = session.scalar(sql("select fact_key from facts where type = 'troop_presence'"))
        reviews.record(session, "allies.txt", key, "rejected", reviewer="cy",
                       reason="counts exercise participants")
    with store.reader() as session:
        assert session.scalar(sql("select review from facts where type = 'troop_presence'")) \
            == "rejected"
        steps = reviews.history(session, "allies.txt", key)
        assert [(s.seq, s.state) for s in steps] == [(1, "corrected"), (2, "rejected")]


def test_reviews_survive_reextraction_and_an_edited_reingest(reviewed):
    store, folder = reviewed
    reextract(store)
    edited = ARTICLE.replace("Allies and costs\n\n",
                             "Allies and costs\n\nUpdated with comments from Seoul.\n\n")
    _ingest(store, folder, edited)
    with store.reader() as session:
        state = {(t, r) for t, _, _, r, _ in _state(session)}
        assert {("troop_cost", "accepted"), ("troop_presence", "corrected"),
                ("event", "added")} <= state
        added = _fact(session, "event")
        assert edited[added.start:added.end] == added.quote, "the added fact moved with its text"
        assert _fact(session, "troop_presence").value == 55000
        assert reviews.needs_attention(session) == []


def test_a_review_whose_sentence_is_gone_needs_attention(reviewed):
    store, folder = reviewed
    _ingest(store, folder, ARTICLE.replace("Japan hosts about 54,000 U.S. troops.\n\n", ""))
    with store.reader() as session:
        [lost] = reviews.needs_attention(session)
        assert (lost.state, lost.reviewer, lost.before["value"]) == ("corrected", "ben", 54000)
        assert len(reviews.history(session)) == 3, "nothing is dropped"


def test_the_second_of_two_reviewers_is_told_and_shown_the_first_change(reviewed):
    store, _ = reviewed
    with store.reader() as session:
        key = session.scalar(sql("select fact_key from facts where type = 'troop_cost'"))
        seen = reviews.history(session, "allies.txt", key)[-1].seq
    with store.transaction() as session:
        reviews.record(session, "allies.txt", key, "rejected", reviewer="dee",
                       reason="duplicate", expected=seen)
    with store.transaction() as session, pytest.raises(reviews.ReviewConflict) as raised:
        reviews.record(session, "allies.txt", key, "corrected", reviewer="eve",
                       changes={"value": 1.3e9}, expected=seen)
    assert raised.value.latest.reviewer == "dee" and raised.value.latest.state == "rejected"
    assert "dee changed this fact first" in str(raised.value)
    with store.reader() as session:
        assert [s.reviewer for s in reviews.history(session, "allies.txt", key)] == ["ana", "dee"]


def test_the_database_refuses_two_changes_at_the_same_step(reviewed):
    store, _ = reviewed
    with pytest.raises(IntegrityError), store.transaction() as session:
        session.execute(sql("insert into reviews (doc_id, fact_key, verdict, created_at, seq) "
                            "select doc_id, fact_key, 'rejected', created_at, seq from reviews "
                            "where verdict = 'accepted'"))


@pytest.mark.parametrize("changes, message", [
    ({"quote": "made up"}, "cannot change quote"),
    ({"value": "a lot"}, "value must be a number"),
])
def test_bad_corrections_are_refused_with_the_reason(reviewed, changes, message):
    store, _ = reviewed
    with store.transaction() as session, pytest.raises(reviews.ReviewError, match=message):
        key = session.scalar(sql("select fact_key from facts where type = 'troop_cost'"))
        reviews.record(session, "allies.txt", key, "corrected", reviewer="ana", changes=changes)


def test_rejected_facts_leave_the_views_and_exports_unless_asked_for(reviewed):
    store, _ = reviewed
    with store.transaction() as session:
        key = session.scalar(sql("select fact_key from facts where type = 'troop_cost'"))
        reviews.record(session, "allies.txt", key, "rejected", reviewer="ana", reason="wrong")
    assert "troop_cost" not in set(queries.facts(store)["type"])
    assert "troop_cost" in set(queries.facts(store, reviews="all")["type"])
    assert set(queries.facts(store, reviews="reviewed")["review"]) == {"corrected", "added"}
    assert "KOR" not in set(queries.country_counts(store, types=["troop_cost"])["country"])
    assert queries.overview(store)["by_type"].get("troop_cost") is None

    url = store.url
    exported = run_cli("export", db=url, check=True).stdout
    assert '"troop_cost"' not in exported and '"troop_presence"' in exported
    assert '"troop_cost"' in run_cli("export", "--reviews", "all", db=url, check=True).stdout
    history = [json.loads(line) for line in run_cli("reviews", db=url, check=True).stdout.split("\n")
               if line]
    assert [(h["state"], h["reviewer"]) for h in history if h["fact_key"] == key] == [
        ("accepted", "ana"), ("rejected", "ana")]
    assert history[0]["at"] and "before" in history[0]

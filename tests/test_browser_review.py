"""Reviewing in the real browser: a reviewer names themselves, accepts and
corrects a fact on the Sources page, rejects another, adds a missed one from
a sentence; the history lists each change with reviewer and time, and the
Facts table, the map's data and the CSV export follow."""
from __future__ import annotations

import re

import pytest

from core import queries
from core.ingest import ingest
from core.store import Store, reviews

from conftest import run_cli
from test_browser import (_wait_for_app, browser_type_launch_args, offline_page,  # noqa: F401
                          pytestmark, streamlit_server)

ARTICLE = ("Allies and costs\n\n"
           "South Korea will pay $1.2 billion a year to host US troops under the new deal.\n\n"
           "Japan hosts about 54,000 U.S. troops.\n\n"
           "Analysts said the talks in Manila were cordial.\n")


@pytest.fixture
def store_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    (tmp_path / "allies.txt").write_text(ARTICLE)
    ingest(Store(url), [tmp_path / "allies.txt"], max_bytes=10**6, progress=False)
    return url


def _fact_id(url, kind):
    return int(queries.facts(Store(url), types=[kind])["id"].iloc[0])


def _choose(page, label, typed):
    """Pick the option of a select box that the typed words find."""
    box = page.get_by_role("combobox", name=label)
    box.wait_for(timeout=30_000)
    page.wait_for_timeout(1000)
    box.click()
    page.keyboard.type(typed)
    page.get_by_role("option", name=re.compile(typed)).first.wait_for(timeout=30_000)
    box.press("Enter")
    page.wait_for_timeout(500)


def _fill(page, label, value, submit=True):
    """Type into a text box; outside a form, Enter sends it (inside one,
    Enter would submit the form)."""
    field = page.get_by_label(label, exact=True).first
    field.fill(value)
    if submit:
        field.press("Enter")
    page.wait_for_timeout(800)


def test_accept_correct_reject_and_add_are_kept_and_followed(offline_page, store_url):
    page = offline_page
    troops, cost = _fact_id(store_url, "troop_presence"), _fact_id(store_url, "troop_cost")
    with streamlit_server(store_url) as url:
        page.goto(f"{url}/sources?doc=allies.txt&fact={troops}")
        _wait_for_app(page)
        _fill(page, "Your name (kept with each review)", "Ana")
        _fill(page, "Reason (kept in the history)", "checked against the source")
        page.get_by_role("button", name="Accept").click()
        page.get_by_text("Review state: accepted").wait_for(timeout=30_000)
        _fill(page, "value", "55000", submit=False)
        page.get_by_role("button", name="Save correction").click()
        page.get_by_text("Review state: corrected").wait_for(timeout=30_000)

        page.goto(f"{url}/sources?doc=allies.txt&fact={cost}")
        _wait_for_app(page)
        _fill(page, "Your name (kept with each review)", "Ben")
        _fill(page, "Reason (kept in the history)", "wrong payer")
        page.get_by_role("button", name="Reject").click()
        page.get_by_text("Review state: rejected").wait_for(timeout=30_000)

        page.get_by_text("Add a fact the extractor missed").click()
        _choose(page, "Sentence", "Manila")
        _choose(page, "Type", "Events")
        adder = page.locator('[data-testid="stExpander"]', has_text="Add a fact")
        adder.get_by_label("date", exact=True).fill("2025-03")
        adder.get_by_role("button", name="Add fact").click()
        page.wait_for_timeout(2000)
        assert page.outside_requests == []

    store = Store(store_url)
    with store.reader() as session:
        steps = reviews.history(session, "allies.txt")
    assert sorted((s.state, s.reviewer) for s in steps) == [
        ("accepted", "Ana"), ("added", "Ben"), ("corrected", "Ana"), ("rejected", "Ben")]
    assert all(s.at is not None for s in steps)
    shown = queries.facts(store)
    assert "troop_cost" not in set(shown["type"]), "rejected facts leave the views"
    assert list(shown[shown["type"] == "troop_presence"]["value"]) == [55000]
    assert list(shown[shown["type"] == "event"]["date"]) == ["2025-03"]
    exported = run_cli("export", "--format", "csv", db=store_url, check=True).stdout
    assert "troop_cost" not in exported and "55000" in exported and "2025-03" in exported

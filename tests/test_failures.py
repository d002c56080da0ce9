"""Errors a user can cause give a short message, never a traceback: bad URL
values, a database that is down, a bad setting; and TRACKER_READ_ONLY means
nothing can be written."""
from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from conftest import run_cli
from core.store import ReadOnlyStore, Store
from test_pages import opened
from ui import errors

DOWN = "postgresql+psycopg://tracker:secret@127.0.0.1:1/tracker"


@pytest.mark.parametrize("page, query", [
    ("pages/sources.py", {"fact": "²"}), ("pages/sources.py", {"at": "²-³"}),
    ("pages/sources.py", {"at": "5-x"}), ("pages/timeline.py", {"from": "²"}),
    ("pages/timeline.py", {"to": "٢٠٢٥"}), ("pages/facts.py", {"to": "2025-02-30"}),
    ("pages/facts.py", {"from": "2025-13"}), ("pages/facts.py", {"from": "²⁰²⁵"}),
])
def test_bad_url_values_are_ignored_not_a_traceback(monkeypatch, seed_db, page, query):
    app = opened(monkeypatch, seed_db, page, **query)
    assert not app.error, [e.value for e in app.error]


def test_an_impossible_date_in_the_link_is_named_and_ignored(monkeypatch, seed_db):
    app = opened(monkeypatch, seed_db, "pages/facts.py", to="2025-02-30")
    assert app.text_input(key="f_to").value == ""
    app.text_input(key="f_to").input("2025-02-30").run()
    assert not app.exception
    assert any("2025\\-02\\-30" in w.value and "ignored" in w.value for w in app.warning)


@pytest.mark.parametrize("page", ["pages/overview.py", "pages/map.py", "pages/sources.py",
                                  "pages/facts.py"])
def test_a_database_that_is_down_gives_a_short_message(monkeypatch, page):
    app = opened(monkeypatch, DOWN, page)
    assert [e.value for e in app.error] == [errors.DATABASE_DOWN]
    shown = " ".join(m.value for m in app.markdown)
    assert "127.0.0.1" not in shown and "Traceback" not in shown


def test_a_bad_setting_is_named_on_the_page(monkeypatch, seed_db):
    monkeypatch.setenv("TRACKER_READ_ONLY", "maybe")
    app = opened(monkeypatch, seed_db, "pages/overview.py")
    assert len(app.error) == 1 and "TRACKER_READ_ONLY must be 1 or 0" in app.error[0].value


@pytest.mark.parametrize("command", [["ingest", "seeds/"], ["evaluate", "--gold",
                                                            "tests/gold/seeds.jsonl",
                                                            "--docs", "seeds/"]])
def test_a_bad_max_bytes_setting_is_one_line_on_the_command_line(tmp_path, command):
    result = run_cli(*command, db=str(tmp_path / "t.db"), env_extra={"TRACKER_MAX_BYTES": "abc"})
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "error: TRACKER_MAX_BYTES must be a whole number of bytes above 0 (default 5242880), "
        "not 'abc'"]


def test_a_database_that_is_down_is_one_line_on_the_command_line():
    result = run_cli("stats", db=DOWN)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("error: the store cannot be reached or used")
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_read_only_store_refuses_every_write(db_url, seed_db):
    Store(db_url).close()  # schema in place
    store = Store(db_url, read_only=True)
    with pytest.raises(ReadOnlyStore):
        with store.transaction():
            pass
    with pytest.raises(SQLAlchemyError), store.reader() as session:
        session.execute(text("DELETE FROM documents"))
        session.commit()
    with store.reader() as session:
        assert session.execute(text("SELECT count(*) FROM documents")).scalar() == 0
    store.close()


def test_read_only_setting_keeps_pages_working_and_ingest_out(monkeypatch, seed_db, tmp_path):
    monkeypatch.setenv("TRACKER_READ_ONLY", "1")
    for page in ("pages/overview.py", "pages/facts.py", "pages/sources.py"):
        app = opened(monkeypatch, seed_db, page)
        assert not app.error
    new = tmp_path / "new.txt"
    new.write_text("Japan plans to spend 2% of its GDP on defence by 2027.\n")
    result = run_cli("ingest", str(new), db=seed_db.removeprefix("sqlite:///"),
                     env_extra={"TRACKER_READ_ONLY": "1"})
    assert result.returncode == 1 and "read-only" in result.stderr
    missing = run_cli("stats", db=str(tmp_path / "none.db"), env_extra={"TRACKER_READ_ONLY": "1"})
    assert missing.returncode == 1 and "ingest articles first" in missing.stderr


@pytest.mark.parametrize("value, kept", [
    ("2025", True), ("2025-07", True), ("2025-07-27", True), ("2024-02-29", True),
    ("2025-02-30", False), ("2025-13", False), ("²⁰²⁵", False), ("٢٠٢٥", False),
    ("2025-7", False), ("20250", False), ("", False)])
def test_link_dates_must_be_real_calendar_dates_in_ascii_digits(value, kept):
    from ui.params import valid_date

    assert (valid_date(value) == value) is kept

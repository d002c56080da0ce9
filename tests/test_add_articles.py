"""Adding articles from the dashboard: uploads and pasted text go through the
same ingest as files, each with its own result; the upload's total is
limited; the page is not offered on a read-only store."""
from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

import made_files
from conftest import ROOT
from core.ingest import uploads
from core.store import repository

TEXT = "South Korea currently allocates over 2% of its GDP to defense.\n"


def test_each_uploaded_file_gets_its_own_result(store):
    files = [("a.txt", TEXT.encode()), ("scan.pdf", made_files.scanned_pdf()),
             ("memo.docx", made_files.docx([TEXT.strip()])), ("a.txt", TEXT.encode())]
    seen = []
    outcomes = uploads.add_files(store, files, max_bytes=5_000_000, max_total=5_000_000,
                                 progress=lambda done, name: seen.append((done, name)))
    assert [o.status for o in outcomes] == ["ingested", "failed", "ingested", "unchanged"]
    assert "no text layer" in outcomes[1].reason
    assert outcomes[0].facts == 1 and outcomes[2].doc_id == "memo.docx"
    assert seen == [(0, "a.txt"), (1, "scan.pdf"), (2, "memo.docx"), (3, "a.txt")]


def test_files_past_the_upload_total_are_refused_by_name(store):
    files = [("a.txt", TEXT.encode()), ("b.txt", TEXT.encode()), ("c.txt", b"short text\n")]
    outcomes = uploads.add_files(store, files, max_bytes=1000, max_total=len(TEXT) + 20)
    assert [o.status for o in outcomes] == ["ingested", "failed", "ingested"]
    assert "over its" in outcomes[1].reason and "TRACKER_MAX_UPLOAD_BYTES" in outcomes[1].reason


def test_pasted_text_keeps_the_fields_given_and_is_stored_once(store):
    first = uploads.add_text(store, TEXT, max_bytes=1000, title="Seoul's budget",
                             outlet="Wire", published="2025-05-01", url="https://example.org/x")
    again = uploads.add_text(store, TEXT, max_bytes=1000, title="Seoul's budget")
    assert (first.status, again.status, first.doc_id) == (
        "ingested", "unchanged", uploads.pasted_id(TEXT, "Seoul's budget"))
    assert first.doc_id.startswith("pasted/seoul-s-budget-") and first.doc_id.endswith(".txt")
    with store.reader() as session:
        doc = repository.load_document(session, first.doc_id)
    assert (doc.title, doc.outlet, doc.published, doc.url) == (
        "Seoul's budget", "Wire", "2025-05-01", "https://example.org/x")


@pytest.mark.parametrize("field, value, reason", [
    ("published", "May 2025", "YYYY-MM-DD"), ("published", "2025-02-30", "YYYY-MM-DD"),
    ("url", "javascript:alert(1)", "http"),
])
def test_pasted_fields_that_cannot_be_used_are_refused(store, field, value, reason):
    outcome = uploads.add_text(store, TEXT, max_bytes=1000, **{field: value})
    assert outcome.status == "failed" and reason in outcome.reason


def _app(monkeypatch, db_url, read_only="0") -> AppTest:
    monkeypatch.setenv("TRACKER_DB", db_url)
    monkeypatch.setenv("TRACKER_READ_ONLY", read_only)
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.run()
    return app


def test_the_page_stores_pasted_text_and_says_why_it_refuses(monkeypatch, sqlite_url):
    """(Uploading files is exercised in a real browser: tests/test_browser_add.py.)"""
    app = _app(monkeypatch, sqlite_url)
    app.switch_page("pages/add.py")
    app.run()
    assert [b.label for b in app.button] == ["Store the files", "Store the text"]
    app.text_area[0].input(TEXT)
    app.text_input[0].input("Budget note")
    app.button[1].click().run()
    assert not app.exception
    [stored] = [s.value for s in app.success]
    assert "budget" in stored and stored.endswith("stored with 1 facts")
    assert any("Open pasted" in link.label for link in app.get("page_link"))
    app.text_input[2].input("March 2025")
    app.button[1].click().run()
    assert "refused: publication date" in app.error[0].value
    assert "is not a date written YYYY" in app.error[0].value


def test_a_read_only_store_offers_no_add_page(monkeypatch, seed_db):
    app = _app(monkeypatch, seed_db, read_only="1")
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        app.switch_page("pages/add.py")


def test_sources_page_shows_pdf_pages_and_flags_another_language(monkeypatch, sqlite_url):
    from core.store import Store
    from test_ingest_formats import GERMAN
    from test_pages import open_page, texts

    store = Store(sqlite_url)
    uploads.add_files(store, [("report.pdf", made_files.pdf(made_files.REPORT_PAGES)),
                              ("bericht.txt", GERMAN.encode())],
                      max_bytes=5_000_000, max_total=50_000_000)
    store.close()
    pdf = open_page(monkeypatch, sqlite_url, "pages/sources.py", doc="report.pdf")
    shown = texts(pdf) + "\n".join(link.label for link in pdf.get("page_link"))
    assert "PDF of 2 page(s)" in shown and "· p. 1" in shown and "· p. 2" in shown
    german = open_page(monkeypatch, sqlite_url, "pages/sources.py", doc="bericht.txt")
    assert any("Written in German (de)" in w.value for w in german.warning)
    assert "0 facts in this article" in [s.value for s in german.subheader]

"""Adding articles in a real browser (as tests/test_browser.py: Debian's
Chromium, every request beyond localhost blocked): a .txt, an .html, a .pdf
and a .docx made here are uploaded at once, each shows its facts, the PDF's
facts their page numbers on the Sources page, and a scan its reason for
being refused; on a read-only store the page is not offered."""
from __future__ import annotations

import pytest

import made_files
from test_browser import (ARTIFACTS, CHROMIUM, _wait_for_app,  # noqa: F401 (fixtures)
                          browser_type_launch_args, offline_page, streamlit_server)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not __import__("os").path.exists(CHROMIUM),
                       reason="no chromium: install Debian's package (apt-get install chromium) "
                              "to run the browser tests"),
]

TEXT = "South Korea currently allocates over 2% of its GDP to defense, officials said.\n"
HTML = ("<html><head><title>Manila opens bases</title></head><body><article>"
        "<h1>Manila opens bases</h1><p>The Philippines has allowed U.S. forces to use nine "
        "bases, up from five, its defence ministry said on Monday in a statement.</p>"
        "<p>About 54,000 U.S. troops are stationed in Japan, the largest presence in Asia, "
        "according to figures the ministry cited.</p></article></body></html>")


def _files(tmp_path):
    made = {"budget.txt": TEXT.encode(), "bases.html": HTML.encode(),
            "report.pdf": made_files.pdf(made_files.REPORT_PAGES),
            "memo.docx": made_files.docx(["Spending memo", TEXT.strip()]),
            "scan.pdf": made_files.scanned_pdf()}
    paths = []
    for name, data in made.items():
        (tmp_path / name).write_bytes(data)
        paths.append(str(tmp_path / name))
    return paths


def test_upload_four_formats_see_facts_pages_and_a_refusal(offline_page, tmp_path):
    page = offline_page
    with streamlit_server(f"sqlite:///{tmp_path / 'tracker.db'}") as url:
        page.goto(f"{url}/add")
        _wait_for_app(page)
        page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
            _files(tmp_path))
        page.wait_for_selector("text=scan.pdf", timeout=30_000)
        page.get_by_role("button", name="Store the files").click()
        page.wait_for_selector("text=PDF has no text layer", timeout=120_000)
        page.wait_for_selector('a:has-text("Open memo.docx in Sources")', timeout=30_000)
        results = page.locator('[data-testid="stMainBlockContainer"]').inner_text()
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "add_results.png"), full_page=True)
        for name in ("budget.txt", "bases.html", "report.pdf", "memo.docx"):
            line = next(line for line in results.splitlines() if line.startswith(name))
            assert "stored with" in line and "stored with 0 facts" not in line, line
        assert "scan.pdf: refused: PDF has no text layer" in results
        page.get_by_role("link", name="Open report.pdf in Sources").click()
        page.wait_for_url("**/sources?doc=report.pdf", timeout=30_000)
        _wait_for_app(page)
        page.wait_for_selector("text=PDF of 2 page(s)", timeout=30_000)
        page.wait_for_selector("text=· p. 2", timeout=30_000)
        side = page.locator('[data-testid="stMainBlockContainer"]').inner_text()
        assert "· p. 1" in side and "· p. 2" in side
        page.screenshot(path=str(ARTIFACTS / "sources_pdf_pages.png"), full_page=True)
    assert page.outside_requests == []


def test_read_only_store_hides_the_add_page(offline_page, seed_db, monkeypatch):
    monkeypatch.setenv("TRACKER_READ_ONLY", "1")
    with streamlit_server(seed_db) as url:
        offline_page.goto(url)
        _wait_for_app(offline_page)
        navigation = offline_page.locator('[data-testid="stSidebarNav"]').inner_text()
        assert "Sources" in navigation and "Add articles" not in navigation
        offline_page.goto(f"{url}/add")
        _wait_for_app(offline_page)
        assert offline_page.locator('[data-testid="stHeading"]:has-text("Add articles")') \
            .count() == 0

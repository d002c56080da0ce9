"""Hostile articles (tests/hostile.py) opened on every page in the real
browser: no dialog opens, no request leaves localhost, no payload becomes an
element (image, heading, code, list, link, colour, script…), and the text
shown is the text stored."""
from __future__ import annotations

import re

import pytest

import hostile
from core import queries
from core.store import Store
from test_browser import (ARTIFACTS, CHROMIUM, _wait_for_app, browser_type_launch_args,  # noqa: F401
                          offline_page, streamlit_server)
from ui.render import WORD_JOINER

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not __import__("os").path.exists(CHROMIUM),
                       reason="no chromium: install Debian's package (apt-get install chromium) "
                              "to run the browser tests"),
]

# Elements no page makes from article text: if one of them holds the marker,
# a payload was interpreted (tables' accessible grids are plain text cells).
FORBIDDEN = ("h1, h2, h3, h4, h5, h6, code, pre, li, del, s, table, img, svg image, script, "
             "iframe:not([srcdoc]), object, embed, input, span[style*='color'], "
             "[class*='Colored'], [class*='badge'], math, .katex, a[href^='javascript'], "
             "a[href^='mailto'], a[href*='evil.example']")


def _shows_nothing_interpreted(page) -> None:
    main = page.locator('[data-testid="stMain"]')
    assert page.locator('[data-testid="stException"]').count() == 0
    bad = main.locator(FORBIDDEN).evaluate_all(
        "els => els.filter(e => !e.closest('[data-testid^=\"stDataFrame\"]'))"
        f".filter(e => (e.textContent || e.getAttribute('src') || e.getAttribute('href')"
        f" || '').includes('{hostile.MARKER}') || e.tagName === 'IMG' || e.tagName === 'SCRIPT')"
        ".map(e => e.outerHTML.slice(0, 200))")
    assert bad == []
    assert page.dialogs == []
    assert page.outside_requests == []


def _visible_text(page) -> str:
    text = page.locator('[data-testid="stMain"]').inner_text().replace(WORD_JOINER, "")
    return " ".join(text.split())


def _squeezed(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def hostile_server(hostile_db):
    with streamlit_server(hostile_db) as url:
        yield url


@pytest.fixture
def watched_page(offline_page):
    offline_page.dialogs = []
    offline_page.on("dialog", lambda dialog: (offline_page.dialogs.append(dialog.message),
                                              dialog.dismiss()))
    return offline_page


@pytest.mark.parametrize("path", [
    "", "map", "timeline", "countries?country=AUS", "countries?compare=KOR,AUS,JPN",
    "countries?country=VNM", "facts", "facts?to=%3Cimg%20src%3Dx%3E%20**zork**",
    "sources?find=zork"])
def test_each_page_shows_hostile_text_as_text(watched_page, hostile_server, path):
    watched_page.goto(f"{hostile_server}/{path}")
    _wait_for_app(watched_page)
    _shows_nothing_interpreted(watched_page)
    name = re.sub(r"\W+", "_", path) or "overview"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    watched_page.screenshot(path=str(ARTIFACTS / f"hostile_{name}.png"), full_page=True)


@pytest.mark.parametrize("doc", sorted(hostile.FILES))
def test_sources_page_shows_each_hostile_article_exactly_as_stored(watched_page, hostile_server,
                                                                   hostile_db, doc):
    store = Store(hostile_db)
    stored = queries.document(store, doc)
    row = queries.documents(store).set_index("id").loc[doc]
    facts = queries.facts(store, docs=[doc])
    store.close()
    fact_id = int(facts["id"].iloc[0])
    watched_page.goto(f"{hostile_server}/sources", wait_until="domcontentloaded")
    watched_page.goto(f"{hostile_server}/sources?doc={_quote(doc)}&fact={fact_id}")
    _wait_for_app(watched_page)
    article = watched_page.locator(".tracker-article").first
    article.wait_for(timeout=30_000)
    _shows_nothing_interpreted(watched_page)
    assert article.inner_text() == stored.text
    assert article.locator("*:not(mark):not(span)").count() == 0
    shown = _visible_text(watched_page)
    assert _squeezed(f"{row['title']} {row['outlet'] or 'Outlet not stated'} · "
                     f"{row['published']} · document {doc}") in shown
    quote = facts["quote"].iloc[0]
    assert _squeezed(quote) in _squeezed(article.inner_text())


def _quote(value: str) -> str:
    from urllib.parse import quote

    return quote(value, safe="")


def test_evidence_quotes_and_source_links_show_the_stored_text(watched_page, hostile_server,
                                                               hostile_db):
    watched_page.goto(f"{hostile_server}/countries?country=AUS")
    _wait_for_app(watched_page)
    _shows_nothing_interpreted(watched_page)
    store = Store(hostile_db)
    facts = queries.facts(store, countries=["AUS"], types=["stance"])
    store.close()
    shown = _visible_text(watched_page)
    for fact in facts.to_dict("records"):
        assert _squeezed(fact["quote"]) in shown
        assert _squeezed(f"{fact['title']} — {fact['outlet'] or 'unknown outlet'}, "
                         f"{fact['published'] or 'undated'}") in shown


def test_no_traceback_reaches_the_browser(watched_page, hostile_server):
    """Bad link values on the real server: pages open with no error shown."""
    for path in ("sources?fact=%C2%B2", "sources?at=%C2%B2-%C2%B3", "timeline?from=%C2%B2",
                 "facts?to=2025-02-30"):
        watched_page.goto(f"{hostile_server}/{path}")
        _wait_for_app(watched_page)
        assert watched_page.locator('[data-testid="stException"]').count() == 0, path
        assert watched_page.locator('[data-testid="stAlertContentError"]').count() == 0, path


def test_a_database_that_is_down_shows_a_message_not_a_traceback(watched_page):
    with streamlit_server("postgresql+psycopg://tracker:secret@127.0.0.1:1/tracker") as url:
        watched_page.goto(url)
        watched_page.wait_for_selector('[data-testid="stAlertContentError"]', timeout=60_000)
        shown = watched_page.locator('[data-testid="stMain"]').inner_text()
    assert watched_page.locator('[data-testid="stException"]').count() == 0
    assert "cannot be reached" in shown
    assert "127.0.0.1" not in shown and "Traceback" not in shown and ".py" not in shown

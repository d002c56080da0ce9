"""The dashboard in a real browser: Debian's Chromium driven by Playwright
against `streamlit run` on a free localhost port, with every request that
leaves localhost blocked (and counted), as on a network with no internet.
Screenshots of each page go to tests/artifacts/ (ignored by git)."""
from __future__ import annotations

import io
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from urllib.parse import urlparse

import pytest
from PIL import Image

from conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "tests" / "artifacts"
PAGES = {"overview": "", "map": "map", "timeline": "timeline", "countries": "countries",
         "sources": "sources", "facts": "facts"}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM),
                       reason="no chromium: install Debian's package (apt-get install chromium) "
                              "to run the browser tests"),
]


@pytest.fixture(scope="session")
def browser_type_launch_args():
    return {"executable_path": CHROMIUM, "args": [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--use-gl=swiftshader", "--enable-unsafe-swiftshader"]}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def streamlit_server(db_url: str):
    """`streamlit run app.py` on a free localhost port, until the block ends."""
    port = _free_port()
    env = {**os.environ, "TRACKER_DB": db_url, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true",
         "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as response:
                    if response.read() == b"ok":
                        break
            except OSError:
                time.sleep(0.3)
        else:
            pytest.fail("streamlit run did not answer within 60 s")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def server(seed_db):
    with streamlit_server(seed_db) as url:
        yield url


@pytest.fixture
def offline_page(page):
    """A page whose requests beyond localhost are aborted and recorded."""
    outside: list[str] = []

    def route(request_route):
        host = urlparse(request_route.request.url).hostname
        if request_route.request.url.startswith(("data:", "blob:")) or host in ("127.0.0.1",
                                                                                 "localhost"):
            request_route.continue_()
        else:
            outside.append(request_route.request.url)
            request_route.abort()

    page.route("**/*", route)
    page.outside_requests = outside
    page.set_viewport_size({"width": 1400, "height": 1000})
    return page


def _wait_for_app(page) -> None:
    page.wait_for_selector('[data-testid="stApp"]', timeout=30_000)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]') && "
        "document.querySelectorAll('[data-testid=\"stMainBlockContainer\"] *').length > 20",
        timeout=30_000)
    page.wait_for_timeout(800)
    if page.locator('[data-testid="stDeckGlJsonChart"]').count():
        page.locator('[data-testid="stDeckGlJsonChart"] canvas').first.wait_for(timeout=30_000)
        page.wait_for_timeout(2000)


@pytest.mark.parametrize("name", list(PAGES))
def test_each_page_opens_without_an_error(offline_page, server, name):
    offline_page.goto(f"{server}/{PAGES[name]}")
    _wait_for_app(offline_page)
    assert offline_page.locator('[data-testid="stException"]').count() == 0
    assert offline_page.locator('[data-testid="stHeading"]').count() >= 1
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    offline_page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    assert offline_page.outside_requests == []


def test_map_canvas_is_drawn_with_no_network(offline_page, server):
    offline_page.goto(f"{server}/map")
    _wait_for_app(offline_page)
    chart = offline_page.locator('[data-testid="stDeckGlJsonChart"]').first
    chart.wait_for(timeout=30_000)
    offline_page.wait_for_timeout(2500)
    assert chart.locator("canvas").count() >= 1
    image = Image.open(io.BytesIO(chart.screenshot())).convert("RGB")
    colours = set(image.getdata())
    assert len(colours) > 20, "the map drew more than a blank background"
    violet = [c for c in colours if abs(c[0] - 128) < 30 and abs(c[1] - 61) < 30
              and abs(c[2] - 245) < 30]
    assert violet, "South Korea's stance colour (reluctant: violet) is on the map"
    assert offline_page.outside_requests == []


def test_evidence_link_lands_on_the_marked_sentence(offline_page, server):
    offline_page.goto(f"{server}/countries?country=KOR")
    _wait_for_app(offline_page)
    link = offline_page.locator('a[href*="sources?doc=001_c13fbc61cf03b603.txt"]').first
    link.click()
    offline_page.wait_for_url("**/sources?doc=001_c13fbc61cf03b603.txt&fact=*", timeout=30_000)
    _wait_for_app(offline_page)
    marked = offline_page.locator(".tracker-article .marked[id^='fact-']").first
    marked.wait_for(timeout=30_000)
    fact_id = offline_page.url.rsplit("fact=", 1)[1]
    assert marked.get_attribute("id") == f"fact-{fact_id}"
    offline_page.wait_for_timeout(1500)
    assert marked.is_visible()
    box = marked.bounding_box()
    assert box is not None and 0 <= box["y"] <= offline_page.viewport_size["height"], \
        "the marked sentence was scrolled into view"
    offline_page.screenshot(path=str(ARTIFACTS / "sources_marked.png"))


def test_article_text_is_never_rendered_as_html(offline_page, server):
    offline_page.goto(f"{server}/sources?doc=003_50e2804eaa755be5.txt")
    _wait_for_app(offline_page)
    article = offline_page.locator(".tracker-article").first
    article.wait_for(timeout=30_000)
    assert article.locator("script, img, a, iframe").count() == 0


def test_a_shared_link_opened_first_on_a_fresh_server_uses_the_apps_navigation(offline_page,
                                                                               seed_db):
    with streamlit_server(seed_db) as url:
        offline_page.goto(f"{url}/countries?country=JPN")
        _wait_for_app(offline_page)
        offline_page.wait_for_selector('[data-testid="stHeading"]:has-text("Japan")',
                                       timeout=30_000)
        navigation = offline_page.locator('[data-testid="stSidebarNav"]').inner_text()
        assert "Overview" in navigation and "app" not in navigation.split()
        assert "country=JPN" in offline_page.url


def test_map_export_button_gives_a_png(offline_page, server):
    offline_page.goto(f"{server}/map")
    _wait_for_app(offline_page)
    offline_page.get_by_text("Export this chart (PNG, SVG, CSV with sources)").click()
    button = offline_page.get_by_role("button", name="PNG")
    button.wait_for(timeout=30_000)
    with offline_page.expect_download(timeout=120_000) as download:
        button.click()
    data = open(download.value.path(), "rb").read()
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG" and image.width == 1600
    assert download.value.suggested_filename == "map_stance.png"
    assert offline_page.outside_requests == []


def _click_map_at(page, dx: float, dy: float, until_url: str) -> None:
    """Click the map `dx`, `dy` pixels from its centre as a person does:
    hover until deck.gl names the country under the pointer (picking starts
    once it has drawn, which software rendering on a busy machine delays),
    click, and click again if the first click came too early."""
    box = page.locator('[data-testid="stDeckGlJsonChart"]').first.bounding_box()
    x, y = box["x"] + box["width"] / 2 + dx, box["y"] + box["height"] / 2 + dy
    tooltip = page.locator('[data-testid="stDeckGlJsonChart"] .deck-tooltip').first
    for attempt in range(3):
        for step in range(60):
            page.mouse.move(x + step % 3, y)
            page.wait_for_timeout(500)
            if tooltip.count() and tooltip.is_visible():
                break
        page.wait_for_timeout(1000)
        page.mouse.click(x + step % 3, y, delay=60)
        try:
            page.wait_for_url(until_url, timeout=15_000)
            return
        except Exception:
            if attempt == 2:
                raise


def test_clicking_a_country_on_the_map_opens_its_card(offline_page, server):
    offline_page.goto(f"{server}/map")
    _wait_for_app(offline_page)
    # The map is centred on 15°N 120°E at zoom 1.9: Australia's interior
    # (25°S 135°E) lies about 80 px right of and 217 px below the centre.
    _click_map_at(offline_page, 80, 217, until_url="**/countries?country=AUS")
    offline_page.wait_for_selector('[data-testid="stHeading"]:has-text("Australia")',
                                   timeout=30_000)
    assert offline_page.outside_requests == []


def test_no_deploy_button_in_the_toolbar(offline_page, server):
    offline_page.goto(server)
    _wait_for_app(offline_page)
    assert offline_page.locator('[data-testid="stAppDeployButton"]').count() == 0
    assert "Deploy" not in offline_page.locator('[data-testid="stToolbar"]').inner_text()


SCANNED = ["", "map", "map?measure=defense_target", "timeline", "countries?country=KOR",
           "countries?country=CHN", "countries?country=TWN", "countries?compare=KOR,JPN",
           "sources?doc=004_d37d1fc85dd3b14e.txt&fact=37", "facts", "whats_new"]
RAW_DOCUMENT_ID = re.compile(r"\b\d{3}_[0-9a-f]{16}\.txt\b")


@pytest.mark.parametrize("path", SCANNED)
def test_no_page_shows_nan_none_or_a_raw_document_id(offline_page, server, path):
    offline_page.goto(f"{server}/{path}")
    _wait_for_app(offline_page)
    text = offline_page.locator('[data-testid="stApp"]').inner_text()
    # "None" as a leaked value ("Defence Talks, None"), not the English word ("None yet: …")
    assert not re.findall(r"\b(?:nan|NaN)\b|\bNone\b(?!\s+[a-z])", text), text
    assert not RAW_DOCUMENT_ID.findall(text), "every seed document has a title to show instead"
    assert offline_page.outside_requests == []


def test_selecting_a_fact_shows_its_whole_quote_and_a_link_to_its_sentence(offline_page,
                                                                          server):
    offline_page.goto(f"{server}/facts?type=troop_cost")
    _wait_for_app(offline_page)
    grid = offline_page.locator('[data-testid="stDataFrame"]').first
    grid.wait_for(timeout=30_000)
    box = grid.bounding_box()
    offline_page.mouse.click(box["x"] + 16, box["y"] + 35 + 17)  # first row's selector
    link = offline_page.locator('a[href*="sources?doc=004_d37d1fc85dd3b14e.txt&fact="]').first
    link.wait_for(timeout=30_000)
    assert "Open its sentence in" in link.inner_text()
    quote = offline_page.locator('[data-testid="stMarkdownContainer"] blockquote').first
    assert len(quote.inner_text()) > 80, "the whole sentence, not a truncated cell"


def test_the_linked_fact_stays_in_view_beside_its_scrolled_sentence(offline_page, server):
    offline_page.goto(f"{server}/sources?doc=004_d37d1fc85dd3b14e.txt&fact=37")
    _wait_for_app(offline_page)
    offline_page.locator(".tracker-article .marked").first.wait_for(timeout=30_000)
    offline_page.wait_for_timeout(1500)
    heading = offline_page.locator('[data-testid="stHeading"]:has-text("Linked fact")').first
    box = heading.bounding_box()
    assert box is not None and 0 <= box["y"] <= offline_page.viewport_size["height"], \
        "the linked fact's box is on screen after the article scrolled to its sentence"
    facts = offline_page.locator('.st-key-fact_list a[href*="sources?doc=004_"]')
    assert facts.count() >= 10, "each fact in the side list is a link to its sentence"


def test_source_links_wrap_at_phone_width(offline_page, server):
    offline_page.set_viewport_size({"width": 390, "height": 844})
    offline_page.goto(f"{server}/countries?country=KOR")
    _wait_for_app(offline_page)
    link = offline_page.locator('[data-testid="stPageLink-NavLink"]').first
    link.wait_for(timeout=30_000)
    text = link.locator("p").first
    assert text.evaluate("p => p.scrollWidth <= p.clientWidth + 1"), "the label is not cut off"
    assert text.bounding_box()["x"] + text.bounding_box()["width"] <= 390
    offline_page.screenshot(path=str(ARTIFACTS / "countries_phone.png"))

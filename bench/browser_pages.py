"""Page draw time in a real browser: Debian's Chromium (software rendering,
as on a machine with no GPU) driven by Playwright against `streamlit run` on
a free localhost port, on the seed store and on a generated store.

    python -m bench.browser_pages [--documents 1000] [--runs 3]

"first" is a page's first draw after the server started (cold caches);
"warm" the median of the reloads that follow. A page counts as drawn when
Streamlit has stopped running it and its content is on screen (for the map,
its canvas). Aim: under 2 s warm.
"""
from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from bench.large_store import build
from core.ingest import ingest
from core.store import Store

ROOT = Path(__file__).resolve().parent.parent
PAGES = {"overview": "", "map": "map", "timeline": "timeline",
         "countries": "countries?country=KOR", "sources": "sources", "facts": "facts"}
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRAWN = ("() => !document.querySelector('[data-testid=\"stStatusWidget\"]') && "
         "document.querySelectorAll('[data-testid=\"stMainBlockContainer\"] *').length > 20 && "
         "(!document.querySelector('[data-testid=\"stDeckGlJsonChart\"]') || "
         "!!document.querySelector('[data-testid=\"stDeckGlJsonChart\"] canvas'))")


@contextmanager
def server(db_url: str):
    """`streamlit run app.py` on a free localhost port until the block ends."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1"], cwd=ROOT,
        env={**os.environ, "TRACKER_DB": db_url, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1):
                    break
            except OSError:
                time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def draw_times(db_url: str, runs: int) -> dict[str, tuple[float, float]]:
    from playwright.sync_api import sync_playwright

    times = {}
    with server(db_url) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--use-gl=swiftshader",
            "--enable-unsafe-swiftshader"])
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        for name, path in PAGES.items():
            samples = []
            for _ in range(runs + 1):
                start = time.perf_counter()
                page.goto(f"{url}/{path}")
                page.wait_for_selector('[data-testid="stApp"]')
                page.wait_for_function(DRAWN, timeout=120_000, polling=50)
                samples.append(time.perf_counter() - start)
            times[name] = (samples[0], statistics.median(samples[1:]))
        browser.close()
    return times


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    if not os.path.exists(CHROMIUM):
        print("no chromium (apt-get install chromium): browser draw times not measured")
        return
    seed_url = f"sqlite:///{Path(tempfile.mkdtemp()) / 'seeds.db'}"
    ingest(Store(seed_url), [ROOT / "seeds"], max_bytes=5_000_000, progress=False)
    large_url, figures = build(args.documents)
    stores = {"seeds": seed_url, f"{figures['documents']:,} docs": large_url}
    results = {label: draw_times(url, args.runs) for label, url in stores.items()}
    print(f"{'page':<11}" + "".join(f"{label + ' first':>18}{label + ' warm':>17}"
                                    for label in results))
    for name in PAGES:
        print(f"{name:<11}" + "".join(f"{results[label][name][0]:>17.2f}s"
                                      f"{results[label][name][1]:>16.2f}s"
                                      for label in results))


if __name__ == "__main__":
    main()

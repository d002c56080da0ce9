"""Server-side render time of every dashboard page (AppTest), on the seed
store and on a generated store of 10,000 documents / ~200,000 facts.

    python -m bench.pages [--documents 10000] [--runs 3]

"first" is a page's first render in a fresh app (cold caches, as after an
ingest); "warm" is the median of the reruns that follow (a user changing a
filter back and forth reuses the cached data).
"""
from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from bench.large_store import build
from core.ingest import ingest
from core.store import Store

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["pages/overview.py", "pages/map.py", "pages/timeline.py", "pages/countries.py",
         "pages/sources.py", "pages/facts.py"]


def render_times(db_url: str, runs: int) -> dict[str, tuple[float, float]]:
    from streamlit.testing.v1 import AppTest

    os.environ["TRACKER_DB"] = db_url
    times = {}
    for page in PAGES:
        app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
        app.run()
        samples = []
        for _ in range(runs + 1):
            start = time.perf_counter()
            if page == "pages/overview.py":
                app.run()
            else:
                app.switch_page(page)
                app.run()
            samples.append(time.perf_counter() - start)
            if app.exception:
                raise RuntimeError(f"{page}: {app.exception[0].value}")
        times[page] = (samples[0], statistics.median(samples[1:]))
    return times


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    seed_url = f"sqlite:///{Path(tempfile.mkdtemp()) / 'seeds.db'}"
    ingest(Store(seed_url), [ROOT / "seeds"], max_bytes=5_000_000, progress=False)
    large_url, figures = build(args.documents)
    print(f"large store: {figures['documents']:,} documents, {figures['facts']:,} facts"
          + (f" (built in {figures['ingest_seconds']:.0f} s)" if "ingest_seconds" in figures
             else ""))
    seeds = render_times(seed_url, args.runs)
    large = render_times(large_url, args.runs)
    print(f"{'page':<22}{'seeds first':>13}{'seeds warm':>12}{'large first':>13}{'large warm':>12}")
    for page in PAGES:
        print(f"{Path(page).stem:<22}{seeds[page][0]:>12.3f}s{seeds[page][1]:>11.3f}s"
              f"{large[page][0]:>12.3f}s{large[page][1]:>11.3f}s")


if __name__ == "__main__":
    main()

"""Export time and size as the store grows: each chart's PNG (1600 px) and
SVG, each chart's CSV, and the briefing pack, on the seed store (5
documents) and on generated stores of 1,000 and 10,000 documents. Times are
warm (the image server started, each export built once before): the median
of `--runs` builds, each building the export from the store and rendering it,
given what the page holds already (its map measures, its timeline's facts).

    python -m bench.exports [--sizes 5,1000,10000] [--runs 3]
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bench.large_store import build
from core import profiles, queries
from core.export import briefing
from core.export.charts import (compare_export, country_figures_export, map_export,
                                timeline_export)
from core.ingest import ingest
from core.store import Store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
COMPARED = ["KOR", "JPN", "AUS", "PHL"]


def seed_store(folder: Path) -> Store:
    store = Store(f"sqlite:///{folder / 'seed.db'}")
    ingest(store, [SEEDS], max_bytes=5_000_000, progress=False)
    return store


def exports(store: Store) -> dict:
    """Each export as the dashboard builds it on a click (the timeline from
    the dated facts the page holds already: its newest 5,000)."""
    dated = queries.timeline(queries.facts(store, dated=True, newest_first=True, limit=5000,
                                           include_boilerplate=False))
    measures = profiles.measures(store)
    return {"map (stance)": lambda: map_export(store, "stance", measures=measures),
            "map (defence)": lambda: map_export(store, "defense_pct_gdp", measures=measures),
            "timeline": lambda: timeline_export(dated, "all years"),
            "figures KOR": lambda: country_figures_export(store, "KOR"),
            "compare 4": lambda: compare_export(store, COMPARED, measures=measures)}


def timed(run, runs: int) -> tuple[float, object]:
    result = run()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        result = run()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), result


def measure(store: Store, runs: int) -> list[tuple[str, str, float, int]]:
    """(export, format, seconds, bytes) rows."""
    rows = []
    for label, make in exports(store).items():
        for form, render in (("png", lambda e: e.png(1600)), ("svg", lambda e: e.svg()),
                             ("csv", lambda e: e.csv().encode())):
            seconds, data = timed(lambda: render(make()), runs)
            rows.append((label, form, seconds, len(data)))
    measures = profiles.measures(store)
    for countries in (["KOR"], COMPARED):
        seconds, data = timed(lambda: briefing.build(store, countries, measures=measures), runs)
        rows.append((f"pack {','.join(countries)}", "pptx", seconds, len(data)))
    return rows


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5,1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    print(f"{'documents':>9} {'export':<20}{'format':<7}{'seconds':>8}{'size':>12}")
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(s) for s in args.sizes.split(",")):
            store = seed_store(Path(folder)) if size == 5 else Store(build(size)[0])
            for label, form, seconds, length in measure(store, args.runs):
                print(f"{size:>9,} {label:<20}{form:<7}{seconds:>8.2f}{length / 1e6:>10.3f} MB",
                      flush=True)
            store.close()


if __name__ == "__main__":
    main()

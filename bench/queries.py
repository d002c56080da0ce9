"""Latency of each page's queries (median and p95, uncached, as on the first
render after a store change) on a large generated SQLite store (10,000
documents, ~300,000 facts).

    python -m bench.queries [--runs 20]
"""
from __future__ import annotations

import argparse
import statistics
import time

from bench.large_store import build
from core import profiles, queries
from core.store import Store

COUNTRY = "KOR"


def page_queries(store: Store, doc_id: str) -> dict:
    """What each page asks the store for on its first render."""
    return {
        "overview": lambda: (queries.overview(store), queries.documents(store),
                             profiles.measures(store),
                             queries.facts(store, limit=8, recent_sources=True,
                                           include_boilerplate=False)),
        "map": lambda: profiles.measures(store),
        "timeline": lambda: (queries.overview(store), queries.distinct(store, "country"),
                             queries.distinct(store, "type"),
                             queries.facts(store, dated=True, newest_first=True, limit=5000),
                             queries.count_facts(store, dated=True)),
        "countries": lambda: (profiles.countries(store), profiles.profile(store, COUNTRY)),
        "sources": lambda: (queries.documents(store), queries.document(store, doc_id),
                            queries.facts(store, docs=[doc_id]),
                            queries.search_sentences(store, "host troops")),
        "facts": lambda: ([queries.distinct(store, c) for c in
                           ("type", "country", "counterpart", "status", "doc")],
                          queries.count_facts(store, search="tariff China"),
                          queries.facts(store, limit=5000, search="tariff China")),
    }


def measure(store: Store, runs: int) -> dict[str, tuple[float, float]]:
    doc_id = queries.documents(store)["id"].iloc[0]
    timings = {}
    for page, run in page_queries(store, doc_id).items():
        run()
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            run()
            samples.append(time.perf_counter() - start)
        samples.sort()
        timings[page] = (statistics.median(samples), samples[int(0.95 * (len(samples) - 1))])
    return timings


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    url, figures = build()
    print(f"store: {figures['documents']:,} documents, {figures['facts']:,} facts")
    print(f"{'page':<12}{'median ms':>10}{'p95 ms':>9}")
    for page, (median, p95) in measure(Store(url), args.runs).items():
        print(f"{page:<12}{median * 1000:>10.0f}{p95 * 1000:>9.0f}")


if __name__ == "__main__":
    main()

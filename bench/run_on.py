"""How long one file of a single run-on "sentence" of figures takes to ingest
(5 MB by default), on a throwaway SQLite store: extraction work per sentence
is bounded, so this must take seconds, not hours. Not a test: prints the time.

    python -m bench.run_on [--megabytes 5] [--db URL]
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from core.ingest import ingest
from core.store import Store

UNIT = ("South Korea spent 2.5% of GDP on defence in 2024 and Japan paid $1.2 billion for "
        "54,000 U.S. troops while tariffs of 25% on China rose, ")


def run_on_text(size: int) -> str:
    """`size` characters of figures with no full stop until the end."""
    return (UNIT * (size // len(UNIT) + 1))[:size - 1] + "."


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--db", help="store URL (default: a throwaway SQLite file)")
    args = parser.parse_args(argv)
    size = int(args.megabytes * 1_000_000)
    with tempfile.TemporaryDirectory(prefix="tracker-run-on-") as folder:
        path = Path(folder) / "run_on.txt"
        path.write_text(run_on_text(size), encoding="utf-8")
        store = Store(args.db or f"sqlite:///{folder}/bench.db")
        started = time.perf_counter()
        outcome, = ingest(store, [path], max_bytes=size + 1, progress=False)
        elapsed = time.perf_counter() - started
        store.close()
    print(f"run-on sentence of {size:,} characters: {outcome.status} in {elapsed:.1f} s "
          f"({outcome.facts} facts; notes: {'; '.join(outcome.notes) or 'none'})")


if __name__ == "__main__":
    main()

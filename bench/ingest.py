"""Ingest + extract throughput on SQLite and PostgreSQL with 1 and 2
workers, and peak memory, each run in a fresh process against a fresh store.

    python -m bench.ingest [--sizes 1000 10000]
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from bench import corpus, postgres

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
SENTENCES = (36, 48)  # about 3.5 KB an article, like a short news story


def corpus_folder(size: int) -> Path:
    folder = OUT / f"corpus_{size}"
    if len(list(folder.glob("*.txt"))) < size:
        corpus.write(folder, size, sentences=SENTENCES)
    return folder


def run_once(url: str, folder: Path, workers: int) -> dict:
    """One ingest in a child process: its seconds and peak memory (MB, the
    larger of the main process and any worker)."""
    child = subprocess.run(
        [sys.executable, "-m", "bench.ingest", "--child", url, str(folder), str(workers)],
        cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(child.stdout.strip().splitlines()[-1])


def _child(url: str, folder: str, workers: int) -> None:
    from core.ingest import ingest
    from core.store import Store

    store = Store(url)
    start = time.perf_counter()
    outcomes = ingest(store, [folder], max_bytes=5_000_000, progress=False, workers=workers)
    seconds = time.perf_counter() - start
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    print(json.dumps({"seconds": seconds, "documents": len(outcomes), "peak_mb": peak,
                      "failed": sum(o.status == "failed" for o in outcomes)}))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child[0], args.child[1], int(args.child[2]))
        return
    with ExitStack() as stack:
        pg = None
        if postgres.binaries():
            pg = stack.enter_context(postgres.server())
        print(f"{'store':<12}{'docs':>7}{'workers':>9}{'seconds':>9}{'docs/s':>9}"
              f"{'docs/s/worker':>15}{'KB/s':>8}{'peak MB':>9}")
        for size in args.sizes:
            folder = corpus_folder(size)
            kb = sum(p.stat().st_size for p in folder.glob("*.txt")) / 1024
            for backend in ("sqlite", "postgresql"):
                for workers in (1, 2):
                    if backend == "postgresql" and pg is None:
                        print(f"{backend:<12}{size:>7}{workers:>9}  skipped: no PostgreSQL binaries")
                        continue
                    if backend == "sqlite":
                        url = f"sqlite:///{tempfile.mkdtemp()}/bench.db"
                    else:
                        url = postgres.create_database(pg)
                    result = run_once(url, folder, workers)
                    rate = result["documents"] / result["seconds"]
                    print(f"{backend:<12}{size:>7}{workers:>9}{result['seconds']:>9.1f}{rate:>9.0f}"
                          f"{rate / workers:>15.0f}{kb / result['seconds']:>8.0f}"
                          f"{result['peak_mb']:>9.0f}")
                    if backend == "postgresql":
                        postgres.drop_database(url)


if __name__ == "__main__":
    main()

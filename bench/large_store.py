"""A large store for benchmarks: generated articles ingested through the real
pipeline into a SQLite file under bench/out/ (kept between runs)."""
from __future__ import annotations

import time
from pathlib import Path

from bench import corpus
from core.ingest import ingest
from core.store import Store, repository

OUT = Path(__file__).resolve().parent / "out"


def build(documents: int = 10_000, sentences: tuple[int, int] = (36, 48)) -> tuple[str, dict]:
    """The URL of a store holding `documents` generated articles (about 20
    facts each), built once; and figures of the build."""
    folder = OUT / f"corpus_{documents}"
    url = f"sqlite:///{OUT / f'large_{documents}.db'}"
    store = Store(url)
    with store.reader() as session:
        stored = repository.count_documents(session)
    figures = {}
    if stored < documents:
        if not folder.exists() or len(list(folder.glob("*.txt"))) < documents:
            corpus.write(folder, documents, sentences=sentences)
        start = time.perf_counter()
        ingest(store, [folder], max_bytes=5_000_000, progress=False)
        figures["ingest_seconds"] = time.perf_counter() - start
    with store.reader() as session:
        from sqlalchemy import text
        figures["documents"] = repository.count_documents(session)
        figures["facts"] = session.execute(text("select count(*) from facts")).scalar()
    store.close()
    return url, figures

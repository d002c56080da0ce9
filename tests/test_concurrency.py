"""Several ingest processes writing to one store at once store each document
and fact exactly once, and leave the store as one sequential run would."""
import os
import subprocess
import sys

from sqlalchemy import text as sql

from bench import corpus
from core.ingest import ingest
from core.store import Store

from conftest import ROOT, _url


def backend(url: str) -> str:
    return "sqlite" if url.startswith("sqlite") else "postgresql"


def snapshot(url: str):
    store = Store(url)
    with store.reader() as session:
        documents = session.execute(sql("select id, sha256 from documents order by id")).all()
        sentences = session.execute(sql(
            "select doc_id, count(*) from sentences group by doc_id order by doc_id")).all()
        facts = session.execute(sql(
            "select doc_id, fact_key, type, value from facts order by doc_id, fact_key")).all()
    store.close()
    return documents, sentences, facts


def test_four_concurrent_ingests_equal_one_sequential_run(db_url, request, tmp_path):
    folder = tmp_path / "corpus"
    corpus.write(folder, 80, seed=11)
    files = sorted(str(p) for p in folder.glob("*.txt"))
    sets = [files[0:50], files[20:70], files[30:80], files[::2]]
    Store(db_url).close()  # create the schema once, as a deployment would
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = [subprocess.Popen([sys.executable, "-m", "core", "--db", db_url, "ingest",
                                   "--no-progress", *chosen],
                                  cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
                 for chosen in sets]
    outputs = [p.communicate(timeout=600) for p in processes]
    assert [p.returncode for p in processes] == [0, 0, 0, 0], outputs
    ingested = sum(int(out.split(" ingested")[0].split()[-1]) for out, _ in outputs)
    assert ingested == len(files), "each document was stored by exactly one process"

    (tmp_path / "sequential").mkdir()
    sequential_url = _url(backend(db_url), request, tmp_path / "sequential")
    ingest(Store(sequential_url), files, max_bytes=5_000_000, progress=False)
    concurrent, sequential = snapshot(db_url), snapshot(sequential_url)
    assert len(concurrent[0]) == len(files)
    assert concurrent == sequential


def test_workers_option_matches_a_single_process(db_url, request, tmp_path):
    folder = tmp_path / "corpus"
    corpus.write(folder, 40, seed=5)
    store = Store(db_url)
    outcomes = ingest(store, [folder], max_bytes=5_000_000, progress=False, workers=2)
    assert [o.status for o in outcomes] == ["ingested"] * 40
    assert [o.doc_id for o in outcomes] == sorted(p.name for p in folder.glob("*.txt"))
    (tmp_path / "single").mkdir()
    single_url = _url(backend(db_url), request, tmp_path / "single")
    ingest(Store(single_url), [folder], max_bytes=5_000_000, progress=False)
    assert snapshot(db_url) == snapshot(single_url)

"""Shared fixtures: real SQLite stores in temporary folders, the seed store,
the command line run as a subprocess, and documents built from plain text."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.extract import extract_all
from core.ingest import document_from_text, ingest
from core.store import Store

from bench import postgres

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold" / "seeds.jsonl"


BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server for the session, or a skip saying why there is none."""
    if postgres.binaries() is None:
        pytest.skip("no PostgreSQL server binaries (apt-get install postgresql): the "
                    "PostgreSQL variants of the store tests cannot run")
    with postgres.server() as url:
        yield url


def _url(backend: str, request, folder: Path) -> str:
    if backend == "sqlite":
        return f"sqlite:///{folder / 'tracker.db'}"
    url = postgres.create_database(request.getfixturevalue("pg_server"))
    request.addfinalizer(lambda: postgres.drop_database(url))
    return url


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> str:
    """An empty store's URL: each test using it runs on SQLite and on PostgreSQL."""
    return _url(request.param, request, tmp_path)


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'tracker.db'}"


@pytest.fixture
def store(db_url) -> Store:
    s = Store(db_url)
    yield s
    s.close()


def _seeded(url: str) -> str:
    s = Store(url)
    outcomes = ingest(s, [SEEDS], max_bytes=5_000_000, progress=False)
    assert all(o.status == "ingested" for o in outcomes), outcomes
    s.close()
    return url


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory) -> str:
    """URL of a SQLite store holding the five seed articles (read-only use)."""
    return _seeded(f"sqlite:///{tmp_path_factory.mktemp('seed') / 'tracker.db'}")


@pytest.fixture(scope="session", params=BACKENDS)
def any_seed_db(request, tmp_path_factory) -> str:
    """The seed store on SQLite and on PostgreSQL (read-only use)."""
    return _seeded(_url(request.param, request, tmp_path_factory.mktemp("seed_any")))


@pytest.fixture(scope="session")
def seed_store(seed_db) -> Store:
    s = Store(seed_db)
    yield s
    s.close()


def run_cli(*args: str, db: str | None = None, check: bool = False,
            env_extra: dict[str, str] | None = None, **kwargs) -> subprocess.CompletedProcess:
    """`python -m core ARGS` in a subprocess, as a user would run it (with
    `env_extra` added to its environment)."""
    command = [sys.executable, "-m", "core"]
    if db:
        command += ["--db", db]
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(env_extra or {})}
    return subprocess.run(command + list(args), capture_output=True, text=True, cwd=ROOT,
                          env=env, check=check, **kwargs)


def facts_of(text: str, published: str | None = None, doc_id: str = "t.txt"):
    """The facts extracted from `text`, as the ingest would find them."""
    doc = document_from_text(doc_id, text)
    if published:
        doc.published = published
    return extract_all(doc)


def of_type(facts, fact_type: str):
    return [f for f in facts if f.type == fact_type]


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory) -> str:
    """URL of a SQLite store holding only the hostile articles (tests/hostile.py)."""
    import hostile

    folder = hostile.write(tmp_path_factory.mktemp("hostile") / "articles")
    url = f"sqlite:///{tmp_path_factory.mktemp('hostile_db') / 'tracker.db'}"
    s = Store(url)
    outcomes = ingest(s, [folder], max_bytes=5_000_000, progress=False)
    assert all(o.status == "ingested" for o in outcomes), outcomes
    s.close()
    return url

"""Ingest: exact text, idempotence, replacement, bad input, crash safety."""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text as sql

from core.extract import extract_all
from core.ingest import ingest
from core.store import Store, repository
from core.text import sentences

from conftest import ROOT, SEEDS, run_cli

MAX = 5_000_000


def _stored(store, doc_id):
    with store.reader() as session:
        return repository.load_document(session, doc_id)


def _facts(store, doc_id=None):
    with store.reader() as session:
        return [f for f in repository.iter_facts(session) if doc_id in (None, f.doc)]


def test_reingesting_the_same_content_changes_nothing(store, tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    first = ingest(store, [folder], max_bytes=MAX, progress=False)
    assert [o.status for o in first] == ["ingested"] * 5
    with store.reader() as session:
        before = [(f.doc, f.start, f.type) for f in repository.iter_facts(session)]
        ingested_at = session.execute(sql("select id, ingested_at from documents")).all()
    second = ingest(store, [folder], max_bytes=MAX, progress=False)
    assert [o.status for o in second] == ["unchanged"] * 5
    with store.reader() as session:
        assert [(f.doc, f.start, f.type) for f in repository.iter_facts(session)] == before
        assert session.execute(sql("select id, ingested_at from documents")).all() == ingested_at


def test_a_changed_file_replaces_its_old_version(store, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Japan plans to raise defense spending to 2% of GDP by 2027.\n")
    ingest(store, [path], max_bytes=MAX, progress=False)
    assert [f.value for f in _facts(store)] == [2.0]
    path.write_text("South Korea hosts about 28,500 U.S. troops.\nIt is a key ally.\n")
    [outcome] = ingest(store, [path], max_bytes=MAX, progress=False)
    assert outcome.status == "replaced"
    doc = _stored(store, "article.txt")
    assert doc.text == path.read_text()
    assert len(doc.sentences) == 2
    facts = _facts(store)
    assert [(f.type, f.value) for f in facts] == [("troop_presence", 28500.0)]


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b"  \n\n \t\n", "file is empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ("image.png", b"\x89PNG", "unsupported file type '.png'"),
    ("latin.txt", "Caf\xe9 in Seoul \xff\xfe".encode("latin-1") + b"\x81", "not UTF-8 text"),
])
def test_bad_input_gets_one_clear_error_and_the_rest_still_goes_in(store, tmp_path, name,
                                                                   content, reason):
    good = tmp_path / "good.txt"
    good.write_text("South Korea currently allocates over 2% of its GDP to defense.\n")
    bad = tmp_path / name
    bad.write_bytes(content)
    outcomes = {Path(o.path).name: o for o in ingest(store, [bad, good], max_bytes=MAX,
                                                      progress=False)}
    assert outcomes[name].status == "failed"
    assert reason in outcomes[name].reason
    assert outcomes["good.txt"].status == "ingested"
    assert _stored(store, name) is None
    assert _stored(store, "good.txt") is not None


def test_cp1252_text_is_decoded_with_a_note(store, tmp_path):
    path = tmp_path / "windows.txt"
    path.write_bytes("Seoul’s defence budget rose by 8.3% – officials said.".encode("cp1252"))
    [outcome] = ingest(store, [path], max_bytes=MAX, progress=False)
    assert outcome.status == "ingested"
    assert "decoded as cp1252" in outcome.notes[0]
    assert _stored(store, "windows.txt").text.startswith("Seoul’s defence budget")


def test_oversized_file_is_refused(store, tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Japan. " * 400)
    [outcome] = ingest(store, [path], max_bytes=1000, progress=False)
    assert outcome.status == "failed"
    assert "over the 1,000-byte limit" in outcome.reason


def test_missing_path_and_directory_named_like_a_file(store, tmp_path):
    (tmp_path / "folder.txt").mkdir()
    outcomes = ingest(store, [tmp_path / "nope.txt"], max_bytes=MAX, progress=False)
    assert outcomes[0].reason == "no such file"
    outcomes = ingest(store, [tmp_path / "folder.txt" / ".."], max_bytes=MAX, progress=False)
    assert outcomes == []  # an empty folder holds no articles


def test_cli_reports_each_failure_and_exits_non_zero(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Japan plans to raise defense spending to 2% of GDP by 2027.\n")
    (tmp_path / "empty.txt").write_text("")
    db = str(tmp_path / "t.db")
    result = run_cli("ingest", "--no-progress", str(good), str(tmp_path / "empty.txt"),
                     str(tmp_path / "missing.md"), db=db)
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert f"error: {tmp_path / 'empty.txt'}: file is empty" in errors
    assert f"error: {tmp_path / 'missing.md'}: no such file" in errors
    assert "1 ingested, 0 replaced, 0 unchanged, 2 failed" in result.stdout


def test_unreadable_file_is_reported():
    """Root can read any file, so when the suite runs as root the ingest runs
    in a forked child that has dropped to the unprivileged user `nobody`
    (in a folder of its own: pytest's are private to root)."""
    tmp_path = Path(tempfile.mkdtemp(prefix="tracker-unreadable-"))
    secret = tmp_path / "secret.txt"
    secret.write_text("Japan. Korea.")
    secret.chmod(0)
    good = tmp_path / "good.txt"
    good.write_text("Seoul and Tokyo met.")
    good.chmod(0o644)
    tmp_path.chmod(0o777)
    url = f"sqlite:///{tmp_path / 't.db'}"
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        try:
            os.close(read_end)
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(65534)
                os.setuid(65534)
            try:
                outcomes = ingest(Store(url), [secret, good], max_bytes=MAX, progress=False)
                report = "\n".join(f"{o.status}|{o.reason}" for o in outcomes)
            except Exception as error:  # reported to the parent, which fails the test
                report = f"child failed: {error!r}"
            os.write(write_end, report.encode())
        finally:
            os._exit(0)
    os.close(write_end)
    os.waitpid(pid, 0)
    with os.fdopen(read_end) as pipe:
        lines = pipe.read().splitlines()
    shutil.rmtree(tmp_path, ignore_errors=True)
    assert lines == ["failed|permission denied: the file cannot be read", "ingested|None"]


def test_html_article_body_is_extracted(store, tmp_path):
    page = tmp_path / "page.html"
    body = "".join(f"<p>Paragraph {i}: South Korea currently allocates over 2% of its "
                   f"gross domestic product to defense, officials said in Seoul.</p>"
                   for i in range(4))
    page.write_text(f"<html><head><title>Seoul spending</title></head><body>"
                    f"<nav>Home | World | Subscribe</nav><article>{body}</article>"
                    f"<footer>Copyright 2025</footer></body></html>")
    [outcome] = ingest(store, [page], max_bytes=MAX, progress=False)
    assert outcome.status == "ingested", outcome.reason
    doc = _stored(store, "page.html")
    assert "Paragraph 3: South Korea" in doc.text
    assert "<p>" not in doc.text and "Home | World" not in doc.text
    assert any(f.type == "defense_spending" and f.country == "KOR" for f in _facts(store))


def test_metadata_read_where_the_text_states_it(seed_store):
    doc = _stored(seed_store, "002_b8f63213fc428075.txt")
    assert doc.published == "2025-07-01"
    assert doc.outlet == "Beautiful Virgin Islands"
    assert doc.title == "The Strategic Mirage: Why an Asian NATO Remains Elusive"
    assert _stored(seed_store, "004_d37d1fc85dd3b14e.txt").outlet == "Defence Talks"
    assert _stored(seed_store, "003_50e2804eaa755be5.txt").published is None


def test_boilerplate_is_marked_not_cut(seed_store):
    def marked(doc_id):
        doc = _stored(seed_store, doc_id)
        return {doc.sentence_text(s): s.boilerplate for s in doc.sentences}

    npr = marked("003_50e2804eaa755be5.txt")
    assert npr["toggle caption"] and npr["conceal caption"]
    assert npr["Andy Wong/AP"]
    assert not npr["On financial coverage, these international locations wish to protect "
                   "themselves from Beijing’s weaponization of its dominance in manufacturing "
                   "and rising applied sciences."]
    bvi = marked("002_b8f63213fc428075.txt")
    assert bvi["NATO Members Agree to 5% Defense Spending Target by 2035"]
    assert bvi["Related Articles"]
    talks = marked("004_d37d1fc85dd3b14e.txt")
    assert talks["Subscribe to get the latest posts sent to your email."]
    assert talks["Leave a Reply"]
    assert not talks["China is closely monitoring these developments."]


def test_a_killed_ingest_leaves_no_partial_document(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seed_texts = [p.read_text() for p in sorted(SEEDS.iterdir())]
    for i in range(400):
        (corpus / f"doc{i:04d}.txt").write_text(seed_texts[i % 5] + f"\nCopy {i}.\n")
    db = tmp_path / "t.db"
    url = f"sqlite:///{db}"
    Store(url).close()
    process = subprocess.Popen(
        [sys.executable, "-m", "core", "--db", url, "ingest", "--no-progress", str(corpus)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    engine = create_engine(url)
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and stored < 20:
        time.sleep(0.05)
        with engine.connect() as connection:
            stored = connection.execute(sql("select count(*) from documents")).scalar()
    process.send_signal(signal.SIGKILL)
    process.wait()
    engine.dispose()
    store = Store(url)
    with store.reader() as session:
        ids = repository.document_ids(session)
        assert 20 <= len(ids) < 400, "the run was killed part-way"
        for doc_id in ids:
            doc = repository.load_document(session, doc_id)
            assert doc.text == (corpus / doc_id).read_text()
            expected = sentences(doc.text)
            assert [(s.start, s.end) for s in doc.sentences] == \
                [(s.start, s.end) for s in expected]
            facts = [f for f in repository.iter_facts(session) if f.doc == doc_id]
            assert len(facts) == len({repository.fact_key(f) for f in extract_all(doc)})
        orphans = session.execute(sql(
            "select count(*) from sentences where doc_id not in (select id from documents)"
        )).scalar()
        assert orphans == 0
    outcomes = ingest(store, [corpus], max_bytes=MAX, progress=False)
    assert sum(o.status == "unchanged" for o in outcomes) == len(ids)
    assert sum(o.status == "ingested" for o in outcomes) == 400 - len(ids)

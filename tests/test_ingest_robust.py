"""Ingest is per-file robust: each file gets its own verdict, a file that
cannot be stored is named while the rest go in, nothing hangs, encodings are
detected, ids are unique per path given, and a run-on sentence costs
seconds, not hours."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from conftest import run_cli
from core.ingest import ingest
from core.store import repository

MAX = 5_000_000
GOOD = "South Korea currently allocates over 2% of its GDP to defense.\n"


def _ids(store):
    with store.reader() as session:
        return set(repository.document_ids(session))


def test_a_nul_byte_anywhere_is_reported_and_the_rest_are_stored(store, tmp_path):
    (tmp_path / "a_good.txt").write_text(GOOD)
    (tmp_path / "late_nul.txt").write_bytes(GOOD.encode() * 300 + b"\x00" + GOOD.encode())
    (tmp_path / "z_good.txt").write_text("Japan hosts about 54,000 U.S. troops.\n")
    outcomes = {Path(o.path).name: o for o in ingest(store, [tmp_path], max_bytes=MAX,
                                                     progress=False)}
    assert outcomes["late_nul.txt"].status == "failed"
    assert "NUL character" in outcomes["late_nul.txt"].reason
    assert outcomes["a_good.txt"].status == outcomes["z_good.txt"].status == "ingested"
    assert _ids(store) == {"a_good.txt", "z_good.txt"}


def test_fifos_link_loops_and_dangling_links_are_named_never_waited_on(sqlite_url, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    os.mkfifo(folder / "pipe.txt")
    os.symlink("loop.txt", folder / "loop.txt")
    os.symlink("gone.txt", folder / "dangling.txt")
    os.mkfifo(tmp_path / "given.txt")
    started = time.monotonic()
    result = run_cli("ingest", "--no-progress", str(folder), str(tmp_path / "given.txt"),
                     db=sqlite_url, timeout=120)
    assert time.monotonic() - started < 120
    assert result.returncode == 1
    errors = result.stderr
    assert f"{folder / 'pipe.txt'}: not a regular file: a named pipe (FIFO)" in errors
    assert f"{tmp_path / 'given.txt'}: not a regular file: a named pipe (FIFO)" in errors
    assert f"{folder / 'loop.txt'}: symbolic link loop" in errors
    assert f"{folder / 'dangling.txt'}: dangling symbolic link" in errors
    assert "1 ingested, 0 replaced, 0 unchanged, 4 failed" in result.stdout


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_are_read_with_or_without_a_bom(store, tmp_path, encoding):
    path = tmp_path / "wide.txt"
    path.write_bytes(("Japan hosts about 54,000 U.S. troops.\nSeoul – “allies”.\n")
                     .encode(encoding))
    [outcome] = ingest(store, [path], max_bytes=MAX, progress=False)
    assert outcome.status == "ingested", outcome.reason
    assert "decoded as UTF-" in outcome.notes[0]
    with store.reader() as session:
        doc = repository.load_document(session, "wide.txt")
    assert doc.text == "Japan hosts about 54,000 U.S. troops.\nSeoul – “allies”.\n"
    assert outcome.facts >= 1


@pytest.mark.parametrize("encoding, text, named", [
    ("euc-kr", "한국은 올해 국방비로 국내총생산의 2.8%를 지출한다. 주한미군은 약 28,500명이다.",
     "cp949, Korean"),
    ("shift_jis", "日本は防衛費を国内総生産の2%に増やす方針を決めた。在日米軍は約5万4千人である。",
     "cp932"),
    ("gb18030", "中国对台湾的关税为百分之二十五。美国与日本的同盟关系正在加强。", "gb18030"),
])
def test_other_encodings_are_detected_not_mojibake_and_noted(store, tmp_path, encoding, text,
                                                             named):
    path = tmp_path / "asia.txt"
    path.write_bytes(text.encode(encoding))
    [outcome] = ingest(store, [path], max_bytes=MAX, progress=False)
    assert outcome.status == "ingested"
    assert f"detected and decoded as {named}" in outcome.notes[0]
    with store.reader() as session:
        assert repository.load_document(session, "asia.txt").text == text


def test_same_named_files_in_subfolders_get_distinct_ids_and_stay_put(store, tmp_path):
    folder = tmp_path / "feeds"
    (folder / "a").mkdir(parents=True)
    (folder / "b").mkdir()
    (folder / "top.txt").write_text(GOOD)
    (folder / "a" / "report.txt").write_text("Japan hosts about 54,000 U.S. troops.\n")
    (folder / "b" / "report.txt").write_text("Australia hosts about 2,500 U.S. Marines.\n")
    first = ingest(store, [folder], max_bytes=MAX, progress=False)
    assert [(o.doc_id, o.status) for o in first] == [
        ("a/report.txt", "ingested"), ("b/report.txt", "ingested"), ("top.txt", "ingested")]
    again = ingest(store, [folder], max_bytes=MAX, progress=False)
    assert [o.status for o in again] == ["unchanged"] * 3
    direct = ingest(store, [folder / "top.txt"], max_bytes=MAX, progress=False)
    assert [(o.doc_id, o.status) for o in direct] == [("top.txt", "unchanged")]


def test_two_files_of_one_run_with_one_id_do_not_flip(store, tmp_path):
    for name, text in (("one", GOOD), ("two", "Japan hosts about 54,000 U.S. troops.\n")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "report.txt").write_text(text)
    for _ in range(2):
        outcomes = ingest(store, [tmp_path / "one", tmp_path / "two"], max_bytes=MAX,
                          progress=False)
        assert outcomes[1].status == "failed" and "same document id 'report.txt'" in \
            outcomes[1].reason
    with store.reader() as session:
        assert repository.load_document(session, "report.txt").text == GOOD


def test_a_run_on_sentence_of_figures_is_stored_but_not_read(store, tmp_path):
    unit = ("South Korea spent 2.5% of GDP on defence in 2024 and Japan paid $1.2 billion "
            "for 54,000 U.S. troops while tariffs of 25% on China rose, ")
    path = tmp_path / "run_on.txt"
    path.write_text(GOOD + unit * 800 + "end.\n")
    [outcome] = ingest(store, [path], max_bytes=MAX, progress=False)
    assert outcome.status == "ingested"
    assert "1 run-on sentence(s) over 3,000 characters" in outcome.notes[0]
    assert outcome.facts == 1  # the ordinary sentence before it


def test_a_file_whose_extraction_fails_is_reported_and_the_rest_go_in(store, tmp_path,
                                                                     monkeypatch):
    from core.ingest import pipeline

    real = pipeline.extract_all

    def fragile(doc):
        if doc.id == "odd.txt":
            raise RuntimeError("an extractor tripped")
        return real(doc)

    monkeypatch.setattr(pipeline, "extract_all", fragile)
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "odd.txt").write_text("Japan hosts about 54,000 U.S. troops.\n")
    outcomes = {o.doc_id: o for o in ingest(store, [tmp_path], max_bytes=MAX, progress=False)}
    assert outcomes["odd.txt"].status == "failed"
    assert "extraction failed" in outcomes["odd.txt"].reason
    assert outcomes["good.txt"].status == "ingested"
    assert _ids(store) == {"good.txt"}

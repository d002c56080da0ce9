"""The ingest run: expand paths, read each file, store it with its facts.

Each document is written in its own transaction (text, sentences and facts
together), so a run that is killed leaves every document either whole or
absent, and one bad file never stops the others: each file gets its own
verdict, and one that cannot be read, extracted or stored is reported by
name while the rest go in.

Document ids: a file given directly, or lying at the top of a folder given,
is known by its file name (`report.txt`, as the fact contract says); a file
in a subfolder by its path relative to the folder given (`a/report.txt`,
`b/report.txt`), so same-named files in different subfolders never
overwrite each other. Two files of one run that would get the same id (two
folders given, each with a `report.txt` at the top) are not both stored:
the second is reported.
"""
from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from sqlalchemy.exc import DataError, IntegrityError
from tqdm import tqdm

from core import text as sentences_of
from core.extract import LONGEST_SENTENCE, extract_all, run_ons
from core.ingest import language, metadata
from core.ingest.boilerplate import boilerplate_lines
from core.ingest.reading import SUFFIXES, BadInput, RawText, from_bytes, read
from core.model import Document
from core.store import Store, repository

log = logging.getLogger("tracker.ingest")


@dataclass
class Outcome:
    """What happened to one path: ingested, replaced, unchanged or failed
    (and, for a feed item whose page could not be fetched, unreachable)."""

    path: str
    status: str
    doc_id: str | None = None
    reason: str | None = None
    notes: list[str] = field(default_factory=list)
    facts: int = 0


def expand(paths: Iterable[str | Path]) -> list[tuple[Path, str]]:
    """(file, document id) for the files named, and for every entry with a
    supported suffix inside the folders named (sorted), including links and
    special files there, so that a dangling link, a link loop or a FIFO is
    reported rather than skipped. Links to folders are not followed."""
    files: list[tuple[Path, str]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = []
            for folder, subfolders, names in os.walk(path):
                subfolders.sort()
                found.extend(Path(folder) / name for name in names
                             if Path(name).suffix.lower() in SUFFIXES)
            files.extend(sorted((f, f.relative_to(path).as_posix()) for f in found))
        else:
            files.append((path, path.name))
    return files


def build_document(path: Path, max_bytes: int,
                   doc_id: str | None = None) -> tuple[Document, list[str]]:
    """A Document from a file and notes on how it was read (a fallback
    decoding, say). Raises BadInput with the reason."""
    return document_from_raw(doc_id or path.name, read(path, max_bytes))


def document_from_raw(doc_id: str, raw: RawText,
                      stated: dict | None = None) -> tuple[Document, list[str]]:
    """A Document from a file's text as read, with its language identified;
    `stated` (title, outlet, published, url given by whoever added it) wins
    over what the file says."""
    meta = raw.metadata
    doc = document_from_text(doc_id, raw.text)
    doc.title = meta.get("title") or doc.title
    doc.outlet = meta.get("sitename") or doc.outlet
    doc.url = meta.get("url")
    doc.published = _iso_day(meta.get("date")) or doc.published
    doc.pages = raw.pages
    for name, value in (stated or {}).items():
        if value:
            setattr(doc, name, value)
    doc.language = language.identify(doc)
    notes = list(raw.notes)
    if not language.is_readable(doc):
        notes.append(f"written in {language.name(doc.language)} ({doc.language}): stored, "
                     "no facts read (the rules read English)")
    return doc, notes


def document_from_text(doc_id: str, text: str) -> Document:
    """A Document from text already decoded: sentences, boilerplate marks and
    the title, outlet and publication date the text states."""
    return Document(
        id=doc_id,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=metadata.title(text),
        outlet=metadata.outlet(text),
        published=metadata.published(text),
        sentences=sentences_of.sentences(text, boilerplate_lines(text)),
    )


def _iso_day(value: str | None) -> str | None:
    return value[:10] if value and len(value) >= 10 else None


def ingest(store: Store, paths: Iterable[str | Path], *, max_bytes: int,
           progress: bool = True, workers: int = 1) -> list[Outcome]:
    """Ingest files and folders; with `workers` > 1, in that many processes,
    each writing its documents to the store itself (the database keeps them
    from storing anything twice). Outcomes come back in the files' order."""
    files = expand(paths)
    first_of: dict[str, Path] = {}
    outcomes: list[Outcome | None] = []
    for path, doc_id in files:
        first = first_of.setdefault(doc_id, path)
        if first is path:
            outcomes.append(None)
        elif os.path.realpath(first) == os.path.realpath(path):
            outcomes.append(Outcome(str(path), "unchanged", doc_id, notes=["given twice"]))
        else:
            outcomes.append(Outcome(str(path), "failed", reason=(
                f"same document id {doc_id!r} as {first} in this run; ingest their common "
                "parent folder, or rename one")))
    todo = [(path, doc_id) for (path, doc_id), done in zip(files, outcomes) if done is None]
    show = None if progress and len(todo) > 1 else True
    if workers <= 1 or len(todo) < 2:
        done = [ingest_one(store, path, max_bytes, doc_id)
                for path, doc_id in tqdm(todo, unit="file", disable=show, desc="ingest")]
    else:
        context = multiprocessing.get_context("spawn")
        with context.Pool(workers, initializer=_start_worker, initargs=(store.url,)) as pool:
            jobs = pool.imap(_work, [(str(path), max_bytes, doc_id) for path, doc_id in todo],
                             chunksize=8)
            done = list(tqdm(jobs, total=len(todo), unit="file", disable=show, desc="ingest"))
    fresh = iter(done)
    return [outcome or next(fresh) for outcome in outcomes]


_worker_store: Store | None = None


def _start_worker(url: str) -> None:
    global _worker_store
    _worker_store = Store(url, upgrade=False)


def _work(job: tuple[str, int, str]) -> Outcome:
    path, max_bytes, doc_id = job
    return ingest_one(_worker_store, Path(path), max_bytes, doc_id)


def ingest_one(store: Store, path: Path, max_bytes: int, doc_id: str | None = None) -> Outcome:
    """Read, extract and store one file; whatever goes wrong with this file
    is its outcome's reason, never an exception that stops the run (only a
    store that cannot be written at all, read-only or down, stops it)."""
    return _store_built(store, str(path), lambda: build_document(path, max_bytes, doc_id))


def ingest_bytes(store: Store, name: str, data: bytes, *, max_bytes: int,
                 doc_id: str | None = None, stated: dict | None = None) -> Outcome:
    """Ingest a file's bytes (an upload, a fetched page) exactly as a file of
    that name: same reading, checks, extraction and outcome. `stated` holds
    fields whoever added it gave (title, outlet, published, url)."""
    return _store_built(store, name, lambda: document_from_raw(
        doc_id or name, from_bytes(data, name, max_bytes), stated))


def _store_built(store: Store, label: str, build) -> Outcome:
    """Build a document with `build()`, extract its facts and store both."""
    try:
        doc, notes = build()
    except BadInput as error:
        return Outcome(label, "failed", reason=str(error))
    except Exception as error:  # a bug on one odd file must not stop the others
        log.exception("reading %s failed", label)
        return Outcome(label, "failed", reason=f"could not be read: {error!r}")
    with store.reader() as session:
        previous = repository.stored_hash(session, doc.id)
    if previous == doc.sha256:
        return Outcome(label, "unchanged", doc.id, notes=notes)
    too_long = run_ons(doc)
    if too_long:
        notes = notes + [f"{len(too_long)} run-on sentence(s) over {LONGEST_SENTENCE:,} "
                         "characters stored but not read for facts"]
    try:
        facts = facts_of(doc)
    except Exception as error:
        log.exception("extracting facts from %s failed", label)
        return Outcome(label, "failed", doc.id, reason=f"extraction failed: {error!r}")
    try:
        with store.transaction() as session:
            if not repository.put_document(session, doc):
                return Outcome(label, "unchanged", doc.id, notes=notes)
            stored = repository.replace_facts(session, doc.id, facts)
    except (DataError, IntegrityError) as error:
        reason = str(error.orig or error).strip().splitlines()[0]
        return Outcome(label, "failed", doc.id, reason=f"the database refused it: {reason}")
    status = "replaced" if previous else "ingested"
    return Outcome(label, status, doc.id, notes=notes, facts=stored)


def facts_of(doc: Document) -> list:
    """The document's facts; none from a text in a language the rules do not read."""
    return extract_all(doc) if language.is_readable(doc) else []


def reextract(store: Store, doc_ids: Iterable[str] | None = None) -> dict[str, int]:
    """Run extraction again over stored documents, one transaction each;
    review verdicts are untouched. Returns facts stored per document."""
    with store.reader() as session:
        ids = list(doc_ids) if doc_ids else repository.document_ids(session)
    counts = {}
    for doc_id in ids:
        with store.transaction() as session:
            doc = repository.load_document(session, doc_id)
            if doc is None:
                continue
            counts[doc_id] = repository.replace_facts(session, doc_id, facts_of(doc))
    return counts

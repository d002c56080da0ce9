"""The ingest run: expand paths, read each file, store it with its facts.

Each document is written in its own transaction (text, sentences and facts
together), so a run that is killed leaves every document either whole or
absent, and one bad file never stops the others.
"""
from __future__ import annotations

import hashlib
import multiprocessing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from tqdm import tqdm

from core import text as sentences_of
from core.extract import extract_all
from core.ingest import metadata
from core.ingest.boilerplate import boilerplate_lines
from core.ingest.reading import SUFFIXES, BadInput, read
from core.model import Document
from core.store import Store, repository


@dataclass
class Outcome:
    """What happened to one path: ingested, replaced, unchanged or failed."""

    path: str
    status: str
    doc_id: str | None = None
    reason: str | None = None
    notes: list[str] = field(default_factory=list)
    facts: int = 0


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and the supported files inside folders named (sorted)."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*")
                                if p.is_file() and p.suffix.lower() in SUFFIXES))
        else:
            files.append(path)
    return files


def build_document(path: Path, max_bytes: int) -> tuple[Document, list[str]]:
    """A Document from a file and notes on how it was read (a fallback
    decoding, say). Raises BadInput with the reason."""
    raw = read(path, max_bytes)
    meta = raw.html_metadata
    doc = document_from_text(path.name, raw.text)
    doc.title = meta.get("title") or doc.title
    doc.outlet = meta.get("sitename") or doc.outlet
    doc.url = meta.get("url")
    doc.published = _iso_day(meta.get("date")) or doc.published
    return doc, raw.notes


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
    show = None if progress and len(files) > 1 else True
    if workers <= 1 or len(files) < 2:
        return [ingest_one(store, path, max_bytes)
                for path in tqdm(files, unit="file", disable=show, desc="ingest")]
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_start_worker, initargs=(store.url,)) as pool:
        jobs = pool.imap(_work, [(str(path), max_bytes) for path in files], chunksize=8)
        return list(tqdm(jobs, total=len(files), unit="file", disable=show, desc="ingest"))


_worker_store: Store | None = None


def _start_worker(url: str) -> None:
    global _worker_store
    _worker_store = Store(url, upgrade=False)


def _work(job: tuple[str, int]) -> Outcome:
    path, max_bytes = job
    return ingest_one(_worker_store, Path(path), max_bytes)


def ingest_one(store: Store, path: Path, max_bytes: int) -> Outcome:
    try:
        doc, notes = build_document(path, max_bytes)
    except BadInput as error:
        return Outcome(str(path), "failed", reason=str(error))
    with store.reader() as session:
        previous = repository.stored_hash(session, doc.id)
    if previous == doc.sha256:
        return Outcome(str(path), "unchanged", doc.id, notes=notes)
    facts = extract_all(doc)
    with store.transaction() as session:
        if not repository.put_document(session, doc):
            return Outcome(str(path), "unchanged", doc.id, notes=notes)
        stored = repository.replace_facts(session, doc.id, facts)
    status = "replaced" if previous else "ingested"
    return Outcome(str(path), status, doc.id, notes=notes, facts=stored)


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
            counts[doc_id] = repository.replace_facts(session, doc_id, extract_all(doc))
    return counts

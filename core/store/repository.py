"""Reading and writing documents, sentences and facts inside a transaction.

Writers replace whole documents or a document's whole set of facts, so a
reader never sees half of either; reviews are never touched by them.
"""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from typing import Iterable, Iterator

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from core.model import Document, Fact, Sentence
from core.store.schema import DocumentRow, FactRow, ReviewRow, SentenceRow

_KEY_FIELDS = ("type", "country", "counterpart", "value", "value_high", "unit",
               "currency", "period", "status", "date", "date_end", "framework",
               "label", "start", "end")


def fact_key(fact: Fact) -> str:
    """A stable id for a fact within its document: the same finding in the
    same sentence gets the same key after re-extraction, so reviews follow it."""
    payload = json.dumps([getattr(fact, name) for name in _KEY_FIELDS])
    return hashlib.sha1(payload.encode()).hexdigest()


def stored_hash(session: Session, doc_id: str) -> str | None:
    return session.scalar(select(DocumentRow.sha256).where(DocumentRow.id == doc_id))


def _upsert(session: Session):
    """The dialect's INSERT that can say ON CONFLICT (PostgreSQL and SQLite both can)."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    return dialect_insert


def put_document(session: Session, doc: Document) -> bool:
    """Store `doc` with its sentences unless the same content is stored
    already; a different version under the same id is replaced, with its
    facts. Returns False when nothing was written.

    The database decides (INSERT … ON CONFLICT DO UPDATE … WHERE the content
    differs), so ingest processes writing the same document at the same time
    store it once: the second waits for the first and then finds it there.
    """
    row = {"id": doc.id, "sha256": doc.sha256, "title": doc.title, "outlet": doc.outlet,
           "url": doc.url, "published": doc.published, "text": doc.text,
           "ingested_at": datetime.now(timezone.utc).replace(tzinfo=None)}
    statement = _upsert(session)(DocumentRow).values(**row)
    statement = statement.on_conflict_do_update(
        index_elements=[DocumentRow.id],
        set_={k: statement.excluded[k] for k in row if k != "id"},
        where=DocumentRow.sha256 != statement.excluded.sha256,
    ).returning(DocumentRow.id)
    if session.execute(statement).first() is None:
        return False
    session.execute(delete(FactRow).where(FactRow.doc_id == doc.id))
    session.execute(delete(SentenceRow).where(SentenceRow.doc_id == doc.id))
    if doc.sentences:
        session.execute(insert(SentenceRow.__table__), [
            {"doc_id": doc.id, "idx": i, "start": s.start, "end": s.end,
             "boilerplate": s.boilerplate, "text": doc.text[s.start:s.end]}
            for i, s in enumerate(doc.sentences)
        ])
    return True


def replace_facts(session: Session, doc_id: str, facts: Iterable[Fact]) -> int:
    """Make `facts` the document's facts; duplicates (same key) are stored once.
    Rows go in as plain table inserts (no ORM bookkeeping: a document brings
    dozens of rows)."""
    session.execute(delete(FactRow).where(FactRow.doc_id == doc_id))
    rows = {}
    for fact in facts:
        row = _fact_row(fact)
        rows.setdefault(row["fact_key"], row)
    if rows:
        session.execute(insert(FactRow.__table__), list(rows.values()))
    return len(rows)


def _fact_row(fact: Fact) -> dict:
    row = {name: getattr(fact, name) for name in _KEY_FIELDS}
    row.update(
        doc_id=fact.doc, fact_key=fact_key(fact), qualifier=fact.qualifier,
        quote=fact.quote, confidence=fact.confidence,
        extractor_version=fact.extractor_version, holder=fact.holder,
        boilerplate=fact.boilerplate,
        countries=json.dumps(list(fact.countries)) if fact.countries else None,
    )
    return row


def load_document(session: Session, doc_id: str) -> Document | None:
    row = session.get(DocumentRow, doc_id)
    if row is None:
        return None
    sentences = session.execute(
        select(SentenceRow.start, SentenceRow.end, SentenceRow.boilerplate)
        .where(SentenceRow.doc_id == doc_id).order_by(SentenceRow.idx)).all()
    return Document(
        id=row.id, text=row.text, sha256=row.sha256, title=row.title,
        outlet=row.outlet, url=row.url, published=row.published,
        sentences=[Sentence(s.start, s.end, bool(s.boilerplate)) for s in sentences],
    )


def document_ids(session: Session) -> list[str]:
    return list(session.scalars(select(DocumentRow.id).order_by(DocumentRow.id)))


def count_documents(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(DocumentRow)) or 0


def iter_facts(session: Session, fact_type: str | None = None) -> Iterator[Fact]:
    """Every stored fact as a `Fact`, in document and position order."""
    query = select(FactRow).order_by(FactRow.doc_id, FactRow.start, FactRow.id)
    if fact_type:
        query = query.where(FactRow.type == fact_type)
    for row in session.scalars(query):
        yield row_to_fact(row)


def row_to_fact(row: FactRow) -> Fact:
    return Fact(
        doc=row.doc_id, type=row.type, quote=row.quote, start=row.start, end=row.end,
        country=row.country, counterpart=row.counterpart, value=row.value,
        value_high=row.value_high, unit=row.unit, currency=row.currency,
        qualifier=row.qualifier, period=row.period, status=row.status,
        date=row.date, date_end=row.date_end, framework=row.framework,
        label=row.label,
        countries=tuple(json.loads(row.countries)) if row.countries else None,
        holder=row.holder, boilerplate=bool(row.boilerplate),
        confidence=row.confidence, extractor_version=row.extractor_version,
    )


def add_review(session: Session, doc_id: str, key: str, verdict: str,
               note: str | None = None, reviewer: str | None = None) -> None:
    session.add(ReviewRow(doc_id=doc_id, fact_key=key, verdict=verdict, note=note,
                          reviewer=reviewer,
                          created_at=datetime.now(timezone.utc).replace(tzinfo=None)))


def reviews(session: Session, doc_id: str | None = None) -> list[ReviewRow]:
    query = select(ReviewRow).order_by(ReviewRow.id)
    if doc_id:
        query = query.where(ReviewRow.doc_id == doc_id)
    return list(session.scalars(query))

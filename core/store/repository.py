"""Reading and writing documents, sentences and facts inside a transaction.

Writers replace whole documents or a document's whole set of facts, so a
reader never sees half of either; reviews are never touched by them.
"""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from typing import Iterable, Iterator

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.orm import Session

from core.model import Document, Fact, Sentence
from core.store.schema import DocumentRow, FactRow, ReviewRow, SentenceRow

#: What a fact says; with its sentence's text, this is its identity.
IDENTITY_FIELDS = ("type", "country", "counterpart", "value", "value_high", "unit",
                   "currency", "period", "status", "date", "date_end", "framework", "label")
_KEY_FIELDS = IDENTITY_FIELDS + ("start", "end")


def fact_key(fact: Fact, occurrence: int = 0) -> str:
    """A stable id for a fact within its document: what it says and the text
    of its sentence, not where the sentence stands, so the same finding keeps
    its key after re-extraction and after an edit elsewhere in the article,
    and reviews follow it. `occurrence` tells apart the same finding in a
    sentence the article repeats (0 for the first)."""
    payload = [getattr(fact, name) for name in IDENTITY_FIELDS] + [fact.quote]
    if occurrence:
        payload.append(occurrence)
    return hashlib.sha1(json.dumps(payload).encode()).hexdigest()


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
    already; a different version under the same id is replaced (its facts
    are then replaced by `replace_facts` in the same transaction, which keeps
    what it can of them). Returns False when nothing was written.

    The database decides (INSERT … ON CONFLICT DO UPDATE … WHERE the content
    differs), so ingest processes writing the same document at the same time
    store it once: the second waits for the first and then finds it there.
    """
    row = {"id": doc.id, "sha256": doc.sha256, "title": doc.title, "outlet": doc.outlet,
           "url": doc.url, "published": doc.published, "text": doc.text,
           "pages": json.dumps(doc.pages) if doc.pages else None, "language": doc.language,
           "ingested_at": datetime.now(timezone.utc).replace(tzinfo=None)}
    statement = _upsert(session)(DocumentRow).values(**row)
    statement = statement.on_conflict_do_update(
        index_elements=[DocumentRow.id],
        set_={k: statement.excluded[k] for k in row if k != "id"},
        where=DocumentRow.sha256 != statement.excluded.sha256,
    ).returning(DocumentRow.id)
    if session.execute(statement).first() is None:
        return False
    session.execute(delete(SentenceRow).where(SentenceRow.doc_id == doc.id))
    if doc.sentences:
        session.execute(insert(SentenceRow.__table__), [
            {"doc_id": doc.id, "idx": i, "start": s.start, "end": s.end,
             "boilerplate": s.boilerplate, "text": doc.text[s.start:s.end]}
            for i, s in enumerate(doc.sentences)
        ])
    return True


def replace_facts(session: Session, doc_id: str, facts: Iterable[Fact]) -> int:
    """Make `facts` the document's facts, then apply the document's reviews
    to them (corrections, rejections, added facts). A fact the document held
    before keeps its `first_seen` time. Duplicates (the same finding at the
    same place) are stored once. Rows go in as plain table
    inserts (no ORM bookkeeping: a document brings dozens of rows)."""
    from core.store import reviews

    seen = dict(session.execute(select(FactRow.fact_key, FactRow.first_seen)
                                .where(FactRow.doc_id == doc_id)).all())
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    session.execute(delete(FactRow).where(FactRow.doc_id == doc_id))
    rows: dict[tuple, dict] = {}
    occurrences: dict[str, int] = {}
    for fact in sorted(facts, key=lambda f: f.start):
        place = (fact_key(fact), fact.start)
        if place in rows:
            continue
        occurrence = occurrences.get(place[0], 0)
        occurrences[place[0]] = occurrence + 1
        key = fact_key(fact, occurrence)
        rows[place] = fact_row(fact, key) | {"first_seen": seen.get(key) or now}
    if rows:
        session.execute(insert(FactRow.__table__), list(rows.values()))
    reviews.apply(session, doc_id)
    return len(rows)


def fact_row(fact: Fact, key: str) -> dict:
    """The facts table's row for `fact` under `key`."""
    row = {name: getattr(fact, name) for name in _KEY_FIELDS}
    row.update(
        doc_id=fact.doc, fact_key=key, qualifier=fact.qualifier,
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
        pages=json.loads(row.pages) if row.pages else None, language=row.language,
    )


def document_ids(session: Session) -> list[str]:
    return list(session.scalars(select(DocumentRow.id).order_by(DocumentRow.id)))


def count_documents(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(DocumentRow)) or 0


def iter_facts(session: Session, fact_type: str | None = None,
               reviews: str = "all") -> Iterator[Fact]:
    """Stored facts as `Fact`s, in document and position order: all of them,
    or by review state ("default" leaves out rejected facts, "reviewed" keeps
    only accepted, corrected and added ones)."""
    query = select(FactRow).order_by(FactRow.doc_id, FactRow.start, FactRow.id)
    if fact_type:
        query = query.where(FactRow.type == fact_type)
    if reviews == "default":
        query = query.where(or_(FactRow.review.is_(None), FactRow.review != "rejected"))
    elif reviews == "reviewed":
        query = query.where(FactRow.review.in_(["accepted", "corrected", "added"]))
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

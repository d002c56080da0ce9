"""Reviews: a person accepts, corrects, rejects or adds a fact, and every
change is kept.

The `reviews` table is the history (who, when, the fact before and after,
why); the facts table carries each fact's current state in its `review`
column, with corrections written into its fields and added facts as rows of
their own. `apply` rebuilds that state from the history, so re-extraction
and re-ingest (which replace a document's fact rows) never lose a review: a
review finds its fact again by key (what the fact says plus its sentence's
text), and one whose fact is gone is listed by `needs_attention`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import and_, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.model import CONTRACT_FIELDS, FACT_TYPES, Fact
from core.store import repository
from core.store.schema import DocumentRow, FactRow, ReviewRow, SentenceRow

STATES = ("accepted", "corrected", "rejected", "added")
#: The fields a correction may change; the quote and offsets stay the sentence's.
EDITABLE = tuple(name for name in CONTRACT_FIELDS
                 if name not in ("doc", "type", "quote", "start", "end")) + ("holder",)
_NUMBERS = ("value", "value_high")
ADDED_VERSION = "review/added"


class ReviewError(ValueError):
    """A review that cannot be stored as given (unknown state, field or fact)."""


class ReviewConflict(Exception):
    """Someone else changed the fact first; `latest` is their change."""

    def __init__(self, latest: "Change | None") -> None:
        who = latest.reviewer if latest and latest.reviewer else "another reviewer"
        super().__init__(f"{who} changed this fact first; reload to see their change")
        self.latest = latest


@dataclass(frozen=True)
class Change:
    """One row of a fact's history."""

    doc: str
    key: str
    seq: int
    state: str
    reviewer: str | None
    at: datetime
    reason: str | None
    before: dict | None
    after: dict | None


def _change(row: ReviewRow) -> Change:
    return Change(row.doc_id, row.fact_key, row.seq, row.verdict, row.reviewer, row.created_at,
                  row.note, json.loads(row.before) if row.before else None,
                  json.loads(row.after) if row.after else None)


def record(session: Session, doc_id: str, key: str, state: str, *, reviewer: str | None,
           reason: str | None = None, changes: dict | None = None,
           expected: int | None = None) -> Change:
    """Store one change to the fact `key` of `doc_id` and apply it.

    `state` is accepted, corrected (with `changes`: contract fields and their
    new values) or rejected. `expected` is the step of the fact's history the
    reviewer was looking at (0 for none): if someone else has changed the
    fact since, nothing is written and ReviewConflict says who did what."""
    if state not in ("accepted", "corrected", "rejected"):
        raise ReviewError(f"unknown review state {state!r}; expected accepted, corrected or "
                          "rejected (added facts go through add_fact)")
    row = session.scalar(select(FactRow).where(FactRow.doc_id == doc_id,
                                               FactRow.fact_key == key))
    if row is None:
        raise ReviewError(f"no fact {key} in {doc_id}")
    before = repository.row_to_fact(row).to_record()
    after = None
    if state == "corrected":
        if not changes:
            raise ReviewError("a correction needs at least one changed field")
        after = {**before, **_checked(changes)}
    return _append(session, doc_id, key, state, reviewer, reason, before, after, expected)


def add_fact(session: Session, doc_id: str, sentence_index: int, fields: dict, *,
             reviewer: str | None, reason: str | None = None) -> Change:
    """Add a fact the extractor missed, read from sentence `sentence_index`
    of the document: its quote and offsets are the sentence's, so the fact is
    grounded exactly like an extracted one."""
    sentence = session.scalar(select(SentenceRow).where(SentenceRow.doc_id == doc_id,
                                                        SentenceRow.idx == sentence_index))
    if sentence is None:
        raise ReviewError(f"{doc_id} has no sentence {sentence_index}")
    kind = fields.get("type")
    if kind not in FACT_TYPES:
        raise ReviewError(f"unknown fact type {kind!r}; expected one of {', '.join(FACT_TYPES)}")
    text = session.scalar(select(func.substr(DocumentRow.text, sentence.start + 1,
                                             sentence.end - sentence.start))
                          .where(DocumentRow.id == doc_id))
    fact = Fact(doc=doc_id, type=kind, quote=text, start=sentence.start, end=sentence.end,
                **_checked({k: v for k, v in fields.items() if k != "type"}))
    key = repository.fact_key(fact)
    return _append(session, doc_id, key, "added", reviewer, reason, None, fact.to_record(), 0)


def _checked(changes: dict) -> dict:
    """Changes limited to editable contract fields, numbers as floats, empty
    strings as nulls."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ReviewError(f"cannot change {', '.join(sorted(unknown))}; editable fields: "
                          f"{', '.join(EDITABLE)}")
    checked = {}
    for name, value in changes.items():
        if isinstance(value, str):
            value = value.strip() or None
        if name in _NUMBERS and value is not None:
            try:
                value = float(value)
            except (TypeError, ValueError):
                raise ReviewError(f"{name} must be a number, not {value!r}") from None
        checked[name] = value
    return checked


def _append(session: Session, doc_id: str, key: str, state: str, reviewer: str | None,
            reason: str | None, before: dict | None, after: dict | None,
            expected: int | None) -> Change:
    latest = _latest_step(session, doc_id, key)
    if expected is not None and expected != latest:
        raise ReviewConflict(history(session, doc_id, key)[-1] if latest else None)
    row = ReviewRow(doc_id=doc_id, fact_key=key, seq=latest + 1, verdict=state,
                    reviewer=reviewer, note=reason,
                    before=json.dumps(before) if before else None,
                    after=json.dumps(after) if after else None,
                    created_at=datetime.now(timezone.utc).replace(tzinfo=None))
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        # Another reviewer wrote this step between our read and our write.
        raise ReviewConflict(history(session, doc_id, key)[-1]) from None
    apply(session, doc_id)
    return _change(row)


def _latest_step(session: Session, doc_id: str, key: str) -> int:
    return session.scalar(select(func.coalesce(func.max(ReviewRow.seq), 0))
                          .where(ReviewRow.doc_id == doc_id, ReviewRow.fact_key == key))


def _latest(session: Session) -> list[ReviewRow]:
    """Each fact's newest change."""
    newest = (select(ReviewRow.doc_id, ReviewRow.fact_key, func.max(ReviewRow.seq).label("seq"))
              .group_by(ReviewRow.doc_id, ReviewRow.fact_key)).subquery()
    return list(session.scalars(select(ReviewRow).join(newest, and_(
        ReviewRow.doc_id == newest.c.doc_id, ReviewRow.fact_key == newest.c.fact_key,
        ReviewRow.seq == newest.c.seq)).order_by(ReviewRow.doc_id, ReviewRow.id)))


def apply(session: Session, doc_id: str) -> None:
    """Bring the document's fact rows in line with its reviews: each fact's
    state is its newest change; a correction's fields are written into the
    row; a fact a reviewer added is put back at its sentence."""
    session.execute(update(FactRow).where(FactRow.doc_id == doc_id).values(review=None))
    session.execute(delete(FactRow).where(FactRow.doc_id == doc_id,
                                          FactRow.extractor_version == ADDED_VERSION))
    changes: dict[str, list[Change]] = {}
    for change in history(session, doc_id):
        changes.setdefault(change.key, []).append(change)
    text = None
    for key, steps in changes.items():
        newest = steps[-1]
        fields = next((step.after for step in reversed(steps) if step.after), None)
        where = (FactRow.doc_id == doc_id, FactRow.fact_key == key)
        if steps[0].state == "added" and session.scalar(select(FactRow.id).where(*where)) is None:
            text = text if text is not None else session.get(DocumentRow, doc_id).text
            fact = _relocated(Fact.from_record(fields), text)
            if fact is not None:
                row = repository.fact_row(fact, key)
                row.update(extractor_version=ADDED_VERSION, confidence=1.0,
                           first_seen=steps[0].at)
                session.execute(insert(FactRow.__table__), [row])
        values = {"review": newest.state}
        if fields and newest.state != "rejected":
            values.update({name: fields.get(name) for name in EDITABLE})
        session.execute(update(FactRow).where(*where).values(**values))


def _relocated(fact: Fact, text: str) -> Fact | None:
    """The added fact at its sentence's place in the (possibly edited)
    document: the occurrence of its quote nearest where it was; None if the
    sentence is no longer there."""
    places = []
    found = text.find(fact.quote)
    while found != -1 and fact.quote:
        places.append(found)
        found = text.find(fact.quote, found + 1)
    if not places:
        return None
    start = min(places, key=lambda place: abs(place - fact.start))
    fact.start, fact.end = start, start + len(fact.quote)
    return fact


def key_of(session: Session, fact_id: int) -> str | None:
    """The key of the fact stored under row id `fact_id` (None if gone)."""
    return session.scalar(select(FactRow.fact_key).where(FactRow.id == fact_id))


def history(session: Session, doc_id: str | None = None, key: str | None = None) -> list[Change]:
    """Every change, oldest first (optionally one document's, or one fact's)."""
    query = select(ReviewRow).order_by(ReviewRow.doc_id, ReviewRow.fact_key, ReviewRow.seq)
    if doc_id is not None:
        query = query.where(ReviewRow.doc_id == doc_id)
    if key is not None:
        query = query.where(ReviewRow.fact_key == key)
    return [_change(row) for row in session.scalars(query)]


def needs_attention(session: Session) -> list[Change]:
    """Latest changes whose fact is no longer in its document (the article was
    edited or the rules changed so the fact now reads differently): shown to
    reviewers instead of being dropped."""
    present = set(session.execute(select(FactRow.doc_id, FactRow.fact_key)).all())
    return [_change(row) for row in _latest(session)
            if (row.doc_id, row.fact_key) not in present]

"""Full-text search behind one interface: SQLite FTS5 or PostgreSQL's text
search, whichever the store is. What a person types is never spliced into
SQL or into a search expression: it is cut into words, and the words go to
the database as bound parameters (SQLite: each word quoted as an FTS5
string; PostgreSQL: plainto_tsquery)."""
from __future__ import annotations

import re

from sqlalchemy import ColumnElement, bindparam, column, false, func, select, text
from sqlalchemy.orm import Session

from core.store.schema import FactRow, SentenceRow

_WORD = re.compile(r"\w+", re.UNICODE)


def words(query: str) -> list[str]:
    return _WORD.findall(query or "")


def _fts5(query: str) -> str:
    return " ".join(f'"{word}"' for word in words(query))


def fact_condition(dialect: str, query: str) -> ColumnElement[bool]:
    """A condition on facts: the quote contains every word of `query`."""
    if not words(query):
        return false()
    if dialect == "sqlite":
        ids = select(text("rowid")).select_from(text("fact_search")).where(
            text("fact_search MATCH :fact_terms").bindparams(fact_terms=_fts5(query)))
        return FactRow.id.in_(ids)
    return func.to_tsvector("english", FactRow.quote).op("@@")(
        func.plainto_tsquery("english", bindparam("fact_terms", " ".join(words(query)))))


def sentences(session: Session, query: str, limit: int = 50) -> list[tuple]:
    """Sentences containing every word of `query`, best matches first:
    (sentence id, document id, start, end, text)."""
    if not words(query):
        return []
    columns = (SentenceRow.id, SentenceRow.doc_id, SentenceRow.start, SentenceRow.end,
               SentenceRow.text)
    if session.get_bind().dialect.name == "sqlite":
        matched = text("SELECT rowid AS sentence_id, rank FROM sentence_search "
                       "WHERE sentence_search MATCH :terms").bindparams(terms=_fts5(query)) \
            .columns(column("sentence_id"), column("rank")).subquery("matched")
        statement = (select(*columns).join(matched, matched.c.sentence_id == SentenceRow.id)
                     .order_by(matched.c.rank).limit(limit))
    else:
        vector = func.to_tsvector("english", func.coalesce(SentenceRow.text, ""))
        tsquery = func.plainto_tsquery("english", bindparam("terms", " ".join(words(query))))
        statement = (select(*columns).where(vector.op("@@")(tsquery))
                     .order_by(func.ts_rank(vector, tsquery).desc(), SentenceRow.id)
                     .limit(limit))
    return list(session.execute(statement).all())

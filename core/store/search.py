"""Full-text search that means the same on SQLite and PostgreSQL.

What a search means is decided here, in Python, once for both databases:
the query is cut into words (letters and digits; a decimal number such as
"2.5" or "28,500" is one word), common English words are dropped (the list
in data/stopwords.txt, the one PostgreSQL's index leaves out, so a query of
only such words finds nothing anywhere), and each word is reduced by one
light stemmer ("troops", "hosting", "allies" → "troop", "host", "ally"). A
sentence or quote matches when every query stem is among its own stems.

The database only fetches candidates, broad enough to hold every true match
whatever its own stemmer and parser do: SQLite through its FTS5 index (a
word's first letters as a prefix, a number as a phrase), PostgreSQL by
substring (its parser keeps compounds such as "u.s.-based" whole, which an
index lookup would miss); the stems then decide. What a person types is never
spliced into SQL or a search expression: words go in as bound parameters
(SQLite: each quoted as an FTS5 string).
"""
from __future__ import annotations

import json
import re
from functools import cache

from sqlalchemy import ARRAY, ColumnElement, Integer, and_, bindparam, column, false, func, \
    select, text
from sqlalchemy.orm import Session

from core import data
from core.store.schema import FactRow, SentenceRow

_WORD = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+")
_NUMBER = re.compile(r"[\d.,]+")
# Candidates looked at for one search; a search matching more is cut there.
MOST_CANDIDATES = 250_000


@cache
def stopwords() -> frozenset[str]:
    with data.path("stopwords.txt").open(encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle
                         if line.strip() and not line.startswith("#"))


def stem(word: str) -> str:
    """A light English stem, the same for query and text: plural and -ing/-ed
    endings, then a final e, go ("bases", "based" → "bas"; "allies" → "ally")."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[:-len(ending)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def stems(text: str) -> list[str]:
    """The stems of every word of `text`, in order, stop words left out."""
    stop = stopwords()
    return [stem(w) for w in _WORD.findall(text.casefold()) if w not in stop]


def words(query: str) -> list[str]:
    """The query's stems, each once (empty when it has only stop words)."""
    return list(dict.fromkeys(stems(query or "")))


def _prefix(term: str) -> str:
    """A prefix that every database's stem of a word with this stem starts
    with (their stemmers only change endings, and turn a final y into i)."""
    prefix = term[:4]
    return prefix[:-1] if prefix.endswith("y") and len(prefix) > 2 else prefix


def _is_number(term: str) -> bool:
    return bool(_NUMBER.fullmatch(term))


def _sqlite_match(terms: list[str]) -> str:
    return " ".join(f'"{t}"' if _is_number(t) else f'"{_prefix(t)}"*' for t in terms)


def _postgres_candidate(terms: list[str], column_) -> ColumnElement[bool]:
    """Each word's prefix, or each number, as a substring of the text
    (case-insensitive). PostgreSQL's own parser keeps some compounds whole
    ("u.s.-based", "korea-u"), so its index can miss a word this module's
    reading finds; a substring never does."""
    return and_(*(column_.icontains(t if _is_number(t) else _prefix(t), autoescape=True)
                  for t in terms))


def _candidates(session: Session, table: str, terms: list[str]):
    """(id, text) of the rows of `table` ("facts" or "sentences") that may
    match: the index's broad reading of the terms."""
    row, source = (FactRow, FactRow.quote) if table == "facts" else \
        (SentenceRow, SentenceRow.text)
    if session.get_bind().dialect.name == "sqlite":
        index = "fact_search" if table == "facts" else "sentence_search"
        ids = select(text("rowid")).select_from(text(index)).where(
            text(f"{index} MATCH :terms").bindparams(terms=_sqlite_match(terms)))
        condition = row.id.in_(ids)
    else:
        condition = _postgres_candidate(terms, source)
    statement = select(row.id, source).where(condition).order_by(row.id) \
        .limit(MOST_CANDIDATES)
    return session.execute(statement).all()


def _finder(term: str) -> re.Pattern:
    """The words of a (casefolded) text that may have stem `term`: whole
    words starting with it (or, for "allies" → "ally", with it less its y);
    a number exactly."""
    if _is_number(term):
        return re.compile(rf"(?<![^\W_]){re.escape(term)}(?![^\W_]|[.,]\d)")
    start = term[:-1] if term.endswith("y") and term.isalpha() else term
    return re.compile(rf"(?<![^\W_]){re.escape(start)}[^\W_]*")


def _matching(session: Session, table: str, query: str) -> list[tuple[int, int]]:
    """(id, score) of the rows whose text holds every stem of `query`;
    the score counts the query's stems in the text."""
    terms = words(query)
    if not terms:
        return []
    stop = stopwords()
    finders = [(term, _finder(term)) for term in terms]

    def score(body: str) -> int:
        folded, total = body.casefold(), 0
        for term, finder in finders:
            hits = sum(1 for w in finder.findall(folded) if w not in stop and stem(w) == term)
            if not hits:
                return 0
            total += hits
        return total

    scores: dict[str, int] = {}  # facts of one sentence share their quote
    found = []
    for row_id, body in _candidates(session, table, terms):
        body = body or ""
        if body not in scores:
            scores[body] = score(body)
        if scores[body]:
            found.append((row_id, scores[body]))
    return found


def _id_list(dialect: str, ids: list[int]):
    """`ids` as one bound parameter that SQL can select from (an IN list of
    many thousand parameters is more than SQLite allows)."""
    if dialect == "sqlite":
        return select(column("value")).select_from(
            func.json_each(bindparam("ids", json.dumps(ids))))
    return select(func.unnest(bindparam("ids", ids, type_=ARRAY(Integer))))


def fact_condition(session: Session, query: str) -> ColumnElement[bool]:
    """A condition on facts: the quote holds every stem of `query`."""
    ids = [row_id for row_id, _ in _matching(session, "facts", query)]
    if not ids:
        return false()
    return FactRow.id.in_(_id_list(session.get_bind().dialect.name, ids))


def sentences(session: Session, query: str, limit: int = 50) -> list[tuple]:
    """Sentences holding every stem of `query`, most mentions first, then in
    document order: (sentence id, document id, start, end, text)."""
    scores = dict(_matching(session, "sentences", query))
    if not scores:
        return []
    columns = (SentenceRow.id, SentenceRow.doc_id, SentenceRow.start, SentenceRow.end,
               SentenceRow.text)
    rows = session.execute(select(*columns).where(SentenceRow.id.in_(
        _id_list(session.get_bind().dialect.name, list(scores))))).all()
    rows.sort(key=lambda r: (-scores[r[0]], r[1], r[2]))
    return rows[:limit]


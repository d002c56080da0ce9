"""Read functions for the pages and the command line: plain filter arguments
in, pandas DataFrames out. No Streamlit here, and no SQL outside core/."""
from __future__ import annotations

import json
import math
from datetime import date, timedelta
from dataclasses import fields

import pandas as pd
from sqlalchemy import func, or_, select

from core.model import Fact, page_at
from core.store import Store
from core.store import search as full_text
from core.store.schema import DocumentRow, FactRow, ReviewRow


def documents(store: Store) -> pd.DataFrame:
    """One row per stored document: id, title, published, outlet, facts,
    language (an ISO 639-1 code, or None) and url."""
    count = (select(func.count(FactRow.id)).where(FactRow.doc_id == DocumentRow.id)
             .correlate(DocumentRow).scalar_subquery())
    query = (select(DocumentRow.id, DocumentRow.title, DocumentRow.published,
                    DocumentRow.outlet, count.label("facts"), DocumentRow.language,
                    DocumentRow.url)
             .order_by(DocumentRow.id))
    with store.reader() as session:
        rows = session.execute(query).all()
    frame = pd.DataFrame(rows, columns=["id", "title", "published", "outlet", "facts",
                                        "language", "url"])
    for column in ("title", "published", "outlet", "language", "url"):
        frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    return frame


def documents_by_id(store: Store, ids: list[str]) -> dict[str, dict]:
    """Title, outlet and publication date of the documents `ids` (for citing
    them), keyed by id; ids not stored are left out."""
    found = {}
    with store.reader() as session:
        for start in range(0, len(ids), 500):
            rows = session.execute(select(DocumentRow.id, DocumentRow.title, DocumentRow.outlet,
                                          DocumentRow.published)
                                   .where(DocumentRow.id.in_(ids[start:start + 500]))).all()
            found.update({doc: {"title": title, "outlet": outlet, "published": published}
                          for doc, title, outlet, published in rows})
    return found


def fact_counts(store: Store) -> pd.DataFrame:
    """Facts per document and type: one row per document, one column per type."""
    query = (select(FactRow.doc_id, FactRow.type, func.count())
             .group_by(FactRow.doc_id, FactRow.type))
    with store.reader() as session:
        rows = session.execute(query).all()
    frame = pd.DataFrame(rows, columns=["doc", "type", "n"])
    if frame.empty:
        return pd.DataFrame()
    table = frame.pivot_table(index="doc", columns="type", values="n", fill_value=0,
                              aggfunc="sum")
    table["total"] = table.sum(axis=1)
    return table.astype(int)


def version(store: Store) -> str:
    """A marker that changes whenever documents, facts or reviews change: the
    pages' caches are keyed by it."""
    query = select(func.count(DocumentRow.id), func.max(DocumentRow.ingested_at),
                   select(func.count(FactRow.id)).scalar_subquery(),
                   select(func.max(FactRow.id)).scalar_subquery(),
                   select(func.max(ReviewRow.id)).scalar_subquery())
    with store.reader() as session:
        row = session.execute(query).one()
    return "|".join(str(value) for value in row)


FACT_COLUMNS = ["id", "doc", "type", "country", "counterpart", "value", "value_high", "unit",
                "currency", "qualifier", "period", "status", "date", "date_end", "framework",
                "label", "holder", "countries", "quote", "start", "end", "boilerplate",
                "confidence", "review", "first_seen", "title", "outlet", "published", "page"]

#: Which facts a view shows by review state: "default" leaves out rejected
#: facts, "reviewed" keeps only facts a person accepted, corrected or added,
#: "all" keeps everything (rejected facts included, for review itself).
REVIEW_SCOPES = ("default", "reviewed", "all")
_NOT_REJECTED = or_(FactRow.review.is_(None), FactRow.review != "rejected")


_COLUMN = {
    "id": FactRow.id, "doc": FactRow.doc_id.label("doc"), "type": FactRow.type,
    "country": FactRow.country, "counterpart": FactRow.counterpart, "value": FactRow.value,
    "value_high": FactRow.value_high, "unit": FactRow.unit, "currency": FactRow.currency,
    "qualifier": FactRow.qualifier, "period": FactRow.period, "status": FactRow.status,
    "date": FactRow.date, "date_end": FactRow.date_end, "framework": FactRow.framework,
    "label": FactRow.label, "holder": FactRow.holder, "countries": FactRow.countries,
    "quote": FactRow.quote, "start": FactRow.start, "end": FactRow.end,
    "boilerplate": FactRow.boilerplate, "confidence": FactRow.confidence,
    "review": FactRow.review, "first_seen": FactRow.first_seen, "title": DocumentRow.title, "outlet": DocumentRow.outlet, "published": DocumentRow.published,
    "page": DocumentRow.pages.label("page"),
}


def _filtered(query, store: Store, *, types=None, countries=None, counterparts=None, statuses=None,
              docs=None, units=None, date_from: str | None = None, date_to: str | None = None,
              include_boilerplate: bool = True, search: str | None = None,
              dated: bool = False, parties=None, reviews: str = "default",
              seen_since=None):
    """`query` (over facts joined to documents) narrowed by the filters of `facts`."""
    if reviews not in REVIEW_SCOPES:
        raise ValueError(f"unknown review scope {reviews!r}; expected one of "
                         f"{', '.join(REVIEW_SCOPES)}")
    if reviews == "default":
        query = query.where(_NOT_REJECTED)
    elif reviews == "reviewed":
        query = query.where(FactRow.review.in_(["accepted", "corrected", "added"]))
    if parties:
        named = [FactRow.countries.like(f'%"{code}"%') for code in parties
                 if code.isalpha() and code.isupper()]
        query = query.where(or_(FactRow.country.in_(list(parties)),
                                FactRow.counterpart.in_(list(parties)), *named))
    for column, wanted in ((FactRow.type, types), (FactRow.country, countries),
                           (FactRow.counterpart, counterparts), (FactRow.status, statuses),
                           (FactRow.doc_id, docs), (FactRow.unit, units)):
        if wanted:
            query = query.where(column.in_(list(wanted)))
    if not include_boilerplate:
        query = query.where(FactRow.boilerplate.is_(False))
    when = func.coalesce(FactRow.date, FactRow.period, DocumentRow.published)
    if date_from:
        query = query.where(when >= date_from)
    if date_to:
        query = query.where(when < _after(date_to))
    if dated:
        query = query.where(func.coalesce(FactRow.date, FactRow.period).is_not(None))
    if seen_since is not None:
        query = query.where(FactRow.first_seen >= seen_since)
    if search:
        query = query.where(_search_condition(store, search))
    return query


_SEARCHES: dict[tuple, object] = {}


def _search_condition(store: Store, search: str):
    """The facts `search` finds, as a condition; kept for the store's current
    contents, since a page counts and lists the same search at once."""
    key = (store.url, version(store), search)
    if key not in _SEARCHES:
        with store.reader() as session:
            condition = full_text.fact_condition(session, search)
        if len(_SEARCHES) >= 16:
            _SEARCHES.pop(next(iter(_SEARCHES)))
        _SEARCHES[key] = condition
    return _SEARCHES[key]


def _after(value: str) -> str:
    """The first ISO date after a date of any precision ("2025" -> "2026",
    "2025-12" -> "2026-01", "2025-07-27" -> "2025-07-28"): an upper bound that
    compares correctly under any database collation."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return f"{parts[0] + 1:04d}"
    if len(parts) == 2:
        year, month = parts
        return f"{year + month // 12:04d}-{month % 12 + 1:02d}"
    return (date(*parts) + timedelta(days=1)).isoformat()


def facts(store: Store, *, limit: int | None = None, newest_first: bool = False,
          recent_sources: bool = False, text: bool = True, **filters) -> pd.DataFrame:
    """Facts with their document's title, outlet and publication date.

    Filters (all optional): `types`, `countries`, `counterparts`, `statuses`,
    `docs` (lists: a fact's field must be in it), `date_from`/`date_to`
    (ISO dates of any precision, applied to the fact's date, else its
    period, else its document's publication date), `include_boilerplate`,
    `search` (words the quote contains, found by the database's full-text
    search, so "troop" finds "troops"; passed as parameters), `dated` (only facts with a date or period),
    `parties` (facts whose country, counterpart or one of whose event countries is listed)
    `reviews` (one of REVIEW_SCOPES; rejected facts are left out by default)
    and `seen_since` (facts the store first held at or after that time).
    `text=False` leaves out the quote and the document's title and outlet,
    for aggregate views over many facts; `newest_first` orders by the date
    or period, newest first (for a timeline); `recent_sources` by the
    documents' publication, then ingestion, newest first (what is new).
    """
    wanted = FACT_COLUMNS if text else [c for c in FACT_COLUMNS
                                        if c not in ("quote", "title", "outlet", "countries",
                                                     "page")]
    query = _filtered(select(*(_COLUMN[c] for c in wanted))
                      .join(DocumentRow, DocumentRow.id == FactRow.doc_id), store,
                      **filters)
    if newest_first:
        when = func.coalesce(FactRow.date, FactRow.period, DocumentRow.published)
        query = query.order_by(when.desc(), FactRow.id.desc())
    elif recent_sources:
        query = query.order_by(func.coalesce(DocumentRow.published, "").desc(),
                               DocumentRow.ingested_at.desc(), FactRow.doc_id, FactRow.start)
    else:
        query = query.order_by(FactRow.doc_id, FactRow.start, FactRow.id)
    if limit:
        query = query.limit(limit)
    with store.reader() as session:
        rows = session.execute(query).all()
    frame = pd.DataFrame(rows, columns=wanted)
    for column in set(FACT_COLUMNS) - set(wanted):
        frame[column] = None
    frame["boilerplate"] = frame["boilerplate"].astype(bool)
    frame["countries"] = [";".join(json.loads(c)) if isinstance(c, str) else None
                          for c in frame["countries"]]
    frame["page"] = pd.Series([page_at(json.loads(p), start) if isinstance(p, str) else None
                               for p, start in zip(frame["page"], frame["start"])],
                              index=frame.index, dtype=object)
    return frame[FACT_COLUMNS]


def sources(store: Store, **filters) -> pd.DataFrame:
    """The documents behind the facts the filters of `facts` keep, one row
    each (doc, title, outlet, published, facts: how many of those facts it
    states), most facts first: counted in the database, so citing the
    sources of a chart costs the same at any store size."""
    count = func.count(FactRow.id)
    query = _filtered(select(FactRow.doc_id, DocumentRow.title, DocumentRow.outlet,
                             DocumentRow.published, count.label("facts"))
                      .join(DocumentRow, DocumentRow.id == FactRow.doc_id), store.dialect,
                      **filters)
    query = query.group_by(FactRow.doc_id, DocumentRow.title, DocumentRow.outlet,
                           DocumentRow.published).order_by(count.desc(), FactRow.doc_id)
    with store.reader() as session:
        rows = session.execute(query).all()
    frame = pd.DataFrame(rows, columns=["doc", "title", "outlet", "published", "facts"])
    for column in ("title", "outlet", "published"):
        frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    return frame


def kinds(store: Store, keys: list[str], **filters) -> pd.DataFrame:
    """The facts the filters of `facts` keep, one row per distinct value of
    the `keys` columns (a kind of figure: country, type, counterpart, unit,
    status, period; or a membership: country, framework): its newest fact
    (by publication date, then document id: `value`, `value_high`,
    `qualifier`, `currency`, `doc`, `published`, and `status` when not a
    key), how many `facts`
    and `sources` state it, and its lowest and highest values with a
    document stating each (`low`, `low_doc`, `high`, `high_doc`). Ranked in
    the database, so a summary of thousands of facts reads a few rows."""
    key_columns = [_COLUMN[k] for k in keys]
    shown = [c for c in ("value", "value_high", "qualifier", "currency", "doc", "published",
                         "status") if c not in keys]

    def rank(*order):
        return func.row_number().over(partition_by=key_columns, order_by=order)

    ranked = _filtered(
        select(*(c.label(f"k_{k}") for k, c in zip(keys, key_columns)),
               *(_COLUMN[c].label(c) for c in shown),
               rank(func.coalesce(DocumentRow.published, "").desc(),
                    FactRow.doc_id.desc()).label("newest"),
               rank(FactRow.value.asc(), FactRow.doc_id).label("lowest"),
               rank(FactRow.value.desc(), FactRow.doc_id).label("highest"))
        .join(DocumentRow, DocumentRow.id == FactRow.doc_id), store.dialect,
        **filters).subquery()
    picked = select(ranked).where(or_(ranked.c.newest == 1, ranked.c.lowest == 1,
                                      ranked.c.highest == 1))
    counts = _filtered(select(*key_columns, func.count(), func.count(func.distinct(FactRow.doc_id)))
                       .join(DocumentRow, DocumentRow.id == FactRow.doc_id)
                       .group_by(*key_columns), store.dialect, **filters)
    with store.reader() as session:
        rows = pd.DataFrame(session.execute(picked).all(),
                            columns=[f"k_{k}" for k in keys] + shown + ["newest", "lowest",
                                                                       "highest"])
        counted = pd.DataFrame(session.execute(counts).all(),
                               columns=[f"k_{k}" for k in keys] + ["facts", "sources"])
    columns = keys + shown + ["facts", "sources", "low", "low_doc", "high", "high_doc"]
    if counted.empty:
        return pd.DataFrame(columns=columns)
    index = [f"k_{k}" for k in keys]
    rows[index] = rows[index].astype(object).where(rows[index].notna(), "")
    counted[index] = counted[index].astype(object).where(counted[index].notna(), "")
    newest = rows[rows["newest"] == 1].set_index(index)[shown]
    low = rows[rows["lowest"] == 1].set_index(index)
    high = rows[rows["highest"] == 1].set_index(index)
    table = counted.set_index(index).join(newest).assign(
        low=low["value"], low_doc=low["doc"], high=high["value"], high_doc=high["doc"])
    table = table.reset_index().rename(columns={f"k_{k}": k for k in keys})
    for column in ("value_high", "qualifier", "currency", "published"):
        table[column] = table[column].astype(object).where(table[column].notna(), None)
    return table[columns].sort_values(keys, ignore_index=True)


def count_facts(store: Store, **filters) -> int:
    """How many facts the filters of `facts` keep."""
    query = _filtered(select(func.count(FactRow.id))
                      .join(DocumentRow, DocumentRow.id == FactRow.doc_id), store,
                      **filters)
    with store.reader() as session:
        return session.scalar(query) or 0


def distinct(store: Store, column: str) -> list[str]:
    """The distinct values of a fact column (for filter options), sorted."""
    field = _COLUMN[column]
    query = select(field).where(field.is_not(None)).distinct().order_by(field)
    with store.reader() as session:
        return list(session.scalars(query))


def overview(store: Store) -> dict:
    """What the store holds, counted in the database."""
    when = func.coalesce(FactRow.date, DocumentRow.published)
    with store.reader() as session:
        documents = session.scalar(select(func.count(DocumentRow.id))) or 0
        by_type = dict(session.execute(select(FactRow.type, func.count()).where(_NOT_REJECTED)
                                       .group_by(FactRow.type)).all())
        countries = session.scalar(select(func.count(func.distinct(FactRow.country)))
                                   .where(FactRow.country.not_in(["ALL"]), _NOT_REJECTED)) or 0
        first, last = session.execute(
            select(func.min(when), func.max(when))
            .join(DocumentRow, DocumentRow.id == FactRow.doc_id)).one()
        dated = func.coalesce(FactRow.date, FactRow.period)
        dated_first, dated_last = session.execute(select(func.min(dated), func.max(dated))).one()
    return {"documents": documents, "facts": sum(by_type.values()), "by_type": by_type,
            "countries": countries, "first": first, "last": last,
            "dated_first": dated_first, "dated_last": dated_last}


def stance_counts(store: Store, countries=None, include_boilerplate: bool = True) -> pd.DataFrame:
    """Stance facts counted per country, label, counterpart and holder, with
    how many documents state each: enough to summarise stances without
    reading every quote."""
    query = (select(FactRow.country, FactRow.label, FactRow.counterpart, FactRow.holder,
                    func.count(), func.count(func.distinct(FactRow.doc_id)))
             .where(FactRow.type == "stance", _NOT_REJECTED)
             .group_by(FactRow.country, FactRow.label, FactRow.counterpart, FactRow.holder))
    if countries:
        query = query.where(FactRow.country.in_(list(countries)))
    if not include_boilerplate:
        query = query.where(FactRow.boilerplate.is_(False))
    with store.reader() as session:
        rows = session.execute(query).all()
    return pd.DataFrame(rows, columns=["country", "label", "counterpart", "holder", "n", "docs"])


def latest_values(store: Store, by: str = "country", high: bool = False,
                  **filters) -> pd.DataFrame:
    """Per country (`by` = "country", or "counterpart" for what a country
    faces): the highest value stated by its newest source (by publication
    date), and how many sources state one. `high` reads a range's upper end.
    Ranked in the database, so no fact row leaves it."""
    key = _COLUMN[by]
    value = func.coalesce(FactRow.value_high, FactRow.value) if high else FactRow.value
    newest = func.dense_rank().over(
        partition_by=key,
        order_by=(func.coalesce(DocumentRow.published, "").desc(), FactRow.doc_id.desc()))
    ranked = _filtered(select(key.label("key"), value.label("value"), newest.label("rank"))
                       .join(DocumentRow, DocumentRow.id == FactRow.doc_id)
                       .where(key.is_not(None)), store, **filters).subquery()
    latest = select(ranked.c.key, func.max(ranked.c.value)).where(ranked.c.rank == 1) \
        .group_by(ranked.c.key)
    sources = _filtered(select(key, func.count(func.distinct(FactRow.doc_id)))
                        .join(DocumentRow, DocumentRow.id == FactRow.doc_id)
                        .where(key.is_not(None)).group_by(key), store, **filters)
    with store.reader() as session:
        values = dict(session.execute(latest).all())
        counts = dict(session.execute(sources).all())
    return pd.DataFrame({"country": list(counts), "value": [values.get(k) for k in counts],
                         "sources": list(counts.values())})


def country_counts(store: Store, types=None, include_boilerplate: bool = True) -> pd.DataFrame:
    """Facts and source documents per country (of the given types, or all)."""
    query = (select(FactRow.country, func.count(), func.count(func.distinct(FactRow.doc_id)))
             .where(FactRow.country.is_not(None), _NOT_REJECTED).group_by(FactRow.country))
    if types:
        query = query.where(FactRow.type.in_(list(types)))
    if not include_boilerplate:
        query = query.where(FactRow.boilerplate.is_(False))
    with store.reader() as session:
        rows = session.execute(query).all()
    return pd.DataFrame(rows, columns=["country", "facts", "sources"])


def timeline(facts_frame: pd.DataFrame, prefer=()) -> pd.DataFrame:
    """The dated facts of a facts frame, each with `when` (a timestamp: the
    first day of the date or period it gives) and `who` (its country, or the
    first of an event's countries that is in `prefer`, else its first)."""
    when = facts_frame["date"].fillna(facts_frame["period"])
    frame = facts_frame[when.notna()].copy()
    frame["when"] = pd.to_datetime(
        [w if len(w) == 10 else (w + "-01" if len(w) == 7 else w + "-01-01")
         for w in when.dropna()], errors="coerce")
    preferred = set(prefer)
    party = []
    for parties in frame["countries"]:
        named = parties.split(";") if isinstance(parties, str) else []
        party.append(next((p for p in named if p in preferred), named[0] if named else None))
    frame["who"] = frame["country"].fillna(pd.Series(party, index=frame.index, dtype=object))
    return frame[frame["when"].notna()].sort_values("when").reset_index(drop=True)


def document(store: Store, doc_id: str):
    """One stored document with its sentences (a core.model.Document), or None."""
    from core.store import repository

    with store.reader() as session:
        return repository.load_document(session, doc_id)


def to_facts(frame: pd.DataFrame) -> list[Fact]:
    """The rows of a facts frame as `Fact`s (for exporting exactly what a page shows)."""
    names = {f.name for f in fields(Fact)}
    result = []
    for row in frame.to_dict("records"):
        values = {k: (None if isinstance(v, float) and math.isnan(v) else v)
                  for k, v in row.items() if k in names}
        if values.get("countries"):
            values["countries"] = tuple(values["countries"].split(";"))
        result.append(Fact(**values))
    return result


def search_sentences(store: Store, words: str, limit: int = 50) -> pd.DataFrame:
    """Sentences of any document containing the words, best first, with
    their document's title: columns sentence, doc, start, end, text, title."""
    with store.reader() as session:
        rows = full_text.sentences(session, words, limit)
        titles = dict(session.execute(select(DocumentRow.id, DocumentRow.title).where(
            DocumentRow.id.in_({row[1] for row in rows}))).all()) if rows else {}
    frame = pd.DataFrame(rows, columns=["sentence", "doc", "start", "end", "text"])
    frame["title"] = [titles.get(doc) for doc in frame["doc"]]
    return frame

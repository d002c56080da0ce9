"""Read functions for the pages and the command line: plain filter arguments
in, pandas DataFrames out. No Streamlit here, and no SQL outside core/."""
from __future__ import annotations

import json
import math
from dataclasses import fields

import pandas as pd
from sqlalchemy import func, select

from core.model import Fact
from core.store import Store
from core.store.schema import DocumentRow, FactRow


def documents(store: Store) -> pd.DataFrame:
    """One row per stored document: id, title, published, outlet, facts."""
    query = (select(DocumentRow.id, DocumentRow.title, DocumentRow.published,
                    DocumentRow.outlet, func.count(FactRow.id).label("facts"))
             .outerjoin(FactRow, FactRow.doc_id == DocumentRow.id)
             .group_by(DocumentRow.id, DocumentRow.title, DocumentRow.published,
                       DocumentRow.outlet)
             .order_by(DocumentRow.id))
    with store.reader() as session:
        rows = session.execute(query).all()
    frame = pd.DataFrame(rows, columns=["id", "title", "published", "outlet", "facts"])
    for column in ("title", "published", "outlet"):
        frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    return frame


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
    """A marker that changes whenever documents or facts change: the pages'
    caches are keyed by it."""
    query = select(func.count(DocumentRow.id), func.max(DocumentRow.ingested_at),
                   select(func.count(FactRow.id)).scalar_subquery(),
                   select(func.max(FactRow.id)).scalar_subquery())
    with store.reader() as session:
        row = session.execute(query).one()
    return "|".join(str(value) for value in row)


FACT_COLUMNS = ["id", "doc", "type", "country", "counterpart", "value", "value_high", "unit",
                "currency", "qualifier", "period", "status", "date", "date_end", "framework",
                "label", "holder", "countries", "quote", "start", "end", "boilerplate",
                "confidence", "title", "outlet", "published"]


def facts(store: Store, *, types=None, countries=None, counterparts=None, statuses=None,
          docs=None, date_from: str | None = None, date_to: str | None = None,
          include_boilerplate: bool = True, search: str | None = None,
          limit: int | None = None) -> pd.DataFrame:
    """Facts with their document's title, outlet and publication date.

    Each filter is optional; a list keeps facts whose field is in it. The
    date range applies to a fact's own date (events) or its period, else its
    document's publication date. `search` keeps facts whose quote contains
    the words (case-insensitive), passed to the database as a parameter.
    """
    query = (select(FactRow.id, FactRow.doc_id.label("doc"), FactRow.type, FactRow.country,
                    FactRow.counterpart, FactRow.value, FactRow.value_high, FactRow.unit,
                    FactRow.currency, FactRow.qualifier, FactRow.period, FactRow.status,
                    FactRow.date, FactRow.date_end, FactRow.framework, FactRow.label,
                    FactRow.holder, FactRow.countries, FactRow.quote, FactRow.start, FactRow.end,
                    FactRow.boilerplate, FactRow.confidence, DocumentRow.title,
                    DocumentRow.outlet, DocumentRow.published)
             .join(DocumentRow, DocumentRow.id == FactRow.doc_id)
             .order_by(FactRow.doc_id, FactRow.start, FactRow.id))
    for column, wanted in ((FactRow.type, types), (FactRow.country, countries),
                           (FactRow.counterpart, counterparts), (FactRow.status, statuses),
                           (FactRow.doc_id, docs)):
        if wanted:
            query = query.where(column.in_(list(wanted)))
    if not include_boilerplate:
        query = query.where(FactRow.boilerplate.is_(False))
    when = func.coalesce(FactRow.date, FactRow.period, DocumentRow.published)
    if date_from:
        query = query.where(when >= date_from)
    if date_to:
        query = query.where(when <= date_to + "~")  # "2025" <= "2025-07-01" <= "2025~"
    if search:
        pattern = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(FactRow.quote.ilike(pattern, escape="\\"))
    if limit:
        query = query.limit(limit)
    with store.reader() as session:
        rows = session.execute(query).all()
    frame = pd.DataFrame(rows, columns=FACT_COLUMNS)
    frame["boilerplate"] = frame["boilerplate"].astype(bool)
    frame["countries"] = [";".join(json.loads(c)) if isinstance(c, str) else None
                          for c in frame["countries"]]
    return frame


def timeline(facts_frame: pd.DataFrame) -> pd.DataFrame:
    """The dated facts of a facts frame, each with `when` (a timestamp: the
    first day of the date or period it gives) and `who` (its country, or an
    event's first country)."""
    when = facts_frame["date"].fillna(facts_frame["period"])
    frame = facts_frame[when.notna()].copy()
    frame["when"] = pd.to_datetime(
        [w if len(w) == 10 else (w + "-01" if len(w) == 7 else w + "-01-01")
         for w in when.dropna()], errors="coerce")
    first_party = frame["countries"].fillna("").str.split(";").str[0].replace("", None)
    frame["who"] = frame["country"].fillna(first_party)
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

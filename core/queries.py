"""Read functions for the pages and the command line: plain filter arguments
in, pandas DataFrames out. No Streamlit here, and no SQL outside core/."""
from __future__ import annotations

import pandas as pd
from sqlalchemy import func, select

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
    return pd.DataFrame(rows, columns=["id", "title", "published", "outlet", "facts"])


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
                "label", "holder", "quote", "start", "end", "boilerplate", "confidence",
                "title", "outlet", "published"]


def facts(store: Store, *, types=None, countries=None, counterparts=None, statuses=None,
          docs=None, date_from: str | None = None, date_to: str | None = None,
          include_boilerplate: bool = True, limit: int | None = None) -> pd.DataFrame:
    """Facts with their document's title, outlet and publication date.

    Each filter is optional; a list keeps facts whose field is in it. The
    date range applies to a fact's own date (events) or its period, else its
    document's publication date.
    """
    query = (select(FactRow.id, FactRow.doc_id.label("doc"), FactRow.type, FactRow.country,
                    FactRow.counterpart, FactRow.value, FactRow.value_high, FactRow.unit,
                    FactRow.currency, FactRow.qualifier, FactRow.period, FactRow.status,
                    FactRow.date, FactRow.date_end, FactRow.framework, FactRow.label,
                    FactRow.holder, FactRow.quote, FactRow.start, FactRow.end,
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
    if limit:
        query = query.limit(limit)
    with store.reader() as session:
        rows = session.execute(query).all()
    frame = pd.DataFrame(rows, columns=FACT_COLUMNS)
    frame["boilerplate"] = frame["boilerplate"].astype(bool)
    return frame

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

"""Small pieces several pages show: empty states, source links, fact labels."""
from __future__ import annotations

import math

import pandas as pd
import streamlit as st

from core.normalize.countries import name
from ui import data
from ui.render import TYPE_NAMES, plain

SOURCES_PAGE = "pages/sources.py"


def require_documents() -> pd.DataFrame:
    """The stored documents; on an empty store, say what to do and stop the page."""
    documents = data.documents()
    if documents.empty:
        st.info("The store is empty. Ingest articles with `python -m core ingest PATH` "
                "(or run `make run`, which ingests the bundled seed articles), then reload.")
        st.stop()
    return documents


def source_link(fact: dict, label: str | None = None) -> None:
    """A link to the Sources page with this fact's sentence marked."""
    title = fact.get("title") or fact["doc"]
    text = label or f"{title} — {fact.get('outlet') or 'unknown outlet'}, " \
                    f"{fact.get('published') or 'undated'}"
    st.page_link(SOURCES_PAGE, label=text, icon=":material/article:",
                 query_params={"doc": fact["doc"], "fact": str(int(fact["id"]))})


def quote(fact: dict) -> None:
    """A fact's source sentence as a quotation (Markdown escaped)."""
    st.markdown("> " + plain(fact["quote"]))


def value_text(fact: dict) -> str:
    """A fact's normalised value in words: "over 2% of GDP (actual, 2027)"."""
    kind = fact["type"]
    if kind == "stance":
        holder = f" ({fact['holder']})" if _given(fact.get("holder")) else ""
        return f"{name(fact['country'])}: {fact['label']} toward " \
               f"{name(fact['counterpart'] or 'USA')}{holder}"
    if kind == "membership":
        return f"{name(fact['country'])}: {fact['status']} of {fact['framework']}"
    if kind == "event":
        end = fact.get("date_end")
        return f"{fact['date']}" + (f" to {end}" if _given(end) else "")
    return _figure(fact)


def _given(value) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def _figure(fact: dict) -> str:
    value, high, unit = fact["value"], fact.get("value_high"), fact["unit"]
    number = f"{value:,.4g}" + (f"–{high:,.4g}" if _given(high) else "")
    if unit == "money":
        amount = value
        scale = next(((s, n) for s, n in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
                      if amount >= s), None)
        number = f"{amount / scale[0]:,.4g} {scale[1]}" if scale else f"{amount:,.0f}"
        number = f"{fact.get('currency') or ''} {number}".strip()
    elif unit == "troops":
        number = f"{value:,.0f} troops"
    elif unit == "multiple":
        number = f"{value:g}×"
    else:
        number += {"pct_gdp": "% of GDP", "pct_change": "% change", "pct_share": "% share",
                   "pct_rate": "% rate"}.get(unit, "")
    qualifier = fact.get("qualifier")
    if _given(qualifier) and qualifier != "exact":
        number = f"{qualifier.replace('_', ' ')} {number}"
    who = name(fact["country"]) if _given(fact.get("country")) else ""
    if _given(fact.get("counterpart")):
        who += f" → {name(fact['counterpart'])}"
    extras = [x for x in (fact.get("status"), fact.get("period")) if _given(x)]
    return f"{who}: {number}" + (f" ({', '.join(extras)})" if extras else "")


def type_name(fact_type: str) -> str:
    return TYPE_NAMES.get(fact_type, fact_type)

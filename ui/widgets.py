"""Small pieces several pages show: empty states, source links, fact labels."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from ui import data
from ui.render import plain

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
    """A link to the Sources page with this fact's sentence marked. A `label`
    given is Markdown: its untrusted parts must already be `plain`."""
    title = fact.get("title") or fact["doc"]
    text = label or f"{plain(title)} — {plain(fact.get('outlet') or 'unknown outlet')}, " \
                    f"{plain(fact.get('published') or 'undated')}{page_label(fact, ', ')}"
    st.page_link(SOURCES_PAGE, label=text, icon=":material/article:",
                 query_params={"doc": fact["doc"], "fact": str(int(fact["id"]))})


def page_label(fact: dict, before: str = " · ") -> str:
    """"p. N" for a fact read from a PDF (its sentence's page), else ""."""
    page = fact.get("page")
    return f"{before}p. {int(page)}" if isinstance(page, (int, float)) and page == page else ""


def quote(fact: dict) -> None:
    """A fact's source sentence as a quotation (Markdown escaped)."""
    st.markdown("> " + plain(fact["quote"]))



"""Small pieces several pages show: empty states, source links, fact labels."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from core.describe import citation, given
from ui import data
from ui.errors import shown_as_a_message
from ui.render import plain

SOURCES_PAGE = "pages/sources.py"


def require_documents() -> pd.DataFrame:
    """The stored documents; on an empty store, say what to do and stop the
    page. A store that cannot be read stops the page with the short message
    of ui.errors, even where the page runs outside app.py's own handler."""
    documents = None
    with shown_as_a_message():
        documents = data.documents()
    if documents is None:
        st.stop()
    if documents.empty:
        st.info("The store is empty. Ingest articles with `python -m core ingest PATH` "
                "(or run `make run`, which ingests the bundled seed articles), then reload.")
        st.stop()
    return documents


def source_label(fact: dict) -> str:
    """A fact's source as people cite it: title, outlet, date, each "not
    stated" when absent; the document's file name only where there is no title."""
    text = citation(fact.get("title"), fact.get("outlet"), fact.get("published"))
    return text if given(fact.get("title")) else f"{text} (file {fact['doc']})"


def source_link(fact: dict, label: str | None = None) -> None:
    """A link to the Sources page with this fact's sentence marked. A `label`
    given is Markdown: its untrusted parts must already be `plain`."""
    st.page_link(SOURCES_PAGE, label=label or plain(source_label(fact)) + page_label(fact, ", "),
                 icon=":material/article:",
                 query_params={"doc": fact["doc"], "fact": str(int(fact["id"]))})


def page_label(fact: dict, before: str = " · ") -> str:
    """"p. N" for a fact read from a PDF (its sentence's page), else ""."""
    page = fact.get("page")
    return f"{before}p. {int(page)}" if isinstance(page, (int, float)) and page == page else ""


def quote(fact: dict) -> None:
    """A fact's source sentence as a quotation (Markdown escaped)."""
    st.markdown("> " + plain(fact["quote"]))



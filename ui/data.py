"""The pages' only way to data: core.queries behind st.cache_data.

The cache is keyed by the store's URL and its change marker, so a page shows
new facts as soon as an ingest or re-extraction has committed them.
"""
from __future__ import annotations

import streamlit as st

from core import queries
from core.store import Store


@st.cache_resource
def store() -> Store:
    return Store()


@st.cache_data(show_spinner=False)
def _documents(url: str, version: str):
    return queries.documents(store())


def documents():
    s = store()
    return _documents(s.url, queries.version(s))

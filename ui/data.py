"""The pages' only way to data: core functions behind st.cache_data.

Every cached call is keyed by the store's URL and its change marker
(`core.queries.version`), so a page shows new facts as soon as an ingest or
re-extraction has committed them, and repeated reruns cost no queries.
"""
from __future__ import annotations

import streamlit as st

from core import profiles, queries, settings
from core.store import Store


@st.cache_resource(show_spinner=False)
def _store(url: str) -> Store:
    return Store(url)


def store() -> Store:
    return _store(settings.db_url())


def _key() -> tuple[str, str]:
    s = store()
    return s.url, queries.version(s)


@st.cache_data(show_spinner=False, max_entries=8)
def _documents(url: str, version: str):
    return queries.documents(_store(url))


@st.cache_data(show_spinner=False, max_entries=32)
def _facts(url: str, version: str, filters: tuple):
    return queries.facts(_store(url), **dict(filters))


@st.cache_data(show_spinner=False, max_entries=8)
def _overview(url: str, version: str):
    return queries.overview(_store(url))


@st.cache_data(show_spinner=False, max_entries=64)
def _count(url: str, version: str, filters: tuple):
    return queries.count_facts(_store(url), **dict(filters))


@st.cache_data(show_spinner=False, max_entries=32)
def _distinct(url: str, version: str, column: str):
    return queries.distinct(_store(url), column)


@st.cache_data(show_spinner=False, max_entries=8)
def _countries(url: str, version: str):
    return profiles.countries(_store(url))


@st.cache_data(show_spinner=False, max_entries=64)
def _profile(url: str, version: str, country: str):
    return profiles.profile(_store(url), country)


@st.cache_data(show_spinner=False, max_entries=8)
def _measures(url: str, version: str):
    return profiles.measures(_store(url))


@st.cache_data(show_spinner=False, max_entries=32)
def _document(url: str, version: str, doc_id: str):
    return queries.document(_store(url), doc_id)


@st.cache_data(show_spinner=False, max_entries=32)
def _search_sentences(url: str, version: str, words: str):
    return queries.search_sentences(_store(url), words)


def search_sentences(words: str):
    return _search_sentences(*_key(), words)


def documents():
    return _documents(*_key())


def _frozen(filters: dict) -> tuple:
    return tuple(sorted((k, tuple(v) if isinstance(v, (list, set, tuple)) else v)
                        for k, v in filters.items()))


def facts(**filters):
    """Facts matching `filters` (see core.queries.facts)."""
    return _facts(*_key(), _frozen(filters))


def count(**filters) -> int:
    return _count(*_key(), _frozen(filters))


def distinct(column: str) -> list:
    return _distinct(*_key(), column)


def overview() -> dict:
    return _overview(*_key())


def countries():
    return _countries(*_key())


def profile(country: str):
    return _profile(*_key(), country)


def measures():
    return _measures(*_key())


def document(doc_id: str):
    return _document(*_key(), doc_id)

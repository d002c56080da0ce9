"""The pages' only way to data: core functions behind st.cache_data.

Every call is cached under the function's name, its arguments, the store's
URL and the store's change marker (`core.queries.version`), so a page shows
new facts once an ingest or re-extraction has committed them, and reruns cost
no queries. The marker itself is read at most every two seconds, not once
per call. With TRACKER_READ_ONLY set the store is opened read-only, so no
page can write to it.
"""
from __future__ import annotations

import streamlit as st

from core import changes, profiles, queries, settings
from core.store import Store

_FUNCTIONS = {
    "documents": queries.documents, "facts": queries.facts, "count": queries.count_facts,
    "distinct": queries.distinct, "overview": queries.overview,
    "document": queries.document, "search_sentences": queries.search_sentences,
    "countries": profiles.countries, "profile": profiles.profile,
    "measures": profiles.measures, "digest": changes.digest,
    "changed_countries": changes.changed_countries, "stance_history": changes.stance_history,
}


@st.cache_resource(show_spinner=False)
def _open(url: str, read_only: bool) -> Store:
    return Store(url, read_only=read_only)


def _store(url: str) -> Store:
    return _open(url, settings.read_only())


def store() -> Store:
    return _store(settings.db_url())


@st.cache_data(show_spinner=False, max_entries=256)
def _call(name: str, url: str, version: str, args: tuple, kwargs: tuple):
    return _FUNCTIONS[name](_store(url), *args, **dict(kwargs))


def _frozen(value):
    return tuple(value) if isinstance(value, (list, set, tuple)) else value


@st.cache_data(show_spinner=False, ttl=2)
def _version(url: str) -> str:
    return queries.version(_store(url))


def _cached(name: str):
    def call(*args, **kwargs):
        url = store().url
        frozen = tuple(sorted((k, _frozen(v)) for k, v in kwargs.items()))
        return _call(name, url, _version(url), args, frozen)

    call.__name__ = name
    call.__doc__ = f"core's {name}, cached (see the module docstring)."
    return call


documents = _cached("documents")
facts = _cached("facts")
count = _cached("count")
distinct = _cached("distinct")
overview = _cached("overview")
document = _cached("document")
search_sentences = _cached("search_sentences")
countries = _cached("countries")
profile = _cached("profile")
measures = _cached("measures")
digest = _cached("digest")
changed_countries = _cached("changed_countries")
stance_history = _cached("stance_history")


def changed() -> None:
    """After this session wrote to the store (Add articles, a review): read
    the change marker again now, so every page shows the change at once."""
    _version.clear()

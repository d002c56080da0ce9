"""Review controls shared by the Facts and Sources pages: who is reviewing,
a fact's state and history with accept / correct / reject, and a form to add
a fact the extractor missed from one of an article's sentences.

Every write goes through core.store.reviews in one transaction, carrying the
step of the fact's history the reviewer was looking at, so a change made by
someone else in the meantime is shown instead of being overwritten.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from core import settings
from core.describe import type_name
from core.model import FACT_TYPES
from core.store import reviews
from ui import data
from ui.render import plain

STATE_WORDS = {None: "unreviewed", "accepted": "accepted", "corrected": "corrected",
               "rejected": "rejected", "added": "added by a reviewer"}
#: The Facts page's review filter (core.queries.REVIEW_SCOPES) in words.
SCOPES = {"default": "all but rejected", "reviewed": "reviewed only", "all": "all, rejected too"}
_FIELDS = ("country", "counterpart", "value", "value_high", "unit", "currency", "qualifier",
           "period", "status", "date", "date_end", "framework", "label", "holder")


def state_words(fact: dict) -> str:
    """A fact's review state in words ("unreviewed" when none)."""
    state = fact.get("review")
    return STATE_WORDS.get(state if isinstance(state, str) else None, "unreviewed")


def reviewer() -> str | None:
    """Who is reviewing: the user a reverse proxy vouches for (the header
    named by TRACKER_REVIEWER_HEADER), else the name given once in this
    browser session (asked for in the sidebar). None in read-only mode, where
    nobody can review. Call it once per page run."""
    if settings.read_only():
        return None
    header = settings.REVIEWER_HEADER.get()
    vouched = st.context.headers.get(header) if header else None
    if vouched:
        st.sidebar.caption(f"Reviewing as {plain(vouched)}")
        return vouched
    name = st.sidebar.text_input("Your name (kept with each review)",
                                 value=st.session_state.get("reviewer", ""), key="reviewer_name")
    st.session_state["reviewer"] = name.strip()
    return name.strip() or None


def _history_table(changes: list[reviews.Change]) -> pd.DataFrame:
    return pd.DataFrame([{
        "step": c.seq, "state": STATE_WORDS.get(c.state, c.state), "reviewer": c.reviewer or "",
        "when (UTC)": c.at.isoformat(sep=" ", timespec="minutes"), "reason": c.reason or "",
        "changed": ", ".join(f"{k}: {(c.before or {}).get(k)} → {v}" for k, v in
                             (c.after or {}).items() if (c.before or {}).get(k) != v
                             and k in _FIELDS)} for c in changes])


def fact_panel(fact: dict, key: str, name: str | None) -> None:
    """State, history and, for a named reviewer (see `reviewer`), review
    buttons for one fact (a row of queries.facts), under widget keys prefixed
    with `key`."""
    store = data.store()
    with store.reader() as session:
        fact_key = reviews.key_of(session, int(fact["id"]))
        changes = reviews.history(session, fact["doc"], fact_key) if fact_key else []
    seen = changes[-1].seq if changes else 0
    st.markdown(f"**Review state:** {state_words(fact)}")
    if changes:
        st.dataframe(_history_table(changes), hide_index=True, width="stretch",
                     key=f"{key}_history")
    if settings.read_only() or fact_key is None:
        return
    if not name:
        st.info("Give your name in the sidebar to review facts.")
        return
    reason = st.text_input("Reason (kept in the history)", key=f"{key}_reason")
    accept, reject = st.columns(2)
    if accept.button("Accept", key=f"{key}_accept"):
        _write(lambda s: reviews.record(s, fact["doc"], fact_key, "accepted", reviewer=name,
                                        reason=reason or None, expected=seen))
    if reject.button("Reject", key=f"{key}_reject", disabled=not reason.strip(),
                     help="Say why in the reason box first"):
        _write(lambda s: reviews.record(s, fact["doc"], fact_key, "rejected", reviewer=name,
                                        reason=reason, expected=seen))
    with st.form(f"{key}_correct"):
        st.caption("Correct the fact (the quote stays the sentence's)")
        edited = {field: st.text_input(field, value=_shown(fact.get(field)),
                                       key=f"{key}_field_{field}") for field in _FIELDS}
        if st.form_submit_button("Save correction", key=f"{key}_save"):
            changes_made = {f: v for f, v in edited.items() if v != _shown(fact.get(f))}
            _write(lambda s: reviews.record(s, fact["doc"], fact_key, "corrected", reviewer=name,
                                            reason=reason or None, changes=changes_made,
                                            expected=seen))


def add_fact_form(doc_id: str, sentences: list[tuple[int, str]], key: str,
                  name: str | None) -> None:
    """A form that adds a fact read from one of the document's sentences
    (index, text): the quote and offsets come from the sentence."""
    if settings.read_only() or not sentences:
        return
    with st.expander("Add a fact the extractor missed"):
        if not name:
            st.info("Give your name in the sidebar to add facts.")
            return
        with st.form(f"{key}_add"):
            texts = dict(sentences)
            index = st.selectbox("Sentence", list(texts), key=f"{key}_sentence",
                                 format_func=lambda i: f"{i}: {texts[i][:120]}")
            kind = st.selectbox("Type", FACT_TYPES, format_func=type_name, key=f"{key}_type")
            fields = {field: st.text_input(field, key=f"{key}_new_{field}") for field in _FIELDS}
            reason = st.text_input("Reason (kept in the history)", key=f"{key}_add_reason")
            if st.form_submit_button("Add fact", key=f"{key}_button"):
                _write(lambda s: reviews.add_fact(
                    s, doc_id, index, {"type": kind, **{f: v for f, v in fields.items() if v}},
                    reviewer=name, reason=reason or None))


def _shown(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


def _write(change) -> None:
    """Run one review change in a transaction and say how it went."""
    try:
        with data.store().transaction() as session:
            done = change(session)
    except reviews.ReviewConflict as conflict:
        latest = conflict.latest
        st.warning(f"{conflict}. Their change: {STATE_WORDS.get(latest.state, latest.state)}"
                   f"{' — ' + latest.reason if latest and latest.reason else ''}."
                   if latest else str(conflict))
        return
    except reviews.ReviewError as error:
        st.error(str(error))
        return
    st.toast(f"Saved: {STATE_WORDS.get(done.state, done.state)} by {done.reviewer}.")
    data.changed()
    st.rerun()

"""What's new: facts first seen since a time, grouped by country and type,
each with its quote and source; watchlists (saved filters) with their counts
of new facts; countries whose stance has changed side."""
from datetime import datetime

import streamlit as st

from core import changes, settings
from core.describe import fact_text, type_name
from core.export import digest as digest_export
from core.model import FACT_TYPES
from core.normalize.countries import name
from ui import data, params
from ui.navigation import through_app
from ui.render import plain
from ui.widgets import require_documents, source_link

PERIODS = {"24h": "the last 24 hours", "7d": "the last 7 days", "30d": "the last 30 days",
           "3m": "the last 3 months"}

through_app()
st.title("What's new")
require_documents()
store = data.store()

watchlists = changes.watchlists(store)
names = [w.name for w in watchlists]
with st.sidebar:
    st.header("Watchlists")
    if watchlists:
        for item in watchlists:
            st.markdown(f"**{plain(item.name)}**: {changes.new_count(store, item)} new "
                        f"since last viewed · {plain(item.filters.summary())}")
    else:
        st.caption("None yet: choose filters on this page and save them as a watchlist.")

chosen = params.get_one("watch", names)
watch = st.selectbox("Watchlist", [None, *names], index=([None, *names].index(chosen)),
                     format_func=lambda n: "No watchlist: choose filters" if n is None else n,
                     key="wn_watch")
if watch:
    item = next(w for w in watchlists if w.name == watch)
    filters = item.filters
    start = item.viewed_at or datetime(1970, 1, 1)
    st.caption(f"New since this watchlist was last viewed "
               f"({start.isoformat(sep=' ', timespec='minutes') if item.viewed_at else 'never'})"
               f": {plain(filters.summary())}")
    period = None
else:
    period = st.radio("First seen in", list(PERIODS), format_func=PERIODS.get, horizontal=True,
                      index=list(PERIODS).index(params.get_one("since", PERIODS) or "7d"),
                      key="wn_since")
    all_countries = data.distinct("country")
    countries = st.multiselect("Countries (as subject, counterpart or party)", all_countries,
                               default=params.get_list("country", all_countries),
                               format_func=name, key="wn_country")
    types = st.multiselect("Types", FACT_TYPES, default=params.get_list("type", FACT_TYPES),
                           format_func=type_name, key="wn_type")
    words = st.text_input("Words in the quote", value=params.get_text("q"), key="wn_words")
    filters = changes.Filters(tuple(countries), tuple(types), words.strip())
    start = changes.since(period).replace(second=0, microsecond=0)  # one cache entry a minute
params.put(watch=watch, since=period,
           country=list(filters.countries) if not watch else None,
           type=list(filters.types) if not watch else None,
           q=filters.words if not watch else None)

new = data.digest(start, filters)
st.subheader(f"{len(new)} new fact{'s' if len(new) != 1 else ''}")
if new.empty:
    st.info("Nothing new for these filters in this period.")
for (country, kind), group in new.groupby(["country", "type"], sort=False):
    st.markdown(f"#### {plain(name(country) if country else 'No single country')} · "
                f"{plain(type_name(kind))}")
    for fact in group.to_dict("records"):
        note = " · an older article, first ingested now" if fact["old_article"] else ""
        matched = f" · matched {fact['matched']}" if fact["matched"] else ""
        st.markdown(f"{plain(fact_text(fact))}  \n“{plain(fact['quote'])}”")
        st.caption(plain(f"first seen {fact['first_seen']:%Y-%m-%d %H:%M}{note}{matched}"))
        source_link(fact)

if not new.empty:
    title = f"Watchlist “{watch}”: new facts" if watch else "New facts"
    columns = st.columns(3)
    for column, fmt, mime in zip(columns, digest_export.FORMATS,
                                 ("text/markdown", "application/atom+xml", "text/csv")):
        column.download_button(f"Digest ({fmt})",
                               lambda fmt=fmt: digest_export.render(new, fmt, title, start),
                               file_name=f"digest.{fmt}", mime=mime, key=f"wn_dl_{fmt}")

if not settings.read_only():
    if watch:
        if st.button("Mark as viewed: count from now on", key="wn_viewed"):
            changes.mark_viewed(store, watch)
            st.rerun()
    else:
        label = st.text_input("Save these filters as a watchlist named", key="wn_name")
        if st.button("Save watchlist", key="wn_save_button", disabled=not label.strip()):
            changes.save_watchlist(store, label, filters)
            st.rerun()

st.subheader("Stances that changed side")
WINDOWS = ["3", "6", "12", "24", "60"]
months = int(st.select_slider("Changed within the last", WINDOWS,
                              value=params.get_one("months", WINDOWS) or "12",
                              format_func=lambda m: f"{m} months", key="wn_months"))
params.put(months=str(months) if months != 12 else None)
changed = data.changed_countries(months=months)
if not changed:
    st.caption("No country's latest stances differ in side from its earlier ones.")
for code, change in changed.items():
    st.markdown(f"**{plain(name(code))}**: {changes.SIDE_WORDS[change.before]} → "
                f"{changes.SIDE_WORDS[change.after]} ({plain(change.when)})")
    before, after = st.columns(2)
    before.caption(plain(f"Before ({change.before_fact['when']}): “{change.before_fact['quote']}”"))
    after.caption(plain(f"Now ({change.after_fact['when']}): “{change.after_fact['quote']}”"))

"""Overview: what the store holds, the newest facts, a map at a glance."""
import pandas as pd
import streamlit as st

from core import mapping
from core.describe import fact_text, type_name
from ui import data, maps
from ui.navigation import through_app
from ui.render import plain
from ui.widgets import require_documents, source_link

through_app()

st.title("Indo-Pacific Alliance Tracker")
st.caption("US alliances in the Indo-Pacific, read from the news. Every fact links to the "
           "sentence it came from.")

documents = require_documents()
held = data.overview()

cols = st.columns(4)
cols[0].metric("Documents", f"{held['documents']:,}")
cols[1].metric("Facts", f"{held['facts']:,}")
cols[2].metric("Countries", held["countries"])
cols[3].metric("Dates covered",
               f"{held['first'][:4]}–{held['last'][:4]}" if held["first"] else "—")

left, right = st.columns([3, 2])
with left:
    st.subheader("Stance at a glance")
    frame = mapping.map_frame(data.measures(), "stance")
    st.pydeck_chart(maps.deck(frame, height=360), height=360)
    st.html(maps.legend("stance", frame))
    st.page_link("pages/map.py", label="Open the full map", icon=":material/map:")
with right:
    st.subheader("Facts by type")
    by_type = pd.DataFrame({"type": [type_name(t) for t in held["by_type"]],
                            "facts": list(held["by_type"].values())})
    st.dataframe(by_type, hide_index=True, width="stretch")
    st.page_link("pages/facts.py", label="Browse and download all facts",
                 icon=":material/table:")
    st.page_link("pages/countries.py", label="Country stance cards", icon=":material/flag:")
    st.page_link("pages/timeline.py", label="Timeline of events", icon=":material/timeline:")

st.subheader("Newest facts")
st.caption("From the most recently published sources.")
for fact in data.facts(limit=8, recent_sources=True, include_boilerplate=False) \
        .to_dict("records"):
    st.markdown(f"**{type_name(fact['type'])}** · {plain(fact_text(fact))}")
    source_link(fact)

st.subheader("Documents")
if len(documents) > 1000:
    st.caption(f"The first 1,000 of {len(documents):,} documents; the Sources page opens any.")
st.dataframe(documents.head(1000).rename(columns={"id": "Document", "title": "Title",
                                       "published": "Published", "outlet": "Outlet",
                                       "facts": "Facts"}),
             hide_index=True, width="stretch")

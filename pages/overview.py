"""Overview: what the store holds, the newest facts, a map at a glance."""
import streamlit as st

from core import mapping
from core.describe import fact_text, type_name
from ui import data, maps
from ui.navigation import through_app
from ui.widgets import require_documents, source_link

through_app()

st.title("Indo-Pacific Alliance Tracker")
st.caption("US alliances in the Indo-Pacific, read from the news. Every fact links to the "
           "sentence it came from.")

documents = require_documents()
facts = data.facts()
countries = data.countries()
dated = facts["date"].dropna().tolist() + facts["published"].dropna().tolist()

cols = st.columns(4)
cols[0].metric("Documents", len(documents))
cols[1].metric("Facts", len(facts))
cols[2].metric("Countries", len(countries))
cols[3].metric("Dates covered", f"{min(dated)[:4]}–{max(dated)[:4]}" if dated else "—")

left, right = st.columns([3, 2])
with left:
    st.subheader("Stance at a glance")
    frame = mapping.map_frame(data.measures(), "stance")
    st.pydeck_chart(maps.deck(frame, height=360), height=360)
    st.html(maps.legend("stance", frame))
    st.page_link("pages/map.py", label="Open the full map", icon=":material/map:")
with right:
    st.subheader("Facts by type")
    by_type = facts.groupby("type").size().rename("facts").reset_index()
    by_type["type"] = by_type["type"].map(type_name)
    st.dataframe(by_type, hide_index=True, width="stretch")
    st.page_link("pages/facts.py", label="Browse and download all facts",
                 icon=":material/table:")
    st.page_link("pages/countries.py", label="Country stance cards", icon=":material/flag:")
    st.page_link("pages/timeline.py", label="Timeline of events", icon=":material/timeline:")

st.subheader("Newest facts")
newest = facts.assign(_when=facts["published"].fillna("")).sort_values(
    ["_when", "id"], ascending=False).head(8)
for fact in newest.to_dict("records"):
    st.markdown(f"**{type_name(fact['type'])}** · {fact_text(fact)}")
    source_link(fact)

st.subheader("Documents")
st.dataframe(documents.rename(columns={"id": "Document", "title": "Title",
                                       "published": "Published", "outlet": "Outlet",
                                       "facts": "Facts"}),
             hide_index=True, width="stretch")

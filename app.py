"""Overview: what the store holds, and where to go next."""
import streamlit as st

from ui import data

st.set_page_config(page_title="Indo-Pacific Alliance Tracker", layout="wide")
st.title("Indo-Pacific Alliance Tracker")
st.caption("US alliances in the Indo-Pacific, read from the news; every fact links to its source sentence.")

documents = data.documents()
if documents.empty:
    st.info("The store is empty. Ingest articles with `python -m core ingest PATH` "
            "(or run `make run`, which ingests the bundled seed articles).")
    st.stop()

st.subheader(f"{len(documents)} documents")
st.dataframe(
    documents.rename(columns={"id": "Document", "title": "Title", "published": "Published",
                              "outlet": "Outlet", "facts": "Facts"}),
    hide_index=True, width="stretch")

"""The dashboard's entry point: page setup and navigation. Each page in
pages/ renders what ui.data returns; none holds SQL or business rules."""
import streamlit as st

from ui import layout

st.set_page_config(page_title="Indo-Pacific Alliance Tracker",
                   layout="wide")
layout.apply()

PAGES = [
    st.Page("pages/overview.py", title="Overview", default=True),
    st.Page("pages/map.py", title="Map"),
    st.Page("pages/timeline.py", title="Timeline"),
    st.Page("pages/countries.py", title="Countries"),
    st.Page("pages/sources.py", title="Sources"),
    st.Page("pages/facts.py", title="Facts"),
]

st.navigation(PAGES).run()

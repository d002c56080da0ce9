"""The dashboard's entry point: page setup and navigation. Each page in
pages/ renders what ui.data returns; none holds SQL or business rules. A page
that fails shows a short message, never a traceback (ui.errors)."""
import streamlit as st

from core import settings
from ui import layout
from ui.errors import shown_as_a_message
from ui.navigation import routed

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
    st.Page("pages/whats_new.py", title="What's new"),
]

routed()
with shown_as_a_message():
    # Adding articles is offered only where the store can be written.
    if not settings.read_only():
        PAGES.append(st.Page("pages/add.py", title="Add articles"))
    st.navigation(PAGES).run()

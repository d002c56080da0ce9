"""The dashboard's entry point: page setup and navigation. Each page in
pages/ renders what ui.data returns; none holds SQL or business rules."""
import streamlit as st

st.set_page_config(page_title="Indo-Pacific Alliance Tracker", page_icon=":material/public:",
                   layout="wide")

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("pages/map.py", title="Map", icon=":material/map:"),
    st.Page("pages/timeline.py", title="Timeline", icon=":material/timeline:"),
    st.Page("pages/countries.py", title="Countries", icon=":material/flag:"),
    st.Page("pages/sources.py", title="Sources", icon=":material/article:"),
    st.Page("pages/facts.py", title="Facts", icon=":material/table:"),
]

st.navigation(PAGES).run()

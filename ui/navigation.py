"""Making every page go through app.py's navigation.

With a `pages/` folder beside `app.py`, Streamlit starts in its legacy
multipage mode and leaves it only once `st.navigation` has run. A shared
link opened first on a fresh server (`/countries?country=KOR`) would be
served straight from `pages/countries.py`, without app.py's page setup and
with a sidebar of raw file names. Each page calls `through_app()` first: in
that case it turns the legacy mode off and reruns, so app.py runs, routes to
the same page and keeps the link's query parameters. Once app.py has run
in a session (`routed()`), no page reruns itself: a rerun would drop the
click that started the run.
"""
import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

_ROUTED = "_routed_through_app"


def routed() -> None:
    """Called by app.py before it runs the page."""
    st.session_state[_ROUTED] = True


def through_app() -> None:
    if PagesManager.uses_pages_directory and not st.session_state.get(_ROUTED):
        PagesManager.uses_pages_directory = False
        st.rerun()

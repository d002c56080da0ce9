"""Page-wide layout rules, as fixed CSS (never built from article text):
source links wrap instead of being cut off at phone width, and the Sources
page's side list of facts stays in view while the article scrolls."""
import streamlit as st

PAGE_STYLE = """<style>
[data-testid="stPageLink-NavLink"], [data-testid="stPageLink-NavLink"] * {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
  height: auto !important;
}
div[data-testid="stColumn"]:has(.st-key-fact_list) {
  position: sticky; top: 3.75rem; align-self: flex-start; max-height: calc(100vh - 4.5rem);
  overflow-y: auto;
}
</style>"""


def apply() -> None:
    """Add the page-wide rules (app.py calls this before every page)."""
    st.html(PAGE_STYLE)

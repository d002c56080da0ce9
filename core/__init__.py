"""Indo-Pacific Alliance Tracker: the core (ingest, extraction, store,
queries, exports). Free of Streamlit: the pages in app.py and pages/ render
what core.queries returns."""

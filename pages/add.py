"""Add articles: upload files (.txt, .md, .html, .pdf, .docx) or paste a text
with its title, outlet, date and URL. Each goes through the same ingest as
`python -m core ingest` and gets its own result, with a link to the stored
document. Not offered when the store is read-only (TRACKER_READ_ONLY)."""
import streamlit as st

from core import settings
from core.ingest import uploads
from core.ingest.reading import SUFFIXES
from ui import data
from ui.navigation import through_app
from ui.render import plain

through_app()

st.title("Add articles")
if settings.read_only():
    st.info("The store is read-only here (TRACKER_READ_ONLY), so articles cannot be added.")
    st.stop()

MAX_BYTES = settings.max_bytes()
MAX_TOTAL = settings.max_upload_bytes()
RESULTS = "add_results"


def _show(outcomes) -> None:
    """One line per file: what happened, why, and a link to the document."""
    for outcome in outcomes:
        name = plain(outcome.path)
        if outcome.status == "failed":
            st.error(f"**{name}**: refused: {plain(outcome.reason or '')}",
                     icon=":material/block:")
            continue
        said = {"ingested": f"stored with {outcome.facts} facts",
                "replaced": f"replaced the stored version; now {outcome.facts} facts",
                "unchanged": "unchanged: this text is stored already"}[outcome.status]
        st.success(f"**{name}**: {said}", icon=":material/check_circle:")
        for note in outcome.notes:
            st.caption(plain(note))
        st.page_link("pages/sources.py", label=f"Open {plain(outcome.doc_id)} in Sources",
                     icon=":material/article:", query_params={"doc": outcome.doc_id})


def _run(files) -> list:
    bar = st.progress(0.0, text="Adding…")

    def step(done: int, name: str) -> None:
        bar.progress(done / len(files), text=f"Reading {plain(name)} ({done + 1} of {len(files)})")

    outcomes = uploads.add_files(data.store(), files, max_bytes=MAX_BYTES, max_total=MAX_TOTAL,
                                 progress=step)
    bar.progress(1.0, text=f"Done: {len(files)} file(s)")
    data.changed()
    return outcomes


upload, paste = st.tabs(["Upload files", "Paste text"])
with upload:
    with st.form("add_files", clear_on_submit=True):
        chosen = st.file_uploader(
            "Article files", type=sorted(s.lstrip(".") for s in SUFFIXES),
            accept_multiple_files=True,
            help=f"Up to {MAX_BYTES:,} bytes a file and {MAX_TOTAL:,} bytes an upload.")
        if st.form_submit_button("Store the files", type="primary") and chosen:
            st.session_state[RESULTS] = _run([(f.name, f.getvalue()) for f in chosen])
with paste:
    with st.form("add_text"):
        text = st.text_area("Article text", height=240)
        title = st.text_input("Title (optional)")
        left, right = st.columns(2)
        outlet = left.text_input("Outlet (optional)")
        published = right.text_input("Published (optional, YYYY-MM-DD)")
        url = st.text_input("URL (optional)")
        pressed = st.form_submit_button("Store the text", type="primary")
        if pressed and text.strip():
            outcome = uploads.add_text(data.store(), text, max_bytes=MAX_BYTES, title=title,
                                       outlet=outlet, published=published, url=url)
            data.changed()
            st.session_state[RESULTS] = [outcome]

if st.session_state.get(RESULTS):
    st.subheader("Results")
    _show(st.session_state[RESULTS])

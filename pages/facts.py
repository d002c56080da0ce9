"""Facts: one filterable, searchable table of every fact — the fact in
words, its full quote, status and date, whether it was read from
boilerplate, how confident the rules are, its source, and a link to its
sentence — with CSV and JSONL downloads of exactly the rows and columns shown."""
import streamlit as st

from core import queries
from core.describe import fact_text, given, span_text, type_name, when_text
from core.export import facts as export_facts
from core.model import FACT_TYPES
from core.normalize.countries import name
from ui import data, params, review
from ui.navigation import through_app
from ui.render import plain
from ui.widgets import quote, require_documents, source_label, source_link

SHOWN_AT_MOST = 5000
TABLE_HEIGHT = 640  # about 17 rows; fewer rows, a shorter table

through_app()

st.title("Facts")
documents = require_documents()
total = data.overview()["facts"]
if not total:
    st.info("No facts have been extracted yet. Ingest articles, or run "
            "`python -m core reextract` after changing the rules.")
    st.stop()
titles = {d: t if given(t) else f"title not stated (file {d})"
          for d, t in zip(documents["id"], documents["title"])}


def options(column, by_name=False):
    values = data.distinct(column)
    return sorted(values, key=name) if by_name else values


FILTERS = ("type", "country", "counterpart", "status", "doc", "from", "to", "bp", "reviews")
with st.expander("Filter facts: type, country, counterpart, status, source, dates, boilerplate",
                 expanded=any(f in st.query_params for f in FILTERS)):
    first, second, third = st.columns(3)
    types = first.multiselect("Type", [t for t in FACT_TYPES if t in set(options("type"))],
                              default=params.get_list("type", FACT_TYPES), format_func=type_name,
                              key="f_type")
    countries = second.multiselect("Country", options("country", True),
                                   default=params.get_list("country", options("country")),
                                   format_func=name, key="f_country")
    counterparts = third.multiselect("Counterpart", options("counterpart", True),
                                     default=params.get_list("counterpart",
                                                             options("counterpart")),
                                     format_func=name, key="f_counterpart")
    statuses = first.multiselect("Status", options("status"),
                                 default=params.get_list("status", options("status")),
                                 key="f_status")
    docs = second.multiselect("Source", sorted(options("doc"), key=lambda d: titles.get(d, d)),
                              default=params.get_list("doc", options("doc")),
                              format_func=lambda d: titles.get(d, d), key="f_doc")
    date_from = third.text_input("From (YYYY, YYYY-MM or YYYY-MM-DD)",
                                 value=params.get_date("from") or "", key="f_from")
    date_to = third.text_input("To", value=params.get_date("to") or "", key="f_to")
    boilerplate = first.checkbox("Include boilerplate", value=params.get_one("bp", ["0"]) != "0",
                                 key="f_bp")
    scope = second.selectbox("Review state", list(review.SCOPES),
                             index=list(review.SCOPES).index(
                                 params.get_one("reviews", review.SCOPES) or "default"),
                             format_func=review.SCOPES.get, key="f_reviews")
search = st.text_input("Search the quotes (all words; \"troop\" also finds \"troops\")",
                       value=params.get_text("q"), key="f_search",
                       placeholder="e.g. host-nation support")

valid_from = params.valid_date(date_from)
valid_to = params.valid_date(date_to)
for label, raw, valid in (("From", date_from, valid_from), ("To", date_to, valid_to)):
    if raw and not valid:
        st.warning(f"{label} date “{plain(raw)}” is not YYYY, YYYY-MM or YYYY-MM-DD (or not "
                   "a real date); it is ignored.")
params.put(type=types, country=countries, counterpart=counterparts, status=statuses, doc=docs,
           q=search.strip(), bp=None if boilerplate else "0",
           reviews=None if scope == "default" else scope,
           **{"from": valid_from, "to": valid_to})

filters = dict(types=types, countries=countries, counterparts=counterparts, statuses=statuses,
               docs=docs, date_from=valid_from, date_to=valid_to,
               include_boilerplate=boilerplate, search=search.strip() or None, reviews=scope)
matching = data.count(**filters)
shown = data.facts(limit=SHOWN_AT_MOST, **filters)
if matching > len(shown):
    st.caption(f"Showing the first {len(shown):,} of {matching:,} matching facts "
               f"({total:,} in all): narrow the filters to see the rest, or export them all "
               "with `python -m core export`.")
else:
    st.caption(f"{matching:,} of {total:,} facts. Select a row to read its whole quote and "
               "open its sentence; the Sentence column opens it in a new tab.")
if shown.empty:
    st.info("No facts match these filters. Clear a filter or change the search.")
    st.stop()

records = shown.to_dict("records")
table = shown.assign(
    fact=[fact_text(f) for f in records],
    type_name=shown["type"].map(type_name),
    country_name=[name(c) if given(c) else "" for c in shown["country"]],
    counterpart_name=[name(c) if given(c) else "" for c in shown["counterpart"]],
    status=[s if given(s) else "" for s in shown["status"]],
    when=[span_text(f["date"] if given(f["date"]) else f["period"], f["date_end"])
          for f in records],
    title=[t if given(t) else "not stated" for t in shown["title"]],
    outlet=[o if given(o) else "not stated" for o in shown["outlet"]],
    published=[when_text(p) or "not stated" for p in shown["published"]],
    review_state=[review.state_words(f) for f in records],
    sentence=[f"/sources?doc={f['doc']}&fact={int(f['id'])}" for f in records])
COLUMNS = {
    "fact": st.column_config.TextColumn("Fact", width="medium"),
    "quote": st.column_config.TextColumn("Quote", width="large",
                                         help="Select the row to read the whole quote"),
    "type_name": "Type", "country_name": "Country", "counterpart_name": "Counterpart",
    "status": "Status", "when": "Date or period",
    "boilerplate": st.column_config.CheckboxColumn("Boilerplate",
                                                   help="Read from boilerplate (related "
                                                        "headlines, captions): not counted"),
    "confidence": st.column_config.NumberColumn("Confidence", format="%.2f"),
    "review_state": "Review",
    "title": "Title", "outlet": "Outlet", "published": "Published",
    "sentence": st.column_config.LinkColumn("Sentence", display_text="open sentence"),
}
picked = st.dataframe(table, hide_index=True, width="stretch",
                      height=min(TABLE_HEIGHT, 40 + 35 * len(table)),
                      key="facts_table", column_order=list(COLUMNS), column_config=COLUMNS,
                      on_select="rerun", selection_mode="single-row")
rows = picked.selection.rows if picked else []
if rows:
    fact = records[rows[0]]
    st.markdown(f"**{type_name(fact['type'])}** · {plain(fact_text(fact))}")
    quote(fact)
    source_link(fact, label=f"Open its sentence in {plain(source_label(fact))}")
    review.fact_panel(fact, key="facts_review", name=review.reviewer())

sources = shown[list(export_facts.SOURCE_FIELDS)].to_dict("records")
left, right = st.columns(2)
left.download_button(f"Download these {len(shown)} facts (CSV)",
                     lambda: export_facts.to_string(queries.to_facts(shown), "csv", sources),
                     file_name="facts.csv", mime="text/csv", key="dl_csv")
right.download_button(f"Download these {len(shown)} facts (JSONL)",
                      lambda: export_facts.to_string(queries.to_facts(shown), "jsonl", sources),
                      file_name="facts.jsonl", mime="application/jsonl", key="dl_jsonl")
st.caption("Downloads carry every field of the fact contract plus boilerplate, confidence, "
           "title, outlet and publication date.")

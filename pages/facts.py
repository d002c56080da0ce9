"""Facts: one filterable, searchable table of every fact, with CSV and JSONL
downloads of exactly the rows shown."""
import streamlit as st

from core import queries
from core.describe import fact_text, type_name
from core.export import facts as export_facts
from core.model import FACT_TYPES
from core.normalize.countries import name
from ui import data, params
from ui.navigation import through_app
from ui.render import plain
from ui.widgets import require_documents

COLUMNS = ["fact", "quote", "type", "country", "counterpart", "value", "value_high", "unit",
           "currency", "qualifier", "period", "status", "date", "date_end", "framework", "label",
           "holder", "title", "published", "doc"]

through_app()

SHOWN_AT_MOST = 5000

st.title("Facts")
require_documents()
total = data.overview()["facts"]
if not total:
    st.info("No facts have been extracted yet. Ingest articles, or run "
            "`python -m core reextract` after changing the rules.")
    st.stop()


def options(column):
    return data.distinct(column)


with st.sidebar:
    st.header("Filter facts")
    types = st.multiselect("Type", [t for t in FACT_TYPES if t in set(options("type"))],
                           default=params.get_list("type", FACT_TYPES), format_func=type_name,
                           key="f_type")
    countries = st.multiselect("Country", options("country"),
                               default=params.get_list("country", options("country")),
                               format_func=name, key="f_country")
    counterparts = st.multiselect("Counterpart", options("counterpart"),
                                  default=params.get_list("counterpart", options("counterpart")),
                                  format_func=name, key="f_counterpart")
    statuses = st.multiselect("Status", options("status"),
                              default=params.get_list("status", options("status")), key="f_status")
    docs = st.multiselect("Source", options("doc"), default=params.get_list("doc", options("doc")),
                          key="f_doc")
    date_from = st.text_input("From (YYYY, YYYY-MM or YYYY-MM-DD)",
                              value=params.get_date("from") or "", key="f_from")
    date_to = st.text_input("To", value=params.get_date("to") or "", key="f_to")
    boilerplate = st.checkbox("Include boilerplate", value=params.get_one("bp", ["0"]) != "0",
                              key="f_bp")
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
           **{"from": valid_from, "to": valid_to})

filters = dict(types=types, countries=countries, counterparts=counterparts, statuses=statuses,
               docs=docs, date_from=valid_from, date_to=valid_to,
               include_boilerplate=boilerplate, search=search.strip() or None)
matching = data.count(**filters)
shown = data.facts(limit=SHOWN_AT_MOST, **filters)
if matching > len(shown):
    st.caption(f"Showing the first {len(shown):,} of {matching:,} matching facts "
               f"({total:,} in all): narrow the filters to see the rest, or export them all "
               "with `python -m core export`.")
else:
    st.caption(f"{matching:,} of {total:,} facts")
if shown.empty:
    st.info("No facts match these filters. Clear a filter or change the search.")
    st.stop()

table = shown.assign(fact=[fact_text(f) for f in shown.to_dict("records")])[COLUMNS]
st.dataframe(table, hide_index=True, width="stretch", key="facts_table",
             column_config={"fact": st.column_config.TextColumn("Fact", width="medium"),
                            "quote": st.column_config.TextColumn("Quote", width="large"),
                            "title": "Source", "doc": "Document"})
left, right = st.columns(2)
left.download_button(f"Download these {len(shown)} facts (CSV)",
                     lambda: export_facts.to_string(queries.to_facts(shown), "csv"),
                     file_name="facts.csv", mime="text/csv", key="dl_csv")
right.download_button(f"Download these {len(shown)} facts (JSONL)",
                      lambda: export_facts.to_string(queries.to_facts(shown), "jsonl"),
                      file_name="facts.jsonl", mime="application/jsonl", key="dl_jsonl")

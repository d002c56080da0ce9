"""Map: the Indo-Pacific coloured by a chosen measure; selecting a country
leads to its card."""
import streamlit as st

from core import mapping
from core.export.charts import map_export
from core.profiles import MEASURES
from ui import data, maps, params
from ui.exports import export_buttons
from ui.navigation import through_app
from ui.render import plain
from ui.widgets import require_documents

through_app()

st.title("Map")
require_documents()

measure = params.get_one("measure", MEASURES) or "stance"
measure = st.selectbox("Colour countries by", list(MEASURES), index=list(MEASURES).index(measure),
                       format_func=MEASURES.get, key="measure")
params.put(measure=measure if measure != "stance" else None)

measures = data.measures()
frame = mapping.map_frame(measures, measure)
event = st.pydeck_chart(maps.deck(frame), on_select="rerun",
                        selection_mode="single-object", key="map_chart")
st.html(maps.legend(measure, frame))
store = data.store()
export_buttons(lambda: map_export(store, measure, measures=measures), key="map_export",
               file_stem=f"map_{measure}")

picked = maps.selected_country(event) or params.get_one("country", frame["country"])
with_data = frame[frame["value"].notna()].sort_values("name")
options = [""] + with_data["country"].tolist()
picked = st.selectbox("Open a country card", options,
                      index=options.index(picked) if picked in options else 0,
                      format_func=lambda c: "choose a country" if not c else
                      frame.set_index("country").loc[c, "name"], key="map_country")
params.put(country=picked or None)
if picked:
    row = frame.set_index("country").loc[picked]
    st.markdown(f"**{plain(row['name'])}**: {plain(row['value_text'])} "
                f"({row['sources']} source(s))")
    st.page_link("pages/countries.py", label=f"Open {plain(row['name'])}'s stance card",
                 icon=":material/flag:", query_params={"country": picked})

st.subheader("The map's data")
table = frame[["country", "name", "value_text", "sources"]].rename(columns={
    "country": "Code", "name": "Country", "value_text": MEASURES[measure], "sources": "Sources"})
st.dataframe(table.sort_values("Country"), hide_index=True, width="stretch")

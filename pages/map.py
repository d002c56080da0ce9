"""Map: the Indo-Pacific coloured by a chosen measure, each figure with its
qualifier, status and period; the rule that picks each country's figure is
stated under the map; clicking a country opens its card."""
import streamlit as st

from core import changes, mapping
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
maps.open_card_on_click(event)
st.html(maps.legend(measure, frame))
st.caption(f"**How each country's figure is chosen.** {mapping.rule(measure)} "
           "Hover a country for its figure; click it to open its card.")
if measure == "stance":
    WINDOWS = ["3", "6", "12", "24"]
    months = int(st.select_slider("Stances that changed side in the last", WINDOWS,
                                  value=params.get_one("changed", WINDOWS) or "12",
                                  format_func=lambda m: f"{m} months", key="map_changed"))
    params.put(changed=str(months) if months != 12 else None)
    changed = data.changed_countries(months=months)
    if changed:
        st.markdown("**Changed side:** " + " · ".join(
            f"{plain(frame.set_index('country')['name'].get(code, code))} "
            f"({plain(changes.SIDE_WORDS[c.before])} → {plain(changes.SIDE_WORDS[c.after])}, "
            f"{plain(c.when)})" for code, c in changed.items()))
    else:
        st.caption(f"No country's stance changed side in the last {months} months.")
only_boilerplate = frame[frame["value_text"] == mapping.BOILERPLATE_NOTE]["name"].tolist()
if only_boilerplate:
    st.caption(f"Left grey because only boilerplate states it: {', '.join(only_boilerplate)}.")
store = data.store()
export_buttons(lambda: map_export(store, measure, measures=measures), key="map_export",
               file_stem=f"map_{measure}")

names = frame.set_index("country")["name"].to_dict()
options = [""] + sorted(names, key=names.get)
picked = st.selectbox("Open a country's card", options, format_func=lambda c: names.get(c) or
                      "choose a country", key="map_country")
if picked:
    st.switch_page("pages/countries.py", query_params={"country": picked})

st.subheader("The map's data")
table = frame[["country", "name", "value_text", "sources"]].rename(columns={
    "country": "Code", "name": "Country", "value_text": MEASURES[measure], "sources": "Sources"})
st.dataframe(table.sort_values("Country"), hide_index=True, width="stretch")

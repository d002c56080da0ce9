"""Timeline: events and dated figures over time, filterable by country, type
and date range; selecting points lists their sources."""
import streamlit as st

from core import charts, queries
from core.describe import fact_text, type_name
from core.export.charts import timeline_export
from core.model import FACT_TYPES
from core.normalize.countries import name
from ui import data, params
from ui.exports import export_buttons
from ui.navigation import through_app
from ui.render import plain
from ui.widgets import quote, require_documents, source_link

through_app()

st.title("Timeline")
PLOTTED_AT_MOST = 5000

require_documents()
held = data.overview()
if not held["dated_first"]:
    st.info("No fact in the store carries a date yet. Events and figures with a year "
            "appear here once articles that date them are ingested.")
    st.stop()

codes = data.distinct("country")
years = (int(held["dated_first"][:4]), int(held["dated_last"][:4]))
left, middle, right = st.columns([2, 2, 2])
chosen_countries = left.multiselect("Countries", codes, default=params.get_list("countries", codes),
                                    format_func=name, key="tl_countries")
present_types = [t for t in FACT_TYPES if t in set(data.distinct("type"))]
chosen_types = middle.multiselect("Types", present_types,
                                  default=params.get_list("types", present_types),
                                  format_func=type_name, key="tl_types")
start = params.get_int("from") or years[0]
end = params.get_int("to") or years[1]
start, end = min(max(start, years[0]), years[1]), max(min(end, years[1]), years[0])
if years[0] < years[1]:
    start, end = right.slider("Years", years[0], years[1], (start, end), key="tl_years")
params.put(countries=chosen_countries, types=chosen_types,
           **{"from": start if start != years[0] else None, "to": end if end != years[1] else None})

filters = dict(dated=True, parties=chosen_countries, types=chosen_types,
               date_from=str(start), date_to=str(end), include_boilerplate=False)
shown = queries.timeline(data.facts(newest_first=True, limit=PLOTTED_AT_MOST, **filters),
                         prefer=chosen_countries)
if shown.empty:
    st.info("No dated facts match these filters. Widen the years or clear a filter.")
    st.stop()
matching = data.count(**filters)
if matching > len(shown):
    st.caption(f"The newest {len(shown):,} of {matching:,} matching dated facts; narrow the "
               "filters to see older ones.")

figure = charts.timeline_figure(shown)
st.markdown(f"**{len(shown):,} dated facts, {start}–{end}**")
figure.update_layout(height=480)
event = st.plotly_chart(figure, on_select="rerun", selection_mode=("points", "box"),
                        key="timeline_chart")

described = ", ".join(filter(None, [
    f"countries {', '.join(map(name, chosen_countries))}" if chosen_countries else "",
    f"types {', '.join(map(type_name, chosen_types))}" if chosen_types else "",
    f"years {start}–{end}"]))
export_buttons(lambda: timeline_export(shown, described), key="timeline_export",
               file_stem="timeline")

selected_ids = {int(p["customdata"][0]) for p in event.selection.points} if event else set()
listed = shown[shown["id"].isin(selected_ids)] if selected_ids else \
    shown.sort_values("when", ascending=False).head(10)
st.subheader("Selected facts" if selected_ids else "Latest dated facts (select points to list them)")
for fact in listed.to_dict("records"):
    st.markdown(f"**{fact['when']:%Y-%m-%d}** · {type_name(fact['type'])} · "
                f"{plain(fact_text(fact))}")
    quote(fact)
    source_link(fact)

"""Countries: a stance card per country — label and summary, evidence with
links to the source sentences, figures, memberships, disagreements — and a
compare mode for two to four countries side by side."""
import plotly.express as px
import streamlit as st

from core.charts import compare_figure
from core.describe import fact_text, type_name
from core.export import briefing
from core.export.charts import compare_export, country_figures_export
from core.untrusted import for_plotly
from ui import data, params
from ui.exports import export_buttons
from ui.navigation import through_app
from ui.render import plain
from ui.widgets import quote, require_documents, source_link

STANCE_BADGE = {"aligned": "blue", "leaning": "green", "hedging": "orange",
                "reluctant": "violet", "opposed": "red"}

through_app()

st.title("Countries")
require_documents()
listed = data.countries()
if listed.empty:
    st.info("No country has facts yet. Ingest articles that name countries, then reload.")
    st.stop()
names = dict(zip(listed["country"], listed["name"]))
codes = list(listed["country"])

compare = st.toggle("Compare countries", value=bool(params.get_list("compare", codes)),
                    key="compare_mode")
if compare:
    default = params.get_list("compare", codes) or codes[:2]
    chosen = st.multiselect("Countries to compare (two to four)", codes, default=default[:4],
                            max_selections=4, format_func=names.get, key="compare_countries")
    params.put(compare=chosen, country=None)
else:
    current = params.get_one("country", codes) or codes[0]
    chosen = [st.selectbox("Country", codes, index=codes.index(current), format_func=names.get,
                           key="country_select")]
    params.put(country=chosen[0], compare=None)


def card(code: str, compact: bool) -> None:
    profile = data.profile(code)
    stance = profile["stance"]
    st.header(plain(profile["name"]))
    if stance["overall"]:
        st.badge(stance["overall"], color=STANCE_BADGE[stance["overall"]])
        summary = stance["summary"][:1].upper() + stance["summary"][1:]
        st.markdown(f"**{summary}** — from {stance['facts']} stance "
                    f"statement(s) in {stance['sources']} source(s).")
        sides = ", ".join(f"{n} {s}" for s, n in sorted(stance["sides"].items()))
        st.caption(f"Sides toward the US-led side: {sides}.")
        st.subheader("Evidence")
        for fact in stance["evidence"][: 2 if compact else 3]:
            st.markdown(f"*{plain(fact_text(fact))}*")
            quote(fact)
            source_link(fact)
    else:
        st.info(f"No source states where {plain(profile['name'])} stands. "
                "Its other facts follow.")

    figures = profile["figures"]
    st.subheader("Figures")
    if figures.empty:
        st.caption("No figures stated for this country.")
    else:
        if not compact:
            export_buttons(lambda: country_figures_export(store, code),
                           key=f"figures_export_{code}", file_stem=f"figures_{code}")
        for fact in figures.head(4 if compact else 12).to_dict("records"):
            st.markdown(f"{type_name(fact['type'])}: {plain(fact_text(fact))}")
            source_link(fact)
        series = figures[figures["period"].notna()]
        for (fact_type, unit), group in series.groupby(["type", "unit"]):
            if group["period"].nunique() >= 2:
                chart = px.line(group.sort_values("period"), x="period", y="value", markers=True,
                                title=for_plotly(f"{type_name(fact_type)} ({unit})"))
                st.plotly_chart(chart, key=f"chart{code}{fact_type}{unit}")

    st.subheader("Memberships")
    memberships = profile["memberships"]
    if memberships.empty:
        st.caption("No framework memberships stated.")
    else:
        st.dataframe(memberships[["framework", "status", "sources"]], hide_index=True,
                     width="stretch")

    disagreements = profile["disagreements"]
    if not disagreements.empty:
        st.subheader("Sources disagree")
        for row in disagreements.to_dict("records"):
            st.warning(f"{type_name(row['type'])} ({plain(row['unit'])}, "
                       f"{plain(row['period'] or 'no period')}): {row['value_a']:g} in "
                       f"{plain(row['doc_a'])} vs {row['value_b']:g} in {plain(row['doc_b'])}")
    events = profile["events"]
    if not compact and not events.empty:
        st.subheader("Events")
        for fact in events.to_dict("records"):
            st.markdown(plain(fact_text(fact)))
            source_link(fact)


store = data.store()
if not chosen:
    st.info("Choose at least one country.")
    st.stop()
measures = data.measures()
pack_name = f"briefing_{'_'.join(chosen)}.pptx"
st.download_button(f"Briefing pack for {plain(', '.join(names[c] for c in chosen))} "
                   "(PowerPoint)",
                   lambda: briefing.build(store, chosen, measures=measures),
                   file_name=pack_name,
                   mime="application/vnd.openxmlformats-officedocument.presentationml."
                        "presentation", icon=":material/slideshow:", key="briefing_pack")
if len(chosen) == 1:
    card(chosen[0], compact=False)
else:
    st.plotly_chart(compare_figure(measures.set_index("country").reindex(chosen)
                                   .reset_index().assign(name=lambda f: f["country"].map(names))),
                    key="compare_chart")
    export_buttons(lambda: compare_export(store, chosen, measures=measures),
                   key="compare_export",
                   file_stem=f"compare_{'_'.join(chosen)}")
    for column, code in zip(st.columns(len(chosen)), chosen):
        with column:
            card(code, compact=True)

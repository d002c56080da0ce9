"""Countries: a stance card per country — badge and summary (which always
agree), evidence with links to the source sentences, figures in words,
memberships, disagreements between sources — and a compare mode for two to
four countries side by side. Indo-Pacific countries (data/indo_pacific.csv)
come first; other countries and groups the sources name are listed apart."""
import plotly.express as px
import streamlit as st

from core import changes
from core.charts import compare_figure
from core.describe import UNIT_NAMES, amount, fact_text, given, type_name, when_text
from core.export import briefing
from core.export.charts import compare_export, country_figures_export
from core.normalize.countries import name
from core.profiles import indo_pacific
from core.untrusted import for_plotly
from ui import data, params
from ui.exports import export_buttons
from ui.navigation import through_app
from ui.render import plain
from ui.widgets import quote, require_documents, source_label, source_link

STANCE_BADGE = {"aligned": "blue", "leaning": "green", "hedging": "orange",
                "reluctant": "violet", "opposed": "red"}

through_app()

st.title("Countries")
require_documents()
listed = data.countries()
region = indo_pacific()
with_facts = set(listed["country"])
inside = sorted(set(region), key=name)
outside = sorted(with_facts - set(region), key=name)
codes = inside + outside


def label(code: str) -> str:
    return name(code) if code in set(region) else f"{name(code)} (outside the Indo-Pacific)"


st.caption(f"Indo-Pacific: {len(inside)} countries, {len(set(inside) & with_facts)} of them "
           "with facts. " + (f"Also named in the sources, outside the region: "
                             f"{', '.join(map(name, outside))}." if outside else ""))

compare = st.toggle("Compare countries", value=bool(params.get_list("compare", codes)),
                    key="compare_mode")
if compare:
    default = params.get_list("compare", codes) or [c for c in listed["country"] if c in codes][:2]
    chosen = st.multiselect("Countries to compare (two to four)", codes, default=default[:4],
                            max_selections=4, format_func=label, key="compare_countries")
    params.put(compare=chosen, country=None)
else:
    first = next((c for c in listed["country"] if c in set(region)), codes[0])
    current = params.get_one("country", codes) or first
    chosen = [st.selectbox("Country", codes, index=codes.index(current), format_func=label,
                           key="country_select")]
    params.put(country=chosen[0], compare=None)


def stance_section(profile: dict, compact: bool) -> None:
    stance = profile["stance"]
    if stance["overall"]:
        holder = "government" if "government" in stance["holders"] else "public"
        st.badge(f"{stance['overall']} ({holder})", color=STANCE_BADGE[stance["overall"]])
        summary = stance["summary"][:1].upper() + stance["summary"][1:]
        statements = f"{stance['facts']} stance statement{'s' if stance['facts'] != 1 else ''}"
        st.markdown(f"**{summary}** — from {statements} in {stance['sources']} "
                    f"source{'s' if stance['sources'] != 1 else ''}.")
        st.caption("The badge is the government's stance (the public's where no government "
                   "stance is stated), as on the map; statements read from boilerplate are "
                   "not counted.")
    elif stance["boilerplate_only"]:
        st.info(f"Only boilerplate (related headlines, topic blurbs) states where "
                f"{plain(profile['name'])} stands: {stance['boilerplate_only']} statement(s), not "
                "counted. They are shown below for reference.")
    else:
        st.info(f"No source states where {plain(profile['name'])} stands.")
    if stance["evidence"]:
        st.subheader("Evidence")
        for fact in stance["evidence"][: 2 if compact else 3]:
            flag = " · from boilerplate, not counted" if fact["boilerplate"] else ""
            st.markdown(f"*{plain(fact_text(fact))}*{flag}")
            quote(fact)
            source_link(fact)


def history_section(code: str, compact: bool) -> None:
    """Each government and public stance in time order with its quote, and
    a "changed" flag when the latest stances differ in side from those before."""
    history = data.stance_history(code)
    if len(history) < 2:
        return
    change = changes.stance_change(history)
    st.subheader("Stance over time")
    if change:
        st.warning(f"Changed: {changes.SIDE_WORDS[change.before]} before, "
                   f"{changes.SIDE_WORDS[change.after]} as of {plain(change.when)}.",
                   icon=":material/swap_horiz:")
        before, after = st.columns(2)
        for column, heading, fact in ((before, "Before", change.before_fact),
                                      (after, "Now", change.after_fact)):
            column.caption(plain(f"{heading} ({fact['when']}): “{fact['quote']}”"))
    if compact:
        return
    for fact in history.to_dict("records"):
        when = fact["when"] or "undated"
        holder = fact["holder"] if given(fact["holder"]) else "government"
        st.markdown(f"**{plain(when)}** · {plain(holder)} · "
                    f"{plain(changes.SIDE_WORDS.get(fact['side'], fact['label']))}: "
                    f"{plain(fact_text(fact))}")
        source_link(fact)


def figures_section(code: str, figures, compact: bool) -> None:
    st.subheader("Figures")
    if figures.empty:
        st.caption("No figures stated for this country.")
        return
    for fact in figures.head(4 if compact else 12).to_dict("records"):
        flag = " · from boilerplate, not counted" if fact["boilerplate"] else ""
        st.markdown(f"{type_name(fact['type'])}: {plain(fact_text(fact))}{flag}")
        source_link(fact)
    series = figures[figures["period"].notna() & ~figures["boilerplate"]]
    for (fact_type, unit, status), group in series.groupby(["type", "unit", "status"]):
        if group["period"].nunique() >= 2:
            chart = px.line(group.sort_values("period"), x="period", y="value", markers=True,
                            title=for_plotly(f"{type_name(fact_type)} ({unit}, {status})"))
            st.plotly_chart(chart, key=f"chart{code}{fact_type}{unit}{status}")
    if not compact:
        export_buttons(lambda: country_figures_export(store, code), key=f"figures_export_{code}",
                       file_stem=f"figures_{code}",
                       title="Export these figures as a table (PNG, SVG, CSV with sources)")


def disagreements_section(profile: dict) -> None:
    disagreements = profile["disagreements"]
    if disagreements.empty:
        return
    by_id = profile["figures"].set_index("id")
    st.subheader("Sources disagree")
    for row in disagreements.to_dict("records"):
        low = {**by_id.loc[row["id_a"]].to_dict(), "id": row["id_a"]}
        high = {**by_id.loc[row["id_b"]].to_dict(), "id": row["id_b"]}
        what = ", ".join(x for x in (UNIT_NAMES.get(row["unit"]), when_text(row["period"]),
                                     row["status"]) if given(x))
        st.warning(f"{type_name(row['type'])} ({plain(what)}): {plain(amount(low))} in one "
                   f"source, {plain(amount(high))} in another ({row['sources']} sources state "
                   "it).")
        source_link(low, label=plain(f"{amount(low)}: {source_label(low)}"))
        source_link(high, label=plain(f"{amount(high)}: {source_label(high)}"))


def own_facts(profile: dict, compact: bool) -> None:
    stance_section(profile, compact)
    history_section(profile["country"], compact)
    figures_section(profile["country"], profile["figures"], compact)
    st.subheader("Memberships")
    memberships = profile["memberships"]
    if memberships.empty:
        st.caption("No framework memberships stated.")
    else:
        st.dataframe(memberships[["framework", "status", "sources"]], hide_index=True,
                     width="stretch")
    disagreements_section(profile)
    events = profile["events"]
    if not compact and not events.empty:
        st.subheader("Events")
        for fact in events.to_dict("records"):
            st.markdown(plain(fact_text(fact)))
            source_link(fact)


def card(code: str, compact: bool) -> None:
    profile = data.profile(code)
    st.header(plain(profile["name"]))
    if profile["facts"]:
        own_facts(profile, compact)
    else:
        st.info(f"The sources state no facts about {plain(profile['name'])} itself yet: no "
                "stance, "
                "figures or memberships.")
    facing = data.facts(counterparts=[code], include_boilerplate=False)
    facing = facing[facing["type"] != "stance"]
    if not facing.empty:
        st.subheader(f"Facts naming {plain(profile['name'])} as the other party")
        for fact in facing.head(4 if compact else 12).to_dict("records"):
            st.markdown(f"{type_name(fact['type'])}: {plain(fact_text(fact))}")
            source_link(fact)


store = data.store()
if not chosen:
    st.info("Choose at least one country.")
    st.stop()
measures = data.measures()
pack_name = f"briefing_{'_'.join(chosen)}.pptx"
st.download_button(f"Briefing pack for {plain(', '.join(name(c) for c in chosen))} "
                   "(PowerPoint)",
                   lambda: briefing.build(store, chosen, measures=measures),
                   file_name=pack_name,
                   mime="application/vnd.openxmlformats-officedocument.presentationml."
                        "presentation", icon=":material/slideshow:", key="briefing_pack")
if len(chosen) == 1:
    card(chosen[0], compact=False)
else:
    st.plotly_chart(compare_figure(measures.set_index("country").reindex(chosen)
                                   .reset_index().assign(name=lambda f: f["country"].map(name))),
                    key="compare_chart")
    export_buttons(lambda: compare_export(store, chosen, measures=measures),
                   key="compare_export",
                   file_stem=f"compare_{'_'.join(chosen)}")
    for column, code in zip(st.columns(len(chosen)), chosen):
        with column:
            card(code, compact=True)

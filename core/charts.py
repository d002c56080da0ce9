"""Plotly figures of the tracker's data: the map (as a static choropleth of
the bundled outlines, for images), the timeline, a country's figures and a
comparison of countries. The dashboard shows them; exports add titles and
citations and render them to PNG or SVG."""
from __future__ import annotations

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from core.describe import amount, fact_text, span_text, type_name
from core.mapping import NO_DATA, STANCE_COLOURS, outlines
from core.normalize.countries import name
from core.untrusted import for_plotly

FONT = "Arial, Helvetica, sans-serif"


def _rgb(colour: list[int]) -> str:
    return f"rgb({colour[0]},{colour[1]},{colour[2]})"


def map_figure(frame: pd.DataFrame, measure: str) -> go.Figure:
    """The map as a choropleth of the bundled outlines on a blank background
    (no tiles, so it renders with no network); one colour per country as on
    the dashboard's map, with a legend of those colours."""
    shown = frame.copy()
    shown["colour_css"] = [_rgb(c) for c in shown["colour"]]
    figure = go.Figure()
    for colour, group in shown.groupby("colour_css", sort=False):
        label = group["value_text"].iloc[0] if measure == "stance" or \
            group["value_text"].iloc[0] == "no data" else None
        figure.add_trace(go.Choroplethmap(
            geojson=outlines(), featureidkey="properties.iso3", locations=group["country"],
            z=[1] * len(group), colorscale=[[0, colour], [1, colour]], showscale=False,
            marker_line_color="white", marker_line_width=0.6,
            name=label or "", showlegend=label is not None,
            text=[f"{n}: {t}" for n, t in zip(group["name"], group["value_text"])],
            hoverinfo="text"))
    if measure != "stance":
        numbered = shown[shown["value_text"] != "no data"].sort_values("value")
        for row in numbered.itertuples():
            figure.add_trace(go.Scattermap(lat=[None], lon=[None], mode="markers",
                                           marker={"size": 12, "color": row.colour_css},
                                           name=f"{row.name}: {row.value_text}"))
    figure.update_layout(map={"style": "white-bg", "center": {"lat": 12, "lon": 118},
                              "zoom": 1.9}, margin={"l": 10, "r": 10, "t": 10, "b": 10},
                         legend={"bgcolor": "rgba(255,255,255,0.85)"}, font={"family": FONT})
    return figure


def timeline_figure(dated: pd.DataFrame) -> go.Figure:
    """Dated facts (core.queries.timeline) as points over time, one row per
    country, coloured by type; the hover gives the fact and its sentence
    (escaped: plotly reads some tags in text)."""
    plot = dated.assign(
        Country=dated["who"].map(lambda c: name(c) if isinstance(c, str) else "no country named"),
        Type=dated["type"].map(type_name),
        Fact=[for_plotly(fact_text(f)) for f in dated.to_dict("records")],
        When=[span_text(d if isinstance(d, str) else p, e) for d, p, e
              in zip(dated["date"], dated["period"], dated["date_end"])],
        Quote=[for_plotly(q if len(q) <= 160 else q[:157] + "…") for q in dated["quote"]],
    )
    figure = px.scatter(plot, x="when", y="Country", color="Type", custom_data=["id"],
                        hover_data={"Fact": True, "When": True, "Quote": True, "when": False,
                                    "Country": False})
    figure.update_traces(marker={"size": 13, "opacity": 0.85})
    figure.update_layout(xaxis_title=None, yaxis_title=None, legend_title=None,
                         font={"family": FONT},
                         legend={"orientation": "h", "yanchor": "top", "y": -0.12, "x": 0})
    first, last = plot["when"].min(), plot["when"].max()
    if pd.notna(first) and last - first < pd.Timedelta(days=366):
        # one point, or a few close together: a year either side, in years,
        # rather than plotly's millisecond ticks
        figure.update_xaxes(range=[first - pd.DateOffset(years=1), last + pd.DateOffset(years=1)],
                            tickformat="%Y", dtick="M12")
    return figure


def figures_figure(figures: pd.DataFrame, cite: dict[str, int] | None = None) -> go.Figure:
    """A country's figures as a table (their units differ, so they are read,
    not drawn to one scale): what, how much, status, period and the citation
    number when `cite` maps documents to numbers."""
    rows = figures.sort_values(["type", "unit", "period"], na_position="first").to_dict("records")
    columns = {
        "Figure": [f"{type_name(f['type'])}" + (f" → {name(f['counterpart'])}"
                                                 if isinstance(f.get("counterpart"), str) else "")
                   for f in rows],
        "Value": [for_plotly(amount(f)) for f in rows],
        "Status": [for_plotly(f.get("status") or "") for f in rows],
        "Period": [for_plotly(f["period"]) if isinstance(f.get("period"), str) else ""
                   for f in rows],
    }
    if cite:
        columns["Source"] = [f"[{cite[f['doc']]}]" for f in rows]
    figure = go.Figure(go.Table(
        columnwidth=[3, 3, 1.4, 1, 1][:len(columns)],
        header={"values": [f"<b>{c}</b>" for c in columns], "fill_color": "#dbe7f3",
                "align": "left", "font": {"size": 14}},
        cells={"values": list(columns.values()), "align": "left", "height": 28,
               "font": {"size": 13}, "fill_color": "white", "line_color": "#dddddd"}))
    figure.update_layout(font={"family": FONT}, margin={"l": 10, "r": 10, "t": 10, "b": 10},
                         height=max(200, 60 + 30 * len(rows)))
    return figure


def compare_figure(table: pd.DataFrame) -> go.Figure:
    """Countries side by side on their stance score (-2 opposed … +2 aligned
    toward the US-led side), coloured by label."""
    colours = [_rgb(STANCE_COLOURS.get(s, NO_DATA)) if isinstance(s, str) else _rgb(NO_DATA)
               for s in table["stance"]]
    figure = go.Figure(go.Bar(x=table["name"], y=table["stance_score"].fillna(0),
                              marker_color=colours,
                              text=[s if isinstance(s, str) else "no stance stated"
                                    for s in table["stance"]], textposition="outside"))
    figure.update_layout(yaxis={"range": [-2.4, 2.4], "title": "stance toward the US-led side",
                                "tickvals": [-2, -1, 0, 1, 2],
                                "ticktext": ["opposed", "reluctant", "hedging", "leaning",
                                             "aligned"]},
                         font={"family": FONT}, margin={"l": 10, "r": 10, "t": 10, "b": 10})
    return figure

"""Plotly figures of the tracker's data: the map (as vector outlines, for
images), the timeline, a country's figures and a comparison of countries.
The dashboard shows them; exports add titles and citations and render them
to PNG or SVG.

Drawn for a slide as much as a screen: every label sits in a margin sized to
it, series differ by marker shape or fill pattern as well as colour (so they
survive a greyscale printer and colour-blind readers), legends sit in their
own row, and text is at least 14 px at the 1000 px width exports lay out at.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from core.describe import fact_text, type_name
from core.mapping import NO_DATA, STANCE_COLOURS, outlines, region
from core.normalize.countries import name
from core.untrusted import for_plotly

FONT = "Arial, Helvetica, sans-serif"
TEXT_SIZE = 16
TICK_SIZE = 15
CHAR_WIDTH = 8.4  # average width of a TICK_SIZE character, for margins sized to labels
# Okabe & Ito's colour-blind-safe palette, each type also with its own marker shape
TYPE_STYLES = {
    "event": ("#0072B2", "circle"), "defense_spending": ("#D55E00", "diamond"),
    "troop_cost": ("#009E73", "square"), "troop_presence": ("#CC79A7", "triangle-up"),
    "tariff": ("#E69F00", "hexagon"), "stance": ("#56B4E9", "star"),
    "membership": ("#000000", "cross"),
}
STANCE_PATTERNS = {"aligned": "", "leaning": "/", "hedging": ".", "reluctant": "\\",
                   "opposed": "x"}
CONTEXT = "#f1f1f1"
# the map's view: the Indo-Pacific from the Arabian Sea to the dateline
VIEW_LON, VIEW_LAT = (62.0, 180.0), (-48.0, 55.0)
MAP_DOMAIN = 0.78  # of the width: the rest holds the legend


def _rgb(colour: list[int]) -> str:
    return f"rgb({colour[0]},{colour[1]},{colour[2]})"


def _label_margin(labels) -> int:
    """A margin wide enough for the longest of `labels` at TICK_SIZE."""
    longest = max((len(str(label)) for label in labels), default=4)
    return int(24 + CHAR_WIDTH * longest)


def _base_layout(figure: go.Figure, **layout) -> go.Figure:
    figure.update_layout(font={"family": FONT, "size": TEXT_SIZE, "color": "#222"},
                         plot_bgcolor="white", paper_bgcolor="white", **layout)
    return figure


# the map

def _mercator(lat: float) -> float:
    """Web Mercator's y in degrees (as the dashboard's map projects)."""
    lat = max(min(lat, 85.0), -85.0)
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def _rings(geometry: dict) -> list[list[list[float]]]:
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" \
        else geometry["coordinates"]
    return [ring for polygon in polygons for ring in polygon]


def _in_view(rings) -> bool:
    return any(VIEW_LON[0] - 5 <= lon <= VIEW_LON[1] + 5 and VIEW_LAT[0] - 5 <= lat <=
               VIEW_LAT[1] + 5 for ring in rings for lon, lat in ring)


def _outline_path(rings) -> tuple[np.ndarray, np.ndarray]:
    """x, y of all rings, projected, with a gap (NaN) between rings: one
    fillable path. Arrays, not lists: plotly checks them at once, not point
    by point."""
    xs, ys = [], []
    for ring in rings:
        xs += [lon for lon, _ in ring] + [math.nan]
        ys += [_mercator(lat) for _, lat in ring] + [math.nan]
    return np.round(np.array(xs, dtype=float), 2), np.round(np.array(ys, dtype=float), 2)


def _label_point(rings) -> tuple[float, float]:
    """The middle of the country's largest ring (where its label goes)."""
    largest = max(rings, key=len)
    lons, lats = [p[0] for p in largest], [p[1] for p in largest]
    return (min(lons) + max(lons)) / 2, _mercator((min(lats) + max(lats)) / 2)


def map_figure(frame: pd.DataFrame, measure: str) -> go.Figure:
    """The map as vector outlines (the bundled Natural Earth shapes, in the
    dashboard map's Mercator projection): each country of `frame`
    (core.mapping.map_frame) in its colour, stance labels also told apart
    by fill pattern, numbers on a light-to-dark scale and written on the
    country; neighbours outside the region in pale grey for context."""
    by_code = frame.set_index("country").to_dict("index")
    shapes = {f["properties"]["iso3"]: _rings(f["geometry"]) for f in outlines()["features"]}
    figure = go.Figure()
    context = [rings for code, rings in shapes.items() if code not in by_code and _in_view(rings)]
    xs, ys = _outline_path([ring for rings in context for ring in rings])
    figure.add_trace(go.Scatter(x=xs, y=ys, fill="toself", fillcolor=CONTEXT, mode="lines",
                                line={"color": "#d0d0d0", "width": 0.6}, hoverinfo="skip",
                                showlegend=False))
    for label, codes, colour, pattern in _map_groups(frame, measure):
        rings = [ring for code in codes if code in shapes for ring in shapes[code]]
        xs, ys = _outline_path(rings)
        figure.add_trace(go.Scatter(
            x=xs, y=ys, fill="toself", fillcolor=colour, mode="lines", name=label,
            line={"color": "#555555", "width": 0.8}, hoverinfo="skip",
            fillpattern={"shape": pattern, "fgcolor": "#222222", "fgopacity": 0.55,
                         "bgcolor": colour, "size": 9, "solidity": 0.25} if pattern else None))
    _map_labels(figure, frame, measure, shapes)
    figure.update_xaxes(range=list(VIEW_LON), domain=[0, MAP_DOMAIN], visible=False,
                        fixedrange=True, constrain="domain")
    figure.update_yaxes(range=[_mercator(VIEW_LAT[0]), _mercator(VIEW_LAT[1])], visible=False,
                        scaleanchor="x", scaleratio=1, fixedrange=True, constrain="domain")
    return _base_layout(figure, height=800, margin={"l": 10, "r": 10, "t": 10, "b": 10},
                        legend={"x": MAP_DOMAIN + 0.02, "y": 1, "xanchor": "left",
                                "yanchor": "top", "font": {"size": TICK_SIZE},
                                "itemwidth": 40, "tracegroupgap": 4})


def _map_groups(frame: pd.DataFrame, measure: str):
    """(legend label, countries, colour, fill pattern) per legend entry:
    a stance label each, or one country each (lowest value first) for
    numbers; "no data" last."""
    groups = []
    if measure == "stance":
        for label, colour in STANCE_COLOURS.items():
            codes = frame.loc[frame["value"] == label, "country"].tolist()
            if codes:
                groups.append((label, codes, _rgb(colour), STANCE_PATTERNS[label]))
    else:
        valued = frame[frame["value"].notna()].sort_values("value")
        for row in valued.itertuples():
            groups.append((f"{row.name}: {row.value_text}", [row.country], _rgb(row.colour), ""))
    empty = frame.loc[frame["value"].isna(), "country"].tolist()
    if empty:
        groups.append(("no data", empty, _rgb(NO_DATA), ""))
    return groups


def _map_labels(figure: go.Figure, frame: pd.DataFrame, measure: str, shapes: dict) -> None:
    """A numeric measure's value written on each country that has one; a
    ringed dot for states too small for an outline (Singapore)."""
    points = {r["iso3"]: (float(r["lon"]), _mercator(float(r["lat"]))) for r in region()
              if r["lat"]}
    xs, ys, texts, dots = [], [], [], []
    for row in frame[frame["value"].notna()].itertuples():
        if row.country in points and row.country not in shapes:
            x, y = points[row.country]
            dots.append((x, y, _rgb(row.colour)))
        elif row.country in shapes:
            x, y = _label_point(shapes[row.country])
        else:
            continue
        xs.append(x)
        ys.append(y)
        texts.append(row.value_text)
    if dots:
        figure.add_trace(go.Scatter(x=[d[0] for d in dots], y=[d[1] for d in dots],
                                    mode="markers", showlegend=False, hoverinfo="skip",
                                    marker={"size": 12, "color": [d[2] for d in dots],
                                            "line": {"color": "#222", "width": 1.5}}))
    if measure != "stance" and xs:
        figure.add_trace(go.Scatter(x=xs, y=ys, mode="text", text=texts, showlegend=False,
                                    hoverinfo="skip", textposition="middle center",
                                    textfont={"size": 14, "color": "#000"}))


# the timeline

def timeline_figure(dated: pd.DataFrame, hover: bool = True) -> go.Figure:
    """Dated facts (core.queries.timeline) as points over time, one row per
    country, one colour and marker shape per type; with `hover`, the hover
    gives the fact and its sentence (escaped: plotly reads some tags in
    text); an image leaves that out and draws each distinct point once
    (the same type, country and date overlap exactly), so a timeline of
    thousands of facts renders as quickly as one of hundreds."""
    if not hover:
        dated = dated.drop_duplicates(["when", "who", "type"])
    countries = dated["who"].map(lambda c: name(c) if isinstance(c, str) else "no country named")
    rows = sorted(set(countries), reverse=True)
    figure = go.Figure()
    for fact_type, (colour, symbol) in TYPE_STYLES.items():
        mine = dated["type"] == fact_type
        if not mine.any():
            continue
        group = dated[mine]
        points = go.Scatter(
            x=group["when"], y=countries[mine], mode="markers", name=type_name(fact_type),
            marker={"size": 13, "color": colour, "symbol": symbol, "opacity": 0.9,
                    "line": {"color": "white", "width": 1}}, hoverinfo="skip")
        if hover:
            facts = [for_plotly(fact_text(f)) for f in group.to_dict("records")]
            quotes = [for_plotly(q if len(q) <= 160 else q[:157] + "…") for q in group["quote"]]
            points.update(customdata=list(zip(group["id"], facts, quotes)), hoverinfo=None,
                          hovertemplate="%{customdata[1]}<br><i>%{customdata[2]}</i>"
                                        "<extra></extra>")
        figure.add_trace(points)
    figure.update_yaxes(categoryorder="array", categoryarray=rows, automargin=True,
                        tickfont={"size": TICK_SIZE}, gridcolor="#e6e6e6", title=None)
    figure.update_xaxes(automargin=True, tickfont={"size": TICK_SIZE}, gridcolor="#e6e6e6",
                        showline=True, linecolor="#888", title=None, range=_time_range(dated))
    return _base_layout(
        figure, height=max(380, 150 + 34 * len(rows)),
        margin={"l": _label_margin(rows), "r": 20, "t": 44, "b": 40}, showlegend=True,
        legend={"orientation": "h", "x": 0, "xanchor": "left", "y": 1.02, "yanchor": "bottom",
                "font": {"size": TICK_SIZE}, "title": None})


def _time_range(dated: pd.DataFrame):
    """Half a year either side of the points, so one point or one day
    still gives an axis of months and years."""
    if dated.empty:
        return None
    pad = pd.Timedelta(days=182)
    return [dated["when"].min() - pad, dated["when"].max() + pad]


# a country's figures

def figures_figure(rows: pd.DataFrame) -> go.Figure:
    """A country's figures (core.export.figures.summary) as a table: their
    units differ, so they are read, not drawn to one scale."""
    header = ["Figure", "Value (newest source)", "Status", "Period", "Sources"]
    values = [[for_plotly(v) for v in rows[c]]
              for c in ("figure", "value", "status", "period", "sources")]
    figure = go.Figure(go.Table(
        columnwidth=[3.2, 3.4, 1.4, 1, 1.6],
        header={"values": [f"<b>{c}</b>" for c in header], "fill_color": "#dbe7f3",
                "align": "left", "font": {"size": TEXT_SIZE}, "height": 34},
        cells={"values": values, "align": "left", "height": 32,
               "font": {"size": TICK_SIZE}, "fill_color": "white", "line_color": "#cccccc"}))
    return _base_layout(figure, margin={"l": 10, "r": 10, "t": 10, "b": 10},
                        height=max(120, 74 + 33 * len(rows)))


# countries compared

STANCE_FLOOR = -2.6


def compare_figure(table: pd.DataFrame) -> go.Figure:
    """Countries side by side on their stance score (-2 opposed … +2
    aligned toward the US-led side): each bar rises from the foot of the
    scale to the score, so "hedging" (0) has height too; coloured and
    patterned by label, the label written on it."""
    stated = table["stance"].map(lambda s: isinstance(s, str))
    labels = [s if ok else "no stance stated" for s, ok in zip(table["stance"], stated)]
    heights = [score - STANCE_FLOOR if ok else 0
               for score, ok in zip(table["stance_score"], stated)]
    figure = go.Figure(go.Bar(
        x=table["name"], y=heights, base=STANCE_FLOOR, text=labels, textposition="outside",
        textfont={"size": TEXT_SIZE}, cliponaxis=False, showlegend=False,
        marker={"color": [_rgb(STANCE_COLOURS.get(s, NO_DATA)) if ok else _rgb(NO_DATA)
                          for s, ok in zip(table["stance"], stated)],
                "line": {"color": "#333", "width": 1},
                "pattern": {"shape": [STANCE_PATTERNS.get(s, "") if ok else ""
                                      for s, ok in zip(table["stance"], stated)],
                            "fgcolor": "#222", "fgopacity": 0.55, "size": 10,
                            "solidity": 0.25}}))
    ticks = ["opposed", "reluctant", "hedging", "leaning", "aligned"]
    figure.update_yaxes(range=[STANCE_FLOOR, 2.6], tickvals=[-2, -1, 0, 1, 2], ticktext=ticks,
                        tickfont={"size": TICK_SIZE}, gridcolor="#e6e6e6", title=None,
                        zeroline=False, automargin=True)
    figure.update_xaxes(tickfont={"size": TEXT_SIZE}, automargin=True, title=None)
    return _base_layout(figure, height=460, bargap=0.35,
                        margin={"l": _label_margin(ticks), "r": 20, "t": 30, "b": 50})

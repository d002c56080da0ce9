"""The offline choropleth: bundled Natural Earth outlines coloured by a
measure, drawn by pydeck with an inline map style, so no tile server, token
or network is needed."""
from __future__ import annotations

import html
import json
import math
from functools import cache
from urllib.parse import quote

import pandas as pd
import pydeck as pdk

from core import data
from core.normalize.countries import name

STANCE_COLOURS = {
    "aligned": ([28, 131, 225], "blue"), "leaning": ([33, 195, 84], "green"),
    "hedging": ([255, 164, 33], "orange"), "reluctant": ([128, 61, 245], "violet"),
    "opposed": ([255, 43, 43], "red"),
}
NO_DATA = [220, 220, 220]
OFFLINE_STYLE = "data:application/json," + quote(json.dumps({
    "version": 8, "sources": {},
    "layers": [{"id": "bg", "type": "background", "paint": {"background-color": "#f4f6f8"}}],
}))


@cache
def _outlines() -> dict:
    with data.path("countries.geojson").open(encoding="utf-8") as handle:
        return json.load(handle)


@cache
def _region() -> tuple[dict, ...]:
    return data.table("indo_pacific.csv")


def map_frame(measures: pd.DataFrame, measure: str) -> pd.DataFrame:
    """One row per country on the map: the region's countries and every
    country with facts, with the chosen measure's value, text and colour."""
    region = pd.DataFrame(_region())
    frame = region[["iso3"]].rename(columns={"iso3": "country"}).merge(
        measures, on="country", how="outer")
    frame = frame[~frame["country"].isin(["EU", "NATO", "ALL"])]
    frame["name"] = frame["country"].map(name)
    value_column, sources_column = _columns(measure)
    frame["value"] = frame[value_column]
    frame["sources"] = frame[sources_column].fillna(0).astype(int)
    frame["value_text"] = [_text(measure, v) for v in frame["value"]]
    frame["colour"] = _colours(measure, frame["value"])
    return frame.reset_index(drop=True)


def _columns(measure: str) -> tuple[str, str]:
    return {"stance": ("stance", "stance_sources"),
            "defense_pct_gdp": ("defense_pct_gdp", "defense_sources"),
            "us_troops": ("us_troops", "troops_sources"),
            "tariff_rate": ("tariff_rate", "tariff_sources")}[measure]


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _text(measure: str, value) -> str:
    if _missing(value):
        return "no data"
    if measure == "stance":
        return str(value)
    if measure == "us_troops":
        return f"{value:,.0f} US troops"
    return f"{value:g}%"


def _colours(measure: str, values: pd.Series) -> list[list[int]]:
    if measure == "stance":
        return [STANCE_COLOURS[v][0] if v in STANCE_COLOURS else NO_DATA for v in values]
    numbers = pd.to_numeric(values, errors="coerce")
    low, high = numbers.min(), numbers.max()
    colours = []
    for value in numbers:
        if math.isnan(value):
            colours.append(NO_DATA)
            continue
        share = 0.5 if high == low else (value - low) / (high - low)
        colours.append([int(222 - 190 * share), int(235 - 150 * share), int(247 - 90 * share)])
    return colours


def legend(measure: str, frame: pd.DataFrame) -> str:
    """The legend as HTML in the map's exact colours. Built only from fixed
    labels and the tracker's own numbers, never from article text."""
    if measure == "stance":
        items = [(colour, label) for label, (colour, _) in STANCE_COLOURS.items()]
    else:
        numbers = pd.to_numeric(frame["value"], errors="coerce").dropna()
        items = []
        if not numbers.empty:
            low, high = numbers.min(), numbers.max()
            colours = _colours(measure, pd.Series([low, high]))
            items = [(colours[0], _text(measure, low)), (colours[1], _text(measure, high))]
    items.append((NO_DATA, "no data"))
    chips = "".join(
        f'<span style="display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;'
        f'background:rgb({r},{g},{b});border:1px solid #999"></span>{html.escape(label)}'
        for (r, g, b), label in items)
    return f'<div style="font-size:0.9rem">{chips}</div>'


def deck(frame: pd.DataFrame, measure: str, height: int = 520) -> pdk.Deck:
    """The pydeck map of `frame` (see map_frame). Layer ids are "countries"
    (outlines) and "points" (small states)."""
    by_code = frame.set_index("country").to_dict("index")
    features = []
    for feature in _outlines()["features"]:
        code = feature["properties"]["iso3"]
        if code not in by_code:
            continue
        row = by_code[code]
        features.append({"type": "Feature", "geometry": feature["geometry"], "properties": {
            "country": code, "name": row["name"], "value_text": row["value_text"],
            "sources": row["sources"], "colour": row["colour"]}})
    outlined = {f["properties"]["country"] for f in features}
    points = [{"country": r["iso3"], "lat": float(r["lat"]), "lon": float(r["lon"]),
               **{k: by_code[r["iso3"]][k] for k in ("name", "value_text", "sources", "colour")}}
              for r in _region() if r["lat"] and r["iso3"] in by_code
              and r["iso3"] not in outlined]
    layers = [pdk.Layer("GeoJsonLayer", id="countries",
                        data={"type": "FeatureCollection", "features": features},
                        pickable=True, stroked=True, filled=True,
                        get_fill_color="properties.colour", get_line_color=[255, 255, 255],
                        line_width_min_pixels=1, auto_highlight=True)]
    if points:
        layers.append(pdk.Layer("ScatterplotLayer", id="points", data=points, pickable=True,
                                get_position=["lon", "lat"], get_fill_color="colour",
                                get_radius=60000, radius_min_pixels=6, stroked=True,
                                get_line_color=[80, 80, 80], line_width_min_pixels=1))
    tooltip = {"html": "<b>{name}</b><br/>{value_text}<br/>{sources} source(s)",
               "style": {"fontSize": "13px"}}
    view = pdk.ViewState(latitude=15, longitude=120, zoom=1.9, min_zoom=1, max_zoom=7)
    return pdk.Deck(layers=layers, initial_view_state=view, map_style=OFFLINE_STYLE,
                    tooltip=tooltip, height=height)


def selected_country(event) -> str | None:
    """The country a map selection event picked, if any."""
    try:
        objects = event.selection.objects
    except AttributeError:
        return None
    for layer in ("countries", "points"):
        for picked in objects.get(layer, []):
            code = picked.get("properties", picked).get("country")
            if code:
                return code
    return None

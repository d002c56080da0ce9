"""The dashboard's map: core.mapping's data drawn by pydeck over bundled
Natural Earth outlines with an inline map style, so no tile server, token or
network is needed."""
from __future__ import annotations

import html
import json
from urllib.parse import quote

import pandas as pd
import pydeck as pdk
import streamlit as st

from core.mapping import legend_items, outlines, region

OFFLINE_STYLE = "data:application/json," + quote(json.dumps({
    "version": 8, "sources": {},
    "layers": [{"id": "bg", "type": "background", "paint": {"background-color": "#f4f6f8"}}],
}))


def legend(measure: str, frame: pd.DataFrame) -> str:
    """The legend as HTML in the map's exact colours. Built only from fixed
    labels and the tracker's own numbers, never from article text."""
    chips = "".join(
        f'<span style="display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;'
        f'background:rgb({r},{g},{b});border:1px solid #999"></span>{html.escape(label)}'
        for (r, g, b), label in legend_items(measure, frame))
    return f'<div style="font-size:0.9rem">{chips}</div>'


def deck(frame: pd.DataFrame, height: int = 520) -> pdk.Deck:
    """The pydeck map of a core.mapping.map_frame. Layer ids are "countries"
    (outlines) and "points" (states too small for an outline)."""
    by_code = frame.set_index("country").to_dict("index")
    features = []
    for feature in outlines()["features"]:
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
              for r in region() if r["lat"] and r["iso3"] in by_code and r["iso3"] not in outlined]
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
    tooltip = {"html": "<b>{name}</b><br/>{value_text}<br/>{sources} source(s) · click for "
                       "its card", "style": {"fontSize": "13px"}}
    view = pdk.ViewState(latitude=15, longitude=120, zoom=1.9, min_zoom=1, max_zoom=7)
    return pdk.Deck(layers=layers, initial_view_state=view, map_style=OFFLINE_STYLE,
                    tooltip=tooltip, height=height)


def open_card_on_click(event) -> None:
    """Open the Countries page on the country a map click picked."""
    picked = selected_country(event)
    if picked:
        st.switch_page("pages/countries.py", query_params={"country": picked})


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

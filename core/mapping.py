"""The map's data: which countries it shows, each one's value for a measure,
its text and colour, and the facts behind it. Shared by the dashboard's
pydeck map and the exported image, so both show the same thing."""
from __future__ import annotations

import json
import math
from functools import cache

import pandas as pd

from core import data
from core.normalize.countries import name
from core.profiles import MEASURES

STANCE_COLOURS = {
    "aligned": [28, 131, 225], "leaning": [33, 195, 84], "hedging": [255, 164, 33],
    "reluctant": [128, 61, 245], "opposed": [255, 43, 43],
}
NO_DATA = [220, 220, 220]
_COLUMNS = {"stance": ("stance", "stance_sources"),
            "defense_pct_gdp": ("defense_pct_gdp", "defense_sources"),
            "us_troops": ("us_troops", "troops_sources"),
            "tariff_rate": ("tariff_rate", "tariff_sources")}


@cache
def outlines() -> dict:
    """The bundled country outlines (Natural Earth, GeoJSON, `iso3` per feature)."""
    with data.path("countries.geojson").open(encoding="utf-8") as handle:
        return json.load(handle)


@cache
def region() -> tuple[dict, ...]:
    """The countries the map always shows, with a point for very small states."""
    return data.table("indo_pacific.csv")


def map_frame(measure_table: pd.DataFrame, measure: str) -> pd.DataFrame:
    """One row per country on the map (the region's and every country with
    facts): `value`, `value_text`, `sources` and an RGB `colour`."""
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}; expected one of {', '.join(MEASURES)}")
    frame = pd.DataFrame(region())[["iso3"]].rename(columns={"iso3": "country"}).merge(
        measure_table, on="country", how="outer")
    frame = frame[~frame["country"].isin(["EU", "NATO", "ALL"])].copy()
    frame["name"] = frame["country"].map(name)
    value_column, sources_column = _COLUMNS[measure]
    frame["value"] = frame[value_column]
    frame["sources"] = frame[sources_column].fillna(0).astype(int)
    frame["value_text"] = [value_text(measure, v) for v in frame["value"]]
    frame["colour"] = colours(measure, frame["value"])
    return frame.reset_index(drop=True)


def measure_filters(measure: str, frame: pd.DataFrame) -> dict:
    """The core.queries.facts filters that select the facts a measure is
    computed from, for the countries `frame` (a map_frame) gives a value:
    their documents are the map's sources."""
    shown = frame.loc[frame["value"].notna(), "country"].tolist() or ["-"]
    if measure == "stance":
        return {"types": ["stance"], "countries": shown}
    if measure == "defense_pct_gdp":
        return {"types": ["defense_spending"], "units": ["pct_gdp"], "countries": shown}
    if measure == "us_troops":
        return {"types": ["troop_presence"], "counterparts": ["USA"], "countries": shown}
    return {"types": ["tariff"], "countries": ["USA"], "counterparts": shown}


def missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def value_text(measure: str, value) -> str:
    if missing(value):
        return "no data"
    if measure == "stance":
        return str(value)
    if measure == "us_troops":
        return f"{value:,.0f} US troops"
    return f"{value:g}%"


def colours(measure: str, values: pd.Series) -> list[list[int]]:
    """Stance labels in their colours; numbers on a light-to-dark blue scale."""
    if measure == "stance":
        return [STANCE_COLOURS.get(v, NO_DATA) if isinstance(v, str) else NO_DATA
                for v in values]
    numbers = pd.to_numeric(values, errors="coerce")
    low, high = numbers.min(), numbers.max()
    result = []
    for value in numbers:
        if math.isnan(value):
            result.append(NO_DATA)
            continue
        share = 0.5 if high == low else (value - low) / (high - low)
        result.append([int(222 - 190 * share), int(235 - 150 * share), int(247 - 90 * share)])
    return result


def legend_items(measure: str, frame: pd.DataFrame) -> list[tuple[list[int], str]]:
    """(colour, label) pairs explaining the map's colours."""
    if measure == "stance":
        items = [(colour, label) for label, colour in STANCE_COLOURS.items()]
    else:
        numbers = pd.to_numeric(frame["value"], errors="coerce").dropna()
        items = []
        if not numbers.empty:
            low, high = numbers.min(), numbers.max()
            ends = colours(measure, pd.Series([low, high]))
            items = [(ends[0], value_text(measure, low)), (ends[1], value_text(measure, high))]
    return items + [(NO_DATA, "no data")]


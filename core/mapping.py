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
from core.profiles import BOILERPLATE_NOTE, MEASURE_DEFINITIONS, MEASURES

STANCE_COLOURS = {
    "aligned": [28, 131, 225], "leaning": [33, 195, 84], "hedging": [255, 164, 33],
    "reluctant": [128, 61, 245], "opposed": [255, 43, 43],
}
NO_DATA = [220, 220, 220]


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
    facts): `value` (what colours it), `value_text` (the figure in words,
    with its qualifier, status and period; "no data", or a note where only
    boilerplate states it), `sources`, an RGB `colour` and `indo_pacific`."""
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}; expected one of {', '.join(MEASURES)}")
    frame = pd.DataFrame(region())[["iso3"]].rename(columns={"iso3": "country"}).merge(
        measure_table, on="country", how="outer")
    frame = frame[~frame["country"].isin(["EU", "NATO", "ALL"])].copy()
    frame["indo_pacific"] = frame["country"].isin({r["iso3"] for r in region()})
    frame["name"] = frame["country"].map(name)
    frame["value"] = frame[measure].astype(object).where(frame[measure].notna(), None)
    frame["sources"] = frame[f"{measure}_sources"].fillna(0).astype(int)
    anywhere = frame[f"{measure}_with_boilerplate"].fillna(0).astype(int)
    frame["value_text"] = [
        text if not missing(value) else (BOILERPLATE_NOTE if n else "no data")
        for value, text, n in zip(frame["value"], frame[f"{measure}_text"], anywhere)]
    frame["colour"] = colours(measure, frame["value"])
    return frame.reset_index(drop=True)


def measure_filters(measure: str, frame: pd.DataFrame) -> dict:
    """The core.queries.facts filters that select the facts a measure is
    computed from, for the countries `frame` (a map_frame) gives a value:
    their documents are the map's sources."""
    shown = frame.loc[frame["value"].notna(), "country"].tolist() or ["-"]
    if measure == "stance":
        return {"types": ["stance"], "countries": shown}
    spec = MEASURE_DEFINITIONS[measure]
    return {**spec.filters, ("counterparts" if spec.by == "counterpart" else "countries"): shown}


def rule(measure: str) -> str:
    """How a measure picks each country's figure, in words (shown under the map)."""
    return MEASURE_DEFINITIONS[measure].rule + \
        " Facts read from boilerplate (related headlines, captions) are never counted."


def missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def value_text(measure: str, value) -> str:
    """A bare value of a measure (for a legend's ends)."""
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
            items = [(ends[0], value_text(measure, low))]
            if high != low:
                items.append((ends[1], value_text(measure, high)))
    return items + [(NO_DATA, "no data")]


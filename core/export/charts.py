"""Exports of the dashboard's charts: the finished figure (PNG at a chosen
width, or SVG) and the data behind it as CSV, both citing every document
behind the facts the chart shows. Boilerplate facts are left out unless
asked for; figures the sources dispute are stated."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd
import plotly.graph_objects as go

from core import charts, mapping, profiles, queries
from core.describe import (UNIT_NAMES, amount, fact_text, given, text_or, type_name,
                           when_text)
from core.export import images
from core.export.citations import Citation, numbered, with_citations
from core.normalize.countries import name
from core.store import Store
from core.untrusted import csv_frame

CSV_COLUMNS = ["fact", "type", "country", "counterpart", "value", "value_high", "unit", "currency",
               "qualifier", "period", "status", "date", "date_end", "framework", "label",
               "holder", "countries", "quote", "doc", "citation", "source_outlet", "source_title",
               "source_published"]


@dataclass
class ChartExport:
    """A chart ready to leave the dashboard."""

    title: str
    figure: go.Figure
    facts: pd.DataFrame
    citations: list[Citation]
    notes: list[str] = field(default_factory=list)

    def png(self, width: int = images.DEFAULT_WIDTH) -> bytes:
        return images.png(self.figure, width)

    def svg(self) -> bytes:
        return images.svg(self.figure)

    def csv(self) -> str:
        """The facts behind the chart, each also in words (qualifier, status,
        period), with their citations."""
        frame = with_citations(self.facts, self.citations)
        frame["fact"] = [fact_text(f) for f in frame.to_dict("records")]
        return csv_frame(frame[CSV_COLUMNS]).to_csv(index=False)


def _scope(facts: pd.DataFrame, include_boilerplate: bool) -> pd.DataFrame:
    return facts if include_boilerplate else facts[~facts["boilerplate"]]


def dispute_notes(facts: pd.DataFrame) -> list[str]:
    """"Disputed: …" lines for figures different sources state differently."""
    figures = facts[facts["type"].isin(profiles.FIGURE_TYPES)]
    found = profiles.disagreements(figures)
    by_id = figures.set_index("id")
    notes = []
    for row in found.to_dict("records"):
        low, high = by_id.loc[row["id_a"]].to_dict(), by_id.loc[row["id_b"]].to_dict()
        what = ", ".join(x for x in (UNIT_NAMES.get(row["unit"]), when_text(row["period"]),
                                     row["status"]) if given(x))
        notes.append(f"Disputed: {name(row['country'])} {type_name(row['type']).lower()} "
                     f"({what}): {amount(low)} in “{text_or(low['title'], row['doc_a'])}” vs "
                     f"{amount(high)} in “{text_or(high['title'], row['doc_b'])}”")
    return notes


def _assemble(title: str, figure: go.Figure, shown: pd.DataFrame, filters: str,
              exported: date | None) -> ChartExport:
    shown = shown.reset_index(drop=True)
    citations = numbered(shown)
    notes = dispute_notes(shown)
    finished = images.finish(figure, title, filters, citations, notes, exported)
    return ChartExport(title, finished, shown, citations, notes)


def map_export(store: Store, measure: str, include_boilerplate: bool = False,
               exported: date | None = None) -> ChartExport:
    facts = _scope(queries.facts(store), include_boilerplate)
    table = profiles.measures_of(facts)
    frame = mapping.map_frame(table, measure)
    shown = mapping.measure_facts(facts, measure)
    return _assemble(profiles.MEASURES[measure], charts.map_figure(frame, measure), shown,
                     _filters_text(include_boilerplate), exported)


def timeline_export(dated: pd.DataFrame, filters: str, include_boilerplate: bool = False,
                    exported: date | None = None) -> ChartExport:
    shown = _scope(dated, include_boilerplate)
    return _assemble("Timeline of events and dated figures", charts.timeline_figure(shown),
                     shown, f"{filters}; {_filters_text(include_boilerplate)}", exported)


def country_figures_export(store: Store, country: str, include_boilerplate: bool = False,
                           exported: date | None = None) -> ChartExport:
    facts = _scope(queries.facts(store, countries=[country]), include_boilerplate)
    shown = facts[facts["type"].isin(profiles.FIGURE_TYPES)].reset_index(drop=True)
    cite = {c.doc: c.number for c in numbered(shown)}
    return _assemble(f"{name(country)}: figures stated in the sources",
                     charts.figures_figure(shown, cite), shown,
                     f"country {name(country)}; {_filters_text(include_boilerplate)}", exported)


def compare_export(store: Store, countries: list[str], include_boilerplate: bool = False,
                   exported: date | None = None) -> ChartExport:
    facts = _scope(queries.facts(store, countries=countries), include_boilerplate)
    table = profiles.measures_of(facts).set_index("country").reindex(countries).reset_index()
    table["name"] = table["country"].map(name)
    shown = facts[facts["type"] == "stance"]
    return _assemble("Stance toward the US-led side, compared", charts.compare_figure(table),
                     shown, f"countries {', '.join(name(c) for c in countries)}; "
                            f"{_filters_text(include_boilerplate)}", exported)


def _filters_text(include_boilerplate: bool) -> str:
    return "boilerplate included" if include_boilerplate else "boilerplate excluded"

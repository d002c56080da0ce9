"""Exports of the dashboard's charts: the finished figure (PNG at a chosen
width, or SVG) and the data behind it as CSV. The image's footer cites the
best-ranked sources of what it shows and says how many more there are; the
CSV carries every fact with every citation. Each chart is drawn from the
same data, filters and rules as on screen (boilerplate facts left out unless
asked for), and the sources are counted in the database, so an export takes
the same time at any store size; the facts behind a CSV are read only when
it is asked for."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Callable

import pandas as pd
import plotly.graph_objects as go

from core import charts, mapping, profiles, queries
from core.export import figures as figure_rows
from core.export import images
from core.export.citations import Citation, numbered, ranked, with_citations
from core.normalize.countries import name
from core.store import Store
from core.untrusted import csv_frame

CSV_COLUMNS = ["type", "country", "counterpart", "value", "value_high", "unit", "currency",
               "qualifier", "period", "status", "date", "date_end", "framework", "label",
               "holder", "quote", "doc", "citation", "source_outlet", "source_title",
               "source_published", "source_page"]


@dataclass
class ChartExport:
    """A chart ready to leave the dashboard: `facts` (every fact behind it)
    is read when first used."""

    title: str
    figure: go.Figure
    citations: list[Citation]
    load_facts: Callable[[], pd.DataFrame] = field(repr=False)
    notes: list[str] = field(default_factory=list)

    @cached_property
    def facts(self) -> pd.DataFrame:
        return self.load_facts().reset_index(drop=True)

    def png(self, width: int = images.DEFAULT_WIDTH) -> bytes:
        return images.png(self.figure, width)

    def svg(self) -> bytes:
        return images.svg(self.figure)

    def csv(self) -> str:
        frame = with_citations(self.facts, self.citations)
        return csv_frame(frame[CSV_COLUMNS]).to_csv(index=False)


def _assemble(title: str, figure: go.Figure, citations: list[Citation], filters: str,
              load_facts: Callable[[], pd.DataFrame], notes: list[str] = (),
              exported: date | None = None) -> ChartExport:
    finished = images.finish(figure, title, filters, citations, list(notes), exported)
    return ChartExport(title, finished, citations, load_facts, list(notes))


def _measures(store: Store, include_boilerplate: bool, given: pd.DataFrame | None):
    """The measures table: `given` (the copy a page holds already, computed
    by core.profiles.measures with the same boilerplate rule), else computed."""
    return given if given is not None else profiles.measures(
        store, include_boilerplate=include_boilerplate)


def map_export(store: Store, measure: str, include_boilerplate: bool = False,
               exported: date | None = None, measures: pd.DataFrame | None = None
               ) -> ChartExport:
    """The map as the Map page draws it (core.profiles.measures; pass the
    page's copy as `measures` to save computing it again), citing the
    documents that state the measure for a country it colours."""
    frame = mapping.map_frame(_measures(store, include_boilerplate, measures), measure)
    filters = {**mapping.measure_filters(measure, frame),
               "include_boilerplate": include_boilerplate}
    notes = [] if measure == "stance" else [
        "Each country shows the highest value its newest source states; the CSV lists "
        "every value and its source."]
    return _assemble(profiles.MEASURES[measure], charts.map_figure(frame, measure),
                     ranked(queries.sources(store, **filters)), _filters_text(include_boilerplate),
                     lambda: queries.facts(store, **filters), notes, exported)


def timeline_export(dated: pd.DataFrame, filters: str, include_boilerplate: bool = False,
                    exported: date | None = None) -> ChartExport:
    """The timeline of the dated facts a page shows (already limited there)."""
    shown = _scope(dated, include_boilerplate).reset_index(drop=True)
    return _assemble("Timeline of events and dated figures",
                     charts.timeline_figure(shown, hover=False),
                     numbered(shown), f"{filters}; {_filters_text(include_boilerplate)}",
                     lambda: shown, exported=exported)


def country_figures_export(store: Store, country: str, include_boilerplate: bool = False,
                           exported: date | None = None) -> ChartExport:
    """A country's figures as a table of the most-sourced kinds of figure."""
    filters = {"countries": [country], "types": list(profiles.FIGURE_TYPES),
               "include_boilerplate": include_boilerplate}
    citations = ranked(queries.sources(store, **filters))
    cite = {c.doc: c.number for c in citations}
    kinds = figure_rows.kinds(store, [country], include_boilerplate)
    rows, more = figure_rows.summary(kinds, cite)
    notes = figure_rows.dispute_notes(kinds, cite)
    if more:
        notes.append(f"The {len(rows)} kinds of figure most sources state; {more:,} more in "
                     "the CSV.")
    return _assemble(f"{name(country)}: figures stated in the sources",
                     charts.figures_figure(rows), citations,
                     f"country {name(country)}; {_filters_text(include_boilerplate)}",
                     lambda: queries.facts(store, **filters), notes, exported)


def compare_export(store: Store, countries: list[str], include_boilerplate: bool = False,
                   exported: date | None = None, measures: pd.DataFrame | None = None
                   ) -> ChartExport:
    """Countries' stances side by side, as the Countries page compares them
    (`measures` as for map_export)."""
    table = _measures(store, include_boilerplate, measures) \
        .set_index("country").reindex(countries).reset_index()
    table["name"] = table["country"].map(name)
    filters = {"types": ["stance"], "countries": countries,
               "include_boilerplate": include_boilerplate}
    return _assemble("Stance toward the US-led side, compared", charts.compare_figure(table),
                     ranked(queries.sources(store, **filters)),
                     f"countries {', '.join(name(c) for c in countries)}; "
                     f"{_filters_text(include_boilerplate)}",
                     lambda: queries.facts(store, **filters), exported=exported)


def _scope(facts: pd.DataFrame, include_boilerplate: bool) -> pd.DataFrame:
    return facts if include_boilerplate else facts[~facts["boilerplate"]]


def _filters_text(include_boilerplate: bool) -> str:
    return "boilerplate included" if include_boilerplate else "boilerplate excluded"

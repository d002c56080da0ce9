"""Finished chart images: a title, the date of export, the filters in force,
notes on disputed figures, and a footer of numbered source citations; drawn
on the server by plotly's image export (kaleido driving the system's
Chromium, no network needed)."""
from __future__ import annotations

import threading
import warnings
from datetime import date

import plotly.graph_objects as go

from core.export.citations import Citation
from core.untrusted import for_plotly

DEFAULT_WIDTH = 1600
_LINE = 22
_server_lock = threading.Lock()
_server_started = False


def finish(figure: go.Figure, title: str, filters: str, citations: list[Citation],
           notes: list[str] = (), exported: date | None = None) -> go.Figure:
    """A copy of `figure` with its title, subtitle and citation footer.
    Source text (titles, outlets) is escaped: plotly reads some tags in text."""
    exported = exported or date.today()
    finished = go.Figure(figure)
    subtitle = f"Exported {exported.isoformat()} · {filters}"
    lines = [for_plotly(n) for n in notes] + ["Sources:"] + \
        [for_plotly(c.text()) for c in citations]
    footer = "<br>".join(lines)
    bottom = 70 + _LINE * len(lines)
    body = figure.layout.height or 560
    finished.update_layout(
        title={"text": f"<b>{for_plotly(title)}</b><br><sup>{for_plotly(subtitle)}</sup>",
               "x": 0.01, "xanchor": "left"},
        margin={"t": 90, "b": bottom, "l": 20, "r": 20},
        height=body + 90 + bottom, paper_bgcolor="white")
    finished.add_annotation(text=footer, xref="paper", yref="paper", x=0, y=0,
                            xanchor="left", yanchor="top", yshift=-55, showarrow=False,
                            align="left", font={"size": 12, "color": "#333"})
    return finished


def _ensure_server() -> None:
    """Start kaleido's browser once per process: each image then takes a
    fraction of a second instead of a cold browser start."""
    global _server_started
    with _server_lock:
        if not _server_started:
            import kaleido

            kaleido.start_sync_server(silence_warnings=True)
            _server_started = True


def _render(figure: go.Figure, **options) -> bytes:
    _ensure_server()
    with warnings.catch_warnings():
        # plotly passes kaleido options that a running server does not use
        warnings.filterwarnings("ignore", message="The kopts argument is ignored")
        return figure.to_image(**options)


def png(figure: go.Figure, width: int = DEFAULT_WIDTH) -> bytes:
    """The figure as a PNG `width` pixels wide (height in proportion to its layout)."""
    height = figure.layout.height or 700
    return _render(figure, format="png", width=1200, height=height, scale=width / 1200)


def svg(figure: go.Figure) -> bytes:
    return _render(figure, format="svg", width=1200, height=figure.layout.height or 700)

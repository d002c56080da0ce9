"""Finished chart images: a title, the date of export, the filters in force,
notes on disputed figures, and a footer of the best-ranked source citations
(capped, so an image is the same size at any store size); drawn on the server
by plotly's image export (kaleido driving the system's Chromium, no network
needed).

Layout for a slide: the figure is laid out at PAGE_WIDTH CSS pixels and
scaled to the requested width, so its text stays in proportion at any width;
at the default 1600 px the smallest text is 21 px, readable with the image
shrunk to half a slide.
"""
from __future__ import annotations

import threading
import warnings
from datetime import date

import plotly.graph_objects as go

from core.charts import FONT
from core.export.citations import Citation, footer
from core.untrusted import for_plotly

DEFAULT_WIDTH = 1600
PAGE_WIDTH = 1000
TITLE_SPACE = 80
FOOTER_LINE = 21
FOOTER_FONT = 14
_server_lock = threading.Lock()
_server_started = False


def finish(figure: go.Figure, title: str, filters: str, citations: list[Citation],
           notes: list[str] = (), exported: date | None = None) -> go.Figure:
    """A copy of `figure` with its title and subtitle above (in a margin of
    their own, clear of any legend the figure places above its plot) and its
    notes and citations below its axes. Source text (titles, outlets) is
    escaped: plotly reads some tags in text."""
    exported = exported or date.today()
    finished = go.Figure(figure)
    margin = figure.layout.margin
    top, bottom = (margin.t or 10), (margin.b or 10)
    lines = [for_plotly(n) for n in notes] + ["Sources (most facts first):"] + \
        [for_plotly(line) for line in footer(citations)]
    footer_height = 16 + FOOTER_LINE * len(lines)
    body = figure.layout.height or 520
    height = TITLE_SPACE + body + footer_height
    plot_height = body - top - bottom
    subtitle = f"Exported {exported.isoformat()} · {filters}"
    left = margin.l if margin.l is not None else 20
    right = margin.r if margin.r is not None else 20
    finished.update_layout(
        title={"text": f"<b>{for_plotly(title)}</b>", "font": {"size": 24},
               "subtitle": {"text": for_plotly(subtitle), "font": {"size": 15}},
               "x": 16 / PAGE_WIDTH, "xanchor": "left", "xref": "container",
               "y": 1 - 16 / height, "yanchor": "top", "yref": "container"},
        margin={"t": TITLE_SPACE + top, "b": bottom + footer_height, "l": left, "r": right},
        width=PAGE_WIDTH, height=height, paper_bgcolor="white", font={"family": FONT})
    finished.add_annotation(
        text="<br>".join(lines), xref="paper", yref="paper",
        x=-(left - 16) / (PAGE_WIDTH - left - right), y=-bottom / plot_height, yshift=-6,
        xanchor="left", yanchor="top", showarrow=False, align="left",
        font={"size": FOOTER_FONT, "color": "#333"})
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
    return _render(figure, format="png", width=PAGE_WIDTH, height=_height(figure),
                   scale=width / PAGE_WIDTH)


def svg(figure: go.Figure) -> bytes:
    return _render(figure, format="svg", width=PAGE_WIDTH, height=_height(figure))


def _height(figure: go.Figure) -> int:
    return int(figure.layout.height or 700)

"""Export buttons under a chart: PNG (at a chosen width), SVG and CSV, each
built only when clicked (image rendering takes a second or more), from the
same data the chart shows, with its citations."""
from __future__ import annotations

from typing import Callable

import streamlit as st

from core.export.charts import ChartExport
from core.export.images import DEFAULT_WIDTH


def export_buttons(make: Callable[[], ChartExport], key: str, file_stem: str) -> None:
    """Three download buttons for the export `make` builds (called on click only)."""
    with st.expander("Export this chart (PNG, SVG, CSV with sources)"):
        width = st.number_input("PNG width (px)", min_value=600, max_value=4000,
                                value=DEFAULT_WIDTH, step=100, key=f"{key}_width")
        left, middle, right = st.columns(3)
        left.download_button("PNG", lambda: make().png(int(width)), file_name=f"{file_stem}.png",
                             mime="image/png", key=f"{key}_png", icon=":material/image:")
        middle.download_button("SVG", lambda: make().svg(), file_name=f"{file_stem}.svg",
                               mime="image/svg+xml", key=f"{key}_svg")
        right.download_button("CSV", lambda: make().csv(), file_name=f"{file_stem}.csv",
                              mime="text/csv", key=f"{key}_csv")
        st.caption("Exports leave out facts read from boilerplate and state disputed "
                   "figures; the image cites the sources behind most of what it shows, the "
                   "CSV every one.")

"""How text from articles and file names leaves the tracker safely, outside
the dashboard's own rendering (ui.render): in plotly figures, CSV files and
PowerPoint packs. Each function keeps the text as written and only stops the
receiving program from interpreting it."""
from __future__ import annotations

import html
import re

import pandas as pd

# Cells a spreadsheet would read as a formula (OWASP "CSV injection"):
# starting with =, +, -, @, a tab or a carriage return.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 (and so PowerPoint) cannot hold.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def for_plotly(text) -> str:
    """`text` for a plotly title, hover or annotation: plotly reads a few
    HTML tags (<a href>, <b>, <br>…) and entities in text, so `<`, `>`, `&`
    and quotes are written as entities, which it shows as the characters."""
    return html.escape("" if text is None else str(text), quote=True)


def csv_cell(value):
    """A CSV cell a spreadsheet shows as text: a string that starts like a
    formula gets a leading apostrophe (the OWASP rule); anything else is
    returned unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` with every text cell passed through `csv_cell`."""
    return frame.map(csv_cell)


def csv_record(record: dict) -> dict:
    """A CSV row (dict) with every text cell passed through `csv_cell`."""
    return {key: csv_cell(value) for key, value in record.items()}


def for_xml(text: str) -> str:
    """`text` without the control characters XML cannot hold (python-pptx
    refuses them), each replaced by a space."""
    return _NOT_XML.sub(" ", text)

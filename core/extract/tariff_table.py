"""Tariff rates laid out one country a line: a table ("Japan | 25% | Aug. 1 |
24%", cells split by bars, tabs or wide spaces) or a list ("- Vietnam: 46%").

A row counts when its first cell is a country, another cell holds a
percentage, and the line that introduces the rows (the table's header or
the sentence before the list) or the line above it speaks of tariffs, or of
rates in an article whose title speaks of tariffs. With a header, the rate is
read from the first column named for the rate in force ("New rate",
"Tariff") rather than an earlier one ("Old rate", "April rate"); without one,
from the first percentage of the row.
"""
from __future__ import annotations

import re

from core.extract.reading import US_SIDE, Reading, SentenceReading, cues, status
from core.model import Fact
from core.normalize import countries, numbers

STATUSES = ("conditional", "threatened", "proposed", "agreed", "imposed")
_CELLS = re.compile(r"\s*\|\s*|\t+|\s{2,}|:\s+|\s+[–—-]\s+|\s+(?=\d[\d.]*\s?%)")
_HEADER_CELLS = re.compile(r"\s*\|\s*|\t+|\s{2,}")
_BULLET = re.compile(r"^[\s|*•·\-–—]*(?:\d{1,2}[.)]\s+)?")
_SEPARATOR = re.compile(r"^[\s|:\-–—=+]*$")
_LOOK_BACK = 40
_LEADING = " \t|*•·-–—"  # what may stand before a row's first cell on its line
_NAME_LENGTH = 40  # a first cell longer than any country's name is prose
_PERCENT = re.compile(r"%|\bper\s?cent\b", re.IGNORECASE)


def read_row(reading: Reading, sentence: SentenceReading, fact_type: str,
             version: str) -> list[Fact]:
    """The fact of a table row or list item that starts at `sentence`, if any."""
    text = reading.doc.text
    line_start = sentence.start
    while line_start > 0 and text[line_start - 1] in _LEADING:
        line_start -= 1
    if line_start > 0 and text[line_start - 1] != "\n":
        return []
    line = _line_at(text, line_start)
    if not _PERCENT.search(line):
        return []
    row = _row(line)
    if row is None:
        return []
    code, cells = row
    intro = _intro(text, line_start)
    if intro is None:
        return []
    above = _intro(text, intro[1])
    if not _introduces_tariffs(reading, intro[0], above[0] if above else "", fact_type):
        return []
    intro = intro[0]
    rate = _rate(cells, _header(intro))
    if rate is None or code == US_SIDE:
        return []
    return [reading.fact(
        sentence, fact_type, version, country=US_SIDE, counterpart=code, value=rate.value,
        value_high=rate.value_high, unit="pct_rate", qualifier=rate.qualifier,
        status=status(intro, STATUSES, "imposed"))]


def _introduces_tariffs(reading: Reading, intro: str, above: str, fact_type: str) -> bool:
    """Whether the line introducing the rows, or the one above it, speaks of
    tariffs, or the introduction speaks of rates ("Here are the new rates
    each country faces:") in an article whose title does; not when it
    names rates of something else ("The interest rates to watch:")."""
    if cues(fact_type, "other_rate").search(intro):
        return False
    return bool(cues(fact_type, "topic").search(intro + "\n" + above) or
                cues(fact_type, "near").search(intro) and
                cues(fact_type, "topic").search(reading.doc.title or ""))


def _line_at(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start:end if end >= 0 else len(text)]


def _row(line: str) -> tuple[str, list[str]] | None:
    """(country, the other cells) when `line` is a row whose first cell is a
    country and whose other cells hold a percentage."""
    body = line[_BULLET.match(line).end():]
    cells = [c for c in _CELLS.split(body) if c.strip()]
    if len(cells) < 2:
        return None
    name = re.sub(r"^the\s+", "", cells[0].strip(), flags=re.IGNORECASE)
    if len(name) > _NAME_LENGTH:
        return None
    mentions = countries.find(name)
    if len(mentions) != 1 or mentions[0].start != 0 or mentions[0].end != len(name):
        return None
    if not any(_percent(c) for c in cells[1:]):
        return None
    return mentions[0].code, cells[1:]


def _intro(text: str, line_start: int) -> tuple[str, int] | None:
    """The nearest line above `line_start` (and where it starts) that is
    neither a row nor a rule nor blank: the header or the sentence that
    introduces the rows."""
    end = line_start - 1
    for _ in range(_LOOK_BACK):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not _SEPARATOR.match(line) and _row(line) is None:
            return line, start
        end = start - 1
    return None


def _header(line: str) -> list[str]:
    """The cells of a header line, without its first (the country column)."""
    cells = [c for c in _HEADER_CELLS.split(line.strip()) if c.strip()]
    return cells[1:] if len(cells) >= 3 and not _percent(line) else []


def _rate(cells: list[str], header: list[str]) -> numbers.Quantity | None:
    """The row's rate: under the header's column for the rate in force, else
    the first percentage."""
    current = [i for i, h in enumerate(header) if cues("tariff", "table_rate").search(h)
               and not cues("tariff", "table_old").search(h)]
    if current and current[0] < len(cells) and len(cells) == len(header):
        return _percent(cells[current[0]])
    return next((q for c in cells if (q := _percent(c))), None)


def _percent(cell: str) -> numbers.Quantity | None:
    found = [q for q in numbers.find(cell) if q.kind == "percent" and q.form != "fraction"]
    return found[0] if found else None

"""Facts out, exactly as the fact contract writes them.

JSONL: one contract record a line, null fields left out. CSV: one column per
contract field (and the extra `countries` and `holder`), empty where null;
`countries` is joined with ";"; a cell a spreadsheet would run as a formula
gets a leading apostrophe (core.untrusted.csv_cell).
"""
from __future__ import annotations

import csv
import io
import json
from typing import IO, Iterable

from core.model import RECORD_FIELDS, Fact
from core.untrusted import csv_record

FORMATS = ("jsonl", "csv")


def write(facts: Iterable[Fact], out: IO[str], fmt: str = "jsonl") -> int:
    """Write `facts` to `out` in `fmt`; returns how many were written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    records = (fact.to_record() for fact in facts)
    return _write_jsonl(records, out) if fmt == "jsonl" else _write_csv(records, out)


def _write_jsonl(records: Iterable[dict], out: IO[str]) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def _write_csv(records: Iterable[dict], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=RECORD_FIELDS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in records:
        if "countries" in record:
            record = {**record, "countries": ";".join(record["countries"])}
        writer.writerow(csv_record(record))
        count += 1
    return count


def to_string(facts: Iterable[Fact], fmt: str = "jsonl") -> str:
    buffer = io.StringIO()
    write(facts, buffer, fmt)
    return buffer.getvalue()

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

from core.describe import given
from core.model import RECORD_FIELDS, Fact
from core.untrusted import csv_record

FORMATS = ("jsonl", "csv")
#: What the Facts page's downloads add to each record: where it was read
#: (boilerplate or not), how sure the rules are, and its source.
SOURCE_FIELDS = ("boilerplate", "confidence", "title", "outlet", "published")


def write(facts: Iterable[Fact], out: IO[str], fmt: str = "jsonl",
          sources: Iterable[dict] | None = None) -> int:
    """Write `facts` to `out` in `fmt`; returns how many were written. With
    `sources` (one dict per fact, in order), each record also carries the
    SOURCE_FIELDS those dicts give (absent values left out, as nulls are)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    records = (fact.to_record() for fact in facts)
    fieldnames = RECORD_FIELDS
    if sources is not None:
        records = ({**record, **{k: _plain(extra[k]) for k in SOURCE_FIELDS
                                 if given(extra.get(k))}}
                   for record, extra in zip(records, sources))
        fieldnames = RECORD_FIELDS + SOURCE_FIELDS
    return _write_jsonl(records, out) if fmt == "jsonl" else _write_csv(records, out, fieldnames)


def _plain(value):
    """A numpy scalar as the Python value JSON can write."""
    return value.item() if hasattr(value, "item") else value


def _write_jsonl(records: Iterable[dict], out: IO[str]) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def _write_csv(records: Iterable[dict], out: IO[str], fieldnames=RECORD_FIELDS) -> int:
    writer = csv.DictWriter(out, fieldnames=fieldnames, lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in records:
        if "countries" in record:
            record = {**record, "countries": ";".join(record["countries"])}
        writer.writerow(csv_record(record))
        count += 1
    return count


def to_string(facts: Iterable[Fact], fmt: str = "jsonl",
              sources: Iterable[dict] | None = None) -> str:
    buffer = io.StringIO()
    write(facts, buffer, fmt, sources)
    return buffer.getvalue()

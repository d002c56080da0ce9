"""A country's figures summarised for a slide: one row per kind of figure
(type, counterpart, unit, status, period), giving the value its newest source
states, the range where sources differ, and how many sources state it. The
rows most sources state come first, capped to what a slide holds; the CSV
beside an export keeps every fact."""
from __future__ import annotations

import pandas as pd

from core.describe import amount, type_name
from core.normalize.countries import name

ROWS = 10
KEYS = ["type", "counterpart", "unit", "status", "period"]
COLUMNS = ["figure", "value", "status", "period", "sources", "docs", "count"]


def summary(figures: pd.DataFrame, cite: dict[str, int], rows: int = ROWS) -> tuple[pd.DataFrame,
                                                                                   int]:
    """The summary rows of `figures` (at most `rows`, most-sourced first,
    then in type order) and how many more kinds of figure there are. `cite`
    maps documents to citation numbers; each row cites its newest source
    and says how many others there are."""
    if figures.empty:
        return pd.DataFrame(columns=COLUMNS), 0
    frame = figures.assign(**{k: figures[k].fillna("") for k in KEYS},
                           _published=figures["published"].fillna(""))
    frame = frame.sort_values(["_published", "doc"], ascending=False)
    table = []
    for key, group in frame.groupby(KEYS, sort=False):
        newest = group.iloc[0].to_dict()
        table.append({**dict(zip(KEYS, key)), "newest": newest, "group": group})
    table.sort(key=lambda r: (-r["group"]["doc"].nunique(), r["type"], r["counterpart"],
                              r["unit"], r["period"]))
    shown = sorted(table[:rows], key=lambda r: (r["type"], r["counterpart"], r["unit"],
                                                r["period"], r["status"]))
    return pd.DataFrame([_row(r, cite) for r in shown], columns=COLUMNS), len(table) - len(shown)


def _row(entry: dict, cite: dict[str, int]) -> dict:
    group, newest = entry["group"], entry["newest"]
    counterpart = f" → {name(entry['counterpart'])}" if entry["counterpart"] else ""
    value = amount({**newest, "qualifier": newest.get("qualifier") or None})
    low, high = group["value"].min(), group["value"].max()
    if high - low > 0.01 * max(abs(low), abs(high)):
        value += f" (sources: {_plain(low, entry['unit'])}–{_plain(high, entry['unit'])})"
    docs = group["doc"].nunique()
    others = f" +{docs - 1:,}" if docs > 1 else ""
    return {"figure": type_name(entry["type"]) + counterpart, "value": value,
            "status": entry["status"], "period": entry["period"],
            "sources": f"[{cite[newest['doc']]}]{others}", "docs": docs, "count": len(group)}


def _plain(value: float, unit: str) -> str:
    """A range end, short: the unit reads on the row already."""
    if unit == "money":
        return amount({"value": value, "unit": unit})
    return f"{value:,.4g}"

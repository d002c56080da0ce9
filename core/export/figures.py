"""A country's figures summarised for a slide: one row per kind of figure
(type, counterpart, unit, status, period; core.queries.kinds ranks them in
the database), giving the value its newest source states, the range where
sources differ, and how many sources state it. The kinds most sources state
come first, capped to what a slide holds; the CSV beside an export keeps
every fact. Disputes (different sources, values more than 1% apart) are
stated as notes, the first few and how many more."""
from __future__ import annotations

import pandas as pd

from core import profiles, queries
from core.describe import amount, type_name
from core.normalize.countries import name
from core.store import Store

ROWS = 10
DISPUTE_LINES = 3
KEYS = ["country", "type", "counterpart", "unit", "status", "period"]
COLUMNS = ["figure", "value", "status", "period", "sources", "docs"]


def kinds(store: Store, countries: list[str], include_boilerplate: bool) -> pd.DataFrame:
    """The kinds of figure the countries' sources state (core.queries.kinds)."""
    return queries.kinds(store, KEYS, countries=countries, types=list(profiles.FIGURE_TYPES),
                         include_boilerplate=include_boilerplate)


def summary(table: pd.DataFrame, cite: dict[str, int], rows: int = ROWS) -> tuple[pd.DataFrame,
                                                                                  int]:
    """The summary rows of `table` (kinds of figure: at most `rows`, the
    most-sourced first, shown in type order) and how many more kinds there
    are. `cite` maps documents to citation numbers; each row cites its
    newest source and says how many others there are."""
    if table.empty:
        return pd.DataFrame(columns=COLUMNS), 0
    ranked = table.sort_values(["sources"] + KEYS, ascending=[False] + [True] * len(KEYS))
    shown = ranked.head(rows).sort_values(["type", "counterpart", "unit", "period", "status"])
    return (pd.DataFrame([_row(r, cite) for r in shown.to_dict("records")], columns=COLUMNS),
            len(table) - len(shown))


def _row(kind: dict, cite: dict[str, int]) -> dict:
    counterpart = f" → {name(kind['counterpart'])}" if kind["counterpart"] else ""
    value = amount(kind)
    if _differ(kind):
        value += f" (sources: {_plain(kind['low'], kind['unit'])}–" \
                 f"{_plain(kind['high'], kind['unit'])})"
    others = f" +{kind['sources'] - 1:,}" if kind["sources"] > 1 else ""
    return {"figure": type_name(kind["type"]) + counterpart, "value": value,
            "status": kind["status"], "period": kind["period"],
            "sources": f"[{cite[kind['doc']]}]{others}", "docs": kind["sources"]}


def _differ(kind: dict) -> bool:
    low, high = kind["low"], kind["high"]
    return high - low > 0.01 * max(abs(low), abs(high))


def _plain(value: float, unit: str) -> str:
    """A range end, short: the unit reads on the row already."""
    if unit == "money":
        return amount({"value": value, "unit": unit})
    return f"{value:,.4g}" if abs(value) < 10_000 else f"{value:,.0f}"


def _amount(kind: dict, end: str) -> str:
    return amount({"value": kind[end], "unit": kind["unit"], "currency": kind["currency"]})


def dispute_notes(table: pd.DataFrame, cite: dict[str, int],
                  limit: int = DISPUTE_LINES) -> list[str]:
    """"Disputed: …" lines for kinds of figure that different sources state
    more than 1% apart (the first `limit`, then how many more), citing by number."""
    disputed = [k for k in table.to_dict("records") if k["low_doc"] != k["high_doc"]
                and _differ(k)]
    lines = []
    for k in disputed[:limit]:
        context = ", ".join(x for x in (k["status"], k["period"]) if x)
        lines.append(f"Disputed: {name(k['country'])} {type_name(k['type']).lower()}"
                     f"{' (' + context + ')' if context else ''}: "
                     f"{_amount(k, 'low')} [{cite[k['low_doc']]}] "
                     f"vs {_amount(k, 'high')} [{cite[k['high_doc']]}]")
    if len(disputed) > limit:
        lines.append(f"and {len(disputed) - limit:,} more disputed figures — every value is in "
                     "the CSV")
    return lines

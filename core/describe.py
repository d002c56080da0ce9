"""Facts in plain words, for pages, chart hovers, citations and briefing
packs: "South Korea → United States: USD 10 billion (demanded)"."""
from __future__ import annotations

import math

from core.normalize.countries import name

TYPE_NAMES = {
    "defense_spending": "Defence spending", "troop_cost": "Troop costs",
    "troop_presence": "Troop presence", "tariff": "Tariffs", "event": "Events",
    "stance": "Stances", "membership": "Memberships",
}
UNIT_NAMES = {"pct_gdp": "% of GDP", "pct_change": "% change", "pct_share": "% share of costs",
              "pct_rate": "% tariff rate", "money": "amount", "troops": "troops",
              "multiple": "times"}


def type_name(fact_type: str) -> str:
    return TYPE_NAMES.get(fact_type, fact_type)


def given(value) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def fact_text(fact: dict) -> str:
    """A fact's normalised content in words."""
    kind = fact["type"]
    if kind == "stance":
        holder = f" ({fact['holder']})" if given(fact.get("holder")) else ""
        return f"{name(fact['country'])}: {fact['label']} toward " \
               f"{name(fact.get('counterpart') or 'USA')}{holder}"
    if kind == "membership":
        return f"{name(fact['country'])}: {fact['status']} of {fact['framework']}"
    if kind == "event":
        end = fact.get("date_end")
        return f"{fact['date']}" + (f" to {end}" if given(end) else "")
    return _figure(fact)


def amount(fact: dict) -> str:
    """A figure's number with its unit: "over 2% of GDP", "USD 10 billion"."""
    value, high, unit = fact["value"], fact.get("value_high"), fact["unit"]
    if unit == "money":
        scale = next(((s, n) for s, n in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
                      if value >= s), None)
        number = f"{value / scale[0]:,.4g} {scale[1]}" if scale else f"{value:,.0f}"
        number = f"{fact.get('currency') or ''} {number}".strip()
    elif unit == "troops":
        number = f"{value:,.0f} troops"
    elif unit == "multiple":
        number = f"{value:g}×"
    else:
        number = f"{value:,.4g}" + (f"–{high:,.4g}" if given(high) else "")
        number += {"pct_gdp": "% of GDP", "pct_change": "% change", "pct_share": "% share",
                   "pct_rate": "% rate"}.get(unit, "")
    qualifier = fact.get("qualifier")
    if given(qualifier) and qualifier != "exact":
        number = f"{qualifier.replace('_', ' ')} {number}"
    return number


def _figure(fact: dict) -> str:
    who = name(fact["country"]) if given(fact.get("country")) else ""
    if given(fact.get("counterpart")):
        who += f" → {name(fact['counterpart'])}"
    extras = [x for x in (fact.get("status"), fact.get("period")) if given(x)]
    return f"{who}: {amount(fact)}" + (f" ({', '.join(extras)})" if extras else "")

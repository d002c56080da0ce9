"""Country profiles: where a country stands, its figures, its memberships, and
where sources disagree. Plain data out (dicts and DataFrames), for the pages,
the exports and the command line alike."""
from __future__ import annotations

from collections import Counter

import pandas as pd

from core import queries
from core.evaluate import side
from core.normalize.countries import name
from core.store import Store

FIGURE_TYPES = ("defense_spending", "troop_cost", "troop_presence", "tariff")
LABEL_SCORE = {"aligned": 2, "leaning": 1, "hedging": 0, "reluctant": -1, "opposed": -2}
SIDE_NAMES = {"USA": "Washington", "CHN": "Beijing"}
_PHRASES = {
    "aligned": "aligned with {side}", "leaning": "leaning toward {side}",
    "hedging": "hedging between Washington and Beijing",
    "reluctant": "reluctant toward {side}", "opposed": "opposed to {side}",
}


def stance_score(label: str, counterpart: str | None) -> int:
    """-2 (opposed to the US-led side) … +2 (aligned with it); a stance
    toward China counts the other way."""
    score = LABEL_SCORE.get(label, 0)
    return -score if counterpart == "CHN" else score


def overall_label(mean_score: float) -> str:
    """The label nearest a mean stance score, for colouring a map."""
    for label, threshold in (("aligned", 1.5), ("leaning", 0.5), ("hedging", -0.5),
                             ("reluctant", -1.5)):
        if mean_score >= threshold:
            return label
    return "opposed"


def phrase(label: str, counterpart: str | None) -> str:
    return _PHRASES[label].format(side=SIDE_NAMES.get(counterpart or "USA", "Washington"))


def _ordered(stances: pd.DataFrame) -> pd.DataFrame:
    """Newest first (publication date, unknown last), then most confident."""
    frame = stances.assign(_published=stances["published"].fillna(""))
    return frame.sort_values(["_published", "confidence"], ascending=False).drop(
        columns="_published")


def stance_summary(stances: pd.DataFrame) -> dict:
    """What the stance facts of one country say, in numbers and in words:
    counts per side and label, how many sources, the overall label, the
    latest stance, the strongest evidence, and a summary per holder
    ("government leaning toward Washington; public reluctant toward Washington")."""
    if stances.empty:
        return {"facts": 0, "sources": 0, "sides": {}, "labels": {}, "overall": None,
                "score": None, "summary": "", "latest": None, "evidence": []}
    ordered = _ordered(stances)
    ordered = ordered.assign(_score=[stance_score(label, counterpart) for label, counterpart
                                     in zip(ordered["label"], ordered["counterpart"])])
    sides = Counter(side(l, c) for l, c in zip(stances["label"], stances["counterpart"]))
    mean = ordered["_score"].mean()
    parts = []
    for holder in ("government", "public"):
        rows = ordered[ordered["holder"].fillna("government") == holder]
        if rows.empty:
            continue
        top = Counter(zip(rows["label"], rows["counterpart"])).most_common()
        best = max(top, key=lambda item: item[1])[0]
        parts.append(f"{holder} {phrase(*best)}")
    evidence = ordered.assign(_strength=ordered["_score"].abs()).sort_values(
        ["boilerplate", "_strength", "confidence"], ascending=[True, False, False])
    return {
        "facts": len(stances),
        "sources": stances["doc"].nunique(),
        "sides": dict(sides),
        "labels": dict(Counter(stances["label"])),
        "score": round(float(mean), 2),
        "overall": overall_label(mean),
        "summary": "; ".join(parts),
        "latest": ordered.drop(columns="_score").iloc[0].to_dict(),
        "evidence": evidence.drop(columns=["_strength", "_score"]).to_dict("records"),
    }


def disagreements(figures: pd.DataFrame) -> pd.DataFrame:
    """Figures that sources state differently: the same country, type, unit,
    period, counterpart and status given values more than 1% apart by
    different documents. One row per pair of differing sources."""
    columns = ["country", "type", "unit", "period", "counterpart", "status", "value_a", "doc_a",
               "quote_a", "value_b", "doc_b", "quote_b"]
    if figures.empty:
        return pd.DataFrame(columns=columns)
    keys = ["country", "type", "unit", "period", "counterpart", "status"]
    rows = []
    for key, group in figures.fillna({k: "" for k in keys}).groupby(keys):
        distinct = group.drop_duplicates(["doc", "value"])
        records = distinct.to_dict("records")
        for i, a in enumerate(records):
            for b in records[i + 1:]:
                if a["doc"] != b["doc"] and abs(a["value"] - b["value"]) > 0.01 * max(
                        abs(a["value"]), abs(b["value"])):
                    rows.append([*key, a["value"], a["doc"], a["quote"],
                                 b["value"], b["doc"], b["quote"]])
    frame = pd.DataFrame(rows, columns=columns)
    return frame.replace({"period": {"": None}, "counterpart": {"": None}, "status": {"": None}})


def memberships(facts: pd.DataFrame) -> pd.DataFrame:
    """One row per framework: the latest status the sources give, and how many sources."""
    rows = facts[facts["type"] == "membership"]
    if rows.empty:
        return pd.DataFrame(columns=["framework", "status", "sources", "docs"])
    ordered = _ordered(rows)
    grouped = ordered.groupby("framework", sort=True)
    return pd.DataFrame({
        "status": grouped["status"].first(),
        "sources": grouped["doc"].nunique(),
        "docs": grouped["doc"].agg(lambda docs: sorted(set(docs))),
    }).reset_index()


def profile(store: Store, country: str, include_boilerplate: bool = True) -> dict:
    """Everything the tracker knows about one country."""
    facts = queries.facts(store, countries=[country], include_boilerplate=include_boilerplate)
    stances = facts[facts["type"] == "stance"]
    figures = facts[facts["type"].isin(FIGURE_TYPES)]
    return {
        "country": country,
        "name": name(country),
        "facts": len(facts),
        "stance": stance_summary(stances),
        "figures": figures.reset_index(drop=True),
        "memberships": memberships(facts),
        "events": facts[facts["type"] == "event"].reset_index(drop=True),
        "disagreements": disagreements(figures),
    }


def countries(store: Store) -> pd.DataFrame:
    """Every country with facts: code, name, facts, sources, overall stance."""
    facts = queries.facts(store)
    facts = facts[facts["country"].notna() & ~facts["country"].isin(["ALL"])]
    if facts.empty:
        return pd.DataFrame(columns=["country", "name", "facts", "sources", "stance", "score"])
    rows = []
    for code, group in facts.groupby("country"):
        stances = group[group["type"] == "stance"]
        summary = stance_summary(stances)
        rows.append({"country": code, "name": name(code), "facts": len(group),
                     "sources": group["doc"].nunique(), "stance": summary["overall"],
                     "score": summary["score"]})
    return pd.DataFrame(rows).sort_values(["facts", "name"], ascending=[False, True],
                                          ignore_index=True)


MEASURES = {
    "stance": "Stance toward the US-led side",
    "defense_pct_gdp": "Defence spending, % of GDP (latest stated)",
    "us_troops": "US troops hosted (latest stated)",
    "tariff_rate": "Highest US tariff rate faced (latest stated)",
}


def _latest(rows: pd.DataFrame, value: str = "value") -> tuple[float | None, int]:
    """The value stated by the newest source (and how many sources state one)."""
    if rows.empty:
        return None, 0
    ordered = _ordered(rows)
    newest = ordered[ordered["doc"] == ordered.iloc[0]["doc"]]
    return float(newest[value].max()), int(rows["doc"].nunique())


def measures(store: Store) -> pd.DataFrame:
    """One row per country with facts: the map's measures and their source counts."""
    return measures_of(queries.facts(store))


def measures_of(facts: pd.DataFrame) -> pd.DataFrame:
    """The map's measures computed from a facts frame (see `measures`)."""
    columns = ["country", "name", "stance", "stance_score", "stance_sources",
               "defense_pct_gdp", "defense_sources", "us_troops", "troops_sources",
               "tariff_rate", "tariff_sources", "facts"]
    codes = sorted(set(facts["country"].dropna()) | set(
        facts.loc[facts["type"] == "tariff", "counterpart"].dropna()) - {"ALL"})
    rows = []
    for code in codes:
        own = facts[facts["country"] == code]
        stances = own[own["type"] == "stance"]
        summary = stance_summary(stances)
        spending = own[(own["type"] == "defense_spending") & (own["unit"] == "pct_gdp")]
        actual = spending[spending["status"] == "actual"]
        defense, defense_n = _latest(actual if not actual.empty else spending)
        troops, troops_n = _latest(own[(own["type"] == "troop_presence")
                                       & (own["counterpart"] == "USA")])
        faced = facts[(facts["type"] == "tariff") & (facts["counterpart"] == code)
                      & (facts["country"] == "USA")]
        tariff, tariff_n = _latest(faced.assign(value=faced["value_high"].fillna(faced["value"])))
        rows.append([code, name(code), summary["overall"], summary["score"],
                     int(stances["doc"].nunique()), defense, defense_n, troops, troops_n,
                     tariff, tariff_n, len(own)])
    return pd.DataFrame(rows, columns=columns)

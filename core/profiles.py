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


DISAGREEMENT_KEYS = ["country", "type", "unit", "period", "counterpart", "status"]


def disagreements(figures: pd.DataFrame) -> pd.DataFrame:
    """Figures that sources state differently: the same country, type, unit,
    period, counterpart and status given values more than 1% apart by
    different documents. One row per disputed figure: its lowest value and a
    document stating it, its highest and a document stating that, and how
    many documents state the figure at all."""
    columns = DISAGREEMENT_KEYS + ["value_a", "doc_a", "quote_a", "value_b", "doc_b", "quote_b",
                                   "sources"]
    if figures.empty:
        return pd.DataFrame(columns=columns)
    frame = figures.assign(**{k: figures[k].fillna("") for k in DISAGREEMENT_KEYS})
    frame = frame.sort_values(["value", "doc"])
    grouped = frame.groupby(DISAGREEMENT_KEYS, sort=True)
    low = grouped.head(1).set_index(DISAGREEMENT_KEYS)
    high = frame.sort_values(["value", "doc"], ascending=[False, True]).groupby(
        DISAGREEMENT_KEYS, sort=True).head(1).set_index(DISAGREEMENT_KEYS)
    table = pd.DataFrame({
        "value_a": low["value"], "doc_a": low["doc"], "quote_a": low["quote"],
        "value_b": high["value"], "doc_b": high["doc"], "quote_b": high["quote"],
        "sources": grouped["doc"].nunique()})
    disputed = (table["doc_a"] != table["doc_b"]) & (
        (table["value_b"] - table["value_a"]).abs() > 0.01 * table[["value_a", "value_b"]].abs()
        .max(axis=1))
    table = table[disputed].reset_index()
    for key in ("period", "counterpart", "status"):
        table[key] = table[key].astype(object).where(table[key] != "", None)
    return table[columns]


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


def stance_overall(counts: pd.DataFrame) -> pd.DataFrame:
    """Per country, the mean stance score and its label, from stance counts
    (rows of country, label, counterpart, n)."""
    if counts.empty:
        return pd.DataFrame(columns=["country", "stance", "stance_score"])
    scored = counts.assign(weighted=[stance_score(label, counterpart) * n for label, counterpart, n
                                     in zip(counts["label"], counts["counterpart"], counts["n"])])
    grouped = scored.groupby("country").agg(weighted=("weighted", "sum"), n=("n", "sum"))
    grouped["stance_score"] = (grouped["weighted"] / grouped["n"]).round(2)
    grouped["stance"] = grouped["stance_score"].map(overall_label)
    return grouped[["stance", "stance_score"]].reset_index()


def countries(store: Store) -> pd.DataFrame:
    """Every country with facts: code, name, facts, sources, overall stance
    (counted in the database, so it stays quick on a large store)."""
    counts = queries.country_counts(store)
    counts = counts[counts["country"] != "ALL"]
    if counts.empty:
        return pd.DataFrame(columns=["country", "name", "facts", "sources", "stance", "score"])
    table = counts.merge(stance_overall(queries.stance_counts(store)), on="country", how="left")
    table["name"] = table["country"].map(name)
    table = table.rename(columns={"stance_score": "score"})
    return table[["country", "name", "facts", "sources", "stance", "score"]].sort_values(
        ["facts", "name"], ascending=[False, True], ignore_index=True)


MEASURES = {
    "stance": "Stance toward the US-led side",
    "defense_pct_gdp": "Defence spending, % of GDP (latest stated)",
    "us_troops": "US troops hosted (latest stated)",
    "tariff_rate": "Highest US tariff rate faced (latest stated)",
}


def measures(store: Store, include_boilerplate: bool = False) -> pd.DataFrame:
    """One row per country with facts: the map's measures and their source
    counts, counted and ranked in the database (quick on a large store).
    Facts read from boilerplate count only when asked for, as in exports."""
    scope = {"include_boilerplate": include_boilerplate}
    actual = queries.latest_values(store, types=["defense_spending"], statuses=["actual"],
                                   units=["pct_gdp"], **scope)
    stated = queries.latest_values(store, types=["defense_spending"], units=["pct_gdp"], **scope)
    spending = pd.concat([actual, stated[~stated["country"].isin(set(actual["country"]))]])
    return _measure_table(
        queries.stance_counts(store, **scope),
        queries.country_counts(store, types=["stance"], **scope),
        queries.country_counts(store, **scope),
        _as_dicts(spending),
        _as_dicts(queries.latest_values(store, types=["troop_presence"], counterparts=["USA"],
                                        **scope)),
        _as_dicts(queries.latest_values(store, by="counterpart", high=True, types=["tariff"],
                                        countries=["USA"], **scope)))


def _as_dicts(frame: pd.DataFrame) -> tuple[dict, dict]:
    return dict(zip(frame["country"], frame["value"])), dict(zip(frame["country"],
                                                                 frame["sources"]))


def _measure_table(stance_counts: pd.DataFrame, stance_sources: pd.DataFrame,
                   fact_counts: pd.DataFrame, defense: tuple[dict, dict],
                   troops: tuple[dict, dict], tariffs: tuple[dict, dict]) -> pd.DataFrame:
    """The measures table from stance counts and (value, sources) per country
    for defence spending, US troops and tariffs faced."""
    columns = ["country", "name", "stance", "stance_score", "stance_sources",
               "defense_pct_gdp", "defense_sources", "us_troops", "troops_sources",
               "tariff_rate", "tariff_sources", "facts"]
    codes = sorted((set(fact_counts["country"]) | set(tariffs[0])) - {"ALL"})
    overall = stance_overall(stance_counts).set_index("country")
    sources = stance_sources.set_index("country")["sources"]
    facts_per = fact_counts.set_index("country")["facts"]
    rows = []
    for code in codes:
        stance = overall.loc[code] if code in overall.index else None
        rows.append([code, name(code), None if stance is None else stance["stance"],
                     None if stance is None else float(stance["stance_score"]),
                     int(sources.get(code, 0)), defense[0].get(code), defense[1].get(code, 0),
                     troops[0].get(code), troops[1].get(code, 0), tariffs[0].get(code),
                     tariffs[1].get(code, 0), int(facts_per.get(code, 0))])
    return pd.DataFrame(rows, columns=columns)

"""Country profiles: where a country stands, its figures, its memberships, and
where sources disagree. Plain data out (dicts and DataFrames), for the pages,
the exports and the command line alike."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from core import data, queries
from core.describe import figure_value
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


def holder_labels(stances: pd.DataFrame) -> dict[str, str]:
    """Per holder (government, public; unstated counts as government): the
    label nearest the mean score of its stance statements."""
    labels = {}
    holders = stances["holder"].fillna("government")
    for holder in ("government", "public"):
        rows = stances[holders == holder]
        if not rows.empty:
            scores = [stance_score(label, counterpart) for label, counterpart
                      in zip(rows["label"], rows["counterpart"])]
            labels[holder] = overall_label(sum(scores) / len(scores))
    return labels


def headline_label(labels: dict[str, str]) -> str | None:
    """The stance a badge and the map show: the government's, else the public's."""
    return labels.get("government") or labels.get("public")


def stance_summary(stances: pd.DataFrame) -> dict:
    """What the stance facts of one country say, in numbers and in words.

    Statements read from boilerplate are never counted: `overall` (the
    badge and the map colour) is the government's label (else the
    public's), each the label nearest the mean score of that holder's
    statements, and `summary` says the same per holder ("government leaning
    toward Washington; public reluctant toward Washington"), so badge and
    summary agree. `boilerplate_only` counts statements left out because
    they were read from boilerplate; evidence lists counted statements first."""
    counted = stances[~stances["boilerplate"].astype(bool)] if not stances.empty else stances
    left_out = len(stances) - len(counted)
    if counted.empty:
        return {"facts": 0, "sources": 0, "sides": {}, "labels": {}, "overall": None,
                "score": None, "summary": "", "latest": None, "holders": {},
                "boilerplate_only": left_out,
                "evidence": _ordered(stances).to_dict("records") if left_out else []}
    ordered = _ordered(counted)
    ordered = ordered.assign(_score=[stance_score(label, counterpart) for label, counterpart
                                     in zip(ordered["label"], ordered["counterpart"])])
    sides = Counter(side(l, c) for l, c in zip(counted["label"], counted["counterpart"]))
    holders = holder_labels(counted)
    parts = [f"{holder} {phrase(label, 'USA')}" for holder, label in holders.items()]
    evidence = ordered.assign(_strength=ordered["_score"].abs()).sort_values(
        ["_strength", "confidence"], ascending=[False, False])
    return {
        "facts": len(counted),
        "sources": counted["doc"].nunique(),
        "sides": dict(sides),
        "labels": dict(Counter(counted["label"])),
        "score": round(float(ordered["_score"].mean()), 2),
        "overall": headline_label(holders),
        "holders": holders,
        "summary": "; ".join(parts),
        "latest": ordered.drop(columns="_score").iloc[0].to_dict(),
        "boilerplate_only": left_out,
        "evidence": evidence.drop(columns=["_strength", "_score"]).to_dict("records"),
    }


DISAGREEMENT_KEYS = ["country", "type", "unit", "period", "counterpart", "status"]


def disagreements(figures: pd.DataFrame) -> pd.DataFrame:
    """Figures that sources state differently: the same country, type, unit,
    period, counterpart and status given values more than 1% apart by
    different documents. One row per disputed figure: its lowest value and a
    document stating it, its highest and a document stating that, and how
    many documents state the figure at all."""
    columns = DISAGREEMENT_KEYS + ["value_a", "doc_a", "quote_a", "id_a", "value_b", "doc_b",
                                   "quote_b", "id_b", "sources"]
    if figures.empty:
        return pd.DataFrame(columns=columns)
    frame = figures.assign(**{k: figures[k].fillna("") for k in DISAGREEMENT_KEYS})
    frame = frame.sort_values(["value", "doc"])
    grouped = frame.groupby(DISAGREEMENT_KEYS, sort=True)
    low = grouped.head(1).set_index(DISAGREEMENT_KEYS)
    high = frame.sort_values(["value", "doc"], ascending=[False, True]).groupby(
        DISAGREEMENT_KEYS, sort=True).head(1).set_index(DISAGREEMENT_KEYS)
    table = pd.DataFrame({
        "value_a": low["value"], "doc_a": low["doc"], "quote_a": low["quote"], "id_a": low["id"],
        "value_b": high["value"], "doc_b": high["doc"], "quote_b": high["quote"],
        "id_b": high["id"],
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
        "events": queries.facts(store, parties=[country], types=["event"],
                                include_boilerplate=include_boilerplate),
        "disagreements": disagreements(figures),
    }


def stance_overall(counts: pd.DataFrame) -> pd.DataFrame:
    """Per country, the stance a badge and the map show (as `stance_summary`
    computes it: the government's label, else the public's), its holder and
    mean score, from stance counts (rows of country, label, counterpart,
    holder, n)."""
    columns = ["country", "stance", "stance_score", "stance_holder", "stance_n"]
    if counts.empty:
        return pd.DataFrame(columns=columns)
    scored = counts.assign(
        holder=counts["holder"].fillna("government"),
        weighted=[stance_score(label, counterpart) * n for label, counterpart, n
                  in zip(counts["label"], counts["counterpart"], counts["n"])])
    grouped = scored.groupby(["country", "holder"]).agg(weighted=("weighted", "sum"),
                                                        n=("n", "sum")).reset_index()
    grouped = grouped.assign(_public=grouped["holder"] == "public").sort_values(
        ["country", "_public"]).groupby("country").head(1)
    grouped["stance_score"] = (grouped["weighted"] / grouped["n"]).round(2)
    grouped["stance"] = grouped["stance_score"].map(overall_label)
    grouped = grouped.rename(columns={"holder": "stance_holder", "n": "stance_n"})
    return grouped[columns].reset_index(drop=True)


def indo_pacific() -> list[str]:
    """The countries `data/indo_pacific.csv` lists: the region the map shows."""
    return [row["iso3"] for row in data.table("indo_pacific.csv")]


def countries(store: Store) -> pd.DataFrame:
    """Every country with facts: code, name, facts, sources, overall stance
    (boilerplate not counted) and whether it is in the Indo-Pacific list;
    counted in the database, so it stays quick on a large store."""
    counts = queries.country_counts(store)
    counts = counts[counts["country"] != "ALL"]
    columns = ["country", "name", "facts", "sources", "stance", "score", "indo_pacific"]
    if counts.empty:
        return pd.DataFrame(columns=columns)
    table = counts.merge(stance_overall(queries.stance_counts(store, include_boilerplate=False)),
                         on="country", how="left")
    table["name"] = table["country"].map(name)
    table["indo_pacific"] = table["country"].isin(set(indo_pacific()))
    table = table.rename(columns={"stance_score": "score"})
    return table[columns].sort_values(["facts", "name"], ascending=[False, True],
                                      ignore_index=True)


@dataclass(frozen=True)
class Measure:
    """A way to colour the map: which facts count (`filters`, as
    core.queries.facts takes them; None in `statuses` = status not stated),
    whose country it is (`by`: the fact's country, or its counterpart for
    what a country faces), whether a range counts by its upper end, and the
    rule in words, shown under the map."""

    label: str
    rule: str
    filters: dict = field(default_factory=dict)
    by: str = "country"
    high: bool = False


_NEWEST = ("From each country's newest source (by publication date; undated sources "
           "last), the latest period it gives, then the highest figure.")
MEASURE_DEFINITIONS = {
    "stance": Measure(
        "Stance toward the US-led side",
        "The government's stance (the public's where no government stance is stated): the "
        "label nearest the mean of its statements."),
    "defense_pct_gdp": Measure(
        "Defence spending, % of GDP (latest actual)",
        "Actual spending only (status actual or not stated); targets are their own "
        "measure. " + _NEWEST,
        {"types": ["defense_spending"], "units": ["pct_gdp"], "statuses": ["actual", None]}),
    "defense_target": Measure(
        "Defence spending target, % of GDP",
        "Targets only (status target), with the year they are for. " + _NEWEST,
        {"types": ["defense_spending"], "units": ["pct_gdp"], "statuses": ["target"]}),
    "us_troops": Measure(
        "US troops hosted (latest actual)",
        "US troops present (status actual or not stated); planned or demanded numbers are "
        "left out. " + _NEWEST,
        {"types": ["troop_presence"], "counterparts": ["USA"], "statuses": ["actual", None]}),
    "tariff_rate": Measure(
        "US tariff in force (imposed or agreed)",
        "US tariffs on the country's goods that are imposed or agreed; a range counts by its "
        "upper end. Threatened ones are their own measure. " + _NEWEST,
        {"types": ["tariff"], "countries": ["USA"], "statuses": ["imposed", "agreed", "actual"]},
        by="counterpart", high=True),
    "tariff_threatened": Measure(
        "US tariff threatened (threatened, proposed or conditional)",
        "US tariffs on the country's goods that are threatened, proposed, demanded or "
        "conditional (on something that has not happened); a range counts by its upper end. "
        + _NEWEST,
        {"types": ["tariff"], "countries": ["USA"],
         "statuses": ["threatened", "proposed", "conditional", "demanded"]},
        by="counterpart", high=True),
}
MEASURES = {key: measure.label for key, measure in MEASURE_DEFINITIONS.items()}
FIGURE_MEASURES = [key for key in MEASURES if key != "stance"]
BOILERPLATE_NOTE = "stated only in boilerplate (not counted)"


def _described(chosen: pd.DataFrame) -> dict[str, tuple]:
    """Per country: (value, sources, text) of the figure a measure chose."""
    result = {}
    for row in chosen.to_dict("records"):
        fact = {**row, "value": row["value_low"]}
        result[row["country"]] = (float(row["value"]), int(row["sources"]), figure_value(fact))
    return result


def measures(store: Store, include_boilerplate: bool = False) -> pd.DataFrame:
    """One row per country with facts: each measure's value, its sources,
    the figure in words, and how many sources state it counting boilerplate.
    Facts read from boilerplate count only when asked for (exports with
    --include-boilerplate); the pages never ask. Counted and ranked in the
    database (quick on a large store); exports take the same table."""
    scope = {"include_boilerplate": include_boilerplate}
    figures, boilerplate = {}, {}
    for key in FIGURE_MEASURES:
        spec = MEASURE_DEFINITIONS[key]
        figures[key] = _described(queries.latest_values(
            store, by=spec.by, high=spec.high, **scope, **spec.filters))
        boilerplate[key] = queries.sources_per(store, spec.by, **spec.filters)
    stances = queries.stance_counts(store, **scope)
    boilerplate["stance"] = queries.country_counts(store, types=["stance"]).set_index(
        "country")["sources"].to_dict()
    return _measure_table(stances, queries.country_counts(store, types=["stance"], **scope),
                          queries.country_counts(store), figures, boilerplate)


def _measure_table(stance_counts: pd.DataFrame, stance_sources: pd.DataFrame,
                   fact_counts: pd.DataFrame, figures: dict[str, dict[str, tuple]],
                   boilerplate: dict[str, dict[str, int]]) -> pd.DataFrame:
    """The measures table: per country, `stance` (label), `stance_score`,
    and for every measure M: `M` (the value that colours the map),
    `M_sources`, `M_text` (the figure in words) and `M_with_boilerplate`
    (sources stating it, boilerplate included: more than zero where `M` is
    empty means only boilerplate states it)."""
    codes = set(fact_counts["country"])
    for chosen in figures.values():
        codes |= set(chosen)
    codes = sorted(codes - {"ALL"})
    overall = stance_overall(stance_counts).set_index("country")
    sources = stance_sources.set_index("country")["sources"]
    facts_per = fact_counts.set_index("country")["facts"]
    rows = []
    for code in codes:
        row = {"country": code, "name": name(code), "facts": int(facts_per.get(code, 0))}
        stance = overall.loc[code] if code in overall.index else None
        row["stance"] = None if stance is None else stance["stance"]
        row["stance_score"] = None if stance is None else float(stance["stance_score"])
        row["stance_sources"] = int(sources.get(code, 0))
        row["stance_text"] = None if stance is None else \
            f"{stance['stance']} ({stance['stance_holder']}, {int(stance['stance_n'])} " \
            f"statement{'s' if stance['stance_n'] != 1 else ''})"
        row["stance_with_boilerplate"] = int(boilerplate.get("stance", {}).get(code, 0))
        for key in FIGURE_MEASURES:
            value, count, text = figures[key].get(code, (None, 0, None))
            row.update({key: value, f"{key}_sources": count, f"{key}_text": text,
                        f"{key}_with_boilerplate": int(boilerplate.get(key, {}).get(code, 0))})
        rows.append(row)
    columns = ["country", "name", "facts"] + [f"{key}{suffix}" for key in MEASURES
                                              for suffix in ("", "_sources", "_text",
                                                             "_with_boilerplate")]
    columns.insert(4, "stance_score")
    return pd.DataFrame(rows, columns=columns)

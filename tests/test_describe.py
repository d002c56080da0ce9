"""Figures, dates, sources and events in words: what every page, hover and
export says about a fact."""
import csv
import io
import json

import pandas as pd
import pytest

from core import profiles, queries
from core.describe import citation, event_phrase, fact_text, figure_value, span_text, when_text
from core.export import facts as export_facts
from core.export.charts import timeline_export
from core.ingest import ingest


def figure(**fields):
    return {"type": "defense_spending", "country": "KOR", "value": 2.0, "unit": "pct_gdp",
            "qualifier": "exact", **fields}


@pytest.mark.parametrize("fields, words", [
    (dict(qualifier="over", status="actual", period="2024"), "over 2% of GDP (2024, actual)"),
    (dict(qualifier="approx", status="target", period="2027"), "about 2% of GDP target by 2027"),
    (dict(status="actual"), "2% of GDP (actual)"),
    (dict(), "2% of GDP (status not stated)"),
    (dict(value=150.0, value_high=200.0, unit="pct_rate", status="conditional"),
     "150–200% tariff (conditional)"),
    (dict(value=25.0, unit="pct_rate", status="conditional",
          quote="Canberra faces a 25% levy should talks on beef access collapse, he said."),
     "25% tariff (conditional: should talks on beef access collapse)"),
    (dict(value=200.0, unit="pct_rate", qualifier="up_to", status="threatened"),
     "up to 200% tariff (threatened)"),
    (dict(value=1e10, unit="money", currency="USD", status="demanded"),
     "USD 10 billion (demanded)"),
    (dict(value=28500.0, unit="troops", qualifier="approx", status=None),
     "about 28,500 troops (status not stated)"),
])
def test_a_figure_says_its_qualifier_status_and_period(fields, words):
    assert figure_value(figure(**fields)) == words


def test_a_figure_missing_values_from_pandas_never_reads_nan():
    text = fact_text(figure(status="actual", period=float("nan"), counterpart=float("nan")))
    assert text == "South Korea: 2% of GDP (actual)"


def test_dates_keep_the_precision_the_text_gave():
    assert when_text("2006") == "2006"
    assert when_text("2024-06") == "June 2024"
    assert when_text("2025-09-23") == "23 September 2025"
    assert when_text(None) == when_text(float("nan")) == ""
    assert span_text("2024-06", "2025-03") == "June 2024 to March 2025"


def test_a_citation_says_what_is_not_stated():
    assert citation("Allies weigh costs", "Asia Desk", "2025-07-01") == \
        "“Allies weigh costs”, Asia Desk, 1 July 2025"
    assert citation(float("nan"), None, "") == \
        "“title not stated”, outlet not stated, date not stated"


@pytest.mark.parametrize("sentence, date, phrase", [
    ("In 2019, Manila signed a visiting forces agreement with Canberra after months of talks.",
     "2019", "Manila signed a visiting forces agreement with…"),
    ("Washington sent tariff letters to 14 trading partners on July 7, 2025.", "2025-07-07",
     "Washington sent tariff letters to 14 trading…"),
    ("On 4 May 2023 the ministers met in Tokyo.", "2023-05-04", "The ministers met in Tokyo"),
    ("Since 2014, the Philippines has agreed to nine EDCA sites.", "2014",
     "The Philippines has agreed to nine EDCA sites"),
])
def test_an_event_is_described_by_what_happened(sentence, date, phrase):
    assert event_phrase(sentence, date) == phrase
    assert fact_text({"type": "event", "quote": sentence, "date": date}) == \
        f"{phrase} ({when_text(date)})"


def test_map_measures_pick_one_status_each(seed_store):
    table = profiles.measures(seed_store).set_index("country")
    assert table.loc["KOR", "defense_pct_gdp_text"] == "over 2% of GDP (actual)"
    assert pd.isna(table.loc["JPN", "defense_pct_gdp"]), "a target is not actual spending"
    assert table.loc["JPN", "defense_target_text"] == "about 2% of GDP target by 2027"
    assert table.loc["CHN", "tariff_threatened"] == 200.0
    assert table.loc["CHN", "tariff_threatened_text"] == \
        "150–200% tariff (conditional: if China were to invade Taiwan)"
    assert pd.isna(table.loc["CHN", "tariff_rate"]), "no tariff on China is in force"


def test_boilerplate_never_colours_the_map_or_sets_a_badge(seed_store):
    table = profiles.measures(seed_store).set_index("country")
    assert pd.isna(table.loc["TWN", "stance"]) and table.loc["TWN", "stance_with_boilerplate"] > 0
    taiwan = profiles.profile(seed_store, "TWN")["stance"]
    assert taiwan["overall"] is None and taiwan["boilerplate_only"] == 2


def test_boilerplate_counts_only_when_asked(seed_store):
    asked = profiles.measures(seed_store, include_boilerplate=True).set_index("country")
    assert asked.loc["TWN", "stance"] == "aligned", "an export asked to include boilerplate"
    assert asked.loc["NATO", "defense_target_text"] == "5% of GDP target by 2035"


def test_badge_and_summary_agree(store, tmp_path):
    (tmp_path / "a.txt").write_text(
        "Japan report\nJapan is more willing to cooperate with Washington than before.\n"
        "Japanese public opinion is still hesitant to back Washington.\n")
    ingest(store, [tmp_path], max_bytes=10_000, progress=False)
    stance = profiles.profile(store, "JPN")["stance"]
    assert stance["overall"] == stance["holders"]["government"]
    assert stance["summary"].startswith(f"government {stance['overall']}")
    listed = profiles.countries(store).set_index("country")
    assert listed.loc["JPN", "stance"] == stance["overall"], "the map and list say the same"


def test_facts_downloads_carry_source_columns(seed_store):
    shown = queries.facts(seed_store, types=["tariff"])
    sources = shown[list(export_facts.SOURCE_FIELDS)].to_dict("records")
    rows = list(csv.DictReader(io.StringIO(
        export_facts.to_string(queries.to_facts(shown), "csv", sources))))
    assert set(export_facts.SOURCE_FIELDS) <= set(rows[0])
    assert {r["outlet"] for r in rows} == {"Defence Talks"} and rows[0]["boilerplate"] == "False"
    records = [json.loads(line) for line in export_facts.to_string(
        queries.to_facts(shown), "jsonl", sources).splitlines()]
    assert records[0]["confidence"] == 0.8 and "published" not in records[0]


def test_timeline_csv_names_the_countries_of_each_event(seed_store):
    dated = queries.timeline(queries.facts(seed_store, types=["event"]))
    rows = list(csv.DictReader(io.StringIO(timeline_export(dated, "all").csv())))
    assert "USA;KOR" in {r["countries"] for r in rows}
    assert "Seoul accepted that US forces can play… (2006)" in {r["fact"] for r in rows}

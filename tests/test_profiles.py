"""Country profiles: stance summaries, memberships, and disagreements between sources."""
from core import profiles
from core.ingest import ingest


def test_disagreeing_sources_are_flagged_with_both(store, tmp_path):
    (tmp_path / "a.txt").write_text(
        "Seoul report\nSouth Korea currently allocates 2.3% of its GDP to defense.\n")
    (tmp_path / "b.txt").write_text(
        "Tokyo report\nSouth Korea currently spends 2.8% of its GDP on defense.\n")
    (tmp_path / "c.txt").write_text(
        "Another report\nSouth Korea currently spends 2.3% of GDP on defense.\n")
    ingest(store, [tmp_path], max_bytes=10_000, progress=False)
    found = profiles.profile(store, "KOR")["disagreements"]
    assert len(found) == 1, "one row per disputed figure"
    row = found.iloc[0]
    assert (row.value_a, row.doc_a, row.value_b, row.doc_b, row.sources) == \
        (2.3, "a.txt", 2.8, "b.txt", 3)
    assert (row.country, row.type, row.unit, row.status) == \
        ("KOR", "defense_spending", "pct_gdp", "actual")
    assert "2.8%" in row.quote_b and "2.3%" in row.quote_a


def test_agreeing_sources_and_different_periods_are_no_disagreement(store, tmp_path):
    (tmp_path / "a.txt").write_text("Japan plans to raise defense spending to 2% of GDP by 2027.\n")
    (tmp_path / "b.txt").write_text("Japan aims to spend 2% of GDP on defense by 2027.\n")
    (tmp_path / "c.txt").write_text("Japan aims to spend 3% of GDP on defense by 2030.\n")
    ingest(store, [tmp_path], max_bytes=10_000, progress=False)
    assert profiles.profile(store, "JPN")["disagreements"].empty


def test_korea_profile_on_the_seeds(seed_store):
    korea = profiles.profile(seed_store, "KOR")
    stance = korea["stance"]
    assert stance["overall"] in ("reluctant", "hedging")
    assert stance["summary"].startswith("government ")
    assert "public " in stance["summary"]
    assert any(e["doc"] == "001_c13fbc61cf03b603.txt" for e in stance["evidence"])
    assert set(korea["figures"]["type"]) >= {"defense_spending", "troop_cost"}
    assert korea["memberships"].to_dict("records")[0]["framework"] == "CPTPP"
    assert korea["memberships"].to_dict("records")[0]["status"] == "considering"


def test_country_list_and_empty_profile(seed_store, store):
    listed = profiles.countries(seed_store)
    assert {"KOR", "JPN", "AUS", "PHL", "TWN"} <= set(listed["country"])
    assert listed.set_index("country")["stance"].isna()["TWN"], \
        "Taiwan's only stance statements are boilerplate: not counted"
    empty = profiles.profile(store, "KOR")
    assert empty["facts"] == 0 and empty["stance"]["overall"] is None
    assert profiles.countries(store).empty


def test_stance_scores_count_china_the_other_way():
    assert profiles.stance_score("aligned", "USA") == 2
    assert profiles.stance_score("aligned", "CHN") == -2
    assert profiles.overall_label(0.2) == "hedging"
    assert profiles.phrase("leaning", "CHN") == "leaning toward Beijing"

"""Evaluation by the contract's matching rules, checked against figures
worked out by hand."""
import json
import subprocess
import sys

import pytest

from core.evaluate import evaluate, format_misses, read_jsonl, side

from conftest import ROOT, run_cli


def _f(doc, type_, **fields):
    return {"doc": doc, "type": type_, **fields}


GOLD = [
    _f("a", "defense_spending", country="KOR", unit="pct_gdp", value=2.0),
    _f("a", "defense_spending", country="JPN", unit="pct_gdp", value=2.0),
    _f("a", "tariff", counterpart="CHN", value=60.0),
    _f("a", "event", date="2025-07"),
    _f("a", "stance", country="KOR", counterpart="USA", label="reluctant"),
    _f("a", "membership", country="AUS", framework="QUAD"),
    _f("a", "troop_cost", country="KOR", unit="pct_change", value=8.3, optional=True),
    _f("b", "event", date="2006"),
]
PREDICTED = [
    _f("a", "defense_spending", country="KOR", unit="pct_gdp", value=2.01),  # within 1%: right
    _f("a", "defense_spending", country="KOR", unit="pct_gdp", value=2.01),  # same key: once
    _f("a", "defense_spending", country="JPN", unit="pct_change", value=2.0),  # wrong unit
    _f("a", "tariff", counterpart="CHN", value=61.0),  # 1.7% off: wrong
    _f("a", "event", date="2025-07-27"),  # to the gold's precision: right
    _f("a", "stance", country="KOR", counterpart="CHN", label="aligned"),  # = against: right
    _f("a", "membership", country="AUS", framework="QUAD"),  # right
    _f("a", "troop_cost", country="KOR", unit="pct_change", value=8.3),  # optional: ignored
    _f("b", "event", date="2006"),  # right
    _f("b", "event", date="2007"),  # wrong
    _f("c", "event", date="2001"),  # a document the gold does not cover: not scored
]


def test_scores_match_the_hand_worked_figures():
    scores = evaluate(PREDICTED, GOLD)
    # predictions after reduction to distinct keys: 2 ds, 1 tariff, 3 events,
    # 1 stance, 1 membership (the optional troop_cost one counts neither way)
    assert scores["defense_spending"].predicted == 2
    assert scores["defense_spending"].matched_predictions == 1
    assert scores["defense_spending"].recall == pytest.approx(1 / 2)
    assert scores["tariff"].precision == 0.0
    assert scores["event"].precision == pytest.approx(2 / 3)
    assert scores["event"].recall == 1.0
    assert scores["stance"].precision == 1.0
    assert scores["troop_cost"].predicted == 0 and scores["troop_cost"].gold == 0
    overall = scores["overall"]
    assert (overall.predicted, overall.gold) == (8, 7)
    assert overall.matched_predictions == overall.matched_gold == 5
    assert overall.precision == pytest.approx(5 / 8)
    assert overall.recall == pytest.approx(5 / 7)
    assert overall.f1 == pytest.approx(2 * (5 / 8) * (5 / 7) / (5 / 8 + 5 / 7))


def test_each_gold_fact_matches_at_most_one_prediction():
    gold = [_f("a", "event", date="2025-07")]
    predicted = [_f("a", "event", date="2025-07-01"), _f("a", "event", date="2025-07-27")]
    score = evaluate(predicted, gold)["event"]
    assert (score.matched_predictions, score.predicted, score.recall) == (1, 2, 1.0)


@pytest.mark.parametrize("label, counterpart, expected", [
    ("aligned", "USA", "for"), ("leaning", "USA", "for"), ("hedging", "USA", "between"),
    ("reluctant", "USA", "against"), ("opposed", "USA", "against"),
    ("aligned", "CHN", "against"), ("reluctant", "CHN", "for"), ("hedging", "CHN", "between"),
])
def test_stance_sides(label, counterpart, expected):
    assert side(label, counterpart) == expected


def test_malformed_gold_line_is_named(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"doc": "a", "type": "event"}\n{not json}\n')
    with pytest.raises(ValueError, match=r"gold.jsonl:2: not valid JSON"):
        read_jsonl(path)


def test_cli_evaluate_prints_the_table_and_honours_min_f1(tmp_path, any_seed_db):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(_f("004_d37d1fc85dd3b14e.txt", "tariff", counterpart="CHN",
                                  value=60.0)) + "\n")
    result = run_cli("evaluate", "--gold", str(gold), db=any_seed_db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].split() == ["type", "pred", "gold", "precision",
                                                     "recall", "f1"]
    tariff_row = next(line for line in result.stdout.splitlines() if line.startswith("tariff"))
    assert tariff_row.split()[1:] == ["3", "1", "0.333", "1.000", "0.500"]
    failing = run_cli("evaluate", "--gold", str(gold), "--min-f1", "0.99", db=any_seed_db)
    assert failing.returncode == 1
    assert "below --min-f1 0.99" in failing.stderr


def test_misses_list_each_missed_gold_fact_and_wrong_prediction_with_its_sentence():
    gold = [_f("a", "tariff", counterpart="CHN", value=60.0, quote="A 60% tariff on China."),
            _f("a", "event", date="2025-07", quote="It happened in July 2025.")]
    predicted = [_f("a", "tariff", counterpart="CHN", value=60.0, quote="A 60% tariff on China."),
                 _f("a", "event", date="2024", quote="Back in 2024, nothing.")]
    misses = []
    evaluate(predicted, gold, misses=misses)
    assert [(m.kind, m.record["type"], m.record["quote"]) for m in misses] == [
        ("wrong", "event", "Back in 2024, nothing."),
        ("missed", "event", "It happened in July 2025."),
    ]
    report = format_misses(misses)
    assert "== a" in report and "missed event" in report.replace("  ", " ")
    assert "\u201cIt happened in July 2025.\u201d" in report


def test_cli_evaluate_ingests_a_folder_into_a_throwaway_store(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("The United States threatened a 60% tariff on Chinese goods.\n")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(_f("a.txt", "tariff", counterpart="CHN", value=60.0)) + "\n" +
                    json.dumps(_f("a.txt", "event", date="2031", quote="Not in the text.")) + "\n")
    result = run_cli("evaluate", "--gold", str(gold), "--docs", str(folder), "--misses",
                     db=str(tmp_path / "untouched.db"))
    assert result.returncode == 0, result.stderr
    assert "missed event" in " ".join(result.stdout.split())
    tariff_row = next(line for line in result.stdout.splitlines() if line.startswith("tariff"))
    assert tariff_row.split()[1:] == ["1", "1", "1.000", "1.000", "1.000"]
    assert not (tmp_path / "untouched.db").exists()


def test_make_eval_scores_the_seeds():
    # -o: take the virtualenv as set up (the suite runs inside it), never reinstall.
    result = subprocess.run(["make", "--no-print-directory", "-o", ".venv/.run-installed", "eval",
                             "DEV=/nonexistent", f"PY={sys.executable}"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    overall = next(line for line in result.stdout.splitlines() if line.startswith("overall"))
    assert float(overall.split()[-1]) >= 0.95
    assert "seeds only" in result.stdout

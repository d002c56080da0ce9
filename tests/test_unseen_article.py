"""An article written like wire copy (not one of the seeds), read end to end:
metadata, every figure with its status, events, stances, and what must give
nothing (inflation, a photo credit, a related headline's boilerplate flag)."""
from pathlib import Path

from core.extract import extract_all
from core.ingest import document_from_text

ARTICLE = Path(__file__).parent / "articles" / "reuters_style_2025.txt"


def test_wire_style_article():
    doc = document_from_text(ARTICLE.name, ARTICLE.read_text())
    assert (doc.title, doc.outlet, doc.published) == (
        "Philippines, Japan deepen defence ties as Trump tariffs loom", "Reuters", "2025-03-12")
    facts = extract_all(doc)
    figures = {(f.type, f.country, f.counterpart, f.value, f.unit, f.status, f.period,
                f.boilerplate) for f in facts if f.value is not None}
    assert figures == {
        ("defense_spending", "JPN", None, 2.0, "pct_gdp", "target", "2027", False),
        ("defense_spending", "PHL", None, 1.3, "pct_gdp", "actual", None, False),
        ("defense_spending", "KOR", None, 3.0, "pct_change", "proposed", "2026", True),
        ("troop_presence", "JPN", "USA", 54000.0, "troops", "actual", None, False),
        ("tariff", "USA", "ALL", 25.0, "pct_rate", "imposed", None, False),
        ("tariff", "USA", "JPN", 30.0, "pct_rate", "threatened", None, False),
    }
    events = {(f.date, f.date_end) for f in facts if f.type == "event"}
    # "last week" against Wednesday, March 12: the week of March 3-9, so March.
    assert events == {("2025-03-12", None), ("2025-03", None), ("2024-06", None)}
    stances = {(f.country, f.label) for f in facts if f.type == "stance"}
    assert ("PHL", "aligned") in stances and ("CHN", "opposed") in stances
    assert not [f for f in facts if "Inflation" in f.quote or "Photo:" in f.quote]
    for fact in facts:
        assert doc.text[fact.start:fact.end] == fact.quote

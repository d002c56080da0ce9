"""Exports for briefers, opened with real readers: Pillow for PNG, an XML
parser for SVG, python-pptx for the briefing pack."""
import csv
import io
import shutil
import xml.etree.ElementTree as ElementTree
from datetime import date

import pytest
from PIL import Image
from pptx import Presentation

from core import queries
from core.export import briefing
from core.export.charts import (compare_export, country_figures_export, map_export,
                                timeline_export)
from core.ingest import ingest

from conftest import SEEDS, run_cli

DAY = date(2026, 1, 15)
needs_chromium = pytest.mark.skipif(
    not (shutil.which("chromium") or shutil.which("google-chrome")),
    reason="chart images are drawn by Chromium: apt-get install chromium to run this test")


def svg_text(data: bytes) -> str:
    root = ElementTree.fromstring(data)
    return " ".join(t for t in root.itertext())


@needs_chromium
def test_map_png_and_svg_cite_exactly_the_documents_behind_the_map(seed_store):
    export = map_export(seed_store, "stance", exported=DAY)
    behind = set(export.facts["doc"])
    assert {c.doc for c in export.citations} == behind
    assert behind == {"001_c13fbc61cf03b603.txt", "002_b8f63213fc428075.txt"}
    image = Image.open(io.BytesIO(export.png(1600)))
    assert image.format == "PNG" and image.width == 1600
    text = svg_text(export.svg())
    assert "Stance toward the US-led side" in text and "Exported 2026-01-15" in text
    for citation in export.citations:
        assert f"[{citation.number}]" in text and citation.doc in text
    assert "003_50e2804eaa755be5.txt" not in text


@needs_chromium
def test_boilerplate_facts_are_left_out_unless_asked_for(seed_store):
    default = map_export(seed_store, "defense_target", exported=DAY)
    assert "002_b8f63213fc428075.txt" not in {c.doc for c in default.citations}
    asked = map_export(seed_store, "defense_target", include_boilerplate=True, exported=DAY)
    assert "002_b8f63213fc428075.txt" in {c.doc for c in asked.citations}
    assert "boilerplate included" in svg_text(asked.svg())


def test_csv_carries_the_same_citations(seed_store):
    export = country_figures_export(seed_store, "KOR", exported=DAY)
    rows = list(csv.DictReader(io.StringIO(export.csv())))
    assert len(rows) == len(export.facts) == 5
    assert {"citation", "source_outlet", "source_title", "source_published"} <= set(rows[0])
    assert {(r["doc"], r["citation"], r["source_outlet"]) for r in rows} == \
        {("004_d37d1fc85dd3b14e.txt", "1", "Defence Talks")}


@needs_chromium
def test_timeline_and_comparison_exports(seed_store):
    dated = queries.timeline(queries.facts(seed_store))
    export = timeline_export(dated, "years 2006–2027", exported=DAY)
    assert {c.doc for c in export.citations} == set(export.facts["doc"])
    assert "years 2006–2027" in svg_text(export.svg())
    compared = compare_export(seed_store, ["KOR", "JPN", "PHL"], exported=DAY)
    image = Image.open(io.BytesIO(compared.png(800)))
    assert image.width == 800
    assert {c.doc for c in compared.citations} == {"001_c13fbc61cf03b603.txt"}


@needs_chromium
def test_disputed_figures_are_stated(store, tmp_path):
    (tmp_path / "a.txt").write_text("Report A\nSouth Korea currently allocates 2.3% of its GDP "
                                    "to defense.\n")
    (tmp_path / "b.txt").write_text("Report B\nSouth Korea currently spends 2.8% of its GDP "
                                    "on defense.\n")
    ingest(store, [tmp_path], max_bytes=10_000, progress=False)
    export = country_figures_export(store, "KOR", exported=DAY)
    assert export.notes == ["Disputed: South Korea defence spending (% of GDP, actual): 2.3% "
                            "of GDP in “Report A” vs 2.8% of GDP in “Report B”"]
    assert "Disputed: South Korea" in svg_text(export.svg())


@needs_chromium
def test_source_text_in_a_chart_is_escaped(store, tmp_path):
    (tmp_path / "x.txt").write_text("<a href='javascript:alert(1)'>Trap</a> headline here now\n"
                                    "Japan plans to raise defense spending to 2% of GDP by 2027.\n")
    ingest(store, [tmp_path], max_bytes=10_000, progress=False)
    export = country_figures_export(store, "JPN", exported=DAY)
    root = ElementTree.fromstring(export.svg())
    assert not [e for e in root.iter() if e.tag.endswith("}a")]
    assert "<a href='javascript:alert(1)'>Trap</a>" in svg_text(export.svg())


@needs_chromium
def test_briefing_pack_for_korea(seed_store):
    pack = Presentation(io.BytesIO(briefing.build(seed_store, ["KOR"], exported=DAY)))
    titles = [slide.shapes.title.text for slide in pack.slides]
    assert titles == ["Country briefing: South Korea", "South Korea: reluctant",
                      "South Korea: figures", "South Korea: memberships", "Sources"]
    stance_text = " ".join(shape.text_frame.text for shape in pack.slides[1].shapes
                           if shape.has_text_frame)
    seed_text = (SEEDS / "001_c13fbc61cf03b603.txt").read_text()
    quotes = [q.split("”")[0] for q in stance_text.split("“")[1:]]
    assert quotes and all(q in seed_text for q in quotes)
    figures = pack.slides[2]
    assert any(shape.shape_type == 13 for shape in figures.shapes), "the figures table image"
    sources = " ".join(s.text_frame.text for s in pack.slides[4].shapes if s.has_text_frame)
    cited = {"001_c13fbc61cf03b603.txt", "003_50e2804eaa755be5.txt", "004_d37d1fc85dd3b14e.txt"}
    for doc in cited:
        assert doc in sources
    assert "002_b8f63213fc428075.txt" not in sources


@needs_chromium
def test_brief_command_writes_the_pack(seed_db, tmp_path):
    out = tmp_path / "korea.pptx"
    result = run_cli("brief", "--country", "KOR", "--country", "Japan", "--out", str(out),
                     db=seed_db)
    assert result.returncode == 0, result.stderr
    titles = [s.shapes.title.text for s in Presentation(str(out)).slides]
    assert titles[0] == "Country briefing: South Korea, Japan" and "Japan: figures" in titles
    bad = run_cli("brief", "--country", "Atlantis", db=seed_db)
    assert bad.returncode == 1 and "unknown country 'Atlantis'" in bad.stderr

"""Exports for briefers, opened with real readers: Pillow for PNG, an XML
parser for SVG, python-pptx for the briefing pack; on the seed store and on
a generated store of many documents (the footer and the pack stay the same
size; every source stays in the CSV)."""
import csv
import io
import re
import shutil
import zipfile
import xml.etree.ElementTree as ElementTree
from datetime import date

import pandas as pd
import pytest
from PIL import Image, ImageStat
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from bench import corpus
from core import charts, profiles, queries
from core.export import briefing
from core.export import figures as figure_rows
from core.export.charts import (compare_export, country_figures_export, map_export,
                                timeline_export)
from core.export.citations import FOOTER_LINES
from core.ingest import ingest
from core.store import Store

from conftest import SEEDS, run_cli

DAY = date(2026, 1, 15)
SVG = "{http://www.w3.org/2000/svg}"
LARGE_DOCUMENTS = 300
needs_chromium = pytest.mark.skipif(
    not (shutil.which("chromium") or shutil.which("google-chrome")),
    reason="chart images are drawn by Chromium: apt-get install chromium to run this test")


@pytest.fixture(scope="session")
def large_store(tmp_path_factory) -> Store:
    """A store of LARGE_DOCUMENTS generated articles (hundreds of sources
    per chart; the 10,000-document case is in `python -m bench.exports`)."""
    folder = tmp_path_factory.mktemp("large_corpus")
    corpus.write(folder, LARGE_DOCUMENTS)
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('large') / 'tracker.db'}")
    ingest(store, [folder], max_bytes=5_000_000, progress=False)
    yield store
    store.close()


def svg_text(data: bytes) -> str:
    root = ElementTree.fromstring(data)
    return " ".join(t for t in root.itertext())


def opened_png(data: bytes, width: int) -> Image.Image:
    """The PNG as a reader opens it: the width asked for, ink on it, and
    nothing touching its edges (a label cut off by the frame would)."""
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG" and image.width == width
    grey = image.convert("L")
    assert ImageStat.Stat(grey).extrema[0][0] < 100, "the image has dark ink on it"
    edge = 3 * width // 1000
    for box in ((0, 0, edge, grey.height), (grey.width - edge, 0, grey.width, grey.height),
                (0, 0, grey.width, edge), (0, grey.height - edge, grey.width, grey.height)):
        assert grey.crop(box).getextrema()[0] > 200, f"something is cut off at the edge {box}"
    return image


def test_the_footer_names_the_sources_ranked_by_facts_and_the_csv_all(large_store):
    export = country_figures_export(large_store, "KOR", exported=DAY)
    counts = [c.facts for c in export.citations]
    assert len(counts) > 2 * FOOTER_LINES and counts == sorted(counts, reverse=True)
    footer = export.figure.layout.annotations[-1].text
    assert "[1] " in footer and f"[{FOOTER_LINES}] " in footer
    assert f"[{FOOTER_LINES + 1}] " not in footer
    assert f"and {len(counts) - FOOTER_LINES:,} more — full list in the CSV" in footer
    rows = list(csv.DictReader(io.StringIO(export.csv())))
    assert len(rows) == sum(counts) == len(export.facts)
    assert {r["citation"] for r in rows} == {str(c.number) for c in export.citations}
    first = [r for r in rows if r["citation"] == "1"]
    assert len(first) == counts[0] and first[0]["doc"] == export.citations[0].doc


def test_figures_table_keeps_to_what_a_slide_holds(large_store):
    export = country_figures_export(large_store, "KOR", exported=DAY)
    assert 0 < len(export.figure.data[0].cells.values[0]) <= figure_rows.ROWS
    assert sum("Disputed:" in n for n in export.notes) <= 3
    cite = {c.doc: c.number for c in export.citations}
    kinds = figure_rows.kinds(large_store, ["KOR"], include_boilerplate=False)
    assert kinds["facts"].sum() == len(export.facts)
    assert len(kinds) == export.facts.groupby(figure_rows.KEYS, dropna=False).ngroups
    rows, more = figure_rows.summary(kinds, cite, rows=3)
    assert len(rows) == 3 and more == len(kinds) - 3
    sources = export.facts.fillna({k: "" for k in figure_rows.KEYS}).groupby(
        figure_rows.KEYS)["doc"].nunique()
    assert sorted(rows["docs"], reverse=True) == sorted(sources, reverse=True)[:3]
    assert all(v.startswith("[") for v in rows["sources"])
    disputed = len(profiles.disagreements(export.facts))
    notes = figure_rows.dispute_notes(kinds, cite, limit=disputed)
    assert len(notes) == disputed > 0, "the database ranks the same disputes pandas finds"


@needs_chromium
def test_map_is_vector_outlines_citing_exactly_the_documents_behind_it(seed_store):
    export = map_export(seed_store, "stance", exported=DAY)
    behind = set(export.facts["doc"])
    assert {c.doc for c in export.citations} == behind
    assert behind == {"001_c13fbc61cf03b603.txt", "002_b8f63213fc428075.txt"}
    opened_png(export.png(1600), 1600)
    svg = export.svg()
    root = ElementTree.fromstring(svg)
    assert not list(root.iter(f"{SVG}image")), "no picture inside the SVG"
    fills = [p for p in root.iter(f"{SVG}path") if "js-fill" in (p.get("class") or "")]
    assert len(fills) >= 4, "country outlines drawn as filled paths"
    text = svg_text(svg)
    assert "Stance toward the US-led side" in text and "Exported 2026-01-15" in text
    assert {"leaning", "hedging", "reluctant"} <= set(text.split(" ")) and "no data" in text
    for citation in export.citations:
        assert f"[{citation.number}]" in text and citation.doc in text
    assert "003_50e2804eaa755be5.txt" not in text


@needs_chromium
def test_boilerplate_facts_are_left_out_unless_asked_for(seed_store):
    default = map_export(seed_store, "stance", exported=DAY)
    assert "000_0d07b5b21e7d7c09.txt" not in {c.doc for c in default.citations}
    asked = map_export(seed_store, "stance", include_boilerplate=True, exported=DAY)
    assert "000_0d07b5b21e7d7c09.txt" in {c.doc for c in asked.citations}
    assert "boilerplate included" in svg_text(asked.svg())


def test_map_export_draws_what_the_map_page_draws(seed_store):
    export = map_export(seed_store, "stance", exported=DAY)
    shown = {t.name for t in export.figure.data if t.showlegend is not False and t.name}
    page = profiles.measures(seed_store)
    assert shown == set(page["stance"].dropna()) | {"no data"}
    assert "TWN" not in set(page.dropna(subset=["stance"])["country"]), \
        "a stance read only from boilerplate colours neither the page nor the export"
    given = map_export(seed_store, "stance", exported=DAY, measures=page)
    assert given.citations == export.citations
    assert [t.name for t in given.figure.data] == [t.name for t in export.figure.data]


def test_csv_carries_the_same_citations(seed_store):
    export = country_figures_export(seed_store, "KOR", exported=DAY)
    rows = list(csv.DictReader(io.StringIO(export.csv())))
    assert len(rows) == len(export.facts) == 5
    assert {"citation", "source_outlet", "source_title", "source_published"} <= set(rows[0])
    assert {(r["doc"], r["citation"], r["source_outlet"]) for r in rows} == \
        {("004_d37d1fc85dd3b14e.txt", "1", "Defence Talks")}


def test_series_differ_by_colour_and_shape():
    dated = queries.timeline(_dated_sample())
    figure = charts.timeline_figure(dated)
    styles = [(t.marker.color, t.marker.symbol) for t in figure.data]
    assert len(styles) == 3
    assert len({c for c, _ in styles}) == 3 and len({s for _, s in styles}) == 3
    one_type = charts.timeline_figure(dated[dated["type"] == "event"])
    assert one_type.layout.showlegend, "a single type still says what its markers are"


def _dated_sample():
    rows = [{"id": i, "type": t, "country": c, "date": d, "period": None, "countries": None,
             "quote": "q", "doc": "d.txt", "value": 2.0, "unit": "pct_gdp", "label": None,
             "status": "actual", "counterpart": None, "qualifier": None}
            for i, (t, c, d) in enumerate([("event", "KOR", "2024-05-01"),
                                           ("defense_spending", "JPN", "2025"),
                                           ("tariff", "USA", "2025-02")])]
    return pd.DataFrame(rows)


def test_hedging_bars_have_height():
    table = pd.DataFrame({"name": ["Japan", "Korea", "Atlantis"],
                          "stance": ["hedging", "opposed", None],
                          "stance_score": [0.0, -2.0, None]})
    bar = charts.compare_figure(table).data[0]
    assert bar.y[0] > 2 and bar.y[1] > 0.4 and bar.y[2] == 0
    assert list(bar.text) == ["hedging", "opposed", "no stance stated"]
    assert bar.marker.pattern.shape[0] != bar.marker.pattern.shape[1]


@needs_chromium
def test_timeline_and_comparison_images_have_every_label_whole(seed_store):
    dated = queries.timeline(queries.facts(seed_store, include_boilerplate=False))
    export = timeline_export(dated, "years 2006–2027", exported=DAY)
    assert {c.doc for c in export.citations} == set(export.facts["doc"])
    text = svg_text(export.svg())
    assert "years 2006–2027" in text
    for country in ("South Korea", "United Kingdom", "United States", "Japan"):
        assert country in text
    opened_png(export.png(1600), 1600)
    compared = compare_export(seed_store, ["KOR", "JPN", "PHL"], exported=DAY)
    opened_png(compared.png(800), 800)
    assert {c.doc for c in compared.citations} == {"001_c13fbc61cf03b603.txt"}
    assert compared.figure.layout.yaxis.title.text is None, "no axis title over the ticks"


@needs_chromium
def test_images_stay_the_same_size_on_a_large_store(large_store):
    large_png = country_figures_export(large_store, "KOR", exported=DAY).png(1600)
    assert opened_png(large_png, 1600).height < 1600 and len(large_png) < 2_000_000
    dated = queries.timeline(queries.facts(large_store, dated=True, newest_first=True,
                                           limit=5000, include_boilerplate=False))
    for export in (map_export(large_store, "stance", exported=DAY),
                   compare_export(large_store, ["KOR", "JPN", "AUS", "PHL"], exported=DAY),
                   timeline_export(dated, "all years", exported=DAY)):
        image = opened_png(export.png(1600), 1600)
        assert image.height < 2400
        svg = export.svg()
        assert len(svg) < 2_000_000 and "full list in the CSV" in svg_text(svg)


@needs_chromium
def test_disputed_figures_are_stated(store, tmp_path):
    (tmp_path / "a.txt").write_text("Report A\nSouth Korea currently allocates 2.3% of its GDP "
                                    "to defense.\n")
    (tmp_path / "b.txt").write_text("Report B\nSouth Korea currently spends 2.8% of its GDP "
                                    "on defense.\n")
    ingest(store, [tmp_path], max_bytes=10_000, progress=False)
    export = country_figures_export(store, "KOR", exported=DAY)
    numbers = {c.doc: c.number for c in export.citations}
    assert export.notes == [f"Disputed: South Korea defence spending (actual): 2.3% of GDP "
                            f"[{numbers['a.txt']}] vs 2.8% of GDP [{numbers['b.txt']}]"]
    assert "Disputed: South Korea" in svg_text(export.svg())


@needs_chromium
def test_source_text_in_a_chart_is_escaped(store, tmp_path):
    (tmp_path / "x.txt").write_text("<a href='javascript:alert(1)'>Trap</a> headline here now\n"
                                    "Japan plans to raise defense spending to 2% of GDP by 2027.\n")
    ingest(store, [tmp_path], max_bytes=10_000, progress=False)
    export = country_figures_export(store, "JPN", exported=DAY)
    root = ElementTree.fromstring(export.svg())
    assert not [e for e in root.iter() if e.tag.endswith("}a")]
    assert "<a href='javascript:alert(1)'>" in svg_text(export.svg())


def _native(slide):
    kinds = {shape.shape_type for shape in slide.shapes}
    assert MSO_SHAPE_TYPE.PICTURE not in kinds, "no pictures: tables and charts are editable"
    return [s for s in slide.shapes if s.has_table], [s for s in slide.shapes if s.has_chart]


def test_briefing_pack_for_korea(seed_store):
    deck = Presentation(io.BytesIO(briefing.build(seed_store, ["KOR"], exported=DAY)))
    assert (deck.slide_width, deck.slide_height) == (briefing.WIDTH, briefing.HEIGHT)
    titles = [slide.shapes.title.text for slide in deck.slides]
    assert titles == ["Country briefing: South Korea", "South Korea: reluctant",
                      "South Korea: figures", "South Korea: memberships", "Sources"]
    for slide in deck.slides:
        title = slide.shapes.title
        assert abs(title.left + title.width / 2 - deck.slide_width / 2) < 10_000, "centred"
    stance = deck.slides[1]
    stance_text = " ".join(s.text_frame.text for s in stance.shapes if s.has_text_frame)
    seed_text = (SEEDS / "001_c13fbc61cf03b603.txt").read_text()
    quotes = [q.split("”")[0] for q in stance_text.split("“")[1:]]
    assert quotes and all(q in seed_text for q in quotes)
    assert "RCO NEWS" in stance_text and "[1]" in stance_text
    tables, chart_shapes = _native(stance)
    assert chart_shapes and chart_shapes[0].chart.plots[0].categories[2] == "hedging"
    tables, _ = _native(deck.slides[2])
    cells = [[c.text for c in row.cells] for row in tables[0].table.rows]
    assert cells[0][:2] == ["Figure", "Value (newest source)"] and len(cells) == 6
    assert ["Troop costs → United States", "USD 10 billion", "demanded"] in \
        [row[:3] for row in cells]
    sources, _ = _native(deck.slides[4])
    listed = [[c.text for c in row.cells] for row in sources[0].table.rows][1:]
    assert {row[4] for row in listed} == {"001_c13fbc61cf03b603.txt", "003_50e2804eaa755be5.txt",
                                          "004_d37d1fc85dd3b14e.txt"}
    assert ["[1]", "RCO NEWS"] == listed[0][:2]


def test_pack_compares_two_to_four_countries(seed_store):
    deck = Presentation(io.BytesIO(briefing.build(seed_store, ["KOR", "JPN", "PHL", "AUS"],
                                                  exported=DAY)))
    compared = deck.slides[1]
    assert compared.shapes.title.text.startswith("Compared: South Korea, Japan")
    tables, chart_shapes = _native(compared)
    assert len(tables[0].table.rows) == 5
    assert len(chart_shapes[0].chart.plots[0].series) == 4
    titles = [s.shapes.title.text for s in deck.slides]
    assert sum(t.endswith(": figures") for t in titles) == 4 and titles[-1] == "Sources"


def test_pack_text_has_no_control_characters(store, tmp_path):
    (tmp_path / "c.txt").write_text("Wire \x1b[1mreport\x1b[0m\nSouth Korea is reluctant to "
                                    "join a coalition \x1b against China.\n")
    ingest(store, [tmp_path], max_bytes=10_000, progress=False)
    data = briefing.build(store, ["KOR"], exported=DAY)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        slides = "".join(package.read(n).decode() for n in package.namelist()
                         if n.startswith("ppt/slides/slide"))
    assert "_x001B_" not in slides and "\x1b" not in slides and "[1mreport" not in slides
    assert "coalition against China" in re.sub(" +", " ", slides)


def test_pack_on_a_large_store_keeps_to_its_slides(large_store):
    deck = Presentation(io.BytesIO(briefing.build(large_store, ["KOR", "JPN"], exported=DAY)))
    titles = [s.shapes.title.text for s in deck.slides]
    assert len(titles) <= 14
    for slide in deck.slides:
        tables, _ = _native(slide)
        assert all(len(t.table.rows) <= briefing.SOURCES_PER_SLIDE + 1 for t in tables)


def test_brief_command_writes_the_pack(seed_db, tmp_path):
    out = tmp_path / "korea.pptx"
    result = run_cli("brief", "--country", "KOR", "--country", "Japan", "--out", str(out),
                     db=seed_db)
    assert result.returncode == 0, result.stderr
    titles = [s.shapes.title.text for s in Presentation(str(out)).slides]
    assert titles[0] == "Country briefing: South Korea, Japan" and "Japan: figures" in titles
    bad = run_cli("brief", "--country", "Atlantis", db=seed_db)
    assert bad.returncode == 1 and "unknown country 'Atlantis'" in bad.stderr

"""Text from articles and file names stays text everywhere it leaves the
store: the dashboard's Markdown (ui.render.plain), plotly figures, CSV files
and PowerPoint packs, tested with the hostile corpus (tests/hostile.py)."""
from __future__ import annotations

import csv
import io
import re

import pytest
from pptx import Presentation

import hostile
from conftest import run_cli
from core import queries
from core.export import briefing
from core.export import facts as export_facts
from core.export.charts import compare_export, country_figures_export, map_export, \
    timeline_export
from core.store import Store
from core.untrusted import csv_cell, for_plotly, for_xml
from test_pages import opened
from ui.render import WORD_JOINER, plain

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@pytest.mark.parametrize("text", [
    "**zork** _x_ `code` # h", ":red[zork] :material/home: :smile:", "![p](http://evil.example/x)",
    "<b>zork</b> &amp; &lt;i&gt;", "$x^2$ ~~s~~ | a | b |", "[l](javascript:alert(1))",
    "1. item", "- item", "> quoted", "\\*already escaped\\*",
])
def test_plain_escapes_every_markdown_control_character(text):
    escaped = plain(text)
    unescaped = re.sub(r"\\(.)", r"\1", escaped.replace(WORD_JOINER, ""))
    assert unescaped == text
    assert not re.search(r"(?<!\\)[!-/:-@\[-`{-~]", re.sub(r"\\.", "", escaped))


def test_plain_keeps_bare_links_and_lines_from_being_read():
    escaped = plain("see www.evil.example,\n\n    http://evil.example and a@evil.example")
    assert "\n" not in escaped
    assert "www" + WORD_JOINER in escaped and "http" + WORD_JOINER in escaped
    assert "a" + WORD_JOINER + "\\@" in escaped
    assert plain(None) == "" and plain(float("nan")) == "" and plain(3) == "3"


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_csv_cells_a_spreadsheet_would_run_get_an_apostrophe(cell):
    assert csv_cell(cell) == "'" + cell
    assert csv_cell("South Korea") == "South Korea" and csv_cell(-2.5) == -2.5


def test_plotly_and_xml_text_keep_their_characters_but_not_their_meaning():
    assert for_plotly('<a href="x">zork</a> &') == "&lt;a href=&quot;x&quot;&gt;zork&lt;/a&gt; &amp;"
    assert for_xml("a\x0bb\x1bc\td\ne") == "a b c\td\ne"


def _formula_cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row
            if cell.startswith(FORMULA_STARTS)]


def test_facts_csv_export_neutralises_formulas(hostile_db):
    with Store(hostile_db).reader() as session:
        from core.store import repository
        facts = list(repository.iter_facts(session))
    written = export_facts.to_string(facts, "csv")
    assert "'=1+1 :red[zork] **bold**.md" in written and _formula_cells(written) == []
    result = run_cli("export", "--format", "csv", db=hostile_db)
    assert result.returncode == 0 and _formula_cells(result.stdout) == []
    assert "'=1+1 :red[zork] **bold**.md" in result.stdout


def test_chart_csv_exports_neutralise_formulas_and_escape_figure_text(hostile_db):
    store = Store(hostile_db)
    exports = [map_export(store, "stance"), country_figures_export(store, "KOR"),
               compare_export(store, ["AUS", "JPN"]),
               timeline_export(queries.timeline(queries.facts(store, dated=True)), "all")]
    for export in exports:
        text = export.csv()
        assert _formula_cells(text) == [], export.title
        figure = export.figure.to_json()
        assert "<img" not in figure and "<script" not in figure and "<a href" not in figure
    assert "'-2+3 zork formula headline" in exports[0].csv()
    store.close()


def test_briefing_pack_holds_hostile_quotes_as_text(hostile_db):
    store = Store(hostile_db)
    pack = Presentation(io.BytesIO(briefing.build(store, ["AUS", "VNM"])))
    store.close()
    text = "\n".join(shape.text_frame.text for slide in pack.slides for shape in slide.shapes
                     if shape.has_text_frame)
    assert "wrote [zork](javascript:alert(1)) at www.evil.example" in text
    assert "more willing  to cooperate with Washington \u202ezork reversed" in text


def test_every_page_opens_on_the_hostile_store(monkeypatch, hostile_db):
    monkeypatch.setenv("TRACKER_DB", hostile_db)
    for page, query in [("pages/overview.py", {}), ("pages/map.py", {}),
                        ("pages/timeline.py", {}), ("pages/countries.py", {"country": "AUS"}),
                        ("pages/countries.py", {"compare": "KOR,AUS,JPN"}),
                        ("pages/sources.py", {"find": "zork"}), ("pages/facts.py", {})]:
        app = opened(monkeypatch, hostile_db, page, **query)
        shown = [m.value for m in app.markdown] + [c.value for c in app.caption]
        for value in shown:
            if "zork" in value:
                assert "**zork" not in value and ":red[zork" not in value, (page, value)

"""A country briefing pack: one 16:9 PowerPoint file, every table and chart
a native (editable) PowerPoint object, for one country or two to four
compared.

Slides: a title slide; when countries are compared, a comparison (a table
of the map's measures and a chart of stance statements per label); per
country a stance slide (summary, the best quotes with their citations, a
chart of its stance statements), a figures slide (a table of the kinds of
figure most sources state, disputes stated) and a memberships slide; then
the sources (outlet, title, date and document id of every citation number
used on the slides). Citation numbers run in reading order. Boilerplate
facts are left out unless asked for. Only what the slides show is read in
full, so a pack takes about the same time at any store size.
"""
from __future__ import annotations

import io
import re
from datetime import date

import pandas as pd
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.enum.text import PP_ALIGN
from pptx.util import Inches, Pt

from core import profiles, queries
from core.charts import TYPE_STYLES
from core.export import figures as figure_rows
from core.normalize.countries import name
from core.profiles import LABEL_SCORE
from core.store import Store
from core.untrusted import for_xml

QUOTES_PER_COUNTRY = 3
QUOTE_CHARS = 300
TITLE_CHARS = 48  # longer titles are set smaller, to stay on one line
SOURCES_PER_SLIDE = 14
FIGURE_ROWS = 8  # with their notes, what a slide holds
WIDTH, HEIGHT = Inches(13.333), Inches(7.5)
MARGIN = Inches(0.5)
SERIES_COLOURS = [colour for colour, _ in TYPE_STYLES.values()]
_TERMINAL_CODES = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_C1_CONTROLS = re.compile(r"[\x7f-\x9f]")


class Citations(dict):
    """Document → citation number, numbered as the slides first cite them."""

    def __missing__(self, doc: str) -> int:
        self[doc] = len(self) + 1
        return self[doc]


def build(store: Store, countries: list[str], include_boilerplate: bool = False,
          exported: date | None = None, measures: pd.DataFrame | None = None) -> bytes:
    """The pack as PPTX bytes. `measures`: the page's copy of
    core.profiles.measures with the same boilerplate rule, if it has one."""
    exported = exported or date.today()
    scope = {"countries": countries, "include_boilerplate": include_boilerplate}
    stances = queries.facts(store, types=["stance"], **scope)
    figures = figure_rows.kinds(store, countries, include_boilerplate)
    memberships = queries.kinds(store, ["country", "framework"], types=["membership"], **scope)
    cite = Citations()
    deck = Presentation()
    deck.slide_width, deck.slide_height = WIDTH, HEIGHT
    _title_slide(deck, countries, exported, include_boilerplate)
    if len(countries) > 1:
        if measures is None:
            measures = profiles.measures(store, include_boilerplate=include_boilerplate)
        _compare_slide(deck, countries, measures, stances)
    for country in countries:
        _stance_slide(deck, country, stances[stances["country"] == country], cite)
        _figures_slide(deck, country, figures[figures["country"] == country], cite)
        _memberships_slide(deck, country, memberships[memberships["country"] == country], cite)
    _sources_slides(deck, store, cite)
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


def clean(text) -> str:
    """Text fit for a slide: terminal colour codes dropped, line breaks,
    tabs and other control characters (which PowerPoint shows as `_x001B_`)
    as spaces (core.untrusted.for_xml), "not stated" for none."""
    if not isinstance(text, str) or not text:
        return "not stated"
    text = re.sub(r"[\t\r\n]+", " ", _TERMINAL_CODES.sub("", text))
    return for_xml(_C1_CONTROLS.sub(" ", text)).strip()


def _slide(deck, title: str):
    """A title-only slide with its title centred across the 16:9 slide (the
    default template's placeholders are placed for 4:3)."""
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    heading = slide.shapes.title
    heading.left, heading.top, heading.width, heading.height = \
        MARGIN, Inches(0.3), WIDTH - 2 * MARGIN, Inches(1.0)
    heading.text = clean(title)
    paragraph = heading.text_frame.paragraphs[0]
    size = Pt(32) if len(heading.text) <= TITLE_CHARS else Pt(24)
    paragraph.font.size, paragraph.font.bold, paragraph.alignment = size, True, PP_ALIGN.CENTER
    return slide


def _text_box(slide, lines: list[tuple[str, int, bool]], left=MARGIN, top=Inches(1.45),
              width=WIDTH - 2 * MARGIN, height=Inches(5.6)) -> None:
    """Lines of (text, point size, italic) in a box under the title."""
    frame = slide.shapes.add_textbox(left, top, width, height).text_frame
    frame.word_wrap = True
    for i, (text, size, italic) in enumerate(lines):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        paragraph.text = clean(text)
        paragraph.font.size, paragraph.font.italic = Pt(size), italic
        paragraph.space_after = Pt(size // 2)


def _table(slide, header: list[str], rows: list[list[str]], widths: list[float],
           top=Inches(1.45), size: int = 14):
    """A native table: header row and `rows`, columns `widths` inches wide."""
    shape = slide.shapes.add_table(len(rows) + 1, len(header), MARGIN, top,
                                   Inches(sum(widths)), Inches(0.4 * (len(rows) + 1)))
    table = shape.table
    for column, width in enumerate(widths):
        table.columns[column].width = Inches(width)
    for r, values in enumerate([header, *rows]):
        for c, value in enumerate(values):
            cell = table.cell(r, c)
            cell.text = clean(str(value)) if value not in (None, "") else ""
            for paragraph in cell.text_frame.paragraphs:
                paragraph.font.size = Pt(size)
                paragraph.font.bold = r == 0
    return shape


def _bar_chart(slide, categories: list[str], series: dict[str, list[int]], title: str,
               left, top, width, height):
    """A native clustered column chart, one series per entry of `series`,
    each with its own colour and its values written on the columns."""
    data = CategoryChartData()
    data.categories = categories
    for label, values in series.items():
        data.add_series(clean(label), values)
    chart = slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, left, top, width, height,
                                   data).chart
    chart.has_title = True
    chart.chart_title.text_frame.text = title
    chart.chart_title.text_frame.paragraphs[0].font.size = Pt(16)
    chart.has_legend = len(series) > 1
    if chart.has_legend:
        chart.legend.position, chart.legend.include_in_layout = XL_LEGEND_POSITION.BOTTOM, False
    plot = chart.plots[0]
    plot.has_data_labels = True
    plot.data_labels.font.size = Pt(12)
    chart.category_axis.tick_labels.font.size = Pt(14)
    chart.value_axis.tick_labels.font.size = Pt(12)
    chart.value_axis.major_unit = max(1, -(-max(max(v) for v in series.values()) // 5))
    for index, item in enumerate(plot.series):
        item.format.fill.solid()
        item.format.fill.fore_color.rgb = RGBColor.from_string(
            SERIES_COLOURS[index % len(SERIES_COLOURS)].lstrip("#"))
    return chart


def _title_slide(deck, countries, exported, include_boilerplate) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[0])
    title, subtitle = slide.shapes.title, slide.placeholders[1]
    title.left, title.top, title.width, title.height = \
        MARGIN, Inches(2.2), WIDTH - 2 * MARGIN, Inches(1.5)
    subtitle.left, subtitle.top, subtitle.width, subtitle.height = \
        MARGIN, Inches(3.9), WIDTH - 2 * MARGIN, Inches(1.2)
    title.text = "Country briefing: " + ", ".join(name(c) for c in countries)
    subtitle.text = (f"Indo-Pacific Alliance Tracker · exported {exported.isoformat()} · "
                     f"{'boilerplate included' if include_boilerplate else 'boilerplate excluded'}")


def _label_counts(stances: pd.DataFrame) -> list[int]:
    counts = stances["label"].value_counts()
    return [int(counts.get(label, 0)) for label in LABEL_SCORE]


def _compare_slide(deck, countries, measures: pd.DataFrame, stances: pd.DataFrame) -> None:
    slide = _slide(deck, "Compared: " + ", ".join(name(c) for c in countries))
    table = measures.set_index("country").reindex(countries)
    rows = [[name(code), row["stance"] if isinstance(row["stance"], str) else "no stance stated",
             _number(row["defense_pct_gdp"], "{:g}%"), _number(row["us_troops"], "{:,.0f}"),
             _number(row["tariff_rate"], "{:g}%")] for code, row in table.iterrows()]
    _table(slide, ["Country", "Stance", "Defence, % of GDP", "US troops hosted",
                   "Highest US tariff faced"], rows, [3.3, 2.2, 2.2, 2.2, 2.433], size=14)
    series = {name(c): _label_counts(stances[stances["country"] == c]) for c in countries}
    _bar_chart(slide, list(LABEL_SCORE), series, "Stance statements by label", MARGIN,
               Inches(1.75 + 0.4 * (len(rows) + 1)), WIDTH - 2 * MARGIN,
               HEIGHT - Inches(2.0 + 0.4 * (len(rows) + 1)))


def _number(value, form: str) -> str:
    return "no data" if value is None or pd.isna(value) else form.format(value)


def _stance_slide(deck, country: str, stances: pd.DataFrame, cite: Citations) -> None:
    summary = profiles.stance_summary(stances)
    if not summary["overall"]:
        slide = _slide(deck, f"{name(country)}: stance")
        _text_box(slide, [(f"No source in the tracker states where {name(country)} stands.",
                           20, False)])
        return
    slide = _slide(deck, f"{name(country)}: {summary['overall']}")
    lines = [(summary["summary"][:1].upper() + summary["summary"][1:] +
              f" — {summary['facts']:,} stance statement(s) in {summary['sources']:,} "
              "source(s).", 20, False)]
    for fact in summary["evidence"][:QUOTES_PER_COUNTRY]:
        quote = clean(fact["quote"])
        quote = quote if len(quote) <= QUOTE_CHARS else quote[:QUOTE_CHARS - 1] + "…"
        lines.append((f"“{quote}”", 16, True))
        outlet, published = clean(fact.get("outlet")), clean(fact.get("published"))
        lines.append((f"— {'outlet not stated' if outlet == 'not stated' else outlet}, "
                      f"{'date not stated' if published == 'not stated' else published} "
                      f"[{cite[fact['doc']]}]", 13, False))
    _text_box(slide, lines, width=Inches(8.2))
    _bar_chart(slide, list(LABEL_SCORE), {name(country): _label_counts(stances)},
               "Stance statements by label", Inches(9.0), Inches(1.45), Inches(3.85),
               Inches(4.5))


def _figures_slide(deck, country: str, kinds: pd.DataFrame, cite: Citations) -> None:
    slide = _slide(deck, f"{name(country)}: figures")
    if kinds.empty:
        _text_box(slide, [("No figures stated in the sources.", 20, False)])
        return
    rows, more = figure_rows.summary(kinds, cite, rows=FIGURE_ROWS)
    _table(slide, ["Figure", "Value (newest source)", "Status", "Period", "Sources"],
           rows[["figure", "value", "status", "period", "sources"]].values.tolist(),
           [2.9, 5.2, 1.4, 0.9, 1.933], size=13)
    notes = figure_rows.dispute_notes(kinds, cite)
    if more:
        notes.append(f"The {len(rows)} kinds of figure most sources state; {more:,} more in "
                     "the dashboard's figures export.")
    if notes:
        _text_box(slide, [(note, 11, True) for note in notes], top=Inches(5.55),
                  height=Inches(1.8))


def _memberships_slide(deck, country, kinds: pd.DataFrame, cite: Citations) -> None:
    """One row per framework: the status its newest source gives."""
    slide = _slide(deck, f"{name(country)}: memberships")
    if kinds.empty:
        _text_box(slide, [("No framework memberships stated in the sources.", 20, False)])
        return
    table = [[k["framework"], k["status"], f"{k['sources']:,}",
              f"[{cite[k['doc']]}]" + (f" +{k['sources'] - 1:,}" if k["sources"] > 1 else "")]
             for k in kinds.to_dict("records")]
    _table(slide, ["Framework", "Status (newest source)", "Sources", "Cited"], table,
           [3.0, 3.5, 1.5, 2.0])


def _sources_slides(deck, store: Store, cite: Citations) -> None:
    """The sources of every citation number used, SOURCES_PER_SLIDE a slide."""
    if not cite:
        slide = _slide(deck, "Sources")
        _text_box(slide, [("No sources: the tracker holds no facts for these countries.",
                           18, False)])
        return
    documents = queries.documents_by_id(store, list(cite))
    rows = [[f"[{number}]", documents.get(doc, {}).get("outlet"),
             documents.get(doc, {}).get("title"), documents.get(doc, {}).get("published"), doc]
            for doc, number in sorted(cite.items(), key=lambda item: item[1])]
    pages = [rows[i:i + SOURCES_PER_SLIDE] for i in range(0, len(rows), SOURCES_PER_SLIDE)]
    for index, page in enumerate(pages, start=1):
        title = "Sources" if len(pages) == 1 else f"Sources ({index} of {len(pages)})"
        slide = _slide(deck, title)
        _table(slide, ["#", "Outlet", "Title", "Published", "Document (Sources page id)"],
               [[n, clean(o), clean(t), clean(p), d] for n, o, t, p, d in page],
               [0.6, 2.2, 5.0, 1.4, 3.133], size=12)

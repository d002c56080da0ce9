"""A country briefing pack: one PowerPoint file (editable in the briefer's
own deck) for one or several countries.

Slides: a title slide; per country a stance slide (label, summary, the best
two or three quotes with citation numbers), a figures slide (the figures
table as an image, disputes stated) and a memberships slide; and a sources
slide listing every numbered citation. Boilerplate facts are left out unless
asked for.
"""
from __future__ import annotations

import io
from datetime import date

import pandas as pd
from pptx import Presentation
from pptx.util import Inches, Pt

from core import charts, profiles, queries
from core.describe import fact_text
from core.export import images
from core.export.charts import dispute_notes
from core.export.citations import Citation, numbered
from core.normalize.countries import name
from core.store import Store
from core.untrusted import for_xml

QUOTES_PER_COUNTRY = 3


def build(store: Store, countries: list[str], include_boilerplate: bool = False,
          exported: date | None = None) -> bytes:
    """The pack as PPTX bytes."""
    exported = exported or date.today()
    facts = queries.facts(store, countries=countries, include_boilerplate=include_boilerplate)
    citations = numbered(facts)
    cite = {c.doc: c.number for c in citations}
    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(13.333), Inches(7.5)
    _title_slide(deck, countries, exported, include_boilerplate)
    for country in countries:
        own = facts[facts["country"] == country]
        _stance_slide(deck, country, own, cite)
        _figures_slide(deck, country, own, cite)
        _memberships_slide(deck, country, own, cite)
    _sources_slide(deck, citations)
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


def _slide(deck, title: str):
    slide = deck.slides.add_slide(deck.slide_layouts[5])  # title only
    slide.shapes.title.text = title
    slide.shapes.title.text_frame.paragraphs[0].font.size = Pt(32)
    return slide


def _text_box(slide, lines: list[tuple[str, int, bool]], left: float = 0.6, top: float = 1.5,
              width: float = 12.1) -> None:
    """Lines of (text, point size, italic) in a box under the title (source
    text stays text; characters XML cannot hold become spaces)."""
    box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(5.6))
    frame = box.text_frame
    frame.word_wrap = True
    for i, (text, size, italic) in enumerate(lines):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        paragraph.text = for_xml(text)
        paragraph.font.size = Pt(size)
        paragraph.font.italic = italic
        paragraph.space_after = Pt(8)


def _title_slide(deck, countries, exported, include_boilerplate) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[0])
    slide.shapes.title.text = "Country briefing: " + ", ".join(name(c) for c in countries)
    slide.placeholders[1].text = (
        f"Indo-Pacific Alliance Tracker · exported {exported.isoformat()} · "
        f"{'boilerplate included' if include_boilerplate else 'boilerplate excluded'}")


def _stance_slide(deck, country: str, facts: pd.DataFrame, cite: dict[str, int]) -> None:
    summary = profiles.stance_summary(facts[facts["type"] == "stance"])
    if not summary["overall"]:
        slide = _slide(deck, f"{name(country)}: stance")
        _text_box(slide, [(f"No source in the tracker states where {name(country)} stands.",
                           20, False)])
        return
    slide = _slide(deck, f"{name(country)}: {summary['overall']}")
    lines = [(summary["summary"][:1].upper() + summary["summary"][1:] +
              f" — {summary['facts']} stance statement(s) in {summary['sources']} source(s).",
              20, False)]
    for fact in summary["evidence"][:QUOTES_PER_COUNTRY]:
        lines.append((f"“{fact['quote']}” [{cite[fact['doc']]}]", 16, True))
    _text_box(slide, lines)


def _figures_slide(deck, country: str, facts: pd.DataFrame, cite: dict[str, int]) -> None:
    figures = facts[facts["type"].isin(profiles.FIGURE_TYPES)]
    slide = _slide(deck, f"{name(country)}: figures")
    if figures.empty:
        _text_box(slide, [("No figures stated in the sources.", 20, False)])
        return
    table = charts.figures_figure(figures, cite)
    image = images.png(table, width=1400)
    slide.shapes.add_picture(io.BytesIO(image), Inches(0.6), Inches(1.4), width=Inches(8.4))
    notes = [(f"{fact_text(f)} [{cite[f['doc']]}]", 13, False)
             for f in figures.to_dict("records")][:10]
    notes += [(note, 13, True) for note in dispute_notes(figures)]
    _text_box(slide, notes, left=9.2, top=1.4, width=3.8)


def _memberships_slide(deck, country, facts, cite) -> None:
    slide = _slide(deck, f"{name(country)}: memberships")
    rows = facts[facts["type"] == "membership"]
    if rows.empty:
        _text_box(slide, [("No framework memberships stated in the sources.", 20, False)])
        return
    summary = profiles.memberships(rows)
    lines = []
    for row in summary.to_dict("records"):
        numbers = ", ".join(f"[{cite[d]}]" for d in row["docs"])
        lines.append((f"{row['framework']}: {row['status']} {numbers}", 20, False))
    _text_box(slide, lines)


def _sources_slide(deck, citations: list[Citation]) -> None:
    slide = _slide(deck, "Sources")
    if not citations:
        _text_box(slide, [("No sources: the tracker holds no facts for these countries.",
                           18, False)])
        return
    _text_box(slide, [(c.text(), 14, False) for c in citations])

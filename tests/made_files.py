"""PDFs and Word files the tests make themselves: a laid-out report with a
running header, page-number footers and words hyphenated at line ends; a
scan (an image, no text layer); a Word file with a title."""
from __future__ import annotations

import io

HEADER = "Alliance Review Quarterly - Spring 2025"


def pdf(pages: list[list[str]], header: str | None = HEADER, numbers: bool = True,
        title: str | None = None) -> bytes:
    """A PDF with each page's lines set one per line as given (so a test
    decides where lines break and hyphenate), a running header on each page
    and "Page N of M" at its foot."""
    from fpdf import FPDF

    document = FPDF(format="A4")
    document.set_auto_page_break(False)
    if title:
        document.set_title(title)
    for number, lines in enumerate(pages, 1):
        document.add_page()
        document.set_font("helvetica", size=9)
        if header:
            document.cell(0, 8, header, new_x="LMARGIN", new_y="NEXT")
        document.ln(4)
        document.set_font("helvetica", size=11)
        for line in lines:
            document.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        if numbers:
            document.set_y(-20)
            document.set_font("helvetica", size=9)
            document.cell(0, 8, f"Page {number} of {len(pages)}", align="C")
    return bytes(document.output())


def scanned_pdf() -> bytes:
    """A one-page PDF that is only a picture of text, as a scanner makes."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 200), "white")
    ImageDraw.Draw(image).text((20, 80), "Japan will raise defence spending.", fill="black")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    document = FPDF()
    document.add_page()
    document.image(buffer, x=10, y=10, w=180)
    return bytes(document.output())


def docx(paragraphs: list[str], title: str | None = None) -> bytes:
    from docx import Document

    document = Document()
    if title:
        document.core_properties.title = title
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# A two-page report: the first sentence wraps over three lines with a word
# hyphenated at a line end; the second page opens mid-sentence.
REPORT_PAGES = [
    ["Troop Costs in Northeast Asia",
     "",
     "Japan will raise its defence spending to 2% of GDP by 2027, the gov-",
     "ernment in Tokyo said on Tuesday, in a plan that doubles the budget",
     "over five years and buys long-range missiles for the first time.",
     "",
     "Officials in Seoul said the new cost-sharing deal with Washington",
     "runs to 2030, and that South Korea would keep paying for the",
     ],
    ["28,500 U.S. troops stationed on the peninsula under the agreement.",
     "",
     "About 54,000 U.S. troops are stationed in Japan, the largest American",
     "presence in the region, according to the defence ministry in Tokyo.",
     ],
]

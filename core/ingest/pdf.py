"""Reading a PDF's text layer into article text with page boundaries.

PDFium (pypdfium2) gives each page's text line by line, as laid out. The
stored text is rebuilt from those lines, and every offset (sentences, facts)
points into it, so quotes stay exact; `pages` records where each page starts
in it, so every sentence has a page number.

What a reader of the page would not read as the article is left out:
- running headers and footers: a line at the top or bottom of the pages that
  comes back on most of them (digits aside, so "Report 2024 · 3" and
  "Report 2024 · 4" are one line), and bare page numbers ("7", "Page 7 of
  12", "- 7 -") there;
- typographic ligatures ("ﬁ") written out as their letters;
- line-end hyphenation: "govern-" + "ment" becomes "government" where the
  next line goes on in lower case; a hyphen before a capital ("Indo-" +
  "Pacific") is kept; soft hyphens PDFium marks are dropped.
Lines wrapped inside a paragraph are joined with a space (the sentence
splitter treats a line break as the end of a sentence); a line markedly
shorter than the page's full lines ends its paragraph (a heading, a
paragraph's last line), and so does a line that ends a sentence where the
next starts one. A sentence that runs on to the next page is joined
across the break and counted on the page where it starts.

A PDF with (almost) no text layer, a scan, is refused with that reason.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from core.ingest.reading import BadInput

# Fewer visible characters than this per page on average: a scan.
MIN_CHARS_PER_PAGE = 20
# How many lines at each edge of a page can be a running header or footer.
EDGE_LINES = 2
# A line shorter than this share of the page's full lines ends a paragraph.
SHORT_LINE = 0.7
_SOFT_HYPHENS = "\x02\u00ad\ufffe"
_MARKED_HYPHEN = re.compile(r"[\x02\ufffe](.)")
_HYPHENS = "-\u2010"
# Typographic ligatures some PDFs keep as one character ("ﬁnance").
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                           "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})
_PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?[-\u2013\u2014]?\s*\d{1,4}\s*[-\u2013\u2014]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
_SENTENCE_END = tuple(".!?:;\"'\u201d\u2019)")


@dataclass
class PdfText:
    text: str
    pages: list[int]
    notes: list[str] = field(default_factory=list)
    title: str | None = None


def read_pdf(data: bytes) -> PdfText:
    """The article text of a PDF, where each page starts in it, and notes on
    what was left out. Raises BadInput for a damaged, locked or scanned PDF."""
    import pypdfium2 as pdfium  # only needed for PDFs

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise BadInput(f"PDF cannot be opened ({error}): damaged, or locked with a "
                       "password?") from None
    try:
        pages = [_page_lines(document[i]) for i in range(len(document))]
        title = (document.get_metadata_dict().get("Title") or "").strip() or None
    finally:
        document.close()
    visible = sum(len(line.replace(" ", "")) for lines in pages for line in lines)
    if not pages or visible < MIN_CHARS_PER_PAGE * len(pages):
        raise BadInput(f"PDF has no text layer ({visible} characters of text on "
                       f"{len(pages)} page(s)): a scanned image? Run it through OCR first")
    running = _running_lines(pages)
    text, starts, dropped = _assemble([_without_edges(lines, running) for lines in pages])
    notes = [f"PDF of {len(pages)} page(s)"]
    if dropped:
        notes.append(f"{dropped} running header, footer or page-number line(s) left out")
    return PdfText(text, starts, notes, title)


def _page_lines(page) -> list[str]:
    textpage = page.get_textpage()
    try:
        raw = textpage.get_text_range()
    finally:
        textpage.close()
        page.close()
    raw = raw.replace("\x00", "").translate(_LIGATURES)
    return [_unhyphenated(" ".join(line.split())) if line.strip() else ""
            for line in re.split(r"\r\n|\r|\n", raw)]


def _unhyphenated(line: str) -> str:
    """A line with the line-end hyphens PDFium marks (it joins the two lines
    and puts a marker between them) taken out before a lower-case letter,
    and kept as a hyphen elsewhere ("Indo-" + "Pacific")."""
    return _MARKED_HYPHEN.sub(
        lambda m: m.group(1) if m.group(1).islower() else "-" + m.group(1), line)


def _key(line: str) -> str:
    """A line as compared across pages: digits (page numbers, dates) aside."""
    return re.sub(r"\d+", "#", line.lower())


def _edges(lines: list[str]) -> list[str]:
    filled = [line for line in lines if line]
    return filled[:EDGE_LINES] + filled[-EDGE_LINES:] if len(filled) > EDGE_LINES else filled


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Keys of lines at the pages' edges that recur on at least half the
    pages (and on two at least): running headers and footers."""
    if len(pages) < 2:
        return set()
    counts = Counter(key for lines in pages for key in {_key(line) for line in _edges(lines)})
    needed = max(2, (len(pages) + 1) // 2)
    return {key for key, count in counts.items() if count >= needed}


def _without_edges(lines: list[str], running: set[str]) -> tuple[list[str], int]:
    """The page's lines less running headers, footers and page numbers at its
    edges, and how many were left out."""
    filled = [i for i, line in enumerate(lines) if line]
    edge = set(filled[:EDGE_LINES] + filled[-EDGE_LINES:])
    kept = [line for i, line in enumerate(lines)
            if not (i in edge and (_key(line) in running or _PAGE_NUMBER.match(line)))]
    return kept, len(lines) - len(kept)


def _assemble(pages: list[tuple[list[str], int]]) -> tuple[str, list[int], int]:
    text = ""
    starts: list[int] = []
    dropped = 0
    for lines, left_out in pages:
        dropped += left_out
        body = _paragraphs(lines)
        if text and body:
            text += _page_joint(text, body)
        starts.append(len(text))
        text += body
    return text, starts, dropped


def _page_joint(before: str, after: str) -> str:
    """What goes between two pages: a space where a sentence runs on (the
    page ends mid-sentence and the next does not open with a capital), else
    a paragraph break."""
    tail = before.rstrip()
    if tail and not tail.endswith(_SENTENCE_END) and not after[:1].isupper():
        return " " if before == tail else ""
    return "\n\n"


def _sentence_breaks(line: str, after: str) -> bool:
    """Whether a sentence ends with the line and the next line starts one
    (then a line break is as good as a space, and safer: it may be a
    paragraph's end the layout does not show)."""
    return line.endswith(_SENTENCE_END) and (after[:1].isupper() or after[:1] in "\"\u201c")


def _paragraphs(lines: list[str]) -> str:
    """A page's lines as paragraphs: wrapped lines joined, hyphenation undone."""
    full = sorted(len(line) for line in lines if line)
    if not full:
        return ""
    width = full[int(0.8 * (len(full) - 1))]
    out: list[str] = []
    for line, after in zip(lines, lines[1:] + [""]):
        if not line:
            if out and out[-1] != "\n":
                out.append("\n")
            continue
        out.append(line)
        if not after:
            out.append("\n")
        elif line[-1] in _SOFT_HYPHENS:
            out[-1] = line[:-1]
        elif line[-1] in _HYPHENS and len(line) > 1 and line[-2].isalpha():
            out[-1] = line[:-1] if after[0].islower() else line
        elif len(line) < SHORT_LINE * width or _sentence_breaks(line, after):
            out.append("\n")
        else:
            out.append(" ")
    text = "".join(out).strip("\n")
    return re.sub(r"\n{2,}", "\n", text).replace("\n", "\n\n")

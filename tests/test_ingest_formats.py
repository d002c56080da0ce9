"""PDF and Word files go in like text: exact offsets into the stored text, a
page for every sentence of a PDF (running headers, page numbers and line-end
hyphens handled), a scan refused with that reason; a text in another
language is stored, flagged, and not read for facts; bytes (an upload) go
through the same path as a file."""
from __future__ import annotations

import pytest

import made_files
from conftest import run_cli
from core import queries
from core.export.citations import numbered, with_citations
from core.ingest import ingest, ingest_bytes
from core.ingest.pdf import read_pdf
from core.store import repository

MAX = 5_000_000
GERMAN = ("Die Bundesregierung will die Verteidigungsausgaben in den kommenden Jahren deutlich "
          "erhöhen. Nach Angaben des Ministeriums sollen bis 2029 mehr als zwei Prozent der "
          "Wirtschaftsleistung in die Streitkräfte fließen, teilte ein Sprecher am Montag mit.\n")


def _doc(store, doc_id):
    with store.reader() as session:
        return repository.load_document(session, doc_id)


def test_pdf_text_drops_running_header_and_page_numbers_and_joins_hyphens():
    read = read_pdf(made_files.pdf(made_files.REPORT_PAGES))
    assert made_files.HEADER not in read.text
    assert "Page 1 of 2" not in read.text and "Page 2" not in read.text
    assert "the government in Tokyo" in read.text
    assert "long-range missiles" in read.text, "a hyphen inside a line is kept"
    assert "keep paying for the 28,500 U.S. troops" in read.text, "joined across the page"
    assert read.pages[0] == 0 and read.text[read.pages[1]:].startswith("28,500 U.S. troops")


def test_a_hyphen_before_a_capital_is_kept_at_a_line_end():
    page = ["The United States and Japan agreed on a new plan for the Indo-",
            "Pacific region and its sea lanes, the two governments said in Tokyo.",
            "Officials gave no further details of the plan on Wednesday evening."]
    assert "the Indo-Pacific region" in read_pdf(made_files.pdf([page])).text


def test_ligatures_are_written_out_as_letters():
    from core.ingest.pdf import _page_lines

    class Page:
        def get_textpage(self):
            return self

        def get_text_range(self):
            return "the \ufb01nance ministry's e\ufb00ort\r\n"

        def close(self):
            pass

    assert _page_lines(Page())[0] == "the finance ministry's effort"


def test_a_single_page_pdf_keeps_its_only_lines():
    """A header on one page is not 'running': with one page nothing recurs."""
    read = read_pdf(made_files.pdf([["Japan hosts about 54,000 U.S. troops, officials said."]],
                                   numbers=False))
    assert made_files.HEADER in read.text


def test_pdf_ingested_with_page_numbers_and_exact_quotes(store, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(made_files.pdf(made_files.REPORT_PAGES, title="Troop Costs Review"))
    [outcome] = ingest(store, [path], max_bytes=MAX, progress=False)
    assert outcome.status == "ingested" and outcome.facts >= 2, outcome
    doc = _doc(store, "report.pdf")
    assert doc.title == "Troop Costs Review"
    assert len(doc.pages) == 2
    with store.reader() as session:
        facts = list(repository.iter_facts(session))
    for fact in facts:
        assert doc.text[fact.start:fact.end] == fact.quote
    pages = {fact.quote[:12]: doc.page_of(fact.start) for fact in facts}
    assert pages["Japan will r"] == 1
    assert pages["Officials in"] == 1, "a sentence running on to page 2 starts on page 1"
    assert pages["About 54,000"] == 2
    frame = queries.facts(store)
    assert set(frame["page"]) <= {1, 2} and frame["page"].notna().all()
    cited = with_citations(frame, numbered(frame))
    assert list(cited["source_page"]) == list(frame["page"]), "exported CSVs carry the page"


def test_scanned_pdf_is_refused_with_the_reason(store, tmp_path):
    (tmp_path / "scan.pdf").write_bytes(made_files.scanned_pdf())
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a PDF")
    outcomes = {o.path.rsplit("/", 1)[-1]: o
                for o in ingest(store, [tmp_path], max_bytes=MAX, progress=False)}
    assert outcomes["scan.pdf"].status == "failed"
    assert "no text layer" in outcomes["scan.pdf"].reason
    assert outcomes["broken.pdf"].status == "failed"
    assert "PDF cannot be opened" in outcomes["broken.pdf"].reason


def test_docx_ingested_with_its_title(store, tmp_path):
    path = tmp_path / "memo.docx"
    path.write_bytes(made_files.docx(
        ["Basing Memo", "South Korea currently allocates over 2% of its GDP to defense, "
         "its defence ministry said."], title="Memo on basing"))
    [outcome] = ingest(store, [path], max_bytes=MAX, progress=False)
    assert outcome.status == "ingested" and outcome.facts >= 1, outcome
    doc = _doc(store, "memo.docx")
    assert doc.title == "Memo on basing" and doc.pages is None
    assert doc.text.startswith("Basing Memo\nSouth Korea currently")


def test_a_file_that_is_not_a_docx_is_refused(store):
    outcome = ingest_bytes(store, "fake.docx", b"plain words, not a zip", max_bytes=MAX)
    assert outcome.status == "failed" and "not a Word .docx file" in outcome.reason


def test_bytes_go_through_the_same_path_as_a_file(store, tmp_path):
    text = "South Korea currently allocates over 2% of its GDP to defense.\n"
    path = tmp_path / "same.txt"
    path.write_text(text)
    [from_file] = ingest(store, [path], max_bytes=MAX, progress=False)
    again = ingest_bytes(store, "same.txt", text.encode(), max_bytes=MAX)
    assert (from_file.status, again.status) == ("ingested", "unchanged")
    changed = ingest_bytes(store, "same.txt", (text + "More.\n").encode(), max_bytes=MAX,
                           stated={"title": "Given title", "url": "https://example.org/a",
                                   "published": "2025-03-04"})
    assert changed.status == "replaced" and changed.facts == 1
    doc = _doc(store, "same.txt")
    assert (doc.title, doc.url, doc.published) == ("Given title", "https://example.org/a",
                                                   "2025-03-04")
    too_big = ingest_bytes(store, "big.txt", b"x" * 101, max_bytes=100)
    assert too_big.status == "failed" and "over the 100-byte limit" in too_big.reason
    odd = ingest_bytes(store, "slides.pptx", b"x", max_bytes=MAX)
    assert odd.status == "failed" and "unsupported file type '.pptx'" in odd.reason


def test_a_german_article_is_stored_flagged_and_not_read_for_facts(store):
    outcome = ingest_bytes(store, "bericht.txt", GERMAN.encode(), max_bytes=MAX)
    assert outcome.status == "ingested" and outcome.facts == 0
    assert any("written in German (de)" in note for note in outcome.notes)
    assert _doc(store, "bericht.txt").language == "de"
    frame = queries.documents(store)
    assert frame.set_index("id").loc["bericht.txt", "language"] == "de"


@pytest.mark.parametrize("text", [
    "Japan hosts about 54,000 U.S. troops.\n",  # too short to tell: read as English
    "Japan will raise its defence spending to 2% of GDP by 2027, the government said on "
    "Tuesday, in a plan that doubles the budget over five years.\n",
])
def test_english_and_short_texts_are_read(store, text):
    outcome = ingest_bytes(store, "en.txt", text.encode(), max_bytes=MAX)
    assert outcome.facts >= 1 and _doc(store, "en.txt").language in (None, "en")


def test_ingest_command_reads_a_pdf(tmp_path):
    (tmp_path / "r.pdf").write_bytes(made_files.pdf(made_files.REPORT_PAGES))
    result = run_cli("--db", str(tmp_path / "t.db"), "ingest", str(tmp_path / "r.pdf"))
    assert result.returncode == 0, result.stderr
    assert "1 ingested" in result.stdout

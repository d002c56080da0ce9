"""Sentences: exact offsets into the stored text, and the splits a reader expects."""
from core.store import repository
from core.text import split_sentences

from conftest import SEEDS


def test_every_stored_sentence_slices_the_original_file_exactly(seed_store):
    with seed_store.reader() as session:
        ids = repository.document_ids(session)
        assert len(ids) == 5
        for doc_id in ids:
            doc = repository.load_document(session, doc_id)
            original = (SEEDS / doc_id).read_text(encoding="utf-8")
            assert doc.text == original
            assert doc.sentences, doc_id
            previous_end = 0
            for sentence in doc.sentences:
                piece = original[sentence.start:sentence.end]
                assert piece == piece.strip() and piece, (doc_id, sentence)
                assert "\n" not in piece, "a sentence never crosses a line break"
                assert sentence.start >= previous_end
                previous_end = sentence.end


def _split(text):
    return [text[a:b] for a, b in split_sentences(text)]


def test_headline_without_full_stop_is_its_own_sentence():
    text = "Preparing for Trump 2.0\nAs the election approached, Trump shifted his attention."
    assert _split(text) == ["Preparing for Trump 2.0",
                            "As the election approached, Trump shifted his attention."]


def test_abbreviations_do_not_end_sentences():
    text = "U.S. President Joe Biden met U.K. officials in Washington. They agreed."
    assert _split(text) == ["U.S. President Joe Biden met U.K. officials in Washington.",
                            "They agreed."]


def test_quotes_stay_with_their_sentence():
    text = "“The United States is no longer a constant,” remarked Murata Koji. He added more."
    assert _split(text)[0] == "“The United States is no longer a constant,” remarked Murata Koji."


def test_list_lines_are_separate_sentences():
    text = "Related Articles\nChina Unveils Drone\nNATO Members Agree to 5% Target by 2035\n"
    assert _split(text) == ["Related Articles", "China Unveils Drone",
                            "NATO Members Agree to 5% Target by 2035"]


def test_blank_and_whitespace_lines_give_no_sentences():
    assert _split("\n\n   \n\t\n") == []

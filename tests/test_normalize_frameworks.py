"""Framework names to the contract's ids."""
import pytest

from core.normalize import frameworks


@pytest.mark.parametrize("name, framework", [
    ("Quadrilateral Security Dialogue", "QUAD"), ("the 'Squad'", "SQUAD"),
    ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "CPTPP"),
    ("Complete and Progressive Settlement for Trans-Pacific Partnership", "CPTPP"),
    ("Global Combat Air Programme", "GCAP"), ("International Fight Air Program", "GCAP"),
    ("Future Combat Air System", "FCAS"), ("Future Fight Air System", "FCAS"),
    ("Regional Comprehensive Economic Partnership", "RCEP"),
    ("Indo-Pacific Economic Framework for Prosperity", "IPEF"),
    ("Association of Southeast Asian Nations", "ASEAN"), ("Five Eyes", "FVEY"),
    ("Aukus", "AUKUS"), ("Asean", "ASEAN"), ("Nato", "NATO"), ("Rcep", "RCEP"),
    ("Association of Southeast Asian Nations (ASEAN)", "ASEAN"),
])
def test_framework_names_and_noisy_variants(name, framework):
    assert [f.id for f in frameworks.find(name)] == [framework]


def test_a_name_with_its_acronym_or_quotes_is_one_mention():
    text = "the Association of Southeast Asian Nations (ASEAN) and the ‘Quad’"
    found = frameworks.find(text)
    assert [f.id for f in found] == ["ASEAN", "QUAD"]
    assert text[found[0].start:found[0].end] == "Association of Southeast Asian Nations (ASEAN)"
    assert text[found[1].start:found[1].end] == "‘Quad’"


@pytest.mark.parametrize("text, expected", [
    ("non-ASEAN signatories", []),
    ("a squad of marines", []),
    ("non-NATO allies and NATO members", ["NATO"]),
])
def test_a_negated_name_or_a_common_word_names_no_framework(text, expected):
    assert [f.id for f in frameworks.find(text)] == expected


def test_closed_groupings_have_sizes_and_open_pacts_none():
    sizes = frameworks.sizes()
    assert sizes["QUAD"] == 4 and sizes["AUKUS"] == 3
    assert "CPTPP" not in sizes and "ASEAN" not in sizes

"""Memberships on sentences beyond the seeds."""
import pytest

from core.extract.membership import find_frameworks

from conftest import facts_of, of_type


def members(text):
    return sorted((f.country, f.framework, f.status) for f in of_type(facts_of(text), "membership"))


@pytest.mark.parametrize("text, expected", [
    ("India, Japan, Australia and the US make up the Quad.",
     [("AUS", "QUAD", "member"), ("IND", "QUAD", "member"), ("JPN", "QUAD", "member"),
      ("USA", "QUAD", "member")]),
    ("AUKUS, the security pact between Australia, Britain and the United States, is ten years old.",
     [("AUS", "AUKUS", "member"), ("GBR", "AUKUS", "member"), ("USA", "AUKUS", "member")]),
    ("South Korea has applied to join the CPTPP.", [("KOR", "CPTPP", "considering")]),
    ("Britain formally joined the CPTPP in December 2024.", [("GBR", "CPTPP", "member")]),
    ("The United States pulled out of the TPP in 2017.", [("USA", "CPTPP", "withdrawn")]),
    ("ASEAN members such as Vietnam and the Philippines met in Jakarta.",
     [("PHL", "ASEAN", "member"), ("VNM", "ASEAN", "member")]),
    ("Japan is considering joining the Five Eyes intelligence alliance.",
     [("JPN", "FVEY", "considering")]),
    ("Italy, Britain and Japan are partners in the Global Combat Air Programme.",
     [("GBR", "GCAP", "member"), ("ITA", "GCAP", "member"), ("JPN", "GCAP", "member")]),
    ("The Quad (India, Japan, Australia and the United States) met in Tokyo.",
     [("AUS", "QUAD", "member"), ("IND", "QUAD", "member"), ("JPN", "QUAD", "member"),
      ("USA", "QUAD", "member")]),
])
def test_memberships(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "The Quad summit was held in Tokyo.",
    "China criticised AUKUS as a threat to regional peace.",
    "Russia, a NATO adversary, supplied missiles.",
    "The squad of soldiers from Japan trained in Australia.",
    "The European Union has discussed deepening trade links with the CPTPP.",
])
def test_no_membership(text):
    assert members(text) == []


@pytest.mark.parametrize("name, framework", [
    ("Quadrilateral Security Dialogue", "QUAD"), ("the 'Squad'", "SQUAD"),
    ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "CPTPP"),
    ("Complete and Progressive Settlement for Trans-Pacific Partnership", "CPTPP"),
    ("Global Combat Air Programme", "GCAP"), ("International Fight Air Program", "GCAP"),
    ("Future Combat Air System", "FCAS"), ("Future Fight Air System", "FCAS"),
    ("Regional Comprehensive Economic Partnership", "RCEP"),
    ("Indo-Pacific Economic Framework for Prosperity", "IPEF"),
    ("Association of Southeast Asian Nations", "ASEAN"), ("Five Eyes", "FVEY"),
])
def test_framework_names_and_noisy_variants(name, framework):
    assert [f.id for f in find_frameworks(name)] == [framework]

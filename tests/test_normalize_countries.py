"""Countries to ISO3: names, abbreviations, capitals, demonyms, leaders, blocs."""
import pytest

from core.normalize import countries


def codes(text):
    return [m.code for m in countries.find(text)]


@pytest.mark.parametrize("text, expected", [
    ("U.S. officials said", ["USA"]),
    ("the US and its allies", ["USA"]),
    ("Washington’s allies in East Asia", ["USA"]),
    ("American troops", ["USA"]),
    ("the United States of America", ["USA"]),
    ("ROK forces", ["KOR"]),
    ("the Republic of Korea", ["KOR"]),
    ("Seoul’s defense spending", ["KOR"]),
    ("South Korean public opinion", ["KOR"]),
    ("the DPRK fired a missile", ["PRK"]),
    ("Pyongyang said", ["PRK"]),
    ("North Korea’s Kim Jong Un", ["PRK", "PRK"]),
    ("the PRC and Beijing", ["CHN", "CHN"]),
    ("the People's Republic of China", ["CHN"]),
    ("Taipei and Canberra", ["TWN", "AUS"]),
    ("Manila and Hanoi", ["PHL", "VNM"]),
    ("New Delhi and Tokyo", ["IND", "JPN"]),
    ("Moscow and Kyiv", ["RUS", "UKR"]),
    ("the UK and the U.K.", ["GBR", "GBR"]),
    ("Italy, Japan and the U.Ok. are", ["ITA", "JPN", "GBR"]),
    ("Filipino fishermen and Japanese voters", ["PHL", "JPN"]),
    ("Prime Minister Shigeru Ishiba", ["JPN"]),
    ("President-elect Trump’s proposal", ["USA"]),
    ("Chinese President Xi Jinping", ["CHN", "CHN"]),
    ("the European Union and NATO", ["EU", "NATO"]),
    ("Viet Nam and Vietnam", ["VNM", "VNM"]),
])
def test_names_resolve_to_iso3(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text", [
    "in the South China Sea",
    "across the Taiwan Strait",
    "on the Korean Peninsula",
    "in North America and Latin America",
    "The Washington Post reported",
    "the USB port and the UKIP party",
    "a new USAID programme",
    "Michael Jordan and Georgia voters",
])
def test_place_names_that_merely_contain_a_country_give_nothing(text):
    assert codes(text) == []


@pytest.mark.parametrize("name, code", [
    ("seoul", "KOR"), ("ROK", "KOR"), ("Korea", "KOR"), ("EU", "EU"), ("NATO", "NATO"),
    ("Great Britain", "GBR"), ("South China Sea", None), ("Atlantis", None),
])
def test_resolve_one_name(name, code):
    assert countries.resolve(name) == code


def test_display_names_come_from_pycountry():
    assert countries.name("KOR") == "South Korea"
    assert countries.name("VNM") == "Vietnam"
    assert countries.name("EU") == "European Union"
    assert countries.name("ALL") == "All imports"


def test_mentions_carry_exact_offsets():
    text = "Tokyo has moved away; Seoul’s budget rose."
    for mention in countries.find(text):
        assert text[mention.start:mention.end] == mention.text

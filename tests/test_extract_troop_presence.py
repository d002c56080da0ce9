"""Troop presence by kind of sentence: counts before and after the noun,
N-strong forces and commands, bases and places, here/there, who sends the
troops, and counts that are no presence (exercises, cuts, own armies)."""
import pytest

from conftest import facts_of, of_type


def presence(text):
    return sorted((f.country, f.counterpart, f.value, f.qualifier)
                  for f in of_type(facts_of(text), "troop_presence"))


@pytest.mark.parametrize("text, expected", [
    # count before the noun, host after "in"/"at"/"through"
    ("Roughly 27,000 US service members are based in South Korea.",
     [("KOR", "USA", 27000.0, "approx")]),
    ("Some 1,200 American airmen rotate through Darwin each dry season.",
     [("AUS", "USA", 1200.0, "approx")]),
    ("About 18,000 U.S. Marines are stationed at Okinawa.", [("JPN", "USA", 18000.0, "approx")]),
    # "in the country", "on the island": the place named before
    ("Manila renewed the accord with Washington. About 1,100 US soldiers are based in the "
     "country.", [("PHL", "USA", 1100.0, "approx")]),
    ("About 8,000 US service personnel are based in Guam.", [("GUM", "USA", 8000.0, "approx")]),
    # military advisers and trainers are troops too
    ("Around 300 American military advisers are based in the Philippines.",
     [("PHL", "USA", 300.0, "approx")]),
    ("The United States keeps about 500 troops in the Philippines.",
     [("PHL", "USA", 500.0, "approx")]),
    ("About 50,000 U.S. troops are based in Japan, and Washington wants Tokyo to pay more.",
     [("JPN", "USA", 50000.0, "approx")]),
    ("Tokyo has deployed 300 Japanese soldiers to Australia.", [("AUS", "JPN", 300.0, "exact")]),
    ("There are some 1,500 U.S. Marines deployed to northern Australia.",
     [("AUS", "USA", 1500.0, "approx")]),
    # host as subject of a host verb
    ("Japan, which hosts more American troops than any other ally, is home to some 53,000 "
     "U.S. military personnel.", [("JPN", "USA", 53000.0, "approx")]),
    ("The base on Okinawa houses 19,000 Marines.", [("JPN", "USA", 19000.0, "exact")]),
    # the host's own army after its hosted count is no presence
    ("Japan, which hosts 50,000 US troops, has an army of 150,000 soldiers.",
     [("JPN", "USA", 50000.0, "exact")]),
    # the count after the noun
    ("Japan hosts more US troops of some 55,000 in uniformed personnel alone.",
     [("JPN", "USA", 55000.0, "approx")]),
    ("American forces in South Korea, numbering about 27,500, deter the North.",
     [("KOR", "USA", 27500.0, "approx")]),
    ("The total number of Marines in the Northern Territory reached its full strength of 2,200.",
     [("AUS", "USA", 2200.0, "exact")]),
])
def test_troop_counts(text, expected):
    assert presence(text) == expected


@pytest.mark.parametrize("text, host", [
    ("Seoul will pay more for the upkeep of the 27,000-strong USFK.", "KOR"),
    ("The agreement covers the 27,000-strong U.S. Forces Korea.", "KOR"),
    ("Tokyo covers much of the cost of the 50,000-strong USFJ.", "JPN"),
    ("Manila is wary of the 2,000-strong American contingent in Mindanao.", "PHL"),
])
def test_strong_forces_and_commands(text, host):
    [(country, sender, value, _)] = presence(text)
    assert (country, sender) == (host, "USA")


def test_here_is_the_datelines_country():
    text = ("TOKYO, March 3 (Kyodo) -- Officials met on Monday.\n"
            "About 50,000 U.S. troops are stationed here under the security treaty.\n")
    assert presence(text) == [("JPN", "USA", 50000.0, "approx")]


def test_there_is_the_place_named_before():
    text = ("The force, which trains in Australia each summer, began when 200 Marines "
            "landed there in 2012.")
    [fact] = of_type(facts_of(text), "troop_presence")
    assert (fact.country, fact.counterpart, fact.value, fact.period) == ("AUS", "USA", 200.0, "2012")


@pytest.mark.parametrize("text", [
    # exercise participants of both sides
    "The annual drills involved nearly 17,000 Filipino and American troops.",
    "Last year's exercise involved some 30,000 troops from both countries.",
    "More than 9,000 soldiers took part in the joint exercises in Luzon.",
    "Australia will send 800 troops to this year's exercise in the Philippines.",
    # one count over several hosts
    "Some 75,000 U.S. troops are based across Japan and South Korea.",
    # cuts to a presence
    "Washington may withdraw 4,500 troops from South Korea.",
    "Some 5,000 Marines will be relocated from Okinawa to Hawaii.",
    "Under the plan, 2,000 US soldiers are to move out of Seoul.",
    "Washington intends to move about 1,500 Marines from Japan to Hawaii.",
    # a country's own forces, or troops with no host
    "Vietnam has 480,000 active-duty soldiers.",
    "China has massed 100,000 troops near the border.",
    "The US keeps roughly 80,000 troops in Europe.",
    # a named force and a subject with nothing tying them as host
    "China criticised the 50,000 US troops as a threat.",
    # "personnel" outside a military sentence
    "The carmaker employs 2,000 personnel in Thailand.",
])
def test_no_troop_presence(text):
    assert presence(text) == []


def test_list_rows_name_the_host_and_the_heading_the_sender():
    text = ("American forces across Asia\n\n- Singapore: about 200 airmen\n"
            "- The Philippines: 1,200 troops on rotation\n")
    assert presence(text) == [("PHL", "USA", 1200.0, "exact"), ("SGP", "USA", 200.0, "approx")]


@pytest.mark.parametrize("text", [
    "Standing armies in the region\n\n- Indonesia: 400,000 troops\n- Malaysia: 110,000 troops\n",
    "Plans for next year\n\nJapan: 3,000 troops will join the exercise.\n",
])
def test_list_rows_of_armies_host_nothing(text):
    assert presence(text) == []

"""Stances on sentences beyond the seeds: coordination, comparison, negation,
hedging, and sentences that must give nothing."""
import pytest

from core.evaluate import side

from conftest import facts_of, of_type


def stances(text):
    return [(f.country, f.label, f.counterpart) for f in of_type(facts_of(text), "stance")]


@pytest.mark.parametrize("text, expected", [
    ("The Philippines has sided with Washington in its dispute with Beijing.",
     [("PHL", "aligned", "USA")]),
    ("Cambodia has moved closer to Beijing in recent years.", [("KHM", "leaning", "CHN")]),
    ("Indonesia insists on remaining neutral between the US and China.",
     [("IDN", "hedging", "USA")]),
    ("Vietnam is wary of China's growing assertiveness in the South China Sea.",
     [("VNM", "reluctant", "CHN")]),
    ("Thailand has tried to balance its ties between Washington and Beijing.",
     [("THA", "hedging", "USA")]),
    ("South Korea's new government is leaning toward Washington.",
     [("KOR", "leaning", "USA")]),
    ("Japan has strengthened its alliance with the United States.",
     [("JPN", "aligned", "USA")]),
    ("Malaysia refused to join the US-led coalition.", [("MYS", "reluctant", "USA")]),
    ("New Zealand is reluctant to join the second pillar of AUKUS.",
     [("NZL", "reluctant", "USA")]),
    ("India is not willing to join any military alliance against China.",
     [("IND", "reluctant", "USA")]),
    ("Pakistan strongly opposes the US military presence in the region.",
     [("PAK", "opposed", "USA")]),
    ("North Korea condemned the joint drills by the US and South Korea.",
     [("PRK", "opposed", "USA")]),
    ("Singapore has long avoided taking sides between the two powers.",
     [("SGP", "hedging", "USA")]),
    ("The Philippines and Japan are increasingly aligned with Washington.",
     [("PHL", "aligned", "USA"), ("JPN", "aligned", "USA")]),
    ("Taiwan is seeking closer ties with the US.", [("TWN", "aligned", "USA")]),
    ("South Korea is more reluctant than Japan to confront China.",
     [("KOR", "reluctant", "USA")]),
    ("Australia is more willing than South Korea to commit forces.",
     [("AUS", "leaning", "USA")]),
    ("Seoul has been hesitant to criticise Beijing.", [("KOR", "reluctant", "USA")]),
    ("Laos and Cambodia are drifting toward China.",
     [("LAO", "leaning", "CHN"), ("KHM", "leaning", "CHN")]),
    ("Manila is open to hosting more US forces.", [("PHL", "leaning", "USA")]),
    ("Kuala Lumpur remains cautious about the Quad.", [("MYS", "hedging", "USA")]),
    ("Hanoi has pursued a policy of strategic autonomy.", [("VNM", "hedging", "USA")]),
    ("Seoul has long sought to balance its relationship with Washington and Beijing.",
     [("KOR", "hedging", "USA")]),
    ("Manila has pivoted back toward Washington under Marcos.", [("PHL", "leaning", "USA")]),
    ("Thailand, a US treaty ally since 1954, has nonetheless drifted closer to Beijing.",
     [("THA", "leaning", "CHN")]),
    ("Yet Hanoi remains deeply suspicious of any military alliance.",
     [("VNM", "reluctant", "USA")]),
    ("The Philippines under Marcos has swung firmly back into the American camp.",
     [("PHL", "aligned", "USA")]),
])
def test_stances(text, expected):
    assert stances(text) == expected


def test_public_and_government_holders():
    text = ("Australians are increasingly distrustful of the United States, a Lowy poll found. "
            "The Japanese government is somewhat close to Washington's view. "
            "South Korean voters remain sceptical of a military role in Taiwan.")
    found = {(f.country, f.holder, f.label) for f in of_type(facts_of(text), "stance")}
    assert found == {("AUS", "public", "reluctant"), ("JPN", "government", "leaning"),
                     ("KOR", "public", "reluctant")}


def test_a_stance_toward_china_counts_on_the_other_side():
    [fact] = of_type(facts_of("Vietnam is wary of China."), "stance")
    assert side(fact.label, fact.counterpart) == "for"
    [fact] = of_type(facts_of("Cambodia has moved closer to Beijing."), "stance")
    assert side(fact.label, fact.counterpart) == "against"


@pytest.mark.parametrize("text", [
    "Japan and South Korea held talks in Tokyo.",
    "Professor Lee, a South Korean scholar, is sceptical of the alliance.",
    "If South Korea were to side with China, the alliance would collapse.",
    "Would Japan side with Washington in a Taiwan crisis?",
    "Trump is reluctant to defend Taiwan.",
    "Marco Rubio is a strong supporter of Taiwan.",
    "China's assertiveness worries its neighbours.",
    "Discussions of extending NATO's influence into Asia have been met with skepticism.",
    "Chinese factories shift away from the U.S. amid tariffs.",
    "The US is reluctant to sell F-35s to India.",
    "China has strengthened its security partnerships with Russia.",
    "Japan's ties with Europe are strengthening.",
    "The summit between South Korea and Japan was postponed.",
    "India has refused to condemn Russia.",
    "Japan is wary of North Korea's missile launches.",
])
def test_no_stance(text):
    assert stances(text) == []


def test_quotes_are_the_sentences():
    text = "Japan met Korea. Australia and the Philippines are more willing to cooperate."
    for fact in of_type(facts_of(text), "stance"):
        assert text[fact.start:fact.end] == fact.quote == \
            "Australia and the Philippines are more willing to cooperate."

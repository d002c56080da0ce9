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


# Each family of the stance patterns, in sentences written for the test.
@pytest.mark.parametrize("text, expected", [
    # alignment stated as a relation
    ("Japan is a treaty ally of the United States.", [("JPN", "aligned", "USA")]),
    ("Warships came from Canada and Australia, both longtime American allies.",
     [("CAN", "aligned", "USA"), ("AUS", "aligned", "USA")]),
    ("Australia is one of America's closest allies.", [("AUS", "aligned", "USA")]),
    ("Cambodia, a close ally of China, blocked the joint statement.",
     [("KHM", "aligned", "CHN")]),
    ("Thailand is Washington's oldest treaty ally in the region.", [("THA", "aligned", "USA")]),
    ("Laos is widely seen as Beijing's most loyal ally.", [("LAO", "aligned", "CHN")]),
    ("Seoul's relations with Beijing have soured since the missile deployment.",
     [("KOR", "reluctant", "CHN")]),
    ("Japan's ties with the United States are deepening.", [("JPN", "aligned", "USA")]),
    ("Taipei stands against Beijing's pressure.", [("TWN", "opposed", "CHN")]),
    ("Pyongyang lashed out at Washington over the drills.", [("PRK", "opposed", "USA")]),
    ("Manila declined to criticize Beijing over the incident.", [("PHL", "reluctant", "USA")]),
    ("Seoul's alliance with the United States remains ironclad.", [("KOR", "aligned", "USA")]),
    ("\u201cOur ties with Washington have never been stronger,\u201d the Philippine president "
     "said.", [("PHL", "aligned", "USA")]),
    ("Hanoi and Manila have pushed back against Beijing.",
     [("VNM", "opposed", "CHN"), ("PHL", "opposed", "CHN")]),
    ("Seoul is more hesitant than any of Washington's allies to send warships.",
     [("KOR", "reluctant", "USA")]),
    ("Hanoi has found greater comfort with Washington.", [("VNM", "leaning", "USA")]),
    ("Seoul has chosen Washington over Beijing.", [("KOR", "aligned", "USA")]),
    ("Under Hun Sen, Cambodia favoured Beijing above Washington.", [("KHM", "leaning", "CHN")]),
    ("Manila pivoted from Washington to Beijing.", [("PHL", "reluctant", "USA")]),
    ("Phnom Penh has shifted away from Washington toward Beijing.",
     [("KHM", "reluctant", "USA")]),
    ("Hanoi has not moved away from Washington.", [("VNM", "leaning", "USA")]),
    ("Malaysia and Thailand have drifted away from the United States.",
     [("MYS", "reluctant", "USA"), ("THA", "reluctant", "USA")]),
    ("The Philippines has moved away from China under its new president.",
     [("PHL", "reluctant", "CHN")]),
    ("Myanmar has been pulled deeper into China's orbit.", [("MMR", "leaning", "CHN")]),
    ("Laos now sits firmly in the Chinese camp.", [("LAO", "aligned", "CHN")]),
    ("The security alliance between Washington and Seoul has held for seventy years.",
     [("KOR", "aligned", "USA")]),
    ("The United States, Japan and the Philippines are closely aligned on maritime security.",
     [("JPN", "aligned", "USA"), ("PHL", "aligned", "USA")]),
    ("US President Biden and Japanese Prime Minister Kishida agreed to deepen their "
     "security partnership.", [("JPN", "aligned", "USA")]),
    ("Canberra's defence minister said Australia would stand with Washington.",
     [("AUS", "aligned", "USA")]),
    ("Beijing accused Washington of stoking a new Cold War.", [("CHN", "opposed", "USA")]),
    ("Chinese authorities condemned the joint patrols.", [("CHN", "opposed", "USA")]),
    ("Japan firmly sided with Washington.", [("JPN", "aligned", "USA")]),
    ("Beijing's commerce ministry vowed to \u201cfight back\u201d against the new US duties.",
     [("CHN", "opposed", "USA")]),
    ("China's defence ministry said on Thursday that the US was stoking tensions in the "
     "Taiwan Strait.", [("CHN", "opposed", "USA")]),
    # hedging
    ("Jakarta does not want to have to take sides.", [("IDN", "hedging", "USA")]),
    ("Malaysia refuses to pick a side in the rivalry.", [("MYS", "hedging", "USA")]),
    ("Thailand finds itself smack in the middle of the rivalry between Washington and Beijing.",
     [("THA", "hedging", "USA")]),
    ("Vietnam pursues an independent foreign policy.", [("VNM", "hedging", "USA")]),
    ("Hanoi does not want to choose between Washington and Beijing.",
     [("VNM", "hedging", "USA")]),
    ("Indonesia keeps to its free and active foreign policy.", [("IDN", "hedging", "USA")]),
    ("Hanoi has practised bamboo diplomacy for decades.", [("VNM", "hedging", "USA")]),
    ("Laos says it will not join any military bloc.", [("LAO", "hedging", "USA")]),
    ("Thailand and Malaysia hedge, while Indonesia stays neutral.",
     [("THA", "hedging", "USA"), ("MYS", "hedging", "USA"), ("IDN", "hedging", "USA")]),
    # ranked lists: each group its own label
    ("Cambodia and Laos tilt heavily towards Beijing, while Japan and the Philippines are "
     "closer to Washington.",
     [("KHM", "leaning", "CHN"), ("LAO", "leaning", "CHN"), ("JPN", "leaning", "USA"),
      ("PHL", "leaning", "USA")]),
    ("Brunei and Cambodia sit squarely in Beijing's camp; Japan and Australia lean to Washington.",
     [("BRN", "aligned", "CHN"), ("KHM", "aligned", "CHN"), ("JPN", "leaning", "USA"),
      ("AUS", "leaning", "USA")]),
    # reported speech: the country described holds the stance, not the analyst
    ("An analyst at a Tokyo think tank said Laos and Cambodia were firmly in Beijing's camp.",
     [("LAO", "aligned", "CHN"), ("KHM", "aligned", "CHN")]),
    ("Speaking in Canberra, a Singaporean scholar said Myanmar had drifted into China's orbit.",
     [("MMR", "leaning", "CHN")]),
    ("Indonesian President Prabowo Subianto said \u201cwe will not take sides\u201d.",
     [("IDN", "hedging", "USA")]),
    ("\u201cOur country does not need to choose sides,\u201d the Malaysian foreign minister said.",
     [("MYS", "hedging", "USA")]),
    ("\u201cWe will stand with our American friends,\u201d the Japanese prime minister said.",
     [("JPN", "aligned", "USA")]),
    ('Japan\'s foreign minister said "we will not take sides" in the dispute.',
     [("JPN", "hedging", "USA")]),
])
def test_stance_families(text, expected):
    assert stances(text) == expected


# Kinds of sentence from wire copy, surveys, parliaments and analysis.
@pytest.mark.parametrize("text, expected", [
    # a country moved by someone else, named between the verb and the side
    ("Beijing's coercion has pushed Hanoi closer to Washington.", [("VNM", "leaning", "USA")]),
    ("The new prime minister brought Canberra back toward Beijing.",
     [("AUS", "leaning", "CHN")]),
    ("Years of sanctions drove Pyongyang into the arms of Beijing.",
     [("PRK", "leaning", "CHN")]),
    ("The coup steered Bangkok further away from Washington.", [("THA", "reluctant", "USA")]),
    # dependence for security or arms: leaning to the one depended on
    ("Phnom Penh relies heavily on Beijing for weapons and loans.", [("KHM", "leaning", "CHN")]),
    ("Tokyo depends on the United States for its security.", [("JPN", "leaning", "USA")]),
    # a first cue with no object leaves the stance to the next
    ("Kuala Lumpur prefers not to pick sides in the rivalry.", [("MYS", "hedging", "USA")]),
    # staying out of alliances and blocs
    ("Wellington declined to pick sides in the trade row.", [("NZL", "hedging", "USA")]),
    ("Jakarta, which has long kept to a neutral foreign policy, sent an observer.",
     [("IDN", "hedging", "USA")]),
    ("New Delhi will never become part of any military bloc, the minister said.",
     [("IND", "hedging", "USA")]),
    ("Laos does not join military pacts.", [("LAO", "hedging", "USA")]),
    ("Hanoi pursues a policy of independence and self-reliance in defence.",
     [("VNM", "hedging", "USA")]),
    # the side named in an apposition of the object, or in a camp's name
    ("Seoul stood by its closest ally, the United States.", [("KOR", "aligned", "USA")]),
    ("Australia, another American treaty ally, sent two frigates.",
     [("AUS", "aligned", "USA")]),
    ("Brunei and Laos are now leading the pro-Beijing camp.",
     [("BRN", "aligned", "CHN"), ("LAO", "aligned", "CHN")]),
    # commitments and partnerships
    ("Wellington remains committed to its partnership with Washington.",
     [("NZL", "aligned", "USA")]),
    ("Manila has upgraded its strategic partnership with the United States.",
     [("PHL", "aligned", "USA")]),
    ("Jakarta is deepening its comprehensive strategic partnership with Washington through "
     "joint drills.", [("IDN", "aligned", "USA")]),
    # survey findings, with the plural demonyms surveys use
    ("Thais hold a more favourable view of China than of America.", [("THA", "leaning", "CHN")]),
    ("Most Singaporeans have a negative view of Beijing.", [("SGP", "reluctant", "CHN")]),
    ("Many Filipinos say their country should side with Washington.",
     [("PHL", "aligned", "USA")]),
    # negation is read from the cue's own clause
    ("Canberra will not be intimidated, and it will stand by Washington.",
     [("AUS", "aligned", "USA")]),
    ("Seoul is not, and has never been, aligned with Beijing.", [("KOR", "reluctant", "CHN")]),
    # who a country counts as its friend, ally or dependable partner
    ("Laos regards Beijing as its most trusted friend.", [("LAO", "aligned", "CHN")]),
    ("Many Koreans view the United States as a reliable partner.",
     [("KOR", "leaning", "USA")]),
    # a relative clause on the country, like an apposition
    ("Brunei, which has long leaned toward Beijing, hosted the meeting.",
     [("BRN", "leaning", "CHN")]),
    # "the" before an ally, and an alliance embraced or reaffirmed
    ("Australia is the most dependable U.S. ally in the Pacific.", [("AUS", "aligned", "USA")]),
    ("Seoul has reaffirmed its alliance with Washington.", [("KOR", "aligned", "USA")]),
    # a possessive in an apposition describes the country before it
    ("Hanoi, Moscow's old friend from the Cold War, has warmed toward Washington.",
     [("VNM", "leaning", "USA")]),
    # a people's own view of what their country should do
    ("A majority of Thais say Thailand should remain neutral between Washington and Beijing.",
     [("THA", "hedging", "USA")]),
    # friends with both sides, or with all
    ("Jakarta wants to stay friends with both Washington and Beijing.",
     [("IDN", "hedging", "USA")]),
    ("Bangladesh says its policy is friendship to all.", [("BGD", "hedging", "USA")]),
    ("Wellington will not be dragged into taking sides.", [("NZL", "hedging", "USA")]),
    ("Koreans remain firmly committed to the US alliance.", [("KOR", "aligned", "USA")]),
    ("Most Thais see Beijing as the country's closest friend.", [("THA", "aligned", "CHN")]),
    # leaders after their titles, coordinated
    ("Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese agreed "
     "to bolster defence ties with Washington.",
     [("IND", "aligned", "USA"), ("AUS", "aligned", "USA")]),
    # a country word in a name another country owns: the owner speaks
    ("Seoul's China desk is deeply suspicious of Washington.", [("KOR", "reluctant", "USA")]),
    ("Laos has drifted even closer to Beijing.", [("LAO", "leaning", "CHN")]),
    # an opposition naming no side, and no other country either: the US-led side
    ("Beijing denounced the exercises staged off its coast.", [("CHN", "opposed", "USA")]),
    # a grouping the US leads is the US-led side
    ("Cambodia has lambasted the Quad as a Cold War relic.", [("KHM", "opposed", "USA")]),
    ("Wellington has warmed to AUKUS.", [("NZL", "leaning", "USA")]),
    # a second predicate shares the sentence's subject
    ("Fiji has signed a policing deal with Canberra and is increasingly wary of Beijing.",
     [("FJI", "reluctant", "CHN")]),
    # "the two allies" refer back to the two countries the sentence named
    ("Australia sent a frigate to Manila as both American allies held talks.",
     [("AUS", "aligned", "USA"), ("PHL", "aligned", "USA")]),
    ("Most people in Taiwan and Japan regard the US as their nation's closest friend.",
     [("TWN", "aligned", "USA"), ("JPN", "aligned", "USA")]),
    # working closely with a list of countries that includes the US
    ("Seoul has been closely coordinating with Tokyo, Canberra and Washington on export "
     "controls.", [("KOR", "leaning", "USA")]),
    ("Hanoi is working closely with Washington DC on maritime security.",
     [("VNM", "leaning", "USA")]),
    ("Manila sided with Japan and the United States.", [("PHL", "aligned", "USA")]),
    # balancing one side against the other; "emerged as" an ally
    ("Manila has tried to balance its old security ties with Washington against its trade "
     "with Beijing.", [("PHL", "hedging", "USA")]),
    ("Australia has emerged as a close U.S. ally in the Pacific.", [("AUS", "aligned", "USA")]),
    # a comma before "and" between two names joins clauses, not a list
    ("Voters in Seoul are wary of China, and Manila has deepened its alliance with "
     "Washington.", [("KOR", "reluctant", "CHN"), ("PHL", "aligned", "USA")]),
])
def test_stance_kinds_beyond_the_dev_set(text, expected):
    assert stances(text) == expected


@pytest.mark.parametrize("text", [
    # advice to a country is no stance it holds
    "Wellington should be cautious about joining the second pillar.",
    "Several scholars argue that Seoul should hedge against an unpredictable Washington.",
    "Critics say Manila ought to distance itself from Washington.",
    "Several Thai lawmakers have called for a neutral foreign policy.",
    "Analysts say Thailand should remain neutral.",
    # dependence for trade, moves of goods, people and troops
    "Seoul's economic dependence on Beijing has grown for a decade.",
    "Tokyo depends on China for rare earths.",
    "Tariffs pushed Chinese exporters toward Vietnam.",
    "The exercise drew Japanese troops closer to the Chinese coast.",
    "Rising costs pushed Korean carmakers away from China.",
    # a trading partner is no side taken; a relative clause with its own subject
    "Malaysia regards China as its biggest trading partner.",
    "Tokyo considers Beijing its largest export market.",
    "The ministry cited Beijing's claims, which Canberra has long rejected, in its report.",
    # an opposition about other countries
    "Tokyo condemned the missile launch and urged Pyongyang to return to talks.",
    "Jakarta criticised RCEP's slow rollout.",
    # no country is wary of itself: such a holder is misread
    "Tokyo approved a plan that drew on Beijing's data and is wary of China.",
    "Exports from Japan to Korea rose and remained wary of China.",
    "Japan met India and Vietnam, as the two allies of Russia watched.",
    "Japan, India and Vietnam met as the two US allies watched.",
    "Jakarta is working closely with Tokyo on infrastructure.",
    # views of third countries
    "Filipinos have a favourable view of Japan.",
    "Most Thais hold a negative view of Russia.",
    "India will not be part of any alliance against Russia, he asked?",
])
def test_no_stance_in_these_kinds(text):
    assert stances(text) == []


def test_he_said_takes_the_speaker_from_the_sentence_before():
    text = ("Thai Prime Minister Paetongtarn spoke at the forum on Monday. "
            "She said \u201cit is better for us not to have to choose sides.\u201d")
    assert stances(text) == [("THA", "hedging", "USA")]


def test_a_former_government_stance_keeps_its_year():
    [fact] = of_type(facts_of("In 2017, then president Moon Jae-in favored Beijing over "
                              "Washington."), "stance")
    assert (fact.country, fact.label, fact.counterpart, fact.period) == \
        ("KOR", "leaning", "CHN", "2017")


def test_an_undated_former_stance_is_left_out_and_its_reversal_kept():
    text = ("Manila's previous government favored Beijing over Washington, but the current "
            "administration is determined to reverse that.")
    facts = of_type(facts_of(text), "stance")
    assert [(f.country, f.label, f.counterpart, f.period) for f in facts] == \
        [("PHL", "reluctant", "CHN", None)]
    assert side(facts[0].label, facts[0].counterpart) == "for"


@pytest.mark.parametrize("text", [
    "Canberra's previous government leaned toward Beijing, but the current one has moved "
    "to change that.",
    "Canberra's former administration tilted toward Beijing, a policy the new prime minister "
    "has pledged to reverse.",
])
def test_a_reversal_gives_todays_stance(text):
    assert stances(text) == [("AUS", "reluctant", "CHN")]


@pytest.mark.parametrize("text, expected", [
    ("Laos opened a new railway on Monday. The country remains wary of Washington.",
     [("LAO", "reluctant", "USA")]),
    ("Laos opened a new railway on Monday. The country is reluctant to join any coalition.",
     [("LAO", "reluctant", "USA")]),
    # two countries before: which one "the country" is stays open
    ("Laos and Vietnam opened a railway. The country remains wary of Washington.", []),
    ("Laos and China opened a railway. The country remains wary of Beijing.", []),
    # the only country before is the object itself
    ("Chinese loans to the region grew. The country remains wary of Beijing.", []),
])
def test_the_country_refers_back_to_one_country(text, expected):
    assert stances(text) == expected


def test_an_apposition_gives_way_to_what_the_sentence_says():
    assert stances("Thailand, a US treaty ally since 1954, has nonetheless drifted closer "
                   "to Beijing.") == [("THA", "leaning", "CHN")]


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
    # relations that say nothing about the US-led side
    "The alliance between Japan and South Korea remains informal.",
    "China and Russia are closely aligned.",
    "Japan and South Korea agreed to strengthen their security ties.",
    "The AUKUS partnership between Australia, Britain and the US was announced in 2021.",
    "Japan is a close ally of Australia.",
    "South Korea and Japan are US allies.",
    # an object that is no side, or a noun the country word modifies
    "Japan's new procurement rules favor US firms.",
    "Japan pushed back against US tariffs on steel.",
    "Ottawa criticised US tariffs on Canadian steel.",
    "Seoul criticized Tokyo over the textbook dispute.",
    "The Philippines chose China's Huawei for its network.",
    "Thailand was caught in the middle of a political crisis.",
    "Japan will not choose Huawei for its network.",
    "Japan moved to restrict chip exports to China.",
    "South Korea picked a new supplier for its fighter jets.",
    "Japanese companies have moved away from China.",
    "Indian troops moved closer to the Chinese border.",
    "Seoul said that Pyongyang was raising tensions on the peninsula.",
    "Tokyo accused Seoul of breaking the agreement.",
    "Seoul vowed to retaliate against North Korea.",
    # conditions, questions, people who are no government's voice
    "Will Manila pivot away from Washington?",
    "If Thailand moved away from the US, the alliance would suffer.",
    "Were Vietnam to favor Beijing over Washington, the region would change.",
    "\u201cWe will not take sides,\u201d said a Thai professor.",
    '"We will not take sides," said a Thai professor.',
    "The drills were expanded to include forces from Canada.",
    # an undated former government's stance: not presented as today's
    "Former prime minister Malcolm Turnbull favoured Washington over Beijing.",
])
def test_no_stance(text):
    assert stances(text) == []


def test_quotes_are_the_sentences():
    text = "Japan met Korea. Australia and the Philippines are more willing to cooperate."
    for fact in of_type(facts_of(text), "stance"):
        assert text[fact.start:fact.end] == fact.quote == \
            "Australia and the Philippines are more willing to cooperate."


def _test_sentences():
    """Every sentence the parametrized tests above use."""
    for test in (test_stances, test_stance_families, test_no_stance,
                 test_stance_kinds_beyond_the_dev_set, test_no_stance_in_these_kinds,
                 test_a_reversal_gives_todays_stance, test_the_country_refers_back_to_one_country):
        for params in test.pytestmark[0].args[1]:
            yield params[0] if isinstance(params, tuple) else params


def test_every_cue_match_holds_one_of_its_keys():
    """The key column is a filter: a match it would skip is a lost stance."""
    from core.extract.stance import _cues

    for text in _test_sentences():
        for cue in _cues():
            for match in cue.pattern.finditer(text):
                assert any(key in match.group().lower() for key in cue.keys), \
                    (cue.pattern.pattern, text)


def test_group_before_an_apposition_ignores_prepositions():
    from core.extract.reading import group_before, read
    from core.ingest.pipeline import document_from_text

    text = "Ships came from Canada and Australia, both close allies."
    [sentence] = read(document_from_text("t", text)).sentences
    position = text.index("both")
    assert group_before(sentence, position) == []
    assert [m.code for m in group_before(sentence, position, appositive=True)] == ["CAN", "AUS"]

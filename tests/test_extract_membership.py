"""Memberships on sentences beyond the seeds, one group per kind of sentence."""
import pytest

from conftest import facts_of, of_type

QUAD = [("AUS", "QUAD", "member"), ("IND", "QUAD", "member"), ("JPN", "QUAD", "member"),
        ("USA", "QUAD", "member")]
AUKUS = [("AUS", "AUKUS", "member"), ("GBR", "AUKUS", "member"), ("USA", "AUKUS", "member")]
SQUAD = [("AUS", "SQUAD", "member"), ("JPN", "SQUAD", "member"), ("PHL", "SQUAD", "member"),
         ("USA", "SQUAD", "member")]


def members(text):
    """Sentences of one paragraph each are separated by a blank line."""
    return sorted((f.country, f.framework, f.status) for f in of_type(facts_of(text), "membership"))


@pytest.mark.parametrize("text, expected", [
    ("India, Japan, Australia and the US make up the Quad.", QUAD),
    ("AUKUS, the security pact between Australia, Britain and the United States, is ten years old.",
     AUKUS),
    ("Britain formally joined the CPTPP in December 2024.", [("GBR", "CPTPP", "member")]),
    ("ASEAN members such as Vietnam and the Philippines met in Jakarta.",
     [("PHL", "ASEAN", "member"), ("VNM", "ASEAN", "member")]),
    ("Italy, Britain and Japan are partners in the Global Combat Air Programme.",
     [("GBR", "GCAP", "member"), ("ITA", "GCAP", "member"), ("JPN", "GCAP", "member")]),
    ("The Quad (India, Japan, Australia and the United States) met in Tokyo.", QUAD),
])
def test_memberships(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a description between commas, ending in a grouping noun and a link word
    ("The Squad, an informal grouping of the United States, Japan, Australia and the "
     "Philippines, held its first defence ministers' meeting in Hawaii.", SQUAD),
    ("Five Eyes, the intelligence-sharing alliance that includes the US, Britain, Canada, "
     "Australia and New Zealand, warned of Chinese hacking.",
     [(code, "FVEY", "member") for code in ("AUS", "CAN", "GBR", "NZL", "USA")]),
    # the same in a re-worded copy
    ("Biden bolstered the Quadrilateral Safety Dialogue, which incorporates India, Japan, "
     "Australia, and the US.", QUAD),
    # a bracket glossing the name
    ("Washington revived the Quad security dialogue (with Japan, India and Australia) in 2017.",
     [("AUS", "QUAD", "member"), ("IND", "QUAD", "member"), ("JPN", "QUAD", "member")]),
    ("Minilaterals such as the Squad (US, Japan, Australia, Philippines) have multiplied.", SQUAD),
    ("ANZUS (Australia, New Zealand and the United States) was signed in 1951.",
     [("AUS", "ANZUS", "member"), ("NZL", "ANZUS", "member"), ("USA", "ANZUS", "member")]),
    # a dash apposition
    ("The Quad — Australia, India, Japan and the United States — will meet in Delhi next year.",
     QUAD),
    # the name as the subject of a listing verb
    ("The ‘Squad’ groups the United States, Japan, Australia and the Philippines.", SQUAD),
    # a role noun after the name, with or without a lead
    ("Fellow CPTPP members Canada and Mexico have raised concerns.",
     [("CAN", "CPTPP", "member"), ("MEX", "CPTPP", "member")]),
    ("NATO member Turkey has blocked the decision.", [("TUR", "NATO", "member")]),
    ("European NATO allies Germany and France have resisted the target.",
     [("DEU", "NATO", "member"), ("FRA", "NATO", "member")]),
    ("The Quad countries — India, Japan, Australia and the US — pledged to deliver vaccines.", QUAD),
    # a closed grouping has no tier of outside partners: its partners are members
    ("AUKUS partners Australia, Britain and the US agreed to share hypersonic technology.", AUKUS),
    ("The AUKUS partners, Australia, Britain and the US, share submarine know-how.", AUKUS),
    ("The Quad members, Japan and India, voiced concern.",
     [("IND", "QUAD", "member"), ("JPN", "QUAD", "member")]),
    ("AUKUS, a submarine and technology pact with Australia and Britain, is Washington's "
     "boldest bet.", [("AUS", "AUKUS", "member"), ("GBR", "AUKUS", "member")]),
    # all the other members of a closed grouping, "with" them
    ("Washington courts groupings like the Quad with Japan, India and Australia.",
     [("AUS", "QUAD", "member"), ("IND", "QUAD", "member"), ("JPN", "QUAD", "member")]),
    # "the members of F are", "F has ten members:", "signed by … including"
    ("The members of the Squad are the US, Japan, Australia and the Philippines.", SQUAD),
    ("ASEAN's members include Indonesia and Malaysia.",
     [("IDN", "ASEAN", "member"), ("MYS", "ASEAN", "member")]),
    ("ASEAN has ten members: Brunei, Cambodia, Indonesia, Laos, Malaysia, Myanmar, the "
     "Philippines, Singapore, Thailand and Vietnam.",
     [(code, "ASEAN", "member") for code in
      ("BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "VNM")]),
    ("The RCEP, signed by 15 countries including China, Japan and South Korea, took effect in 2022.",
     [("CHN", "RCEP", "member"), ("JPN", "RCEP", "member"), ("KOR", "RCEP", "member")]),
])
def test_members_listed_after_the_name(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Japan and Australia are both signatories to the CPTPP, which took effect in 2018.",
     [("AUS", "CPTPP", "member"), ("JPN", "CPTPP", "member")]),
    ("China, Japan and South Korea, all RCEP members, agreed to speed up trade talks.",
     [("CHN", "RCEP", "member"), ("JPN", "RCEP", "member"), ("KOR", "RCEP", "member")]),
    ("Poland, a NATO member since 1999, spends 4% of GDP on defence.", [("POL", "NATO", "member")]),
    ("Canada and Japan, two G7 members, hosted the talks.",
     [("CAN", "G7", "member"), ("JPN", "G7", "member")]),
    ("Japan and India, fellow members of the Quad, share concerns about Beijing.",
     [("IND", "QUAD", "member"), ("JPN", "QUAD", "member")]),
    ("The Philippines, a founding member of ASEAN, hosted the summit.",
     [("PHL", "ASEAN", "member")]),
    ("The US has been a member of APEC since 1989.", [("USA", "APEC", "member")]),
    ("Japan is a signatory to the RCEP.", [("JPN", "RCEP", "member")]),
    ("India and China are both members of the SCO and BRICS.",
     [("CHN", "BRICS", "member"), ("CHN", "SCO", "member"), ("IND", "BRICS", "member"),
      ("IND", "SCO", "member")]),
    ("Mexico signed on to the CPTPP in 2018.", [("MEX", "CPTPP", "member")]),
    ("Canberra signed up to AUKUS in 2021.", [("AUS", "AUKUS", "member")]),
    ("Vietnam is among the founding members of the CPTPP.", [("VNM", "CPTPP", "member")]),
    ("India is one of the four Quad countries.", [("IND", "QUAD", "member")]),
    ("Malaysia is among the 15 signatories of the RCEP.", [("MYS", "RCEP", "member")]),
    ("India and Japan are Quad partners.", [("IND", "QUAD", "member"), ("JPN", "QUAD", "member")]),
    ("Finland is NATO's newest member.", [("FIN", "NATO", "member")]),
    ("Timor-Leste became ASEAN's 11th member in 2025.", [("TLS", "ASEAN", "member")]),
    # a compound of all of a closed grouping's members
    ("The US-Japan-Australia-India Quad is back.", QUAD),
    ("Japan, Australia and India, the other Quad members, have stayed quiet.",
     [("AUS", "QUAD", "member"), ("IND", "QUAD", "member"), ("JPN", "QUAD", "member")]),
    ("Japan, the US and Australia — all members of the Quad — condemned the launch.",
     [("AUS", "QUAD", "member"), ("JPN", "QUAD", "member"), ("USA", "QUAD", "member")]),
    ("India is part of the Quad but not of AUKUS.", [("IND", "QUAD", "member")]),
    # founding
    ("Australia, Britain and the United States founded AUKUS in 2021 to counter China.", AUKUS),
    ("Japan, India, Australia and the US took up a suggestion first made by Abe of forming the "
     "Quad.", QUAD),
    ("Britain, Australia and the United States unveiled the creation of AUKUS at a joint press "
     "event.", AUKUS),
])
def test_members_listed_before_the_name(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The trilateral agreement among Japan, Britain and Italy (GCAP) aims to field a new "
     "fighter by 2035.",
     [("GBR", "GCAP", "member"), ("ITA", "GCAP", "member"), ("JPN", "GCAP", "member")]),
    ("The security partnership between Canberra, London and Washington, dubbed AUKUS, was "
     "unveiled in 2021.", AUKUS),
    ("Japan, India, Australia and the US — the so-called Quad — held drills.", QUAD),
    ("Japan, India, Australia and the US, known as the “Quad”, met in Tokyo.", QUAD),
    # hyphenated country compounds
    ("The Japan-US-Australia-India grouping, known as the Quad, held a summit in Tokyo.", QUAD),
    ("Analysts call the US-Japan-Australia-Philippines quartet – or the Squad – a deterrent.",
     SQUAD),
])
def test_a_grouping_described_by_its_members_then_named(text, expected):
    assert members(text) == expected


def test_a_role_list_takes_the_framework_the_text_is_about_and_its_nested_members():
    text = ("IPEF was launched in Tokyo in 2022.\n\nIts members are the United States, India, "
            "Japan, South Korea, Australia, New Zealand, Fiji and seven members of ASEAN: Brunei, "
            "Indonesia, Malaysia, the Philippines, Singapore, Thailand and Vietnam.")
    asean = ["BRN", "IDN", "MYS", "PHL", "SGP", "THA", "VNM"]
    ipef = asean + ["AUS", "FJI", "IND", "JPN", "KOR", "NZL", "USA"]
    assert members(text) == sorted([(c, "ASEAN", "member") for c in asean]
                                   + [(c, "IPEF", "member") for c in ipef])


def test_a_role_list_quotes_its_own_sentence():
    text = ("Eleven Pacific Rim economies signed the CPTPP in Santiago.\n\nThe signatories include "
            "Chile, Peru and Vietnam.")
    facts = of_type(facts_of(text), "membership")
    assert sorted((f.country, f.framework) for f in facts) == [
        ("CHL", "CPTPP"), ("PER", "CPTPP"), ("VNM", "CPTPP")]
    assert all(text[f.start:f.end] == f.quote and f.quote.startswith("The signatories")
               for f in facts)


def test_a_list_ending_a_clause_is_not_the_subject_of_the_next_verb():
    text = ("Biden expanded the Squad, which includes Japan, the Philippines, and Australia, and "
            "founded AUKUS with London and Canberra.")
    assert members(text) == [("AUS", "AUKUS", "member"), ("AUS", "SQUAD", "member"),
                             ("GBR", "AUKUS", "member"), ("JPN", "SQUAD", "member"),
                             ("PHL", "SQUAD", "member")]


def test_founding_members_of_the_framework_named_before():
    text = ("ASEAN was created in 1967.\n\nIts founding members were Indonesia, Malaysia, the "
            "Philippines, Singapore and Thailand.")
    assert members(text) == [(c, "ASEAN", "member") for c in ("IDN", "MYS", "PHL", "SGP", "THA")]


@pytest.mark.parametrize("text, expected", [
    ("Foreign ministers of India, Japan, Australia and the United States gathered in New York "
     "for the Quad meeting.", QUAD),
    ("Presidents of three nations: Britain, Australia and the US, met for an AUKUS summit.", AUKUS),
])
def test_a_closed_grouping_meeting_for_its_summit(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Vietnam joined ASEAN in 1995.", [("VNM", "ASEAN", "member")]),
    ("In 2023, Britain became the first European country to join the CPTPP.",
     [("GBR", "CPTPP", "member")]),
    ("Britain formally acceded to the CPTPP in December.", [("GBR", "CPTPP", "member")]),
    ("Indonesia, a member of APEC and an applicant to the CPTPP, hosted the forum.",
     [("IDN", "APEC", "member"), ("IDN", "CPTPP", "considering")]),
    ("Sweden was admitted to NATO in March 2024.", [("SWE", "NATO", "member")]),
    ("The Philippines, a US treaty ally, joined the Squad with the US, Japan and Australia in 2024.",
     SQUAD),
    ("India, which joined the SCO in 2017, sent its defence minister.", [("IND", "SCO", "member")]),
    ("The CPTPP, which Britain joined last year, is open to new members such as Costa Rica.",
     [("GBR", "CPTPP", "member")]),
    ("Britain, which left the EU in 2020, joined the CPTPP in 2023.", [("GBR", "CPTPP", "member")]),
    ("South Korea has applied to join the CPTPP.", [("KOR", "CPTPP", "considering")]),
    ("South Korea has expressed interest in joining the Quad.", [("KOR", "QUAD", "considering")]),
    ("Taiwan applied to join the CPTPP in September 2021.", [("TWN", "CPTPP", "considering")]),
    ("South Korea is weighing whether to join the CPTPP.", [("KOR", "CPTPP", "considering")]),
    ("Japan is considering joining the Five Eyes intelligence alliance.",
     [("JPN", "FVEY", "considering")]),
    ("Canada and New Zealand are exploring participation in Pillar II of AUKUS.",
     [("CAN", "AUKUS", "considering"), ("NZL", "AUKUS", "considering")]),
    ("Tokyo’s defence ministry is studying whether to take part in Pillar II of AUKUS.",
     [("JPN", "AUKUS", "considering")]),
    ("The United States pulled out of the TPP in 2017.", [("USA", "CPTPP", "withdrawn")]),
    ("President Trump pulled the United States out of the TPP in his first week in office.",
     [("USA", "CPTPP", "withdrawn")]),
    ("India walked away from RCEP negotiations in 2019.", [("IND", "RCEP", "withdrawn")]),
    ("The US left the TPP in 2017.", [("USA", "CPTPP", "withdrawn")]),
    ("The US exit from the TPP shocked Tokyo.", [("USA", "CPTPP", "withdrawn")]),
    ("South Korea is set to become the 12th member of the CPTPP.",
     [("KOR", "CPTPP", "considering")]),
])
def test_joining_considering_and_leaving(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Talks on the Trans-Pacific Partnership began in 2008.\n\nThe United States negotiated "
     "the deal for years, then pulled out in 2017.", [("USA", "CPTPP", "withdrawn")]),
    ("RCEP took effect in 2022.\n\nIndia sat in on the first rounds but opted out.",
     [("IND", "RCEP", "withdrawn")]),
    ("The CPTPP entered into force in 2018.\n\nBritain became the twelfth member in 2024.\n\n"
     "China has also applied.", [("CHN", "CPTPP", "considering"), ("GBR", "CPTPP", "member")]),
    ("ASEAN leaders met in Kuala Lumpur.\n\nTimor-Leste is set to become its eleventh member.",
     [("TLS", "ASEAN", "considering")]),
    ("Chile ratified the CPTPP in 2023.\n\nThe pact, whose signatories include Peru and Brunei, "
     "grew again.\n\nCosta Rica and Uruguay both applied in 2022.",
     [("BRN", "CPTPP", "member"), ("CHL", "CPTPP", "member"), ("CRI", "CPTPP", "considering"),
      ("PER", "CPTPP", "member"), ("URY", "CPTPP", "considering")]),
])
def test_a_change_without_an_object_is_about_the_framework_named_before(text, expected):
    assert members(text) == expected


@pytest.mark.parametrize("text", [
    "The Quad summit was held in Tokyo.",
    "China criticised AUKUS as a threat to regional peace.",
    "Russia, a NATO adversary, supplied missiles.",
    "The squad of soldiers from Japan trained in Australia.",
    "The European Union has discussed deepening trade links with the CPTPP.",
    # a country named near a framework is no member
    "No ASEAN capital will side with Beijing or Washington.",
    "Not one ASEAN member is keen to choose between Tokyo and Beijing.",
    "Washington wants NATO members to spend 5% of GDP on defence.",
    "Washington is counting on NATO countries to commit more at the summit.",
    "China has urged ASEAN countries to reject the Quad.",
    "Unlike Quad members, China and Russia have stayed silent.",
    "Like Japan, NATO countries are raising spending.",
    "Unlike China, ASEAN members have welcomed the deal.",
    "Like Japan, members of the Quad have criticised the test.",
    "Russia, China and Iran condemned AUKUS.",
    "The Quad, a grouping of democracies that China opposes, met in Sydney.",
    "The Quad, a grouping of China's rivals, met in Delhi.",
    "ASEAN countries are the US's fourth-largest trading partner.",
    "Washington has been partnering with Manila and Hanoi to counter China in ASEAN.",
    "The AUKUS pact — China and Russia have condemned it — will be reviewed.",
    "Australia's AUKUS submarine deal with the United States has drawn criticism from China.",
    # another body named after a framework; a summit between a country and a bloc
    "The ASEAN Regional Forum, which includes the United States, China and Russia, met in Vientiane.",
    "The US-ASEAN summit in Washington ended without a joint statement.",
    # outsiders: partners, guests, a list that does not meet for the summit
    "Japan and South Korea attended the NATO summit in Vilnius as partners.",
    "Japan is a close partner of NATO, and South Korea is another.",
    "NATO partners Japan and South Korea attended.",
    "ASEAN partners such as Japan and Australia sent ministers.",
    "China is ASEAN's largest trading partner.",
    "Washington wants to expand AUKUS with Japan and Canada.",
    "The US-Japan Quad talks continued.",
    "Leaders of Japan and South Korea met on the sidelines of the G7 summit.",
    "Foreign ministers of the US, Japan, South Korea and the Philippines met ahead of the Quad summit.",
    "Seoul was invited to join the G7 summit as a guest.",
    "Leaders of the US, Japan, South Korea, Australia and India met for the Quad summit.",
    # denied, only possible, threatened, or something else left
    "Japan, which is not a NATO member, sent observers.",
    "Neither India nor Japan is a member of AUKUS.",
    "US officials said Vietnam could become a member of the CPTPP.",
    "Vietnam and Indonesia are not members of any US-led bloc, though both belong to ASEAN.",
    "China and Russia — the Quad's main targets — held joint patrols.",
    "US allies Japan and South Korea are not NATO members.",
    "India could join the RCEP at any time.",
    "Britain is not expected to join the Quad.",
    "New Zealand has no plans to join Pillar II of AUKUS.",
    "Taiwan is barred from joining the RCEP because of Chinese objections.",
    "Indonesia has yet to join the CPTPP.",
    "Japan joined the TPP negotiations in 2013.",
    "Biden pulled out of the Quad talks in Sydney.",
    "Tokyo joined NATO's cyber defence centre in 2018.",
    "Japan joined NATO allies and partners such as Australia in condemning the strike.",
    "Trump has demanded that NATO allies spend 5% of GDP on defence.",
    "US allies such as Japan and South Korea are not NATO allies.",
    "South Korea has expressed interest in joining Quad working groups on vaccines.",
    "Trump threatened to withdraw from NATO.",
    "The US withdrew its troops from Afghanistan before the Quad summit.",
    "The Quad summit in Sydney was cancelled after Biden pulled out.",
    "Japan will join the United States and Australia in the Talisman Sabre drills.",
    "Taiwan's defence is part of AUKUS planning, officials said.",
    "South Korea joined NATO exercises for the first time.",
    "The RCEP allows non-ASEAN members such as South Korea to trade more freely.",
    "The Quad, after a deal between India and China on the border, faces questions.",
    "China and ASEAN members signed the declaration.",
    "China is one of the main targets of the Quad.",
    "Officials said Seoul was in talks with Canberra and London about cooperating under AUKUS.",
    # a description after two names may be of either
    "The Quad and AUKUS, which include the United States, Australia and Japan, worry Beijing.",
    # a bilateral agreement is no framework
    "The US and the Philippines signed EDCA in 2014.",
])
def test_no_membership(text):
    assert members(text) == []


def test_a_list_in_a_later_sentence_is_no_role_list():
    text = "The Quad met in Tokyo.\n\nThe participants were Japan, India, France and the US."
    assert members(text) == []


# -- kinds of sentence read on articles beyond the development set ---------------

@pytest.mark.parametrize("text, expected", [
    # a join of a named part of the framework, adjectives before the part
    ("Canada is weighing whether to join the advanced-technology second pillar of Aukus.",
     [("CAN", "AUKUS", "considering")]),
    # a reported plan to apply is considering, not a mere possibility
    ("Thailand said in 2023 that it would apply to join the CPTPP.",
     [("THA", "CPTPP", "considering")]),
    ("Ecuador will formally seek to join the RCEP.", [("ECU", "RCEP", "considering")]),
    # "became the bloc's Nth member", "admitted as its Nth member": no object needed
    ("Laos joined ASEAN in 1997, two years before Cambodia became the grouping's tenth member.",
     [("KHM", "ASEAN", "member"), ("LAO", "ASEAN", "member")]),
    ("NATO expanded eastward.\n\nMontenegro was admitted as the alliance's 29th member.",
     [("MNE", "NATO", "member")]),
    ("Sweden became NATO's 32nd member in March.", [("SWE", "NATO", "member")]),
    # a bid for "FRAMEWORK membership"
    ("Vietnam and Nigeria have both shown interest in BRICS membership.",
     [("NGA", "BRICS", "considering"), ("VNM", "BRICS", "considering")]),
    ("Ukraine has long sought NATO membership.", [("UKR", "NATO", "considering")]),
    # a word for the framework the text is about, as the object of a join
    ("The CPTPP entered into force in 2018.\n\nCosta Rica applied to join the trade bloc in 2022.",
     [("CRI", "CPTPP", "considering")]),
    ("The GCAP fighter is due in 2035.\n\nSaudi Arabia is lobbying to join the project.",
     [("SAU", "GCAP", "considering")]),
    # ... as the subject listing the members
    ("Talks on the RCEP ended in 2019.\n\nThe 15-nation trade bloc includes China, Japan, South "
     "Korea, Australia and New Zealand.",
     [(c, "RCEP", "member") for c in ("AUS", "CHN", "JPN", "KOR", "NZL")]),
    # the subject counted among the framework's other members
    ("Brunei ratified the deal in 2021 together with the other nine ASEAN members.",
     [("BRN", "ASEAN", "member")]),
    ("India and its fellow Quad partners issued a statement.", [("IND", "QUAD", "member")]),
    # a description with a copula and the members counted before the list
    ("The Squad is a loose grouping of four countries: Japan, the Philippines, Australia and the US.",
     SQUAD),
    # an adverb between a relative pronoun and its verb, "comprised" not read as "comprise"
    ("NATO, which initially included the United States, Canada and France, expanded later.",
     [("CAN", "NATO", "member"), ("FRA", "NATO", "member"), ("USA", "NATO", "member")]),
    ("The Quad, which comprised Japan, India, Australia and the US, lapsed in 2008.", QUAD),
    # "is already a member of"
    ("Canada is already a member of NATO.", [("CAN", "NATO", "member")]),
    # a closed grouping's network or partnership "with" all its other members
    ("Canada is part of the Five Eyes spy network with the US, Britain, Australia and New Zealand.",
     [(c, "FVEY", "member") for c in ("AUS", "CAN", "GBR", "NZL", "USA")]),
    ("Washington values the Aukus partnership with Australia and Britain.",
     [("AUS", "AUKUS", "member"), ("GBR", "AUKUS", "member")]),
    # a role noun and a spaced hyphen before the list
    ("The four Quad countries - Japan, India, Australia and the US - met in Delhi.", QUAD),
    # a framework taking in new members
    ("BRICS, which was set up in 2009, added Egypt and Ethiopia in 2024.",
     [("EGY", "BRICS", "member"), ("ETH", "BRICS", "member")]),
    # a superlative apposition is an aside before the verb
    ("Vietnam, the fastest-growing economy in the bloc, became a full member of RCEP in 2022.",
     [("VNM", "RCEP", "member")]),
])
def test_memberships_beyond_the_dev_set(text, expected):
    assert members(text) == sorted(expected)


@pytest.mark.parametrize("text", [
    # trading with the members, or set apart from them, is no membership
    "India trades heavily with the other ASEAN members.",
    "Myanmar, unlike the other ASEAN members, boycotted the meeting.",
    # a modal with no plan, a refused plan
    "Seoul said it would not apply to join the CPTPP.",
    # the framework's name inside the subject phrase is another body
    "The RCEP took effect in 2022.\n\nThe Pacific Alliance includes Chile, Peru and Mexico.",
    # welcoming a decision is no admission
    "NATO welcomed Japan's decision to raise spending.",
])
def test_no_membership_beyond_the_dev_set(text):
    assert members(text) == []


def test_a_framework_counted_as_a_list_item_is_not_what_the_text_is_about():
    text = ("The RCEP was signed by the 10 ASEAN member states and five partners.\n\n"
            "India withdrew from the talks in 2019.")
    assert members(text) == [("IND", "RCEP", "withdrawn")]


def test_the_only_framework_named_earlier_is_what_a_word_for_it_means():
    text = ("The RCEP was signed in 2020.\n\nIt cut tariffs.\n\nTrade grew.\n\nExports rose.\n\n"
            "Chile has applied to join the trade deal.")
    assert members(text) == [("CHL", "RCEP", "considering")]


@pytest.mark.parametrize("text, expected", [
    # a list going on "with" after another framework's members
    ("RCEP unites the ten members of ASEAN with China, Japan and South Korea.",
     [(c, "RCEP", "member") for c in ("CHN", "JPN", "KOR")]),
    # "become FRAMEWORK's Nth member" without an article
    ("Ukraine hopes to become NATO's 33rd member.", [("UKR", "NATO", "considering")]),
    # a bid for accession
    ("Ecuador and Panama have applied for RCEP accession.",
     [("ECU", "RCEP", "considering"), ("PAN", "RCEP", "considering")]),
    # an apposition with "partners in", an adjective and a kind noun after the name
    ("Italy, Japan and Britain, partners in the joint GCAP programme, met in Rome.",
     [(c, "GCAP", "member") for c in ("GBR", "ITA", "JPN")]),
    # a word for the framework the text is about after a member phrase
    ("NATO met in Vilnius.\n\nNorway, a founding member of the alliance in 1949, spends 2%.",
     [("NOR", "NATO", "member")]),
    ("The RCEP took effect in 2022.\n\nLaos and Cambodia are members of the trade bloc.",
     [("KHM", "RCEP", "member"), ("LAO", "RCEP", "member")]),
    # a dash apposition closed by a spaced hyphen
    ("Envoys of the Squad - Japan, the Philippines, Australia and the US - met in Manila.", SQUAD),
])
def test_memberships_beyond_the_dev_set_second_round(text, expected):
    assert members(text) == sorted(expected)


@pytest.mark.parametrize("text", [
    # partners in a framework's exercises are no members
    "Japan and India, partners in NATO exercises, sent ships.",
])
def test_no_membership_beyond_the_dev_set_second_round(text):
    assert members(text) == []


def test_a_kind_noun_in_a_sentence_naming_its_own_framework_is_that_ones():
    text = "NATO met in Vilnius.\n\nJapan, a member of the G7 club, sent its minister."
    assert members(text) == [("JPN", "G7", "member")]


@pytest.mark.parametrize("text, expected", [
    # a counted list of partners naming exactly that many countries
    ("The framework was launched in 2022.\n\nIPEF's four founding partners were said to be "
     "Japan, India, Fiji and Peru.", []),
    ("IPEF was set up in 2022.\n\nIts five partners are Japan, India, Fiji, Peru and Chile.",
     [(c, "IPEF", "member") for c in ("CHL", "FJI", "IND", "JPN", "PER")]),
    # a part of the framework with an adjective before its name
    ("Japan may study taking part in strands of the trilateral AUKUS pact.", []),
    ("Canada is exploring joining non-nuclear elements of the trilateral AUKUS pact.",
     [("CAN", "AUKUS", "considering")]),
    # a member phrase after a relative clause on its subject
    ("Brunei, which joined ASEAN in 1984, is also a signatory to the CPTPP.",
     [("BRN", "ASEAN", "member"), ("BRN", "CPTPP", "member")]),
    # founders in a relative clause's verb
    ("Australia, Britain and the US, which jointly launched AUKUS in 2021, met in Canberra.",
     AUKUS),
    # signing the accession protocol is joining
    ("Britain signed the accession protocol to the CPTPP in 2023.", [("GBR", "CPTPP", "member")]),
    # a list closed by "and N other economies"
    ("The CPTPP took effect in 2018.\n\nThe pact groups Chile, Peru, Mexico and eight other "
     "economies.", [(c, "CPTPP", "member") for c in ("CHL", "MEX", "PER")]),
])
def test_memberships_beyond_the_dev_set_third_round(text, expected):
    assert members(text) == sorted(expected)


def test_a_counted_list_of_partners_of_another_size_gives_nothing():
    assert members("NATO met in Madrid.\n\nIts 40 partners include Japan and South Korea.") == []


@pytest.mark.parametrize("text, expected", [
    # "neither has joined" denies the join
    ("Laos and Cambodia are RCEP signatories, but neither has joined the CPTPP.",
     [("KHM", "RCEP", "member"), ("LAO", "RCEP", "member")]),
    # "counts A and B among its members"
    ("The G7, which counts Italy and Canada among its members, met in Apulia.",
     [("CAN", "G7", "member"), ("ITA", "G7", "member")]),
    # "along with" all the other members of a closed grouping
    ("Japan is a member of the Quad along with India, Australia and the US.", QUAD),
    # "sits in"
    ("Canada already sits in the G7.", [("CAN", "G7", "member")]),
    # an apposition with a "with" phrase before its closing comma
    ("Malaysia and Brunei, both ASEAN members with claims in the sea, protested.",
     [("BRN", "ASEAN", "member"), ("MYS", "ASEAN", "member")]),
    # "- three of the Quad nations -"
    ("India, Japan and the US - three of the Quad nations - held drills.",
     [("IND", "QUAD", "member"), ("JPN", "QUAD", "member"), ("USA", "QUAD", "member")]),
    # "are also RCEP signatories"
    ("Laos and Myanmar are also RCEP signatories.",
     [("LAO", "RCEP", "member"), ("MMR", "RCEP", "member")]),
])
def test_memberships_beyond_the_dev_set_fourth_round(text, expected):
    assert members(text) == sorted(expected)


@pytest.mark.parametrize("text", [
    # counting a country as a partner is no membership
    "ASEAN, which counts China as its biggest trading partner, met in Jakarta.",
    # none of them joined
    "Indonesia, Thailand and the Philippines met, but none has joined the CPTPP.",
])
def test_no_membership_beyond_the_dev_set_fourth_round(text):
    assert members(text) == []


@pytest.mark.parametrize("text, expected", [
    # rejoining
    ("Samoa will rejoin the Pacific Islands Forum next year.", [("WSM", "PIF", "considering")]),
    ("Nauru rejoined the Pacific Islands Forum in 2023.", [("NRU", "PIF", "member")]),
    # "belong to both"
    ("Chile and Peru, both of which belong to both the CPTPP and APEC, met in Lima.",
     [(c, f, "member") for c in ("CHL", "PER") for f in ("APEC", "CPTPP")]),
    # "become the Nth party to"
    ("Costa Rica hopes to become the 13th party to the CPTPP.", [("CRI", "CPTPP", "considering")]),
])
def test_memberships_beyond_the_dev_set_fifth_round(text, expected):
    assert members(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # ratifying is joining; "yet to ratify" is not
    ("Brunei became the first ASEAN member to ratify the RCEP in 2021.",
     [("BRN", "ASEAN", "member"), ("BRN", "RCEP", "member")]),
    ("Mexico ratified the CPTPP in 2018.", [("MEX", "CPTPP", "member")]),
    ("Cambodia will ratify the RCEP soon.", [("KHM", "RCEP", "considering")]),
    ("Laos has yet to ratify the RCEP.", []),
])
def test_ratifying(text, expected):
    assert members(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a description whose link is a participle with "by"
    ("The Squad, the informal grouping set up by Japan, the Philippines, Australia and the US "
     "in 2023, met again.", SQUAD),
    # a role list opened by a dash
    ("The CPTPP took effect in 2018.\n\nThe three signatories - Chile, Peru and Mexico - met.",
     [(c, "CPTPP", "member") for c in ("CHL", "MEX", "PER")]),
    # the others named who signed with the subject
    ("Japan signed the RCEP alongside 14 other countries, including Laos and Cambodia.",
     [(c, "RCEP", "member") for c in ("JPN", "KHM", "LAO")]),
    # ... not where no member phrase comes before the name
    ("Talks on the RCEP went on with 14 other countries, including Laos.", []),
])
def test_memberships_beyond_the_dev_set_sixth_round(text, expected):
    assert members(text) == sorted(expected)

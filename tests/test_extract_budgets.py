"""Defence budgets and troop costs beyond one sentence: implicit holders, the
article's main country, sequels ("that figure", "It was a … increase"),
demands made of others, shares and budget periods. Sentences written for
these tests, each standing for a kind of sentence, with negatives."""
import pytest

from conftest import facts_of, of_type

from core.extract.reading import read
from core.ingest import document_from_text


def only(text, fact_type, published=None):
    return of_type(facts_of(text, published), fact_type)


def keys(facts, *names):
    return [tuple(getattr(f, n) for n in names) for f in facts]


# -- the article's main country --------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Manila weighs a bigger budget\nThe Philippines plans more patrols. The Philippine navy "
     "will add ships. Officials in Manila spoke on Monday. China objected.", "PHL"),
    ("Talks resume\nJapan and the United States met. The United States and Japan agreed. "
     "Japan and the US will meet again.", None),
    ("Markets rose on Monday.\nInvestors bought shares.", None),
    # a country named only for its forces does not lead the story
    ("Guam and the Marines\nUS Marines trained on Guam. Some 5,000 US troops rotate there. "
     "US forces added drills. Guam officials spoke.", "GUM"),
])
def test_main_country_is_the_one_the_article_is_about(text, expected):
    assert read(document_from_text("t.txt", text)).main_country == expected


# -- defence budgets -------------------------------------------------------------

def test_implicit_holder_is_the_main_country():
    text = ("Indonesia outlines its security plans\n"
            "Indonesia will buy more submarines, officials in Jakarta said. "
            "The defence ministry unveiled a budget of Rp 165 trillion for 2026. "
            "The draft budget rose 7% overall.")
    facts = only(text, "defense_spending")
    assert keys(facts, "country", "value", "unit", "currency", "period") == [
        ("IDN", 165e12, "money", "IDR", "2026"), ("IDN", 7.0, "pct_change", None, None)]


def test_no_main_country_no_implicit_holder():
    text = ("Japan and South Korea met in Seoul. South Korea and Japan agreed to talk. "
            "The defence ministry unveiled a budget of $40 billion.")
    assert only(text, "defense_spending") == []


def test_an_amount_in_a_national_currency_hints_at_its_holder():
    text = ("Defence gets Rs 6.2 lakh crore\n"
            "The Ministry of Defence has been allocated Rs 6,21,541 crore, up 4.7 per cent.\n"
            "The allocation is 13 per cent of the total budget and 1.9 per cent of GDP.")
    facts = only(text, "defense_spending")
    assert sorted(keys(facts, "country", "value", "unit")) == [
        ("IND", 1.9, "pct_gdp"), ("IND", 4.7, "pct_change"),
        ("IND", 6.2e12, "money"), ("IND", 6.21541e12, "money")]


def test_a_budget_sentence_right_after_the_topic_continues_it():
    text = ("Vietnam's defence spending has grown steadily. "
            "Its budget for 2024 came to 2.4 percent of GDP, or about 190 trillion dong. "
            "By one estimate that figure rises to 2.9 percent of GDP with police spending.")
    facts = only(text, "defense_spending")
    assert sorted(keys(facts, "country", "value", "unit")) == [
        ("VNM", 2.4, "pct_gdp"), ("VNM", 2.9, "pct_gdp"), ("VNM", 190e12, "money")]


def test_it_was_an_increase_refers_to_the_figure_before():
    text = ("Australia's defence budget for 2025-26 is A$59 billion. "
            "It was a 6.1 percent increase from the previous year.")
    facts = only(text, "defense_spending")
    assert keys(facts, "country", "value", "unit", "period") == [
        ("AUS", 59e9, "money", "2025-26"), ("AUS", 6.1, "pct_change", "2025-26")]


def test_an_item_of_the_budget_is_not_the_budget():
    text = ("Taiwan's defense budget grows again next year. "
            "The budget plan earmarks NT$40 billion for new drones. "
            "Taipei spent NT$30 billion on its military housing program.")
    assert only(text, "defense_spending") == []


def test_other_shares_of_gdp_in_a_defence_article_are_not_defence():
    text = ("Japan's defense budget hit a record this year. "
            "Public debt stands at 250% of GDP. "
            "Japan plans to spend 0.7% of GDP on development assistance. "
            "Japan's planned 2% of GDP is below NATO's 3.5% goal.")
    facts = only(text, "defense_spending")
    assert keys(facts, "country", "value", "unit") == [("JPN", 2.0, "pct_gdp"),
                                                       ("NATO", 3.5, "pct_gdp")]


@pytest.mark.parametrize("text, expected", [
    ("Washington urged its partners, including the Philippines, to lift defence spending "
     "to 3% of GDP.", [("PHL", 3.0)]),
    ("The Pentagon pressed Canberra and Wellington to raise military spending to 3.5% of GDP.",
     [("AUS", 3.5), ("NZL", 3.5)]),
    ("The US defense secretary called on Beijing's neighbours to increase defence spending "
     "to 4% of GDP.", []),
    ("US officials urged Asian allies to boost defense budgets to 5% of GDP.", []),
])
def test_a_demand_belongs_to_those_asked(text, expected):
    assert keys(only(text, "defense_spending"), "country", "value") == expected


def test_the_holder_is_read_in_the_figures_own_clause():
    text = ("Taiwan's president spoke at a naval base\n"
            "Taiwan faces pressure, officials in Taipei said. Taiwan held drills. "
            "The president said Russia's threats had grown, and that he hoped defence "
            "spending would reach 4 percent of GDP by 2028.")
    assert keys(only(text, "defense_spending"), "country", "value", "period") == [
        ("TWN", 4.0, "2028")]


@pytest.mark.parametrize("text, expected", [
    ("Seoul was asked to lift its defence spending target from 2.8% to 3.5% of GDP.",
     [("KOR", 3.5, "pct_gdp")]),
    ("The Philippines spends about 1.3% of GDP on defence, compared with Vietnam's 2.3%.",
     [("PHL", 1.3, "pct_gdp"), ("VNM", 2.3, "pct_gdp")]),
    ("Singapore's military spending stands at three-point-one percent of GDP.",
     [("SGP", 3.1, "pct_gdp")]),
    ("Germany now devotes 3½ per cent of GDP to defence.", [("DEU", 3.5, "pct_gdp")]),
    ("The defense budget of Malaysia rose to RM21 billion.", [("MYS", 21e9, "money")]),
    ("India set aside Rs 6,81,210 crore for defence in the budget.",
     [("IND", 6.8121e12, "money")]),
])
def test_levels_comparisons_and_notations(text, expected):
    assert keys(only(text, "defense_spending"), "country", "value", "unit") == expected


def test_parts_comparisons_and_the_national_budget_are_not_the_defence_budget():
    text = ("Indonesia's defence budget for 2026 is Rp 185 trillion. "
            "Of this, Rp 40 trillion is set aside for new frigates. "
            "Analysts say actual military spending is perhaps 30 per cent more. "
            "The overall state budget totals Rp 3,600 trillion.")
    assert keys(only(text, "defense_spending"), "country", "value") == [("IDN", 185e12)]


@pytest.mark.parametrize("text, expected", [
    ("Vietnam will spend 190 trillion dong on defence, with 15% going to new warships.",
     [(190e12, "money")]),
    ("Support for Japan's defense budget increase stood at 52% in a Nikkei survey.", []),
    ("Military spending across Asia rose 3.8% last year, led by China.", []),
    ("Malaysia raised its defence budget by 10 percent to RM21 billion.",
     [(10.0, "pct_change"), (21e9, "money")]),
    ("Taiwan's defence budget will top NT$1 trillion for the first time.", [(1e12, "money")]),
])
def test_parts_polls_regions_and_successive_figures(text, expected):
    assert keys(only(text, "defense_spending"), "value", "unit") == expected


def test_rs_held_by_pakistan_is_its_rupee():
    text = "Pakistan's defence budget for FY2025-26 is Rs 2.55 trillion."
    [fact] = only(text, "defense_spending")
    assert (fact.currency, fact.period) == ("PKR", "2025-26")


@pytest.mark.parametrize("text", [
    "South Korea allocates 3 percent of its defense budget to space programmes.",
    "Japan's defense stocks rose 3% on Monday.",
    "A quarter of the defence budget goes to personnel.",
    "The defense ministry said 60% of conscripts passed the test.",
])
def test_no_defence_spending(text):
    assert only(text, "defense_spending") == []


# -- budget periods -------------------------------------------------------------

@pytest.mark.parametrize("text, published, period", [
    ("Japan's defense budget for fiscal 2026 is ¥9.04 trillion.", None, "2026"),
    ("India's defence budget for FY2025-26 is Rs 6.81 lakh crore.", None, "2025-26"),
    ("India's defence outlay is Rs 6.2 lakh crore in FY24.", None, "2024"),
    ("Japan will spend a record 9 trillion yen on defense in the year starting April 2026.",
     None, "2026"),
    ("Japan's defense budget for next fiscal year is 8.7 trillion yen.", "2024-12-20", "2025"),
    ("South Korea's 2026 defense budget is 66.3 trillion won.", None, "2026"),
    ("Australia will lift defence spending to 2.3% of GDP by 2033-34.", None, "2033-34"),
])
def test_budget_periods(text, published, period):
    [fact] = only(text, "defense_spending", published)
    assert fact.period == period


@pytest.mark.parametrize("text, expected", [
    ("In 2019, Japan paid about 197 billion yen for hosting US troops.", [("JPN", "2019")]),
    ("As of 2023, South Korea pays about 1.2 trillion won for the upkeep of US troops.",
     [("KOR", "2023")]),
    ("Under the SMA, Seoul will pay 1.6 trillion won (US$1.2 billion) in 2027, up 5.2 percent.",
     [("KOR", "2027"), ("KOR", "2027")]),
])
def test_a_year_opening_the_clause_or_dating_the_amount_a_change_qualifies(text, expected):
    assert keys(only(text, "troop_cost"), "country", "period") == expected


def test_a_target_year_after_a_later_figure_is_that_figures():
    text = ("Seoul's defense budget is 2.5 percent of GDP, and reaching 3.5 percent would need "
            "90 trillion won by 2030.")
    assert keys(only(text, "defense_spending"), "value", "period") == [
        (2.5, None), (3.5, None), (90e12, "2030")]


def test_years_listed_respectively_date_no_single_figure():
    text = ("Manila's defense budget was P240 billion and P210 billion in 2024 and 2023, "
            "respectively.")
    assert [f.period for f in only(text, "defense_spending")] == [None, None]


def test_a_year_in_another_clause_dates_nothing():
    text = "Japan's defense budget rose 9%, which is far below the increase sought in 2019."
    [fact] = only(text, "defense_spending")
    assert fact.period is None


# -- troop costs -----------------------------------------------------------------

def test_sequels_of_a_cost_sharing_story():
    text = ("Japan and the United States renewed their host-nation support deal. "
            "Under it, Tokyo will contribute 1.06 trillion yen over five years. "
            "It is a 3 percent increase from the previous deal. "
            "Officials said the talks were cordial. "
            "Japan's financial contribution covers about 70 percent of the total.")
    facts = only(text, "troop_cost")
    assert keys(facts, "country", "counterpart", "value", "unit") == [
        ("JPN", "USA", 1.06e12, "money"), ("JPN", "USA", 3.0, "pct_change"),
        ("JPN", "USA", 70.0, "pct_share")]


@pytest.mark.parametrize("text, expected", [
    ("Seoul pays roughly half the cost of keeping American troops on the peninsula.",
     [("KOR", 50.0, "pct_share")]),
    ("Tokyo covers nearly 2/3 of the costs of US forces in Japan.",
     [("JPN", 66.667, "pct_share")]),
    ("Seoul spends 1.8 percent of its defense budget on USFK upkeep, compared to Tokyo's 4.1 "
     "percent.", [("KOR", 1.8, "pct_share"), ("JPN", 4.1, "pct_share")]),
    ("Under the SMA, South Korea will pay 1.6 trillion won (1.2 billion U.S. dollars) in 2027.",
     [("KOR", 1.6e12, "money")]),
])
def test_troop_cost_shares_and_amounts(text, expected):
    facts = only(text, "troop_cost")
    assert [(f.country, pytest.approx(f.value), f.unit) for f in facts] == expected


def test_a_share_of_the_defence_budget_for_troops_is_no_share_of_gdp():
    text = "Seoul spends 1.8 percent of its defense budget on USFK upkeep."
    assert only(text, "defense_spending") == []


@pytest.mark.parametrize("text", [
    "The Pentagon wants allies to pay 100% of the cost of US troops.",
    "Cost-sharing talks resumed. Meanwhile, Seoul will buy F-35 jets for 3.9 trillion won.",
    "Cost-sharing talks resumed. About 40% of Korean base workers were furloughed.",
    "Cost-sharing talks resumed. South Korea's defense budget rose 8% to 61 trillion won.",
])
def test_no_troop_cost(text):
    assert only(text, "troop_cost") == []


# -- statuses from the figure's own clause ------------------------------------------

def test_each_figure_takes_the_status_of_its_own_clause():
    text = ("Japan spends 1.8% of GDP on defence, and Washington urged Tokyo to raise "
            "defence spending to 3.5% of GDP.")
    facts = only(text, "defense_spending")
    assert keys(facts, "country", "value", "status") == [("JPN", 1.8, "actual"),
                                                         ("JPN", 3.5, "demanded")]


@pytest.mark.parametrize("text, expected", [
    ("Under the new SMA, Seoul will pay 1.6 trillion won in 2027.", "agreed"),
    ("The defence ministry of Japan requested a budget of 8.8 trillion yen.", "proposed"),
])
def test_statuses_particular_to_budgets_and_cost_sharing(text, expected):
    [fact] = [f for f in facts_of(text) if f.type in ("defense_spending", "troop_cost")]
    assert fact.status == expected


@pytest.mark.parametrize("text, currency", [
    ("Australia boosts defence\nAustralia will spend $55 billion on defence in 2025-26, the "
     "Australian budget shows. Australia's navy grows.", "AUD"),
    ("Australia boosts defence\nAustralia will spend A$55 billion ($36 billion) on defence. "
     "Australia's navy grows.", "AUD"),
    ("Australia boosts defence\nAustralia will spend A$55 billion on defence; the US spends "
     "$850 billion. Australia's navy grows.", "USD"),
])
def test_a_bare_dollar_in_an_australian_story(text, currency):
    facts = only(text, "defense_spending")
    assert facts[-1].currency == currency


@pytest.mark.parametrize("text, expected", [
    ("Seoul agreed to pay the US 1.5 trillion won for the upkeep of American troops.",
     [("KOR", 1.5e12)]),
    ("US troops in Japan cost about $5.5 billion a year, of which Tokyo covers about $2 billion.",
     [("JPN", 2e9)]),
    ("The US spends about $4 billion a year to keep its forces in South Korea.", []),
    ("The US Forces Korea cost $4.5 billion a year, and Seoul pays $900 million of it.",
     [("KOR", 9e8)]),
])
def test_the_payer_is_neither_the_one_paid_nor_a_place_nor_the_troops(text, expected):
    assert keys(only(text, "troop_cost"), "country", "value") == expected


def test_money_paid_for_troops_in_a_budget_sentence_is_a_troop_cost_only():
    text = "Japan's defense budget includes 200 billion yen in host-nation support for US forces."
    facts = [f for f in facts_of(text) if f.type in ("defense_spending", "troop_cost")]
    assert keys(facts, "type", "country", "value") == [("troop_cost", "JPN", 2e11)]


def test_a_year_right_after_the_budget_dates_it():
    text = "Vietnam's defence spending in 2023 was US$7.1 billion, according to SIPRI."
    [fact] = only(text, "defense_spending")
    assert fact.period == "2023"


@pytest.mark.parametrize("follow_up, expected", [
    ("It also plans to buy 400 cruise missiles for $2.35 billion.", []),
    ("The cost of the new destroyers is 1.2 trillion yen.", []),
    ("It is 9.4% higher than the previous year's budget.", [(9.4, "pct_change")]),
])
def test_what_a_budget_story_goes_on_to_say(follow_up, expected):
    text = "Japan's defense budget for fiscal 2025 is a record 8.7 trillion yen. " + follow_up
    facts = only(text, "defense_spending")[1:]
    assert keys(facts, "value", "unit") == expected


@pytest.mark.parametrize("follow_up, expected", [
    ("Even Poland is now committing to 4.7%, officials noted.", [("POL", 4.7)]),
    ("Households there spend 3% more on food.", []),
    ("The ministry will spend 20% on new missiles.", []),
])
def test_a_bare_share_spent_or_pledged_in_a_defence_story(follow_up, expected):
    text = "NATO allies agreed to raise defence spending to 5% of GDP by 2035. " + follow_up
    facts = only(text, "defense_spending")[1:]
    assert keys(facts, "country", "value") == expected


# -- growth and baselines said other ways ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Vietnam's military budget of $7.4 billion marked a rise of 6.1 percent.",
     [(7.4e9, "money"), (6.1, "pct_change")]),
    ("Thailand's defence spending rose 3.2 per cent to reach 198 billion baht.",
     [(3.2, "pct_change"), (1.98e11, "money")]),
    ("Singapore's defence budget was S$20.2 billion, 8.1 per cent more than in 2023.",
     [(2.02e10, "money"), (8.1, "pct_change")]),
    ("Malaysia's defence budget will total RM19 billion in 2026, up 4 percent on the "
     "preceding year.", [(1.9e10, "money"), (4.0, "pct_change")]),
    ("The Philippines will lift its defence budget to 1.5% of GDP, up from 1.2% last year.",
     [(1.5, "pct_gdp"), (1.2, "pct_gdp")]),
])
def test_growth_and_baselines(text, expected):
    assert keys(only(text, "defense_spending"), "value", "unit") == [
        (pytest.approx(v), u) for v, u in expected]


def test_a_budget_that_grew_from_one_year_to_another_gives_both_amounts():
    text = ("Japan's defense budget climbed from 5.2 trillion yen in 2020 to 7.9 trillion yen "
            "in 2024.")
    assert keys(only(text, "defense_spending"), "value", "period") == [
        (5.2e12, "2020"), (7.9e12, "2024")]


def test_a_share_of_gdp_right_after_a_budget_figure():
    text = ("Defence outlays in Canberra\nAustralia's defence budget for 2026-27 is A$60.1 "
            "billion. This represents roughly 2.1 per cent of GDP, officials said.")
    assert keys(only(text, "defense_spending"), "country", "value", "unit")[-1] == \
        ("AUS", 2.1, "pct_gdp")


def test_a_share_of_gdp_far_from_any_budget_figure_is_no_defence_figure():
    text = ("Australia's defence budget for 2026-27 is A$60.1 billion. Farmers protested. "
            "Rain fell in Perth. Mining exports equal 9 per cent of GDP.")
    assert keys(only(text, "defense_spending"), "unit") == [("money",)]


def test_an_unnamed_holder_continues_the_figures_before_it():
    text = ("Budget day: Defence gets more\n"
            "The Centre allotted Rs 5,94,000 crore to the defence ministry. "
            "Defence spending is about 2 per cent of GDP.")
    assert keys(only(text, "defense_spending"), "country", "value") == [
        ("IND", 5.94e12), ("IND", 2.0)]


def test_the_country_is_not_the_one_whose_troops_were_named():
    text = ("Some 2,000 US Marines train in Australia each year. The country's own defence "
            "budget is A$60 billion.")
    assert keys(only(text, "defense_spending"), "country") == [("AUS",)]


def test_a_share_of_a_hyphenated_kind_of_cost():
    text = "Tokyo covers about 60 percent of the non-salary costs of US Forces Japan."
    assert keys(only(text, "troop_cost"), "country", "value", "unit") == [
        ("JPN", 60.0, "pct_share")]


@pytest.mark.parametrize("text, expected", [
    ("Vietnam's defence budget reached US$8 billion, a 12% nominal increase.",
     [(8e9, "money"), (12.0, "pct_change")]),
    ("Bangladesh allocated BDT420bn to defence, up 6%.", [(4.2e11, "money"), (6.0, "pct_change")]),
])
def test_growth_with_an_adjective_and_amounts_in_iso_codes(text, expected):
    assert keys(only(text, "defense_spending"), "value", "unit") == expected


def test_another_countrys_share_of_gdp_in_a_comparison():
    text = ("Thailand spends about 1.3 percent of GDP on its military, against 2.8 percent "
            "for South Korea.")
    assert keys(only(text, "defense_spending"), "country", "value", "unit") == [
        ("THA", 1.3, "pct_gdp"), ("KOR", 2.8, "pct_gdp")]


def test_an_amount_for_a_country_is_no_share_of_gdp():
    text = "Japan spends 1.6 percent of GDP on defence and gave $300 million for Ukraine."
    assert keys(only(text, "defense_spending"), "country", "unit") == [("JPN", "pct_gdp")]


def test_another_countrys_share_in_a_comparison_with_in():
    text = ("Vietnam's defence spending is about 2.3 percent of GDP, compared with 1.4 percent "
            "in Malaysia.")
    assert keys(only(text, "defense_spending"), "country", "value") == [
        ("VNM", 2.3), ("MYS", 1.4)]


@pytest.mark.parametrize("text", [
    # a comparison or baseline after a figure that is no defence figure
    "Japan's public debt is about 240 percent of GDP, compared with 110 percent in Canada.",
    "India spends about 2 percent of GDP on education, against 4 percent for Vietnam.",
    "A survey found 58 percent of Japanese back a larger defence budget, up from 49 percent.",
    # a rise in money is no budget
    "The army's equipment budget grew by 9 percent, an increase of 900 billion yen.",
])
def test_figures_read_like_one_that_is_no_defence_figure(text):
    assert [f for f in only(text, "defense_spending") if f.unit in ("pct_gdp", "money")] == []


def test_growth_against_the_previous_deal_and_upkeep_named_after_the_troops():
    text = ("Under the new SMA, Seoul will pay 1.6 trillion won, roughly 6 percent more than "
            "in the previous two-year agreement.")
    assert (6.0, "pct_change") in keys(only(text, "troop_cost"), "value", "unit")
    text = "Japan hosts 54,000 US service members and pays about 200 billion yen a year for their upkeep."
    assert keys(only(text, "troop_cost"), "country", "value") == [("JPN", 2e11)]


def test_a_demand_in_a_cost_sharing_story_is_a_troop_cost():
    text = ("Seoul pays about 1.4 trillion won a year toward the upkeep of US troops. "
            "Trump has demanded roughly $10 billion instead. "
            "He also demanded a 25% tariff on Korean cars.")
    assert keys(only(text, "troop_cost"), "country", "value", "status") == [
        ("KOR", 1.4e12, "actual"), ("KOR", 1e10, "demanded")]

"""Figure and event extraction on sentences beyond the seeds, including text
that must give nothing."""
import pytest

from conftest import facts_of, of_type


def only(text, fact_type, published=None):
    return of_type(facts_of(text, published), fact_type)


def fields(fact, *names):
    return tuple(getattr(fact, n) for n in names)


# -- defence spending ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Japan plans to raise defense spending to 2% of GDP by 2027.",
     ("JPN", 2.0, "pct_gdp", "target", "2027")),
    ("The Philippines spends about 1.3% of GDP on its military.",
     ("PHL", 1.3, "pct_gdp", "actual", None)),
    ("Germany aims to spend 3.5% of its economic output on defence by 2029.",
     ("DEU", 3.5, "pct_gdp", "target", "2029")),
    ("Trump has demanded that NATO allies spend 5% of GDP on defense.",
     ("NATO", 5.0, "pct_gdp", "demanded", None)),
    ("China announced a 7.2% increase in its defence budget for 2025.",
     ("CHN", 7.2, "pct_change", "actual", "2025")),
    ("South Korea's defence budget for 2025 rose 3.6% from a year earlier.",
     ("KOR", 3.6, "pct_change", "actual", "2025")),
    ("Canberra will lift military spending to 2.4 per cent of GDP.",
     ("AUS", 2.4, "pct_gdp", "actual", None)),
])
def test_defense_spending_shares_and_growth(text, expected):
    [fact] = only(text, "defense_spending")
    assert fields(fact, "country", "value", "unit", "status", "period") == expected


def test_defense_budget_in_money():
    [fact] = only("Taiwan's proposed defense budget of NT$949.5 billion for 2026 is a record.",
                  "defense_spending")
    assert fields(fact, "country", "value", "unit", "currency", "period") == \
        ("TWN", 949.5e9, "money", "TWD", "2026")


@pytest.mark.parametrize("text", [
    "South Korea's economy grew 2% last year.",
    "Inflation in Japan reached 2% in 2024.",
    "Defense stocks rose 2% on Tuesday in Seoul.",
    "Japan and the US agreed to deepen defense ties.",
])
def test_no_defense_spending(text):
    assert only(text, "defense_spending") == []


# -- troop costs --------------------------------------------------------------

def test_special_measures_agreement_money_and_growth():
    text = ("Under the new Special Measures Agreement, Seoul will pay 1.5192 trillion won "
            "in 2026, up 8.3% from this year.")
    facts = {f.unit: f for f in only(text, "troop_cost")}
    assert fields(facts["money"], "country", "counterpart", "value", "currency", "status",
                  "period") == ("KOR", "USA", 1.5192e12, "KRW", "agreed", "2026")
    assert facts["pct_change"].value == 8.3


@pytest.mark.parametrize("text, expected", [
    ("Japan pays about ¥211 billion a year in host-nation support for US forces.",
     ("JPN", "USA", 211e9, "money", "approx", "actual")),
    ("Trump said South Korea should pay $10 billion a year for the US troops stationed there.",
     ("KOR", "USA", 1e10, "money", "exact", "demanded")),
    ("Tokyo covers roughly 75% of the cost of stationing American troops in Japan.",
     ("JPN", "USA", 75.0, "pct_share", "approx", "actual")),
])
def test_troop_costs(text, expected):
    [fact] = only(text, "troop_cost")
    assert fields(fact, "country", "counterpart", "value", "unit", "qualifier",
                  "status") == expected


@pytest.mark.parametrize("text", [
    "The costs of the war in Ukraine have risen by 10%.",
    "Japan's trade surplus with the US was $60 billion.",
])
def test_no_troop_cost(text):
    assert only(text, "troop_cost") == []


# -- troop presence -----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("South Korea is home to about 28,500 U.S. troops.", ("KOR", "USA", 28500.0, "approx")),
    ("Some 54,000 American service members are stationed in Japan.",
     ("JPN", "USA", 54000.0, "approx")),
    ("Australia hosts around 2,500 US Marines in Darwin each year.",
     ("AUS", "USA", 2500.0, "approx")),
    ("More than 500 Japanese troops are deployed in the Philippines.",
     ("PHL", "JPN", 500.0, "over")),
])
def test_troop_presence(text, expected):
    [fact] = only(text, "troop_presence")
    assert fields(fact, "country", "counterpart", "value", "qualifier") == expected
    assert fact.unit == "troops"


@pytest.mark.parametrize("text", [
    "China has 2 million active-duty soldiers.",
    "The report drew on interviews with over 100 officials and experts.",
    "The US keeps roughly 80,000 troops in Europe.",
])
def test_no_troop_presence(text):
    assert only(text, "troop_presence") == []


# -- tariffs ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The US imposed a 145% tariff on Chinese goods.", [("USA", "CHN", 145.0, "imposed")]),
    ("China retaliated with a 34% levy on American products.",
     [("CHN", "USA", 34.0, "imposed")]),
    ("A reciprocal tariff of 24% on Japan takes effect on Wednesday.",
     [("USA", "JPN", 24.0, "imposed")]),
    ("If no deal is reached, Trump said he would impose 35% duties on Canadian goods.",
     [("USA", "CAN", 35.0, "conditional")]),
    ("Washington threatened to raise tariffs on Indian goods from 25% to 50%.",
     [("USA", "IND", 50.0, "threatened")]),
    ("Trump announced a 25% tariff on all imports from Japan and South Korea.",
     [("USA", "JPN", 25.0, "imposed"), ("USA", "KOR", 25.0, "imposed")]),
    ("Trump proposed a universal 10% tariff on all imports.", [("USA", "ALL", 10.0, "proposed")]),
])
def test_tariffs(text, expected):
    facts = only(text, "tariff")
    assert [fields(f, "country", "counterpart", "value", "status") for f in facts] == expected
    assert all(f.unit == "pct_rate" for f in facts)


@pytest.mark.parametrize("text", [
    "Section 232 tariffs on steel remain in place.",
    "Inflation hit 2% in 2024 as tariffs loomed.",
    "Japan's exports to the US rose 10% last year.",
    "Tariffs cost South Korean exporters 2% of GDP.",
])
def test_no_tariff(text):
    assert only(text, "tariff") == []


# -- events -------------------------------------------------------------------

@pytest.mark.parametrize("text, published, expected", [
    ("North Korea fired a ballistic missile into the sea on March 10, 2025.", None,
     [("2025-03-10", None)]),
    ("In 2016, Seoul agreed to deploy the THAAD missile defence system.", None, [("2016", None)]),
    ("The leaders met in Canberra in August 2023.", None, [("2023-08", None)]),
    ("The Quad leaders will meet in New Delhi next year.", "2025-07-01", [("2026", None)]),
    ("Talks between Seoul and Washington ran from March 2024 to November 2024.", None,
     [("2024-03", "2024-11")]),
])
def test_events(text, published, expected):
    facts = only(text, "event", published)
    assert [(f.date, f.date_end) for f in facts] == expected


@pytest.mark.parametrize("text", [
    "Japan will raise defense spending to 2% of GDP by 2027.",
    "Defence spending in Seoul will rise 8.3% in 2026.",
    "A man walks past a poster of Kim Jong Un in Seoul on May 2, 2025.",
    "The Quad leaders will meet in New Delhi next year.",
    "The 2024 election changed the US approach to Asia.",
    "Inflation in Japan was 2% in 2019.",
])
def test_no_event(text):
    assert only(text, "event") == []


def test_photo_credit_date_is_no_event():
    text = ("Japan and the Philippines signed a pact.\n"
            "Photo: Reuters/Kim Hong-Ji, July 4, 2025\n")
    assert only(text, "event") == []


def test_facts_in_boilerplate_are_flagged_with_lower_confidence():
    text = ("Japan and South Korea met in Tokyo.\nRelated Articles\n"
            "NATO Members Agree to 5% Defense Spending Target by 2035\n")
    [fact] = only(text, "defense_spending")
    assert fact.boilerplate is True
    assert fact.confidence < 0.5


@pytest.mark.parametrize("text, published, expected", [
    ("Japan's defense budget for fiscal 2025 totals a record ¥8.7 trillion.", None,
     [("JPN", 8.7e12, "money", "actual", "2025")]),
    ("Taiwan plans to boost defence spending to 3% of GDP next year.", "2025-08-01",
     [("TWN", 3.0, "pct_gdp", "target", "2026")]),
    ("The Philippines' defense budget rose 9.2 percent to 282.7 billion pesos this year.",
     "2025-02-01", [("PHL", 9.2, "pct_change", "actual", "2025"),
                    ("PHL", 282.7e9, "money", "actual", "2025")]),
    ("Trump wants Japan and South Korea to spend 3.5% of GDP on defence.", None,
     [("JPN", 3.5, "pct_gdp", "demanded", None), ("KOR", 3.5, "pct_gdp", "demanded", None)]),
])
def test_budgets_relative_years_and_coordinated_spenders(text, published, expected):
    facts = only(text, "defense_spending", published)
    assert [fields(f, "country", "value", "unit", "status", "period") for f in facts] == expected


def test_a_relative_year_needs_a_publication_date():
    [fact] = only("Taiwan plans to boost defence spending to 3% of GDP next year.",
                  "defense_spending")
    assert fact.period is None


def test_retaliatory_tariff_on_all_of_a_countrys_goods():
    [fact] = only("Beijing responded with 34% retaliatory tariffs on all US goods.", "tariff")
    assert fields(fact, "country", "counterpart", "value") == ("CHN", "USA", 34.0)

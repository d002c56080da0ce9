"""Tariff extraction by kind of sentence: who faces a rate, lists and
respectively, demonym and goods targets, letters, all imports, retaliation,
tables, and sentences about tariffs whose figures are no tariff."""
import pytest

from conftest import facts_of, of_type


def tariffs(text, published=None):
    return sorted((f.country, f.counterpart, f.value)
                  for f in of_type(facts_of(text, published), "tariff"))


# -- the target is the subject: it faces, is subject to, is hit with a rate --

@pytest.mark.parametrize("text, expected", [
    ("The Philippines was hit with a 17% reciprocal tariff.", [("USA", "PHL", 17.0)]),
    ("Thailand now faces a 36 percent tariff on its exports.", [("USA", "THA", 36.0)]),
    ("Sri Lanka will be subject to a tariff rate of 44%.", [("USA", "LKA", 44.0)]),
    ("Indonesia, Malaysia, the Philippines will face a 19% duty from August.",
     [("USA", "IDN", 19.0), ("USA", "MYS", 19.0), ("USA", "PHL", 19.0)]),
    ("Bangladeshi imports to the U.S. were subject to a 37% blanket tariff.",
     [("USA", "BGD", 37.0)]),
    ("Goods from Laos were assigned a 48% tariff and Cambodian exports to the United States "
     "were slated for a 49% levy.", [("USA", "KHM", 49.0), ("USA", "LAO", 48.0)]),
    ("Indonesia agreed to a 19% tariff under the framework deal.", [("USA", "IDN", 19.0)]),
    ("Exporters in Taiwan face a 20% tariff on machinery.", [("USA", "TWN", 20.0)]),
    ("Trump hit Brazil with a 50% tariff over the trial.", [("USA", "BRA", 50.0)]),
    ("Myanmar, with a 40% tariff, is among the hardest hit economies.", [("USA", "MMR", 40.0)]),
    ("India faced a 26% tariff imposed by Washington in April.", [("USA", "IND", 26.0)]),
    ("Australia faces an 80% duty on its barley from China.", [("CHN", "AUS", 80.0)]),
])
def test_target_that_faces_the_rate(text, expected):
    assert tariffs(text) == expected


def test_a_list_continuing_a_passage_about_tariffs_needs_no_tariff_word():
    text = ("The White House published the reciprocal tariffs for each partner. "
            "Switzerland will be subject to 31%. Norway and Israel will be subject to 15-17%.")
    assert tariffs(text) == [("USA", "CHE", 31.0), ("USA", "ISR", 15.0), ("USA", "NOR", 15.0)]


# -- coordinated rates and targets --------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Thailand and Cambodia receive 36%, 49% tariffs, respectively.",
     [("USA", "KHM", 49.0), ("USA", "THA", 36.0)]),
    ("The administration slapped 50% and 25% tariffs on Brazil and India.",
     [("USA", "BRA", 50.0), ("USA", "IND", 25.0)]),
    ("Laos and Myanmar are among the economies subject to the highest tariff rates, "
     "at 48% and 44%, respectively.", [("USA", "LAO", 48.0), ("USA", "MMR", 44.0)]),
    ("Malaysia, Japan and India are charging duties on the United States at 47%, 46% and 52%, "
     "respectively.", [("IND", "USA", 52.0), ("JPN", "USA", 46.0), ("MYS", "USA", 47.0)]),
    ("Washington imposed 17% and 32% tariffs on two Asian partners, the Philippines and Taiwan.",
     [("USA", "PHL", 17.0), ("USA", "TWN", 32.0)]),
    ("The new tariffs hit Laos (40%), Myanmar (40%) and Sri Lanka (30%) hardest.",
     [("USA", "LAO", 40.0), ("USA", "LKA", 30.0), ("USA", "MMR", 40.0)]),
    ("The April tariffs set rates of 32% for Taiwan and 26% for India.",
     [("USA", "IND", 26.0), ("USA", "TWN", 32.0)]),
])
def test_rates_pair_with_targets_in_order(text, expected):
    assert tariffs(text) == expected


# -- demonyms, goods, letters --------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("A 30% tariff applies to all Swiss goods from Friday.", [("USA", "CHE", 30.0)]),
    ("The White House set a 35% tariff on all Bangladeshi products.", [("USA", "BGD", 35.0)]),
    ("Beijing answered with a retaliatory tariff of 15% on U.S. goods.", [("CHN", "USA", 15.0)]),
    ("Ottawa has retaliated with a 25% duty on some American goods.", [("CAN", "USA", 25.0)]),
    ("Trump put a 25% tariff on $50 billion of Chinese imports.", [("USA", "CHN", 25.0)]),
    ("Trump raised duties on imports from Brazil to 50% in July.", [("USA", "BRA", 50.0)]),
    ("Trump sent letters to Thailand and Malaysia, imposing a 36% tariff on all goods.",
     [("USA", "MYS", 36.0), ("USA", "THA", 36.0)]),
    ("Letters went out telling Laos and Myanmar they would face tariffs of 40%.",
     [("USA", "LAO", 40.0), ("USA", "MMR", 40.0)]),
])
def test_targets_named_by_demonym_goods_or_letter(text, expected):
    assert tariffs(text) == expected


# -- who imposes ----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Canada imposed a 25% retaliatory levy on American cars, in answer to Trump's initial "
     "35% tariff.", [("CAN", "USA", 25.0), ("USA", "CAN", 35.0)]),
    ("India imposed a 20% duty on U.S. almonds, and later Trump announced a 50% tariff.",
     [("IND", "USA", 20.0)]),
    ("New duties on Canada come on top of the 25% tariffs previously imposed by Trump.",
     [("USA", "CAN", 25.0)]),
    ("The US-India dispute has led both sides to place duties above 50% on each other's goods.",
     [("IND", "USA", 50.0), ("USA", "IND", 50.0)]),
])
def test_imposer(text, expected):
    assert tariffs(text) == expected


# -- all imports ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Trump's near-universal 10 percent tariffs on virtually all imports remain.",
    "The president ordered a 10% baseline tariff on goods from every country.",
    "A pause lowered tariffs on almost all other countries to a blanket 10% rate.",
    "The rates were later cut to a flat 10% tariff for 90 days.",
])
def test_all_imports(text):
    assert tariffs(text) == [("USA", "ALL", 10.0)]


# -- rates that continue a clause or a passage -----------------------------------

def test_a_later_clause_continues_the_pair_before_it():
    text = "A 32% tariff on Taiwanese goods was announced in April; the rate was later cut to 20%."
    assert tariffs(text) == [("USA", "TWN", 20.0), ("USA", "TWN", 32.0)]


def test_a_sentence_naming_no_country_continues_the_passage():
    text = ("Trump raised tariffs on Indian goods to 50%. "
            "That figure includes a 25% penalty duty announced weeks earlier.")
    assert tariffs(text) == [("USA", "IND", 25.0), ("USA", "IND", 50.0)]


def test_a_rate_on_a_named_country_continues_a_passage_about_tariffs():
    text = "Trump raised tariffs on India to 50%. The rate on Brazil was set at 50% too."
    assert tariffs(text) == [("USA", "BRA", 50.0), ("USA", "IND", 50.0)]
    text = "Trump raised tariffs on India to 50%. The rate on Indian government bonds rose to 7%."
    assert tariffs(text) == [("USA", "IND", 50.0)]


def test_goods_named_without_a_country_do_not_continue_the_passage():
    text = "Trump raised tariffs on Indian goods to 50%. Copper faces a 50% tariff as well."
    assert tariffs(text) == [("USA", "IND", 50.0)]


def test_a_new_rate_replaces_the_old_one():
    assert tariffs("Duties on Korean goods will rise to 25% from 15% next month.") == \
        [("USA", "KOR", 25.0)]
    assert tariffs("The rate on Malaysia was cut by 1 percentage point to 24% in its tariff "
                   "letter.") == [("USA", "MYS", 24.0)]


# -- tables and lists of rates, one country a line -------------------------------

def test_table_rows_read_the_new_rate_column():
    text = ("The new tariff rates announced on Monday:\n"
            "Country | Old rate | New rate | Effective\n"
            "--- | --- | --- | ---\n"
            "Thailand | 36% | 19% | Aug. 1\n"
            "The Philippines | 17% | 19% | Aug. 1\n")
    assert tariffs(text) == [("USA", "PHL", 19.0), ("USA", "THA", 19.0)]


def test_table_with_spaced_columns_and_new_rate_first():
    text = ("Reciprocal tariff schedule\n"
            "Country    New rate    Date    Previous rate\n"
            "Brazil    50%    Aug. 6    10%\n"
            "India    25%    Aug. 7    26%\n")
    assert tariffs(text) == [("USA", "BRA", 50.0), ("USA", "IND", 25.0)]


def test_bulleted_list_of_rates_after_a_tariff_sentence():
    text = ("The letters set these tariffs:\n- Laos: 40%\n- Cambodia: 36%\n")
    assert tariffs(text) == [("USA", "KHM", 36.0), ("USA", "LAO", 40.0)]


def test_rows_with_one_space_under_a_titled_header():
    text = "Tariffs from Friday\nCountry    Rate\nBrazil 50%\nSwitzerland 39%\n"
    assert tariffs(text) == [("USA", "BRA", 50.0), ("USA", "CHE", 39.0)]


@pytest.mark.parametrize("text", [
    "Defence spending as a share of GDP:\n- Japan: 1.8%\n- Thailand: 1.2%\n",
    "Economic outlook\nCountry | Growth rate | Inflation rate\nJapan | 1.2% | 3%\n",
])
def test_rows_under_another_heading_are_no_tariff(text):
    assert tariffs(text) == []


# -- sentences about tariffs whose figures are no tariff ---------------------------

@pytest.mark.parametrize("text", [
    "The Kospi fell 2.1% after Trump announced the tariffs on South Korea.",
    "Thailand faces a 1% contraction if the tariffs stay in place.",
    "Malaysia's economy could shrink by 0.4% because of US tariffs.",
    "The levies on Indian goods account for 40% of the increase.",
    "Prices rose 3% as tariffs on imports from Mexico took hold.",
    "Economists say tariffs above 30% would wipe out Cambodian margins.",
    "Shares of Hyundai fell 4% on tariff worries.",
    "Canada and Mexico were exempt from the 10% tariff in April.",
    "Thailand's inflation rate rose to 2% as tariffs bit.",
    "Tariffs slowed growth in Vietnam (6.1%) last quarter.",
    "The global growth rate of 3% worries tariff hawks.",
])
def test_no_tariff(text):
    assert tariffs(text) == []


# -- elliptic lists: the tariff word said once ------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The US set a 44% duty on Myanmar, while Laos faces 48% and Sri Lanka 30%.",
     [("USA", "LAO", 48.0), ("USA", "LKA", 30.0), ("USA", "MMR", 44.0)]),
    ("The order puts a 17% tariff on the Philippines and hits Brunei with 24% and "
     "Bangladesh with 37%.",
     [("USA", "BGD", 37.0), ("USA", "BRN", 24.0), ("USA", "PHL", 17.0)]),
])
def test_rates_continuing_a_tariff_list_without_the_tariff_word(text, expected):
    assert tariffs(text) == expected


@pytest.mark.parametrize("text", [
    "A 25% tariff on Japanese cars took effect as Japan grew 1.1% and Korea 0.9%.",
    "The tariffs hit Vietnam hard; exports to Europe rose 12%.",
])
def test_figures_after_a_tariff_that_continue_no_list(text):
    assert [t for t in tariffs(text) if t[2] not in (25.0,)] == []


def test_a_rate_on_a_demonyms_goods_continues_a_tariff_passage():
    text = ("Trump announced new tariffs on Monday. Should talks fail, the rate on Thai "
            "goods may rise to 36%.")
    assert tariffs(text) == [("USA", "THA", 36.0)]


def test_a_rate_on_a_demonyms_bonds_is_no_tariff():
    text = "Trump announced new tariffs on Monday. The rate on Japanese bonds rose to 1.5%."
    assert tariffs(text) == []


def test_a_list_of_rates_under_a_tariff_headline():
    text = ("What the new US tariffs mean for Asia\n\nThese are the rates from Friday:\n\n"
            "- Brunei: 25%\n- Myanmar: 40%\n")
    assert tariffs(text) == [("USA", "BRN", 25.0), ("USA", "MMR", 40.0)]


def test_a_list_of_rates_under_another_headline_is_no_tariff():
    text = ("Central banks hold steady\n\nThese are the policy rates from Friday:\n\n"
            "- Indonesia: 5.75%\n- Thailand: 2.25%\n")
    assert tariffs(text) == []


def test_the_imposer_may_name_the_rate_a_country_faces():
    assert tariffs("Malaysia negotiated a U.S. tariff rate of 19% after talks.") == [
        ("USA", "MYS", 19.0)]


def test_a_rate_on_a_range_of_a_countrys_goods():
    assert tariffs("Canada imposed 25% counter-tariffs on a raft of US products.") == [
        ("CAN", "USA", 25.0)]


def test_a_duty_on_a_commodity_raised_before_the_rate_is_on_all_imports():
    assert tariffs("Indonesia raised its import duty on sugar to 30 per cent.") == [
        ("IDN", "ALL", 30.0)]


def test_a_reworded_face_and_a_quoted_rate():
    assert tariffs('Korea could confront a levy of "25% or higher" after the deadline.') == [
        ("USA", "KOR", 25.0)]


def test_a_loan_rate_a_country_secures_is_no_tariff():
    text = ("Trump set new tariffs on Monday. Vietnam secured a US lending rate of 3% for "
            "the port.")
    assert tariffs(text) == []


def test_a_list_of_interest_rates_under_a_tariff_headline_is_no_tariff():
    text = ("Tariff shock hits Asian markets\n\nThe interest rates to watch:\n\n"
            "- Malaysia: 3%\n- Vietnam: 4.5%\n")
    assert tariffs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Bankers say duties over 15% could erase profits for Malaysian chipmakers.", []),
    ("Any levy higher than 30% would make Indian shrimp uncompetitive.", []),
    ("A tariff of more than 40% will apply to Laotian goods from Monday.", [("USA", "LAO", 40.0)]),
])
def test_a_threshold_is_no_tariff(text, expected):
    assert tariffs(text) == expected


def test_the_subject_of_goods_sent_to_the_imposer_faces_the_rate():
    text = ("Thailand's shipments to the United States will be subject to a 19 per cent "
            "tariff under the deal.")
    assert tariffs(text) == [("USA", "THA", 19.0)]

"""Events read by kind of sentence: what happened on a date, not every date.
Each family has sentences that must give an event and sentences that must
give nothing."""
import pytest

from conftest import facts_of, of_type


def events(text, published=None):
    return [(f.date, f.date_end) for f in of_type(facts_of(text, published), "event")]


# -- a page's own stamps and datelines ------------------------------------------

@pytest.mark.parametrize("text", [
    "date 2020-06-02 Canberra and Jakarta sign defence pact\n",
    "Published : Feb. 4, 2019 - 09:12\n",
    "Updated: 2023-01-19 18:45\n",
    "9 Mar, 2020 22:40\n",
    "Source: Kyodo| 2017-05-22 07:15:02|Editor: lm\n",
    "Quarterly Security Review / 12 Jan 2024 / Members Edition\n",
    "Kuala Lumpur, Malaysia, Apr 4 (Bernama).-\n",
    "[4] Ministry of Defence, Defence White Paper, 2023.\n",
    "Lowy Institute, Asia Power Index. Accessed 3 May 2024.\n",
])
def test_page_stamps_and_citations_give_no_event(text):
    assert events(text) == []


def test_dateline_dates_the_story_and_its_weekday_the_event():
    text = ("date 2022-03-15 Canberra buys missiles\n"
            "CANBERRA, March 15 (AAP) -- Australia on Tuesday signed a deal to buy "
            "long-range missiles from the United States.\n")
    assert events(text) == [("2022-03-15", None)]


def test_yesterday_resolves_against_the_dateline_not_the_header():
    text = ("date 2019-07-08 (Newswire) MANILA, July 9 (PNA) – Manila and Tokyo have "
            "concluded a logistics pact, the foreign ministry said yesterday.\n")
    assert events(text) == [("2019-07-08", None)]


def test_a_dateline_alone_with_an_earlier_weekday():
    text = ("Published: 2023-08-22\n"
            "Leaders of the three countries held a summit near Washington on Friday.\n")
    assert events(text) == [("2023-08-18", None)]


def test_a_report_of_what_would_be_is_no_event():
    text = ("Published: 2021-12-21\n"
            "The plan would see Tokyo pay more for the bases, local media reported on Tuesday.\n")
    assert events(text) == []


def test_hansard_sitting_day_is_an_event():
    text = ("Senate debates\nThursday, 14 November 2024\nQuestions without Notice\n"
            "Senator Lee: Will the minister explain the submarine deal, announced last week "
            "by the government?\n")
    assert events(text) == [("2024-11-14", None), ("2024-11", None)]


def test_a_chamber_heading_marks_a_sitting_and_its_date_line_an_event():
    text = ("Legislative Assembly\nTuesday, 3 September 2024\nMr Tan (10:02): The defence pact "
            "was signed in May last year.\n")
    assert events(text) == [("2024-09-03", None), ("2023-05", None)]


def test_a_page_stamp_with_its_time_first_is_no_event():
    text = "Updated 9:40 PM EST, March 2, 2023\nThe two navies sailed together on Tuesday.\n"
    assert events(text) == [("2023-02-28", None)]


@pytest.mark.parametrize("text, expected", [
    # the end of a year as a deadline, not a happening
    ("The ministers pledged in May 2022 to finish the corridor by the end of 2025.",
     [("2022-05", None)]),
    ("The base must close before the start of 2027.", []),
    # the end of a year when something happened in it
    ("The talks broke down at the end of 2018.", [("2018", None)]),
])
def test_the_part_of_a_year_as_a_deadline_is_no_event(text, expected):
    assert events(text) == expected


def test_a_month_as_a_deadline_or_a_bound_is_no_event():
    text = "Published: 2024-05-09\nThe two sides aim to sign the pact by July.\n"
    assert events(text) == []
    text = "Published: 2024-05-09\nThe pact has been in force since March.\n"
    assert events(text) == []


def test_a_date_line_in_an_ordinary_page_is_no_event():
    assert events("Thursday, 14 November 2024\nThe two ministers talked about trade.\n") == []


# -- relative dates against the page's date ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The previous cost-sharing deal lapsed at the end of last year.", [("2023", None)]),
    ("Talks on a new deal are due to open in the second half of this year.", [("2024", None)]),
    ("Canberra will start paying the higher share next April.", [("2025-04", None)]),
    ("Ministers are scheduled to sign the accord in January.", [("2025-01", None)]),
    ("The interim deal the two sides reached in March still applies.", [("2024-03", None)]),
    ("Sailors have been taking part in this month's Pacific Vanguard drills.",
     [("2024-10", None)]),
])
def test_relative_dates_resolved_against_the_publication_date(text, expected):
    assert events(text, published="2024-10-09") == expected


def test_relative_dates_need_a_stated_date():
    assert events("The previous cost-sharing deal lapsed at the end of last year.") == []
    assert events("Ministers signed the accord on Friday.") == []


# -- what a date is, in its sentence ----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Vietnam has been an independent state since independence in 1945.", [("1945", None)]),
    ("Veterans of the 1965-73 Vietnam War met in Canberra.", [("1965", "1973")]),
    ("Canberra set out its plans in its 2020 Defence Strategic Update.", [("2020", None)]),
    ("Bases were reviewed every five years until 2016, when Washington demanded yearly talks.",
     [("2016", None)]),
    ("Tokyo agreed in 2016 to pay about 190 billion yen a year.", [("2016", None)]),
    ("In 2020, Trump demanded Tokyo pay $8 billion a year.", [("2020", None)]),
    ("Exports of chips to China were cut on May 3, 2023, by 25%.", [("2023-05-03", None)]),
])
def test_dates_that_date_a_happening(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text", [
    # the bounds of a term, not a happening
    "Manila has leaned toward Beijing since 2016.",
    "The new cost-sharing deal will last until 2030.",
    "Taipei hopes to reach 4 percent of GDP before 2030.",
    "The pact runs in the 2026-2030 period.",
    "The accord runs through Dec. 31, 2029.",
    "Talks covered the 2026-2030 cost-sharing period.",
    "Seoul ratified the 2026-30 Special Measures Agreement.",
    "The 2024 presidential election changed the US approach to Asia.",
    # the year a figure is for
    "In 2018, Seoul paid about $850 million for the upkeep of US forces.",
    "From 2021 to 2025, these payments rise by 6% a year.",
    "Seoul will pay 1.4 trillion won (1.1 billion dollars) for stationing costs in 2027.",
    "Japan this year plans to spend 1.6% of its GDP on defence.",
    "The island has set out its budget for the year starting April 2026.",
    # a record since a year, not a happening in it
    "It is the largest arms package since 1979.",
])
def test_dates_that_date_no_happening(text):
    assert events(text) == []


def test_a_time_zone_restatement_is_not_a_second_day():
    text = "The talks opened in Hawaii on May 3, 2024 (local time, on May 4, Tokyo time)."
    assert events(text) == [("2024-05-03", None)]


def test_next_years_payment_is_a_figure_period():
    assert events("Next year's payment rises 5%, the ministry said.", "2024-10-09") == []


# -- photo captions -----------------------------------------------------------------

def test_a_caption_that_states_what_happened_that_day_is_an_event():
    text = "Philippine President Marcos welcomes the Japanese premier in Manila, Nov. 3, 2023.\n"
    assert events(text) == [("2023-11-03", None)]


@pytest.mark.parametrize("text", [
    "U.S. Secretary of State Antony Blinken waves as he boards a plane in Tokyo, July 30, 2023.\n",
    "Prime Minister Anthony Albanese smiles during a news conference in Canberra, May 2, 2024.\n",
    "A woman walks past a poster in Taipei on Jan. 9, 2024.\n",
])
def test_a_caption_that_only_shows_a_pose_is_no_event(text):
    assert events(text) == []


@pytest.mark.parametrize("text", [
    "Japan's defence budget in 2024 was 7.9 trillion yen.",
    "The alliance now fields more ships than last year.",
    "Tariff revenue is up sharply compared with 2019.",
])
def test_figure_years_and_baselines_are_no_events(text):
    assert events(text, published="2025-02-03") == []


@pytest.mark.parametrize("text", [
    "Prime Minister Carney said on Monday that Canada would consider joining the pact.",
    "The minister told reporters on Monday that Seoul will raise its share.",
    "Beijing's foreign ministry said on Monday it firmly opposes the drills.",
    "Japan marked the Good Friday holiday.",
])
def test_statements_of_intent_dated_by_a_weekday_are_no_events(text):
    assert events(text, published="2025-02-03") == []


def test_a_happening_reported_yesterday_is_dated():
    text = "Seoul and Tokyo have restored their intelligence pact, officials said yesterday."
    assert events(text, published="2025-02-03") == [("2025-02-02", None)]


def test_a_file_photo_caption_is_no_event():
    text = "A navy frigate sails off Sydney, in a file photo from March 2, 2023."
    assert events(text) == []


def test_a_past_verb_after_a_figure_dates_its_own_happening():
    text = "Tokyo plans to spend 2% of GDP under a build-up plan approved in December 2022."
    assert events(text) == [("2022-12", None)]


def test_a_signing_reported_on_a_weekday_is_dated():
    text = "Hanoi and Washington signed the partnership accord, officials said on Sunday."
    assert events(text, published="2025-02-03") == [("2025-02-02", None)]

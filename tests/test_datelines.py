"""Where a page states its own date: stamps, datelines, and the publication
date the ingest reads from them (core.normalize.datelines, core.ingest.metadata)."""
from datetime import date

import pytest

from core.ingest import metadata
from core.normalize import datelines


@pytest.mark.parametrize("line, expected, kind", [
    ("date 2021-03-08 Manila eyes new bases", "2021-03-08", "header"),
    ("Published : Feb. 4, 2019 - 09:12", "2019-02-04", "published"),
    ("Published on 17 June 2022", "2022-06-17", "published"),
    ("Posted by Ana Reyes on October 2, 2020", "2020-10-02", "published"),
    ("Updated: 2023-01-19 18:45", "2023-01-19", "updated"),
    ("By KIM MIN-JI | THE SEOUL DAILY Published: March 30, 2018", "2018-03-30", "published"),
    ("9 Mar, 2020 22:40", "2020-03-09", "alone"),
    ("Thursday, 14 November 2024", "2024-11-14", "alone"),
    ("08:05 KST, June 3, 2021", "2021-06-03", "alone"),
    ("Source: Kyodo| 2017-05-22 07:15:02|Editor: lm", "2017-05-22", "fields"),
    ("Quarterly Security Review / 12 Jan 2024 / Members Edition", "2024-01-12", "fields"),
    # a time of day between the label and the date
    ("Published 9:40 PM EST, March 2, 2023", "2023-03-02", "published"),
    # a place and agency, then the page's date, on a line of their own
    ("JAKARTA (Antara) - Oct 3, 2022", "2022-10-03", "published"),
    ("SYDNEY, Australia (AP) — 5 June 2023", "2023-06-05", "published"),
    ("Updated 07:15 KST, 4 July 2022", "2022-07-04", "updated"),
])
def test_page_stamps(line, expected, kind):
    stamp = datelines.stamp(line)
    assert (stamp.date, stamp.kind) == (expected, kind)


@pytest.mark.parametrize("line", [
    "The accord was published on May 3, 2023 in the official gazette.",
    "Seoul and Tokyo signed the pact on March 3, 2024.",
    "Defence spending / GDP ratio",
    "Japan's 2023/24 budget",
])
def test_sentences_are_not_stamps(line):
    assert datelines.stamp(line) is None


@pytest.mark.parametrize("text, reference, expected", [
    ("CANBERRA, Aug. 9 (AAP) -- Australia said", date(2022, 8, 9), "2022-08-09"),
    ("JAKARTA, June 12, 2019 (Antara) - Indonesia", None, "2019-06-12"),
    ("Kuala Lumpur, Malaysia, Apr 4 (Bernama).- The", date(2021, 4, 4), "2021-04-04"),
    ("HANOI (VNA / Sputnik - 03rd March, 2020) The", None, "2020-03-03"),
    ("(Wire service) MANILA, Nov 2 (PNA) – The", date(2020, 11, 2), "2020-11-02"),
    # a yearless dateline never post-dates its page: December on a January page
    ("SEOUL, Dec. 30 (Yonhap) -- Officials", date(2023, 1, 2), "2022-12-30"),
    ("SEOUL, Jan. 3 (Yonhap) -- Officials", None, None),
    # a place in wire capitals may close its dateline with a plain hyphen
    ("PHNOM PENH, Sept. 9, 2023 - Cambodia said", None, "2023-09-09"),
    # a press-release wire between slashes
    ("JAKARTA, Oct. 2, 2024 /PRNewswire/ -- The company said", None, "2024-10-02"),
    ("WELLINGTON, New Zealand, May 2 - The minister", date(2024, 5, 2), "2024-05-02"),
])
def test_wire_datelines(text, reference, expected):
    assert datelines.dateline(text, reference).date == expected


@pytest.mark.parametrize("text", [
    "President Marcos, May 3, said the bases would stay.",
    "On May 3 the two navies sailed together.",
    "Tokyo and Canberra signed the pact.",
    "Jakarta, May 3 - a date the two navies remember.",
])
def test_sentences_are_not_datelines(text):
    assert datelines.dateline(text, date(2024, 5, 3)) is None


# -- the publication date of a page -----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("date 2021-03-08 Manila eyes new bases\n\nThe Philippines said on Monday it would ...",
     "2021-03-08"),
    ("Alliance Weekly\nPublished : Feb. 4, 2019 - 09:12\nSeoul and Washington agreed ...",
     "2019-02-04"),
    ("menu search login\n9 Mar, 2020 22:40\n\nTokyo agrees to pay more\n\nTokyo will ...",
     "2020-03-09"),
    # a parliamentary record: the sitting day
    ("Senate debates\nThursday, 14 November 2024\nQuestions without Notice\nDefence\n"
     "Senator Lee asked ...", "2024-11-14"),
    ("Spam spam\n\nSource: Kyodo| 2017-05-22 07:15:02|Editor: lm\n\nTOKYO, May 22 (Kyodo) -- ",
     "2017-05-22"),
    # "Published" wins over "Updated"
    ("Updated: 2023-01-20 08:00\nPublished: 2023-01-19 18:45\nText of the story.",
     "2023-01-19"),
    ("JAKARTA, June 12, 2019 (Antara) - Indonesia and Australia agreed on ...", "2019-06-12"),
    # a yearless dateline, confirmed by a caption's full date with the same month and day
    ("Leaders shake hands in Hanoi, Vietnam, 4 April 2021.\n\nHanoi, Vietnam, Apr 4 (EFE).- "
     "The two sides signed a partnership on Sunday.", "2021-04-04"),
])
def test_publication_date_read_from_the_page(text, expected):
    assert metadata.published(text) == expected


@pytest.mark.parametrize("text", [
    # a caption's date in the head is not the page's own date
    "Leaders shake hands in Hanoi, Vietnam, 4 April 2021.\n\nThe two sides signed a deal.",
    # a yearless dateline that no full date confirms
    "SEOUL, Jan. 3 (Yonhap) -- South Korea said it would raise defence spending in 2019.",
    "Seoul and Tokyo signed the pact on March 3, 2024, officials said.",
])
def test_no_publication_date_where_the_page_states_none(text):
    assert metadata.published(text) is None


def test_title_skips_a_leading_date_header():
    assert metadata.title("date 2021-03-08 Manila eyes four new bases for US troops\n\nText.") == \
        "Manila eyes four new bases for US troops"


@pytest.mark.parametrize("line, expected", [
    ("May 7, 2024 6:02 AM GMT+8 Updated 3 hours ago", "2024-05-07"),
    ("12 March 2023 | 4 min read", "2023-03-12"),
])
def test_a_date_line_with_its_update_note(line, expected):
    assert datelines.stamp(line).date == expected


def test_a_dateline_naming_two_cities():
    assert datelines.dateline("BEIJING/TAIPEI, Oct 9 (Reuters) - China", date(2024, 10, 9)).date \
        == "2024-10-09"


@pytest.mark.parametrize("line, expected", [
    ("2023-11-20 16:45:10 Source: Xinhua", "2023-11-20"),
    ("Tue 4 Apr 2023 05.30 BST", "2023-04-04"),
])
def test_date_lines_with_a_source_or_a_dotted_time(line, expected):
    assert datelines.stamp(line).date == expected


def test_a_byline_with_a_date_is_no_title():
    text = ("Why Seoul Hedges\nCommentary | By Lee Min-ho | 2 February 2024\n\n"
            "Seoul has long balanced Washington and Beijing in its foreign policy.\n")
    assert metadata.title(text) != "Commentary | By Lee Min-ho | 2 February 2024"
    assert metadata.outlet(text) is None

"""Events: something dated that happened or is scheduled, for the timeline.

"on July 27, 2025 in Turnberry" -> 2025-07-27; "between June 2024 and March
2025" -> 2024-06 to 2025-03; "in 2006, … Seoul accepted" -> 2006. Left out:
target years ("by 2027"), the year a figure is for ("by 8.3% in 2026"),
stock photo captions ("A woman walks past … on Jan. 31, 2025"), datelines,
and boilerplate (related headlines, topic blurbs).
"""
from __future__ import annotations

import re

from core.extract.reading import Reading, cues, lexicon
from core.model import Fact

TYPE = "event"
VERSION = "1"
_LEADS = {"in", "on", "since", "during", "between", "from", "until", "before", "after", ""}


def extract(reading: Reading) -> list[Fact]:
    facts = []
    figure_before = re.compile(lexicon()[TYPE]["figure_period"], re.IGNORECASE)
    anonymous = cues(TYPE, "anonymous_subject")
    for sentence in reading.sentences:
        if sentence.boilerplate or not _has_date_word(sentence.text):
            continue
        if anonymous.match(sentence.text):
            continue
        if _is_dateline(sentence.text):
            continue
        for mention in sentence.dates(reading.year_anchor):
            if mention.kind == "target" or mention.lead not in _LEADS:
                continue
            if mention.kind == "absolute" and mention.lead == "" and len(mention.date) == 4:
                continue  # a bare year ("the 2024 election") names, it does not date
            if figure_before.search(sentence.text[max(0, mention.start - 40):mention.start]):
                continue
            if mention.kind == "relative" and reading.reference is None:
                continue
            facts.append(reading.fact(
                sentence, TYPE, VERSION, confidence=0.7, date=mention.date,
                date_end=mention.date_end, countries=tuple(sentence.codes())))
    return facts


_DATE_WORD = re.compile(r"\b(19[5-9]\d|20\d\d|Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec|year|month)")


def _has_date_word(text: str) -> bool:
    return _DATE_WORD.search(text) is not None


def _is_dateline(text: str) -> bool:
    return len(text.split()) <= 6

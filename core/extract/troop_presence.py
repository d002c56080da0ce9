"""Troop presence: how many of one country's troops a country hosts.

"home to about 28,500 U.S. troops" -> KOR (the sentence's subject) hosts
USA 28500 troops approx; "some 54,000 American service members are stationed
in Japan" -> JPN hosts USA 54000.
"""
from __future__ import annotations

import re
from functools import cache

from core.extract.reading import US_SIDE, Reading, lexicon, status, subject
from core.model import Fact
from core.normalize import numbers
from core.normalize.countries import Mention

TYPE = "troop_presence"
VERSION = "1"
STATUSES = ("proposed", "agreed")
_HOST_AFTER = re.compile(r"^[^.;]{0,60}?\b(in|on|at|to|across|throughout)\s+(the\s+)?$", re.IGNORECASE)


@cache
def _pattern() -> re.Pattern:
    troops = lexicon()[TYPE]["troops"]
    number = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:thousand|million))?"
    qualifier = r"(?:about|approximately|around|roughly|some|nearly|almost|over|more than|up to|at least|fewer than|less than)"
    return re.compile(
        rf"(?:(?P<q>(?i:{qualifier}))\s+)?(?P<n>{number})\s+(?P<who>(?:[A-Z][\w.]*\s+){{0,2}}?)"
        rf"(?:active-duty\s+|military\s+)?{troops}\b")


@cache
def _trigger() -> re.Pattern:
    return re.compile(lexicon()[TYPE]["troops"])


def extract(reading: Reading) -> list[Fact]:
    facts = []
    for sentence in reading.sentences:
        if not _trigger().search(sentence.text):
            continue
        for match in _pattern().finditer(sentence.text):
            value = numbers.parse_number(match.group("n").split()[0])
            if value is None:
                continue
            if match.group("n").lower().endswith("thousand"):
                value *= 1000
            if value < 50:
                continue
            sender = _sender(sentence, match)
            host = _host(reading, sentence, match, sender)
            if host is None or host == sender:
                continue
            qualifier = numbers.qualifier(match.group("q"))
            facts.append(reading.fact(
                sentence, TYPE, VERSION, country=host, counterpart=sender, value=value,
                unit="troops", qualifier=qualifier,
                status=status(sentence.text[max(0, match.start() - 60):match.end()],
                              STATUSES, "actual")))
    return facts


def _sender(sentence, match) -> str:
    for mention in sentence.mentions:
        if match.start("who") <= mention.start < match.end():
            return mention.code
    return US_SIDE


def _host(reading, sentence, match, sender) -> str | None:
    after: list[Mention] = [m for m in sentence.mentions if m.start >= match.end()]
    for mention in after:
        if _HOST_AFTER.match(sentence.text[match.end():mention.start]) and mention.code != sender:
            return mention.code
    return subject(reading, sentence, before=match.start(), exclude={sender})

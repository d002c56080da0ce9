"""Troop presence: how many of one country's troops a country hosts.

A head-count is read in three shapes: "about 28,500 U.S. troops", "the
28,500-strong U.S. Forces Korea", "U.S. troops of some 54,000". Its host is,
in order: the country a command is named for ("USFK", "U.S. Forces Korea");
the country or base after "in", "at", "through" ("rotate through Darwin");
"here" (the dateline's country) or "there" (the place named before); the
subject of "hosts", "is home to"; the subject when the sender is named and
the sentence ties them by cost or soil ("Seoul pays for the upkeep of 28,500
American troops"). The sender is the
nationality before the noun, else the subject that "deployed" or "keeps"
them, else the US. A list row ("- Japan: about 55,000 troops") names its
host in its first cell, its sender in the title ("US forces in Asia").
Troops in an exercise (of both sides) and cuts to a presence are no
presence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from core import data
from core.extract.reading import (US_SIDE, Reading, SentenceReading, cues, group_after, lexicon,
                                  names_a_force, status, subject)
from core.model import Fact
from core.normalize import countries, numbers

TYPE = "troop_presence"
VERSION = "2"
STATUSES = ("proposed", "agreed")
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:thousand|million))?"
# Units after a number that make it no head-count: "a cost of 2,000 yen".
_NOT_TROOPS = (r"%|percent|per\s?cent|years?|days?|months?|billion|million|trillion|yen|won|"
               r"dollars|euros|km|kilomet\w+|miles|tons|tonnes")
_HOST_AFTER = re.compile(r"^[^.;]{0,60}?\b(in|on|at|to|across|throughout|through|into)\s+(the\s+)?"
                         r"((north|south|east|west)(ern)?\s+)?$", re.IGNORECASE)
# "there", or "in the country", "on the island", "in the prefecture": the
# place named before.
_LOCATIVE = re.compile(r"^[^.;,]{0,40}?\b(here|there|(?:in|on|across)\s+the\s+(?:country|nation|"
                       r"kingdom|island|islands|archipelago|peninsula|prefecture|territory))\b",
                       re.IGNORECASE)
# Capitalised words right before a troop noun ("US troops of some 54,000"):
# the nationality of a count read after its noun.
_NATIONALITY = re.compile(r"(?:[A-Z][\w.’']*\s+){1,3}$")
_DATELINE = re.compile(r"^\s*(?P<place>[A-Z][A-Z.'\- ]{2,30}?)\s*,\s*(?P<rest>.{0,40})")


@dataclass(frozen=True)
class Count:
    """A head-count in a sentence: the span of the whole phrase (qualifier,
    number, nationality, noun), its value and qualifier, and the span of the
    nationality words before the noun ("U.S." in "28,500 U.S. troops")."""

    start: int
    end: int
    value: float
    qualifier: str
    who_start: int
    who_end: int


@cache
def _qualifiers() -> str:
    """The qualifier words of data/numbers.toml ("about", "more than"…)."""
    words = sorted(data.config("numbers.toml")["qualifiers"], key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


@cache
def _qualifier_before() -> re.Pattern:
    return re.compile(rf"\b({_qualifiers()})\s+$", re.IGNORECASE)


@cache
def _patterns() -> tuple[re.Pattern, ...]:
    entry = lexicon()[TYPE]
    troops, force = entry["troops"], entry["force"]
    who = r"(?P<who>(?:[A-Z][\w.’']*\s+){0,3}?)"
    return (
        re.compile(rf"(?<![\w,.])(?P<n>{_NUMBER})\s+{who}"
                   rf"(?:active-duty\s+|military\s+)?{troops}\b"),
        re.compile(rf"(?<![\w,.])(?P<n>{_NUMBER})-strong\s+(?:the\s+)?{who}"
                   rf"(?:{force}|{'|'.join(entry['commands'])})\b"),
        re.compile(rf"(?P<who>)(?:military\s+)?{troops}\b[^.;%$]{{0,60}}?"
                   rf"\b(?:of|numbering|totall?ing)\s+(?:(?i:{_qualifiers()})\s+)?(?P<n>{_NUMBER})\b"
                   rf"(?!,?\d|\s*(?:{_NOT_TROOPS})\b)"),
    )


@cache
def _trigger() -> re.Pattern:
    return re.compile(lexicon()[TYPE]["troops"] + "|-strong")


@cache
def _places() -> re.Pattern:
    names = sorted(lexicon()[TYPE]["places"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


def _bases(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """(position, country) of each base or place of data/lexicon.toml named
    in `text[start:end]`: "Darwin" -> AUS."""
    places = lexicon()[TYPE]["places"]
    return [(p.start(), places[p.group()])
            for p in _places().finditer(text, start, len(text) if end is None else end)]


def extract(reading: Reading) -> list[Fact]:
    facts = []
    for sentence in reading.sentences:
        if not _trigger().search(sentence.text):
            continue
        for count in _counts(sentence.text):
            if count.value < 50 or _not_presence(sentence.text, count):
                continue
            named = _sender(sentence, count)
            host = _host(reading, sentence, count, named)
            sender = named or _deployer(reading, sentence, count, host) or \
                _list_sender(reading, sentence, count) or US_SIDE
            if host is None or host == sender:
                continue
            facts.append(reading.fact(
                sentence, TYPE, VERSION, country=host, counterpart=sender, value=count.value,
                unit="troops", qualifier=count.qualifier,
                period=_year(reading, sentence, count.end),
                status=status(sentence.text[max(0, count.start - 60):count.end],
                              STATUSES, "actual")))
    return facts


def _year(reading: Reading, sentence: SentenceReading, end: int) -> str | None:
    """The year a count is for, stated in its own clause after it ("200
    Marines landed there in 2012"), not a year of the rest of the sentence."""
    for mention in sentence.dates(reading.reference):
        if mention.start >= end and mention.lead in ("in", "since") and len(mention.date) >= 4 \
                and not re.search(r"[,;]", sentence.text[end:mention.start]):
            return mention.date[:4]
    return None


def _counts(text: str) -> list[Count]:
    """Every head-count of troops in `text`, in order, the longest reading of
    overlapping ones kept."""
    found = []
    for pattern in _patterns():
        for match in pattern.finditer(text):
            value = _value(match.group("n"))
            if value is None:
                continue
            start, who_start = match.start(), match.start("who")
            if match.start("who") == match.start() == match.end("who"):
                nationality = _NATIONALITY.search(text, max(0, start - 40), start)
                start = who_start = nationality.start() if nationality else start
            qualifier = _qualifier_before().search(text, max(0, match.start("n") - 25),
                                                   match.start("n"))
            if qualifier and qualifier.start() < start:
                start = qualifier.start()
            found.append(Count(start, match.end(), value,
                               numbers.qualifier(qualifier and qualifier.group(1)),
                               who_start, match.end("who")))
    chosen: list[Count] = []
    for count in sorted(found, key=lambda c: (c.start, -(c.end - c.start))):
        if not chosen or count.start >= chosen[-1].end:
            chosen.append(count)
    return chosen


def _value(token: str) -> float | None:
    """"28,500" -> 28500, "1.2 million" -> 1200000 (scales from data/numbers.toml)."""
    parts = token.split()
    value = numbers.parse_number(parts[0])
    if value is None:
        return None
    scales = data.config("numbers.toml")["scales"]
    return value * (float(scales.get(parts[-1].lower(), 1)) if len(parts) > 1 else 1)


# The auxiliaries between a count and its verb: "4,000 Marines are to be
# relocated", "3,000 troops will be withdrawn".
_PASSIVE_LEAD = re.compile(r"\s*(?:(?:are|were|will|would|could|may|might|is|be|been|being|set|due|"
                           r"slated|expected|scheduled|planned)\s+|to\s+)*", re.IGNORECASE)


def _not_presence(text: str, count: Count) -> bool:
    """Troops taking part in an exercise ("drills that involved nearly 18,000
    troops"), a count of two nations' troops, or a cut or move ("withdraw
    4,500 troops", "3,000 Marines are to be relocated to Guam")."""
    before = text[max(0, count.start - 40):count.start]
    after = text[count.end:count.end + 40]
    if cues(TYPE, "exercise").search(text) and (cues(TYPE, "taking_part").search(before)
                                                 or cues(TYPE, "taking_part").search(after)):
        return True
    if re.search(r"\band\b", text[count.who_start:count.who_end]):
        return True
    noun = text[count.who_end:count.end].split()
    if noun and noun[0].lower() == "personnel" and not cues(TYPE, "military").search(text):
        return True
    return bool(cues(TYPE, "reduction").search(before) or
                cues(TYPE, "reduction").match(after, _PASSIVE_LEAD.match(after).end()))


def _sender(sentence: SentenceReading, count: Count) -> str | None:
    """The nationality before the noun: "28,500 U.S. troops"."""
    for mention in sentence.mentions:
        if count.who_start <= mention.start < count.who_end:
            return mention.code
    return None


def _host(reading: Reading, sentence: SentenceReading, count: Count,
          sender: str | None) -> str | None:
    """The host of a count, read in the order the module's docstring gives."""
    text = sentence.text
    command = _command_host(sentence, count) or _row_host(reading, sentence, count)
    if command:
        return command
    place = _place_after(sentence, count.who_end, sender)
    if place:
        return place
    locative = _LOCATIVE.match(text[count.end:])
    if locative:
        if locative.group(1).lower() == "here":
            return _dateline_country(reading)
        return _place_before(reading, sentence, count.start, sender)
    if _hosted(text, count.start):
        return subject(reading, sentence, before=count.start, exclude={sender or US_SIDE}) \
            or _base_before(sentence, count.start)
    if sender and cues(TYPE, "upkeep").search(text):
        return subject(reading, sentence, before=count.start, exclude={sender})
    return None


# A list row: its first cell, then a colon, bar, tab or dash ("- Japan: about
# 55,000 troops", "South Korea | 28,500 troops").
_ROW = re.compile(r"^[\s*•·\-–—]*(?P<name>[^:|\t\n]{2,40}?)\s*(?::|\||\t|\s[–—-]\s)\s*")


def _row_host(reading: Reading, sentence: SentenceReading, count: Count) -> str | None:
    """The host a list row names in its first cell, for a count after it, on
    a line of its own ("- Japan: about 55,000 troops"), when the row or the
    heading says whose troops they are (a list of armies hosts nothing:
    "- Vietnam: 480,000 troops")."""
    row = _ROW.match(sentence.text)
    text = reading.doc.text
    if row is None or count.start < row.end() or \
            sentence.start > 0 and text[sentence.start - 1] != "\n":
        return None
    name = re.sub(r"^the\s+", "", row.group("name").strip(), flags=re.IGNORECASE)
    found = countries.find(name)
    if len(found) != 1 or found[0].end - found[0].start != len(name):
        return None
    return found[0].code if _sender(sentence, count) or _heading_force(reading) else None


def _list_sender(reading: Reading, sentence: SentenceReading, count: Count) -> str | None:
    """The sender of a list row's troops: the heading's (`_heading_force`)."""
    return _heading_force(reading) if _row_host(reading, sentence, count) else None


def _heading_force(reading: Reading) -> str | None:
    """The country whose forces the article's title or first line names
    ("Fact sheet: US forces in the Indo-Pacific")."""
    for heading in (reading.doc.title or "", reading.sentences[0].text):
        owner = next((m.code for m in countries.find(heading) if names_a_force(heading, m)), None)
        if owner:
            return owner
    return None


def _hosted(text: str, start: int) -> bool:
    """Whether a host verb governs the count at `start`: "Japan hosts some
    54,000 U.S. troops", not "Korea, which hosts 28,500 US troops, has an
    army of 500,000 soldiers" (another count stands between)."""
    verbs = list(cues(TYPE, "host").finditer(text, 0, start))
    return bool(verbs) and not re.search(r"\d|;", text[verbs[-1].end():start])


def _base_before(sentence: SentenceReading, before: int) -> str | None:
    """The country of the last base named before `before`: "the base on
    Okinawa houses 18,000 Marines"."""
    places = _bases(sentence.text, 0, before)
    return places[-1][1] if places else None


def _command_host(sentence: SentenceReading, count: Count) -> str | None:
    """The host a command's name gives: "USFK", "U.S. Forces Korea", "U.S.
    Forces in Japan", "Marine Rotational Force-Darwin"."""
    text = sentence.text
    name = text[count.who_start:count.end + 30]
    for acronym, host in lexicon()[TYPE]["commands"].items():
        if re.search(rf"\b{acronym}\b", name):
            return host
    if not re.search(r"(?i:forces?)$", text[count.start:count.end]):
        return None
    rest = count.end + re.match(r"[\s-]*(?:in\s+)?", text[count.end:]).end()
    named = [m.code for m in sentence.mentions if m.start == rest]
    named += [code for position, code in _bases(text, rest) if position == rest]
    return named[0] if named else None


def _place_after(sentence: SentenceReading, start: int, sender: str | None) -> str | None:
    """The country or base after "in", "at", "through" in the count's clause;
    none for a count spread over several ("across Japan and South Korea")."""
    text = sentence.text
    candidates = [(m.start, m.code) for m in sentence.mentions if m.start >= start]
    for position, code in sorted(candidates + _bases(text, start)):
        if code != sender and _HOST_AFTER.match(text[start:position]):
            return None if _several(sentence, position) else code
    return None


def _several(sentence: SentenceReading, position: int) -> bool:
    """Whether the country at `position` starts a list ("Japan and South
    Korea"); "Japan, and Washington has…" is a new clause, not a list."""
    group = group_after(sentence, position, max_words=0)
    return len(group) > 2 or len(group) == 2 and re.fullmatch(
        r"\s+(and|or)\s+(the\s+)?", sentence.text[group[0].end:group[1].start]) is not None


def _place_before(reading: Reading, sentence: SentenceReading, before: int,
                  sender: str | None) -> str | None:
    """What "there" points to: the nearest country or base named before in
    the sentence (asides included: "which trains in Australia"), else in the
    sentences before."""
    text = sentence.text
    candidates = [(m.start, m.code) for m in sentence.mentions if m.start < before]
    for _, code in sorted(candidates + _bases(text, 0, before), reverse=True):
        if code != (sender or US_SIDE):
            return code
    return reading.antecedent(sentence.index, {sender or US_SIDE})


def _deployer(reading: Reading, sentence: SentenceReading, count: Count,
              host: str | None) -> str | None:
    """The sender as subject: "Japan has deployed 500 troops to the Philippines"."""
    if host is None or not cues(TYPE, "send").search(sentence.text[:count.start]):
        return None
    return subject(reading, sentence, before=count.start, exclude={host})


def _dateline_country(reading: Reading) -> str | None:
    """The country of the article's dateline ("SEOUL, Feb. 10 (Xinhua) --",
    "BRISBANE, Australia —"), which "here" refers to."""
    for sentence in reading.sentences[:30]:
        match = _DATELINE.match(sentence.text)
        if not match:
            continue
        code = countries.resolve(match.group("place").strip())
        if code is None:
            found = countries.find(match.group("rest"))
            code = found[0].code if found and found[0].start < 3 else None
        if code:
            return code
    return None

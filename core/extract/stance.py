"""Stances: where a country stands toward the US-led side (or China), as the
text says it.

A cue from `data/stance_cues.csv` ("is especially reluctant", "seeking closer
ties with", "cautious of", "balance between") attributes a position to the
coordinated countries right before it: "Australia and the Philippines are
more willing to cooperate" gives two facts. Negation flips the label ("not
willing"), a question or an if-clause gives nothing, and a person who is not
a government's voice ("a Japanese professor") gives nothing. `holder` says
whose stance it is: the government, or the public ("public opinion",
"South Koreans").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from core import data
from core.extract.reading import (US_SIDE, Reading, SentenceReading, group_before,
                                  without_asides)
from core.model import Fact

TYPE = "stance"
VERSION = "1"
NOT_HOLDERS = {US_SIDE, "NATO"}

_NEGATION = re.compile(r"\b(not|no longer|never|hardly|rather than|instead of|n[’']t)\b", re.IGNORECASE)
_FLIP = {"aligned": "reluctant", "leaning": "reluctant", "reluctant": "leaning",
         "opposed": "leaning", "hedging": None}
_HYPOTHETICAL = re.compile(r"\b(if|unless|whether|suppose|supposing|were\s+\w+\s+to)\b[^,;]*$",
                           re.IGNORECASE)
_RECEIVED = re.compile(r"\b(met|greeted|received|viewed|seen|regarded)\s+with\b|\bfaced\b|\bdrew\b",
                       re.IGNORECASE)
_PUBLIC = re.compile(r"\b(public|opinion|voters|citizens|people|population|polls?|surveys?|"
                     r"respondents|electorate)\b", re.IGNORECASE)
_PERSON = re.compile(r"^\s*(professor|analyst|expert|scholar|academic|researcher|journalist|"
                     r"writer|commentator|economist|businessman|businesswoman|artist|student|"
                     r"author|historian|think tank|novelist|blogger)", re.IGNORECASE)
_AGAINST_CHINA = re.compile(r"\b(against|confront\w*|counter\w*|deter\w*|contain\w*|"
                            r"war\s+with|conflict\s+with|attack\w*|anti-|criticis\w*|"
                            r"criticiz\w*|challeng\w*|provok\w*|antagoni\w*|sanction\w*)",
                            re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    label: str
    object_required: bool
    pattern: re.Pattern


@cache
def _cues() -> tuple[Cue, ...]:
    return tuple(Cue(row["label"], row["object"] == "required",
                     re.compile(row["cue"], re.IGNORECASE))
                 for row in data.table("stance_cues.csv"))


@cache
def _any_cue() -> re.Pattern:
    return re.compile("|".join(f"(?:{cue.pattern.pattern})" for cue in _cues()), re.IGNORECASE)


def _matches(text: str) -> list[tuple[re.Match, Cue]]:
    """Cue matches in `text`; where two overlap, the longer is kept."""
    if not _any_cue().search(text):
        return []
    found = [(m, cue) for cue in _cues() for m in cue.pattern.finditer(text)]
    found.sort(key=lambda item: (item[0].start(), -(item[0].end() - item[0].start())))
    kept: list[tuple[re.Match, Cue]] = []
    for match, cue in found:
        if any(match.start() < k.end() and k.start() < match.end() for k, _ in kept):
            continue
        kept.append((match, cue))
    return kept


def extract(reading: Reading) -> list[Fact]:
    facts: list[Fact] = []
    for sentence in reading.sentences:
        if not sentence.mentions or sentence.text.rstrip().endswith("?"):
            continue
        seen: set[tuple[str, str]] = set()
        for match, cue in _matches(sentence.text):
            for fact in _stances(reading, sentence, match, cue):
                if (fact.country, fact.label) not in seen:
                    seen.add((fact.country, fact.label))
                    facts.append(fact)
    return facts


def _stances(reading: Reading, original: SentenceReading, match: re.Match, cue: Cue):
    sentence = without_asides(original)
    text = sentence.text
    group = [m for m in group_before(sentence, match.start())
             if m.code not in NOT_HOLDERS and not _PERSON.match(text[m.end:])]
    if not group:
        return
    clause_start = max(0, group[0].start - 60)
    if _HYPOTHETICAL.search(text[clause_start:group[0].start]):
        return
    gap = text[group[-1].end:match.start()]
    if _RECEIVED.search(gap):
        return
    if _third_country_object(sentence, match, {m.start for m in group}):
        return
    counterpart = _counterpart(sentence, match, {m.start for m in group})
    if cue.label == "hedging":
        counterpart = US_SIDE  # between the two sides: recorded toward the US-led side
    if counterpart is None:
        if cue.object_required:
            return
        counterpart = US_SIDE
    label = cue.label
    if _NEGATION.search(gap):
        label = _FLIP[label]
        if label is None:
            return
    holder = _holder(text, group, match.start())
    for mention in group:
        if mention.code == counterpart:
            continue
        yield reading.fact(original, TYPE, VERSION, confidence=0.7, country=mention.code,
                           counterpart=counterpart, label=label, holder=holder)


def _counterpart(sentence: SentenceReading, match: re.Match, group_starts: set[int]) -> str | None:
    """The side a stance is toward: the US or China named within the cue or
    just after it; China counts only as the object itself ("wary of China"),
    not in "a coalition against China", which is the US-led side."""
    for mention in sentence.mentions:
        if mention.start < match.start() or mention.start in group_starts:
            continue
        if mention.start > match.end() + 60:
            break
        if mention.code == US_SIDE:
            return US_SIDE
        if mention.code == "CHN":
            between = sentence.text[match.start():mention.start]
            return US_SIDE if _AGAINST_CHINA.search(between) else "CHN"
        return None
    return None


def _third_country_object(sentence: SentenceReading, match: re.Match,
                          group_starts: set[int]) -> bool:
    """Whether the cue is about a country other than the US or China ("has
    refused to condemn Russia"): one named within a few words after the cue,
    before either of them, and not as a comparison ("more reluctant than
    Japan")."""
    for mention in sentence.mentions:
        if mention.start < match.end() or mention.start in group_starts:
            continue
        gap = sentence.text[match.end():mention.start]
        if len(gap.split()) > 3 or re.search(r"\b(than|as)\b",
                                             sentence.text[match.start():mention.start]):
            return False
        return mention.code not in (US_SIDE, "CHN", "NATO")
    return False


def _holder(text: str, group, cue_start: int) -> str:
    around = text[max(0, group[0].start - 25):cue_start]
    plural_demonym = any(m.kind == "demonym" and m.text.endswith("s") for m in group)
    return "public" if plural_demonym or _PUBLIC.search(around) else "government"

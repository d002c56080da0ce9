"""Memberships: countries named as members of a framework, considering
joining it, or withdrawn from it (frameworks and their names in
`data/frameworks.csv`, linking phrases in `data/lexicon.toml`).

"the Quad security alliance, which includes India, Japan, Australia, and the
United States" -> four members; "Australia, Japan, New Zealand and the U.K.
are CPTPP members, whereas South Korea is contemplating becoming a member" ->
four members and KOR considering; "before President Trump withdrew in 2017"
-> USA withdrawn from the framework the sentence names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from core import data
from core.extract.reading import Reading, SentenceReading, group_after, group_before, lexicon
from core.model import Fact

TYPE = "membership"
VERSION = "1"
NOT_MEMBERS = {"EU", "NATO"}


@dataclass(frozen=True)
class FrameworkMention:
    start: int
    end: int
    id: str


@cache
def _frameworks() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((row["id"], re.compile(row["pattern"])) for row in data.table("frameworks.csv"))


@cache
def _any_framework() -> re.Pattern:
    return re.compile("|".join(f"(?:{p.pattern})" for _, p in _frameworks()))


@cache
def _links() -> dict[str, re.Pattern]:
    return {name: re.compile(pattern, re.IGNORECASE)
            for name, pattern in lexicon()[TYPE].items()}


def find_frameworks(text: str) -> list[FrameworkMention]:
    """Every framework named in `text`, in order."""
    found = []
    for match in _any_framework().finditer(text):
        for framework, pattern in _frameworks():
            if pattern.fullmatch(match.group()):
                found.append(FrameworkMention(match.start(), match.end(), framework))
                break
    return found


def extract(reading: Reading) -> list[Fact]:
    facts: list[Fact] = []
    for sentence in reading.sentences:
        if not sentence.mentions:
            continue
        frameworks = find_frameworks(sentence.text)
        if not frameworks:
            continue
        found: dict[tuple[str, str], str] = {}
        for framework in frameworks:
            for code in _members(sentence, framework):
                found.setdefault((code, framework.id), "member")
        for status in ("considering", "withdrawn"):
            for code, framework_id in _changes(sentence, frameworks, status):
                found[(code, framework_id)] = status
        for (code, framework_id), status in found.items():
            facts.append(reading.fact(sentence, TYPE, VERSION, confidence=0.75,
                                      country=code, framework=framework_id, status=status))
    return facts


def _members(sentence: SentenceReading, framework: FrameworkMention) -> list[str]:
    text = sentence.text
    links = _links()
    lead = links["after"].match(text[framework.end:])
    if lead:
        group = group_after(sentence, framework.end + lead.end(), max_words=1)
        if len(group) >= 2 or lead.group().strip():
            return _codes(group)
    before = links["member_before"].search(text[max(0, framework.start - 160):framework.start])
    if before:
        cue_start = framework.start - (min(160, framework.start) - before.start())
        return _codes(group_before(sentence, cue_start, max_words=6))
    if links["member_after"].match(text[framework.end:]):
        return _codes(group_before(sentence, framework.start, max_words=3))
    return []


def _changes(sentence: SentenceReading, frameworks: list[FrameworkMention], status: str):
    """(country, framework) pairs for a "considering" or "withdrawn" cue: the
    countries right before the cue, and the framework named nearest before it
    (or, if none is before it, the first one after)."""
    for cue in _links()[status].finditer(sentence.text):
        group = _codes(group_before(sentence, cue.start(), max_words=4))
        if not group:
            continue
        earlier = [f for f in frameworks if f.end <= cue.start()]
        framework = earlier[-1] if earlier else frameworks[0]
        for code in group:
            yield code, framework.id


def _codes(group) -> list[str]:
    return [m.code for m in group if m.code not in NOT_MEMBERS]

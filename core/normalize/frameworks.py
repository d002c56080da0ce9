"""Frameworks (alliances, partnerships, trade pacts, industrial programmes)
named in a text, as the contract's short ids ("the Quadrilateral Security
Dialogue" -> QUAD, "Aukus" -> AUKUS). Names, their re-worded variants and
the sizes of closed groupings come from `data/frameworks.csv`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from core import data


@dataclass(frozen=True)
class FrameworkMention:
    start: int  # at the name, or at the quote that opens it
    end: int  # past the name, its closing quote and an acronym in brackets after it
    id: str


@cache
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((row["id"], re.compile(row["pattern"])) for row in data.table("frameworks.csv"))


@cache
def sizes() -> dict[str, int]:
    return {row["id"]: int(row["size"]) for row in data.table("frameworks.csv") if row["size"]}


@cache
def _any_framework() -> re.Pattern:
    return re.compile("|".join(f"(?:{p.pattern})" for _, p in _patterns()))


# "non-ASEAN signatories", "non-Quad members": not the framework's members.
_NON = re.compile(r"\bnon[- ]$", re.IGNORECASE)
# A name in quotes ("the ‘Quad’") is a mention with its quotes.
_QUOTES = {"‘": "’", "“": "”", "'": "'", '"': '"'}
_ACRONYM = re.compile(r"\s*\(\s*(the\s+)?[A-Z][A-Za-z-]{1,10}\s*\)")


def find(text: str) -> list[FrameworkMention]:
    """Every framework named in `text`, in order; a name in quotes or
    followed by its acronym in brackets ("Association of Southeast Asian
    Nations (ASEAN)") is one mention, and "non-ASEAN" is none."""
    found = []
    for match in _any_framework().finditer(text):
        for framework, pattern in _patterns():
            if pattern.fullmatch(match.group()):
                if _NON.search(text, max(0, match.start() - 4), match.start()):
                    break
                if found and found[-1].id == framework and found[-1].end > match.start():
                    break
                start, end = match.span()
                if 0 < start and end < len(text) and _QUOTES.get(text[start - 1]) == text[end]:
                    start, end = start - 1, end + 1
                acronym = _ACRONYM.match(text, end)
                found.append(FrameworkMention(start, acronym.end() if acronym else end, framework))
                break
    return found

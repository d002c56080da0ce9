"""Countries: names, abbreviations, capitals, demonyms and leaders to ISO3.

Canonical codes and names come from pycountry; the names news actually uses
(`data/country_aliases.csv`) are added on top. All aliases are compiled into
one regular expression, longest first, so "South China Sea" is a place and
not China, and "North Korea" is never read as "Korea".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pycountry

from core import data

BLOCS = {"EU": "European Union", "NATO": "NATO"}
IGNORE = "-"


@dataclass(frozen=True)
class Mention:
    """A country named in a text: `text[start:end]`, its code and how it was named."""

    start: int
    end: int
    code: str
    kind: str
    text: str


class CountryIndex:
    def __init__(self, aliases: dict[str, tuple[str, str]]) -> None:
        self.aliases = aliases
        names = sorted(aliases, key=len, reverse=True)
        alternation = "|".join(re.escape(name) for name in names)
        # A name can only start with one of the names' first letters: checked
        # first, it spares trying every name at most positions of a text.
        first = "".join(sorted({re.escape(name[0]) for name in names}))
        self._pattern = re.compile(rf"(?<![\w.])(?=[{first}])(?:{alternation})(?![\w]|\.\w)")
        self._folded = {name.casefold(): value for name, value in aliases.items()}

    def find(self, text: str) -> list[Mention]:
        """Every country named in `text`, in order (place names that merely
        contain a country's name are left out)."""
        found = []
        for match in self._pattern.finditer(text):
            code, kind = self.aliases[match.group()]
            if code != IGNORE:
                found.append(Mention(match.start(), match.end(), code, kind, match.group()))
        return found

    def resolve(self, name: str) -> str | None:
        """The code for one name ("Seoul" -> KOR), case-insensitive; None if unknown."""
        value = self._folded.get(name.strip().casefold())
        if value is None:
            found = self.find(name)
            return found[0].code if len(found) == 1 else None
        return None if value[0] == IGNORE else value[0]


@cache
def index() -> CountryIndex:
    aliases: dict[str, tuple[str, str]] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name and "," not in name:
                aliases[name] = (country.alpha_3, "name")
    for row in data.table("country_aliases.csv"):
        aliases[row["alias"]] = (row["code"], row["kind"])
    return CountryIndex(aliases)


def find(text: str) -> list[Mention]:
    return index().find(text)


def resolve(name: str) -> str | None:
    return index().resolve(name)


@cache
def name(code: str) -> str:
    """A readable name for a code: "KOR" -> "South Korea", "EU" -> "European Union"."""
    if code in BLOCS:
        return BLOCS[code]
    if code == "ALL":
        return "All imports"
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name

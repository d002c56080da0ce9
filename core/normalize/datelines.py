"""Where a text states its own date: page stamps and wire datelines.

A *stamp* is page metadata: a "date 2022-11-29" header, a "Published : Nov.
13, 2016 - 18:31" or "Updated: 2021-06-14 09:30" label, a line that is only
a date ("21 Dec, 2021 01:13", "Wednesday, 22 March 2023"), or a date among
the "|" or "/" separated fields of a byline ("Source: Xinhua| 2019-02-10
14:49:39|Editor: …"). A *dateline* opens a wire story: "TOKYO, March 14,
2025 (Reuters) -", "SEOUL, Jan. 3 (Yonhap) --", "HANOI, April 3, 2025 -",
"BANGKOK, June 3, 2024 /PRNewswire/ --",
"SEOUL (Sputnik - 01st September, 2021)". Both date the page, not what happened; the ingest reads
the publication date from them and the event extractor leaves them out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from core.normalize import dates

_FULL = (rf"(?:{dates.WEEKDAY}?(?:{dates.MONTHS}\s+{dates.DAY},?\s+{dates.YEAR}"
         rf"|{dates.DAY}\s+{dates.MONTHS},?\s+{dates.YEAR})|{dates.ISO}(?:T[\d:]+)?)")
_TIME = (r"(?:\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*[aApP]\.?[mM]\.?)?"
         r"(?:\s+[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d\d)?)?)?)")
# What may follow a page's date on its line: "Updated 2 hours ago", "| 3 min
# read", "Source: Xinhua".
_AFTER = (r"(?:\s*(?:\||·|•)?\s*(?:(?:Last\s+)?[Uu]pdated\b|\d+\s+min(?:ute)?s?\s+read\b|"
          r"(?:Source|Editor|By)\s*:).*)?")
# Capitalised, as a page prints them: "the report was published on May 3"
# in a sentence is no label.
_LABEL = (r"(?:(?:Published|PUBLISHED|Updated|UPDATED|Last [Uu]pdated|First [Pp]ublished|"
          r"Posted|POSTED)(?:\s+by\s+[^|:]{1,40}?)?(?:\s+on)?\s*:?|Date\s*:)")


@dataclass(frozen=True)
class Stamp:
    """A self-dating stretch of text, `text[start:end]`: `date` is its ISO
    day (None for a dateline without a year and no year to give it), `kind`
    one of header, published, updated, alone, fields, dateline."""

    start: int
    end: int
    date: str | None
    kind: str


@cache
def _patterns() -> dict[str, re.Pattern]:
    tail = rf"(?:\s*(?:[-–—,|]|at)?\s*{_TIME})?"
    return {
        "header": re.compile(rf"^\s*date\s+(?P<date>{dates.ISO})\b", re.IGNORECASE),
        # "Published: May 3, 2024", "Published 5:12 AM GMT+9, June 20, 2025"
        "label": re.compile(rf"\b(?P<label>{_LABEL})\s*(?:{_TIME},?\s+)?(?P<date>{_FULL}){tail}"),
        "alone": re.compile(rf"^\s*(?:{_TIME},?\s+)?(?P<date>{_FULL}),?{tail}{_AFTER}\s*$"),
        # "TAIPEI (Taipei Times) — Dec 1, 2023", "MANILA, Philippines (AP) — March 19, 2024"
        # on a line of their own: a dateline giving only the page's date
        "placed": re.compile(rf"^\s*[A-Z][\w.'’ ,-]{{1,40}}?\s*\([^()]{{2,40}}\)\s*(?:--|—|–|-)\s*"
                             rf"(?P<date>{_FULL}){tail}\s*$"),
        "dateline": re.compile(
            rf"^\s*(?:\([^()]{{2,60}}\)\s*)?(?P<place>[A-Z][\w.'’ /-]{{1,40}}?(?:,\s*[A-Z][\w. ]{{1,30}}?)?),\s+"
            rf"(?P<date>{dates.MONTHS}\s+{dates.DAY}\b(?:,?\s+{dates.YEAR})?)\s*"
            rf"(?:\((?P<agency>[^()]{{2,40}})\)|/(?P<wire>[A-Za-z][^/]{{1,40}})/)?\s*\.?\s*(?:--|—|–|-|:)"),
        "agency": re.compile(
            rf"^\s*[A-Z][\w.'’ ,-]{{1,40}}?\s*\([^()]{{2,60}}?\s[-–—,]\s*(?P<date>{_FULL})\)"),
    }


def _iso(expression: str) -> str | None:
    parsed = dates.parse(expression[:10] if re.match(dates.ISO, expression) else expression)
    return parsed if parsed and len(parsed) == 10 else None


def stamp(line: str) -> Stamp | None:
    """The page stamp a line is or opens with, or None. A labelled date
    ("Published: …") may stand anywhere in a short byline line."""
    patterns = _patterns()
    match = patterns["header"].match(line)
    if match:
        return Stamp(match.start(), match.end(), _iso(match.group("date")), "header")
    match = patterns["alone"].match(line)
    if match:
        return Stamp(0, len(line), _iso(match.group("date")), "alone")
    match = patterns["placed"].match(line)
    if match:
        return Stamp(0, len(line), _iso(match.group("date")), "published")
    if len(line) <= 160:
        match = patterns["label"].search(line)
        if match and (match.start() == 0 or len(line.split()) <= 16):
            kind = "updated" if "update" in match.group("label").lower() else "published"
            return Stamp(match.start(), match.end(), _iso(match.group("date")), kind)
        fields = re.split(r"\s*[|/]\s*", line)
        if len(fields) > 1:
            for field in fields:
                found = patterns["alone"].match(field)
                if found:
                    return Stamp(0, len(line), _iso(found.group("date")), "fields")
    return None


def _wire_place(place: str) -> bool:
    """Whether a dateline's place is in the capitals wire copy prints it in
    ("HANOI", "PHNOM PENH, Cambodia"): then a plain hyphen may end the
    dateline ("HANOI, April 3, 2025 - …"), where "Hanoi, April 3 - …" could
    open an ordinary sentence."""
    city = place.split(",")[0].strip()
    return len(city) >= 3 and city.isupper()


def dateline(text: str, reference: date | None = None) -> Stamp | None:
    """The wire dateline `text` opens with, or None. A dateline without a
    year ("SEOUL, Jan. 3 (Yonhap) --") takes `reference`'s year; without a
    reference its date is None."""
    patterns = _patterns()
    match = patterns["agency"].match(text)
    if match:
        return Stamp(match.start(), match.end(), _iso(match.group("date")), "dateline")
    match = patterns["dateline"].match(text)
    if not match or not (match.group("agency") or match.group("wire") or re.search(r"--|—|–", match.group())
                         or _wire_place(match.group("place"))):
        return None
    parsed = _iso(match.group("date")) or dates.parse(match.group("date"), reference)
    if parsed and len(parsed) == 10 and reference and not re.search(dates.YEAR, match.group("date")):
        # a dateline never post-dates its page: "Dec. 31" on a January 1 page is last year's
        if date.fromisoformat(parsed) > reference + timedelta(days=2):
            parsed = f"{reference.year - 1}{parsed[4:]}"
    return Stamp(match.start(), match.end(),
                 parsed if parsed and len(parsed) == 10 else None, "dateline")

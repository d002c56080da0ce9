"""Title, outlet and publication date where a plain-text article states them.

News pages saved as text usually open with the outlet's name, a date line
and the headline, and close with a "Discover more from …" or "News>…" line.
Nothing is guessed: a field the text does not state stays None.
"""
from __future__ import annotations

import re

from core.ingest.boilerplate import is_boilerplate_line
from core.normalize import dates, datelines

_HEAD_LINES = 8
_DATE_LINES = 12  # a page's own date stands within its first dozen lines
# Which stamp wins where a page has several: its label or header, then a
# line that is only a date, then "Updated:", then a wire dateline.
_RANK = {"header": 1, "published": 1, "alone": 2, "fields": 2, "updated": 3, "dateline": 4}
_OUTLET_PATTERNS = (
    re.compile(r"^Discover more from\s+(?P<name>[^|\n]{2,60}?)\s*(?:\||$)", re.I),
    re.compile(r"^Subscribe to\s+(?P<name>[A-Z][^|\n]{2,40}?)\s*$"),
    re.compile(r"^News\s*>\s*(?P<name>[^\n]{2,40}?)\s*$", re.I),
    re.compile(r"^(?:Source|Published by|Copyright ©?\s*\d{0,4})\s*:?\s*(?P<name>[A-Z][^\n]{2,40}?)\s*$"),
)


def _head(text: str, count: int = _HEAD_LINES) -> list[str]:
    lines = (line.strip() for line in text.split("\n"))
    return [line for line in lines if line and not is_boilerplate_line(line)][:count]


def published(text: str) -> str | None:
    """ISO date the page states for itself near its top: a "date …" header or
    a "Published:" label first, then a line that is only a date (a Hansard
    sitting day, "21 Dec, 2021 01:13") or a date among a byline's fields
    ("Source: Xinhua| 2019-02-10 14:49:39|…"), then an "Updated:" label, then
    a wire dateline with its year. A dateline without a year ("SEOUL, Jan. 3
    (Yonhap) --") counts only where a full date elsewhere in the text
    confirms its month and day. A date in a caption or a sentence is never
    the page's own."""
    found: dict[int, str] = {}
    for line in _head(text, _DATE_LINES):
        for stamp in (datelines.stamp(line), datelines.dateline(line)):
            if stamp and stamp.date:
                found.setdefault(_RANK[stamp.kind], stamp.date)
    if found:
        return found[min(found)]
    return _confirmed_dateline(text)


def _confirmed_dateline(text: str) -> str | None:
    """The date of a yearless dateline that a full date of the text
    confirms (a caption's "10 September 2023" under "Hanoi, Sep 10 (EFE)")."""
    for line in _head(text, _DATE_LINES):
        if datelines.dateline(line) is None:
            continue
        for mention in dates.find(text):
            if len(mention.date) != 10:
                continue
            anchored = datelines.dateline(line, dates.iso_to_date(mention.date))
            if anchored and anchored.date == mention.date:
                return mention.date
    return None


def outlet(text: str) -> str | None:
    """The outlet's name from a sign-off line, or from a short name line that
    stands directly above the date line."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for line in reversed(lines[-12:]):
        for pattern in _OUTLET_PATTERNS:
            match = pattern.match(line)
            if match:
                return match.group("name").strip()
    head = _head(text)
    for above, line in zip(head, head[1:]):
        if _is_date_line(line) and _is_name_line(above):
            return above
    return None


def title(text: str) -> str | None:
    """The headline: the first line near the top that reads as one (5 to 30
    words, no closing full stop, not a date); else the first sentence, cut.
    A page's date lines and the "date …" header before a headline are never
    part of it."""
    head = [_without_header(line) for line in _head(text)]
    for line in head[:5]:
        words = line.split()
        if (5 <= len(words) <= 30 and not line.endswith(".")
                and datelines.stamp(line) is None and not _is_name_line(line)):
            return line
    prose = [line for line in head if line and datelines.stamp(line) is None]
    if not prose:
        return None
    first = re.split(r"(?<=[.!?])\s", prose[0], maxsplit=1)[0]
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "…"


def _is_name_line(line: str) -> bool:
    words = line.split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() for w in words) and \
        not line.endswith((".", "?", "!"))


def _is_date_line(line: str) -> bool:
    """A line that is a date, or a labelled one ("Published: …"); not a
    byline whose fields hold one."""
    stamp = datelines.stamp(line)
    return stamp is not None and stamp.kind in ("alone", "published", "updated")


def _without_header(line: str) -> str:
    """A line with a leading "date 2022-11-29" header cut off."""
    stamp = datelines.stamp(line)
    return line[stamp.end:].strip() if stamp and stamp.kind == "header" else line

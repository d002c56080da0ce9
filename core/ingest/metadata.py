"""Title, outlet and publication date where a plain-text article states them.

News pages saved as text usually open with the outlet's name, a date line
and the headline, and close with a "Discover more from …" or "News>…" line.
Nothing is guessed: a field the text does not state stays None.
"""
from __future__ import annotations

import re

from core.ingest.boilerplate import is_boilerplate_line
from core.normalize import dates

_HEAD_LINES = 8
_OUTLET_PATTERNS = (
    re.compile(r"^Discover more from\s+(?P<name>[^|\n]{2,60}?)\s*(?:\||$)", re.I),
    re.compile(r"^Subscribe to\s+(?P<name>[A-Z][^|\n]{2,40}?)\s*$"),
    re.compile(r"^News\s*>\s*(?P<name>[^\n]{2,40}?)\s*$", re.I),
    re.compile(r"^(?:Source|Published by|Copyright ©?\s*\d{0,4})\s*:?\s*(?P<name>[A-Z][^\n]{2,40}?)\s*$"),
)
_DATELINE = re.compile(
    r"^(?:(?:Published|Updated|Posted)(?:\s+on)?:?\s*)?(?P<date>[A-Za-z]{3,9},?\s+[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
    r"|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}|\d{4}-\d\d-\d\d)"
    r"(?:\s+(?:at\s+)?\d{1,2}:\d\d.*)?$")


def _head(text: str) -> list[str]:
    lines = (line.strip() for line in text.split("\n"))
    return [line for line in lines if line and not is_boilerplate_line(line)][:_HEAD_LINES]


def published(text: str) -> str | None:
    """ISO date of a line near the top that is only a date ("Tuesday, Jul 01, 2025")."""
    for line in _head(text):
        match = _DATELINE.match(line)
        if match:
            parsed = dates.parse(match.group("date"))
            if parsed and len(parsed) == 10:
                return parsed
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
        if _DATELINE.match(line) and _is_name_line(above):
            return above
    return None


def title(text: str) -> str | None:
    """The headline: the first line near the top that reads as one (5 to 30
    words, no closing full stop, not a date); else the first sentence, cut."""
    head = _head(text)
    for line in head[:5]:
        words = line.split()
        if (5 <= len(words) <= 30 and not line.endswith(".")
                and not _DATELINE.match(line) and not _is_name_line(line)):
            return line
    if not head:
        return None
    first = re.split(r"(?<=[.!?])\s", head[0], maxsplit=1)[0]
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "…"


def _is_name_line(line: str) -> bool:
    words = line.split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() for w in words) and \
        not line.endswith((".", "?", "!"))

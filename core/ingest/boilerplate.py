"""Which lines of an article are boilerplate (`data/boilerplate.toml`).

Marked, never cut: a related-headlines block (from its label to the end of
the document), photo credits, caption toggles, share and subscribe prompts,
section labels of aggregator pages.
"""
from __future__ import annotations

import re
from functools import cache

from core import data


@cache
def _rules() -> tuple[frozenset[str], re.Pattern]:
    config = data.config("boilerplate.toml")
    labels = frozenset(label.casefold() for label in config["section_labels"])
    line = re.compile("|".join(f"(?:{p})" for p in config["line_patterns"]), re.IGNORECASE)
    return labels, line


def is_boilerplate_line(line: str) -> bool:
    """True for a single line that is page furniture (a credit, a prompt, a label)."""
    labels, line_pattern = _rules()
    stripped = line.strip()
    return stripped.rstrip(":").casefold() in labels or bool(line_pattern.match(stripped))


def boilerplate_lines(text: str) -> set[int]:
    """Numbers (0-based) of the lines of `text` that are boilerplate."""
    labels, line_pattern = _rules()
    marked: set[int] = set()
    lines = text.split("\n")
    for number, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.rstrip(":").casefold() in labels:
            marked.update(range(number, len(lines)))
            break
        if line_pattern.match(stripped):
            marked.add(number)
    return marked

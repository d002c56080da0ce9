"""What the figure extractors share: where a figure's period is, and whether
a percentage is a change ("by 8.3%", "an 8% rise") or a share of GDP."""
from __future__ import annotations

import re

from core.extract.reading import SentenceReading, cues
from core.normalize.numbers import Quantity


def period(sentence: SentenceReading, quantity: Quantity, reference=None) -> str | None:
    """The year a figure is for: a target year ("by 2027") or a year right
    after it ("by 8.3% in 2026"), else a budget year anywhere in the sentence
    ("the budget for 2025", "fiscal 2026"). Relative years ("next year")
    count only against the article's publication date, `reference`."""
    after = [d for d in sentence.dates(reference)
             if d.start >= quantity.end and d.start - quantity.end <= 60 and len(d.date) >= 4]
    for mention in after:
        if mention.lead in ("by", "in", "for", "until", "") and mention.kind != "span":
            if mention.kind == "relative" and len(mention.date) == 4:
                return mention.date
            return mention.date[:4] if mention.lead != "" or len(mention.date) == 4 else mention.date
    budget_year = [d for d in sentence.dates(reference) if d.kind != "span" and (
        d.lead == "for" or "fiscal" in sentence.text[max(0, d.start - 12):d.start].lower())]
    return budget_year[0].date[:4] if budget_year else None


def is_change(sentence: SentenceReading, quantity: Quantity) -> bool:
    """A growth figure: "increase … by 8.3%", "an 8.3% rise", "from 25% to 50%"."""
    if quantity.form == "change":
        return True
    before = sentence.text[max(0, quantity.start - 60):quantity.start]
    after = sentence.text[quantity.end:quantity.end + 40]
    verbs = cues("defense_spending", "change_verb")
    if re.search(r"\bby\s*$", before, re.IGNORECASE) and verbs.search(before):
        return True
    if re.search(rf"(?:{verbs.pattern})\s*$", before, re.IGNORECASE):
        return True
    return bool(cues("defense_spending", "change_noun").match(after))


def near(text: str, start: int, end: int, pattern, before: int = 40, after: int = 40) -> bool:
    """Whether `pattern` matches within `before`/`after` characters of a span."""
    return bool(pattern.search(text[max(0, start - before):start]) or
                pattern.search(text[end:end + after]))

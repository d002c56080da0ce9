"""Numbered source citations for whatever an export shows: one number per
document, ranked so that the document behind most of the shown facts is [1]
(ties: the newest publication first, then the document id). An image's
footer names the first few and says how many more there are; the CSV beside
it carries every one, so the footer stays the same size at any store size."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

FOOTER_LINES = 8
TITLE_CHARS = 52
OUTLET_CHARS = 28


@dataclass(frozen=True)
class Citation:
    number: int
    doc: str
    outlet: str | None
    title: str | None
    published: str | None
    facts: int = 1

    def text(self, title_chars: int | None = None) -> str:
        """"[1] Defence Talks, “Title”, 2025-07-01 (document 004_….txt)"; the
        title cut to `title_chars` characters (and the outlet to
        OUTLET_CHARS) when given, to fit one line of a footer."""
        title, outlet = self.title or self.doc, self.outlet or "outlet not stated"
        if title_chars:
            title, outlet = _cut(title, title_chars), _cut(outlet, OUTLET_CHARS)
        parts = [outlet, f"“{title}”", self.published or "undated"]
        return f"[{self.number}] " + ", ".join(parts) + f" (document {self.doc})"


def ranked(sources: pd.DataFrame) -> list[Citation]:
    """Citations from a frame of sources (doc, title, outlet, published,
    facts: as core.queries.sources gives), numbered most facts first."""
    if sources.empty:
        return []
    order = sources.assign(_published=sources["published"].fillna("").astype(str)) \
        .sort_values(["facts", "_published", "doc"], ascending=[False, False, True])
    return [Citation(number, row["doc"], _text(row["outlet"]), _text(row["title"]),
                     _text(row["published"]), int(row["facts"]))
            for number, row in enumerate(order.to_dict("records"), start=1)]


def numbered(facts: pd.DataFrame) -> list[Citation]:
    """One citation per document behind `facts` (a frame from core.queries.facts)."""
    if facts.empty:
        return []
    grouped = facts.groupby("doc", sort=False)
    sources = grouped[["title", "outlet", "published"]].first()
    sources["facts"] = grouped.size()
    return ranked(sources.reset_index())


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _text(value) -> str | None:
    return value if isinstance(value, str) and value else None


def footer(citations: list[Citation], limit: int = FOOTER_LINES) -> list[str]:
    """The lines an image's footer shows: the `limit` best-ranked citations,
    then how many more the CSV lists."""
    lines = [c.text(TITLE_CHARS) for c in citations[:limit]]
    if len(citations) > limit:
        lines.append(f"and {len(citations) - limit:,} more — full list in the CSV")
    return lines


def with_citations(facts: pd.DataFrame, citations: list[Citation]) -> pd.DataFrame:
    """`facts` with the citation columns every exported CSV carries, ordered
    by citation number (the footer's order); `source_page` is the page of a
    fact read from a PDF (else empty)."""
    by_doc = {c.doc: c for c in citations}
    frame = facts.copy()
    frame["citation"] = [by_doc[d].number for d in frame["doc"]]
    frame["source_outlet"] = [by_doc[d].outlet for d in frame["doc"]]
    frame["source_title"] = [by_doc[d].title for d in frame["doc"]]
    frame["source_published"] = [by_doc[d].published for d in frame["doc"]]
    frame["source_page"] = frame["page"] if "page" in frame else None
    return frame.sort_values("citation", kind="stable")

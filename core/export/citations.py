"""Numbered source citations for whatever an export shows: one number per
document, in the order the shown facts first cite it."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Citation:
    number: int
    doc: str
    outlet: str | None
    title: str | None
    published: str | None

    def text(self) -> str:
        """"[1] Defence Talks, “Title”, 2025-07-01 (document 004_….txt)"."""
        parts = [self.outlet or "outlet not stated", f"“{self.title or 'title not stated'}”",
                 self.published or "date not stated"]
        return f"[{self.number}] " + ", ".join(parts) + f" (document {self.doc})"


def numbered(facts: pd.DataFrame) -> list[Citation]:
    """One citation per document behind `facts` (a frame from core.queries.facts)."""
    citations = []
    seen: set[str] = set()
    for row in facts.to_dict("records"):
        if row["doc"] in seen:
            continue
        seen.add(row["doc"])
        citations.append(Citation(len(citations) + 1, row["doc"], _text(row.get("outlet")),
                                  _text(row.get("title")), _text(row.get("published"))))
    return citations


def _text(value) -> str | None:
    return value if isinstance(value, str) and value else None


def with_citations(facts: pd.DataFrame, citations: list[Citation]) -> pd.DataFrame:
    """`facts` with the citation columns every exported CSV carries."""
    by_doc = {c.doc: c for c in citations}
    frame = facts.copy()
    frame["citation"] = [by_doc[d].number for d in frame["doc"]]
    frame["source_outlet"] = [by_doc[d].outlet for d in frame["doc"]]
    frame["source_title"] = [by_doc[d].title for d in frame["doc"]]
    frame["source_published"] = [by_doc[d].published for d in frame["doc"]]
    return frame

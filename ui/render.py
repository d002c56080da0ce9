"""Rendering untrusted article text safely.

`highlight` is the only thing ever passed to `unsafe_allow_html`: it escapes
every slice of the article and adds only its own fixed markup. `plain`
escapes Markdown, so a quote with `[link](…)` or `![img](…)` shows as text.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

TYPE_COLOURS = {
    "defense_spending": "#c6dbef", "troop_cost": "#fdd0a2", "troop_presence": "#d9f0a3",
    "tariff": "#fcbba1", "event": "#dadaeb", "stance": "#fee391", "membership": "#c7e9c0",
}
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")
STYLE = """
<style>
.tracker-article { line-height: 1.7; white-space: pre-wrap; font-size: 1rem; }
.tracker-article .bp { color: #8a8a8a; }
.tracker-article mark { border-radius: 3px; padding: 0 1px; color: inherit; }
.tracker-article .marked { outline: 3px solid #d62728; outline-offset: 2px; }
</style>
"""


def plain(text: str) -> str:
    """`text` with every Markdown control character escaped."""
    return _MARKDOWN.sub(r"\\\1", text)


@dataclass(frozen=True)
class Span:
    """A stretch of the article to mark: a fact (`kind` = its type, `note`
    its normalised value, shown on hover), a boilerplate sentence (`kind` =
    "boilerplate") or the sentence a link points at (`anchor` set)."""

    start: int
    end: int
    kind: str
    note: str = ""
    anchor: str | None = None


def highlight(text: str, spans: list[Span]) -> str:
    """The article as HTML: every slice escaped, facts in their type's
    colour with their value as a tooltip, boilerplate dimmed, the linked
    sentence outlined and given an id to scroll to."""
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    pieces = [STYLE, '<div class="tracker-article">']
    for left, right in zip(bounds, bounds[1:]):
        covering = [s for s in spans if s.start <= left and right <= s.end]
        piece = html.escape(text[left:right])
        for span in sorted(covering, key=lambda s: s.end - s.start):
            piece = _wrap(piece, span, first=span.start == left)
        pieces.append(piece)
    pieces.append("</div>")
    return "".join(pieces)


def _wrap(piece: str, span: Span, first: bool) -> str:
    if span.kind == "boilerplate":
        return f'<span class="bp">{piece}</span>'
    if span.anchor:
        anchor = f' id="{html.escape(span.anchor)}"' if first else ""
        return f'<span class="marked"{anchor}>{piece}</span>'
    colour = TYPE_COLOURS.get(span.kind, "#eeeeee")
    title = html.escape(span.note, quote=True)
    return f'<mark style="background:{colour}" title="{title}">{piece}</mark>'

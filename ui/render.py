"""The one rule for text from articles and file names: shown as text, never
interpreted.

Titles, outlets, document ids, quotes, sentences, fact descriptions and
anything typed into the URL are untrusted. Every page puts them on screen in
one of two ways only:

- inside Markdown (st.markdown, captions, warnings, headers, page-link and
  widget labels): through `plain`, which makes the value show exactly as
  written: no Markdown, no HTML, no entities, no Streamlit colour or icon
  syntax, no bare-URL links;
- the article itself: through `highlight`, whose HTML escapes every slice of
  the text and adds only its own fixed markup, given to `st.html` (never to
  Markdown, where a blank line would end the HTML block and the rest of the
  article would be read as Markdown).

Plotly text (chart titles, hovers, image footers) is escaped with
`core.untrusted.for_plotly`, CSV cells with
`core.untrusted.csv_cell`, PowerPoint text with `core.untrusted.for_xml`.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

TYPE_COLOURS = {
    "defense_spending": "#c6dbef", "troop_cost": "#fdd0a2", "troop_presence": "#d9f0a3",
    "tariff": "#fcbba1", "event": "#dadaeb", "stance": "#fee391", "membership": "#c7e9c0",
}
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")  # every ASCII punctuation mark
_LINE_BREAKS = re.compile(r"\s*\n\s*")
# GFM turns bare URLs and e-mail addresses into links even when their
# punctuation is escaped; an invisible word joiner after the scheme (or before
# the @) keeps them text.
_AUTOLINK = re.compile(r"(?i)\b(https?|ftp|www|mailto|xmpp)(?=\\[:.])|(?<=\w)(?=\\@)")
WORD_JOINER = "\u2060"
STYLE = """
<style>
.tracker-article { line-height: 1.7; white-space: pre-wrap; font-size: 1rem;
                   overflow-wrap: anywhere; }
.tracker-article .bp { color: #8a8a8a; }
.tracker-article mark { border-radius: 3px; padding: 0 1px; color: inherit; }
.tracker-article .marked { outline: 3px solid #d62728; outline-offset: 2px; }
</style>
"""


def plain(text) -> str:
    """Markdown that shows `text` as written, on one line: every ASCII
    punctuation mark backslash-escaped (CommonMark reads each as itself),
    line breaks with the spaces around them made one space (so no line can
    start a heading, list or code block), and bare URLs kept from becoming
    links. None and NaN give ""."""
    if not isinstance(text, str):
        return "" if text is None or text != text else plain(str(text))
    escaped = _PUNCTUATION.sub(r"\\\1", _LINE_BREAKS.sub(" ", text).strip())
    return _AUTOLINK.sub(lambda m: (m.group(1) or "") + WORD_JOINER, escaped)


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

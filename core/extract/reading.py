"""One reading of a document, shared by every extractor.

For each sentence: its text, whether it is boilerplate, and the countries it
names (offsets relative to the sentence). Figures and dates are read lazily,
only for sentences an extractor's cues select. Also here: the helpers the
extractors share to find a sentence's subject, build a grounded Fact and
match cue lists from `data/lexicon.toml`.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property, lru_cache

from core import data
from core.model import Document, Fact
from core.normalize import countries, dates, numbers
from core.normalize.countries import Mention

BOILERPLATE_CONFIDENCE = 0.5
US_SIDE = "USA"
# main_country: the title counts this many times a body sentence, the
# opening sentences twice; the leader needs this lead over the runner-up.
TITLE_WEIGHT, OPENING_WEIGHT, OPENING_SENTENCES = 3, 2, 3
MAIN_COUNTRY_LEAD = 1.5


@cache
def lexicon() -> dict:
    return data.config("lexicon.toml")


@cache
def cues(*path: str) -> re.Pattern:
    """One compiled pattern for a cue list of the lexicon: cues("tariff", "topic")."""
    entry = lexicon()
    for part in path:
        entry = entry[part]
    items = [entry] if isinstance(entry, str) else entry
    return re.compile("|".join(f"(?:{item})" for item in items), re.IGNORECASE)


@dataclass
class SentenceReading:
    index: int
    start: int
    end: int
    text: str
    boilerplate: bool
    mentions: list[Mention]
    _dates: dict = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def quantities(self) -> list[numbers.Quantity]:
        return numbers.find(self.text)

    def dates(self, reference: date | None, nearby: bool = False) -> list[dates.DateMention]:
        """The sentence's dates, found once per reference date (figure
        extractors ask for each figure: without this, a sentence of n
        figures was scanned n times); `nearby` adds the day-scale relative
        ones ("on Friday", "yesterday") that `reference` resolves (see dates.find)."""
        if (reference, nearby) not in self._dates:
            self._dates[(reference, nearby)] = dates.find(self.text, reference, nearby)
        return self._dates[(reference, nearby)]

    def codes(self) -> list[str]:
        return list(dict.fromkeys(m.code for m in self.mentions))


@dataclass
class Reading:
    doc: Document
    sentences: list[SentenceReading] = field(default_factory=list)

    @cached_property
    def reference(self) -> date | None:
        """The date relative expressions are resolved against: the stated
        publication date, else None (relative dates are then left out)."""
        return dates.iso_to_date(self.doc.published)

    @cached_property
    def year_anchor(self) -> date | None:
        """For a month and day with no year: the publication date, else the
        one year every fully dated mention in the article shares (None if
        they disagree or there are none)."""
        if self.reference:
            return self.reference
        full = {m.date[:4] for s in self.sentences for m in s.dates(None)
                if m.kind == "absolute" and len(m.date) == 10}
        return date(int(full.pop()), 1, 1) if len(full) == 1 else None

    @cached_property
    def main_country(self) -> str | None:
        """The one country the article is about, for a figure whose holder
        the sentence leaves implicit ("the defence ministry requested a
        budget of …"): the country named most, counting the title thrice and
        the opening sentences twice; None when no country leads the
        runner-up by half again (a story about two allies has no main one)."""
        weights: Counter[str] = Counter()
        title = self.doc.title or ""
        for mention in countries.find(title):
            if not names_a_force(title, mention):
                weights[mention.code] += TITLE_WEIGHT
        body = [s for s in self.sentences if not s.boilerplate]
        for position, sentence in enumerate(body):
            weight = OPENING_WEIGHT if position < OPENING_SENTENCES else 1
            named = {m.code for m in sentence.mentions if not names_a_force(sentence.text, m)}
            for code in named:
                weights[code] += weight
        ranked = weights.most_common(2)
        if not ranked or ranked[0][1] < TITLE_WEIGHT:
            return None
        if len(ranked) > 1 and ranked[0][1] < MAIN_COUNTRY_LEAD * ranked[1][1]:
            return None
        return ranked[0][0]

    def antecedent(self, index: int, exclude: set[str] = frozenset()) -> str | None:
        """The country "the nation", "the country" or "it" refers to: the
        first country named in the nearest earlier sentence that names one
        (other than `exclude`), looking back at most three sentences. A
        country named only as a force's ("28,500 U.S. troops are based in
        Korea") is no nation to refer back to."""
        for previous in self.sentences[max(0, index - 3):index][::-1]:
            for mention in previous.mentions:
                if mention.code not in exclude and not names_a_force(previous.text, mention):
                    return mention.code
        return None

    def fact(self, sentence: SentenceReading, fact_type: str, version: str,
             confidence: float = 0.8, **fields) -> Fact:
        """A Fact grounded in `sentence`: its quote and offsets, its boilerplate
        flag, and a lower confidence when read from boilerplate."""
        if sentence.boilerplate:
            confidence *= BOILERPLATE_CONFIDENCE
        return Fact(doc=self.doc.id, type=fact_type, quote=sentence.text,
                    start=sentence.start, end=sentence.end,
                    boilerplate=sentence.boilerplate, confidence=round(confidence, 3),
                    extractor_version=f"{fact_type}/{version}", **fields)


def names_a_force(text: str, mention: Mention) -> bool:
    """Whether a country is named only as a force's ("28,500 U.S. troops",
    "US Marines"): not the country a story is about or "the country" means."""
    return _force_after().match(text, mention.end) is not None


@cache
def _force_after() -> re.Pattern:
    force = cues("troop_presence", "force").pattern
    return re.compile(rf"\s+(?:service\s+|military\s+)?(?:{force})\b", re.IGNORECASE)


def read(doc: Document) -> Reading:
    reading = Reading(doc)
    for index, sentence in enumerate(doc.sentences):
        text = doc.sentence_text(sentence)
        reading.sentences.append(SentenceReading(
            index, sentence.start, sentence.end, text, sentence.boilerplate,
            countries.find(text)))
    return reading


# -- clauses ----------------------------------------------------------------

# Where one clause ends and the next begins, for reading a figure's holder,
# status and period in its own clause.
_CLAUSE_BREAK = re.compile(r";|,\s*(?:and|but|while|whereas)\s+(?:that\s+)?|\band that\b|"
                           r"\b(?:but|while|whereas|although)\b", re.IGNORECASE)


def clause_start(text: str, position: int) -> int:
    """Where the clause holding `position` begins: after the last "; ",
    ", and that", ", but", "while"… before it ("Lai said China's threats had
    grown, and that he hoped defence spending would reach 5%": the spending
    clause starts at "he")."""
    start = 0
    for match in _CLAUSE_BREAK.finditer(text, 0, position):
        start = match.end()
    return start


def clause_end(text: str, position: int) -> int:
    """Where the clause holding `position` ends: at the next clause break
    (see `clause_start`), else the end of the text."""
    match = _CLAUSE_BREAK.search(text, position)
    return match.start() if match else len(text)


# -- subjects ---------------------------------------------------------------

# A relative clause between commas ("Japan, which hosts 54,000 U.S. troops,
# plans…"): the countries inside it are not the sentence's subject.
# An apposition opening with a superlative ("Indonesia, the largest economy in the
# bloc, became…") is an aside too; "the" alone may open a list item ("Japan, the
# US and Australia").
_ASIDE = re.compile(r",\s*(which|who|whose|where|that|a|an|one of|long|once|"
                    r"the\s+(?-i:most\s+\w+|[a-z]+est|only|first|second|third)\b)\b"
                    r"(?:[^,]|(?<=\d),(?=\d))*,", re.IGNORECASE)


def without_asides(sentence: SentenceReading) -> SentenceReading:
    """The sentence with its asides (relative clauses and appositions between
    commas: "Thailand, a US treaty ally since 1954, has drifted…") blanked
    out and their countries dropped; offsets are unchanged."""
    spans = [m.span() for m in _ASIDE.finditer(sentence.text)]
    if not spans:
        return sentence
    text = sentence.text
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    mentions = [m for m in sentence.mentions if not any(a <= m.start < b for a, b in spans)]
    return SentenceReading(sentence.index, sentence.start, sentence.end, text,
                           sentence.boilerplate, mentions)
_OBJECT_LEAD = re.compile(
    r"\b(by|from|than|against|with|to|toward|towards|on|of|over|between|and|like|including)\s+(the\s+)?$",
    re.IGNORECASE)
_POSSESSIVE = re.compile(r"^[’']s?\b")
_CONNECTOR = re.compile(r"^\s*(,\s*(and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*)(the\s+)?$", re.IGNORECASE)
_ANAPHOR = re.compile(r"\b(the|this|that)\s+(nation|country|government|ally)\b|^\s*(it|its)\b",
                      re.IGNORECASE)


def possessor_before(sentence: SentenceReading, position: int) -> str | None:
    """The country in a possessive right before `position` ("Seoul's defense
    spending"): the nearest mention followed by 's within six words."""
    for mention in reversed(sentence.mentions):
        if mention.end > position:
            continue
        gap = sentence.text[mention.end:position]
        if _POSSESSIVE.match(gap) and len(gap.split()) <= 6:
            return mention.code
        break
    return None


def subject(reading: Reading, sentence: SentenceReading, before: int | None = None,
            exclude: set[str] = frozenset()) -> str | None:
    """Who a figure belongs to: the country named nearest before `before`
    that is not the object of a preposition ("established by the US"), so in
    "Trump demanded that NATO allies spend 5%" it is NATO; failing that, the
    country an anaphor ("the nation") refers back to."""
    limit = len(sentence.text) if before is None else before
    asides = [m.span() for m in _ASIDE.finditer(sentence.text)]
    for mention in reversed([m for m in sentence.mentions if m.start < limit]):
        if mention.code in exclude or any(a <= mention.start < b for a, b in asides):
            continue
        if _OBJECT_LEAD.search(sentence.text[max(0, mention.start - 20):mention.start]):
            continue
        return mention.code
    if _ANAPHOR.search(sentence.text[:limit]):
        return reading.antecedent(sentence.index, exclude)
    return None


def subjects(reading: Reading, sentence: SentenceReading, before: int,
             exclude: set[str] = frozenset()) -> list[str]:
    """Like `subject`, with the countries coordinated with it: "Trump wants
    Japan and South Korea to spend 3.5%" gives JPN and KOR."""
    first = subject(reading, sentence, before, exclude)
    if first is None:
        return []
    for mention in sentence.mentions:
        if mention.code == first and mention.start < before:
            group = group_after(sentence, mention.start, max_words=0)
            if len(group) > 1 and group[-1].end <= before:
                return [m.code for m in group if m.code not in exclude]
    return [first]


def group_before(sentence: SentenceReading, position: int, max_words: int = 8,
                 appositive: bool = False) -> list[Mention]:
    """The coordinated countries ending nearest before `position`
    ("Australia and the Philippines are more willing"): the nearest mention
    within `max_words`, and those joined to it as a list ("A, B and C": a
    bare comma before the last one is a clause break, not a list; so is a
    comma before "and" joining just two: "wary of China, and Tokyo has…").

    A country governed by a preposition is no subject: "from the U.S., Italy,
    Japan and the U.K. are…" keeps the last three; "between the US and China,
    rather than…" gives nothing. With `appositive`, for an apposition at
    `position`, prepositions do not matter: "forces from Japan and
    Australia, both close U.S. allies" describes Japan and Australia."""
    before = [m for m in sentence.mentions if m.end <= position]
    if not before:
        return []
    last = before[-1]
    gap = sentence.text[last.end:position]
    if len(gap.split()) > max_words or re.search(r"[;:]", gap):
        return []
    group = [last]
    for mention in reversed(before[:-1]):
        connector = _CONNECTOR.match(sentence.text[mention.end:group[0].start])
        if not connector or (len(group) == 1 and not _AND_OR.search(connector.group())):
            break
        if len(group) == 1 and "," in connector.group() and \
                not _listed_before(sentence, before, mention):
            break
        if _governed(sentence, mention) and not appositive:
            if _AND_OR.search(connector.group()):
                return []
            break
        group.insert(0, mention)
    return [] if _governed(sentence, group[0]) and not appositive else group


_AND_OR = re.compile(r"\b(and|or)\b|&", re.IGNORECASE)
_GOVERNING = re.compile(
    r"\b(by|from|than|against|with|to|toward|towards|on|over|between|at|into|for|"
    r"instead of|rather than)\s+((both|either)\s+)?(the\s+)?$", re.IGNORECASE)


def _listed_before(sentence: SentenceReading, before: list[Mention], mention: Mention) -> bool:
    """Whether `mention` follows another in a comma list ("Japan, Australia,
    and India"), so that a comma before "and" after it is a serial comma."""
    index = before.index(mention)
    if index == 0:
        return False
    previous = before[index - 1]
    return sentence.text[previous.end:mention.start].strip().startswith(",") and \
        _CONNECTOR.match(sentence.text[previous.end:mention.start]) is not None


def _governed(sentence: SentenceReading, mention: Mention) -> bool:
    return _GOVERNING.search(sentence.text[max(0, mention.start - 20):mention.start]) is not None


def group_after(sentence: SentenceReading, position: int, max_words: int = 4) -> list[Mention]:
    """The coordinated countries starting right after `position` ("which
    includes India, Japan, Australia, and the United States"); as in
    `group_before`, a list ends with "and" or "or"."""
    after = [m for m in sentence.mentions if m.start >= position]
    if not after:
        return []
    first = after[0]
    gap = sentence.text[position:first.start]
    if len(gap.split()) > max_words or re.search(r"[;:.]", gap):
        return []
    group = [first]
    for mention in after[1:]:
        connector = _CONNECTOR.match(sentence.text[group[-1].end:mention.start])
        if not connector:
            break
        group.append(mention)
        if _AND_OR.search(connector.group()):
            return group
    return group[:1]


@lru_cache(maxsize=256)
def status(text: str, order: tuple[str, ...], default: str) -> str:
    """The first status in `order` whose cues the text shows, else `default`.
    Cached: extractors ask it of the same sentence for each of its figures."""
    for name in order:
        if cues("status", name).search(text):
            return name
    return default

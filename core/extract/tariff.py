"""Tariffs imposed, proposed, threatened or conditional.

A rate is a percentage next to a tariff word in a sentence about tariffs.
Its target is read, in this order, from:
- the countries that face it: "Vietnam was hit with a 46% tariff", "the UK,
  Brazil, Singapore will be subject to a 10% tax" (imposer: the US unless
  "by X" says otherwise);
- the countries after it: "a 25% tariff on all Korean goods", "on imports
  from Japan and South Korea", "on two key partners, Japan and Korea";
- the countries before it: "raised tariffs on Chinese imports to 145%";
- "each other's goods": both parties of a pair ("the US-China contest");
- the addressees of a letter or warning ("letters to Japan and Korea,
  imposing a 25% tariff on all goods");
- all imports (ALL): "on all imports", "a universal 10% tariff", a tariff on a
  product from everywhere ("on steel imports").
Coordinated rates pair with coordinated targets in order ("20% and 34%
tariffs on the EU and China", "34%, 27% tariffs, respectively"); a list that
drops the tariff word goes on with the same imposer ("a 46% tariff on
Vietnam, while Cambodia faces 49% and Thailand 36%"). A threshold ("tariffs
above 30% would wipe out margins") is no rate. Table rows ("Japan  25%
Aug. 1  24%") are read in tariff_table.py.
"""
from __future__ import annotations

import re
from functools import cache

from core.extract import figures, tariff_parties as parties, tariff_table
from core.extract.reading import US_SIDE, Reading, SentenceReading, cues, status
from core.model import Fact
from core.normalize.numbers import Quantity

TYPE = "tariff"
VERSION = "2"
STATUSES = ("conditional", "threatened", "proposed", "agreed", "imposed")
_LIST_GAP = re.compile(r"\s*(,\s*)?(and\s+)?", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


def extract(reading: Reading) -> list[Fact]:
    facts: list[Fact] = []
    topical = [cues(TYPE, "topic").search(s.text) is not None for s in reading.sentences]
    for sentence in reading.sentences:
        window = reading.sentences[max(0, sentence.index - 2)].start
        passage = any(topical[max(0, sentence.index - 3):sentence.index]) or any(
            window <= f.start for f in facts[-1:])
        rates = _rates(sentence, topical[sentence.index], passage)
        if rates:
            facts.extend(_read_rates(reading, sentence, rates,
                                     _topic_pair(reading, facts, sentence)))
        else:
            facts.extend(tariff_table.read_row(reading, sentence, TYPE, VERSION))
    return facts


def _topic_pair(reading: Reading, facts: list[Fact],
                sentence: SentenceReading) -> tuple[str, str] | None:
    """The (imposer, target) the passage is about: the one pair of the tariff
    facts read from the previous two sentences, if there is one and it is
    not all imports. A rate in a sentence that names no country ("this adds
    to an earlier 20% duty") belongs to it."""
    window = reading.sentences[max(0, sentence.index - 2)].start
    pairs = {(f.country, f.counterpart) for f in facts if window <= f.start < sentence.start}
    if len(pairs) != 1:
        return None
    pair = pairs.pop()
    return None if pair[1] == "ALL" else pair


def _rates(sentence: SentenceReading, topical: bool, passage: bool) -> list[Quantity]:
    """The percentages of a sentence that are tariff rates: attached to a
    tariff word in a sentence about tariffs (`topical`), or, in a sentence
    that continues a passage about tariffs (`passage`), to a verb like
    "subject to" or "face" ("India will be subject to 26%") or to a rate on a
    country named ("the rate on Malaysia was cut to 24%"; a demonym only
    with goods after it, "the rate on Malaysian goods": "the rate on Japanese
    bonds" is no tariff). An earlier rate a later one
    replaces ("to 25% from 24%") is left out."""
    text = sentence.text
    if not topical and not passage:
        return []
    gdp = cues("defense_spending", "gdp")
    percents = [q for q in sentence.quantities if q.kind == "percent" and q.form != "fraction"
                and not gdp.search(text[q.end:q.end + 30])]
    if not percents:
        return []
    lists = [rated for i, rated in enumerate(_lists(text, percents))
             if not (i and _REPLACED.search(text[:rated[0].start]))
             and not _threshold(text, rated)]
    if topical:
        chosen: list[Quantity] = []
        for i, rated in enumerate(lists):
            if _attached(sentence, rated) or chosen and chosen[-1] is lists[i - 1][-1] \
                    and _elliptic(sentence, rated):
                chosen.extend(rated)
        return chosen
    return [q for rated in lists if (_attached(sentence, rated) or _BARE.match(text[rated[-1].end:]))
            and (parties.facing_verb(text, 0, rated[0].start)
                 or any(m.kind != "demonym" or _GOODS_AFTER.match(text, m.end) for m in
                        parties.named_before(sentence, 0, rated[0].start, set())))
            for q in rated]


def _threshold(text: str, rated: list[Quantity]) -> bool:
    """A level rates are measured against, not a rate anyone sets: "a
    tariff above 20% would wipe out margins", "duties exceeding 35% could
    cripple exporters" (a comparative before the rate, a modal after it that
    says what such a rate would do, not when it would take effect)."""
    return bool(cues(TYPE, "threshold_lead").match(rated[0].text) and
                cues(TYPE, "threshold_after").match(text, rated[-1].end))


def _elliptic(sentence: SentenceReading, rated: list[Quantity]) -> bool:
    """A rate that continues a list of tariff rates with the tariff word
    left out, right after the country it is for: "a 20% duty on Laos, while
    Myanmar faces 44% and Sri Lanka 30%", "hitting Peru with 10% and Chile
    with 12%". Only right after a rate that is a tariff's ("… as Japan grew
    1.1% and Korea 0.9%" continues a list of growth figures)."""
    text = sentence.text
    first = rated[0]
    before = [m for m in sentence.mentions if m.end <= first.start]
    return bool(before and _BARE.match(text[rated[-1].end:]) and
                _ellipsis().fullmatch(text[before[-1].end:first.start]))


@cache
def _ellipsis() -> re.Pattern:
    """What may stand between a country and its elliptic rate: nothing, a
    colon, "at", "with", or a verb of facing ("faces", "gets")."""
    return re.compile(rf"\s*(?:[:–—]\s*|(?:{cues(TYPE, 'receive').pattern}|at|with)\s+)?"
                      r"(?:an?\s+)?", re.IGNORECASE)


# A rate standing alone after its verb ("will be subject to 20-26%."), not a
# figure of something else ("faces a 2% contraction").
_BARE = re.compile(r"\s*([,.;:)]|$|(on|from|in|for|under|respectively|each|and|or)\b)",
                   re.IGNORECASE)
_GOODS_AFTER = re.compile(r"\s+(goods|imports|products|exports|shipments)\b", re.IGNORECASE)
_REPLACED = re.compile(r"\b(from|compared (with|to)|versus|vs\.?|instead of)\s+(the\s+|an?\s+)?$",
                       re.IGNORECASE)
_FUNCTION = (r"if|after|as|the|due|to|of|on|for|in|and|or|but|while|when|since|because|"
             r"despite|from|than|amid|with|by|at|over|that|which|is|are|was|were")
_CONNECTOR = (r"of|at|to|from|by|as|is|are|was|were|be|been|reach\w*|rang\w*|ris\w*|"
              r"total\w*|averag\w*|exceed\w*|above|over|up to|between|hit|hits|set at")


@cache
def _attachment() -> tuple[re.Pattern, re.Pattern]:
    """How a rate attaches to a tariff word: before it, with at most two
    words between ("a 10 percent “reciprocal” tariff"); or after it, through
    "of", "at", "to", a dash ("tariffs of 25%", "raised tariffs on Chinese
    imports to 145%", "tariffs on Cambodia—a whopping 49 percent", a duty of
    "30% or more" in quotes)."""
    noun = cues(TYPE, "near").pattern
    quote = "[“”\"'‘’]?"
    word = rf"{quote}(?!(?:{_FUNCTION})\b)\w+(?:-\w+)*{quote}[\s-]+"
    after = re.compile(rf"^\s*(?:{word}){{0,2}}?(?:{noun})", re.IGNORECASE)
    gap = r"(?:[^.;%]|(?<=[A-Z])\.){0,50}?"  # no sentence break, but "U.S." may stand in it
    before = re.compile(rf"(?:{noun})(?:{gap}(?:\b(?:{_CONNECTOR})\s+|\s*[—–:]\s*)"
                        rf"(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?|\s+){quote}$", re.IGNORECASE)
    return after, before


def _attached(sentence: SentenceReading, rated: list[Quantity]) -> bool:
    """Whether a list of rates is a tariff's: next to a tariff word, or
    followed by "on"/"against" ("over 60% on goods from China"), or tied to
    a country by "for" or brackets ("25% for South Korea", "Vietnam (46%)").
    A change or range ("from 25% to 50%") carries its own lead word."""
    text = sentence.text
    after, before = _attachment()
    rest = text[rated[-1].end:]
    lead = text[max(0, rated[0].start - 80):rated[0].start]
    if re.match(r"(from|between)\b", rated[0].text, re.IGNORECASE):
        return bool(cues(TYPE, "near").search(lead[-50:]))
    country_for = re.match(r"\s+for\s+(the\s+)?", rest)
    return bool(after.match(rest) or before.search(lead) or re.match(r"\s+(on|against)\b", rest)
                or country_for and any(m.start == rated[-1].end + country_for.end()
                                       for m in sentence.mentions)
                or parties.bracketed(sentence, rated[0]))


def _new_rate(text: str, rate: Quantity) -> tuple[float, float | None]:
    """(value, value_high) of a rate; for a change ("from 25% to 50%", "raised
    by 1 percentage point to 25%") the rate it reaches."""
    if rate.form == "change" or (rate.form == "range" and re.search(
            r"\bby\s*$", text[max(0, rate.start - 10):rate.start], re.IGNORECASE)):
        return rate.value_high, None
    return rate.value, rate.value_high


def _lists(text: str, rates: list[Quantity]) -> list[list[Quantity]]:
    """Rates grouped where they are coordinated: "20% and 34%", "34%, 27%"."""
    groups = [[rates[0]]]
    for rate in rates[1:]:
        if _LIST_GAP.fullmatch(text[groups[-1][-1].end:rate.start]):
            groups[-1].append(rate)
        else:
            groups.append([rate])
    return groups


def _read_rates(reading: Reading, sentence: SentenceReading, rates: list[Quantity],
                topic: tuple[str, str] | None) -> list[Fact]:
    text = sentence.text
    lists = _lists(text, rates)
    facts = []
    cut = 0
    claimed: set[int] = set()
    earlier: set[tuple[str, str]] = set()
    paired = False  # whether the list before gave facts: an elliptic rate continues it
    for i, rated in enumerate(lists):
        following = next((q.start for q in sentence.quantities
                          if q.kind == "percent" and q.start >= rated[-1].end), len(text))
        end = _clause_end(text, rated[-1].end, following)
        if i and not _attached(sentence, rated) and _elliptic(sentence, rated):
            pairs = [(pair, rate) for pair in _listed(sentence, rated[0], earlier)
                     for rate in rated] if paired else []
        else:
            pairs = _pairs(reading, sentence, rated, cut, following, claimed)
        if not pairs:
            pairs = [(pair, rate) for pair in _continued(sentence, rated, cut, following,
                                                         earlier, topic) for rate in rated]
        paired = bool(pairs)
        earlier = {pair for pair, _ in pairs} or earlier
        clause = text[cut:end]
        for (imposer, target), rate in pairs:
            if target == imposer:
                continue
            value, high = _new_rate(text, rate)
            facts.append(reading.fact(
                sentence, TYPE, VERSION, country=imposer, counterpart=target,
                value=value, value_high=high, unit="pct_rate", qualifier=rate.qualifier,
                period=figures.period(sentence, rate, reading.reference),
                status=status(clause, STATUSES, "imposed")))
        cut = end
    return facts


def _pairs(reading: Reading, sentence: SentenceReading, rated: list[Quantity], start: int,
           stop: int, claimed: set[int]) -> list[tuple[tuple[str, str], Quantity]]:
    """(imposer, target) for each rate of a coordinated list `rated`, read in
    the clause from `start` to `stop`; `claimed` holds the mentions already
    read as an earlier rate's target (so "84% on U.S. goods, and Trump's 125%"
    gives the 125% no target from the 84%'s clause)."""
    first, last = rated[0], rated[-1]
    text = sentence.text
    by = parties.imposed_by(sentence, last.end, stop)
    facing = [m for m in parties.facing(sentence, start, first.start)
              + parties.struck(sentence, start, first.start) if m.code != (by or US_SIDE)]
    facing = parties.bracketed(sentence, first) or facing
    after = [] if facing else parties.named_after(sentence, last.end, stop)
    claimed.update(m.start for m in after)
    targets = [m.code for m in facing or after or parties.named_before(
        sentence, start, first.start, claimed)]
    possessor = parties.owner(sentence, first)
    if not targets and parties.each_other(text[last.end:stop]):
        pair = sentence.codes()[:2]
        if len(pair) == 2:
            return [((a, b), rate) for a, b in (pair, pair[::-1]) for rate in rated]
    if not targets:
        targets = parties.addressees(sentence, first.start) or parties.all_imports(
            text, start, first, last, stop)
    if not targets and possessor:
        return parties.possessed(reading, sentence, possessor, rated, start, stop)
    if not targets:
        targets = parties.with_rate(reading, sentence, start, first)
        facing = facing or [m for m in sentence.mentions if m.code in targets]
    if facing:
        imposers = [by or parties.coming_from(sentence, last.end, stop) or US_SIDE]
    elif by or possessor == US_SIDE:
        imposers = [by or possessor]
    else:
        earlier_targets = {m.code for m in sentence.mentions if m.start in claimed}
        imposers = parties.imposers(reading, sentence, first, set(targets) | earlier_targets,
                                    rated)
    return _match(imposers, targets, rated, text[last.end:stop])


def _continued(sentence: SentenceReading, rated: list[Quantity], start: int, stop: int,
               earlier: set[tuple[str, str]],
               topic: tuple[str, str] | None) -> list[tuple[str, str]]:
    """The pair a rate with no party of its own continues: that of the rate
    before it in the sentence ("a 24% tariff on Malaysia…; the rate was later
    cut to 19%"), else, in a sentence that names no country, the passage's
    (`topic`: "this adds to an earlier 20% duty"). Not for a threshold
    ("tariffs exceeding 35% could…"), an average, or goods named without a
    country ("steel faces a 50% tariff")."""
    if any(start <= m.start < stop for m in sentence.mentions) \
            or cues(TYPE, "aggregate").search(sentence.text[start:stop]) \
            or cues(TYPE, "products").search(sentence.text[start:stop]) \
            or any(r.qualifier not in ("exact", "approx") for r in rated):
        return []
    if earlier:
        return list(earlier) if len(earlier) == 1 else []
    return [topic] if topic and not sentence.mentions else []


def _listed(sentence: SentenceReading, first: Quantity,
           earlier: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pair of an elliptic rate ("… and Sri Lanka 30%"): the country
    right before it, on whom the imposer of the rates before it imposes it."""
    imposers = {imposer for imposer, _ in earlier}
    if len(imposers) != 1:
        return []
    target = [m for m in sentence.mentions if m.end <= first.start][-1].code
    return [(imposers.pop(), target)]


def _match(imposers: list[str], targets: list[str], rated: list[Quantity],
           rest: str) -> list[tuple[tuple[str, str], Quantity]]:
    """Each rate with its imposer and target: in order where the list of rates
    and a list of parties have the same length, else every pair."""
    n = len(rated)
    if n > 1 and len(targets) == n and "ALL" not in targets:
        return [((imposers[0], t), r) for t, r in zip(targets, rated)]
    if n > 1 and len(imposers) == n and _RESPECTIVELY.search(rest):
        return [((i, t), r) for i, r in zip(imposers, rated) for t in targets]
    return [((i, t), r) for r in rated for i in imposers[:1] for t in targets]


def _clause_end(text: str, start: int, stop: int) -> int:
    """Where the clause of a rate ends before the next rate: at the last "and",
    ";" or "," between them ("a 25% tariff on steel imports | and threatened
    duties of up to 30%…"), so each rate is read with its own verb."""
    cuts = [m.start() for m in re.finditer(r"\s(and|but|while)\s|[;,]", text[start:stop])]
    return start + cuts[-1] if cuts and stop < len(text) else stop



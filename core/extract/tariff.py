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
tariffs on the EU and China", "34%, 27% tariffs, respectively"). Table rows
("Japan  25%  Aug. 1  24%") are read in tariff_table.py.
"""
from __future__ import annotations

import re
from functools import cache

from core.extract import figures, tariff_table
from core.extract.reading import (US_SIDE, Reading, SentenceReading, cues, group_after,
                                  possessor_before, status, subject)
from core.model import Fact
from core.normalize.countries import Mention
from core.normalize.numbers import Quantity

TYPE = "tariff"
VERSION = "2"
STATUSES = ("conditional", "threatened", "proposed", "agreed", "imposed")
_GOODS = r"(?:(?:all\s+)?(?:goods|imports|products|exports|shipments|cars|steel|vehicles)\s+" \
         r"(?:imported\s+|originating\s+|coming\s+)?(?:from|made in|in)\s+)"
# Between a rate and its target: "on", "against", "on imports from", "applies
# to all", "on two key partners, " (a descriptive phrase before the list).
# An amount of trade a rate covers: "on $300 billion (worth) of Chinese goods".
_WORTH = r"(?:[$€£¥]?\d[\d.,]*\s*(?:billion|million|trillion|bn|mn)?\s+(?:worth\s+)?of\s+)"
_TARGET = re.compile(
    rf"^[^;]{{0,40}}?\b(on|against|for|from|targeting|if|should|appl(?:y|ies|ied)\s+to)\s+"
    rf"{_WORTH}?(?:(?:virtually|nearly|almost)\s+)?(?:all\s+)?{_GOODS}?"
    r"(?:[^,;.]{0,50}?\b(?:partners|countries|economies|nations|allies|neighbou?rs|exporters),?\s+"
    r"(?:including\s+|such as\s+|like\s+|namely\s+)?)?(the\s+)?$",
    re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s*(and|but|while|whereas)\b", re.IGNORECASE)
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
    tariff word in a sentence about tariffs (`topical`), or to a verb like
    "subject to" or "face" in a sentence that continues a passage about
    tariffs (`passage`: "India will be subject to 26%"). An earlier rate a
    later one replaces ("to 25% from 24%") is left out."""
    text = sentence.text
    if not topical and not passage:
        return []
    gdp = cues("defense_spending", "gdp")
    percents = [q for q in sentence.quantities if q.kind == "percent" and q.form != "fraction"
                and not gdp.search(text[q.end:q.end + 30])]
    if not percents:
        return []
    lists = [rated for i, rated in enumerate(_lists(text, percents))
             if not (i and _REPLACED.search(text[:rated[0].start]))]
    if topical:
        return [q for rated in lists if _attached(text, rated) for q in rated]
    return [q for rated in lists if (_attached(text, rated) or _BARE.match(text[rated[-1].end:]))
            and (_facing_verb(text, 0, rated[0].start) or _before(sentence, 0, rated[0].start, set()))
            for q in rated]


# A rate standing alone after its verb ("will be subject to 20-26%."), not a
# figure of something else ("faces a 2% contraction").
_BARE = re.compile(r"\s*([,.;:)]|$|(on|from|in|for|under|respectively|each|and|or)\b)", re.IGNORECASE)
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
    imports to 145%", "tariffs on Cambodia—a whopping 49 percent")."""
    noun = cues(TYPE, "near").pattern
    quote = "[“”\"'‘’]?"
    after = re.compile(rf"^\s*(?:{quote}(?!(?:{_FUNCTION})\b)\w+(?:-\w+)*{quote}[\s-]+){{0,2}}?(?:{noun})",
                       re.IGNORECASE)
    before = re.compile(rf"(?:{noun})(?:(?:[^.;%]|(?<=[A-Z])\.){{0,50}}?(?:\b(?:{_CONNECTOR})\s+|\s*[—–:]\s*)"
                        rf"(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?|\s+)$", re.IGNORECASE)
    return after, before


def _attached(text: str, rated: list[Quantity]) -> bool:
    """Whether a list of rates is a tariff's: next to a tariff word, or
    followed by "on"/"against" ("over 60% on goods from China"). A change
    or range ("from 25% to 50%") carries its own lead word."""
    after, before = _attachment()
    rest = text[rated[-1].end:]
    lead = text[max(0, rated[0].start - 80):rated[0].start]
    if re.match(r"(from|between)\b", rated[0].text, re.IGNORECASE):
        return bool(cues(TYPE, "near").search(lead[-50:]))
    return bool(after.match(rest) or before.search(lead) or re.match(r"\s+(on|against)\b", rest))


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
    for i, rated in enumerate(lists):
        following = next((q.start for q in sentence.quantities
                          if q.kind == "percent" and q.start >= rated[-1].end), len(text))
        end = _clause_end(text, rated[-1].end, following)
        pairs = _pairs(reading, sentence, rated, cut, following, claimed)
        if not pairs:
            pairs = [(pair, rate) for pair in _continued(sentence, rated, cut, following,
                                                         earlier, topic) for rate in rated]
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
    by = _imposed_by(sentence, last.end, stop)
    facing = [m for m in _facing(sentence, start, first.start) + _struck(sentence, start, first.start)
              if m.code != (by or US_SIDE)]
    after = [] if facing else _after(sentence, last.end, stop)
    claimed.update(m.start for m in after)
    targets = [m.code for m in facing or after] or _before(sentence, start, first.start, claimed)
    possessor = possessor_before(sentence, first.start)
    if not targets and _each_other(text[last.end:stop]):
        pair = sentence.codes()[:2]
        if len(pair) == 2:
            return [((a, b), rate) for a, b in (pair, pair[::-1]) for rate in rated]
    if not targets:
        targets = _addressees(sentence, first.start) or _all_imports(text, start, first, last, stop)
    if not targets and possessor:
        return _possessed(reading, sentence, possessor, rated, start, stop)
    if not targets:
        targets = _with_rate(reading, sentence, start, first)
        facing = facing or [m for m in sentence.mentions if m.code in targets]
    if facing:
        imposers = [by or US_SIDE]
    elif by or possessor == US_SIDE:
        imposers = [by or possessor]
    else:
        imposers = _imposers(reading, sentence, first, set(targets), rated)
    return _match(imposers, targets, rated, text[last.end:stop])


def _continued(sentence: SentenceReading, rated: list[Quantity], start: int, stop: int,
               earlier: set[tuple[str, str]], topic: tuple[str, str] | None) -> list[tuple[str, str]]:
    """The pair a rate with no party of its own continues: that of the rate
    before it in the sentence ("a 24% tariff on Malaysia…; the rate was later
    cut to 19%"), else, in a sentence that names no country, the passage's
    (`topic`: "this adds to an earlier 20% duty"). Not for a threshold
    ("tariffs exceeding 35% could…") or an average."""
    if any(start <= m.start < stop for m in sentence.mentions) or cues(TYPE, "aggregate").search(
            sentence.text[start:stop]) or any(r.qualifier not in ("exact", "approx") for r in rated):
        return []
    if earlier:
        return list(earlier) if len(earlier) == 1 else []
    return [topic] if topic and not sentence.mentions else []


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


def _imposers(reading: Reading, sentence: SentenceReading, first: Quantity,
              targets: set[str], rated: list[Quantity]) -> list[str]:
    """Who imposes: the sentence's subject before the rate (with the countries
    coordinated with it, for "A, B and C impose 90%, 67% and 39%,
    respectively"), else the US, whose tariffs most reporting is about."""
    imposer = subject(reading, sentence, before=first.start, exclude=targets)
    if imposer is None:
        return [US_SIDE]
    if len(rated) > 1:
        before = [m for m in sentence.mentions if m.start < first.start]
        for i, mention in enumerate(before):
            if mention.code == imposer:
                while i and _JOIN.fullmatch(sentence.text[before[i - 1].end:before[i].start]):
                    i -= 1
                group = [m.code for m in group_after(sentence, before[i].start, max_words=0)]
                if len(group) == len(rated):
                    return group
    return [imposer]


def _possessed(reading: Reading, sentence: SentenceReading, possessor: str,
               rated: list[Quantity], start: int, stop: int):
    """A rate named by whose it is, with no target: "Trump's 104% tariff" is
    the US's, aimed at the one other party the sentence names; "China's 84%
    retaliatory tariff" is China's, against the US; "Vietnam's 46% tariff" is
    the rate Vietnam faces."""
    text = sentence.text
    if possessor == US_SIDE:
        others = [c for c in sentence.codes() if c != US_SIDE]
        pair = (US_SIDE, others[0]) if len(set(others)) == 1 else None
    elif cues(TYPE, "retaliation").search(text[start:stop]):
        pair = (possessor, US_SIDE)
    else:
        pair = (US_SIDE, possessor)
    return [(pair, rate) for rate in rated] if pair else []


def _clause_end(text: str, start: int, stop: int) -> int:
    """Where the clause of a rate ends before the next rate: at the last "and",
    ";" or "," between them ("a 25% tariff on steel imports | and threatened
    duties of up to 30%…"), so each rate is read with its own verb."""
    cuts = [m.start() for m in re.finditer(r"\s(and|but|while)\s|[;,]", text[start:stop])]
    return start + cuts[-1] if cuts and stop < len(text) else stop


def _after(sentence: SentenceReading, start: int, stop: int) -> list[Mention]:
    """The countries after the rate and before the next one: after "on",
    "against", "from", "if" (a list, "Japan and South Korea", gives each)."""
    for mention in sentence.mentions:
        if start <= mention.start < stop and _TARGET.match(sentence.text[start:mention.start]):
            return group_after(sentence, mention.start, max_words=0)
    return []


@cache
def _target_before() -> re.Pattern:
    """A tariff word and its lead right before a country: "tariffs on (imports from)"."""
    return re.compile(
        rf"(?:{cues(TYPE, 'near').pattern})\s+(on|against|for)\s+(?:all\s+)?{_GOODS}?(the\s+)?$",
        re.IGNORECASE)


def _before(sentence: SentenceReading, start: int, stop: int, claimed: set[int]) -> list[str]:
    """A target named before the rate in the same clause: "tariffs on Indian
    goods from 25% to 50%", "tariffs on imports from China to 125%"."""
    for mention in reversed(sentence.mentions):
        if not start <= mention.start < stop or mention.start in claimed:
            continue
        if _CLAUSE_BREAK.search(sentence.text[mention.end:stop]):
            return []
        if _target_before().search(sentence.text[max(start, mention.start - 50):mention.start]):
            return [mention.code]
    return []


_DESTINATION = re.compile(r"\b(to|into|entering|than)\s+(the\s+)?$", re.IGNORECASE)
_SOURCE = re.compile(rf"{_GOODS}(the\s+)?$", re.IGNORECASE)
_GOVERNED = re.compile(r"\b(by|from|with|on|against|over|between|at|for|of|among)\s+(the\s+)?$",
                       re.IGNORECASE)
_JOIN = re.compile(r"\s*(,\s*(and\s+|or\s+)?|\s+and\s+|\s+or\s+)(the\s+)?", re.IGNORECASE)


def _facing(sentence: SentenceReading, start: int, rate_start: int) -> list[Mention]:
    """The countries that face a rate: the subject of "face", "be subject to",
    "be hit with", "receive" right before it ("Vietnam was hit with a 46%
    tariff", "goods from Japan were assigned a 24% tariff"). Where the goods
    go ("imports to the U.S.") is skipped; a list joined by bare commas counts
    from three names ("the UK, Brazil, Singapore")."""
    text = sentence.text
    verb = _facing_verb(text, start, rate_start)
    if verb is None or any(verb.end() <= m.start < rate_start for m in sentence.mentions):
        return []
    before = [m for m in sentence.mentions if start <= m.start and m.end <= verb.start()]
    while before and _DESTINATION.search(text[max(0, before[-1].start - 25):before[-1].start]):
        before.pop()
    if not before or len(text[before[-1].end:verb.start()].split()) > 6:
        return []
    group = [before[-1]]
    for mention in reversed(before[:-1]):
        join = _JOIN.fullmatch(text[mention.end:group[0].start])
        if not join:
            break
        group.insert(0, mention)
    joins = text[group[0].start:group[-1].end]
    if len(group) == 2 and not re.search(r"\b(and|or)\b|&", joins):
        group = group[-1:]
    lead = text[max(0, group[0].start - 40):group[0].start]
    if _GOVERNED.search(lead) and not _SOURCE.search(lead):
        return []
    return group


def _with_rate(reading: Reading, sentence: SentenceReading, start: int,
               first: Quantity) -> list[str]:
    """The subject of a clause that ends "with a 46% tariff" ("Vietnam
    emerged as one of the hardest hit, with 46% tariffs"), unless the
    subject answers with its own ("China retaliated with 34% tariffs")."""
    text = sentence.text
    if not re.search(r"\bwith\s+(an?\s+)?$", text[start:first.start], re.IGNORECASE) or \
            cues(TYPE, "retaliation").search(text[start:first.start]):
        return []
    holder = subject(reading, sentence, before=first.start, exclude={US_SIDE})
    return [holder] if holder else []


def _struck(sentence: SentenceReading, start: int, rate_start: int) -> list[Mention]:
    """The countries struck with a rate: "hit Brazil with a 50% tariff",
    "threatened Japan and Korea with tariffs of 35%", "charge India a 25%
    tariff"."""
    text = sentence.text
    for mention in sentence.mentions:
        if start <= mention.start < rate_start and cues(TYPE, "strike").search(
                text[max(start, mention.start - 25):mention.start]):
            group = group_after(sentence, mention.start, max_words=0)
            if _WITH.fullmatch(text[group[-1].end:rate_start]):
                return group
    return []


_WITH = re.compile(r"\s*(with\s+)?(an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?", re.IGNORECASE)


def _facing_verb(text: str, start: int, rate_start: int) -> re.Match | None:
    """The last "face", "subject to", "hit with"… before a rate, if the rate
    is its object: close by, in the same clause ("subject to the highest tax
    rates, at 34%", not "faced criticism, and tariffs of 25%")."""
    verb = None
    for match in cues(TYPE, "receive").finditer(text, start, rate_start):
        verb = match
    if verb is None:
        return None
    gap = text[verb.end():rate_start]
    if len(gap) > 45 or re.search(r"[;:]|\b(and|but|while|which|after|before|as)\b", gap):
        return None
    return verb


def _imposed_by(sentence: SentenceReading, start: int, stop: int) -> str | None:
    """The imposer named after the rate: "the 20% tariffs imposed by Trump"."""
    for mention in sentence.mentions:
        if start <= mention.start < stop and cues(TYPE, "imposed_by").search(
                sentence.text[start:mention.start]):
            return mention.code
    return None


def _each_other(text: str) -> bool:
    return cues(TYPE, "each_other").search(text) is not None


def _addressees(sentence: SentenceReading, before: int) -> list[str]:
    """Countries a letter, warning or notice before the rate is addressed to:
    "letters were sent to South Korea and Japan, imposing a 25% tariff"."""
    text = sentence.text
    for match in cues(TYPE, "addressee").finditer(text, 0, before):
        group = group_after(sentence, match.end(), max_words=1)
        if group and group[-1].end <= before:
            return [m.code for m in group]
    return []


def _all_imports(text: str, start: int, first: Quantity, last: Quantity, stop: int) -> list[str]:
    """ALL where the rate is on all imports ("on virtually all imports", "a
    universal 10% tariff", "a blanket 10% rate") or on a product from
    everywhere ("on steel imports")."""
    after = text[last.end:stop]
    around = text[max(start, first.start - 20):first.start] + " " + after[:25]
    if (cues(TYPE, "all_imports").search(after) or cues(TYPE, "sectoral").search(after)
            or cues(TYPE, "all_adjacent").search(around)
            or cues(TYPE, "all_imports").search(text[start:first.start])):
        return ["ALL"]
    return []

"""Who a tariff rate is on and who imposes it, read around the rate in its
clause (see tariff.py for the order in which these readings are tried)."""
from __future__ import annotations

import re
from functools import cache

from core.extract.reading import (US_SIDE, Reading, SentenceReading, clause_end, cues,
                                  group_after, possessor_before, subject)
from core.normalize.countries import Mention
from core.normalize.numbers import Quantity

TYPE = "tariff"
_GOODS = r"(?:(?:all\s+)?(?:goods|imports|products|exports|shipments|cars|steel|vehicles)\s+" \
         r"(?:imported\s+|originating\s+|coming\s+)?(?:from|made in|in)\s+)"
# An amount of trade a rate covers: "on $300 billion (worth) of Chinese goods".
_WORTH = r"(?:[$€£¥]?\d[\d.,]*\s*(?:billion|million|trillion|bn|mn)?\s+(?:worth\s+)?of\s+)"
# Between a rate and its target: "on", "against", "on imports from", "applies
# to all", "on a range of", "on two key partners, " (a descriptive phrase
# before the list).
_TARGET = re.compile(
    rf"^[^;]{{0,40}}?\b(on|against|for|from|targeting|if|should|appl(?:y|ies|ied)\s+to)\s+"
    rf"{_WORTH}?(?:(?:virtually|nearly|almost)\s+)?(?:(?:all|some|most|many|certain|selected)\s+)?"
    r"(?:(?:a\s+(?:range|raft|host|list|slew|swathe|number)|dozens|hundreds|scores)\s+of\s+)?"
    rf"{_GOODS}?"
    r"(?:[^,;.]{0,50}?\b(?:partners|countries|economies|nations|allies|neighbou?rs|exporters),?\s+"
    r"(?:including\s+|such as\s+|like\s+|namely\s+)?)?(the\s+)?$",
    re.IGNORECASE)

def named_after(sentence: SentenceReading, start: int, stop: int) -> list[Mention]:
    """The countries after the rate and before the next one: after "on",
    "against", "from", "if" (a list, "Japan and South Korea", gives each)."""
    for mention in sentence.mentions:
        if start <= mention.start < stop and _TARGET.match(sentence.text[start:mention.start]):
            return group_after(sentence, mention.start, max_words=0)
    return []


@cache
def _lead_before() -> re.Pattern:
    """A tariff word and its lead right before a country: "tariffs on (imports from)"."""
    return re.compile(
        rf"(?:{cues(TYPE, 'near').pattern})\s+(on|against|for)\s+(?:all\s+)?{_GOODS}?(the\s+)?$",
        re.IGNORECASE)


def named_before(sentence: SentenceReading, start: int, stop: int,
                 claimed: set[int]) -> list[Mention]:
    """A target named before the rate in the same clause: "tariffs on Indian
    goods from 25% to 50%", "tariffs on imports from China to 125%"."""
    for mention in reversed(sentence.mentions):
        if not start <= mention.start < stop or mention.start in claimed:
            continue
        if clause_end(sentence.text, mention.end) < stop:
            return []
        if _lead_before().search(sentence.text[max(start, mention.start - 50):mention.start]):
            return [mention]
    return []


# Right after a country that names a tariff, not a party facing it: "a US
# tariff rate of 19%".
_RATE_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:tariffs?|duty|duties|levy|levies)\b",
                         re.IGNORECASE)
_DESTINATION = re.compile(r"\b(to|into|entering|than)\s+(the\s+)?$", re.IGNORECASE)
_SOURCE = re.compile(rf"{_GOODS}(the\s+)?$", re.IGNORECASE)
_GOVERNED = re.compile(r"\b(by|from|with|on|against|over|between|at|for|of|among)\s+(the\s+)?$",
                       re.IGNORECASE)
_JOIN = re.compile(r"\s*(,\s*(and\s+|or\s+)?|\s+and\s+|\s+or\s+)(the\s+)?", re.IGNORECASE)


def facing(sentence: SentenceReading, start: int, rate_start: int) -> list[Mention]:
    """The countries that face a rate: the subject of "face", "be subject to",
    "be hit with", "receive" right before it ("Vietnam was hit with a 46%
    tariff", "goods from Japan were assigned a 24% tariff", "secured a US
    tariff rate of 19%": the imposer may name the tariff). Where the goods
    go ("imports to the U.S.") is skipped; a list joined by bare commas counts
    from three names ("the UK, Brazil, Singapore")."""
    text = sentence.text
    verb = facing_verb(text, start, rate_start)
    if verb is None or any(verb.end() <= m.start < rate_start and not _RATE_AFTER.match(text, m.end)
                           for m in sentence.mentions):
        return []
    before = [m for m in sentence.mentions if start <= m.start and m.end <= verb.start()]
    destination_words = 0  # "exports to the United States" is one phrase of its subject
    while before:
        lead = _DESTINATION.search(text, max(0, before[-1].start - 25), before[-1].start)
        if lead is None:
            break
        destination_words += len(text[lead.start():before.pop().end].split())
    if not before or len(text[before[-1].end:verb.start()].split()) - destination_words > 6:
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


def with_rate(reading: Reading, sentence: SentenceReading, start: int,
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


def struck(sentence: SentenceReading, start: int, rate_start: int) -> list[Mention]:
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


def bracketed(sentence: SentenceReading, rate: Quantity) -> list[Mention]:
    """The country a rate is bracketed after, in a list of such pairs:
    "Vietnam (46%), Cambodia (49%) and Thailand (36%)" (a lone "growth in
    Japan (1.2%)" is no such list)."""
    pairs = {start: mention for start, mention in _bracket_pairs(sentence)}
    return [pairs[rate.start]] if len(pairs) > 1 and rate.start in pairs else []


def _bracket_pairs(sentence: SentenceReading):
    """(start of the percentage, country) for each "Country (N%)"."""
    text = sentence.text
    for mention in sentence.mentions:
        match = _BRACKET.match(text, mention.end)
        if match:
            yield match.end(), mention


_BRACKET = re.compile(r"\s*\(\s*(?=[\d.]+\s?(%|percent|per cent)\s*\))", re.IGNORECASE)


def facing_verb(text: str, start: int, rate_start: int) -> re.Match | None:
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


def imposed_by(sentence: SentenceReading, start: int, stop: int) -> str | None:
    """The imposer named after the rate: "the 20% tariffs imposed by Trump"."""
    for mention in sentence.mentions:
        if start <= mention.start < stop and cues(TYPE, "imposed_by").search(
                sentence.text[start:mention.start]):
            return mention.code
    return None


def coming_from(sentence: SentenceReading, start: int, stop: int) -> str | None:
    """Who a faced rate comes from: "Korea faces a 25% tariff from China"."""
    for mention in sentence.mentions:
        if start <= mention.start < stop and _FROM.match(sentence.text[start:mention.start]):
            return mention.code
    return None


_FROM = re.compile(r"^[^,;]{0,30}?\bfrom\s+(the\s+)?$", re.IGNORECASE)


def each_other(text: str) -> bool:
    return cues(TYPE, "each_other").search(text) is not None


def addressees(sentence: SentenceReading, before: int) -> list[str]:
    """Countries a letter, warning or notice before the rate is addressed to:
    "letters were sent to South Korea and Japan, imposing a 25% tariff"."""
    text = sentence.text
    for match in cues(TYPE, "addressee").finditer(text, 0, before):
        group = group_after(sentence, match.end(), max_words=1)
        if group and group[-1].end <= before:
            return [m.code for m in group]
    return []


def all_imports(text: str, start: int, first: Quantity, last: Quantity, stop: int) -> list[str]:
    """ALL where the rate is on all imports ("on virtually all imports", "a
    universal 10% tariff", "a blanket 10% rate") or on a product from
    everywhere ("on steel imports", "raised the duty on gold to 15%")."""
    after = text[last.end:stop]
    before_rate, after_rate = _everywhere()
    if (cues(TYPE, "all_imports").search(after) or cues(TYPE, "sectoral").search(after)
            or before_rate.search(text[start:first.start]) or after_rate.match(after)
            or cues(TYPE, "all_imports").search(text[start:first.start])
            or cues(TYPE, "sectoral").search(text[start:first.start])):
        return ["ALL"]
    return []


@cache
def _everywhere() -> tuple[re.Pattern, re.Pattern]:
    """An all-imports adjective right before a rate ("a blanket 10%") or
    right after it ("10% universal tariff"), at most one word apart."""
    adjective = cues(TYPE, "all_adjacent").pattern
    return (re.compile(rf"(?:{adjective})[\s-]+(?:\w+\s+)?$", re.IGNORECASE),
            re.compile(rf"\s*(?:\w+\s+)?(?:{adjective})", re.IGNORECASE))


def owner(sentence: SentenceReading, first: Quantity) -> str | None:
    """The country whose rate it is, by a possessive on the rate itself:
    "Trump's initial 104% tariff", "Vietnam's 46% tariff", not "Japan's
    inflation rate rose to 3%"."""
    possessor = possessor_before(sentence, first.start)
    if possessor is None:
        return None
    mention = next(m for m in reversed(sentence.mentions)
                   if m.code == possessor and m.end <= first.start)
    return possessor if _OWNED.match(sentence.text[mention.end:first.start]) else None


_OWNED = re.compile(r"[’']s?\s+(?:(?:initial|new|latest|current|additional|extra|"
                    r"reciprocal|retaliatory|proposed|threatened|planned|earlier|previous)\s+)?$",
                    re.IGNORECASE)

def imposers(reading: Reading, sentence: SentenceReading, first: Quantity,
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


def possessed(reading: Reading, sentence: SentenceReading, possessor: str,
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

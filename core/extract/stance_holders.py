"""Who holds a stance a cue states: the countries named right before the
cue (core/extract/stance.py reads what the stance is).

Usually the coordinated countries before it ("Australia and the Philippines
are more willing"); an apposition's countries even after a preposition
("forces from Japan and Australia, both close U.S. allies"); the parties
named after a relation ("the alliance between the US and Japan"); for a
quoted first person ("“…for us not to have to take sides”"), the government
whose voice speaks; for "The country…", the one country the sentence before
names. People and things named by a country word ("a Japanese professor",
"Chinese factories") are no government's voice and hold nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from core.extract.reading import (US_SIDE, Reading, SentenceReading, group_after,
                                  group_before)

NOT_HOLDERS = {US_SIDE, "NATO"}

_PUBLIC = re.compile(r"\b(public|opinion|voters|citizens|people|population|polls?|surveys?|"
                     r"respondents|electorate)\b", re.IGNORECASE)

# Who is named by a country word but is no voice of its government: people
# ("a Japanese professor") and things ("Chinese factories shift away").
_NOT_A_VOICE = re.compile(
    r"^\s*(professors?|analysts?|experts?|scholars?|academics?|researchers?|journalists?|"
    r"writers?|commentators?|economists?|businessm[ae]n|businesswom[ae]n|artists?|students?|"
    r"authors?|historians?|think\s+tanks?|novelists?|bloggers?|compan(y|ies)|firms?|"
    r"factor(y|ies)|exporters?|importers?|investors?|business(es)?|manufacturers?|"
    r"automakers?|carmakers?|banks?|markets?|stocks?|shares|goods|products?|exports|imports|"
    r"suppliers?|supply\s+chains?|tourists?|brands?|troops|forces|soldiers|warships?|ships?|"
    r"vessels?|navy|military|aircraft|jets|missiles?|drones?)\b", re.IGNORECASE)

_CLAUSE_BREAK = re.compile(r"[,;:]")
# A second predicate sharing the sentence's subject, and that subject's verb.
_AND_PREDICATE = re.compile(r"\s\band\s+((has|have|had|is|are|was|were|remains?|remained|also|"
                            r"still|now|been|\w+ly)\s+)*$", re.IGNORECASE)
_VERB_AFTER = re.compile(r"(\s*,[^,]{1,30},)?\s+(has|have|had|is|are|was|were|will|would|"
                         r"\w+ed|\w+s)\b")
_CLAUSE_STOP = re.compile(r"[;:]|,\s*(and|but|while|whereas)\b|\b(who|which|that|but|while|"
                          r"whereas|although)\b", re.IGNORECASE)
_THE_TWO = re.compile(r"(the\s+two|both)\b", re.IGNORECASE)
_POSSESSIVE_JOIN = re.compile(r"^[’']s\s+$")
_TITLE_BETWEEN = re.compile(r"^\s+([A-Z][\w-]*\s+){1,3}$")
_POSSESSIVE_ASIDE = re.compile(r"^[’']s\s+[^,;]{1,50},")
_THE_COUNTRY = re.compile(r"\b(the|this)\s+(country|nation|government)\b", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"\b(in|of|for|to|from|with|by|on|at|into|across|throughout|"
                                 r"about|against|toward|towards)\s+$", re.IGNORECASE)

# An apposition starts right after a comma with a determiner: "Japan and
# Australia, both close U.S. allies"; "Thailand, a US treaty ally since 1954,";
# so does a relative clause whose subject "which" is: "Cambodia, which has
# long pursued…" (not "claims, which Taipei rejects": no name before the cue).
_APPOSITION_LEAD = re.compile(r",\s*(((both|all|each|two|three|a|an|the|another|one\s+of\s+the)\s+"
                              r"([\w.’'-]+\s+){0,3})|(?P<relative>which\s+([\w’'-]+\s+){0,5}))?$",
                              re.IGNORECASE)
_LIST_JOIN = re.compile(r"\band\b|&|,")
# What joins a country to a `nominal` cue: a copula ("Japan is a treaty
# ally of…", "Cambodia is widely seen as China's closest ally") or the
# comma of an apposition ("Japan, a treaty ally of…").
_COPULA = re.compile(r"^\s*(,\s*)?((is|are|was|were|remains?|remained|stays?|stayed|has\s+been|"
                     r"have\s+been|had\s+been|becomes?|became|(has\s+|have\s+)?emerged\s+as)\s+"
                     r"((also|still|now|long|once|"
                     r"not|no\s+longer|never|always|widely|often|generally)\s+)*"
                     r"((seen|regarded|viewed|considered|described)\s+as\s+)?)?$", re.IGNORECASE)

# Reported speech in the first person: the speaker's government holds it.
_FIRST_PERSON = re.compile(r"\b([Ww]e|us|[Oo]ur|[Oo]urselves)\b")
_OPEN_QUOTES = "“\""
_CLOSE_QUOTES = "”\""
_TITLE_AFTER = re.compile(
    r"^([’']s)?\s+([\w-]+\s+){0,2}?(president|prime\s+minister|premier|foreign\s+minister|"
    r"defen[cs]e\s+minister|minister|ministry|government|spokes\w+|leader|ambassador|"
    r"chancellor|officials?)\b", re.IGNORECASE)
_PRONOUN_SPEAKER = re.compile(r"^\s*(he|she)\s+(said|says|added|told|stressed|insisted|argued)\b"
                              r"|\b(he|she)\s+(said|says|added|stressed|insisted)\s*[.,]?\s*$",
                              re.IGNORECASE)


@dataclass(frozen=True)
class Holders:
    """Whose stance a cue states: their codes, where they are named (the
    text from `end` to the cue is read for negation) and whether they are the
    public rather than the government."""
    codes: tuple[str, ...]
    start: int
    end: int
    public: bool = False


def find(reading: Reading, original: SentenceReading, sentence: SentenceReading,
         match: re.Match, relation: str, in_apposition: bool) -> Holders | None:
    """Who holds the stance of the cue at `match`, whose table row says how
    the countries are named (`relation`, the row's `object`): the speaker of
    a first-person quotation, else the countries named for the cue, else the
    country "the country" refers back to. `sentence` is `original` with its
    asides blanked, unless the cue is itself in apposition."""
    return (_speaker(reading, original, match)
            or _named(sentence, match, relation, in_apposition)
            or _the_country(reading, sentence, match))


def may_hold(sentence: SentenceReading) -> bool:
    """Whether the sentence can name a holder at all: a country, a first
    person, or "the country"."""
    return bool(sentence.mentions or _FIRST_PERSON.search(sentence.text)
                or _THE_COUNTRY.search(sentence.text))


def appositive(sentence: SentenceReading, match: re.Match) -> bool:
    """Whether the cue sits in an apposition ("Thailand, a US treaty ally
    since 1954, has…"; "forces from Japan and Australia, both close U.S.
    allies"; "Cambodia, which counts China as…"), which describes the
    countries before it."""
    lead = _APPOSITION_LEAD.search(sentence.text[:match.start()])
    if lead is None:
        return False
    return not lead.group("relative") or not any(
        lead.start() <= m.start < match.start() for m in sentence.mentions)



def _named(sentence: SentenceReading, match: re.Match, relation: str,
           in_apposition: bool) -> Holders | None:
    """The countries a cue speaks of, by where the cue's table row says they
    are named: right before it (an apposition's countries even after a
    preposition), after it for a relation that names its parties, or inside
    it for a country moved by someone else ("steered Manila back toward")."""
    if relation == "moved":
        group = [m for m in sentence.mentions if match.start() < m.start < match.start("toward")
                 and not _NOT_A_VOICE.match(sentence.text[m.end:])]
        return _voices(sentence, group, match, start=match.start(), end=match.start()) \
            if group else None
    if relation == "parties":
        group = group_after(sentence, match.end(), max_words=1)
        if len(group) != 2 or US_SIDE not in {m.code for m in group}:
            return None  # three or more parties make a framework: a membership
        return _voices(sentence, group, match, start=group[0].start, end=match.start())
    group = [m for m in _with_titled_leaders(
                 sentence, group_before(sentence, match.start(), appositive=in_apposition),
                 in_apposition)
             if not _NOT_A_VOICE.match(sentence.text[m.end:])] \
        or _subject_of_first_predicate(sentence, match)
    if not group:
        return _the_two(sentence, match) if relation == "nominal" else None
    group = _owner_of_name(sentence, _owner_of_apposition(sentence, group))
    if relation == "mutual" and not _with_the_us(sentence, group):
        return None
    if relation == "nominal" and not _COPULA.match(sentence.text[group[-1].end:match.start()]):
        return _the_two(sentence, match)
    return _voices(sentence, group, match, start=group[0].start, end=group[-1].end)


def _the_two(sentence: SentenceReading, match: re.Match) -> Holders | None:
    """For "the two U.S. allies" or "both allies" referring back ("Japan will
    give the Philippines ships, as the two U.S. allies step up…"): the two
    countries the sentence named before it, when it named exactly two."""
    if not _THE_TWO.match(match.group()):
        return None
    codes = tuple(dict.fromkeys(m.code for m in sentence.mentions
                                if m.end <= match.start() and m.code not in NOT_HOLDERS))
    return Holders(codes, match.start(), match.start()) if len(codes) == 2 else None


def _subject_of_first_predicate(sentence: SentenceReading, match: re.Match):
    """For a cue in a second predicate ("Papua New Guinea has signed a pact
    with Washington and remains wary of Chinese offers"): the countries that
    open the sentence as its subject, followed by their verb."""
    if not sentence.mentions or not _AND_PREDICATE.search(sentence.text, 0, match.start()):
        return []
    group = group_after(sentence, 0, max_words=2)
    if not group or not _VERB_AFTER.match(sentence.text, group[-1].end) or \
            _CLAUSE_STOP.search(sentence.text, group[-1].end, match.start()):
        return []
    return group


def _with_titled_leaders(sentence: SentenceReading, group, in_apposition: bool):
    """A group that starts with a leader after their title ("Japanese Prime
    Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed"):
    the leader and the countries coordinated before the title join it."""
    while group and group[0].kind == "leader":
        titled = [m for m in sentence.mentions if m.end <= group[0].start and m.code == group[0].code
                  and _TITLE_BETWEEN.match(sentence.text[m.end:group[0].start])]
        if not titled:
            break
        before = group_before(sentence, titled[-1].end, max_words=0, appositive=in_apposition)
        if not before or before[0] is titled[-1]:
            break
        group = before[:-1] + group
    return group


def _owner_of_name(sentence: SentenceReading, group):
    """For a country word in a name another country owns ("China's Taiwan
    Affairs Office said it opposed…"), the owner: the office speaks for it."""
    if len(group) != 1:
        return group
    owners = [m for m in sentence.mentions if m.end <= group[0].start
              and _POSSESSIVE_JOIN.match(sentence.text[m.end:group[0].start])]
    return [owners[-1]] if owners and owners[-1].code != group[0].code else group


def _owner_of_apposition(sentence: SentenceReading, group):
    """For a possessive in an apposition ("Moscow, India's main arms
    supplier, has grown closer…"), the country it describes, named just
    before it, instead: the possessor holds no stance."""
    if len(group) != 1 or not _POSSESSIVE_ASIDE.match(sentence.text[group[0].end:]):
        return group
    before = [m for m in sentence.mentions if m.end <= group[0].start]
    if before and sentence.text[before[-1].end:group[0].start].strip() == ",":
        return [before[-1]]
    return group


def _the_country(reading: Reading, sentence: SentenceReading, match: re.Match) -> Holders | None:
    """For "The country has long been wary of Beijing": the country the
    nearest earlier sentence that names any names, when it names only one
    (besides the US) and this sentence does not name it ("Chinese investment
    in the country has grown. The country is wary of Beijing" is not China);
    a choice between several is left alone."""
    named = list(_THE_COUNTRY.finditer(sentence.text, 0, match.start()))
    found = named[-1] if named else None
    if found is None or _PREPOSITION_BEFORE.search(sentence.text[:found.start()]):
        return None
    gap = sentence.text[found.end():match.start()]
    if len(gap.split()) > 8 or _CLAUSE_BREAK.search(gap):
        return None
    for previous in reading.sentences[max(0, sentence.index - 2):sentence.index][::-1]:
        if previous.mentions:
            codes = {m.code for m in previous.mentions} - NOT_HOLDERS
            if len(codes) != 1 or codes & set(sentence.codes()):
                return None
            return Holders((codes.pop(),), found.start(), found.end())
    return None


def _voices(sentence: SentenceReading, group, match: re.Match, start: int,
            end: int) -> Holders | None:
    codes = tuple(dict.fromkeys(m.code for m in group if m.code not in NOT_HOLDERS))
    if not codes:
        return None
    around = sentence.text[max(0, start - 25):match.start()]
    plural_demonym = any(m.kind == "demonym" and m.text.endswith("s") for m in group)
    return Holders(codes, start, end, public=plural_demonym or bool(_PUBLIC.search(around)))


def _with_the_us(sentence: SentenceReading, group) -> bool:
    """Whether the US is party to a mutual relation: in the group, or joined
    to it a few words before ("U.S. President Biden and Philippine President
    Marcos agreed to solidify their alliance")."""
    if any(m.code == US_SIDE for m in group):
        return True
    for mention in sentence.mentions:
        if mention.code == US_SIDE and mention.end <= group[0].start:
            between = sentence.text[mention.end:group[0].start]
            if len(between.split()) <= 6 and _LIST_JOIN.search(between) and ";" not in between:
                return True
    return False


def _speaker(reading: Reading, sentence: SentenceReading, match: re.Match) -> Holders | None:
    """For a cue inside a quotation in the first person ("“…for us not to
    have to take sides…”"), the government of whoever says it: a leader or
    an official named outside the quotation, or, for "He said", the one the
    sentence before names. Anyone else (a scholar) holds no stance."""
    text = sentence.text
    opened = max(text.rfind(q, 0, match.start()) for q in _OPEN_QUOTES)
    if opened < 0 or "”" in text[opened + 1:match.start()]:
        return None
    if text[opened] == '"' and text.count('"', 0, match.start()) % 2 == 0:
        return None  # the last straight quote before the cue closes a quotation
    if not _FIRST_PERSON.search(text[opened:match.start()]):
        return None
    closed = min((i for i in (text.find(q, match.end()) for q in _CLOSE_QUOTES) if i >= 0),
                 default=len(text))
    quoted = (opened, closed)
    code = _voice(sentence, quoted)
    outside = text[:opened] + " " + text[closed + 1:]
    if code is None and sentence.index > 0 and _PRONOUN_SPEAKER.search(outside.strip()):
        code = _voice(reading.sentences[sentence.index - 1], (0, 0))
    if code is None:
        return None
    return Holders((code,), match.start(), match.start())


def _voice(sentence: SentenceReading, quoted: tuple[int, int]) -> str | None:
    """The country of a government voice named outside `quoted`: a leader
    ("Lee Hsien Loong") or a country word followed by a title ("Singaporean
    Prime Minister", "China's foreign ministry")."""
    for mention in sentence.mentions:
        if quoted[0] <= mention.start < quoted[1] or mention.code in NOT_HOLDERS:
            continue
        if mention.kind == "leader" or _TITLE_AFTER.match(sentence.text[mention.end:]):
            return mention.code
    return None

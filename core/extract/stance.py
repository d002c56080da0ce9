"""Stances: where a country stands toward the US-led side (or China), as the
text says it.

A cue from `data/stance_cues.csv` ("is especially reluctant", "seeking closer
ties with", "a treaty ally of", "balance between") attributes a position to
the coordinated countries right before it: "Australia and the Philippines
are more willing to cooperate" gives two facts, and in a ranked list each
group takes its own cue ("Laos and Cambodia lean toward China, while
Singapore is closer to the US"). An apposition describes the countries it
follows ("Japan and Australia, both close U.S. allies"), unless the sentence
itself says where they stand. A relation can also name its parties after the
cue ("the alliance between the US and Japan"), or hold between the US and
the countries before it ("the US and India are closely aligned"). In a
quoted first person ("for us not to have to take sides") the stance is the
government voice's who speaks.

Negation flips the label ("not willing"), a question or an if-clause gives
nothing, and a person who is not a government's voice ("a Japanese
professor", "Chinese factories") gives nothing; an analyst who reports a
stance ("an analyst said Laos leans toward China") is not its holder.
`holder` says whose stance it is: the government, or the public ("public
opinion", "South Koreans"). A stance the text places in a former
government's time ("the previous president favored China") is kept only with
the year the text gives it, in `period`; "…but the new administration is
keen to reverse that" gives today's stance, the other way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from core import data
from core.extract.reading import (US_SIDE, Reading, SentenceReading, group_after,
                                  group_before, without_asides)
from core.model import Fact

TYPE = "stance"
VERSION = "2"
NOT_HOLDERS = {US_SIDE, "NATO"}
SIDES = (US_SIDE, "CHN")

_NEGATION = re.compile(r"\b(not|no longer|never|hardly|rather than|instead of|n[’']t)\b", re.IGNORECASE)
_FLIP = {"aligned": "reluctant", "leaning": "reluctant", "reluctant": "leaning",
         "opposed": "leaning", "hedging": None}
# A condition: "if…", "unless…", or an inverted "Were South Korea to…" (a
# name after "were", so "were expanded to include" is no condition).
_HYPOTHETICAL = re.compile(r"\b(?i:if|unless|whether|suppose|supposing)\b[^,;]*$|"
                           r"(?:^|[,;:]\s*)(?i:were)\s+(?:the\s+)?[A-Z][\w.’'-]*"
                           r"(?:\s+[A-Z][\w.’'-]*)?\s+to\b[^,;]*$")
_RECEIVED = re.compile(r"\b(met|greeted|received|viewed|seen|regarded)\s+with\b|\bfaced\b|\bdrew\b",
                       re.IGNORECASE)
_PUBLIC = re.compile(r"\b(public|opinion|voters|citizens|people|population|polls?|surveys?|"
                     r"respondents|electorate)\b", re.IGNORECASE)
# Who is named by a country word but is no voice of its government: people
# ("a Japanese professor") and things ("Chinese factories shift away").
_NOT_A_VOICE = re.compile(
    r"^\s*(professor|analyst|expert|scholar|academic|researcher|journalist|writer|commentator|"
    r"economist|businessman|businesswoman|artist|student|author|historian|think tank|novelist|"
    r"blogger|compan|firm|factor|exporter|importer|investor|business|manufacturer|"
    r"automaker|carmaker|bank|market|stock|share|goods|product|export|import|supplier|"
    r"supply chain|tourist|brand|troops|forces|soldiers|warships?|ships?|vessels?|navy|"
    r"military|aircraft|jets|missiles?|drones?)", re.IGNORECASE)
_AGAINST_CHINA = re.compile(r"\b(against|confront\w*|counter\w*|deter\w*|contain\w*|"
                            r"war\s+with|conflict\s+with|attack\w*|anti-|criticis\w*|"
                            r"criticiz\w*|challeng\w*|provok\w*|antagoni\w*|sanction\w*)",
                            re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:]")
_THE_COUNTRY = re.compile(r"\b(the|this)\s+(country|nation|government)\b", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"\b(in|of|for|to|from|with|by|on|at|into|across|throughout|"
                                 r"about|against|toward|towards)\s+$", re.IGNORECASE)
_COMPARISON = re.compile(r"\b(than|as)\b", re.IGNORECASE)
_ADJACENT = re.compile(r"^\s*((the|its|their|our)\s+)?$", re.IGNORECASE)
# What may follow an object named right after an `adjacent` cue: "favored
# China over the US", "moved away from the US in recent years", "close to
# Washington's view", "with our American allies"; not another noun it
# modifies ("favor US firms").
_OBJECT_END = re.compile(r"^(\s*[^\w\s’']|\s*$|\s+(over|above|to|than|and|or|in|on|at|for|"
                         r"with|by|as|of|from|because|since|while|but|rather|instead|when|"
                         r"despite|amid|during|after|before|under|until|now|again|too|"
                         r"is|are|was|were|has|have|had|will|would|ally|allies|partners?|"
                         r"friends?)\b|[’']s\b)", re.IGNORECASE)
# An apposition starts right after a comma with a determiner: "Japan and
# Australia, both close U.S. allies"; "Thailand, a US treaty ally since 1954,".
_APPOSITION_LEAD = re.compile(r",\s*((both|all|each|two|three|a|an|the|one\s+of\s+the)\s+"
                              r"([\w.’'-]+\s+){0,3})?$", re.IGNORECASE)
_LIST_JOIN = re.compile(r"\band\b|&|,")
# What joins a country to a `nominal` cue: a copula ("Japan is a treaty
# ally of…") or the comma of an apposition ("Japan, a treaty ally of…").
_COPULA = re.compile(r"^\s*(,\s*)?((is|are|was|were|remains?|remained|stays?|stayed|has\s+been|"
                     r"have\s+been|had\s+been|becomes?|became)\s+((also|still|now|long|once|"
                     r"not|no\s+longer|never|always)\s+)*)?$", re.IGNORECASE)

# Time: a former government's stance, and a later one reversing it.
_FORMER = re.compile(
    r"\b(former|previous|then|ex|erstwhile|late|past|outgoing|predecessor)[\s-]+(\w+\s+)?"
    r"(president|prime\s+minister|premier|leader|government|administration|regime|"
    r"chancellor)\b|\bunder\s+(the\s+)?(former|previous|then)\b|\bused\s+to\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:in|during|until|through|back\s+in)\s+((?:19|20)\d\d)\b", re.IGNORECASE)
# "…, but the new administration is keen to reverse that"; "…, a policy the
# new president has vowed to reverse".
_REVERSAL = re.compile(
    r"(\b(but|while|whereas|yet|although)\b|,\s*(a|an)\s+(policy|course|stance|shift|tilt|"
    r"pivot|position)\b)[^;]{0,80}?\b(new|current|present|incoming|successor|administration|"
    r"government|president|leadership|prime\s+minister|cabinet)\b[^;]{0,60}?"
    r"\b(revers\w*|undo\w*|undid|roll\w*\s+back|abandon\w*|chang\w*)"
    r"(\s+(that|this|it|course|th(at|is|e)\s+(policy|tilt|pivot|shift|stance|course))\b|"
    r"\s*[.;,]|\s*$)", re.IGNORECASE)

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
class Cue:
    """One row of the cue table. `object` says where the other side is:
    adjacent (the US or China named in the cue or right after it: "favored
    China"), nominal (as adjacent, for a noun phrase that holds of the
    countries joined to it by a copula or an apposition: "Japan is a treaty
    ally of the US"), optional (the US or China named within a few words
    after it, else the US-led side), mutual (the US among the
    countries before the cue: "the US and India are closely aligned"),
    parties (the two countries named after the cue, the US one of them:
    "the alliance between the US and Japan")."""
    label: str
    object: str
    keys: tuple[str, ...]
    pattern: re.Pattern

    def may_match(self, lowered: str) -> bool:
        """Whether a sentence (lowercased) holds one of the cue's key stems:
        a substring test, so most sentences skip most patterns."""
        return any(key in lowered for key in self.keys)


@dataclass(frozen=True)
class Holders:
    """Whose stance a cue states: their codes, where they are named (the
    text from `end` to the cue is read for negation) and whether they are the
    public rather than the government."""
    codes: tuple[str, ...]
    start: int
    end: int
    public: bool = False


@cache
def _cues() -> tuple[Cue, ...]:
    return tuple(Cue(row["label"], row["object"], tuple(row["key"].split("|")),
                     re.compile(row["cue"], re.IGNORECASE))
                 for row in data.table("stance_cues.csv"))


def _matches(text: str) -> list[tuple[re.Match, Cue]]:
    """Cue matches in `text`; where two overlap, the longer is kept."""
    lowered = text.lower()
    found = [(m, cue) for cue in _cues() if cue.may_match(lowered)
             for m in cue.pattern.finditer(text)]
    found.sort(key=lambda item: (item[0].start(), -(item[0].end() - item[0].start())))
    kept: list[tuple[re.Match, Cue]] = []
    for match, cue in found:
        if any(match.start() < k.end() and k.start() < match.end() for k, _ in kept):
            continue
        kept.append((match, cue))
    return kept


def extract(reading: Reading) -> list[Fact]:
    facts: list[Fact] = []
    for sentence in reading.sentences:
        if sentence.text.rstrip().endswith("?"):
            continue
        if not sentence.mentions and not _FIRST_PERSON.search(sentence.text):
            continue
        stated: dict[tuple, Fact] = {}
        described: dict[tuple, Fact] = {}
        for match, cue in _matches(sentence.text):
            appositive = _appositive(sentence, match)
            for fact in _stances(reading, sentence, match, cue, appositive):
                found = described if appositive else stated
                found.setdefault((fact.country, fact.label, fact.counterpart, fact.period), fact)
        facts.extend(stated.values())
        said = {key[0] for key in stated}
        facts.extend(fact for key, fact in described.items() if key[0] not in said)
    return facts


def _appositive(sentence: SentenceReading, match: re.Match) -> bool:
    """Whether the cue sits in an apposition ("Thailand, a US treaty ally
    since 1954, has…"; "forces from Japan and Australia, both close U.S.
    allies"), which describes the countries before it."""
    return _APPOSITION_LEAD.search(sentence.text[:match.start()]) is not None


def _stances(reading: Reading, original: SentenceReading, match: re.Match, cue: Cue,
             appositive: bool):
    sentence = original if appositive else without_asides(original)
    text = sentence.text
    holders = (_speaker(reading, original, match) or _holders(sentence, match, cue, appositive)
               or _the_country(reading, sentence, match))
    if holders is None:
        return
    if _HYPOTHETICAL.search(text[max(0, holders.start - 60):match.start()]):
        return
    gap = text[holders.end:match.start()]
    if _RECEIVED.search(gap):
        return
    own = set(holders.codes)
    if _third_country_object(sentence, match, own):
        return
    counterpart = _counterpart(sentence, match, cue, own)
    if counterpart is None:
        return
    label = cue.label
    if _NEGATION.search(gap):
        label = _FLIP[label]
        if label is None:
            return
    reversal = _REVERSAL.search(text, match.end())
    past = bool(reversal or _FORMER.search(text[max(0, holders.start - 40):match.start()]))
    period = _year(text, holders.start, match.end(), past)
    holder = "public" if holders.public else "government"
    for code in holders.codes:
        if code == counterpart:
            continue
        if period or not past:
            yield reading.fact(original, TYPE, VERSION, confidence=0.7, country=code,
                               counterpart=counterpart, label=label, holder=holder,
                               period=period)
        if reversal and _FLIP[label]:
            yield reading.fact(original, TYPE, VERSION, confidence=0.6, country=code,
                               counterpart=counterpart, label=_FLIP[label], holder=holder)


def _holders(sentence: SentenceReading, match: re.Match, cue: Cue,
             appositive: bool) -> Holders | None:
    """The countries a cue speaks of, by where the cue's table row says they
    are named: right before it (an apposition's countries even after a
    preposition), or after it for a relation that names its parties."""
    if cue.object == "parties":
        group = group_after(sentence, match.end(), max_words=1)
        if len(group) != 2 or US_SIDE not in {m.code for m in group}:
            return None  # three or more parties make a framework: a membership
        return _voices(sentence, group, match, start=group[0].start, end=match.start())
    group = [m for m in group_before(sentence, match.start(), appositive=appositive)
             if not _NOT_A_VOICE.match(sentence.text[m.end:])]
    if not group:
        return None
    if cue.object == "mutual" and not _with_the_us(sentence, group):
        return None
    if cue.object == "nominal" and not _COPULA.match(sentence.text[group[-1].end:match.start()]):
        return None
    return _voices(sentence, group, match, start=group[0].start, end=group[-1].end)


def _the_country(reading: Reading, sentence: SentenceReading, match: re.Match) -> Holders | None:
    """For "The country has long been wary of Beijing": the country the
    nearest earlier sentence that names any names, when it names only one
    (besides the US) and this sentence does not name it ("Chinese investment
    in the country has grown. The country is wary of Beijing" is not China);
    a choice between several is left alone."""
    found = None
    for found in _THE_COUNTRY.finditer(sentence.text, 0, match.start()):
        pass
    if found is None or _PREPOSITION_BEFORE.search(sentence.text[:found.start()]):
        return None
    gap = sentence.text[found.end():match.start()]
    if len(gap.split()) > 8 or _CLAUSE_BREAK.search(gap):
        return None
    for previous in reading.sentences[max(0, sentence.index - 2):sentence.index][::-1]:
        codes = {m.code for m in previous.mentions} - NOT_HOLDERS - set(sentence.codes())
        if previous.mentions:
            return Holders((codes.pop(),), found.start(), found.end()) if len(codes) == 1 else None
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
    if opened < 0 or any(q in text[opened + 1:match.start()] for q in _CLOSE_QUOTES if q != '"'):
        return None
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


def _counterpart(sentence: SentenceReading, match: re.Match, cue: Cue,
                 own: set[str]) -> str | None:
    """The side a stance is toward, by the cue's `object`: hedging, mutual
    relations and parties are toward the US-led side; otherwise the US or
    China named within the cue or just after it (right after it for
    `adjacent` and `nominal`); China counts only as the object itself ("wary of China"),
    not in "a coalition against China", which is the US-led side. None when
    an `adjacent` cue has no such object."""
    if cue.label == "hedging" or cue.object in ("mutual", "parties"):
        return US_SIDE
    for mention in sentence.mentions:
        if mention.start < match.start() or mention.code in own:
            continue
        if cue.object in ("adjacent", "nominal") and mention.start >= match.end() and not (
                _ADJACENT.match(sentence.text[match.end():mention.start])
                and _OBJECT_END.match(sentence.text[mention.end:])):
            break
        if mention.start > match.end() + 60:
            break
        if mention.code == US_SIDE:
            return US_SIDE
        if mention.code == "CHN":
            between = sentence.text[match.start():mention.start]
            return US_SIDE if _AGAINST_CHINA.search(between) else "CHN"
        break
    return US_SIDE if cue.object == "optional" else None


def _third_country_object(sentence: SentenceReading, match: re.Match, own: set[str]) -> bool:
    """Whether the cue is about a country other than the US or China ("has
    refused to condemn Russia"): one named within a few words after the cue
    in the same clause, before either of them, and not as a comparison
    ("more reluctant than Japan")."""
    for mention in sentence.mentions:
        if mention.start < match.end() or mention.code in own:
            continue
        gap = sentence.text[match.end():mention.start]
        if len(gap.split()) > 3 or _CLAUSE_BREAK.search(gap) or \
                _COMPARISON.search(sentence.text[match.start():mention.start]):
            return False
        return mention.code not in (*SIDES, "NATO")
    return False


def _year(text: str, start: int, end: int, past: bool) -> str | None:
    """The year the text places a stance in: one leading its clause ("In
    2016, Manila…"), or for a former government's stance one anywhere
    around it ("the then president favored China in 2017")."""
    found = _YEAR.search(text[max(0, start - 60):end + 40] if past else
                         text[max(0, start - 30):start])
    return found.group(1) if found else None

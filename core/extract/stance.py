"""Stances: where a country stands toward the US-led side (or China), as the
text says it.

A cue from `data/stance_cues.csv` ("is especially reluctant", "seeking closer
ties with", "a treaty ally of", "balance between") states a position; its
holders are found by core/extract/stance_holders.py ("Australia and the
Philippines are more willing to cooperate" gives two facts; in a ranked list
each group takes its own cue). The side it is toward is the US or China
named in or right after the cue (the US-led side where the row allows
none); a stance toward a third country ("refused to condemn Russia") gives
nothing. Negation flips the label ("not willing"), a question or a
condition gives nothing, and where two cues overlap the longer wins. An
apposition ("Thailand, a US treaty ally since 1954,") counts only for a
country the rest of the sentence gives no stance.

Who holds it beyond the names right before the cue: a country moved by
someone else ("steered Manila back toward Washington"), "the two U.S.
allies" for the two countries just named, a relative clause on the country
("Cambodia, which counts China as its closest friend,"), the opening subject
of a second predicate ("…has signed a pact with Washington and remains wary
of Beijing"). Advice ("Canberra should be cautious") is no stance, unless
the holders' own people say it ("most Thais say Thailand should stay
neutral"). A grouping the US leads (the Quad, AUKUS) is the US-led side.

A stance the text places in a former government's time ("the previous
president favored China") is kept only with the year the text gives it, in
`period`, so a card never shows it as today's; "…but the new administration
is keen to reverse that" gives today's stance, the other way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from core import data
from core.extract import stance_holders as holders_of
from core.extract.reading import (US_SIDE, Reading, SentenceReading, group_after, lexicon,
                                  without_asides)
from core.normalize import frameworks
from core.model import Fact

TYPE = "stance"
VERSION = "2"
SIDES = (US_SIDE, "CHN")

_NEGATION = re.compile(r"\b(not|no longer|never|hardly|rather than|instead of|n[’']t)\b",
                       re.IGNORECASE)
_FLIP = {"aligned": "reluctant", "leaning": "reluctant", "reluctant": "leaning",
         "opposed": "leaning", "hedging": None}
# A condition: "if…", "unless…", or an inverted "Were South Korea to…" (a
# name after "were", so "were expanded to include" is no condition).
_HYPOTHETICAL = re.compile(r"\b(?i:if|unless|whether|suppose|supposing)\b[^,;]*$|"
                           r"(?:^|[,;:]\s*)(?i:were)\s+(?:the\s+)?[A-Z][\w.’'-]*"
                           r"(?:\s+[A-Z][\w.’'-]*)?\s+to\b[^,;]*$")
# Advice to the holder, not a stance it holds: "Canberra should be cautious
# about…", "argue that Japan should hedge", "has called for a more
# independent foreign policy"; "Indians say their country should stay
# neutral" and "Australians say Australia should…" are the holders' own view.
_ADVICE = re.compile(r"^\s*(\w+\s+)?(should|ought\s+to|had\s+better)\b|"
                     r"\b(call(s|ed|ing)?\s+for|urg(e|es|ed|ing)|advocat\w*|press(es|ed)?\s+for|"
                     r"push(es|ed)?\s+for)\b", re.IGNORECASE)
_OWN_VIEW = re.compile(r"\b(say|says|said|believe|believes|think|thinks|want|wants|agree|agrees|"
                       r"feel|feels)\s+(that\s+)?$", re.IGNORECASE)
# A clause joined on, whose own words the negation is read from: "will not
# be bullied, and it will stand with".
_NEXT_CLAUSE = re.compile(r"[,;]\s*(and|but|yet|while|whereas)\b|;", re.IGNORECASE)
_RECEIVED = re.compile(r"\b(met|greeted|received|viewed|seen|regarded)\s+with\b|\bfaced\b|\bdrew\b",
                       re.IGNORECASE)
_AGAINST_CHINA = re.compile(r"\b(against|confront\w*|counter\w*|deter\w*|contain\w*|"
                            r"war\s+with|conflict\s+with|attack\w*|anti-|criticis\w*|"
                            r"criticiz\w*|challeng\w*|provok\w*|antagoni\w*|sanction\w*)",
                            re.IGNORECASE)
# A cue right after another that gave a stance ("hesitant to criticise",
# "refused to condemn") is what the first one is about, not a stance of its
# own; after one that gave none ("prefers not to choose between") it is.
_COMPLEMENT = re.compile(r"\s*(to\s+)?(\w+ly\s+)?$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:]")
_COMPARISON = re.compile(r"\b(than|as)\b", re.IGNORECASE)
# Between a cue and its object: a determiner, or the object's own
# apposition ("stand with its treaty ally, the United States").
_ADJACENT = re.compile(r"^\s*((the|its|their|our)\s+)?(([\w-]+\s+){0,2}(ally|partner|friend|"
                       r"patron)\s*,?\s+(the\s+)?)?$", re.IGNORECASE)
# What may follow an object named right after an `adjacent` cue: "favored
# China over the US", "moved away from the US in recent years", "close to
# Washington's view", "with our American allies"; not another noun it
# modifies ("favor US firms", "chose China's Huawei").
_OBJECT_END = re.compile(r"^(\s*[^\w\s’']|\s*$|\s+(over|above|to|toward|towards|into|than|"
                         r"and|or|in|on|at|for|with|by|as|of|from|because|since|while|but|"
                         r"rather|instead|when|through|via|"
                         r"despite|amid|during|after|before|under|until|now|again|too|"
                         r"is|are|was|were|has|have|had|will|would|ally|allies|partners?|"
                         r"friends?)\b|[’']s\s+(point\s+of\s+view|views?|position|stance|line|"
                         r"side|camp|orbit|lead|approach|policy|demands?)\b)", re.IGNORECASE)
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



@dataclass(frozen=True)
class Cue:
    """One row of the cue table. `object` says where the other side is:
    adjacent (the US or China named in the cue or right after it: "favored
    China"), nominal (as adjacent, for a noun phrase that holds of the
    countries joined to it by a copula or an apposition: "Japan is a treaty
    ally of the US"), optional (the US or China named within a few words
    after it, else the US-led side), mutual (the US among the
    countries before the cue: "the US and India are closely aligned"),
    moved (as adjacent, held by the country named inside the cue, moved by
    someone else: "Marcos steered Manila back toward Washington"),
    parties (the two countries named after the cue, the US one of them:
    "the alliance between the US and Japan")."""
    label: str
    object: str
    keys: tuple[str, ...]
    pattern: re.Pattern

@cache
def _cues() -> tuple[Cue, ...]:
    return tuple(Cue(row["label"], row["object"], tuple(row["key"].split("|")),
                     re.compile(row["cue"], re.IGNORECASE))
                 for row in data.table("stance_cues.csv"))


@cache
def _cues_by_key() -> dict[str, tuple[int, ...]]:
    """Each key stem and the cues (by position) that need it: a sentence is
    tried only against the cues one of whose stems it holds, and each stem is
    looked for once per sentence, however many cues share it."""
    by_key: dict[str, list[int]] = {}
    for index, cue in enumerate(_cues()):
        for key in cue.keys:
            by_key.setdefault(key, []).append(index)
    return {key: tuple(indexes) for key, indexes in by_key.items()}


def _candidates(text: str) -> list[Cue]:
    lowered, cues = text.lower(), _cues()
    wanted = {i for key, indexes in _cues_by_key().items() if key in lowered for i in indexes}
    return [cues[i] for i in sorted(wanted)]


def _matches(text: str) -> list[tuple[re.Match, Cue]]:
    """Cue matches in `text`; where two overlap, the longer is kept."""
    found = [(m, cue) for cue in _candidates(text) for m in cue.pattern.finditer(text)]
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
        if sentence.text.rstrip().endswith("?") or not holders_of.may_hold(sentence):
            continue
        stated: dict[tuple, Fact] = {}
        described: dict[tuple, Fact] = {}
        previous_end = None
        for match, cue in _matches(sentence.text):
            if previous_end is not None and _COMPLEMENT.match(sentence.text,
                                                               previous_end, match.start()):
                continue  # "hesitant to criticise Beijing": the first cue says it
            appositive = holders_of.appositive(sentence, match)
            found = described if appositive else stated
            for fact in _stances(reading, sentence, match, cue, appositive):
                found.setdefault((fact.country, fact.label, fact.counterpart, fact.period), fact)
                previous_end = match.end()
        facts.extend(stated.values())
        said = {key[0] for key in stated}
        facts.extend(fact for key, fact in described.items() if key[0] not in said)
    return facts


def _stances(reading: Reading, original: SentenceReading, match: re.Match, cue: Cue,
             appositive: bool):
    """The facts one cue states: for each holder, the label (flipped by a
    negation before the cue) toward the side the cue names; a former
    government's stance only with its year, and today's where the sentence
    says it was reversed."""
    sentence = original if appositive else without_asides(original)
    text = sentence.text
    if not text[match.start():match.end()].strip():
        return  # in a relative clause with a subject of its own: "claims, which Taipei rejects,"
    holders = holders_of.find(reading, original, sentence, match, cue.object, appositive)
    if holders is None:
        return
    if _HYPOTHETICAL.search(text[max(0, holders.start - 60):match.start()]):
        return
    gap = text[holders.end:match.start()]
    if _RECEIVED.search(gap) or (_ADVICE.search(gap) and not _own_view(sentence, holders)):
        return
    own = set(holders.codes)
    if _third_country_object(sentence, match, own):
        return
    counterpart = _counterpart(sentence, match, cue, own)
    if counterpart is None:
        return
    label = cue.label
    if _NEGATION.search(_last_clause(gap)):
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


def _counterpart(sentence: SentenceReading, match: re.Match, cue: Cue,
                 own: set[str]) -> str | None:
    """The side a stance is toward, by the cue's `object`: hedging, mutual
    relations and parties are toward the US-led side; otherwise the US or
    China named within the cue or just after it (right after it for
    `adjacent` and `nominal`); China counts only as the object itself
    ("wary of China"), not in "a coalition against China", which is the
    US-led side. None when an `adjacent` or `nominal` cue has no such
    object."""
    if cue.label == "hedging" or cue.object in ("mutual", "parties"):
        return US_SIDE
    for mention in sentence.mentions:
        if mention.start < match.start():
            continue
        if mention.code in own:
            if mention.start >= match.end() and _ADJACENT.match(sentence.text[match.end():
                                                                              mention.start]):
                return None  # "China … is wary of Beijing": the holder was misread
            continue
        if cue.object in ("adjacent", "nominal", "moved") and mention.start >= match.end() and not (
                _ADJACENT.match(sentence.text[match.end():mention.start])
                and _OBJECT_END.match(sentence.text[mention.end:])):
            break
        if mention.start > match.end() + 60:
            break
        if mention.code == US_SIDE:
            return US_SIDE
        if mention.code == "CHN":
            # an opposing cue's own word ("stands against") is its stance toward
            # China; in any other cue it says what is declined ("declined to
            # criticise Beijing"): reluctance toward the side against China
            after = match.end() if cue.label == "opposed" else match.start()
            between = sentence.text[after:mention.start]
            return US_SIDE if _AGAINST_CHINA.search(between) else "CHN"
        if _listed_with_the_us(sentence, mention):
            return US_SIDE
        break
    if _us_led_object(sentence, match, cue):
        return US_SIDE
    if cue.object != "optional":
        return None
    if cue.label == "opposed" and _about_others(sentence, match, own):
        return None
    return US_SIDE


def _us_led_object(sentence: SentenceReading, match: re.Match, cue: Cue) -> bool:
    """Whether the cue's object is a grouping the US leads ("criticised the
    Quad as a clique", "is wary of AUKUS"): named right after an `adjacent`
    or `nominal` cue, within a few words after any other, in its clause."""
    after = sentence.text[match.end():match.end() + 60]
    for named in frameworks.find(after)[:1]:
        gap = after[:named.start]
        near = _ADJACENT.match(gap) if cue.object in ("adjacent", "nominal", "moved") else \
            len(gap.split()) <= 4 and not _CLAUSE_BREAK.search(gap)
        return bool(near) and named.id in lexicon()["stance"]["us_led"]
    return False


def _about_others(sentence: SentenceReading, match: re.Match, own: set[str]) -> bool:
    """Whether an opposition that names no side ("condemned the treaty") is
    about other countries: the rest of its sentence names some, but not the
    US ("…and said it would reconsider its ban on arms for Ukraine")."""
    after = {m.code for m in sentence.mentions if m.start >= match.end()} - own
    return bool(after) and not after & {*SIDES, "NATO"}


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
        return mention.code not in (*SIDES, "NATO") and not _listed_with_the_us(sentence, mention)
    return False


def _listed_with_the_us(sentence: SentenceReading, mention) -> bool:
    """Whether a country object is listed with the US ("working with Canberra,
    Washington and Tokyo"): the stance is toward them all, the US among them."""
    return any(m.code == US_SIDE for m in group_after(sentence, mention.start, max_words=0))


def _own_view(sentence: SentenceReading, holders) -> bool:
    """Whether the holders' own people or government say what they should do
    ("most Australians say Australia should remain neutral")."""
    before = sentence.text[:holders.start]
    return bool(_OWN_VIEW.search(before)) and any(
        m.code in holders.codes and m.end <= holders.start for m in sentence.mentions)


def _last_clause(gap: str) -> str:
    """The words of the cue's own clause in the gap from its holders."""
    ends = [joined.end() for joined in _NEXT_CLAUSE.finditer(gap)]
    return gap[ends[-1]:] if ends else gap


def _year(text: str, start: int, end: int, past: bool) -> str | None:
    """The year the text places a stance in: one leading its clause ("In
    2016, Manila…"), or for a former government's stance one anywhere
    around it ("the then president favored China in 2017")."""
    found = _YEAR.search(text[max(0, start - 60):end + 40] if past else
                         text[max(0, start - 30):start])
    return found.group(1) if found else None

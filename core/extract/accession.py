"""Joining, founding, considering joining and leaving a framework, read
from the verb: the countries right before it in its clause, the framework
its object ("join the CPTPP", "joining the second pillar of Aukus",
"ratified the RCEP", "withdrew from the TPP") or, when the verb stands alone
("applied in 2021", "opted out in 2019"), has a word for it ("joined the
bloc") or names the membership ("became the alliance's 32nd member"), the
framework named just before or the one the text is about. A join that is refused or only
possible ("could join", "was invited to join") gives nothing; one under
way gives `considering`. Cue words in `data/lexicon.toml` [membership].
"""
from __future__ import annotations

import re
from functools import cache

from core.extract.reading import SentenceReading, cues, group_before, lexicon, without_asides
from core.normalize.countries import BLOCS
from core.normalize.frameworks import FrameworkMention

# The lexicon section its cue words are in (shared with the membership extractor).
SECTION = "membership"
# How far a joining or leaving country may stand before its verb ("New Zealand's
# government is continuing to actively explore the prospect of joining").
SUBJECT_WORDS = 12


@cache
def _patterns() -> dict[str, re.Pattern]:
    m = lexicon()[SECTION]
    flags = re.IGNORECASE
    return {
        # between a verb and the framework it is about: "from the", "Pillar II of"
        "object": re.compile(rf"\s*((of|from)\s+)?(the\s+)?{m['part']}?(the\s+)?", flags),
        # "joined NATO allies in …": the members, not the framework
        "members": re.compile(rf"\s+({m['role']}|{m['partner']})\b", flags),
        "owned": re.compile(r"[’']s\b"),
    }


def names_event(text: str, framework: FrameworkMention) -> bool:
    """Whether the name is that of something the framework holds ("the Quad
    summit", "NATO exercises"): joining it or pulling out of it is no change
    of membership, and the text is not about the framework itself."""
    return cues(SECTION, "activity").match(text, framework.end) is not None


def changes(sentence: SentenceReading, frameworks: list[FrameworkMention],
            context: str | None):
    """(country, framework, status) for each country the sentence has
    joining, founding, considering joining or leaving a framework;
    `frameworks` are those it names, `context` the one the text is about."""
    plain = without_asides(sentence)
    yield from _joins(sentence, plain, frameworks, context)
    yield from _withdrawals(sentence, plain, frameworks, context)
    yield from _foundings(sentence, plain, frameworks)


def _joins(sentence: SentenceReading, plain: SentenceReading,
           frameworks: list[FrameworkMention], context: str | None):
    for cue in cues(SECTION, "join").finditer(sentence.text):
        target = _target(sentence, cue, frameworks, context, joining=True)
        subject = _subject(sentence, plain, cue.start()) if target else None
        if subject and (status := _join_status(subject[1], cue.group())):
            for code in subject[0]:
                yield code, target, status


def _withdrawals(sentence: SentenceReading, plain: SentenceReading,
                 frameworks: list[FrameworkMention], context: str | None):
    """Leaving, unless only threatened, possible or considered ("threatened
    to withdraw from NATO")."""
    for cue in cues(SECTION, "withdrawn").finditer(sentence.text):
        target = _target(sentence, cue, frameworks, context, joining=False)
        subject = _subject(sentence, plain, cue.start()) if target else None
        if subject and not (cues(SECTION, "not_joined").search(subject[1])
                            or cues(SECTION, "considering").search(subject[1])):
            for code in subject[0]:
                yield code, target, "withdrawn"


def _foundings(sentence: SentenceReading, plain: SentenceReading,
               frameworks: list[FrameworkMention]):
    """Founders are members: "A, B and C founded AUKUS", "announced the
    formation of", "A, B and C, which launched GCAP in 2022," (the verb in a
    relative clause has the countries it hangs on)."""
    for framework in frameworks:
        cue = cues(SECTION, "founding").search(sentence.text, max(0, framework.start - 80),
                                              framework.start)
        subject = _subject(sentence, plain, cue.start()) if cue else None
        if subject and not cues(SECTION, "not_joined").search(subject[1]):
            for code in subject[0]:
                yield code, framework.id, "member"


def _target(sentence: SentenceReading, cue: re.Match, frameworks: list[FrameworkMention],
            context: str | None, joining: bool) -> str | None:
    """The framework a joining or leaving verb is about: its object ("join
    the CPTPP", "joining Pillar II of Aukus", "withdrew from the TPP"; not
    its summit, and for a join not its negotiations); or, when the verb
    stands alone ("applied in 2021", "withdrew in 2017"), has a word for it
    as its object ("joined the bloc") or names the membership itself
    ("became the alliance's 32nd member"), the framework named before it in
    the sentence, else the one the text is about."""
    text = sentence.text
    inside = [f for f in frameworks if cue.start() <= f.start and f.end <= cue.end()]
    if inside:  # "became NATO's newest member"
        return inside[0].id
    for framework in frameworks:
        if framework.start >= cue.end():
            if not _patterns()["object"].fullmatch(text, cue.end(), framework.start):
                break
            if names_event(text, framework) or _part_named(text, framework) or (
                    joining and cues(SECTION, "negotiation").match(text, framework.end)):
                return None
            return framework.id
    standalone = joining or cues(SECTION, "withdrawn_alone").match(cue.group())
    if not standalone or not (cues(SECTION, "no_object").match(text[cue.end():])
                              or (joining and _object_free(text, cue))):
        return None
    earlier = [f for f in frameworks if f.end <= cue.start() and not names_event(text, f)]
    return earlier[-1].id if earlier else context


def _object_free(text: str, cue: re.Match) -> bool:
    """Whether a join needs no framework named as its object: it has a word
    for the framework ("joined the bloc in 2024") or names the membership
    ("was admitted as the grouping's eleventh member")."""
    return bool(cues(SECTION, "framework_word").match(text, cue.end())
                or cue.group().lower().endswith("member"))


def _part_named(text: str, framework: FrameworkMention) -> bool:
    """Whether the name only modifies the object: something of the
    framework's ("joined NATO's cyber defence centre", "joining Quad working
    groups") or its members ("joined NATO allies in condemning"), not the
    framework itself."""
    p = _patterns()
    return bool(p["owned"].match(text, framework.end) or cues(SECTION, "body").match(text, framework.end)
                or p["members"].match(text, framework.end))


# Coordinated verb phrases: in "India was in early talks but opted out" only
# "opted out" is read for what India did.
_LAST_VERB_PHRASE = re.compile(r"\b(?:but|and|yet|then)\b", re.IGNORECASE)
_COORDINATING_COMMA = re.compile(r",\s*(?:but|and|yet|then)\b", re.IGNORECASE)


def _one_clause(frame: str) -> bool:
    """Whether the words between a subject and its verb stay in its clause: no
    comma, but for one before a second verb phrase of the same subject
    ("negotiated for years, then pulled out"; not "A, B, and C, and
    established", where the countries end a list)."""
    if "," not in frame:
        return True
    comma = _COORDINATING_COMMA.search(frame)
    return bool(comma) and frame.count(",") == 1 and bool(frame[:comma.start()].strip())


_RELATIVE = re.compile(r",\s*(which|who|that|a|an)\s+([^,]*)$", re.IGNORECASE)


def _subject(sentence: SentenceReading, plain: SentenceReading,
             position: int) -> tuple[list[str], str] | None:
    """The countries joining or leaving, right before the verb at `position`
    in the same clause, and the words of the verb phrase before the verb.
    `plain` is the sentence without its asides, where a subject is looked
    for; a verb inside a relative clause or apposition has the clause's own
    subject ("the CPTPP, which Britain joined") or the one it hangs on
    ("India, which joined the SCO", "China, an applicant to the CPTPP")."""
    if plain.text[position] == " " != sentence.text[position]:
        relative = _RELATIVE.search(sentence.text, 0, position)
        if not relative:
            return None
        own = group_before(sentence, position, max_words=SUBJECT_WORDS)
        if own and own[0].start > relative.end(1):
            plain = sentence
        else:
            group = group_before(sentence, relative.start(), max_words=0)
            codes = [m.code for m in group if m.code not in BLOCS]
            return (codes, relative.group(2)) if codes else None
    group = group_before(plain, position, max_words=SUBJECT_WORDS)
    codes = [m.code for m in group if m.code not in BLOCS]
    if not codes:
        return None
    frame = plain.text[group[-1].end:position]
    if not _one_clause(frame) or cues(SECTION, "not_subject").match(frame):
        return None
    return codes, _LAST_VERB_PHRASE.split(frame)[-1]


def _join_status(frame: str, verb: str) -> str | None:
    """What a join says: refused or merely possible (nothing), considered
    ("applied to join"), or done ("joined", "became the first … to join")."""
    if cues(SECTION, "planned_join").search(frame) and not cues(SECTION, "negation").search(frame):
        return "considering"  # "said it would apply to join"
    if cues(SECTION, "not_joined").search(frame) or cues(SECTION, "negation").search(verb):
        return None
    if cues(SECTION, "considering").search(frame + verb):
        return "considering"
    if cues(SECTION, "joined").search(verb) or cues(SECTION, "joined").search(frame):
        return "member"
    return None

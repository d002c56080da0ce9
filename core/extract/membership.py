"""Memberships: countries named as members of a framework, considering
joining it, or withdrawn from it (frameworks named as
`core.normalize.frameworks` finds them, linking phrases in
`data/lexicon.toml`).

Kinds of sentence read, by where the members stand:
- after the name: "the Quad security alliance, which includes India, Japan,
  Australia, and the United States", "the Quad (India, Japan, Australia and
  the US)", "the Quad -- the US, India, Japan and Australia", "Quad members
  India and Japan", "ASEAN has ten members: …", "the 10 members of ASEAN:
  Brunei, …";
- before it: "India, Japan, Australia and the US make up the Quad", "are
  both CPTPP members", "a founding member of ASEAN", "announced the
  formation of Aukus", "NATO admitted Montenegro";
- after a word for the framework the text is about: "The 11-member pact
  comprises A, B, …";
- in a description the name then labels: "the pact among Australia, the UK
  and the US (Aukus for short)", "the Australia-UK-US alliance – or the
  AUKUS", "A, B, C and D — the so-called Quad";
- as the subject counted among the others: "signed it alongside the
  other nine ASEAN members", "Japan and its fellow Quad partners";
- in a role list of the framework the text is about: "The signatories are
  China, Japan, … and the 10 members of ASEAN: …";
- for a closed grouping (its size in frameworks.csv): its partners ("Quad
  partners India and Japan"), all its other members "with" it, a compound
  of all its members, a list of exactly its size meeting for its summit;
- changes, read by `core.extract.accession`: "joined", "became the first
  … to join", "applied to join", "exploring joining Pillar II of AUKUS"
  (considering), "withdrew from", "opted out in 2019" (withdrawn).
A country only named near a framework is no member ("No ASEAN state
wants…", "expects NATO countries to pledge", "NATO partners Japan and South
Korea", "could join", "joined NATO exercises").
"""
from __future__ import annotations

import re
from functools import cache

from core.extract import accession
from core.extract.accession import names_event
from core.extract.reading import (Reading, SentenceReading, clause_start, cues, group_after,
                                  group_before, lexicon, without_asides)
from core.model import Fact
from core.normalize import frameworks as framework_names
from core.normalize.countries import BLOCS, Mention
from core.normalize.frameworks import FrameworkMention

TYPE = "membership"
VERSION = "2"
# A list of members names countries; a leader or a demonym in it is something else
# ("Biden, Modi and Albanese", "Japanese officials").
LISTED_KINDS_LEFT_OUT = {"leader", "demonym", "bloc"}
# How many sentences back a framework the text is about may have been named.
CONTEXT_SENTENCES = 3


@cache
def _patterns() -> dict[str, re.Pattern]:
    """The linking phrases put together from the lexicon's parts. Those
    matched at a position carry no "^" (it would only match at 0). A
    description is in lower case: "the Quad security alliance" describes the
    Quad, "the ASEAN Regional Forum" is another body."""
    m = lexicon()[TYPE]
    word = r"[a-z][\w’'-]*\s+"
    # a description's words, not a clause's: ", after a deal between India
    # and China" describes no grouping
    described_word = rf"(?!{m['not_descriptive']}\b){word}"
    flags = re.IGNORECASE
    role_phrase = (rf"(the\s+|its\s+|their\s+)?({m['count']}\s+)?"
                   rf"({m['member_qualifier']}\s+)?{m['member_noun']}")
    return {
        # ", a loose grouping involving", " security alliance, which includes",
        # ", is a forum of four democracies:"
        "described": re.compile(
            rf"(\s*,\s*|\s*(–|—|--)\s*|\s+)((is|was|remains)\s+)?((a|an|the|its|this)\s+)?"
            rf"({described_word}){{0,4}}?{m['kind']}\s*,?\s*((which|that)\s+)?{m['link']}\s*:?\s*"
            rf"((the\s+)?{m['count']}\s+{m['counted_noun']})?"),
        # ", which includes", ", made up of"
        "which": re.compile(rf"\s*,?\s*{m['which']}\b\s*:?\s*", flags),
        # ", which counts China and Japan among its members"
        "counts": re.compile(r"\s*,?\s*((which|that)\s+)?(now\s+)?counts\s+", flags),
        "counted_among": re.compile(rf"\s+(among\s+(its|their)\s+{m['role']}|as\s+(a\s+)?{m['role']})\b",
                                    flags),
        # " alliance with India, Australia and Japan"
        "with": re.compile(
            rf"(\s*,\s*(a|an|the|its)\s+|\s+)({word}){{0,3}}?{m['kind_with']}\s+with\s+"),
        # " defense alliance (with India, Australia and Japan)"
        "paren": re.compile(rf"\s*({word}){{0,3}}?\(\s*({m['gloss']}\s+)?"),
        # "Quad -- the US, India, Japan and Australia are …"
        "dash": re.compile(r"\s*(--|—|–|\s-)\s*"),
        # "alliances such as the Quad with India, Australia and Japan": all
        # the other members of a closed grouping
        # "the AUKUS partnership with Britain and the US", "along with", likewise
        "bare_with": re.compile(rf"\s+({m['kind']}\s+)?(along\s+with|together\s+with|alongside|with)\s+"),
        "after_dash": re.compile(r"\s*(--|—|–|\s-\s|,|\)|are\b|were\b|which\b)"),
        # " members India and Japan", "’s members include"
        "role_after": re.compile(
            rf"([’']s\s+)?\s*({m['count']}\s+)?{m['role']}\s*((,\s*)?({m['role_lead']})\s+|:\s*|(—|–|--|(?<=\s)-\s)\s*)?",
            flags),
        # "ASEAN has ten members: Brunei, …"
        "has_members": re.compile(
            rf"\s+(has|had|have|now\s+has)\s+({m['count']}\s+)?{m['member_noun']}"
            rf"\s*(:|,?\s*(namely|including|such\s+as))\s*", flags),
        # "The Quad members, Japan and India, have …": an apposition closed by a comma
        "role_apposition": re.compile(rf"([’']s\s+)?\s*({m['count']}\s+)?{m['role']}\s*,\s*", flags),
        "partner_apposition": re.compile(rf"\s+{m['partner']}\s*,\s*", flags),
        "comma": re.compile(r"\s*,"),
        "role_verb": re.compile(
            rf"([’']s\s+)?\s*({m['count']}\s+)?{m['role']}\s+{m['role_verb']}\s+", flags),
        "role_word": re.compile(rf"\s+{m['role']}\b", flags),
        "partner_word": re.compile(rf"\s+{m['partner']}\b", flags),
        "partner_after": re.compile(rf"\s+{m['partner']}\s+((,\s*)?({m['role_lead']})\s+)?", flags),
        # "the 10 members of (the)", before a framework's name
        "members_of": re.compile(rf"\b{role_phrase}\s+of\s+(the\s+)?$", flags),
        # ", and the 10 members of", a list item that is a framework's members
        "nested": re.compile(rf"\s*,?\s*(and\s+)?{role_phrase}\s+of\s+(the\s+)?", flags),
        "listed": re.compile(rf"(,|\band|{m['which']})\s*{role_phrase}\s+of\s+(the\s+)?$", flags),
        # "groups the 10 members of ASEAN with China, Japan, …": after another
        # framework's members, the list goes on with "with"
        "members_with": re.compile(rf"\s*(the\s+)?{role_phrase}\s+of\s+(the\s+)?", flags),
        "list_goes_on": re.compile(r"\s*(,\s*(and\s+)?|\s+(and|with|plus)\s+)(the\s+)?", flags),
        # "a founding member of the alliance": a word for the framework the text is about
        "framework_word": re.compile(rf"(?<=\bthe\s)([a-z][\w-]*\s+){{0,2}}?{m['kind']}\b(?![’'-])"),
        # "the 10 ASEAN member states", before the name: its members as a list item
        "counted": re.compile(rf"\b(the|its|their)\s+{m['count']}\s+$", flags),
        # "alongside the other nine", before "FRAMEWORK members"
        "fellow": re.compile(rf"{m['fellow']}({m['count']}\s+)?$", flags),
        "nested_lead": re.compile(r"\s*(:|–|—)\s*"),
        # "The signatories are", "Its members include"
        "role_list": re.compile(
            rf"\b(the|its|their|whose)\s+({m['count']}\s+)?({m['member_qualifier']}\s+)?"
            rf"{m['member_noun']}(\s+{m['role_verb']}|\s*:|\s*(—|–|--|\s-)(?=\s))\s*", flags),
        "list_lead": re.compile(m["list_lead"], flags),
        # "Its 14 partners are": a counted list of partners, read as the
        # membership where it names exactly that many countries
        "counted_partners": re.compile(
            rf"\b(the|its|their)\s+(?P<count>{m['count']})\s+{m['partner']}(\s+{m['role_verb']}|\s*:)\s*",
            flags),
        # "The 11-member trade pact comprises", "This grouping includes": a word
        # for the framework the text is about, listing its members
        "word_subject": re.compile(
            rf"\s*(?i:the|this|that)\s+([a-z0-9][\w’'-]*\s+){{0,3}}?{m['kind']}\s*,?\s*"
            rf"(?i:{m['which']})\b\s*:?\s*"),
        "admitting": re.compile(m["admitting"], flags),
        "other_members": re.compile(rf"{m['other_members']}{m['count']}{m['other_noun']}", flags),
        "named_list": re.compile(rf"\b{m['kind']}\s+{m['link']}\s+(the\s+)?"),
        "named_compound": re.compile(rf"\s+({word}){{0,2}}?{m['kind']}\s*$"),
        "closing": re.compile(r"\s*\)"),
        "others": re.compile(rf"\s*,?\s+(and|plus)\s+({m['count']}|several|many|a\s+few)\s+"
                             rf"(other|more)\s+", flags),
        # the end of an apposition, after the framework's name, its role or kind noun
        # and a phrase of time or place ("a NATO member since 1999,"), or a
        # second apposition ("a member of the RCEP and an applicant to …")
        "apposition_end": re.compile(
            rf"(\s+({m['role']}|{m['partner']}|{m['kind']}))?(\s+(since|from|in|until|for)(\s+[\w-]+){{1,3}}?"
            rf"|\s+with(\s+[\w-]+){{1,8}}?)?\s*([,–—);.]|\s-\s|$|\s+and\s+(a|an)\s)", flags),
    }


def extract(reading: Reading) -> list[Fact]:
    """One fact per country and framework a sentence gives; a change of
    membership the sentence states (considering, withdrawn, joined) wins
    over a plain listing."""
    named = [framework_names.find(s.text) for s in reading.sentences]
    topical = [[f.id for f in found if not _listed(s.text, f) and not names_event(s.text, f)]
               for s, found in zip(reading.sentences, named)]
    facts: list[Fact] = []
    for sentence, frameworks in zip(reading.sentences, named):
        if not sentence.mentions:
            continue
        sentence = _without_modifiers(sentence)
        context = _context(topical, sentence.index)
        if not frameworks and context is None:
            continue
        found: dict[tuple[str, str], str] = {}
        for code, framework_id in _memberships(sentence, frameworks, context):
            found.setdefault((code, framework_id), "member")
        for code, framework_id, status in accession.changes(sentence, frameworks, context):
            found[(code, framework_id)] = status
        for (code, framework_id), status in found.items():
            facts.append(reading.fact(sentence, TYPE, VERSION, confidence=0.75,
                                      country=code, framework=framework_id, status=status))
    return facts


# "US-led", "China-backed": a country in a hyphenated adjective is no member.
_MODIFIER = re.compile(r"[-–][a-z]")


def _without_modifiers(sentence: SentenceReading) -> SentenceReading:
    """The sentence with the countries that only modify a word ("a US-led
    bloc") left out; offsets and text unchanged."""
    kept = [m for m in sentence.mentions if not _MODIFIER.match(sentence.text, m.end)]
    if len(kept) == len(sentence.mentions):
        return sentence
    return SentenceReading(sentence.index, sentence.start, sentence.end, sentence.text,
                           sentence.boilerplate, kept)


def _context(topical: list[list[str]], index: int) -> str | None:
    """The framework the text is about just before sentence `index`, from
    the frameworks each sentence names not as a list item ("… and the
    members of ASEAN: …") nor as a summit's: the last one named in the
    nearest of the previous few sentences that names one; failing that, the
    only framework the text has named so far ("RCEP" in the headline and
    lead, then "the trade deal" further down)."""
    for previous in range(index - 1, max(-1, index - 1 - CONTEXT_SENTENCES), -1):
        if topical[previous]:
            return topical[previous][-1]
    earlier = {framework for ids in topical[:max(0, index - CONTEXT_SENTENCES)] for framework in ids}
    return earlier.pop() if len(earlier) == 1 else None


def _listed(text: str, framework: FrameworkMention) -> bool:
    """Whether the framework is named as an item of a list ("China, Japan and
    the 10 members of ASEAN", "signed by the 10 ASEAN member states and")."""
    p = _patterns()
    return (p["listed"].search(text, 0, framework.start) is not None
            or (p["counted"].search(text, max(0, framework.start - 20), framework.start) is not None
                and _role_word(text, framework)))


# -- lists of members -------------------------------------------------------

# A country followed by 's owns what follows ("Taiwan's defence is part of…",
# "a grouping of China's rivals"): it is no member.
_POSSESSIVE = re.compile(r"[’']s?\b")
_ARTICLE = re.compile(r"\s*(the\s+)?", re.IGNORECASE)
_SEPARATOR = re.compile(r"(\s*,\s*(and\s+)?|\s+and\s+|\s*&\s*)(the\s+)?", re.IGNORECASE)
_CLOSING = re.compile(r"\band\b|&", re.IGNORECASE)


def _list_after(sentence: SentenceReading, position: int,
                frameworks: list[FrameworkMention]) -> list[Mention]:
    """The countries listed from `position` ("the US, Japan, Australia, and
    India"), an item that is a framework's own members included ("… and the
    10 members of ASEAN: Brunei, …"). Unlike `reading.group_after` a list may
    hold such a nested list; as there, a list not closed by "and" (or a
    bracket) gives its first country only (a comma alone may end a clause).
    A possessive ends the list: "a grouping of China's rivals" lists no
    China."""
    text = sentence.text
    items: list[Mention] = []
    cursor = position
    for mention in (m for m in sentence.mentions if m.start >= position):
        if mention.start < cursor:
            continue
        if _POSSESSIVE.match(text, mention.end):
            return items[:1]
        gap = text[cursor:mention.start]
        if not items:
            if not (_ARTICLE.fullmatch(gap) or _after_members_of(sentence, cursor, mention, frameworks)):
                return []
            items.append(mention)
        elif _SEPARATOR.fullmatch(gap):
            items.append(mention)
            if _CLOSING.search(gap):
                return items
        else:
            nested = _nested_list(sentence, cursor, frameworks)
            return items + nested if nested else _closed(text, items)
        cursor = mention.end
    return _closed(text, items)


def _after_members_of(sentence: SentenceReading, position: int, mention: Mention,
                      frameworks: list[FrameworkMention]) -> bool:
    """Whether `mention` opens a list that goes on after another framework's
    members ("groups the 10 members of ASEAN with China, Japan and …")."""
    p = _patterns()
    return any(p["members_with"].fullmatch(sentence.text, position, f.start)
               and p["list_goes_on"].fullmatch(sentence.text, f.end, mention.start)
               for f in frameworks if position <= f.start < mention.start)


def _closed(text: str, items: list[Mention]) -> list[Mention]:
    """A list not closed by "and": whole if a bracket closes it ("the Quad
    (US, Japan, Australia, India)") or "and N others" ("A, B, C and six other
    economies"), else its first country only."""
    p = _patterns()
    if items and (p["closing"].match(text, items[-1].end) or p["others"].match(text, items[-1].end)):
        return items
    return items[:1]


def _nested_list(sentence: SentenceReading, position: int,
                 frameworks: list[FrameworkMention]) -> list[Mention]:
    """The members a list's last item gives ("and the 10 members of ASEAN:
    Brunei, Vietnam, …"), or nothing."""
    patterns = _patterns()
    for framework in frameworks:
        if framework.start < position:
            continue
        if not patterns["nested"].fullmatch(sentence.text, position, framework.start):
            return []
        lead = patterns["nested_lead"].match(sentence.text, framework.end)
        return _list_after(sentence, lead.end(), frameworks) if lead else []
    return []


def _compound_before(sentence: SentenceReading, position: int) -> list[Mention]:
    """The countries of a hyphenated compound ending at `position`
    ("Australia-UK-US"), two or more, else nothing."""
    text = sentence.text
    before = [m for m in sentence.mentions if m.end <= position]
    if not before or before[-1].end != position:
        return []
    compound = [before[-1]]
    for mention in reversed(before[:-1]):
        if text[mention.end:compound[0].start] not in ("-", "–", "/"):
            break
        compound.insert(0, mention)
    return compound if len(compound) >= 2 else []


def _listed_codes(group: list[Mention]) -> list[str]:
    return [m.code for m in group
            if m.code not in BLOCS and m.kind not in LISTED_KINDS_LEFT_OUT]


# -- members ----------------------------------------------------------------

def _memberships(sentence: SentenceReading, frameworks: list[FrameworkMention],
                 context: str | None):
    """(country, framework) pairs for the members a sentence lists; the
    members listed before two coordinated names belong to both ("India and
    China are members of the SCO and BRICS")."""
    before: list[str] = []
    for framework in frameworks:
        if _coordinated(sentence.text, framework, frameworks):
            for code in before:
                yield code, framework.id
        before = _listed_codes(_members_before(sentence, framework, frameworks))
        for reader in _READERS:
            for code in _listed_codes(reader(sentence, framework, frameworks)):
                yield code, framework.id
        for code in _gathered(sentence, framework, frameworks):
            yield code, framework.id
    yield from _role_list(sentence, frameworks, context)
    yield from _word_subject_list(sentence, frameworks, context)
    yield from _counted_partners(sentence, frameworks, context)
    for word in _framework_words(sentence, frameworks, context):
        for code in _listed_codes(_members_before(sentence, word, frameworks)):
            yield code, word.id


@cache
def _after_leads() -> tuple[tuple[re.Pattern, int, re.Pattern | None], ...]:
    """What may stand between a framework's name and its members: the lead,
    the fewest countries the list must hold, and what must follow the list
    (a closing bracket, the dash closing an apposition)."""
    p = _patterns()
    return ((p["described"], 1, None), (p["which"], 1, None), (p["with"], 2, None),
            (p["counts"], 1, p["counted_among"]),
            (cues(TYPE, "made_by"), 1, None), (p["has_members"], 1, None),
            (p["dash"], 2, p["after_dash"]), (p["paren"], 2, p["closing"]),
            (p["role_after"], 1, None), (p["role_verb"], 2, None),
            (p["role_apposition"], 2, p["comma"]))


def _members_after(sentence: SentenceReading, framework: FrameworkMention,
                   frameworks: list[FrameworkMention]) -> list[Mention]:
    """Members listed after the framework's name: in a description, a
    bracket, a dash apposition, after a role noun or "the members of"."""
    text, p = sentence.text, _patterns()
    if _coordinated(text, framework, frameworks):
        return []
    for lead_pattern, least, ending in _after_leads():
        lead = lead_pattern.match(text, framework.end)
        if not lead:
            continue
        group = _list_after(sentence, lead.end(), frameworks)
        if len(group) >= least and (ending is None or ending.match(text, group[-1].end)):
            return group
    if p["members_of"].search(text, 0, framework.start):
        lead = p["list_lead"].match(text, framework.end)
        group = _list_after(sentence, lead.end(), frameworks) if lead else []
        if len(group) >= 2:
            return group
    return []


def _closed_members_after(sentence: SentenceReading, framework: FrameworkMention,
                          frameworks: list[FrameworkMention]) -> list[Mention]:
    """Members of a closed grouping (one with a size in frameworks.csv) read
    from what only such a grouping allows: "Quad partners India and Japan"
    (it has no tier of outside partners), "the Quad with India, Australia
    and Japan" (all its other members; not after "expand", "work" …)."""
    size = framework_names.sizes().get(framework.id)
    if not size or _coordinated(sentence.text, framework, frameworks):
        return []
    text, p = sentence.text, _patterns()
    lead = p["partner_after"].match(text, framework.end)
    group = _list_after(sentence, lead.end(), frameworks) if lead else []
    if group:
        return group
    lead = p["partner_apposition"].match(text, framework.end)
    group = _list_after(sentence, lead.end(), frameworks) if lead else []
    if len(group) >= 2 and p["comma"].match(text, group[-1].end):
        return group
    lead = p["bare_with"].match(text, framework.end)
    if not lead or cues(TYPE, "outreach").search(text, max(0, framework.start - 60),
                                                 framework.start):
        return []
    group = _list_after(sentence, lead.end(), frameworks)
    return group if len(group) == size - 1 else []


def _compound_members(sentence: SentenceReading, framework: FrameworkMention,
                      frameworks: list[FrameworkMention]) -> list[Mention]:
    """All of a closed grouping's members in a compound before its name ("the
    US-Japan-Australia-India Quad"; not "the US-ASEAN summit")."""
    start = framework.start
    group = _compound_before(sentence, start - 1) if sentence.text[start - 1:start] == " " else []
    return group if len(group) == framework_names.sizes().get(framework.id) else []


_COORDINATION = re.compile(r"\s+(and|or|&)\s+(the\s+)?", re.IGNORECASE)


def _coordinated(text: str, framework: FrameworkMention,
                 frameworks: list[FrameworkMention]) -> bool:
    """Whether the framework is the second of two named together ("the
    Quad and AUKUS, which include…"): what follows may describe either."""
    return any(_COORDINATION.fullmatch(text, other.end, framework.start) for other in frameworks)


def _members_before(sentence: SentenceReading, framework: FrameworkMention,
                    frameworks: list[FrameworkMention]) -> list[Mention]:
    """Members listed before the framework's name: "are members of",
    "make up", "working together under", "are CPTPP members", "is NATO's
    newest member"; not a list only compared with them ("Unlike China, ASEAN
    members…"), denied ("are not NATO members") or merely possible ("could
    become a member of")."""
    text = sentence.text
    if names_event(text, framework):  # "partners in NATO exercises"
        return []
    cue, subject_words = _member_cue(text, framework)
    group = group_before(sentence, cue.start(), max_words=subject_words) if cue else []
    if cue and not group:  # "Vietnam, which joined ASEAN in 1995, is also a party to"
        group = group_before(without_asides(sentence), cue.start(), max_words=subject_words)
    if not group or _POSSESSIVE.match(text, group[-1].end):
        return []
    frame = text[group[-1].end:cue.start()]
    if cues(TYPE, "not_joined").search(frame) or cues(TYPE, "considering").search(frame):
        return []
    if cue.re is cues(TYPE, "member_working") and cues(TYPE, "clause_word").search(frame):
        return []
    if (cues(TYPE, "negation").search(text, max(0, group[0].start - 12), framework.start)
            or cues(TYPE, "compared").search(text, max(0, group[0].start - 20), group[0].start)):
        return []
    if cue.group().lstrip()[:1] in _APPOSITION and not _apposition_closed(text, framework):
        return []
    return group


def _member_cue(text: str, framework: FrameworkMention) -> tuple[re.Match | None, int]:
    """The phrase between a list of members and the framework's name, and how
    many words may stand between the list and it."""
    window = max(0, framework.start - 160)
    for name in ("member_before", "member_working"):
        cue = cues(TYPE, name).search(text, window, framework.start)
        if cue:
            return cue, 6
    if _role_word(text, framework):
        return cues(TYPE, "member_copula").search(text, window, framework.start), 0
    if cues(TYPE, "possessive_role").match(text, framework.end):
        return cues(TYPE, "member_possessive").search(text, window, framework.start), 0
    return None, 0


# ", a founding member of ASEAN," "— all members of the Quad —": an apposition
# to the countries before it, which must close ("Like Japan, NATO countries
# are raising spending" is no apposition).
_APPOSITION = (",", "—", "–", "-")


def _apposition_closed(text: str, framework: FrameworkMention) -> bool:
    return _patterns()["apposition_end"].match(text, framework.end) is not None


def _role_word(text: str, framework: FrameworkMention) -> bool:
    """Whether a role noun follows the name ("CPTPP members"); for a closed
    grouping, with no tier of outside partners, "Quad partners" too."""
    p = _patterns()
    return bool(p["role_word"].match(text, framework.end) or (
        framework.id in framework_names.sizes() and p["partner_word"].match(text, framework.end)))


def _members_described(sentence: SentenceReading, framework: FrameworkMention,
                       frameworks: list[FrameworkMention]) -> list[Mention]:
    """Members of a grouping described before the name it goes by: "the
    pact among A, B and C (Aukus for short)", "the A-B-C alliance – or the
    AUKUS", "A, B, C and D — the so-called Quad —" (not "China and Russia
    — the Quad's targets")."""
    text, p = sentence.text, _patterns()
    naming = cues(TYPE, "naming").search(text, max(0, framework.start - 40), framework.start)
    if not naming:
        return []
    end = naming.start()
    described = list(p["named_list"].finditer(text, max(0, end - 240), end))
    if described:
        group = _list_after(sentence, described[-1].end(), frameworks)
        if group and not text[group[-1].end:end].strip():
            return group
    kind = p["named_compound"].search(text, max(0, end - 60), end)
    if kind:
        return _compound_before(sentence, kind.start())
    if _POSSESSIVE.match(text, framework.end):
        return []
    group = group_before(sentence, end, max_words=0)
    return group if len(group) >= 2 and not text[group[-1].end:end].strip() else []


def _gathered(sentence: SentenceReading, framework: FrameworkMention,
              frameworks: list[FrameworkMention]) -> list[str]:
    """A whole list of exactly a closed grouping's size that meets for its
    summit ("Leaders of four countries - A, B, C and D - met for the Quad
    summit"); not the tail of a longer list."""
    size = framework_names.sizes().get(framework.id)
    text = sentence.text
    if (not size or not cues(TYPE, "gathering").match(text, framework.end)
            or not cues(TYPE, "meet").search(text, max(0, framework.start - 80), framework.start)):
        return []
    cursor = 0
    for mention in sentence.mentions:
        if mention.start < cursor:
            continue
        group = _list_after(sentence, mention.start, frameworks)
        codes = list(dict.fromkeys(_listed_codes(group)))
        if len(codes) == size:
            return codes
        cursor = group[-1].end if group else mention.end
    return []


def _fellow_members(sentence: SentenceReading, framework: FrameworkMention,
                    frameworks: list[FrameworkMention]) -> list[Mention]:
    """The subject of a clause that counts itself among a framework's members
    ("Malaysia signed the pact alongside the other nine ASEAN members",
    "Japan and its fellow Quad partners met"): the countries opening the
    clause."""
    text, p = sentence.text, _patterns()
    if not (p["fellow"].search(text, max(0, framework.start - 60), framework.start)
            and _role_word(text, framework)):
        return []
    start = clause_start(text, framework.start)
    first = next((m for m in sentence.mentions if m.start >= start), None)
    if first is None or first.start >= framework.start or not _ARTICLE.fullmatch(text, start, first.start):
        return []
    group = group_after(sentence, first.start, max_words=0)
    if _POSSESSIVE.match(text, group[-1].end) or cues(TYPE, "negation").search(
            text, group[-1].end, framework.start):
        return []
    return group


def _role_list(sentence: SentenceReading, frameworks: list[FrameworkMention],
               context: str | None):
    """Members a role phrase lists ("The signatories are China, Japan, …"):
    of the framework named before it in the sentence, else of the one the
    text is about."""
    for cue in _patterns()["role_list"].finditer(sentence.text):
        earlier = [f for f in frameworks if f.end <= cue.start() and not _listed(sentence.text, f)]
        framework = earlier[-1].id if earlier else context
        group = _listed_codes(_list_after(sentence, cue.end(), frameworks))
        if framework and len(group) >= 2:
            for code in group:
                yield code, framework


def _framework_words(sentence: SentenceReading, frameworks: list[FrameworkMention],
                     context: str | None) -> list[FrameworkMention]:
    """Words for the framework the text is about ("Canada, a founding member
    of the alliance, …", "are members of the trade bloc"), as mentions of it;
    none where the sentence names a framework of its own."""
    if not context or frameworks:
        return []
    return [FrameworkMention(w.start(), w.end(), context)
            for w in _patterns()["framework_word"].finditer(sentence.text)]


_COUNT_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                "fourteen fifteen").split()


def _counted_partners(sentence: SentenceReading, frameworks: list[FrameworkMention],
                      context: str | None):
    """Members a counted list of "partners" gives ("IPEF's 14 partners are A,
    B, …", where the framework calls its members partners): only a list of
    exactly that many countries, so a NATO text's "its 40 partners include
    Japan" gives nothing."""
    for cue in _patterns()["counted_partners"].finditer(sentence.text):
        earlier = [f for f in frameworks if f.end <= cue.start() and not _listed(sentence.text, f)]
        framework = earlier[-1].id if earlier else context
        count = cue.group("count").lower()
        size = int(count) if count.isdigit() else _COUNT_WORDS.index(count)
        group = _listed_codes(_list_after(sentence, cue.end(), frameworks))
        if framework and len(set(group)) == size:
            for code in group:
                yield code, framework


def _word_subject_list(sentence: SentenceReading, frameworks: list[FrameworkMention],
                       context: str | None):
    """Members listed by a sentence whose subject is a word for the framework
    the text is about: "The 15-nation bloc comprises A, B, …", "This
    grouping brings together A, B and C"; two countries at least."""
    lead = _patterns()["word_subject"].match(sentence.text) if context else None
    if not lead or any(f.start < lead.end() for f in frameworks):
        return
    group = _listed_codes(_list_after(sentence, lead.end(), frameworks))
    if len(group) >= 2:
        for code in group:
            yield code, context


def _other_signers(sentence: SentenceReading, framework: FrameworkMention,
                   frameworks: list[FrameworkMention]) -> list[Mention]:
    """Those named among the others who signed or joined with the subject,
    where a member phrase comes before the name: "Australia signed the pact
    along with 14 other nations, including China and Japan"."""
    lead = _patterns()["other_members"].match(sentence.text, framework.end)
    if not lead or not _members_before(sentence, framework, frameworks):
        return []
    return _list_after(sentence, lead.end(), frameworks)


def _admitted(sentence: SentenceReading, framework: FrameworkMention,
              frameworks: list[FrameworkMention]) -> list[Mention]:
    """The countries a framework took in, right after its name: "BRICS, set up
    by …, added Egypt and Ethiopia", "NATO admitted Montenegro in 2017"."""
    lead = _patterns()["admitting"].match(sentence.text, framework.end)
    return _list_after(sentence, lead.end(), frameworks) if lead else []


_READERS = (_members_after, _closed_members_after, _members_before, _compound_members,
            _members_described, _fellow_members, _admitted, _other_signers)

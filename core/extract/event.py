"""Events: something dated that happened or is scheduled, for the timeline.

"on July 27, 2025 in Turnberry" -> 2025-07-27; "between June 2024 and March
2025" -> 2024-06 to 2025-03; "in 2006, … Seoul accepted" -> 2006; "the
1950-53 Korean War" -> 1950 to 1953. Relative dates ("last month", "next
April", "on Friday", "yesterday") are resolved against the story's own date:
its wire dateline, else the page's publication date; never guessed.

Left out: the page's own stamps (a "date"/"Published:"/"Updated:" line, a
timestamp, a dateline on its own) and citation lines; target years ("by
2027") and the bounds of a term ("until 2030", "since 2014", "before
2030"); the year a figure is for ("paid $690 million in 2009", "fiscal
2026", "the year starting April 2027"); photo captions that only show a pose
("… walks to Marine One …, July 6, 2025"); a time-zone restatement
("(on August 19, Japan time)"); boilerplate. A parliamentary record's
sitting date is the day its debate took place, an event of its own.
"""
from __future__ import annotations

import re
from datetime import date

from core.extract.reading import Reading, SentenceReading, cues
from core.model import Fact
from core.normalize import datelines, dates

TYPE = "event"
VERSION = "2"
_LEADS = {"in", "on", "during", "between", "from", ""}
_SHORT = 6  # words: a line this short with no lower-case word states no happening
_PART_OF = re.compile(r"\b(end|beginning|start|middle|half|quarter|spring|summer|autumn|fall|"
                      r"winter)\s+of\s+$", re.IGNORECASE)
# "by the end of 2022", "before the start of": a deadline, not a happening.
_DEADLINE_PART = re.compile(r"\b(?:by|before|until|till|through)\s+(?:the\s+)?(?:end|beginning|start|"
                            r"middle|half|quarter|spring|summer|autumn|fall|winter)\s+of\s+$",
                            re.IGNORECASE)
_NAMED = re.compile(r"(?:\b(?:the|its|their|his|her|this|that)|[’']s)\s+$", re.IGNORECASE)
_CAPITALISED = re.compile(r"^[-–\s]*[A-Z]\w")
_HEAD = 8  # sentences: where a page states its own date
# A cheap filter before the date patterns run.
_DATE_WORD = re.compile(r"\b(?:1[89]\d\d|20\d\d|Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|"
                        r"Dec|year|month|week|yesterday|tomorrow|(?:Mon|Tues|Wednes|Thurs|Fri|"
                        r"Satur|Sun)day)", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b")
_CLAUSE_BREAK = re.compile(r"[,;]|\s[—–-]\s")
_LOWER_WORD = re.compile(r"\b[a-z]{3,}")
# Words between a clause's subject and its verb.
_AUXILIARIES = {"the", "these", "those", "this", "its", "their", "such", "also", "still", "will",
                "would", "shall", "is", "are", "was", "were", "has", "have", "had", "plans", "plan",
                "planned", "aims", "expects", "set", "to", "then", "now", "again", "further"}
# A date after these ends a term ("runs through Dec. 31, 2030").
_TERM_END = re.compile(r"\b(?:through|thru|till)\s+$", re.IGNORECASE)
_FUNCTION_WORDS = {"of", "the", "and", "de", "da", "van", "von", "bin", "al", "le", "la"}


def extract(reading: Reading) -> list[Fact]:
    facts = []
    story = _story_date(reading)
    sitting = _is_proceedings(reading)
    for sentence in reading.sentences:
        if sentence.boilerplate or not _DATE_WORD.search(sentence.text) or \
                cues(TYPE, "citation").search(sentence.text):
            continue
        stamp = datelines.stamp(sentence.text)
        if stamp and stamp.kind != "header":
            if sitting and stamp.kind == "alone" and stamp.date and sentence.index < _HEAD:
                facts.append(_fact(reading, sentence, stamp.date, None))
            continue
        body = stamp.end if stamp else 0
        reference = story
        line = datelines.dateline(sentence.text[body:], reading.reference)
        if line:
            body += line.end
            reference = dates.iso_to_date(line.date) or story
        if _is_fragment(sentence.text[body:]) or cues(TYPE, "file_photo").search(sentence.text) \
                or cues(TYPE, "anonymous_subject").match(sentence.text[body:]):
            continue
        for mention in _mentions(reading, sentence, reference):
            if mention.start >= body and _is_event(sentence, mention):
                facts.append(_fact(reading, sentence, mention.date, mention.date_end))
    return facts


def _fact(reading: Reading, sentence: SentenceReading, when: str, until: str | None) -> Fact:
    return reading.fact(sentence, TYPE, VERSION, confidence=0.7, date=when, date_end=until,
                        countries=tuple(sentence.codes()))


def _story_date(reading: Reading) -> date | None:
    """The day the story speaks from: its wire dateline's date (its year
    stated, or the publication date's), else the publication date. Only
    this resolves "yesterday" or "on Friday"; a year borrowed from a caption
    or another sentence is no certain date to count from."""
    anchor = reading.reference
    for sentence in reading.sentences[:_HEAD]:
        text = sentence.text
        stamp = datelines.stamp(text)
        if stamp and stamp.kind == "header":
            text = text[stamp.end:]
        line = datelines.dateline(text, anchor)
        if line and line.date:
            return dates.iso_to_date(line.date)
    return reading.reference


def _is_proceedings(reading: Reading) -> bool:
    """Whether the page is a record of a sitting (a "House debates" line near its top)."""
    pattern = cues(TYPE, "proceedings")
    return any(pattern.search(s.text.strip()) for s in reading.sentences[:_HEAD])


def _is_fragment(text: str) -> bool:
    """A short line with no lower-case word ("Xinhua) 11:04, November 29,
    2022", "Ho Chi Minh City, Vietnam, Sep 10 (EFE).-"): a stamp, not a
    statement. "Talks resumed on May 3." is a statement."""
    return len(text.split()) <= _SHORT and not _LOWER_WORD.search(text)


def _mentions(reading: Reading, sentence: SentenceReading,
              reference: date | None) -> list[dates.DateMention]:
    """The sentence's dates: relative ones only against a stated story date;
    a month and day without a year take the article's year."""
    if reference is not None:
        return sentence.dates(reference, nearby=True)
    return [m for m in sentence.dates(reading.year_anchor) if m.kind != "relative"]


def _is_event(sentence: SentenceReading, mention: dates.DateMention) -> bool:
    """Whether a date in the sentence dates something that happened there."""
    text = sentence.text
    before, after = text[:mention.start], text[mention.end:]
    if mention.kind == "target" or not _lead_dates(mention, before, after):
        return False
    bare = mention.lead == "" and mention.text[:4].isdigit()
    if bare and (mention.kind == "span" or len(mention.date) == 4) and \
            not _names_event(before, after):
        return False
    if bare and mention.kind == "span" and cues(TYPE, "term_nouns").search(after):
        return False
    if len(mention.date) < 10 and _is_figure_period(before, after):
        return False
    if mention.kind != "span" and (_is_baseline(mention, before) or _TERM_END.search(before)):
        return False
    if _is_time_zone_restatement(before):
        return False
    if mention.kind == "relative" and cues(TYPE, "report_before").search(before) and \
            not _reports_a_happening(text):
        return False
    return not _is_pose_caption(text, mention)


def _lead_dates(mention: dates.DateMention, before: str, after: str) -> bool:
    """"in", "on", "during", "between … and": the date is when. "since",
    "before", "after", "until" bound a stretch of time instead; "until 2018,
    when …" dates what happened then; "the end of last year" is in it."""
    if mention.lead in _LEADS:
        return True
    if mention.lead == "until":
        return re.match(r"\s*,\s*when\b", after) is not None
    if mention.lead == "of":
        named = re.match(r"(?i:of)\s+(?:the\s+)?", mention.text).group()
        part = before + "of "
        return (_PART_OF.search(part) is not None and not _DEADLINE_PART.search(part)) or \
            _names_event(before + named, after)
    return False


def _is_baseline(mention: dates.DateMention, before: str) -> bool:
    """A comparison's baseline ("more troops than last year", "up from
    2019"), not a happening."""
    if cues(TYPE, "comparison_before").search(before):
        return True
    return mention.lead == "from" and len(mention.date) == 4


def _names_event(before: str, after: str) -> bool:
    """A bare year that names an event or a document ("the 2004 Tsunami",
    "its 2024 National Defence Strategy", "the 1950-53 Korean War"), not a
    year a term or a figure is for ("the 2026-2030 period")."""
    return bool(_NAMED.search(before) and _CAPITALISED.match(after)
                and not re.match(rf"[-–\s]*{dates.MONTHS}\b", after))


def _is_figure_period(before: str, after: str) -> bool:
    """A year or month that a figure is for, not a happening: a figure right
    before it ("exported $143.5 billion in 2024"); a money word and figure
    earlier in its clause ("will pay 1.52 trillion won (…) for the
    stationing in 2026"); a money noun it belongs to ("the budget in 2024
    was ¥7.9 trillion"); a year opening a clause that pays or spends ("In
    2009, Seoul paid …", "From 2022 to 2025, these payments …", "Japan this
    year plans to spend …"); a possessive ("next year's payment"); a fiscal
    year's bounds ("the year starting April 2027"); a term ("the 2026-2030
    period")."""
    figure, words = cues(TYPE, "figure"), cues(TYPE, "figure_words")
    clause = _CLAUSE_BREAK.split(before)[-1]
    clause_after = _CLAUSE_BREAK.split(after.lstrip(" ,"))[0]
    rest = re.split(r";|\s[—–-]\s", after.lstrip(" ,"))[0]
    return bool(
        re.search(rf"(?:{figure.pattern})[^;,]{{0,30}}$", before[-40:], re.IGNORECASE)
        or cues(TYPE, "period_before").search(before) or cues(TYPE, "period_after").match(after)
        or (words.search(clause) and _figure_owns_date(clause))
        or (cues(TYPE, "figure_noun_before").search(before) and figure.search(clause + clause_after))
        or (not _LOWER_WORD.search(clause) and _pays(rest) and figure.search(rest))
        or (re.match(r"[’']s\b", after) and words.search(" ".join(after[2:].split()[:3]))))


def _pays(clause: str) -> bool:
    """Whether the clause's first word after its subject and auxiliaries is a
    money word: "South Korea paid …", "these payments rise …", "Japan plans to
    spend …"; not "Trump demanded Seoul pay …"."""
    for word in re.findall(r"[\w’'-]+", clause):
        if word[0].isupper() or word.lower() in _AUXILIARIES:
            continue
        return cues(TYPE, "figure_words").fullmatch(word) is not None
    return False


def _reports_a_happening(text: str) -> bool:
    """Whether a sentence dated by its reporting verb ("…, officials said
    on Monday") reports something that happened ("Seoul and Tokyo have
    signed…"), not a view, a plan or a deal's terms ("China said on Tuesday
    it opposes…", "the deal would see Tokyo pay…")."""
    return not cues(TYPE, "modal").search(text) and bool(
        cues(TYPE, "event_verb").search(text) or _PERFECT.search(text))


def _figure_owns_date(clause: str) -> bool:
    """Whether the clause before a date holds a figure with no past verb
    after it: "will pay 1.52 trillion won for the stationing in 2026" (the
    year is the payment's), not "2% of GDP under a build-up announced in
    December 2022" (the month is the announcement's)."""
    figures = list(cues(TYPE, "figure").finditer(clause))
    return bool(figures) and not cues(TYPE, "event_verb").search(clause[figures[-1].end():])


def _is_time_zone_restatement(before: str) -> bool:
    """A date inside a parenthesis that restates another in a second time
    zone ("(local time, on August 19, 0:30 a.m. Japan time)")."""
    opened = before.rfind("(")
    if opened < 0 or ")" in before[opened:]:
        return False
    return re.search(r"\btime\b", before[opened:], re.IGNORECASE) is not None


def _is_pose_caption(text: str, mention: dates.DateMention) -> bool:
    """A photo caption (a date closing the sentence) whose first verb only
    shows a pose or a movement: it dates the photo, not the story."""
    tail = text[mention.end:].strip()
    if tail not in ("", ".") and not re.match(r"^\.?\s*[|(]", tail):
        return False
    pose = cues(TYPE, "caption_pose")
    words = re.findall(r"[A-Za-z][\w'’.-]*", text[:mention.start])
    for index, word in enumerate(words):
        if word[0].islower() and word not in _FUNCTION_WORDS:
            pair = f"{word} {words[index + 1]}" if index + 1 < len(words) else word
            return bool(pose.match(word) or pose.match(pair))
    return False

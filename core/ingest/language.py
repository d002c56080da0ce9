"""Which language a document is written in, by py3langid (a maintained fork
of langid.py whose model ships inside the package: nothing is downloaded).

The extraction rules read English only; a document identified as another
language is stored and flagged, and no facts are read from it. A text too
short to tell, or one the identifier is unsure of, counts as English (None
is stored), so a short English brief is never silenced by a doubtful guess.
"""
from __future__ import annotations

from functools import cache

from core.model import Document

ENGLISH = "en"
# Below this many letters a guess is not worth storing.
MIN_LETTERS = 60
# The identifier's probability needed to call a text a language.
MIN_CONFIDENCE = 0.95
# Enough of the article to identify it; the rest changes nothing.
SAMPLE = 5000


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(doc: Document) -> str | None:
    """The ISO 639-1 code of the language of the document's story (its
    non-boilerplate sentences), or None when it cannot be told confidently."""
    story = " ".join(doc.sentence_text(s) for s in doc.sentences if not s.boilerplate)
    sample = (story or doc.text)[:SAMPLE]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None
    code, confidence = _identifier().classify(sample)
    return code if confidence >= MIN_CONFIDENCE else None


def is_readable(doc: Document) -> bool:
    """Whether the rules can read the document: English, or not told apart."""
    return doc.language in (None, ENGLISH)


def name(code: str) -> str:
    """A language's English name from its code ("de" -> "German")."""
    import pycountry

    language = pycountry.languages.get(alpha_2=code)
    return language.name if language else code

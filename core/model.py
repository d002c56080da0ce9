"""The tracker's data model: a document, its sentences, and the facts read from it.

`Fact` mirrors the fact contract (the spec every exporter and evaluator reads):
its contract fields carry the same names and meanings, and `to_record()` gives
exactly the contract's record. All positions are character offsets into
`Document.text`, start inclusive, end exclusive.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict, dataclass, field, fields

#: The fields of a contract record, in the order exporters write them.
CONTRACT_FIELDS = (
    "doc", "type", "country", "counterpart", "value", "value_high", "unit",
    "currency", "qualifier", "period", "status", "date", "date_end",
    "framework", "label", "quote", "start", "end",
)
#: Extra fields a record may carry: `countries` (the parties of an event, as
#: the gold files write them) and `holder` (whose stance: government or public).
EXTRA_FIELDS = ("countries", "holder")
RECORD_FIELDS = CONTRACT_FIELDS + EXTRA_FIELDS

FACT_TYPES = (
    "defense_spending", "troop_cost", "troop_presence", "tariff", "event",
    "stance", "membership",
)


@dataclass(frozen=True)
class Sentence:
    """One sentence: `text[start:end]` of its document. `boilerplate` marks
    related-headline lists, photo credits, share prompts and the like, which
    are kept (so offsets stay exact) but not treated as the article's story."""

    start: int
    end: int
    boilerplate: bool = False


@dataclass
class Document:
    """An article exactly as stored. `id` is the file name it was ingested
    from; `text` is the decoded file with `\\n` line endings and nothing cut.
    `published` is an ISO date (`YYYY-MM-DD`) only when the text states one.
    `pages` (documents read from a PDF) holds the offset in `text` where each
    page starts, so any offset has a page number; `language` is the ISO 639-1
    code of the language the text was identified as (None when too short to
    tell); no facts are read from a text that is not English."""

    id: str
    text: str
    sha256: str = ""
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    pages: list[int] | None = None
    language: str | None = None

    def page_of(self, offset: int) -> int | None:
        """The page (1-based) the character at `offset` stands on, or None
        for a document without pages."""
        return page_at(self.pages, offset)

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start:sentence.end]


def page_at(pages: list[int] | None, offset: int) -> int | None:
    """The 1-based page of `offset` given the pages' start offsets."""
    return max(1, bisect_right(pages, offset)) if pages else None


@dataclass
class Fact:
    """One extracted fact, grounded in `quote == document.text[start:end]`.

    Contract fields as in the fact contract; besides them `boilerplate` (the
    sentence is boilerplate), `confidence` (0..1) and `extractor_version`
    (which rules produced it) are stored but not exported.
    """

    doc: str
    type: str
    quote: str
    start: int
    end: int
    country: str | None = None
    counterpart: str | None = None
    value: float | None = None
    value_high: float | None = None
    unit: str | None = None
    currency: str | None = None
    qualifier: str | None = None
    period: str | None = None
    status: str | None = None
    date: str | None = None
    date_end: str | None = None
    framework: str | None = None
    label: str | None = None
    countries: tuple[str, ...] | None = None
    holder: str | None = None
    boilerplate: bool = False
    confidence: float = 1.0
    extractor_version: str = ""

    def to_record(self) -> dict:
        """The contract record: contract and extra fields, nulls left out."""
        data = asdict(self)
        record = {}
        for name in RECORD_FIELDS:
            value = data[name]
            if value is None:
                continue
            record[name] = list(value) if name == "countries" else value
        return record

    @classmethod
    def from_record(cls, record: dict) -> "Fact":
        """A Fact from a contract record (unknown keys such as `optional` ignored)."""
        names = {f.name for f in fields(cls)}
        data = {k: v for k, v in record.items() if k in names}
        if data.get("countries") is not None:
            data["countries"] = tuple(data["countries"])
        data.setdefault("quote", "")
        data.setdefault("start", 0)
        data.setdefault("end", 0)
        return cls(**data)

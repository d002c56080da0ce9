"""Tables of the store. The Alembic migrations in `migrations/` build exactly
these; a test checks the two never drift apart."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (Boolean, DateTime, Float, ForeignKey, Index, Integer, String,
                        Text, UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"
    __table_args__ = (Index("ix_documents_published", "published"),)

    id: Mapped[str] = mapped_column(String(255), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(255))
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text, nullable=False)
    ingested_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    # Added by migration 0007: where each page starts in `text` (a JSON list
    # of offsets, for PDFs) and the language the text was identified as.
    pages: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))


class SentenceRow(Base):
    __tablename__ = "sentences"
    __table_args__ = (UniqueConstraint("doc_id", "idx", name="uq_sentences_doc_idx"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(
        String(255), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True)
    idx: Mapped[int] = mapped_column(Integer, nullable=False)
    start: Mapped[int] = mapped_column(Integer, nullable=False)
    end: Mapped[int] = mapped_column(Integer, nullable=False)
    boilerplate: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # Added by migration 0003, for full-text search.
    text: Mapped[str | None] = mapped_column(Text)


class FactRow(Base):
    __tablename__ = "facts"
    __table_args__ = (
        UniqueConstraint("doc_id", "fact_key", name="uq_facts_doc_key"),
        Index("ix_facts_country_doc", "country", "doc_id"),
        Index("ix_facts_type_country", "type", "country"),
        Index("ix_facts_type_counterpart", "type", "counterpart"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(
        String(255), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True)
    fact_key: Mapped[str] = mapped_column(String(40), nullable=False)
    type: Mapped[str] = mapped_column(String(32), nullable=False, index=True)
    country: Mapped[str | None] = mapped_column(String(8), index=True)
    counterpart: Mapped[str | None] = mapped_column(String(8))
    value: Mapped[float | None] = mapped_column(Float)
    value_high: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(16))
    currency: Mapped[str | None] = mapped_column(String(3))
    qualifier: Mapped[str | None] = mapped_column(String(16))
    period: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str | None] = mapped_column(String(16))
    date: Mapped[str | None] = mapped_column(String(10))
    date_end: Mapped[str | None] = mapped_column(String(10))
    framework: Mapped[str | None] = mapped_column(String(16))
    label: Mapped[str | None] = mapped_column(String(16))
    quote: Mapped[str] = mapped_column(Text, nullable=False)
    start: Mapped[int] = mapped_column(Integer, nullable=False)
    end: Mapped[int] = mapped_column(Integer, nullable=False)
    confidence: Mapped[float] = mapped_column(Float, nullable=False, default=1.0)
    extractor_version: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    # Added by migration 0002.
    countries: Mapped[str | None] = mapped_column(Text)
    holder: Mapped[str | None] = mapped_column(String(16))
    boilerplate: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # Added by migration 0005: the fact's review state (None = unreviewed,
    # else accepted, corrected, rejected or added), kept in step with `reviews`.
    review: Mapped[str | None] = mapped_column(String(16))
    # Added by migration 0006: when the store first held this fact (its key),
    # kept across re-extraction and re-ingest, so "new since" means new facts.
    first_seen: Mapped[datetime | None] = mapped_column(DateTime, index=True)


class ReviewRow(Base):
    """One change a person made to a fact: the history is every row, the
    fact's state the row with the highest `seq`. Linked by (doc_id, fact_key),
    a key made of the fact's fields and its sentence's text rather than a row
    id or offsets, so re-extraction and edits elsewhere in the article keep
    it. Two reviewers saving the same fact at once cannot both write the same
    `seq`: the second is refused and shown the first's change."""

    __tablename__ = "reviews"
    __table_args__ = (Index("uq_reviews_fact_seq", "doc_id", "fact_key", "seq", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(String(255), nullable=False, index=True)
    fact_key: Mapped[str] = mapped_column(String(40), nullable=False)
    verdict: Mapped[str] = mapped_column(String(16), nullable=False)
    note: Mapped[str | None] = mapped_column(Text)
    reviewer: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    # Added by migration 0005: the change's place in its fact's history and
    # the fact before and after it (contract records as JSON).
    seq: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)


class WatchlistRow(Base):
    """A named, saved set of filters (countries, types, words) whose new facts
    a reviewer follows; `viewed_at` is when its digest was last opened."""

    __tablename__ = "watchlists"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False, unique=True)
    countries: Mapped[str | None] = mapped_column(Text)
    types: Mapped[str | None] = mapped_column(Text)
    words: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    viewed_at: Mapped[datetime | None] = mapped_column(DateTime)


class FeedItemRow(Base):
    """An item of a followed feed that `follow` has dealt with (added 0007):
    `key` is a hash of the feed and the item's id, so a second run skips it;
    `doc_id` is the document it became, `status` what happened to it."""

    __tablename__ = "feed_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    feed: Mapped[str] = mapped_column(Text, nullable=False)
    item: Mapped[str] = mapped_column(Text, nullable=False)
    doc_id: Mapped[str | None] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    seen_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)

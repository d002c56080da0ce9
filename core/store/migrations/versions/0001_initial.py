"""Documents, sentences, facts (every contract field) and reviews.

Revision ID: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(255), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.String(255)),
        sa.Column("url", sa.Text),
        sa.Column("published", sa.String(10)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "sentences",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("doc_id", sa.String(255),
                  sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("idx", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("boilerplate", sa.Boolean, nullable=False),
        sa.UniqueConstraint("doc_id", "idx", name="uq_sentences_doc_idx"),
    )
    op.create_index("ix_sentences_doc_id", "sentences", ["doc_id"])
    op.create_table(
        "facts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("doc_id", sa.String(255),
                  sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("fact_key", sa.String(40), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("country", sa.String(8)),
        sa.Column("counterpart", sa.String(8)),
        sa.Column("value", sa.Float),
        sa.Column("value_high", sa.Float),
        sa.Column("unit", sa.String(16)),
        sa.Column("currency", sa.String(3)),
        sa.Column("qualifier", sa.String(16)),
        sa.Column("period", sa.String(10)),
        sa.Column("status", sa.String(16)),
        sa.Column("date", sa.String(10)),
        sa.Column("date_end", sa.String(10)),
        sa.Column("framework", sa.String(16)),
        sa.Column("label", sa.String(16)),
        sa.Column("quote", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("extractor_version", sa.String(64), nullable=False),
        sa.UniqueConstraint("doc_id", "fact_key", name="uq_facts_doc_key"),
    )
    op.create_index("ix_facts_doc_id", "facts", ["doc_id"])
    op.create_index("ix_facts_type", "facts", ["type"])
    op.create_index("ix_facts_country", "facts", ["country"])
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("doc_id", sa.String(255), nullable=False),
        sa.Column("fact_key", sa.String(40), nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("reviewer", sa.String(255)),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_reviews_doc_id", "reviews", ["doc_id"])


def downgrade() -> None:
    for table in ("reviews", "facts", "sentences", "documents"):
        op.drop_table(table)

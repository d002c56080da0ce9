"""Indexes for the dashboard's aggregate queries: facts by country and
document, by type and country, by type and counterpart; documents by
publication date.

Revision ID: 0004
"""
from alembic import op

revision = "0004"
down_revision = "0003"

INDEXES = {
    "ix_facts_country_doc": ("facts", ["country", "doc_id"]),
    "ix_facts_type_country": ("facts", ["type", "country"]),
    "ix_facts_type_counterpart": ("facts", ["type", "counterpart"]),
    "ix_documents_published": ("documents", ["published"]),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _) in INDEXES.items():
        op.drop_index(name, table_name=table)

"""Facts gain `first_seen` (when the store first held them, backfilled from
their document's ingest time); a `watchlists` table holds saved filters.

Revision ID: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"


def upgrade() -> None:
    op.add_column("facts", sa.Column("first_seen", sa.DateTime))
    op.execute("UPDATE facts SET first_seen = (SELECT d.ingested_at FROM documents d "
               "WHERE d.id = facts.doc_id)")
    op.create_index("ix_facts_first_seen", "facts", ["first_seen"])
    op.create_table(
        "watchlists",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(120), nullable=False, unique=True),
        sa.Column("countries", sa.Text),
        sa.Column("types", sa.Text),
        sa.Column("words", sa.Text),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("viewed_at", sa.DateTime),
    )


def downgrade() -> None:
    op.drop_table("watchlists")
    op.drop_index("ix_facts_first_seen", table_name="facts")
    with op.batch_alter_table("facts") as batch:
        batch.drop_column("first_seen")

"""Documents gain `pages` (where each page of a PDF starts in the text, as a
JSON list of offsets) and `language` (the language the text was identified
as); a `feed_items` table remembers the items of followed feeds.

Revision ID: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"


def upgrade() -> None:
    op.add_column("documents", sa.Column("pages", sa.Text))
    op.add_column("documents", sa.Column("language", sa.String(16)))
    op.create_table(
        "feed_items",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(40), nullable=False, unique=True),
        sa.Column("feed", sa.Text, nullable=False),
        sa.Column("item", sa.Text, nullable=False),
        sa.Column("doc_id", sa.String(255)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("seen_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("feed_items")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("language")
        batch.drop_column("pages")

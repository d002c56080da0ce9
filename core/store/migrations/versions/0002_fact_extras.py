"""Facts gain `countries` (an event's parties, JSON list), `holder` (whose
stance: government or public) and `boilerplate` (read from a boilerplate
sentence).

Revision ID: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    with op.batch_alter_table("facts") as batch:
        batch.add_column(sa.Column("countries", sa.Text))
        batch.add_column(sa.Column("holder", sa.String(16)))
        batch.add_column(sa.Column("boilerplate", sa.Boolean, nullable=False,
                                   server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("facts") as batch:
        batch.drop_column("boilerplate")
        batch.drop_column("holder")
        batch.drop_column("countries")

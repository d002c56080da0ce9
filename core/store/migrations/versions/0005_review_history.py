"""Review history: every change to a fact kept, and facts keyed by what they
say and the sentence they say it in.

Facts gain `review` (their review state). Reviews gain `seq` (the change's
place in its fact's history, unique per fact so two reviewers cannot both
write the same step), `before` and `after` (the fact as JSON records).

Fact keys no longer include offsets, so a line added above a fact no longer
detaches its reviews: existing keys are recomputed from the type, the key
fields and the quote (with the occurrence number for a sentence repeated in
the same document), and existing reviews are moved to the new keys.

Revision ID: 0005
"""
import hashlib
import json
from collections import defaultdict

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"

# The key rule as of this revision (core.store.repository.fact_key), frozen
# here so that the migration means the same whatever that rule becomes.
_IDENTITY = ("type", "country", "counterpart", "value", "value_high", "unit", "currency",
             "period", "status", "date", "date_end", "framework", "label")


def _key(row, occurrence: int) -> str:
    payload = [getattr(row, name) for name in _IDENTITY] + [row.quote]
    if occurrence:
        payload.append(occurrence)
    return hashlib.sha1(json.dumps(payload).encode()).hexdigest()


def upgrade() -> None:
    op.add_column("facts", sa.Column("review", sa.String(16)))
    op.add_column("reviews", sa.Column("seq", sa.Integer, nullable=False, server_default="1"))
    op.add_column("reviews", sa.Column("before", sa.Text))
    op.add_column("reviews", sa.Column("after", sa.Text))
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT id, doc_id, fact_key, quote, start, " + ", ".join(_IDENTITY) +
        " FROM facts ORDER BY doc_id, start, id")).all()
    # Keys are unique per document: park every row on a placeholder first,
    # so no new key meets an old one midway.
    bind.execute(sa.text("UPDATE facts SET fact_key = 'moving-' || id"))
    seen: dict[tuple, int] = defaultdict(int)
    moved: dict[tuple[str, str], str] = {}
    for row in rows:
        base = (row.doc_id, _key(row, 0))
        new = _key(row, seen[base])
        seen[base] += 1
        moved[(row.doc_id, row.fact_key)] = new
        bind.execute(sa.text("UPDATE facts SET fact_key = :new WHERE id = :id"),
                     {"new": new, "id": row.id})
    reviews = bind.execute(sa.text("SELECT id, doc_id, fact_key FROM reviews ORDER BY id")).all()
    steps: dict[tuple, int] = defaultdict(int)
    for review in reviews:
        key = moved.get((review.doc_id, review.fact_key), review.fact_key)
        steps[(review.doc_id, key)] += 1
        bind.execute(sa.text("UPDATE reviews SET fact_key = :key, seq = :seq WHERE id = :id"),
                     {"key": key, "seq": steps[(review.doc_id, key)], "id": review.id})
    op.create_index("uq_reviews_fact_seq", "reviews", ["doc_id", "fact_key", "seq"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_reviews_fact_seq", table_name="reviews")
    with op.batch_alter_table("reviews") as batch:
        batch.drop_column("after")
        batch.drop_column("before")
        batch.drop_column("seq")
    with op.batch_alter_table("facts") as batch:
        batch.drop_column("review")

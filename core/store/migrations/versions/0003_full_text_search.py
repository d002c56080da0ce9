"""Full-text search over sentences and facts.

Sentences gain their text (so both can be searched; backfilled from the
stored documents). SQLite: FTS5 tables over facts.quote and sentences.text,
kept in step by triggers, with the Porter stemmer. PostgreSQL: GIN indexes on
to_tsvector('english', …).

Revision ID: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"

_SQLITE = {
    "fact_search": ("facts", "quote"),
    "sentence_search": ("sentences", "text"),
}


def upgrade() -> None:
    with op.batch_alter_table("sentences") as batch:
        batch.add_column(sa.Column("text", sa.Text))
    op.execute("UPDATE sentences SET text = (SELECT substr(d.text, sentences.start + 1, "
               "sentences.\"end\" - sentences.start) FROM documents d "
               "WHERE d.id = sentences.doc_id)")
    if op.get_bind().dialect.name == "sqlite":
        for table, (source, column) in _SQLITE.items():
            op.execute(f"CREATE VIRTUAL TABLE {table} USING fts5({column}, content='{source}', "
                       f"content_rowid='id', tokenize='porter unicode61')")
            op.execute(f"CREATE TRIGGER {table}_insert AFTER INSERT ON {source} BEGIN "
                       f"INSERT INTO {table}(rowid, {column}) VALUES (new.id, new.{column}); END")
            op.execute(f"CREATE TRIGGER {table}_delete AFTER DELETE ON {source} BEGIN "
                       f"INSERT INTO {table}({table}, rowid, {column}) "
                       f"VALUES ('delete', old.id, old.{column}); END")
            op.execute(f"CREATE TRIGGER {table}_update AFTER UPDATE ON {source} BEGIN "
                       f"INSERT INTO {table}({table}, rowid, {column}) "
                       f"VALUES ('delete', old.id, old.{column}); "
                       f"INSERT INTO {table}(rowid, {column}) VALUES (new.id, new.{column}); END")
            op.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
    else:
        op.execute("CREATE INDEX ix_facts_quote_search ON facts "
                   "USING gin (to_tsvector('english', quote))")
        op.execute("CREATE INDEX ix_sentences_text_search ON sentences "
                   "USING gin (to_tsvector('english', coalesce(text, '')))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table, (source, _) in _SQLITE.items():
            for event in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_{event}")
            op.execute(f"DROP TABLE IF EXISTS {table}")
    else:
        op.execute("DROP INDEX IF EXISTS ix_facts_quote_search")
        op.execute("DROP INDEX IF EXISTS ix_sentences_text_search")
    with op.batch_alter_table("sentences") as batch:
        batch.drop_column("text")

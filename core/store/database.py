"""Opening a store: engine, schema migrations, transactions.

This module and the rest of `core.store` are the only code that knows which
database is underneath; everything else goes through `Store`.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from core import settings

MIGRATIONS_INI = Path(__file__).with_name("alembic.ini")


class ReadOnlyStore(RuntimeError):
    """A write was asked of a store opened read-only."""


def make_engine(url: str, writer: bool = False, read_only: bool = False) -> Engine:
    """An engine for `url`. A SQLite file gets its folder created, WAL mode,
    enforced foreign keys and a busy timeout; a `writer` engine begins its
    transactions IMMEDIATE, so concurrent writers (other ingest processes)
    wait their turn instead of failing when a read turns into a write. A
    `read_only` engine's connections refuse every write in the database
    itself (SQLite `query_only`, PostgreSQL read-only transactions)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        if read_only:
            return create_engine(url, pool_pre_ping=True, connect_args={
                "options": "-c default_transaction_read_only=on"})
        return create_engine(url, pool_pre_ping=True)
    if read_only and parsed.database and parsed.database != ":memory:" \
            and not Path(parsed.database).exists():
        raise ReadOnlyStore(f"no store at {parsed.database} to open read-only: ingest "
                            "articles first (without TRACKER_READ_ONLY)")
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 60})

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # transactions begin in _begin below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        if read_only:
            cursor.execute("PRAGMA query_only=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")

    return engine


MIGRATION_LOCK = 72_100_001  # any constant: PostgreSQL advisory lock key for migrations


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade the schema to `revision` (an existing store keeps its rows).
    On PostgreSQL an advisory lock makes processes that start together
    migrate one after another."""
    config = Config(str(MIGRATIONS_INI))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


class Store:
    """A migrated database and the way to open transactions on it.

    Read-only (`read_only`, by default the TRACKER_READ_ONLY setting): no
    migration runs, `transaction` refuses, and the database itself refuses
    any write on the store's connections."""

    def __init__(self, url: str | None = None, *, upgrade: bool = True,
                 read_only: bool | None = None) -> None:
        self.url = settings.db_url(url)
        self.read_only = settings.read_only() if read_only is None else read_only
        self.engine = make_engine(self.url, read_only=self.read_only)
        self.write_engine = self.engine if self.read_only else make_engine(self.url, writer=True)
        if upgrade and not self.read_only:
            migrate(self.write_engine)
        self._readers = sessionmaker(self.engine, expire_on_commit=False)
        self._writers = sessionmaker(self.write_engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on error."""
        if self.read_only:
            raise ReadOnlyStore(f"the store is open read-only ({settings.READ_ONLY.env}): "
                                "nothing can be written")
        with self._writers() as session, session.begin():
            yield session

    @contextmanager
    def reader(self) -> Iterator[Session]:
        with self._readers() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
        self.write_engine.dispose()

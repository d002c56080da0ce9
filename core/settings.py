"""Settings, each declared once with its default and a line of help.

Every setting can come from the environment; the command line overrides it.
README's "Settings" table lists them all (a test checks that).
"""
from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    env: str
    default: str
    help: str

    def get(self) -> str:
        return os.environ.get(self.env) or self.default


DB = Setting(
    "TRACKER_DB", "sqlite:///data/tracker.db",
    "SQLAlchemy URL of the store (a SQLite file by default, or postgresql+psycopg://…)",
)
MAX_BYTES = Setting(
    "TRACKER_MAX_BYTES", str(5 * 1024 * 1024),
    "largest file ingest accepts, in bytes",
)

ALL = (DB, MAX_BYTES)


def db_url(override: str | None = None) -> str:
    """The store's URL: an explicit override, else TRACKER_DB, else the default.

    A bare file path is taken as a SQLite file, so `--db my.db` works too.
    """
    url = override or DB.get()
    if "://" not in url:
        url = f"sqlite:///{url}"
    return url

"""Settings, each declared once with its default and a line of help.

Every setting can come from the environment; the command line overrides it.
README's "Settings" table lists them all (a test checks that).
"""
from __future__ import annotations

import os
from dataclasses import dataclass


class SettingError(ValueError):
    """A setting whose value cannot be used; the message names it and says
    what it should look like (shown as is on the command line and pages)."""


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
MAX_UPLOAD_BYTES = Setting(
    "TRACKER_MAX_UPLOAD_BYTES", str(50 * 1024 * 1024),
    "most bytes one upload on the Add articles page may bring in all",
)

READ_ONLY = Setting(
    "TRACKER_READ_ONLY", "0",
    "1 opens the store read-only: no page (nor any command) can write to it",
)

REVIEWER_HEADER = Setting(
    "TRACKER_REVIEWER_HEADER", "X-Forwarded-User",
    "request header in which a signing-in reverse proxy names the user; reviews are kept "
    "under that name (without it, the page asks for a name once per browser session)",
)

ALL = (DB, MAX_BYTES, MAX_UPLOAD_BYTES, READ_ONLY, REVIEWER_HEADER)
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def max_bytes(setting: Setting = MAX_BYTES) -> int:
    """TRACKER_MAX_BYTES (or another byte-count setting) as a positive whole
    number, or a SettingError."""
    raw = setting.get().strip()
    if not (raw.isascii() and raw.isdigit() and int(raw) > 0):
        raise SettingError(f"{setting.env} must be a whole number of bytes above 0 "
                           f"(default {setting.default}), not {raw!r}")
    return int(raw)


def max_upload_bytes() -> int:
    return max_bytes(MAX_UPLOAD_BYTES)


def read_only() -> bool:
    """TRACKER_READ_ONLY as a yes or no, or a SettingError."""
    raw = READ_ONLY.get().strip().lower()
    if raw not in _TRUE | _FALSE:
        raise SettingError(f"{READ_ONLY.env} must be 1 or 0 (also true/false, yes/no, on/off), "
                           f"not {raw!r}")
    return raw in _TRUE


def db_url(override: str | None = None) -> str:
    """The store's URL: an explicit override, else TRACKER_DB, else the default.

    A bare file path is taken as a SQLite file, so `--db my.db` works too.
    """
    url = override or DB.get()
    if "://" not in url:
        url = f"sqlite:///{url}"
    return url

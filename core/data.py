"""Where reference data lives and how it is read: CSV and TOML files under
`data/` with `#` comment lines saying where their entries come from."""
from __future__ import annotations

import csv
import tomllib
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def path(name: str) -> Path:
    return DATA_DIR / name


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a CSV reference file, comment lines (`#`) skipped."""
    with path(name).open(encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        return tuple(csv.DictReader(lines))


@cache
def config(name: str) -> dict:
    """A TOML reference file."""
    with path(name).open("rb") as handle:
        return tomllib.load(handle)

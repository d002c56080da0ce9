"""Where reference data lives and how it is read: CSV and TOML files under
`data/` with `#` comment lines saying where their entries come from."""
from __future__ import annotations

import csv
import tomllib
from functools import cache
from pathlib import Path

def _data_dir() -> Path:
    """`data/` beside `core/` in a checkout; in an installed wheel the same
    files ship inside the package as `core/refdata` (see pyproject.toml)."""
    checkout = Path(__file__).resolve().parent.parent / "data"
    return checkout if (checkout / "lexicon.toml").is_file() else Path(__file__).parent / "refdata"


DATA_DIR = _data_dir()


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

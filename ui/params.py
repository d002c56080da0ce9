"""Page state in the URL (`st.query_params`), as plain validated values, so a
link reproduces the view. Anything not in the allowed set is dropped, never
passed on."""
from __future__ import annotations

import re
from typing import Iterable

import streamlit as st

_ISO_DATE = re.compile(r"^\d{4}(-\d\d(-\d\d)?)?$")


def get_list(name: str, allowed: Iterable[str]) -> list[str]:
    """A comma-separated list parameter, keeping only allowed values."""
    allowed = set(allowed)
    raw = st.query_params.get(name, "")
    return [v for v in dict.fromkeys(raw.split(",")) if v in allowed]


def get_one(name: str, allowed: Iterable[str]) -> str | None:
    value = st.query_params.get(name)
    return value if value in set(allowed) else None


def get_int(name: str) -> int | None:
    value = st.query_params.get(name, "")
    return int(value) if value.isdigit() else None


def get_date(name: str) -> str | None:
    value = st.query_params.get(name, "")
    return value if _ISO_DATE.match(value) else None


def get_span(name: str) -> tuple[int, int] | None:
    """A "start-end" pair of character offsets, or None."""
    start, _, end = st.query_params.get(name, "").partition("-")
    if start.isdigit() and end.isdigit() and int(start) < int(end):
        return int(start), int(end)
    return None


def valid_date(value: str) -> str | None:
    """`value` if it is an ISO date of any precision (2025, 2025-07, 2025-07-27)."""
    value = value.strip()
    return value if _ISO_DATE.match(value) else None


def get_text(name: str, max_length: int = 200) -> str:
    return st.query_params.get(name, "")[:max_length]


def put(**values) -> None:
    """Write values to the URL; empty ones are removed. Lists are joined with commas."""
    for name, value in values.items():
        if isinstance(value, (list, tuple, set)):
            value = ",".join(value)
        if value in (None, "", []):
            if name in st.query_params:
                del st.query_params[name]
        elif st.query_params.get(name) != str(value):
            st.query_params[name] = str(value)

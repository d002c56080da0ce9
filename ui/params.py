"""Page state in the URL (`st.query_params`), as plain validated values, so a
link reproduces the view. Anything not in the allowed set is dropped, never
passed on: numbers are ASCII digits only ("²" passes `str.isdigit` but not
`int`), dates must exist on the calendar."""
from __future__ import annotations

import re
from datetime import date
from typing import Iterable

import streamlit as st

_ISO_DATE = re.compile(r"[0-9]{4}(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?")
_NUMBER = re.compile(r"[0-9]{1,12}")


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
    return int(value) if _NUMBER.fullmatch(value) else None


def get_date(name: str) -> str | None:
    return valid_date(st.query_params.get(name, ""))


def get_span(name: str) -> tuple[int, int] | None:
    """A "start-end" pair of character offsets, or None."""
    start, _, end = st.query_params.get(name, "").partition("-")
    if _NUMBER.fullmatch(start) and _NUMBER.fullmatch(end) and int(start) < int(end):
        return int(start), int(end)
    return None


def valid_date(value: str) -> str | None:
    """`value` if it is an ISO date of any precision (2025, 2025-07, 2025-07-27)
    that exists (no month 13, no 30 February), else None."""
    value = value.strip()
    match = _ISO_DATE.fullmatch(value)
    if not match:
        return None
    try:
        date(int(value[:4]), int(match["month"] or 1), int(match["day"] or 1))
    except ValueError:
        return None
    return value


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

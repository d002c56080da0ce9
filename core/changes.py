"""What changed: a country's stance over time, the facts first seen since a
date (a digest), and watchlists (saved filters with their own digest).

A stance is dated by its stated `period`, else its article's publication
date, else it is undated. A country's stance has changed when the side of
its latest dated stances (for, between or against the US-led side) differs
from the side of the stances before them. A fact is new from the time the
store first held it (`first_seen`: its article's ingest, kept across
re-extraction), so an old article ingested today is new today, and says so.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pandas as pd
from sqlalchemy import delete, func, select, update

from core import queries
from core.evaluate import side
from core.store import Store
from core.store.schema import FactRow, WatchlistRow

SIDE_WORDS = {"for": "toward the US-led side", "between": "between the sides",
              "against": "away from the US-led side"}
_SINCE = re.compile(r"^(\d+)\s*([hdwm])$")
_UNITS = {"h": "hours", "d": "days", "w": "weeks"}


def since(value: str, now: datetime | None = None) -> datetime:
    """A moment from "7d", "24h", "2w", "3m" (months of 30 days) before now,
    or an ISO date or date-time. Raises ValueError naming the value."""
    now = now or utcnow()
    match = _SINCE.match(value.strip().lower())
    if match:
        amount, unit = int(match.group(1)), match.group(2)
        if unit == "m":
            return now - timedelta(days=30 * amount)
        return now - timedelta(**{_UNITS[unit]: amount})
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"cannot read {value!r} as a time: give 7d, 24h, 2w, 3m or an "
                         "ISO date such as 2025-06-01") from None


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


# -- stance history -----------------------------------------------------------

def stance_history(store: Store, country: str) -> pd.DataFrame:
    """The country's stances (boilerplate left out), each with `when` (its
    period, else its article's publication date; None when undated) and
    `side`, oldest first, undated last."""
    frame = queries.facts(store, types=["stance"], countries=[country],
                          include_boilerplate=False)
    frame = frame.assign(
        when=[_when(p, d) for p, d in zip(frame["period"], frame["published"])],
        side=[side(label, counterpart) for label, counterpart
              in zip(frame["label"], frame["counterpart"])])
    dated = frame[frame["when"].notna()].sort_values(["when", "id"])
    history = pd.concat([dated, frame[frame["when"].isna()]], ignore_index=True)
    history["when"] = history["when"].astype(object).where(history["when"].notna(), None)
    return history


def _when(period, published) -> str | None:
    for value in (period, published):
        if isinstance(value, str) and value:
            return value
    return None


@dataclass(frozen=True)
class StanceChange:
    """The latest stances' side differs from the side before: both sides,
    when, and a quote for each (the latest stance of each period)."""

    country: str
    before: str
    after: str
    when: str
    before_fact: dict
    after_fact: dict


def stance_change(history: pd.DataFrame) -> StanceChange | None:
    """Whether the side of the latest dated stances (those of the newest
    date) differs from the prevailing side of the stances before them."""
    dated = history[history["when"].notna()]
    if dated.empty:
        return None
    latest_when = dated["when"].max()
    latest, earlier = dated[dated["when"] == latest_when], dated[dated["when"] < latest_when]
    if earlier.empty:
        return None
    after, before = _prevailing(latest["side"]), _prevailing(earlier["side"])
    if after is None or before is None or after == before:
        return None
    return StanceChange(
        country=str(latest.iloc[-1]["country"]), before=before, after=after, when=latest_when,
        before_fact=earlier[earlier["side"] == before].iloc[-1].to_dict(),
        after_fact=latest[latest["side"] == after].iloc[-1].to_dict())


def _prevailing(sides: pd.Series) -> str | None:
    """The most common side; None on a tie (no clear side to compare)."""
    counts = Counter(s for s in sides if s).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


def changed_countries(store: Store, months: int, now: datetime | None = None) -> dict:
    """Countries whose stance changed within the last `months` months, with
    the change: for the map's "changed recently" view."""
    cutoff = ((now or utcnow()) - timedelta(days=30 * months)).date().isoformat()
    stances = queries.facts(store, types=["stance"], include_boilerplate=False)
    changes = {}
    for country in sorted(set(stances["country"].dropna())):
        change = stance_change(stance_history(store, country))
        if change and change.when >= cutoff[:len(change.when)]:
            changes[country] = change
    return changes


# -- digest -------------------------------------------------------------------

@dataclass(frozen=True)
class Filters:
    """What a digest or watchlist keeps: any of `countries` (as the fact's
    country, counterpart or an event's party), any of `types`, and `words`
    found in the quote (full-text search). Empty means no restriction."""

    countries: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    words: str = ""

    def summary(self) -> str:
        """The filters in words ("countries KOR JPN; types tariff")."""
        parts = [f"countries {' '.join(self.countries)}" if self.countries else "",
                 f"types {' '.join(self.types)}" if self.types else "",
                 f"words “{self.words}”" if self.words else ""]
        return "; ".join(p for p in parts if p) or "everything"

    def rules(self, fact: dict) -> list[str]:
        """Which of the filters a fact matched, in words."""
        matched = []
        if self.countries:
            named = {fact.get("country"), fact.get("counterpart"),
                     *(str(fact.get("countries") or "").split(";"))}
            hits = [c for c in self.countries if c in named]
            matched.append("country " + ", ".join(hits))
        if self.types:
            matched.append(f"type {fact['type']}")
        if self.words:
            matched.append(f"words “{self.words}”")
        return matched


def digest(store: Store, start: datetime, filters: Filters = Filters()) -> pd.DataFrame:
    """Facts first seen since `start`, grouped by country and type (rejected
    facts left out), each with its quote and source, `first_seen`,
    `old_article` (its article was published well before it was ingested)
    and `matched` (the filter rules it met)."""
    frame = queries.facts(store, types=list(filters.types) or None,
                          parties=list(filters.countries) or None,
                          search=filters.words or None, seen_since=start)
    frame["country"] = frame["country"].fillna("")
    frame = frame.sort_values(["country", "type", "first_seen", "doc", "start"])
    frame["old_article"] = [
        isinstance(p, str) and p < (seen - timedelta(days=30)).date().isoformat()
        for p, seen in zip(frame["published"], frame["first_seen"])]
    frame["matched"] = ["; ".join(filters.rules(row)) for row in frame.to_dict("records")]
    return frame.reset_index(drop=True)


# -- watchlists ---------------------------------------------------------------

@dataclass(frozen=True)
class Watchlist:
    name: str
    filters: Filters
    created_at: datetime
    viewed_at: datetime | None


def save_watchlist(store: Store, name: str, filters: Filters) -> Watchlist:
    """Create or replace the watchlist `name` (its last-viewed time kept)."""
    name = name.strip()
    if not name:
        raise ValueError("a watchlist needs a name")
    values = {"countries": json.dumps(list(filters.countries)),
              "types": json.dumps(list(filters.types)), "words": filters.words or None}
    with store.transaction() as session:
        row = session.scalar(select(WatchlistRow).where(WatchlistRow.name == name))
        if row is None:
            session.add(WatchlistRow(name=name, created_at=utcnow(), **values))
        else:
            session.execute(update(WatchlistRow).where(WatchlistRow.id == row.id).values(**values))
    return watchlist(store, name)


def watchlists(store: Store) -> list[Watchlist]:
    with store.reader() as session:
        return [_watchlist(row) for row in
                session.scalars(select(WatchlistRow).order_by(func.lower(WatchlistRow.name)))]


def watchlist(store: Store, name: str) -> Watchlist:
    """The watchlist called `name`; ValueError naming it if there is none."""
    with store.reader() as session:
        row = session.scalar(select(WatchlistRow).where(WatchlistRow.name == name))
    if row is None:
        raise ValueError(f"no watchlist called {name!r}")
    return _watchlist(row)


def delete_watchlist(store: Store, name: str) -> None:
    with store.transaction() as session:
        if not session.execute(delete(WatchlistRow).where(WatchlistRow.name == name)).rowcount:
            raise ValueError(f"no watchlist called {name!r}")


def mark_viewed(store: Store, name: str, when: datetime | None = None) -> None:
    with store.transaction() as session:
        session.execute(update(WatchlistRow).where(WatchlistRow.name == name)
                        .values(viewed_at=when or utcnow()))


def new_count(store: Store, item: Watchlist) -> int:
    """Facts the watchlist keeps that are new since it was last viewed (all
    of them if it never was)."""
    return len(digest(store, item.viewed_at or datetime(1970, 1, 1), item.filters))


def _watchlist(row: WatchlistRow) -> Watchlist:
    return Watchlist(row.name, Filters(tuple(json.loads(row.countries or "[]")),
                                       tuple(json.loads(row.types or "[]")), row.words or ""),
                     row.created_at, row.viewed_at)

"""Following news feeds: `python -m core follow FEED_URL_OR_FILE...`.

Each feed (RSS or Atom, read by feedparser, from a URL or a saved file) is
read; each item not seen before has its page fetched and ingested like any
file (`ingest_bytes`: an HTML page through trafilatura, a linked PDF as a
PDF), with the item's link as the document's URL and its date and title.
What was done with each item is remembered in the store (`feed_items`), so a
second run adds only items that are new. An item whose page could not be
fetched (the site was down) is not remembered: the next run tries it again.
A page that was fetched but refused (no article text) is remembered with its
reason, so it is not fetched over and over.

Document ids are the page's address without its scheme, as a path:
`www.example.com/news/2025/talks.html` (a hash is added where the address
has a query or is too long to be an id).
"""
from __future__ import annotations

import hashlib
import re
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import select

from core.ingest.pipeline import Outcome, ingest_bytes
from core.ingest.reading import BadInput
from core.store import Store
from core.store.schema import FeedItemRow

TIMEOUT = 30
USER_AGENT = "alliance-tracker (feed follower)"
_TYPES = {"application/pdf": ".pdf",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
          "text/plain": ".txt"}
_LONGEST_ID = 200


class FetchError(Exception):
    """A page or feed that could not be fetched; the message says why."""


@dataclass
class FeedResult:
    """One feed's run: its new items' outcomes, how many were seen before,
    or why the feed itself could not be read."""

    feed: str
    outcomes: list[Outcome] = field(default_factory=list)
    seen_before: int = 0
    error: str | None = None


def follow(store: Store, feeds: list[str], *, max_bytes: int) -> list[FeedResult]:
    return [follow_one(store, feed, max_bytes=max_bytes) for feed in feeds]


def follow_one(store: Store, feed: str, *, max_bytes: int) -> FeedResult:
    result = FeedResult(feed)
    try:
        parsed = _parse(feed, max_bytes)
    except (FetchError, BadInput) as error:
        result.error = str(error)
        return result
    for entry in parsed.entries:
        link = entry.get("link")
        item = entry.get("id") or link
        if not item:
            continue
        key = hashlib.sha1(f"{feed}\n{item}".encode("utf-8")).hexdigest()
        if _seen(store, key):
            result.seen_before += 1
            continue
        outcome = _ingest_item(store, entry, link, max_bytes)
        result.outcomes.append(outcome)
        if outcome.status != "unreachable":
            _remember(store, key, feed, item, outcome)
    return result


def _parse(feed: str, max_bytes: int):
    import feedparser

    if re.match(r"https?://", feed, re.I):
        data, _ = fetch(feed, max_bytes)
    else:
        path = Path(feed)
        if not path.is_file():
            raise FetchError("neither an http(s) address nor a feed file that exists")
        data = path.read_bytes()
    parsed = feedparser.parse(data)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        reason = getattr(parsed.get("bozo_exception"), "args", [""])[:1] or [""]
        raise BadInput(f"not an RSS or Atom feed{': ' + str(reason[0]) if reason[0] else ''}")
    return parsed


def fetch(url: str, max_bytes: int) -> tuple[bytes, str]:
    """The bytes at `url` and their content type; FetchError with the reason."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            data = response.read(max_bytes + 1)
            kind = response.headers.get_content_type()
    except urllib.error.HTTPError as error:
        raise FetchError(f"{url}: the server answered {error.code} {error.reason}") from None
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", None) or error
        raise FetchError(f"{url}: could not be fetched ({reason})") from None
    if len(data) > max_bytes:
        raise BadInput(f"{url}: over the {max_bytes:,}-byte limit")
    return data, kind


def _ingest_item(store: Store, entry, link: str | None, max_bytes: int) -> Outcome:
    if not link or not re.match(r"https?://", link, re.I):
        return Outcome(link or entry.get("id", "?"), "failed",
                       reason="the item links to no http(s) page")
    try:
        data, kind = fetch(link, max_bytes)
    except FetchError as error:
        return Outcome(link, "unreachable", reason=str(error))
    except BadInput as error:
        return Outcome(link, "failed", reason=str(error))
    stated = {"url": link, "published": _entry_day(entry),
              "title": " ".join((entry.get("title") or "").split())}
    outcome = ingest_bytes(store, document_id(link, _TYPES.get(kind, ".html")), data,
                           max_bytes=max_bytes, stated=stated)
    outcome.path = link
    return outcome


def document_id(url: str, suffix: str = ".html") -> str:
    """`host/path` of the address, ending in `suffix` (the format it is read as)."""
    parts = urlsplit(url)
    path = re.sub(r"[^A-Za-z0-9._/-]+", "-", parts.path).strip("/-") or "index"
    path = re.sub(r"\.(html?|php|aspx?|pdf|docx|txt)$", "", path, flags=re.I)
    name = f"{parts.hostname or 'feed'}/{path}"
    if parts.query or len(name) > _LONGEST_ID:
        name = f"{name[:_LONGEST_ID]}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:10]}"
    return name + suffix


def _entry_day(entry) -> str | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", stamp) if stamp else None


def _seen(store: Store, key: str) -> bool:
    with store.reader() as session:
        return session.scalar(select(FeedItemRow.id).where(FeedItemRow.key == key)) is not None


def _remember(store: Store, key: str, feed: str, item: str, outcome: Outcome) -> None:
    with store.transaction() as session:
        session.add(FeedItemRow(key=key, feed=feed, item=item, doc_id=outcome.doc_id,
                                status=outcome.status,
                                seen_at=datetime.now(timezone.utc).replace(tzinfo=None)))

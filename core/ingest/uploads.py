"""Articles added from the dashboard: uploaded files and pasted text, through
the same reading, checks and extraction as `ingest` (`ingest_bytes`).

Limits: each file is held to TRACKER_MAX_BYTES, as on the command line, and
one upload to TRACKER_MAX_UPLOAD_BYTES in all: a file that would take the
total past it is refused by name (the others go in), so one upload cannot
tie up the server. A pasted text is stored as a `.txt` whose id comes from its title and
content, so pasting the same text twice stores it once.
"""
from __future__ import annotations

import hashlib
import re
from typing import Callable, Iterable

from core.ingest.pipeline import Outcome, ingest_bytes
from core.normalize import dates
from core.store import Store

PASTED_FOLDER = "pasted"


def add_files(store: Store, files: Iterable[tuple[str, bytes]], *, max_bytes: int,
              max_total: int, progress: Callable[[int, str], None] | None = None
              ) -> list[Outcome]:
    """Ingest uploaded (name, bytes) pairs in order; `progress(done, name)`
    is called before each file."""
    outcomes = []
    total = 0
    for done, (name, data) in enumerate(files):
        if progress:
            progress(done, name)
        if total + len(data) > max_total:
            outcomes.append(Outcome(name, "failed", reason=(
                f"the upload is over its {max_total:,}-byte limit in all with this file; "
                "add it in another upload (TRACKER_MAX_UPLOAD_BYTES sets the limit)")))
            continue
        total += len(data)
        outcomes.append(ingest_bytes(store, name, data, max_bytes=max_bytes))
    return outcomes


def add_text(store: Store, text: str, *, max_bytes: int, title: str = "", outlet: str = "",
             published: str = "", url: str = "") -> Outcome:
    """Ingest pasted text with the fields given beside it (each optional;
    `published` must be an ISO date, YYYY-MM-DD, when given)."""
    published = published.strip()
    if published and not _is_day(published):
        return Outcome("pasted text", "failed", reason=(
            f"publication date {published!r} is not a date written YYYY-MM-DD"))
    if url.strip() and not re.match(r"https?://\S+$", url.strip()):
        return Outcome("pasted text", "failed", reason="the URL must start with http:// or "
                                                        "https:// and hold no spaces")
    stated = {"title": title.strip(), "outlet": outlet.strip(), "published": published,
              "url": url.strip()}
    name = pasted_id(text, title)
    return ingest_bytes(store, name, text.encode("utf-8"), max_bytes=max_bytes, stated=stated)


def _is_day(value: str) -> bool:
    try:
        return dates.iso_to_date(value) is not None
    except ValueError:  # 2025-02-30
        return False


def pasted_id(text: str, title: str = "") -> str:
    """`pasted/<title words>-<hash>.txt`: readable, and the same for the same text."""
    words = re.findall(r"[a-z0-9]+", title.lower())[:8]
    digest = hashlib.sha256(f"{title}\n{text}".encode("utf-8")).hexdigest()[:10]
    return f"{PASTED_FOLDER}/{'-'.join(words) or 'text'}-{digest}.txt"

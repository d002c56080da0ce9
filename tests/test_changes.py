"""What changed, on both databases: a country's stance over time and the
change flag, digests of facts first seen since a time in each format, and
watchlists with their counts of new facts."""
import csv
import io
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta

import pytest

from core import changes
from core.export import digest
from core.ingest import ingest, reextract

from conftest import run_cli

EARLIER = ("Published: 2023-05-04\n\nHanoi talks\n\n"
           "Vietnam is more willing to cooperate with the United States.\n")
LATER = ("Published: 2025-02-01\n\nA new course\n\n"
         "Vietnam has drifted closer to Beijing.\n\n"
         "Washington threatened a 46% tariff on Vietnamese goods.\n")
OLD_NEWS = ("Published: 2019-01-10\n\nArchive piece\n\n"
            "Japan hosts about 54,000 U.S. troops.\n")


def _add(store, folder, name, text):
    (folder / name).write_text(text, encoding="utf-8")
    [outcome] = ingest(store, [folder / name], max_bytes=1_000_000, progress=False)
    assert outcome.status in ("ingested", "replaced"), outcome.reason


def test_a_country_whose_stance_changed_side_is_flagged_with_both_quotes(store, tmp_path):
    _add(store, tmp_path, "earlier.txt", EARLIER)
    assert changes.stance_change(changes.stance_history(store, "VNM")) is None
    _add(store, tmp_path, "later.txt", LATER)
    history = changes.stance_history(store, "VNM")
    assert list(history["when"]) == ["2023-05-04", "2025-02-01"]
    assert list(history["side"]) == ["for", "against"]
    change = changes.stance_change(history)
    assert (change.before, change.after, change.when) == ("for", "against", "2025-02-01")
    assert "more willing" in change.before_fact["quote"]
    assert "drifted closer to Beijing" in change.after_fact["quote"]
    now = datetime(2025, 3, 1)
    assert set(changes.changed_countries(store, months=3, now=now)) == {"VNM"}
    assert changes.changed_countries(store, months=1, now=datetime(2026, 1, 1)) == {}


def test_an_undated_stance_is_kept_but_never_decides_a_change(store, tmp_path):
    _add(store, tmp_path, "earlier.txt", EARLIER)
    _add(store, tmp_path, "undated.txt", "Vietnam has drifted closer to Beijing.\n")
    history = changes.stance_history(store, "VNM")
    assert list(history["when"]) == ["2023-05-04", None]
    assert changes.stance_change(history) is None


def test_the_digest_lists_only_facts_first_seen_since_the_time(store, tmp_path):
    _add(store, tmp_path, "earlier.txt", EARLIER)
    start = changes.utcnow()
    today = LATER.replace("2025-02-01", start.date().isoformat())
    _add(store, tmp_path, "today.txt", today)
    _add(store, tmp_path, "old.txt", OLD_NEWS)
    reextract(store)  # re-extraction does not make old facts new
    frame = changes.digest(store, start)
    assert sorted(frame["doc"].unique()) == ["old.txt", "today.txt"]
    assert list(frame["country"]) == sorted(frame["country"]), "grouped by country"
    assert set(frame[frame["doc"] == "old.txt"]["old_article"]) == {True}
    assert set(frame[frame["doc"] == "today.txt"]["old_article"]) == {False}
    only = changes.digest(store, start, changes.Filters(countries=("VNM",), types=("tariff",)))
    assert list(only["type"]) == ["tariff"]
    assert only.iloc[0]["matched"] == "country VNM; type tariff"


def test_digest_formats_keep_article_text_as_text(store, tmp_path):
    hostile = LATER.replace("A new course", "A new course") + \
        "Vietnam has drifted closer to Beijing, said *[a link](http://evil.example)* <b>x</b>.\n"
    _add(store, tmp_path, "later.txt", hostile)
    frame = changes.digest(store, datetime(2000, 1, 1))
    start = datetime(2000, 1, 1)

    markdown = digest.render(frame, "md", "New facts", start)
    assert "## Vietnam \\(VNM\\)" in markdown and "### tariff" in markdown
    assert "](http" not in markdown and "\\[a link\\]\\(http" in markdown

    feed = ET.fromstring(digest.render(frame, "atom", "New facts", start))
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == len(frame)
    summaries = [e.find("{http://www.w3.org/2005/Atom}summary").text for e in entries]
    assert any("<b>x</b>" in s for s in summaries), "markup stays text inside the XML"

    rows = list(csv.DictReader(io.StringIO(digest.render(frame, "csv", "New facts", start))))
    assert len(rows) == len(frame) and set(digest.CSV_COLUMNS) == set(rows[0])


def test_watchlists_count_new_facts_since_last_viewed_and_share_their_digest(store, tmp_path):
    _add(store, tmp_path, "earlier.txt", EARLIER)
    saved = changes.save_watchlist(store, "Vietnam watch", changes.Filters(countries=("VNM",)))
    assert changes.new_count(store, saved) == 1
    changes.mark_viewed(store, "Vietnam watch")
    assert changes.new_count(store, changes.watchlist(store, "Vietnam watch")) == 0
    _add(store, tmp_path, "later.txt", LATER)
    _add(store, tmp_path, "old.txt", OLD_NEWS)
    assert changes.new_count(store, changes.watchlist(store, "Vietnam watch")) == 2

    listed = run_cli("watchlist", "list", db=store.url, check=True).stdout
    assert listed.strip() == "Vietnam watch\t2 new\tcountries VNM"
    feed = run_cli("digest", "--watchlist", "Vietnam watch", "--format", "csv",
                   "--mark-viewed", db=store.url, check=True).stdout
    assert [row["matched"] for row in csv.DictReader(io.StringIO(feed))] == ["country VNM"] * 2
    assert changes.new_count(store, changes.watchlist(store, "Vietnam watch")) == 0
    with pytest.raises(ValueError, match="no watchlist called 'nothing'"):
        changes.watchlist(store, "nothing")


@pytest.mark.parametrize("value, expected", [
    ("7d", timedelta(days=7)), ("24h", timedelta(hours=24)), ("2w", timedelta(weeks=2)),
    ("3m", timedelta(days=90)),
])
def test_since_reads_relative_times(value, expected):
    now = datetime(2025, 6, 1, 12)
    assert changes.since(value, now) == now - expected


def test_since_refuses_what_it_cannot_read():
    assert changes.since("2025-06-01") == datetime(2025, 6, 1)
    with pytest.raises(ValueError, match="cannot read 'last tuesday'"):
        changes.since("last tuesday")

"""Following a feed served by a local HTTP server (127.0.0.1 only): each new
item's page is fetched and ingested with its URL, date and title; a second
run adds nothing; a page that cannot be fetched is tried again next time."""
from __future__ import annotations

import functools
import http.server
import threading
from contextlib import contextmanager

import pytest

from conftest import run_cli
from core.ingest.feeds import document_id, follow
from core.store import repository

MAX = 5_000_000
PAGE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>{body}</p><p>Officials gave no further details on the talks, which continue next week in
the capital.</p></article></body></html>"""
ARTICLES = {
    "news/seoul-budget.html": ("Seoul lifts its defence budget",
                               "South Korea currently allocates over 2% of its GDP to defense, "
                               "the finance ministry said in a statement on Thursday."),
    "news/tokyo-troops.html": ("Japan and the US troops",
                               "About 54,000 U.S. troops are stationed in Japan, the largest "
                               "American presence in the region, officials said on Friday."),
}
RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Regional desk</title><link>{base}/</link>
<description>test feed</description>{items}</channel></rss>"""
ITEM = """<item><title>{title}</title><link>{base}/{path}</link><guid>{base}/{path}</guid>
<pubDate>{date}</pubDate></item>"""
DATES = ["Thu, 06 Mar 2025 09:00:00 GMT", "Fri, 07 Mar 2025 10:30:00 GMT"]


@contextmanager
def serving(folder):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _site(folder, base, paths):
    for path, (title, body) in ARTICLES.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(PAGE.format(title=title, body=body))
    items = "".join(ITEM.format(title=ARTICLES.get(p, ("Gone", ""))[0], base=base, path=p,
                                date=DATES[i % 2]) for i, p in enumerate(paths))
    (folder / "feed.xml").write_text(RSS.format(base=base, items=items))


@pytest.fixture
def site(tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    with serving(folder) as base:
        yield folder, base


def test_a_feed_followed_twice_adds_its_items_once(store, site):
    folder, base = site
    _site(folder, base, list(ARTICLES))
    [first] = follow(store, [f"{base}/feed.xml"], max_bytes=MAX)
    assert first.error is None
    assert [o.status for o in first.outcomes] == ["ingested", "ingested"]
    assert all(o.facts >= 1 for o in first.outcomes)
    doc_id = document_id(f"{base}/news/seoul-budget.html")
    assert doc_id == "127.0.0.1/news/seoul-budget.html"
    with store.reader() as session:
        doc = repository.load_document(session, doc_id)
    assert (doc.url, doc.published, doc.title) == (
        f"{base}/news/seoul-budget.html", "2025-03-06", "Seoul lifts its defence budget")
    [second] = follow(store, [f"{base}/feed.xml"], max_bytes=MAX)
    assert (second.outcomes, second.seen_before) == ([], 2)


def test_an_unreachable_page_is_tried_again_and_a_new_item_added(store, site):
    folder, base = site
    _site(folder, base, ["news/seoul-budget.html", "news/missing.html"])
    [first] = follow(store, [f"{base}/feed.xml"], max_bytes=MAX)
    assert [o.status for o in first.outcomes] == ["ingested", "unreachable"]
    assert "404" in first.outcomes[1].reason
    _site(folder, base, ["news/seoul-budget.html", "news/missing.html", "news/tokyo-troops.html"])
    [second] = follow(store, [f"{base}/feed.xml"], max_bytes=MAX)
    assert [o.status for o in second.outcomes] == ["unreachable", "ingested"]
    assert second.seen_before == 1


def test_a_feed_file_and_what_is_not_a_feed(store, site, tmp_path):
    folder, base = site
    _site(folder, base, list(ARTICLES)[:1])
    [from_file] = follow(store, [str(folder / "feed.xml")], max_bytes=MAX)
    assert [o.status for o in from_file.outcomes] == ["ingested"]
    (tmp_path / "junk.xml").write_text("just some words, no feed here")
    [junk, missing] = follow(store, [str(tmp_path / "junk.xml"), "no/such/feed.xml"],
                             max_bytes=MAX)
    assert "not an RSS or Atom feed" in junk.error
    assert "neither an http(s) address nor a feed file" in missing.error


def test_follow_command_twice(site, tmp_path):
    folder, base = site
    _site(folder, base, list(ARTICLES))
    db = str(tmp_path / "t.db")
    first = run_cli("follow", f"{base}/feed.xml", db=db)
    assert first.returncode == 0, first.stderr
    assert "2 new item(s), 0 seen before" in first.stdout
    second = run_cli("follow", f"{base}/feed.xml", db=db)
    assert "0 new item(s), 2 seen before" in second.stdout

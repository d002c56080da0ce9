"""The command line: `python -m core COMMAND` (also installed as `alliance-tracker`).

Each command is a thin layer over a function in core/, so what it does can be
called and tested without the shell. Errors are one line on stderr, naming
the file (or the setting, or the database) and the reason, with exit status 1;
never a traceback.
"""
from __future__ import annotations

import argparse
import sys

from core import settings


def _store(args):
    from core.store import Store

    return Store(args.db)


def cmd_ingest(args) -> int:
    from core.ingest import ingest
    from core.store import repository

    store = _store(args)
    if args.if_empty:
        with store.reader() as session:
            count = repository.count_documents(session)
        if count:
            print(f"store already holds {count} documents; nothing ingested")
            return 0
    outcomes = ingest(store, args.paths, max_bytes=_max_bytes(args),
                      progress=not args.no_progress, workers=args.workers)
    for outcome in outcomes:
        for note in outcome.notes:
            print(f"note: {outcome.path}: {note}", file=sys.stderr)
        if outcome.status == "failed":
            print(f"error: {outcome.path}: {outcome.reason}", file=sys.stderr)
    counts = {status: sum(o.status == status for o in outcomes)
              for status in ("ingested", "replaced", "unchanged", "failed")}
    facts = sum(o.facts for o in outcomes)
    print(", ".join(f"{n} {status}" for status, n in counts.items()) + f"; {facts} facts stored")
    return 1 if counts["failed"] else 0


def cmd_follow(args) -> int:
    from core.ingest.feeds import follow

    failed = False
    for result in follow(_store(args), args.feeds, max_bytes=_max_bytes(args)):
        if result.error:
            print(f"error: {result.feed}: {result.error}", file=sys.stderr)
            failed = True
            continue
        for outcome in result.outcomes:
            if outcome.status in ("failed", "unreachable"):
                print(f"error: {outcome.path}: {outcome.reason}", file=sys.stderr)
                failed = True
            else:
                print(f"{outcome.status}: {outcome.path} as {outcome.doc_id} "
                      f"({outcome.facts} facts)")
        print(f"{result.feed}: {len(result.outcomes)} new item(s), "
              f"{result.seen_before} seen before")
    return 1 if failed else 0


def _max_bytes(args) -> int:
    return args.max_bytes if args.max_bytes is not None else settings.max_bytes()


def cmd_reextract(args) -> int:
    from core.ingest import reextract

    counts = reextract(_store(args), args.doc or None)
    print(f"re-extracted {len(counts)} documents; {sum(counts.values())} facts stored")
    return 0


def cmd_export(args) -> int:
    from core.export import facts as export_facts
    from core.model import FACT_TYPES
    from core.store import repository

    if args.type and args.type not in FACT_TYPES:
        raise SystemExit(f"error: unknown type {args.type!r}; expected one of {', '.join(FACT_TYPES)}")
    store = _store(args)
    with store.reader() as session:
        facts = list(repository.iter_facts(session, args.type, reviews=args.reviews))
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="") as handle:
            count = export_facts.write(facts, handle, args.format)
        print(f"wrote {count} facts to {args.out}", file=sys.stderr)
    else:
        export_facts.write(facts, sys.stdout, args.format)
    return 0


def cmd_reviews(args) -> int:
    import json

    from core.store import reviews

    with _store(args).reader() as session:
        changes = reviews.needs_attention(session) if args.attention else reviews.history(session)
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    try:
        for change in changes:
            record = {"doc": change.doc, "fact_key": change.key, "seq": change.seq,
                      "state": change.state, "reviewer": change.reviewer,
                      "at": change.at.isoformat(timespec="seconds"), "reason": change.reason,
                      "before": change.before, "after": change.after}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if args.out:
            out.close()
            print(f"wrote {len(changes)} review changes to {args.out}", file=sys.stderr)
    return 0


def cmd_digest(args) -> int:
    from core import changes
    from core.export import digest

    store = _store(args)
    if args.watchlist:
        item = changes.watchlist(store, args.watchlist)
        filters = item.filters
        start = changes.since(args.since) if args.since else (item.viewed_at or changes.since("7d"))
        title = f"Watchlist “{item.name}”: new facts"
    else:
        filters = changes.Filters(tuple(_codes(args.country)), tuple(args.type or ()),
                                  args.words or "")
        start = changes.since(args.since or "7d")
        title = "New facts"
    frame = changes.digest(store, start, filters)
    text = digest.render(frame, args.format, title, start)
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        print(f"wrote {len(frame)} new facts to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    if args.watchlist and args.mark_viewed:
        changes.mark_viewed(store, args.watchlist)
    return 0


def cmd_watchlist(args) -> int:
    from core import changes

    store = _store(args)
    if args.action == "add":
        if not args.name:
            raise ValueError("watchlist add needs a name")
        filters = changes.Filters(tuple(_codes(args.country)), tuple(args.type or ()),
                                  args.words or "")
        changes.save_watchlist(store, args.name, filters)
        print(f"saved watchlist {args.name!r}")
    elif args.action == "remove":
        changes.delete_watchlist(store, args.name or "")
        print(f"removed watchlist {args.name!r}")
    else:
        for item in changes.watchlists(store):
            print(f"{item.name}\t{changes.new_count(store, item)} new\t{item.filters.summary()}")
    return 0


def _codes(given: list[str] | None) -> list[str]:
    """ISO3 codes from codes or names given on the command line."""
    from core.normalize.countries import resolve

    codes = []
    for value in given or ():
        code = value.upper() if len(value) == 3 and value.isalpha() else resolve(value)
        if code is None:
            raise ValueError(f"unknown country {value!r}; give an ISO3 code such as KOR")
        codes.append(code)
    return codes


def cmd_dashboard(args) -> int:
    import os
    import subprocess

    from core.dashboard import app_path, streamlit_flags

    app = app_path()
    command = [sys.executable, "-m", "streamlit", "run", str(app), *streamlit_flags(app.parent),
               "--server.port", str(args.port), "--server.address", args.address]
    env = {**os.environ, settings.DB.env: settings.db_url(args.db)}
    print(f"serving the dashboard at http://{args.address}:{args.port}", flush=True)
    return subprocess.call(command, env=env)


def cmd_stats(args) -> int:
    from core import queries

    store = _store(args)
    docs = queries.documents(store)
    if docs.empty:
        print("the store is empty: run `python -m core ingest PATH` first")
        return 0
    table = queries.fact_counts(store)
    print(f"{len(docs)} documents, {int(docs['facts'].sum())} facts\n")
    print(table.to_string() if not table.empty else "no facts")
    return 0


def cmd_evaluate(args) -> int:
    from core.evaluate import evaluate, format_misses, format_table, read_jsonl

    gold = read_jsonl(args.gold)
    if args.docs:
        predictions = _fresh_predictions(args.docs, _max_bytes(args))
    else:
        from core.store import repository

        with _store(args).reader() as session:
            predictions = [f.to_record() for f in repository.iter_facts(session)]
    scope = {g["doc"] for g in gold}  # every document the gold covers, whatever --type says
    if args.type:
        predictions = [p for p in predictions if p["type"] == args.type]
        gold = [g for g in gold if g["type"] == args.type]
    misses = [] if args.misses else None
    scores = evaluate(predictions, gold, docs=scope, misses=misses)
    if misses is not None:
        print(format_misses(misses).lstrip("\n") + "\n")
    print(format_table(scores))
    overall = scores["overall"].f1
    if args.min_f1 is not None and overall < args.min_f1:
        print(f"overall F1 {overall:.3f} is below --min-f1 {args.min_f1}", file=sys.stderr)
        return 1
    return 0


def _fresh_predictions(paths: list[str], max_bytes: int) -> list[dict]:
    """Ingest `paths` into a throwaway SQLite store and return its facts, so
    an evaluation never mixes with (or changes) the store in use."""
    import tempfile

    from core.ingest import ingest
    from core.store import Store, repository

    with tempfile.TemporaryDirectory(prefix="tracker-eval-") as folder:
        store = Store(f"{folder}/eval.db")
        failed = [o for o in ingest(store, paths, max_bytes=max_bytes, progress=False)
                  if o.status == "failed"]
        for outcome in failed:
            print(f"error: {outcome.path}: {outcome.reason}", file=sys.stderr)
        with store.reader() as session:
            predictions = [f.to_record() for f in repository.iter_facts(session)]
        store.close()
    return predictions


def cmd_brief(args) -> int:
    from core.export import briefing
    codes = _codes(args.country)
    out = args.out or f"briefing_{'_'.join(codes)}.pptx"
    data = briefing.build(_store(args), codes, include_boilerplate=args.include_boilerplate)
    with open(out, "wb") as handle:
        handle.write(data)
    print(f"wrote {out}")
    return 0


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="python -m core",
        description="Indo-Pacific Alliance Tracker: ingest articles, extract facts, export and score them.")
    main.add_argument("--db", default=None,
                      help=f"store URL or SQLite file (default: ${settings.DB.env} or {settings.DB.default})")
    commands = main.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ingest = commands.add_parser("ingest", help="read article files or folders into the store")
    ingest.add_argument("paths", nargs="+", metavar="PATH")
    ingest.add_argument("--if-empty", action="store_true",
                        help="do nothing if the store already holds documents")
    ingest.add_argument("--max-bytes", type=int, default=None,
                        help=f"largest file accepted (default: ${settings.MAX_BYTES.env} or 5 MB)")
    ingest.add_argument("--no-progress", action="store_true", help="no progress bar")
    ingest.add_argument("--workers", type=int, default=1,
                        help="ingest in this many processes (default 1)")
    ingest.set_defaults(run=cmd_ingest)

    follow = commands.add_parser("follow", help="ingest the new items of RSS or Atom feeds")
    follow.add_argument("feeds", nargs="+", metavar="FEED_URL_OR_FILE")
    follow.add_argument("--max-bytes", type=int, default=None,
                        help=f"largest page accepted (default: ${settings.MAX_BYTES.env} or "
                             "5 MB)")
    follow.set_defaults(run=cmd_follow)

    reextract = commands.add_parser("reextract", help="run extraction again over stored documents")
    reextract.add_argument("--doc", action="append", help="only this document id (repeatable)")
    reextract.set_defaults(run=cmd_reextract)

    export = commands.add_parser("export", help="write facts as the fact contract says")
    export.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    export.add_argument("--out", help="file to write (default: standard output)")
    export.add_argument("--type", help="only facts of this type")
    export.add_argument("--reviews", choices=("default", "reviewed", "all"), default="default",
                        help="default: leave out facts a reviewer rejected; reviewed: only "
                             "accepted, corrected and added facts; all: every fact")
    export.set_defaults(run=cmd_export)

    history = commands.add_parser("reviews", help="write the review history (JSONL)")
    history.add_argument("--attention", action="store_true",
                         help="only reviews whose fact is no longer in its document")
    history.add_argument("--out", help="file to write (default: standard output)")
    history.set_defaults(run=cmd_reviews)

    digest = commands.add_parser("digest", help="facts first seen since a time (md, atom, csv)")
    digest.add_argument("--since", help="7d, 24h, 2w, 3m or an ISO date (default: 7d, or "
                                        "for a watchlist the time it was last viewed)")
    digest.add_argument("--country", action="append", help="ISO3 code or name (repeatable)")
    digest.add_argument("--type", action="append", help="fact type (repeatable)")
    digest.add_argument("--words", help="words the quote must contain")
    digest.add_argument("--watchlist", help="use this saved watchlist's filters")
    digest.add_argument("--mark-viewed", action="store_true",
                        help="with --watchlist: count facts as seen from now on")
    digest.add_argument("--format", choices=("md", "atom", "csv"), default="md")
    digest.add_argument("--out", help="file to write (default: standard output)")
    digest.set_defaults(run=cmd_digest)

    watch = commands.add_parser("watchlist", help="save, list or remove watchlists")
    watch.add_argument("action", choices=("add", "list", "remove"))
    watch.add_argument("name", nargs="?")
    watch.add_argument("--country", action="append", help="ISO3 code or name (repeatable)")
    watch.add_argument("--type", action="append", help="fact type (repeatable)")
    watch.add_argument("--words", help="words the quote must contain")
    watch.set_defaults(run=cmd_watchlist)

    dashboard = commands.add_parser("dashboard", help="serve the dashboard (Streamlit)")
    dashboard.add_argument("--port", type=int, default=8501)
    dashboard.add_argument("--address", default="127.0.0.1",
                           help="interface to listen on (default: this machine only)")
    dashboard.set_defaults(run=cmd_dashboard)

    stats = commands.add_parser("stats", help="count documents and facts by type")
    stats.set_defaults(run=cmd_stats)

    brief = commands.add_parser("brief", help="write a country briefing pack (PowerPoint)")
    brief.add_argument("--country", action="append", required=True,
                       help="ISO3 code or name (repeat for several countries)")
    brief.add_argument("--out", help="file to write (default: briefing_<codes>.pptx)")
    brief.add_argument("--include-boilerplate", action="store_true",
                       help="also use facts read from boilerplate sentences")
    brief.set_defaults(run=cmd_brief)

    evaluate = commands.add_parser("evaluate", help="score stored facts against a gold JSONL")
    evaluate.add_argument("--gold", required=True, help="gold facts (JSONL, the fact contract)")
    evaluate.add_argument("--min-f1", type=float, default=None,
                          help="exit non-zero when overall F1 is below this")
    evaluate.add_argument("--docs", nargs="+", metavar="PATH",
                          help="ingest these files or folders into a throwaway store and score "
                               "them (default: score the store in use)")
    evaluate.add_argument("--misses", action="store_true",
                          help="also list, per document, each missed gold fact and each wrong "
                               "prediction with its sentence")
    evaluate.add_argument("--type", help="score only facts of this type")
    evaluate.add_argument("--max-bytes", type=int, default=None,
                          help=argparse.SUPPRESS)
    evaluate.set_defaults(run=cmd_evaluate)
    return main


def main(argv: list[str] | None = None) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from core.store import ReadOnlyStore

    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except (ValueError, OSError, ReadOnlyStore) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        print(f"error: the store cannot be reached or used ({settings.DB.env} or --db): "
              f"{reason}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

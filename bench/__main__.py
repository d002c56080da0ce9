"""`python -m bench` (`make bench`): every benchmark, each printing its table.
Not part of `make test`; a full run takes a quarter of an hour on 2 cores."""
from bench import corpus, exports, extraction, generic, ingest, pages, queries, run_on


def section(title: str) -> None:
    print(f"\n== {title} ==", flush=True)


section("Extraction throughput (sentences + all extractors, no database)")
extraction.main([])

section("One 5 MB run-on sentence of figures (bounded work per sentence)")
run_on.main([])

section("Ingest + extract throughput and peak memory")
ingest.main([])

section("Against a generic pipeline (dateparser search_dates + quantulum3), 1,000 articles")
articles = list(corpus.generate(1000, sentences=ingest.SENTENCES))
result = generic.compare(articles)
ratio = result["ours_docs_per_s"] / result["generic_docs_per_s"]
print(f"{'pipeline':<34}{'docs/s':>8}{'precision':>11}{'recall':>8}{'F1':>7}")
for label, rate, score in (
        ("tracker (lenient: dates, values)", result["ours_docs_per_s"], result["ours_lenient"]),
        ("generic (lenient: dates, values)", result["generic_docs_per_s"],
         result["generic_lenient"]),
        ("tracker (the fact contract)", result["ours_docs_per_s"], result["ours_contract"])):
    print(f"{label:<34}{rate:>8.1f}{score.precision:>11.3f}{score.recall:>8.3f}{score.f1:>7.3f}")
print(f"speed ratio tracker/generic: {ratio:.1f}x")

section("Query latency per page, uncached (large store)")
queries.main([])

section("Page render time (AppTest, server side)")
pages.main([])

section("Exports: time and size of each chart image, CSV and briefing pack, 5 to 10,000 documents")
exports.main([])

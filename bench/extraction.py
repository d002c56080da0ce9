"""Extraction throughput: documents/s and KB/s on the seeds and on a
generated corpus, plus precision/recall on the generated corpus's known facts.

    python -m bench.extraction [--docs 5000]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench import corpus
from core.evaluate import evaluate, format_table
from core.extract import extract_all
from core.ingest import document_from_text

ROOT = Path(__file__).resolve().parent.parent


def measure(texts: list[tuple[str, str]], repeat: int = 1) -> tuple[float, float, list[dict]]:
    """(documents/s, KB/s, predicted records) for sentence splitting plus extraction."""
    predicted: list[dict] = []
    size = sum(len(t.encode()) for _, t in texts) * repeat
    start = time.perf_counter()
    for round_ in range(repeat):
        for doc_id, text in texts:
            facts = extract_all(document_from_text(doc_id, text))
            if round_ == 0:
                predicted.extend(f.to_record() for f in facts)
    elapsed = time.perf_counter() - start
    return len(texts) * repeat / elapsed, size / 1024 / elapsed, predicted


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=5000)
    args = parser.parse_args(argv)

    seeds = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").iterdir())]
    extract_all(document_from_text(*seeds[0]))  # load reference data before timing
    seed_docs, seed_kb, _ = measure(seeds, repeat=20)
    generated = list(corpus.generate(args.docs))
    gen_docs, gen_kb, predicted = measure([(a.doc, a.text) for a in generated])
    gold = [fact for a in generated for fact in a.facts]

    print(f"{'corpus':<28}{'docs':>7}{'docs/s':>10}{'KB/s':>10}")
    print(f"{'seeds (x20)':<28}{len(seeds) * 20:>7}{seed_docs:>10.0f}{seed_kb:>10.0f}")
    print(f"{'generated':<28}{len(generated):>7}{gen_docs:>10.0f}{gen_kb:>10.0f}")
    print("\nOn the generated corpus's known facts:")
    print(format_table(evaluate(predicted, gold)))


if __name__ == "__main__":
    main()

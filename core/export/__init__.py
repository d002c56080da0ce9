"""Exports: facts as the contract's JSONL or CSV (and, for briefers, charts
and briefing packs)."""

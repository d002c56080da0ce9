"""`python -m bench` (`make bench`): every benchmark, each printing its table."""
from bench import extraction

print("== Extraction throughput (sentence splitting + all extractors, no database) ==")
extraction.main([])

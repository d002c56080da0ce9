"""Ingest: files in, documents (exact text, sentences, boilerplate marks,
title/outlet/date) and their facts out, one transaction per document."""
from core.ingest.pipeline import (Outcome, build_document, document_from_text, ingest,
                                  ingest_bytes, reextract)

__all__ = ["Outcome", "build_document", "document_from_text", "ingest", "ingest_bytes",
           "reextract"]

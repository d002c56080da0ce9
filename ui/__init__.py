"""What the pages share: cached calls into core.queries and small render helpers."""

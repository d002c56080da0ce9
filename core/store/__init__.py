"""The store: SQLAlchemy models, migrations and the functions that read and
write them. Nothing outside this package depends on which database it is."""
from core.store.database import ReadOnlyStore, Store, migrate
from core.store import repository

__all__ = ["ReadOnlyStore", "Store", "migrate", "repository"]

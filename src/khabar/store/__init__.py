"""Store stage: articles into SQLite (default) or PostgreSQL, with Arabic-aware search.

>>> from khabar.store import open_store
>>> with open_store("khabar.db") as store:          # or "postgresql://user@host/db"
...     report = store.ingest(articles)
...     hits = store.search("الرئيس بوتين", limit=5)
"""

from __future__ import annotations

from pathlib import Path

from .base import IngestReport, SearchHit, SQLStore, Store

DEFAULT_DB = "khabar.db"

__all__ = ["DEFAULT_DB", "IngestReport", "SQLStore", "SearchHit", "Store", "open_store"]


def open_store(url: str | Path = DEFAULT_DB, *, create: bool = True) -> SQLStore:
    """Open (creating and migrating as needed) the store at a file path or PostgreSQL URL.

    ``create=False``: a missing SQLite file is an error instead of a new empty store (for
    read-only commands, where a typo in the path should not silently find nothing).
    """
    s = str(url)
    if s.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(s)
    if s.startswith("sqlite:///"):
        s = s[len("sqlite:///") :]
    from .sqlite import SQLiteStore

    return SQLiteStore(s, create=create)

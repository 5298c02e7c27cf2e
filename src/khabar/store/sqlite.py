"""The default store: one SQLite file, FTS5 for search, WAL for crash safety.

WAL lets searches run while an ingest writes, and a transaction whose COMMIT returned is in
the log before the process can die, so ``kill -9`` loses nothing committed
(``synchronous=NORMAL`` gives up only durability across a power cut, not a process crash).
Writers take the lock up front with ``BEGIN IMMEDIATE``: two ingests into one file queue
instead of failing half-way with "database is locked" on lock upgrade.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..errors import StoreError
from . import analyzer
from .base import SearchHit, SQLStore, _Prepared


class SQLiteStore(SQLStore):
    dialect = "sqlite"

    def __init__(self, path: str, *, timeout: float = 60.0, create: bool = True) -> None:
        self.url = self.path = path
        if not create and path != ":memory:" and not os.path.exists(path):
            raise StoreError("no store here (run khabar ingest first, or check --db)", path=path)
        try:
            self.conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
            self._check_fts5()
            self._migrate()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open SQLite store: {exc}", path=path) from exc

    def _check_fts5(self) -> None:
        opts = {r[0] for r in self.conn.execute("PRAGMA compile_options")}
        if "ENABLE_FTS5" not in opts:
            try:
                self.conn.execute("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)")
                self.conn.execute("DROP TABLE temp.fts5_probe")
            except sqlite3.OperationalError as exc:
                raise StoreError(
                    "this Python's SQLite lacks FTS5; use PostgreSQL (--db postgresql://...)",
                    path=self.path,
                ) from exc

    @contextmanager
    def _tx(self) -> Iterator[None]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.conn.execute(sql, params).fetchall()

    def _runmany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            self.conn.executemany(sql, rows)

    def _insert_article_row(self, prep: _Prepared, values: list[Any]) -> int | None:
        row = self.conn.execute(
            "INSERT INTO articles (id, content_hash, site, section, published, headline, deck,"
            " url, source, extra, canonical_id, similarity, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING RETURNING rid",
            values,
        ).fetchone()
        return row[0] if row else None

    def _reindex(self) -> None:
        # Inside the migration's transaction: articles in rid order, a page at a time.
        last = -1
        while True:
            rids = [r[0] for r in self._run(
                "SELECT rid FROM articles WHERE rid > ? ORDER BY rid LIMIT 500", (last,)
            )]  # fmt: skip
            if not rids:
                return
            texts = self._texts(rids)
            self.conn.executemany(
                "INSERT INTO search (rowid, headline, body) VALUES (?, ?, ?)",
                [
                    (
                        rid,
                        analyzer.index_analysis(texts[rid][0])[0],
                        analyzer.index_analysis("\n".join(texts[rid][1:]))[0],
                    )
                    for rid in rids
                ],
            )
            last = rids[-1]

    def _fts_write(self, rid: int, prep: _Prepared) -> None:
        self.conn.execute(
            "INSERT INTO search (rowid, headline, body) VALUES (?, ?, ?)",
            (rid, prep.head_text, prep.body_text),
        )

    def _match_sql(self, query: analyzer.Query) -> tuple[str, str, str, str, list[Any]] | None:
        expr = analyzer.fts5_match(query)
        if expr is None:
            return None
        # rank is bm25(4.0, 1.0) (set in the migration); negated so that higher is better.
        return (
            "search JOIN articles a ON a.rid = search.rowid",
            "search MATCH ?",
            "-search.rank",
            "search.rank",  # FTS5 sorts by rank without computing it twice
            [expr],
        )

    def search(self, query: str | analyzer.Query, **kw: Any) -> list[SearchHit]:
        # One read snapshot for the whole search: the growing top-k windows (and the match
        # count) must all see the same index, even while another process ingests.
        if self.conn.in_transaction:
            return super().search(query, **kw)
        self.conn.execute("BEGIN")
        try:
            return super().search(query, **kw)
        finally:
            self.conn.execute("COMMIT")

    def _topk_sql(self, query: analyzer.Query) -> tuple[str, str, list[Any]] | None:
        expr = analyzer.fts5_match(query)
        if expr is None:
            return None
        # The same BM25 as the table's rank (bm25(4.0, 1.0), set in the migration), called
        # directly: FTS5's own ORDER BY rank sorts every match in a temporary table, while an
        # explicit expression with LIMIT gets SQLite's top-N sorter. rowid breaks ties, so
        # every window is a prefix of one total order.
        return (
            "SELECT rowid AS rid, bm25(search, 4.0, 1.0) AS r FROM search"
            " WHERE search MATCH ? ORDER BY r, rowid LIMIT ?",
            "SELECT count(*) FROM search WHERE search MATCH ?",
            [expr],
        )

    def _db_size(self) -> int | None:
        total = 0
        for suffix in ("", "-wal"):
            try:
                total += os.path.getsize(self.path + suffix)
            except OSError:
                pass
        return total

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass

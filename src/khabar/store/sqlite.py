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
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np

from ..errors import StoreError
from . import analyzer, impact
from .base import SearchHit, SQLStore, _Prepared


class SQLiteStore(SQLStore):
    dialect = "sqlite"

    def __init__(self, path: str, *, timeout: float = 60.0, create: bool = True) -> None:
        self.url = self.path = path
        self._fts_pending: list[tuple[int, str, str]] = []
        if not create and path != ":memory:" and not os.path.exists(path):
            raise StoreError("no store here (run khabar ingest first, or check --db)", path=path)
        try:
            self.conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            # FTS5 segment merges re-read the pages they just wrote: a 64 MB page cache
            # (bounded, per connection) instead of 2 MB saves ~5-10 % of ingest CPU.
            self.conn.execute("PRAGMA cache_size=-65536")
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
        self._fts_pending = []
        try:
            yield
            self._fts_flush()
        except BaseException:
            self._fts_pending = []
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _fts_flush(self) -> None:
        # The search rows of a transaction are written last, in one executemany. Written
        # article by article, the next article's INSERT INTO articles (a statement that may
        # abort, so SQLite opens a statement savepoint on every virtual table already written
        # in the transaction) made FTS5 flush its pending terms each time (its xSavepoint
        # syncs): one tiny segment per article, then merge upon merge. Deferred, FTS5 keeps
        # the batch in memory and flushes it in ~1 MB segments at the end: ingest at 100k went
        # from 881 to 1,355 articles per CPU-second. Same rows, so the same index and scores.
        pending, self._fts_pending = self._fts_pending, []
        if pending:
            self.conn.executemany(
                "INSERT INTO search (rowid, headline, body) VALUES (?, ?, ?)", pending
            )

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
        # Queued until the end of the transaction (see _fts_flush); only called inside _tx.
        self._fts_pending.append((rid, prep.head_text, prep.body_text))

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

    # -- impact lists for very common terms (see impact.py) -------------------------------
    def _fts_totals(self) -> impact.Stats:
        """FTS5's row count and total token count, from its averages record (what bm25()
        itself reads: xRowCount and xColumnTotalSize)."""
        row = self.conn.execute("SELECT block FROM search_data WHERE id = 1").fetchone()
        if not row or not row[0]:
            return impact.Stats(0, 0)
        v = impact.varints(row[0])
        return impact.Stats(v[0], sum(v[1:]))

    def _token_counts(self, rids: list[int]) -> dict[int, tuple[Counter[str], Counter[str]]]:
        """Each article's raw token counts (headline, deck and body), from its stored text."""
        return {
            rid: (analyzer.token_counts(t[:1]), analyzer.token_counts(t[1:]))
            for rid, t in self._texts(rids).items()
        }

    def _form_stats(
        self, rids: list[int], forms: list[str]
    ) -> dict[int, tuple[dict[str, float], int]]:
        """Weighted frequency of each form (headline ×4) and document length, as FTS5 has them."""
        out = {}
        w_head, w_body = impact.WEIGHTS
        for rid, (head, body) in self._token_counts(rids).items():
            h, dh = analyzer.form_counts(head, forms)
            b, db = analyzer.form_counts(body, forms)
            out[rid] = ({f: w_head * h[f] + w_body * b[f] for f in forms}, dh + db)
        return out

    def _head_lists(self, forms: list[str] | None = None) -> dict[str, impact.HeadList]:
        sql = "SELECT form, df, cut, rids, wtf, dl FROM search_heads"
        params: list[Any] = []
        if forms is not None:
            sql += f" WHERE form IN ({','.join('?' * len(forms))})"
            params = forms
        return {
            form: impact.HeadList(
                df,
                cut,
                np.frombuffer(rids, "<i8"),
                np.frombuffer(wtf, "<i4"),
                np.frombuffer(dl, "<i4"),
            )
            for form, df, cut, rids, wtf, dl in self._run(sql, params)
        }

    def optimize(
        self,
        *,
        full: bool | None = None,
        head_df: int | None = None,
        list_len: int | None = None,
        chunk: int = 500,
    ) -> dict[str, Any]:
        """Build or update the impact lists, so that searching a form found in at least
        ``head_df`` articles does not score every match.

        ``full=None`` chooses: a full build (every article re-analysed, the head forms chosen
        again) when there are no lists yet or the store has doubled since the last full
        build; otherwise an incremental one that only reads the articles added since (the
        head forms stay; forms that became common meanwhile are ranked by FTS5 until the next
        full build). Holds the write lock while it runs (ingests wait; searches go on)."""
        t0 = time.perf_counter()
        with self._tx():
            st = self._fts_totals()
            meta = dict(self._run("SELECT key, value FROM search_meta"))
            if full is None:
                full = (
                    not meta
                    or st.n_rows > 2 * int(meta["full_rows"])
                    or head_df not in (None, int(meta["head_df"]))
                    or list_len not in (None, int(meta["list_len"]))
                )
            if not full:
                head_df, list_len = int(meta["head_df"]), int(meta["list_len"])
            head_df = impact.HEAD_DF if head_df is None else head_df
            list_len = impact.LIST_LEN if list_len is None else list_len
            if not st.n_rows:
                self._run("DELETE FROM search_heads")
                self._run("DELETE FROM search_meta")
                return {"forms": 0, "articles": 0, "entries": 0, "seconds": 0.0, "full": full}
            last_rid = int(self._run("SELECT max(id) FROM search_docsize")[0][0])
            if full:
                self._run(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab"
                    " USING fts5vocab(main, search, row)"
                )
                heads = dict(
                    self._run("SELECT term, doc FROM temp.search_vocab WHERE doc >= ?", (head_df,))
                )
                old: dict[str, impact.HeadList] = {}
                builder = impact.Builder(heads, st.avgdl, list_len)
                start, rows0, tokens0 = -1, 0, 0
            else:
                old = self._head_lists()
                builder = impact.Builder({f: lst.df for f, lst in old.items()}, st.avgdl, list_len)
                builder.load(old, max(1.0, st.avgdl / float(meta["avgdl"])))
                start, rows0, tokens0 = (
                    int(meta["last_rid"]),
                    int(meta["n_rows"]),
                    int(meta["n_tokens"]),
                )
            last = start
            while True:
                rids = [r[0] for r in self._run(
                    "SELECT id FROM search_docsize WHERE id > ? ORDER BY id LIMIT ?",
                    (last, chunk),
                )]  # fmt: skip
                if not rids:
                    break
                counts = self._token_counts(rids)
                builder.add(rids, [counts[r] for r in rids])
                last = rids[-1]
            built = builder.finish()
            df = built.df + (builder.df_expected if not full else 0)
            if (
                rows0 + builder.rows != st.n_rows
                or tokens0 + builder.tokens != st.n_tokens
                or (full and not np.array_equal(built.df, builder.df_expected))
            ):
                # The stored texts no longer analyse to what was indexed (the analyser
                # changed): the lists would give wrong scores, so none are kept.
                raise StoreError(
                    "the search index does not match the analyser: re-index the store"
                    " (re-ingest into a new store)",
                    path=self.path,
                )
            self._run("DELETE FROM search_heads")
            self._run("DELETE FROM search_meta")
            self.conn.executemany(
                "INSERT INTO search_heads (form, df, cut, rids, wtf, dl) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (
                        form,
                        int(df[i]),
                        float(built.cut[i]),
                        built.rid[built.start[i] : built.start[i + 1]].astype("<i8").tobytes(),
                        built.wtf[built.start[i] : built.start[i + 1]].astype("<i4").tobytes(),
                        built.dl[built.start[i] : built.start[i + 1]].astype("<i4").tobytes(),
                    )
                    for i, form in enumerate(built.forms)
                ],
            )
            new_meta = {
                "last_rid": last_rid,
                "n_rows": st.n_rows,
                "n_tokens": st.n_tokens,
                "avgdl": repr(st.avgdl),
                "head_df": head_df,
                "list_len": list_len,
                "full_rows": st.n_rows if full else meta["full_rows"],
            }
            self.conn.executemany(
                "INSERT INTO search_meta (key, value) VALUES (?, ?)",
                [(k, str(v)) for k, v in new_meta.items()],
            )
        return {
            "forms": len(built.forms),
            "articles": st.n_rows,
            "read": builder.rows,
            "entries": len(built.rid),
            "seconds": round(time.perf_counter() - t0, 1),
            "full": full,
        }

    def optimize_if_useful(self, *, min_articles: int = 20_000) -> dict[str, Any] | None:
        """What ``khabar ingest`` calls at the end: lists only pay off on large stores, and
        are refreshed once enough articles arrived since (newer ones are read from FTS5)."""
        st = self._fts_totals()
        if st.n_rows < min_articles:
            return None
        meta = dict(self._run("SELECT key, value FROM search_meta"))
        if meta and st.n_rows - int(meta["n_rows"]) < 100:
            return None
        return self.optimize()

    def _ranked_window(self, query: analyzer.Query, window: int) -> list[tuple[int, float]] | None:
        meta = dict(self._run("SELECT key, value FROM search_meta"))
        if not meta:
            return None
        pos, neg = impact.phrases(query)
        if not pos:
            return None
        forms = sorted(set(pos) | set(neg))
        lists = self._head_lists(forms)
        if any(f not in lists for f in pos):
            return None  # a positive form without a list: FTS5 handles those well enough
        st = self._fts_totals()
        last = int(meta["last_rid"])
        new_rows = int(self._run("SELECT count(*) FROM search_docsize WHERE id > ?", (last,))[0][0])
        if int(meta["n_rows"]) + new_rows != st.n_rows:
            return None  # rows were removed since the lists were built: stale
        expr = analyzer.fts5_match(query)
        tail: list[int] = []
        n_hit = {f: lists[f].df if f in lists else 1 for f in forms}
        if new_rows:
            tail = [r[0] for r in self._run(
                "SELECT rowid FROM search WHERE search MATCH ? AND rowid > ? LIMIT ?",
                (expr, last, impact.MAX_TAIL + 1),
            )]  # fmt: skip
            if len(tail) > impact.MAX_TAIL:
                return None
            for f in lists:
                n_hit[f] += self._run(
                    "SELECT count(*) FROM search WHERE search MATCH ? AND rowid > ?",
                    ('"' + f + '"', last),
                )[0][0]

        def holding(f: str) -> np.ndarray:
            cur = self.conn.execute(
                "SELECT rowid FROM search WHERE search MATCH ? ORDER BY rowid", ('"' + f + '"',)
            )
            return np.fromiter((r[0] for r in cur), np.int64)

        presence = {f: holding(f) for f in neg if f not in lists}
        for _ in range(3):
            out = impact.top_window(
                query,
                window,
                lists,
                st,
                float(meta["avgdl"]),
                n_hit,
                tail,
                self._form_stats,
                presence,
            )
            if not isinstance(out, impact.NeedPresence):
                return out
            presence.update({f: holding(f) for f in out.forms})
        return None

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

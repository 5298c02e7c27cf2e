"""Migration 0003: a store written before it (unicode61 FTS5, no impact tables) is re-indexed."""

from __future__ import annotations

import sqlite3

from store_corpus import ARTICLES

from khabar.store import analyzer, open_store

QUERIES = ["الرئيس", "زيارة", "بوتين", '"وزير الخارجية"', "لبنان -بنان"]


def _as_before_0003(path: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    rows = conn.execute("SELECT rid, headline FROM articles").fetchall()
    body = {
        rid: "\n".join(
            p
            for (p,) in conn.execute(
                "SELECT text FROM paragraphs WHERE rid = ? ORDER BY idx", (rid,)
            )
        )
        for rid, _ in rows
    }
    for stmt in (
        "DROP TABLE search",
        "DROP TABLE search_heads",
        "DROP TABLE search_meta",
        "CREATE VIRTUAL TABLE search USING fts5("
        " headline, body, content='', tokenize='unicode61 remove_diacritics 0')",
        "INSERT INTO search (search, rank) VALUES ('rank', 'bm25(4.0, 1.0)')",
        "DELETE FROM schema_migrations WHERE name = '0003_search_ascii_impacts'",
    ):
        conn.execute(stmt)
    for rid, headline in rows:
        conn.execute(
            "INSERT INTO search (rowid, headline, body) VALUES (?, ?, ?)",
            (
                rid,
                analyzer.index_text(analyzer.words(headline or "")),
                analyzer.index_text(analyzer.words("\n" + body[rid])),
            ),
        )
    conn.execute("COMMIT")
    conn.close()


def test_old_store_is_reindexed_and_searches_the_same(tmp_path) -> None:
    fresh, old = str(tmp_path / "fresh.db"), str(tmp_path / "old.db")
    for path in (fresh, old):
        with open_store(path) as s:
            s.ingest(ARTICLES.values())
    _as_before_0003(old)
    with open_store(old) as s, open_store(fresh) as f:
        assert "0003_search_ascii_impacts" in s.migrations()
        tok = s.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search'").fetchone()
        assert "ascii" in tok[0]
        for q in QUERIES:
            assert [h.to_dict() for h in s.search(q)] == [h.to_dict() for h in f.search(q)]
        assert s.optimize(head_df=1)["forms"] > 0
        for q in QUERIES:
            assert [h.to_dict() for h in s.search(q)] == [h.to_dict() for h in f.search(q)]

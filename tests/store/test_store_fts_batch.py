"""SQLite writes a transaction's search rows once, at its end (see SQLiteStore._fts_flush).

Written article by article, each next article's INSERT opened a statement savepoint that made
FTS5 flush its pending terms: one segment per article, then merges. This checks the batch
lands as one segment and that the queued rows are dropped when the transaction fails.
"""

from __future__ import annotations

import pytest
from test_store_topk import _corpus

from khabar.store import impact, open_store


def _segments(store) -> int:
    # FTS5's structure record (id 10): a 4-byte cookie, then nLevel and nSegment varints.
    block = store.conn.execute("SELECT block FROM search_data WHERE id = 10").fetchone()[0]
    return impact.varints(block[4:])[1]


def test_one_segment_per_batch(tmp_path) -> None:
    arts = _corpus(60)
    with open_store(str(tmp_path / "s.db")) as store:
        report = store.ingest(arts, batch_size=1024)
        assert report.added == len({a.content_hash() for a in arts})
        assert _segments(store) == 1
        total = store.conn.execute("SELECT count(*) FROM search").fetchone()[0]
        assert total == report.added


def test_failed_transaction_drops_queued_rows(tmp_path) -> None:
    arts = _corpus(5)
    with open_store(str(tmp_path / "s.db")) as store:
        prep_rows_before = len(store._fts_pending)
        with pytest.raises(RuntimeError), store._tx():
            store._fts_pending.append((999, "x", "y"))
            raise RuntimeError("boom")
        assert len(store._fts_pending) == prep_rows_before == 0
        store.ingest(arts)
        rows = {r[0] for r in store.conn.execute("SELECT rowid FROM search")}
        assert 999 not in rows

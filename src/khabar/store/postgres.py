"""The store at scale: PostgreSQL through psycopg 3, with the same behaviour as SQLite.

The search terms are the analyser's forms, written as a ``tsvector`` literal (headline weight
A, body weight B) rather than produced by a text-search configuration, so matching is
identical to SQLite's (the built-in ``arabic`` configuration strips letters off names and
does not split clitics). Ranking uses ``ts_rank`` (PostgreSQL has no BM25 in core). Writers
serialise on a transaction-scoped advisory lock, the equivalent of SQLite's BEGIN IMMEDIATE.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..errors import StoreError
from . import analyzer
from .base import SQLStore, _Prepared

_LOCK = 0x6B686162  # "khab": the advisory lock all khabar writers share
_MAX_POS = 16383  # PostgreSQL's largest tsvector position
_MAX_POS_PER_LEXEME = 255


def tsvector_literal(head: list[tuple[str, ...]], body: list[tuple[str, ...]]) -> str:
    """A tsvector with every form of a word at that word's position (weights A and B)."""
    pos: dict[str, list[str]] = {}
    n = 0
    for weight, words in (("A", head), ("B", body)):
        for forms in words:
            n = min(n + 1, _MAX_POS)
            for f in forms:
                lst = pos.setdefault(f, [])
                if len(lst) < _MAX_POS_PER_LEXEME:
                    lst.append(f"{n}{weight}")
    return " ".join(f"'{f}':{','.join(p)}" for f, p in pos.items())


class PostgresStore(SQLStore):
    dialect = "postgres"

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as exc:  # pragma: no cover - psycopg is a dependency
            raise StoreError("PostgreSQL needs psycopg: pip install 'psycopg[binary]'") from exc
        self.url = _safe(url)  # shown in stats and messages: never the password
        self._psycopg = psycopg
        try:
            self.conn = psycopg.connect(url, autocommit=True)
            with self._tx():
                pass
            self._migrate()
        except psycopg.Error as exc:
            raise StoreError(
                f"cannot open PostgreSQL store: {exc}".strip(), path=_safe(url)
            ) from exc

    @contextmanager
    def _tx(self) -> Iterator[None]:
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
            yield

    @staticmethod
    def _sql(sql: str) -> str:
        # Shared SQL uses qmark parameters; no statement contains a literal '?' or '%'.
        return sql.replace("?", "%s")

    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        cur = self.conn.execute(self._sql(sql), list(params) or None)
        return cur.fetchall() if cur.description else []

    def _runmany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            with self.conn.cursor() as cur:
                cur.executemany(self._sql(sql), rows)

    def _insert_article_row(self, prep: _Prepared, values: list[Any]) -> int | None:
        row = self.conn.execute(
            "INSERT INTO articles (id, content_hash, site, section, published, headline, deck,"
            " url, source, extra, canonical_id, similarity, ingested_at, tsv)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s::tsvector)"
            " ON CONFLICT DO NOTHING RETURNING rid",
            [*values, tsvector_literal(prep.head_terms, prep.body_terms)],
        ).fetchone()
        return row[0] if row else None

    def _fts_write(self, rid: int, prep: _Prepared) -> None:
        pass  # the tsvector is a column of the article row

    def _match_sql(self, query: analyzer.Query) -> tuple[str, str, str, str, list[Any]] | None:
        expr = analyzer.tsquery(query)
        if expr is None:
            return None
        return (
            "articles a",
            "a.tsv @@ ?::tsquery",
            # Same literal again for the rank: keeps parameters in textual order.
            "ts_rank(a.tsv, ?::tsquery, 1)",
            "score DESC",
            [expr, expr],
        )

    def _db_size(self) -> int | None:
        return int(self._run("SELECT pg_database_size(current_database())")[0][0])

    def close(self) -> None:
        try:
            self.conn.close()
        except Exception:
            pass


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        cred, host = rest.rsplit("@", 1)
        return f"{scheme}://{cred.split(':', 1)[0]}@{host}"
    return url

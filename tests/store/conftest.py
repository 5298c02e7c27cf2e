"""The store suite runs against SQLite always and against PostgreSQL when KHABAR_TEST_PG is set.

Each PostgreSQL test gets its own schema (dropped afterwards) so tests stay independent.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

from khabar.store import open_store

PG_URL = os.environ.get("KHABAR_TEST_PG")
PG_SKIP = (
    "PostgreSQL store tests skipped: no server configured "
    "(set KHABAR_TEST_PG=postgresql://user@host:port/db; .ci/services starts one)"
)


def _with_schema(url: str, schema: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture
def store_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "khabar.db")
        return
    if not PG_URL:
        pytest.skip(PG_SKIP)
    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield _with_schema(PG_URL, schema)
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "store_url" in metafunc.fixturenames:
        metafunc.parametrize(
            "store_url",
            ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
            indirect=True,
        )


@pytest.fixture
def store(store_url: str):
    s = open_store(store_url)
    yield s
    s.close()

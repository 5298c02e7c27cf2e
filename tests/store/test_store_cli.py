"""The CLI commands over a real store: ingest (idempotent), search, stats, export."""

from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner

from khabar.cli import main

PAGE = (
    "وزير الخارجية يزور بغداد\n\n"
    "أجرى وزير الخارجية زيارته الأولى إلى بغداد منذ توليه منصبه، والتقى كبار المسؤولين.\n\n"
    "وبحث الجانبان العلاقات الثنائية وسبل تعزيز التعاون الاقتصادي بين البلدين.\n\n"
    "وقال الوزير في مؤتمر صحافي إن المباحثات كانت بناءة ومثمرة.\n"
)


@pytest.fixture
def pages(tmp_path):
    d = tmp_path / "pages"
    d.mkdir()
    (d / "a.txt").write_text(PAGE, encoding="utf-8")
    (d / "b.txt").write_text(PAGE.replace("بغداد", "دمشق"), encoding="utf-8")
    (d / "bad.bin").write_bytes(b"\x00\x01\x02\x03")
    return d


def test_ingest_search_stats_export(store_url: str, pages, tmp_path) -> None:
    r = CliRunner()
    res = r.invoke(main, ["ingest", str(pages), "--db", store_url])
    assert res.exit_code == 1  # the binary file failed, named on stderr; the rest stored
    assert "bad.bin" in res.output
    res = r.invoke(main, ["ingest", str(pages / "a.txt"), "--db", store_url])
    assert res.exit_code == 0 and "0 added" in res.output
    res = r.invoke(main, ["search", "زيارة بغداد", "--db", store_url, "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.output.splitlines() if x.startswith("{")]
    assert len(lines) == 1
    assert {"id", "headline", "published", "site", "score", "snippet"} <= set(lines[0])
    assert "<mark>زيارته</mark>" in lines[0]["snippet"]
    res = r.invoke(main, ["search", '"(*-OR', "--db", store_url])
    assert res.exit_code == 0
    res = r.invoke(main, ["search", "زيارة", "--db", store_url, "--from", "yesterday"])
    assert res.exit_code == 2
    res = r.invoke(main, ["stats", "--db", store_url, "--format", "json"])
    assert json.loads(res.output)["articles"] == 2
    out = tmp_path / "x.csv"
    res = r.invoke(main, ["export", "--db", store_url, "--format", "csv", "-o", str(out)])
    assert res.exit_code == 0
    with out.open(encoding="utf-8", newline="") as f:
        assert len(list(csv.DictReader(f))) == 2


def test_bad_db_is_a_clear_error(tmp_path) -> None:
    res = CliRunner().invoke(main, ["stats", "--db", str(tmp_path / "nodir" / "x.db")])
    assert res.exit_code == 2 and "khabar: error" in res.output


def test_search_on_a_missing_store_says_so(tmp_path) -> None:
    res = CliRunner().invoke(main, ["search", "x", "--db", str(tmp_path / "missing.db")])
    assert res.exit_code == 2 and "no store here" in res.output
    assert not (tmp_path / "missing.db").exists()


def test_not_a_database(tmp_path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("hello, not sqlite " * 100)
    res = CliRunner().invoke(main, ["stats", "--db", str(bad)])
    assert res.exit_code == 2 and "notes.txt" in res.output


def test_postgres_url_password_never_shown() -> None:
    from khabar.store.postgres import _safe

    assert _safe("postgresql://user:s3cret@db:5432/khabar") == "postgresql://user@db:5432/khabar"
    assert _safe("postgresql://db/khabar") == "postgresql://db/khabar"

"""End-to-end tests of the CLI and the Python API that mirrors it."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

import khabar
from khabar.cli import main

from .conftest import PAGES, SEED


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def test_parse_jsonl_one_article_per_line():
    r = run("parse", str(SEED))
    assert r.exit_code == 0
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(rows) == 2
    assert rows[0]["headline"].startswith("زيارة بوتين")
    assert rows[1]["source"]["line_start"] == 105


def test_parse_json_is_one_array():
    r = run("parse", "--format", "json", str(PAGES / "three_articles.txt"))
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert isinstance(data, list) and len(data) == 3


def test_parse_text_format_is_readable_and_rtl_isolated():
    r = run("parse", "--format", "text", "--sample")
    assert r.exit_code == 0
    assert "headline:" in r.stdout and "related (5):" in r.stdout
    assert "\u2067زيارة بوتين" in r.stdout  # Arabic wrapped in a right-to-left isolate


def test_parse_stdin():
    page = (PAGES / "no_deck_single.txt").read_text(encoding="utf-8")
    r = run("parse", "-", input=page)
    assert r.exit_code == 0
    (row,) = [json.loads(x) for x in r.stdout.splitlines()]
    assert row["source"]["path"] == "<stdin>"
    assert row["media"][0]["credit"] == "رويترز"


def test_explain_lists_every_line_with_its_fate():
    r = run("parse", "--explain", str(SEED))
    assert r.exit_code == 0
    numbered = [ln for ln in r.stdout.splitlines() if ln.strip() and not ln.startswith("#")]
    assert len(numbered) == 122
    by_no = {int(ln.split()[0]): ln for ln in numbered}
    assert "dropped: widget" in by_no[7]
    assert "dropped: duplicate" in by_no[6]
    assert "headline" in by_no[105]
    assert "related[0].byline" in by_no[75]
    assert "?" not in " ".join(ln.split()[1] for ln in numbered)


def test_directory_input_is_recursive_and_sorted(tmp_path):
    sub = tmp_path / "nested"
    sub.mkdir()
    for name in ("no_deck_single.txt", "three_articles.txt"):
        (sub / name).write_bytes((PAGES / name).read_bytes())
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    r = run("parse", str(tmp_path))
    assert r.exit_code == 0
    assert len(r.stdout.splitlines()) == 4


def test_usage_error_without_paths():
    r = run("parse")
    assert r.exit_code == 2
    assert "PATH" in r.output


def test_module_entry_point_runs_in_a_subprocess():
    p = subprocess.run(
        [sys.executable, "-m", "khabar", "parse", "--sample", "--format", "json"],
        capture_output=True,
        check=True,
    )
    data = json.loads(p.stdout.decode("utf-8"))
    assert [len(a["paragraphs"]) for a in data] == [21, 4]


def test_python_api_mirrors_cli():
    arts = khabar.parse_file(str(SEED))
    via_text = khabar.parse_text(SEED.read_text(encoding="utf-8"), source=str(SEED))
    assert [a.to_dict() for a in arts] == [a.to_dict() for a in via_text]
    streamed = list(khabar.parse_paths([str(SEED), str(PAGES / "no_deck_single.txt")]))
    assert len(streamed) == 3

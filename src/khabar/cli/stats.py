"""``khabar stats``: what a store holds."""

from __future__ import annotations

import json
import sys

import click

from ..errors import KhabarError
from ..store import DEFAULT_DB, open_store
from ._common import ensure_utf8_stdout, report_error


@click.command("stats")
@click.option(
    "--db", default=DEFAULT_DB, show_default=True, help="SQLite file or postgresql:// URL."
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def command(db: str, fmt: str) -> None:
    """Counts of articles, stories, duplicates, annotations; sites, sections and dates."""
    ensure_utf8_stdout()
    try:
        with open_store(db, create=False) as store:
            s = store.stats()
    except KhabarError as exc:
        report_error(exc)
        sys.exit(2)
    if fmt == "json":
        click.echo(json.dumps(s, ensure_ascii=False, indent=2))
        return
    rows = [
        ("store", f"{s['url']} ({s['backend']})"),
        ("articles", s["articles"]),
        ("stories", f"{s['stories']} ({s['near_duplicates']} near-duplicates linked)"),
        ("published", f"{s['published']['from'] or '-'} .. {s['published']['to'] or '-'}"),
        *((k, n) for k, n in s["counts"].items() if k != "articles"),
    ]
    if s["size_bytes"] is not None:
        rows.append(("size", f"{s['size_bytes'] / 1e6:.1f} MB"))
    rows += [
        ("sites", ", ".join(f"{k} ({v})" for k, v in s["sites"].items())),
        ("sections", ", ".join(f"{k} ({v})" for k, v in s["sections"].items())),
        ("migrations", ", ".join(s["migrations"])),
    ]
    width = max(len(k) for k, _ in rows) + 2  # the longest label and its colon, then a space
    for key, value in rows:
        click.echo(f"{key + ':':{width}}{value}")

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
    click.echo(f"store:           {s['url']} ({s['backend']})")
    click.echo(f"articles:        {s['articles']}")
    click.echo(f"stories:         {s['stories']} ({s['near_duplicates']} near-duplicates linked)")
    click.echo(f"published:       {s['published']['from'] or '-'} .. {s['published']['to'] or '-'}")
    for key, n in s["counts"].items():
        if key != "articles":
            click.echo(f"{key + ':':17}{n}")
    if s["size_bytes"] is not None:
        click.echo(f"size:            {s['size_bytes'] / 1e6:.1f} MB")
    click.echo("sites:           " + ", ".join(f"{k} ({v})" for k, v in s["sites"].items()))
    click.echo("sections:        " + ", ".join(f"{k} ({v})" for k, v in s["sections"].items()))
    click.echo("migrations:      " + ", ".join(s["migrations"]))

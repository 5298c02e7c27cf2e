"""``khabar export``: a whole store as jsonl, csv or parquet."""

from __future__ import annotations

import sys

import click

from ..errors import KhabarError
from ..store import DEFAULT_DB, open_store
from ._common import ensure_utf8_stdout, report_error


@click.command("export")
@click.option(
    "--db", default=DEFAULT_DB, show_default=True, help="SQLite file or postgresql:// URL."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet"]),
    default="jsonl",
    show_default=True,
)
@click.option(
    "-o", "--output", default=None, help="Output file (stdout by default; parquet needs one)."
)
def command(db: str, fmt: str, output: str | None) -> None:
    """Write every stored article (jsonl: the article contract + duplicate_of, similarity)."""
    ensure_utf8_stdout()
    if fmt == "parquet" and not output:
        raise click.UsageError("--format parquet needs -o FILE")
    try:
        with open_store(db, create=False) as store:
            n = store.export(fmt, output if output else sys.stdout)
    except KhabarError as exc:
        report_error(exc)
        sys.exit(2)
    click.echo(f"khabar: exported {n} articles", err=True)

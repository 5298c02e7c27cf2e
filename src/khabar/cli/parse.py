"""``khabar parse``: pages to structured articles."""

from __future__ import annotations

import json
import sys
from importlib import resources

import click

from ..api import parse_paths
from ..errors import InputError
from ..model import Article
from ..render import render_text
from ._common import ensure_utf8_stdout, report_error

SAMPLE = "sample_asharq.txt"


def sample_path() -> str:
    return str(resources.files("khabar") / "data" / SAMPLE)


@click.command("parse")
@click.argument("paths", nargs=-1, type=str)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json", "text"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one article per line; json: one array; text: readable.",
)
@click.option("--explain", is_flag=True, help="Print every input line with its fate.")
@click.option("--enrich", "enrich_", is_flag=True, help="Run every enrichment step.")
@click.option("--steps", default=None, help="Comma-separated enrichment steps (implies --enrich).")
@click.option(
    "--published",
    default=None,
    metavar="YYYY-MM-DD",
    help="Reference date for resolving relative dates.",
)
@click.option("--sample", is_flag=True, help="Parse the bundled sample page (Asharq Al-Awsat).")
def command(
    paths: tuple[str, ...],
    fmt: str,
    explain: bool,
    enrich_: bool,
    steps: str | None,
    published: str | None,
    sample: bool,
) -> None:
    """Parse PATHS (files, directories, or - for stdin; text, HTML or WARC) into articles.

    \b
    Examples:
      khabar parse page.txt
      khabar parse --format text --sample
      khabar parse --explain page.txt
      cat page.html | khabar parse -
    """
    ensure_utf8_stdout()
    all_paths = list(paths) + ([sample_path()] if sample else [])
    if not all_paths:
        raise click.UsageError("give at least one PATH (or - for stdin, or --sample)")
    if explain:
        from ..structure.explain import explain_paths

        failed = explain_paths(all_paths, sys.stdout)
        sys.exit(1 if failed else 0)
    step_sel: list[str] | bool | None = False
    if steps:
        step_sel = [s.strip() for s in steps.split(",") if s.strip()]
    elif enrich_:
        step_sel = True
    failed = 0
    collected: list[dict] = []
    noted: set[str | None] = set()
    out = sys.stdout
    for item in parse_paths(all_paths, enrich_steps=step_sel, published=published):
        if isinstance(item, InputError):
            report_error(item)
            failed += 1
            continue
        art: Article = item
        where = art.source.url or art.source.path
        if art.source.notes and where not in noted:
            noted.add(where)
            for note in art.source.notes:
                click.echo(f"khabar: note: {where}: {note}", err=True)
        if fmt == "jsonl":
            out.write(art.to_json() + "\n")
        elif fmt == "json":
            collected.append(art.to_dict())
        else:
            out.write(render_text(art) + "\n")
    if fmt == "json":
        out.write(json.dumps(collected, ensure_ascii=False, indent=2) + "\n")
    out.flush()
    if failed:
        click.echo(f"khabar: {failed} input(s) failed", err=True)
        sys.exit(1)

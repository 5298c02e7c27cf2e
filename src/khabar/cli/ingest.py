"""``khabar ingest``: parse (and enrich) pages into a store, idempotent and resumable."""

from __future__ import annotations

import os
import shutil
import sys

import click

from ..api import parse_paths
from ..errors import InputError, KhabarError
from ..model import Article
from ..store import DEFAULT_DB, open_store
from ._common import ensure_utf8_stdout, report_error


def _count_inputs(paths: tuple[str, ...]) -> int:
    """Files under PATHS, for the progress bar's ETA (cheap: a directory walk, no reads)."""
    n = 0
    for p in paths:
        if os.path.isdir(p):
            for _root, _dirs, files in os.walk(p):
                n += sum(1 for f in files if not f.startswith("."))
        else:
            n += 1
    return n


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=str)
@click.option(
    "--db", default=DEFAULT_DB, show_default=True, help="SQLite file or postgresql:// URL."
)
@click.option("--enrich", "enrich_", is_flag=True, help="Run every enrichment step before storing.")
@click.option(
    "--published", default=None, metavar="YYYY-MM-DD", help="Reference date for enrichment."
)
@click.option(
    "--batch-size",
    default=1024,
    show_default=True,
    help="Articles per transaction (or one second of work, whichever comes first).",
)
@click.option(
    "--no-optimize",
    is_flag=True,
    help="Do not refresh the search lists of common words afterwards (SQLite, large stores).",
)
def command(
    paths: tuple[str, ...],
    db: str,
    enrich_: bool,
    published: str | None,
    batch_size: int,
    no_optimize: bool,
) -> None:
    """Parse PATHS (files, directories, or - for stdin) and store the articles in --db.

    Re-ingesting a page changes nothing (articles are keyed by content hash); an interrupted
    run resumes where it stopped. Exact duplicates are skipped, near-duplicates linked.

    \b
    Examples:
      khabar ingest pages/
      khabar ingest pages/ --db postgresql://localhost/khabar --enrich
    """
    ensure_utf8_stdout()
    try:
        store = open_store(db)
    except KhabarError as exc:
        report_error(exc)
        sys.exit(2)
    bar = None
    if sys.stderr.isatty():
        from tqdm import tqdm

        # Some terminals (ptys without a size) report 0×0, which makes tqdm print nothing:
        # shutil falls back to a usable size there.
        size = shutil.get_terminal_size((100, 24))
        bar = tqdm(
            total=_count_inputs(paths),
            unit="file",
            file=sys.stderr,
            ncols=size.columns,
            nrows=size.lines,
        )
    last_path: list[str | None] = [None]
    counts = {"added": 0, "existing": 0, "updated": 0, "near-duplicate": 0, "failed": 0}

    def on_item(item: Article | InputError, status: str) -> None:
        counts[status] = counts.get(status, 0) + 1
        if isinstance(item, InputError):
            if bar is not None:
                with bar.external_write_mode(file=sys.stderr):  # the message above the bar
                    report_error(item)
            else:
                report_error(item)
            path = item.path
        else:
            path = item.source.path
        if bar is not None:
            if path != last_path[0]:
                last_path[0] = path
                bar.update(1)
            bar.set_postfix(
                added=counts["added"] + counts["near-duplicate"],
                existing=counts["existing"],
                failed=counts["failed"],
                refresh=False,
            )

    step_sel: bool = bool(enrich_)
    try:
        with store:
            report = store.ingest(
                parse_paths(paths, enrich_steps=step_sel, published=published),
                on_item=on_item,
                batch_size=batch_size,
            )
            # Large SQLite stores: refresh the impact lists so that common words stay fast
            # (a few seconds; only when enough articles arrived since the last refresh).
            refresh = getattr(store, "optimize_if_useful", None)
            if refresh is not None and not no_optimize and report.added:
                info = refresh()
                if info:
                    click.echo(
                        f"khabar: search lists refreshed ({info['forms']} common forms,"
                        f" {info['read']} articles read, {info['seconds']} s)",
                        err=True,
                    )
    except KhabarError as exc:
        report_error(exc)
        sys.exit(2)
    finally:
        if bar is not None:
            bar.close()
    for msg in report.store_errors:
        click.echo(f"khabar: error: {msg}", err=True)
    click.echo(
        f"khabar: {report.added} added ({report.near_duplicates} near-duplicates linked),"
        f" {report.existing} already stored, {report.updated} re-enriched,"
        f" {report.failed} failed -> {store.url}",
        err=True,
    )
    if report.failed:
        sys.exit(1)

"""``khabar search``: Arabic-aware full-text search over a store."""

from __future__ import annotations

import json
import re
import sys

import click

from ..errors import KhabarError
from ..store import DEFAULT_DB, open_store
from ._common import ensure_utf8_stdout, report_error

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not _DATE.match(value):
        raise click.BadParameter(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return value


@click.command("search")
@click.argument("query")
@click.option(
    "--db", default=DEFAULT_DB, show_default=True, help="SQLite file or postgresql:// URL."
)
@click.option("--site", default=None)
@click.option("--section", default=None)
@click.option("--from", "date_from", default=None, callback=_date, metavar="DATE")
@click.option("--to", "date_to", default=None, callback=_date, metavar="DATE")
@click.option("--entity", default=None, metavar="NAME", help="Articles that mention this entity.")
@click.option("--speaker", default=None, metavar="NAME", help="Articles quoting this speaker.")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 10000))
@click.option("--offset", default=0, show_default=True, type=click.IntRange(0))
@click.option(
    "--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True
)
@click.option("--all-duplicates", is_flag=True, help="Show every version of a story.")
def command(
    query: str,
    db: str,
    site: str | None,
    section: str | None,
    date_from: str | None,
    date_to: str | None,
    entity: str | None,
    speaker: str | None,
    limit: int,
    offset: int,
    fmt: str,
    all_duplicates: bool,
) -> None:
    """Search stored articles for QUERY (words, "a phrase", -excluded, a OR b).

    Letters, diacritics and clitics are normalised: «الرئيس» also finds «والرئيس» and
    «للرئيس»; «بوتين» finds «لبوتين». One result per story unless --all-duplicates.

    \b
    Examples:
      khabar search 'الرئيس الروسي'
      khabar search '"وزير الخارجية"' --from 2024-01-01 --format jsonl
    """
    ensure_utf8_stdout()
    is_tty = sys.stdout.isatty()
    mark = ("\x1b[1;33m", "\x1b[0m") if fmt == "table" and is_tty else ("<mark>", "</mark>")
    if fmt == "table" and not is_tty:
        mark = ("[", "]")
    try:
        with open_store(db, create=False) as store:
            hits = store.search(
                query,
                site=site,
                section=section,
                date_from=date_from,
                date_to=date_to,
                entity=entity,
                speaker=speaker,
                limit=limit,
                offset=offset,
                all_duplicates=all_duplicates,
                mark=mark,
            )
    except KhabarError as exc:
        report_error(exc)
        sys.exit(2)
    out = sys.stdout
    for h in hits:
        if fmt == "jsonl":
            out.write(json.dumps(h.to_dict(), ensure_ascii=False) + "\n")
        else:
            dup = f"  (+{h.duplicates} versions)" if h.duplicates else ""
            out.write(
                f"{h.score:8.3g}  {h.published or '-':10}  {h.site or '-'}  {h.id}{dup}\n"
                f"          {h.headline or ''}\n          {h.snippet}\n\n"
            )
    if not hits:
        click.echo("khabar: no results", err=True)

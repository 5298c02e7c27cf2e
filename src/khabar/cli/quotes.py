"""``khabar quotes``: who said what, as a table or JSON lines."""

from __future__ import annotations

import json
import sys

import click

from ..api import parse_paths
from ..enrich import available
from ..enrich.quotes_text import norm
from ..errors import InputError
from ..model import Article, Quote
from ._common import ensure_utf8_stdout, report_error

# Unicode isolates keep each right-to-left cell from reordering its neighbours in a terminal.
_FSI, _PDI = "\u2068", "\u2069"


def quote_steps() -> list[str]:
    """The steps ``khabar quotes`` runs: entities (when this build has it) then quotes."""
    have = set(available())
    return [s for s in ("entities", "quotes") if s in have]


def matches_speaker(q: Quote, wanted: str) -> bool:
    """Speaker filter: normalised substring match on the name or exact entity id."""
    if q.speaker.entity_id and q.speaker.entity_id == wanted:
        return True
    return bool(q.speaker.name) and norm(wanted) in norm(q.speaker.name or "")


def _cell(s: str | None, width: int) -> str:
    s = (s or "—").replace("\n", " ")
    if len(s) > width:
        s = s[: width - 1] + "…"
    return _FSI + s + _PDI + " " * (width - len(s))


def quote_rows(art: Article, speaker: str | None) -> list[Quote]:
    return [q for q in art.quotes if speaker is None or matches_speaker(q, speaker)]


def render_table(art: Article, quotes: list[Quote], width: int) -> str:
    head = art.headline or art.source.path or art.id
    lines = [f"# {_FSI}{head}{_PDI}  ({art.source.path or '-'}, {len(quotes)} quotes)"]
    lines.append(f"{'¶':>3}  {'kind':<8}  {_cell('speaker', 24)}  {_cell('cue', 10)}  quote")
    for q in quotes:
        lines.append(
            f"{q.paragraph:>3}  {q.kind:<8}  {_cell(q.speaker.name, 24)}  "
            f"{_cell(q.cue, 10)}  {_cell(q.text, width).rstrip()}"
        )
    return "\n".join(lines)


@click.command("quotes")
@click.argument("paths", nargs=-1, type=str)
@click.option("--speaker", default=None, metavar="NAME", help="Only quotes by this speaker.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl"]),
    default="table",
    show_default=True,
    help="table: readable; jsonl: one quote per line with its article id.",
)
@click.option("--width", default=90, show_default=True, help="Quote column width (table).")
@click.option("--sample", is_flag=True, help="Use the bundled sample page.")
def command(
    paths: tuple[str, ...], speaker: str | None, fmt: str, width: int, sample: bool
) -> None:
    """List the quotes in PATHS (files, directories or -) with their speakers.

    \b
    Examples:
      khabar quotes page.txt
      khabar quotes --speaker بوتين --format jsonl pages/
    """
    ensure_utf8_stdout()
    all_paths = list(paths)
    if sample:
        from .parse import sample_path

        all_paths.append(sample_path())
    if not all_paths:
        raise click.UsageError("give at least one PATH (or - for stdin, or --sample)")
    failed = 0
    out = sys.stdout
    for item in parse_paths(all_paths, enrich_steps=quote_steps()):
        if isinstance(item, InputError):
            report_error(item)
            failed += 1
            continue
        quotes = quote_rows(item, speaker)
        if fmt == "jsonl":
            for q in quotes:
                rec = {"article": item.id, "path": item.source.path, **q.to_dict()}
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        elif quotes:
            out.write(render_table(item, quotes, width) + "\n\n")
    out.flush()
    if failed:
        click.echo(f"khabar: {failed} input(s) failed", err=True)
        sys.exit(1)

"""Arabic knowledge as data: small TSV tables a linguist can read and extend.

Each table is a ``*.tsv`` file beside this module: ``#`` lines are comments, the first
other line names the columns. :func:`table` returns rows as dicts; :func:`column` one column.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``lexicons/<name>.tsv`` as dicts keyed by the header's column names."""
    text = (resources.files(__package__) / f"{name}.tsv").read_text(encoding="utf-8")
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for raw in text.splitlines():
        line = raw.rstrip("\n\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells, strict=False)))
    if header is None:
        raise ValueError(f"lexicon {name!r} has no header line")
    return tuple(rows)


def column(name: str, col: str | None = None) -> tuple[str, ...]:
    """One column of a table (the first by default), in file order, empty cells skipped."""
    rows = table(name)
    if not rows:
        return ()
    key = col or next(iter(rows[0]))
    return tuple(r[key] for r in rows if r.get(key))

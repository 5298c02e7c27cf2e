"""``khabar parse --explain``: every input line with its fate."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from ..errors import InputError
from ..ingest.reader import iter_pages
from ..render import rtl
from . import parse_page
from .text import parse_with_fates


def explain_paths(paths: Iterable[str], out: TextIO) -> int:
    """Write each page's lines and fates to ``out``; return how many inputs failed."""
    failed = 0
    for item in iter_pages(paths):
        if isinstance(item, InputError):
            from ..cli._common import report_error

            report_error(item)
            failed += 1
            continue
        src = item.source
        out.write(f"# {src.url or src.path} ({item.kind}, {src.encoding or '?'})\n")
        for note in src.notes:
            out.write(f"# note: {note}\n")
        if item.kind != "text":
            # Markup has no input lines to map; show what each article kept and dropped.
            for i, art in enumerate(parse_page(item)):
                out.write(f"# article {i}: {rtl(art.headline)}\n")
                out.write(f"#   {len(art.paragraphs)} paragraphs, {len(art.media)} media, ")
                out.write(f"{len(art.related)} related\n")
                for d in art.dropped:
                    out.write(f"  dropped: {d.reason:<16} {rtl(d.text[:80])}\n")
            continue
        articles, fates, lines = parse_with_fates(item)
        starts = {a.source.line_start: i for i, a in enumerate(articles)}
        width = len(str(len(lines)))
        for ln in lines:
            if ln.no in starts:
                out.write(f"# ---- article {starts[ln.no]} ----\n")
            fate = fates.get(ln.no, "dropped: empty" if ln.kind == "empty" else "?")
            text = ln.text if len(ln.text) <= 90 else ln.text[:87] + "..."
            out.write(f"{ln.no:>{width}}  {fate:<34} {rtl(text) if text else ''}\n")
    return failed

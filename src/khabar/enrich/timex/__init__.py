"""Arabic time expressions: recognise (text → spans) then resolve (span + anchor → TIMEX3 value).

from khabar.enrich.timex import tag_paragraphs
times = tag_paragraphs(["وصل الرئيس، الثلاثاء، إلى بيونغ يانغ."], published="2024-06-18")
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ...model import TimeExpr
from .anchor import choose, infer, parse_date
from .recognise import Raw, recognise
from .resolve import Anchor, resolve

__all__ = [
    "Anchor",
    "Raw",
    "choose",
    "infer",
    "parse_date",
    "recognise",
    "resolve",
    "tag_paragraphs",
]


def tag_paragraphs(
    paragraphs: Sequence[str],
    published: str | None = None,
    context_published: str | None = None,
    today: dt.date | None = None,
    fetched: str | None = None,
) -> tuple[list[TimeExpr], Anchor]:
    """Time expressions of an article's paragraphs, resolved against one reference date."""
    raws = [(p, r) for p, text in enumerate(paragraphs) for r in recognise(text)]
    anchor = choose(context_published, published, (r.node for _, r in raws), today, fetched)
    out: list[TimeExpr] = []
    for p, r in raws:
        res = resolve(r.node, anchor, r.tense)
        if res is None:
            continue
        typ, value = res
        out.append(TimeExpr(r.text, p, r.start, r.end, typ, value, anchor.label))
    return out, anchor

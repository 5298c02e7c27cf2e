"""Plain-text pages (scrapes where each line is a block) into articles. PLACEHOLDER."""

from __future__ import annotations

from ..model import Article, Dropped, Page
from . import register_parser


def parse_text_page(page: Page) -> list[Article]:
    lines = page.content.splitlines()
    paras, dropped = [], []
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s:
            paras.append(s)
        else:
            dropped.append(Dropped(i, line, "empty"))
    src = page.source
    src.line_start, src.line_end = 1, len(lines)
    return [
        Article(
            headline=paras[0] if paras else None, source=src, paragraphs=paras[1:], dropped=dropped
        )
    ]


register_parser("text", parse_text_page)

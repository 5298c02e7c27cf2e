"""The Python API: what the CLI calls, and what users script against."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from .enrich import EnrichContext, build
from .enrich import enrich as run_steps
from .errors import InputError
from .ingest.reader import iter_pages, read_pages
from .model import Article, Page, Source
from .structure import parse_page

Enrich = bool | Iterable[str] | None


def _enriched(
    articles: list[Article], steps: Enrich, published: str | None = None
) -> list[Article]:
    """``steps``: False/None leaves the articles as parsed, True runs every registered step,
    a list runs those steps (and what they require)."""
    if steps is False or steps is None:
        return articles
    built = build(None if steps is True else list(steps))
    ctx = EnrichContext(published=published)
    return [run_steps(a, built, ctx) for a in articles]


def parse_text(
    text: str,
    source: Source | str | None = None,
    *,
    enrich: Enrich = False,
    published: str | None = None,
) -> list[Article]:
    """Articles of a plain-text page (a scrape where lines are blocks).

    ``enrich=True`` adds entities, quotes, times … (every registered step), as
    ``khabar parse --enrich`` does; a list of step names runs only those. ``published`` is the
    reference date for relative times when the page gives none.
    """
    if isinstance(source, str) or source is None:
        source = Source(path=source, kind="text", encoding="utf-8")
    arts = parse_page(Page(source=source, kind="text", content=text))
    return _enriched(arts, enrich, published)


def parse_html(
    html: str,
    source: Source | str | None = None,
    *,
    enrich: Enrich = False,
    published: str | None = None,
) -> list[Article]:
    """Articles of an HTML page already decoded to text (``enrich`` as in :func:`parse_text`)."""
    if isinstance(source, str) or source is None:
        source = Source(path=source, kind="html")
    arts = parse_page(Page(source=source, kind="html", content=html))
    return _enriched(arts, enrich, published)


def parse_file(
    path: str | os.PathLike[str],
    data: bytes | None = None,
    *,
    enrich: Enrich = False,
    published: str | None = None,
) -> list[Article]:
    """Articles of one file of any kind (text, HTML, WARC); raises InputError when unreadable.
    ``enrich`` as in :func:`parse_text`."""
    out: list[Article] = []
    for page in read_pages(os.fspath(path), data):
        out.extend(parse_page(page))
    return _enriched(out, enrich, published)


def parse_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    enrich_steps: Iterable[str] | bool | None = False,
    published: str | None = None,
) -> Iterator[Article | InputError]:
    """Stream articles from files, directories or ``-``; bad inputs come out as InputError.

    ``enrich_steps``: False for structure only, True or None for every registered step,
    or a list of step names.
    """
    steps = None
    if enrich_steps is not False:
        steps = build(None if enrich_steps in (True, None) else list(enrich_steps))  # type: ignore[arg-type]
    ctx = EnrichContext(published=published)
    for item in iter_pages(os.fspath(p) for p in paths):
        if isinstance(item, InputError):
            yield item
            continue
        for art in parse_page(item):
            yield run_steps(art, steps, ctx) if steps else art


def enrich_article(
    article: Article, steps: Iterable[str] | None = None, published: str | None = None
) -> Article:
    """Run enrichment steps (all registered ones by default) on one article."""
    return run_steps(article, build(steps), EnrichContext(published=published))

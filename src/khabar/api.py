"""The Python API: what the CLI calls, and what users script against."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .enrich import EnrichContext, build, enrich
from .errors import InputError
from .ingest.reader import iter_pages, read_pages
from .model import Article, Page, Source
from .structure import parse_page


def parse_text(text: str, source: Source | str | None = None) -> list[Article]:
    """Articles of a plain-text page (a scrape where lines are blocks)."""
    if isinstance(source, str) or source is None:
        source = Source(path=source, kind="text", encoding="utf-8")
    return parse_page(Page(source=source, kind="text", content=text))


def parse_html(html: str, source: Source | str | None = None) -> list[Article]:
    """Articles of an HTML page already decoded to text."""
    if isinstance(source, str) or source is None:
        source = Source(path=source, kind="html")
    return parse_page(Page(source=source, kind="html", content=html))


def parse_file(path: str, data: bytes | None = None) -> list[Article]:
    """Articles of one file of any kind (text, HTML, WARC); raises InputError when unreadable."""
    out: list[Article] = []
    for page in read_pages(path, data):
        out.extend(parse_page(page))
    return out


def parse_paths(
    paths: Iterable[str],
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
    for item in iter_pages(paths):
        if isinstance(item, InputError):
            yield item
            continue
        for art in parse_page(item):
            yield enrich(art, steps, ctx) if steps else art


def enrich_article(
    article: Article, steps: Iterable[str] | None = None, published: str | None = None
) -> Article:
    """Run enrichment steps (all registered ones by default) on one article."""
    return enrich(article, build(steps), EnrichContext(published=published))

"""Structure stage: one parser per kind of page, all emitting the same :class:`Article`."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Article, Page

PageParser = Callable[[Page], list[Article]]

PARSERS: dict[str, PageParser] = {}


def register_parser(kind: str, parser: PageParser) -> None:
    PARSERS[kind] = parser


def parse_page(page: Page) -> list[Article]:
    """Articles of one decoded page, by the parser registered for its kind."""
    if not PARSERS:
        _load_parsers()
    parser = PARSERS.get(page.kind)
    if parser is None:
        _load_parsers()
        parser = PARSERS.get(page.kind, PARSERS["text"])
    return parser(page)


def _load_parsers() -> None:
    from . import text  # noqa: F401  (registers "text")

    try:
        from . import html  # noqa: F401  (registers "html")
    except ImportError:
        pass

"""Structure stage: one parser per kind of page, all emitting the same :class:`Article`."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Article, Page

PageParser = Callable[[Page], list[Article]]

PARSERS: dict[str, PageParser] = {}


def register_parser(kind: str, parser: PageParser) -> None:
    PARSERS[kind] = parser


# Parser modules register themselves on import; each is imported the first time a page of
# its kind arrives (a text-only run never loads the HTML stack).
_PARSER_MODULES = {"text": "text", "html": "html"}


def parse_page(page: Page) -> list[Article]:
    """Articles of one decoded page, by the parser registered for its kind."""
    parser = PARSERS.get(page.kind)
    if parser is None:
        _load_parser(page.kind)
        parser = PARSERS.get(page.kind)
        if parser is None:
            _load_parser("text")
            parser = PARSERS["text"]
    return parser(page)


def _load_parser(kind: str) -> None:
    import importlib

    module = _PARSER_MODULES.get(kind)
    if module:
        importlib.import_module(f"{__name__}.{module}")

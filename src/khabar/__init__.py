"""khabar: Arabic news pages into structured, searchable knowledge."""

from .api import enrich_article, parse_file, parse_html, parse_paths, parse_text
from .model import Article, Byline, Dropped, Entity, Media, Mention, Quote, Source, Teaser, TimeExpr

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Byline",
    "Dropped",
    "Entity",
    "Media",
    "Mention",
    "Quote",
    "Source",
    "Teaser",
    "TimeExpr",
    "__version__",
    "enrich_article",
    "parse_file",
    "parse_html",
    "parse_paths",
    "parse_text",
]

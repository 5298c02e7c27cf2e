"""Enrichment step ``times``: Arabic time expressions resolved to TIMEX3-style values.

The reference date is ``context.published`` (``--published``), else ``article.published``,
else inferred from the text (see :mod:`khabar.enrich.timex.anchor`); ``anchor`` on each
expression says which. The engine lives in :mod:`khabar.enrich.timex`.
"""

from __future__ import annotations

import logging

from ..model import Article
from .base import EnrichContext, register
from .timex import tag_paragraphs

log = logging.getLogger(__name__)


class TimesStep:
    name = "times"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("times",)

    def __call__(self, article: Article, context: EnrichContext) -> Article:
        try:
            times, _ = tag_paragraphs(article.paragraphs, article.published, context.published)
        except Exception as exc:  # bad input must not stop the batch
            log.warning("times: article %s (%s): %s", article.id, article.source.path, exc)
            return article
        article.times = times
        return article


@register("times")
def factory() -> TimesStep:
    return TimesStep()

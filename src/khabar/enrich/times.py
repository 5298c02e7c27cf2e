"""Enrichment step ``times``: Arabic time expressions resolved to TIMEX3-style values.

The reference date is ``context.published`` (``--published``), else ``article.published``,
else inferred from the text (see :mod:`khabar.enrich.timex.anchor`); ``anchor`` on each
expression says which. The engine lives in :mod:`khabar.enrich.timex`.
"""

from __future__ import annotations

import logging

from ..model import Article
from .base import EnrichContext, register
from .timex import parse_date, tag_paragraphs

log = logging.getLogger(__name__)


class TimesStep:
    name = "times"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("times",)

    def __call__(self, article: Article, context: EnrichContext) -> Article:
        for label, value in (("--published", context.published), ("published", article.published)):
            if value and parse_date(value) is None:
                log.warning("times: %s %r is not YYYY-MM-DD; ignored", label, value)
        try:
            # options["today"] pins "now" for inference (reproducible runs and tests).
            today = parse_date(str(context.options.get("today") or "")) or None
            times, _ = tag_paragraphs(
                article.paragraphs,
                article.published,
                context.published,
                today=today,
                fetched=article.source.fetched,
            )
        except Exception as exc:  # bad input must not stop the batch
            log.warning("times: article %s (%s): %s", article.id, article.source.path, exc)
            return article
        article.times = times
        return article


@register("times")
def factory() -> TimesStep:
    return TimesStep()

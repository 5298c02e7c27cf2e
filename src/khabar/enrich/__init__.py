"""Enrichment stage: entities, quotes, times, events, each a registered step."""

from .base import EnrichContext, Enricher, register
from .pipeline import available, build, enrich

__all__ = ["EnrichContext", "Enricher", "available", "build", "enrich", "register"]

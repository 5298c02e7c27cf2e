"""Enrichment steps: each reads an article and adds one kind of annotation.

A step declares what it ``requires`` (annotations that must already be there) and what it
``assigns``; :func:`khabar.enrich.pipeline.build` orders the registered steps so that
requirements come first (the spaCy component idea, without spaCy).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from ..model import Article


class Enricher(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, article: Article, context: EnrichContext) -> Article: ...


@dataclass(slots=True)
class EnrichContext:
    """Options shared by every step of one run (e.g. a reference date for times)."""

    published: str | None = None  # --published YYYY-MM-DD, overrides the article's own date
    options: dict[str, object] = field(default_factory=dict)


_REGISTRY: dict[str, Callable[[], Enricher]] = {}


def register(name: str) -> Callable[[Callable[[], Enricher]], Callable[[], Enricher]]:
    """Register a factory for a step under ``name`` (used by ``--enrich`` and the pipeline)."""

    def deco(factory: Callable[[], Enricher]) -> Callable[[], Enricher]:
        if name in _REGISTRY:
            raise ValueError(f"enrichment step {name!r} registered twice")
        _REGISTRY[name] = factory
        return factory

    return deco


def registry() -> dict[str, Callable[[], Enricher]]:
    return dict(_REGISTRY)

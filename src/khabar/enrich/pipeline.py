"""Build and run the enrichment pipeline from the registered steps."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable

from ..model import Article
from . import base
from .base import EnrichContext, Enricher

_LOADED = False


def _load_steps() -> None:
    """Import every module of ``khabar.enrich`` so their ``@register`` calls run."""
    global _LOADED
    if _LOADED:
        return
    pkg = importlib.import_module("khabar.enrich")
    for mod in pkgutil.iter_modules(pkg.__path__):
        if mod.name not in {"base", "pipeline"}:
            importlib.import_module(f"khabar.enrich.{mod.name}")
    _LOADED = True


def available() -> list[str]:
    _load_steps()
    return sorted(base.registry())


def build(names: Iterable[str] | None = None) -> list[Enricher]:
    """Instantiate steps (all registered ones by default), ordered so requirements come first."""
    _load_steps()
    reg = base.registry()
    wanted = list(reg) if names is None else list(names)
    unknown = [n for n in wanted if n not in reg]
    if unknown:
        raise ValueError(f"unknown enrichment step(s): {', '.join(unknown)}; have {sorted(reg)}")
    steps = {n: reg[n]() for n in wanted}
    provided: dict[str, str] = {}
    for n, s in steps.items():
        for a in s.assigns:
            provided[a] = n
    ordered: list[Enricher] = []
    done: set[str] = set()

    def visit(n: str, stack: tuple[str, ...] = ()) -> None:
        if n in done:
            return
        if n in stack:
            raise ValueError(f"enrichment steps require each other: {' -> '.join((*stack, n))}")
        for req in steps[n].requires:
            dep = provided.get(req)
            if dep is None and req in reg and req not in steps:
                steps[req] = reg[req]()
                for a in steps[req].assigns:
                    provided[a] = req
                dep = req
            if dep is not None and dep != n:
                visit(dep, (*stack, n))
        done.add(n)
        ordered.append(steps[n])

    for n in list(steps):
        visit(n)
    return ordered


def enrich(
    article: Article, steps: list[Enricher], context: EnrichContext | None = None
) -> Article:
    ctx = context or EnrichContext()
    for step in steps:
        article = step(article, ctx)
        if step.name not in article.enriched:
            article.enriched.append(step.name)
    return article

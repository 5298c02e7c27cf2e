"""Per-site profiles: vocabularies layered over the default, chosen by URL or text markers.

Rules stay general; a profile only adds words (sections, widgets, headings, agencies) that one
publisher uses, so there is never an ``if site == ...`` in the parsers.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

_LIST_KEYS = ("domains", "text_markers", "sections", "widgets", "block_headings", "agencies")


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    site: str | None
    domains: tuple[str, ...] = ()
    text_markers: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    widgets: tuple[str, ...] = ()
    block_headings: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()


def _read(name: str) -> dict:
    data = (resources.files(__package__) / f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(data)


@cache
def all_profiles() -> tuple[Profile, ...]:
    """Every site profile merged over the default, default first."""
    base = _read("default")
    names = sorted(
        p.name[:-5]
        for p in resources.files(__package__).iterdir()
        if p.name.endswith(".toml") and p.name != "default.toml"
    )
    out = [_merge(base, {})]
    for n in names:
        out.append(_merge(base, _read(n)))
    return tuple(out)


def _merge(base: dict, over: dict) -> Profile:
    kw: dict = {"name": over.get("name", base["name"]), "site": over.get("site") or None}
    for k in _LIST_KEYS:
        kw[k] = tuple(dict.fromkeys([*base.get(k, []), *over.get(k, [])]))
    return Profile(**kw)


def default_profile() -> Profile:
    return all_profiles()[0]


def for_url(url: str | None) -> Profile:
    if url:
        host = (urlsplit(url).hostname or "").lower()
        for p in all_profiles()[1:]:
            if any(host == d or host.endswith("." + d) for d in p.domains):
                return p
    return default_profile()


def for_text(text: str) -> Profile:
    """The site profile whose markers the text contains most often (default when none)."""
    best, best_n = default_profile(), 0
    for p in all_profiles()[1:]:
        n = sum(text.count(m) for m in p.text_markers)
        if n > best_n:
            best, best_n = p, n
    return best


def site_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host or None

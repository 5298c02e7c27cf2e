"""Structured metadata of an HTML page: JSON-LD, OpenGraph, ``article:*`` meta, ``<time>``.

Publishers fill these for search engines, so they are more reliable than anything read from the
layout; the layout is only the fallback. Every value is cleaned text or None.
"""

from __future__ import annotations

import html as htmllib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from .dates import date_from_url, parse_date
from .lines import clean_line as clean

_ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "blogposting",
    "liveblogposting",
    "webpage",
}


@dataclass(slots=True)
class Meta:
    headline: str | None = None
    description: str | None = None
    section: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    site_name: str | None = None
    image: str | None = None
    is_article: bool = False  # og:type article or a JSON-LD article: a story page, not a front
    url_date: str | None = None  # /2020/8/24/ in the URL
    first_time: str | None = None  # the page's first <time>: may be a sidebar's


def _text(v: Any) -> str | None:
    if isinstance(v, list):
        v = v[0] if v else None
    if isinstance(v, dict):
        v = v.get("name") or v.get("@id") or v.get("url")
    if not isinstance(v, str):
        return None
    s = clean(htmllib.unescape(v))
    return s or None


def _jsonld_objects(tree: etree._Element) -> list[dict]:
    out: list[dict] = []
    for node in tree.iterfind('.//script[@type="application/ld+json"]'):
        raw = node.text or ""
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            # Common breakage: raw newlines inside strings, trailing commas.
            try:
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw.replace("\n", " ")))
            except ValueError:
                continue
        stack = [data]
        while stack:
            d = stack.pop()
            if isinstance(d, list):
                stack.extend(d)
            elif isinstance(d, dict):
                out.append(d)
                if "@graph" in d:
                    stack.append(d["@graph"])
    return out


def _types(d: dict) -> set[str]:
    t = d.get("@type")
    ts = t if isinstance(t, list) else [t]
    return {str(x).lower() for x in ts if x}


def extract_meta(tree: etree._Element, url: str | None = None) -> Meta:
    """Metadata of a parsed page; ``url`` (from the WARC or caller) fills gaps."""
    m = Meta()
    metas: dict[str, list[str]] = {}
    for node in tree.iterfind(".//meta"):
        key = node.get("property") or node.get("name") or node.get("itemprop")
        val = node.get("content")
        if key and val and val.strip():
            metas.setdefault(key.strip().lower(), []).append(clean(htmllib.unescape(val)))

    def first(*keys: str) -> str | None:
        for k in keys:
            if metas.get(k):
                return metas[k][0]
        return None

    art: dict | None = None
    for d in _jsonld_objects(tree):
        ts = _types(d)
        if ts & (_ARTICLE_TYPES - {"webpage"}):
            art = d
            break
        if art is None and "webpage" in ts and d.get("headline"):
            art = d
    if art is not None:
        m.is_article = "webpage" not in _types(art) or bool(art.get("articleBody"))
        m.headline = _text(art.get("headline")) or _text(art.get("name"))
        m.description = _text(art.get("description"))
        m.section = _text(art.get("articleSection"))
        m.published = parse_date(_text(art.get("datePublished")) or _text(art.get("dateCreated")))
        authors = art.get("author")
        for a in authors if isinstance(authors, list) else [authors]:
            name = _text(a)
            if name and not name.startswith("http"):
                m.authors.append(name)
        m.url = _text(art.get("url")) or _text(art.get("mainEntityOfPage"))
        pub = art.get("publisher")
        m.site_name = _text(pub) if pub else None
        m.image = _text(art.get("image"))

    m.headline = m.headline or first("og:title", "twitter:title", "headline")
    m.description = m.description or first("og:description", "description", "twitter:description")
    m.section = m.section or first("article:section", "articlesection", "section")
    m.published = m.published or parse_date(
        first(
            "article:published_time",
            "datepublished",
            "pubdate",
            "publishdate",
            "date",
            "dc.date",
            "dc.date.issued",
            "sailthru.date",
            "parsely-pub-date",
        )
    )
    if not m.authors:
        for k in ("article:author", "author", "dc.creator", "sailthru.author", "parsely-author"):
            for v in metas.get(k, []):
                if v and not v.startswith("http") and v not in m.authors:
                    m.authors.append(v)
            if m.authors:
                break
    m.site_name = m.site_name or first("og:site_name", "application-name")
    m.image = m.image or first("og:image", "twitter:image")
    if first("og:type") in ("article", "news", "newsarticle"):
        m.is_article = True

    canonical = None
    for link in tree.iterfind(".//link[@rel]"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            canonical = link.get("href").strip()
            break
    cands = [canonical, first("og:url"), m.url, url]
    m.url = next((c for c in cands if c and c.startswith("http")), None)

    # Weaker evidence, kept apart so the parser can prefer a date shown in the article header.
    m.url_date = date_from_url(m.url) or date_from_url(url)
    for node in tree.iterfind(".//time"):
        d = parse_date(node.get("datetime")) or parse_date(node.text_content())
        if d:
            m.first_time = d
            break
    if m.section and m.section.startswith("http"):
        m.section = None
    return m

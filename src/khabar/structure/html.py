"""HTML pages into :class:`~khabar.model.Article`: metadata first, then the body, then Arabic.

1. Structured metadata (:mod:`.html_meta`): headline, deck, section, date, authors, canonical URL.
2. Main content (:mod:`.html_body`): the container with the most running text (or the one marked
   ``itemprop=articleBody``), walked in reading order; trafilatura is the fallback when no
   container stands out (see ``docs/html.md`` for why it is not the first choice).
3. The Arabic layer (:mod:`.html_lines`): captions with credits, bylines and datelines at the
   edges of the body and in the article header, related / read-also blocks returned as
   teasers, share bars, tickers and comment notices dropped with a reason.

Site differences live in profiles (``khabar/profiles/*.toml``); nothing here names a site.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from ..model import Article, Byline, Dropped, Media, Page, Teaser
from ..profiles import for_url, site_from_url
from . import register_parser
from .dates import parse_date
from .html_body import AUTHORISH, Item, attrs, find_container, is_texty, junk_reason, walk
from .html_lines import (
    RELATED_KINDS,
    agency,
    block_heading,
    byline_line,
    comment_notice,
    dateline_line,
    dateline_prefix,
    is_furniture,
    place_line,
    read_also_prefix,
    sign_off,
    source_line,
    split_credit,
    split_name_place,
    split_names,
    widget,
)
from .html_meta import Meta, extract_meta
from .lines import cached_fold as fold
from .lines import clean_line as clean
from .lines import vocab_for
from .lines import word_count as words

_SENT_END = (".", "!", "?", "؟", "…", ":")
_DECKISH = re.compile(
    r"sub-?title|subhead|standfirst|excerpt|summary|article[-_]?lead|story[-_]?lead|"
    r"intro|deck|brief|article[-_]?desc|shortdesc",
    re.IGNORECASE,
)
MIN_BODY_CHARS = 150  # less running text than this is not an article (a front page, a stub)
_SHORT_NOTICE = 20  # a notice phrase in a line this short drops it anywhere in the body
_AFTER_BODY_WINDOW = 40  # elements after the body still searched for an author box
_CAPTION_CLASS = ("caption", "img-cap", "figcaption")


def _note(page: Page, msg: str) -> None:
    where = page.source.url or page.source.path or "<html>"
    sys.stderr.write(f"khabar: note: {where}: {msg}\n")


def parse_html_page(page: Page) -> list[Article]:
    """Zero or one article of an HTML page; zero (with a note on stderr) when it has none.

    A bug met on a strange page must not stop a batch of thousands: it is reported as a note
    naming the page, and the page gives no article.
    """
    try:
        return parse_html(page)
    except Exception as e:
        _note(page, f"no article: the HTML parser failed ({type(e).__name__}: {e})")
        return []


_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def parse_html(page: Page) -> list[Article]:
    """:func:`parse_html_page` without the safety net (for tests)."""
    src = page.source
    text = page.content
    if not text or not text.strip():
        _note(page, "no article: the page is empty")
        return []
    # lxml refuses a str that still carries an XML encoding declaration (XHTML pages).
    text = _XML_DECL.sub("", text, count=1)
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as e:
        _note(page, f"no article: the HTML cannot be parsed ({e})")
        return []
    meta = extract_meta(root, src.url)
    if not src.url and meta.url:
        src.url = meta.url
    profile = for_url(src.url)
    site = profile.site or site_from_url(src.url) or meta.site_name
    outlets = tuple(x for x in (meta.site_name, site, *profile.agencies) if x)

    h1 = _headline_element(root, meta.headline, outlets)
    container, score = find_container(root)
    if h1 is None and not meta.headline:
        h1 = _h1_before(root, container)
    headline = _headline(h1, meta, outlets) or _title(root, outlets)
    items: list[Item] = []
    if container is not None and score > 0:
        for part in _body_parts(container):
            items.extend(walk(part))
    if sum(len(it.text) for it in items if is_texty(it)) < MIN_BODY_CHARS:
        fallback = _trafilatura_items(text)
        if sum(len(it.text) for it in fallback if is_texty(it)) >= MIN_BODY_CHARS:
            items, container = fallback, None
            src.notes.append("body found by trafilatura (no container stood out)")
    texty = [it for it in items if is_texty(it)]
    if not items or sum(len(it.text) for it in texty) < MIN_BODY_CHARS:
        _note(page, "no article: no block of running text (a front page, a stub or a cut page)")
        return []
    long_texts = [t for t in texty if words(t.text) >= 12]
    link_heads = [
        it for it in items if it.kind in ("p", "h") and it.link_ratio >= 0.7 and words(it.text) >= 3
    ]
    if not meta.is_article and (
        len(long_texts) < 2 or (len(link_heads) >= 4 and len(link_heads) >= len(long_texts) / 2)
    ):
        _note(page, "no article: the page is a list of teasers (a front page), not a story")
        return []

    art = Article(headline=headline, source=src, site=site)
    _fill_body(art, items, outlets, profile.widgets, profile.block_headings, src.url)
    region = _region(h1, container)
    _header_region(art, root, h1, region, container, headline, outlets, src.url)
    _related_outside(art, root, container, src.url)
    _bylines_from_meta(art, meta, outlets, site)
    art.section = meta.section or _section_from_dom(root)
    art.published = (
        meta.published
        or art.published
        or _date_from_region(region)
        or meta.url_date
        or meta.first_time
    )
    art.deck = art.deck or _deck(meta, art)
    art.id = art.compute_id()
    return [art]


def _body_parts(container: etree._Element) -> list[etree._Element]:
    """The container plus its siblings of the same tag and class: bodies cut in two by an
    advert (``<div class="article-body">…</div><div class="ad"/><div class="article-body">``)."""
    parent = container.getparent()
    key = (container.tag, (container.get("class") or "").strip())
    if parent is None or not key[1]:
        return [container]
    return [
        ch
        for ch in parent
        if ch is container
        or (isinstance(ch.tag, str) and (ch.tag, (ch.get("class") or "").strip()) == key)
    ]


# -- headline ----------------------------------------------------------------------------------
def _headline_element(
    root: etree._Element, meta_headline: str | None, outlets: tuple[str, ...] = ()
) -> etree._Element | None:
    # A logo <h1> holding the site name is not the story's headline.
    names = {fold(o) for o in outlets if o}
    h1s = [
        h
        for h in root.iter("h1")
        if words(clean(h.text_content())) >= 2 and fold(h.text_content()) not in names
    ]
    if not h1s:
        return None
    if meta_headline:
        # Compare without the « - Site» suffix, and with comparable lengths.
        key = fold(strip_site_suffix(meta_headline, outlets))
        for h in h1s:
            hk = fold(h.text_content())
            if not hk:
                continue
            comparable = 0.5 <= len(hk) / max(1, len(key)) <= 2
            if hk == key or (comparable and (hk in key or key in hk or _overlap(hk, key) > 0.6)):
                return h
    if len(h1s) == 1:
        return h1s[0]
    return None


def _h1_before(root: etree._Element, container: etree._Element | None) -> etree._Element | None:
    """With several h1 and no metadata to choose, the last one before the body."""
    if container is None:
        return None
    best = None
    for el in root.iter():
        if el is container:
            break
        if el.tag == "h1" and words(clean(el.text_content())) >= 2:
            best = el
    return best


def _overlap(a: str, b: str) -> float:
    sa, sb = set(a.split()), set(b.split())
    return len(sa & sb) / max(1, min(len(sa), len(sb)))


def _headline(h1: etree._Element | None, meta: Meta, outlets: tuple[str, ...]) -> str | None:
    if h1 is not None:
        return clean(h1.text_content())
    if not meta.headline:
        return None
    return strip_site_suffix(meta.headline, outlets)


def _title(root: etree._Element, outlets: tuple[str, ...]) -> str | None:
    t = root.find(".//title")
    text = clean(t.text_content()) if t is not None else ""
    return strip_site_suffix(text, outlets) if text else None


def strip_site_suffix(title: str, outlets: tuple[str, ...] = ()) -> str:
    """«خبر ما - اليوم السابع» -> «خبر ما»: drop a trailing site name after - | :: »."""
    for sep in (" | ", " - ", " – ", " :: ", " « ", " » "):
        if sep in title:
            head, _, tail = title.rpartition(sep)
            keys = [fold(o) for o in outlets]
            t = fold(tail)
            if (
                head.strip()
                and words(tail) <= 5
                and (any(k and (k in t or t in k) for k in keys) or tail.isascii())
            ):
                return head.strip()
    return title.strip()


# -- body --------------------------------------------------------------------------------------
def _fill_body(
    art: Article,
    items: list[Item],
    outlets: tuple[str, ...],
    extra_widgets: tuple[str, ...],
    extra_headings: tuple[str, ...],
    base: str | None,
) -> None:
    paras: list[str] = []
    it_of: list[Item] = []
    notice_of: list[str | None] = []
    seen_paras: set[str] = set()
    media: list[tuple[Media, int]] = []  # media, index of the raw paragraph it follows (-1)
    related_mode: str | None = None
    headline_key = fold(art.headline or "")
    after_image = False
    last_img = Item("img")
    for it in items:
        if it.kind == "junk":
            if it.el is not None and (it.reason == "related" or _opens_related(it.el)):
                art.related.extend(_teasers_from(it.el, base))
            if it.text:
                art.dropped.append(Dropped(None, it.text[:200], it.reason or "boilerplate"))
            continue
        if it.kind in ("caption", "img"):
            after_image = it.kind == "img" and bool(it.src)
            last_img = it
            cap = _caption_text(it, headline_key)
            if cap:
                after_image = False
                c, credit = split_credit(cap)
                if not credit and it.extra:
                    credit = split_credit(it.extra)[1]
                if c:
                    m = Media(caption=c, credit=credit, role="inline", url=_abs(it.src, base))
                    media.append((m, len(paras) - 1))
            continue
        text = it.text
        if after_image and it.kind == "p" and words(text) <= 40:
            # An unclassed line right under a photo that ends in a credit is its caption.
            c, credit = split_credit(text)
            if credit and c:
                m = Media(caption=c, credit=credit, role="inline", url=_abs(last_img.src, base))
                media.append((m, len(paras) - 1))
                after_image = False
                continue
        after_image = False
        if headline_key and fold(text) == headline_key:
            art.dropped.append(Dropped(None, text[:200], "duplicate"))
            continue
        if (
            not paras
            and art.deck is None
            and it.el is not None
            and _DECKISH.search(attrs(it.el))
            and words(text) >= 5
        ):
            art.deck = text  # a standfirst inside the body container, before the first line
            continue
        kind = block_heading(text, extra_headings)
        if kind and (it.kind == "h" or words(text) <= 4):
            related_mode = kind
            art.dropped.append(Dropped(None, text, "block-heading"))
            continue
        if related_mode:
            teasers = related_mode in RELATED_KINDS  # a «tags» heading opens links to drop
            if it.links and (it.link_ratio >= 0.5 or not is_texty(it)):
                if teasers:
                    for t, href in it.links:
                        if words(t) >= 3:
                            art.related.append(Teaser(headline=t, url=_abs(href, base)))
                else:
                    art.dropped.append(Dropped(None, text[:200], related_mode))
                continue
            if not is_texty(it):
                why = "related" if teasers else related_mode
                art.dropped.append(Dropped(None, text[:200], why))
                continue
            related_mode = None
        ra = read_also_prefix(text)
        if ra and (it.links or words(ra[1]) <= 25):
            url = _abs(it.links[-1][1], base) if it.links else None
            art.related.append(Teaser(headline=ra[1], url=url))
            continue
        w = widget(text, extra_widgets)
        if w:
            art.dropped.append(Dropped(None, text, w))
            continue
        if is_furniture(text):
            art.dropped.append(Dropped(None, text, "boilerplate"))
            continue
        if words(text) <= 10 and not text.endswith(_SENT_END) and parse_date(text):
            art.dropped.append(Dropped(None, text, "date"))  # «الأربعاء، 07 أكتوبر 2020»
            art.published = art.published or parse_date(text)
            continue
        cn = comment_notice(text)
        if cn and words(text) <= _SHORT_NOTICE:
            art.dropped.append(Dropped(None, text[:200], cn))
            continue
        if it.link_ratio > 0.8 and words(text) <= 30:
            # A line that is all link is a pointer to another story, not this one's text.
            art.dropped.append(Dropped(None, text[:200], "link"))
            continue
        key = fold(text)
        if key in seen_paras and (words(text) >= 6 or key == fold(paras[-1])):
            # Pages that ship the body twice (a mobile and a desktop copy, a print version).
            art.dropped.append(Dropped(None, text[:200], "duplicate"))
            continue
        seen_paras.add(key)
        paras.append(text)
        it_of.append(it)
        notice_of.append(cn)

    # Teaser links after the last line of running text (next/previous story, «more» lists).
    while paras and it_of[-1].links and not is_texty(it_of[-1]):
        last = it_of.pop()
        notice_of.pop()
        text = paras.pop()
        art.related.extend(
            Teaser(headline=t, url=_abs(h, base)) for t, h in last.links if words(t) >= 3
        )
        art.dropped.append(Dropped(None, text[:200], "related"))

    # A long notice («الآراء الواردة أدناه…», a comment policy) is dropped only at the end of the
    # body: the same words inside running text are reporting, not furniture.
    tail: list[Dropped] = []
    while paras and notice_of[-1]:
        tail.insert(0, Dropped(None, paras.pop()[:200], notice_of.pop() or "boilerplate"))
        it_of.pop()
    art.dropped.extend(tail)  # in reading order

    alive = [True] * len(paras)
    captions = {fold(m.caption) for m, _ in media}
    for i, p in enumerate(paras):
        if fold(p) in captions or (headline_key and fold(p) == headline_key):
            alive[i] = False
            art.dropped.append(
                Dropped(None, p[:200], "caption" if fold(p) in captions else "duplicate")
            )
    _edge_bylines(art, paras, alive, outlets)

    final_index = []
    n = -1
    for ok in alive:
        n += 1 if ok else 0
        final_index.append(n)
    art.paragraphs = [p for p, ok in zip(paras, alive, strict=True) if ok]
    seen: set[str] = set()
    for m, raw in media:
        key = fold(m.caption)
        if key in seen:
            continue
        seen.add(key)
        if raw < 0 or final_index[raw] < 0:
            m.role, m.after_paragraph = "lead", None
        else:
            m.after_paragraph = final_index[raw]
        art.media.append(m)


def _opens_related(block: etree._Element) -> bool:
    """A furniture block that starts with a related-block heading («اقرأ أيضا»)."""
    for el in block.iter("h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "p", "div"):
        if len(el) <= 2:
            text = clean(el.text_content())
            if text and words(text) <= 6:
                return block_heading(text) in RELATED_KINDS
    return False


def _caption_text(it: Item, headline_key: str) -> str | None:
    text = clean(it.text)
    if not text:
        return None
    key = fold(text)
    if headline_key and (key == headline_key or key in headline_key or headline_key in key):
        return None  # an alt that repeats the headline says nothing about the photo
    # A bare alt is a caption only when it reads like one: words, not a file name.
    if it.kind == "img" and (words(text) < 3 or "." in text.split()[-1] or text.isascii()):
        return None
    return text


def _edge_bylines(
    art: Article, paras: list[str], alive: list[bool], outlets: tuple[str, ...]
) -> None:
    """Bylines and datelines in the first or last lines of the body, moved to ``bylines``."""
    live = [i for i, ok in enumerate(alive) if ok]
    for i in live[:3]:
        p = paras[i]
        b = byline_line(p, outlets) or dateline_line(p, outlets) or place_line(p, outlets)
        if b is None:
            caption, credit = split_credit(p)
            if credit and not caption:
                # «تصوير - أحمد حسن» at the top of the body: the photographer, not text.
                alive[i] = False
                art.dropped.append(Dropped(None, p, "credit"))
                continue
            break
        _add_byline(art, b)
        alive[i] = False
        art.dropped.append(Dropped(None, p, "byline"))
    live = [i for i, ok in enumerate(alive) if ok]
    if live:
        first = live[0]
        got = dateline_prefix(paras[first], outlets)
        if got:
            b, rest = got
            _add_byline(art, b)
            paras[first] = rest.strip()
    for i in reversed(live[-2:]):
        signed = sign_off(paras[i])
        if signed is not None:
            if not any(b.name for b in art.bylines):
                for n in signed:
                    _add_byline(art, Byline(name=n))
            alive[i] = False
            art.dropped.append(Dropped(None, paras[i], "sign-off"))
            continue
        src = source_line(paras[i])
        if src:
            if agency(src) and not any(b.name for b in art.bylines):
                _add_byline(art, Byline(name=src))
            alive[i] = False
            art.dropped.append(Dropped(None, paras[i], "source"))
            continue
        b = byline_line(paras[i], outlets)
        if b is None:
            break
        _add_byline(art, b)
        alive[i] = False
        art.dropped.append(Dropped(None, paras[i], "byline"))


def _add_byline(art: Article, b: Byline) -> None:
    names = split_names(b.name) if b.name else []
    if len(names) > 1:
        for n in names:
            _add_byline(art, Byline(name=n, dateline=b.dateline))
        return
    if b.name:
        key = fold(b.name)
        for old in art.bylines:
            if old.name and fold(old.name) == key:
                old.dateline = old.dateline or b.dateline
                return
    # A dateline alone joins a named byline that has none.
    if not b.name and b.dateline:
        for old in art.bylines:
            if old.name and not old.dateline:
                old.dateline = b.dateline
                return
    for old in art.bylines:
        if not old.name and old.dateline and b.name and not b.dateline:
            old.name = b.name
            return
    art.bylines.append(b)


@cache
def _section_names() -> frozenset[str]:
    return frozenset(fs for fs, _ in vocab_for().sections)  # the tables, no site profile


# -- around the body ---------------------------------------------------------------------------
def _region(h1: etree._Element | None, container: etree._Element | None) -> etree._Element | None:
    """The article block: the smallest element holding both the headline and the body."""
    if container is None:
        return None
    if h1 is None:
        return container.getparent()
    if container in set(h1.iterancestors()):
        return container
    anc = set(container.iterancestors())
    for a in h1.iterancestors():
        if a in anc:
            return None if a.tag in ("html", "body") else a
    return None


def _header_region(
    art: Article,
    root: etree._Element,
    h1: etree._Element | None,
    region: etree._Element | None,
    container: etree._Element | None,
    headline: str | None,
    outlets: tuple[str, ...],
    base: str | None,
) -> None:
    """Lead captions and author lines that sit between the headline and the body."""
    if container is None:
        return
    started = True
    if region is None:
        # Headline and body meet only at <body>: scan from the headline on, not the whole page.
        if h1 is None:
            return
        region, started = root, False
    inside = set(container.iter())
    before = True
    lead: list[Media] = []
    headline_key = fold(headline or "")
    skip: set[etree._Element] = set()
    deck: str | None = None
    after = 0  # elements seen after the body: an author box may follow it, a sidebar may not
    for el in region.iter():
        if not started:
            started = el is h1
            continue
        if el is container:
            before = False
        if el in inside or el in skip or not isinstance(el.tag, str):
            continue
        if not before:
            after += 1
            if after > _AFTER_BODY_WINDOW:
                break
        a = attrs(el)
        is_author = bool(AUTHORISH.search(a)) or (el.get("itemprop") or "").lower() == "author"
        is_author = is_author or (el.get("rel") or "").lower() == "author"
        if is_author:
            text = clean(el.text_content())
            if 0 < words(text) <= 10 and fold(text) not in _section_names():
                # (An «author» box holding only the category link is not a byline.)
                b = byline_line(text, outlets) or split_name_place(text, outlets)
                if b.name or b.dateline:
                    _add_byline(art, b)
                skip.update(el.iter())
                continue
        if junk_reason(el):
            skip.update(el.iter())
            continue
        if before and deck is None and _DECKISH.search(a):
            text = clean(el.text_content())
            if 5 <= words(text) <= 80 and fold(text) != headline_key:
                deck = text
                skip.update(el.iter())
                continue
        if before and (el.tag == "figcaption" or any(c in a.lower() for c in _CAPTION_CLASS)):
            text = clean(el.text_content())
            if text and fold(text) != headline_key:
                c, credit = split_credit(text)
                img = el.getparent().find(".//img") if el.getparent() is not None else None
                src = None if img is None else img.get("src")
                if c:
                    lead.append(Media(caption=c, credit=credit, role="lead", url=_abs(src, base)))
            skip.update(el.iter())
            continue
        if el.tag in ("span", "div", "p", "strong", "b", "a", "em") and len(el) <= 2:
            text = clean(el.text_content())
            if 1 < words(text) <= 8:
                b = byline_line(text, outlets) or place_line(text, outlets)
                if b:
                    _add_byline(art, b)
                    skip.update(el.iter())
                    continue
            if before and 3 <= words(text) <= 40 and fold(text) != headline_key:
                # A photo title over the lead image: unclassed, but it ends in a credit.
                c, credit = split_credit(text)
                if credit and all(fold(m.caption) != fold(c) for m in lead):
                    lead.append(Media(caption=c, credit=credit, role="lead"))
                    skip.update(el.iter())
    have = {fold(m.caption) for m in art.media}
    art.media[:0] = [m for m in lead if fold(m.caption) not in have]
    art.deck = art.deck or deck


def _related_outside(
    art: Article, root: etree._Element, container: etree._Element | None, base: str | None
) -> None:
    """Related / read-also / most-read blocks anywhere on the page, as teasers."""
    inside = set() if container is None else set(container.iter())
    seen = {fold(t.headline) for t in art.related}
    counted: dict[etree._Element, int] = {}
    for el in root.iter("h2", "h3", "h4", "h5", "h6", "p", "span", "div", "a", "strong", "b"):
        if el in inside:
            continue
        # A heading is a shallow element with a short text: test that before building strings.
        if len(el) > 2 or any(len(ch) > 1 for ch in el):
            continue
        raw = el.text_content()
        if not raw or len(raw) > 80:  # the longest heading in the lexicon is ~25 characters
            continue
        text = clean(raw)
        if not text or words(text) > 6 or block_heading(text) not in RELATED_KINDS[:3]:
            continue  # («آخر الأخبار» sidebars are tickers, not stories related to this one)
        block = el
        teasers: list[Teaser] = []
        for _ in range(4):
            block = block.getparent()
            if block is None or block.tag in ("body", "html") or block in inside:
                break
            if block in counted:  # a heading nested in a heading: the same block again
                break
            n = len(_teasers_from(block, base, fill=False))
            counted[block] = n
            if n >= 2:
                teasers = _teasers_from(block, base)
                break
        for t in teasers:
            k = fold(t.headline)
            if k not in seen and k != fold(art.headline or ""):
                seen.add(k)
                art.related.append(t)


def _teasers_from(block: etree._Element, base: str | None, fill: bool = True) -> list[Teaser]:
    # One teaser per story: a card often links twice (the photo, then the title); the link
    # with its own text names the story, an image-only link only stands in when alone.
    chosen: dict[str, tuple[etree._Element, str, bool]] = {}
    for a in block.iter("a"):
        own = clean(a.text_content())
        t = own or clean(a.get("title") or "") or _nearby_title(a)
        if words(t) < 3 or block_heading(t):
            continue
        key = a.get("href") or fold(t)
        if key in chosen and (chosen[key][2] or not own):
            continue
        chosen[key] = (a, t, bool(own))
        if len(chosen) >= 30:
            break
    out: list[Teaser] = []
    seen: set[str] = set()
    for a, t, _ in chosen.values():
        if fold(t) in seen:
            continue
        seen.add(fold(t))
        teaser = Teaser(headline=t, url=_abs(a.get("href"), base))
        if fill:
            _fill_teaser(teaser, a, block, base)
        out.append(teaser)
    return out


_SECTIONISH = re.compile(r"categ|section|(?:^|[\s_-])cat(?:$|[\s_-])|kicker|label", re.I)


def _fill_teaser(
    teaser: Teaser, a: etree._Element, block: etree._Element, base: str | None
) -> None:
    """Summary, section label and image of a teaser, from its card: the largest ancestor of
    the link (below the block) that links to one story only."""
    href = a.get("href")
    card = a
    for _ in range(3):
        parent = card.getparent()
        if parent is None or parent is block:
            break
        if len({x.get("href") for x in parent.iter("a") if x.get("href")} - {href}) > 0:
            break
        card = parent
    if card is a:
        return
    key = fold(teaser.headline)
    for el in card.iter():
        if not isinstance(el.tag, str) or el.tag in ("a", "script", "style"):
            continue
        text = clean(el.text or "")
        if not text or fold(text) == key:
            continue
        if teaser.section is None and words(text) <= 3 and _SECTIONISH.search(attrs(el)):
            teaser.section = text.strip(" :：|-")
        elif (
            teaser.summary is None
            and words(text) >= 6
            and el.tag in ("p", "div", "span")
            and not (words(text) <= 8 and parse_date(text))  # a date stamp is not a summary
        ):
            teaser.summary = text
    img = card.find(".//img")
    if img is not None:
        src = img.get("data-src") or img.get("src")
        alt = clean(img.get("alt") or "")
        if src and words(alt) >= 3 and fold(alt) != key:
            teaser.media.append(Media(caption=alt, url=_abs(src, base)))


def _nearby_title(a: etree._Element) -> str:
    """Headline of a teaser whose link wraps only an image: its alt, else the longest text
    chunk of the enclosing card («التالي» and other widget words left out)."""
    img = a.find(".//img")
    if img is not None and words(clean(img.get("alt") or "")) >= 3:
        return clean(img.get("alt") or "")
    card = a.getparent()
    for _ in range(2):
        if card is None:
            return ""
        chunks = [clean(t) for t in card.itertext()]
        chunks = [c for c in chunks if words(c) >= 3 and not widget(c)]
        if chunks:
            return max(chunks, key=len)
        card = card.getparent()
    return ""


def _bylines_from_meta(
    art: Article, meta: Meta, outlets: tuple[str, ...], site: str | None
) -> None:
    if art.bylines and any(b.name for b in art.bylines):
        return
    site_keys = [fold(x) for x in (site or "", meta.site_name or "") if x]
    for name in meta.authors:
        k = fold(name)
        # «akhbarelyom», «LBCI»: the publisher filed as author says nothing about who wrote it.
        if name.isascii() and " " not in name.strip() and any(k[:4] in s for s in site_keys):
            continue
        _add_byline(art, split_name_place(name, outlets))


def _section_from_dom(root: etree._Element) -> str | None:
    for el in root.iter():
        if isinstance(el.tag, str) and (el.get("itemprop") or "").lower() == "articlesection":
            text = clean(el.text_content()).strip("«»\"' ")
            if text and words(text) <= 4:
                return text
    for el in root.iter("a", "li"):
        # The highlighted entry of the main menu («nav-on», «active») names the section.
        a = attrs(el).lower()
        if re.search(r"(?:^|[\s_-])(?:active|current|selected|nav-on)(?:$|[\s_-])", a):
            text = clean(el.text_content())
            anc = " ".join(attrs(x).lower() + " " + x.tag for x in el.iterancestors())
            if (
                text
                and words(text) <= 4
                and re.search(r"nav|menu", anc)
                and fold(text)
                not in (
                    "الرئيسيه",
                    "الصفحه الرئيسيه",
                )
            ):
                return text
    for el in root.iter():
        if not isinstance(el.tag, str) or "breadcrumb" not in attrs(el).lower():
            continue
        links = [clean(a.text_content()) for a in el.iter("a")]
        links = [t for t in links if t and words(t) <= 4 and fold(t) not in ("الرئيسيه",)]
        if links:
            return links[-1]
    return None


def _date_from_region(region: etree._Element | None) -> str | None:
    """A date shown in the article block: a <time>, or an element classed date/time."""
    if region is None:
        return None
    for el in region.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "time":
            d = parse_date(el.get("datetime")) or parse_date(el.text_content())
            if d:
                return d
        a = attrs(el).lower()
        if ("date" in a or "time" in a) and len(el) <= 3:
            d = parse_date(el.text_content())
            if d:
                return d
    return None


def _deck(meta: Meta, art: Article) -> str | None:
    d = meta.description
    if not d or words(d) < 5 or d.rstrip().endswith(("...", "…")):
        return None
    key = fold(d)
    if any(fold(x) in key for x in (art.site or "", meta.site_name or "") if x):
        return None
    body = fold(" ".join(art.paragraphs[:2]))
    if key[:60] in body or (art.headline and key == fold(art.headline)):
        return None
    return d


def _abs(href: str | None, base: str | None) -> str | None:
    if not href or href.startswith(("javascript:", "#", "data:")):
        return None
    return urljoin(base, href) if base else href


def _trafilatura_items(html: str) -> list[Item]:
    """Paragraphs from trafilatura when our own container search finds nothing."""
    try:
        import trafilatura
    except ImportError:
        return []
    try:
        out = trafilatura.extract(html, include_comments=False, include_tables=False)
    except Exception:  # trafilatura is best effort here; its failure means "no body"
        return []
    return [Item("p", clean(line)) for line in (out or "").splitlines() if clean(line)]


register_parser("html", parse_html_page)

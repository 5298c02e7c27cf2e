"""The DOM passes of the HTML parser: find the body container, walk it in reading order.

The walk turns the container into a flat list of :class:`Item` (paragraph, heading, image,
caption, junk block) in document order, which the Arabic layer in :mod:`.html` then sorts
into paragraphs, media, bylines, related teasers and dropped blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .lines import clean_line as clean
from .lines import word_count as words

BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "tr",
        "td",
        "th",
        "tbody",
        "thead",
        "blockquote",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "nav",
        "figure",
        "figcaption",
        "pre",
        "hr",
        "br",
        "form",
        "main",
        "address",
        "center",
        "details",
        "summary",
    ]
)
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "embed",
        "select",
        "option",
        "button",
        "input",
        "textarea",
        "head",
        "link",
        "meta",
        "canvas",
        "video",
        "audio",
        "map",
        "area",
        "source",
        "picture-source",
    ]
)
HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))

# Class/id words of blocks that are never article text. Long words match anywhere in the
# attribute («NEwShare_Icons», «Les_ST_Comments»), short ones only as whole tokens.
_JUNK_ANY = re.compile(
    r"share|sharing|social|comment|related|recommend|newsletter|subscri|ticker|sidebar|"
    r"widget|advert|outbrain|taboola|speakol|breadcrumb|mostread|most-read|most_read|"
    r"popular|tags|keyword|rating|author-box|authorbox|gpt-ad|adsbygoogle|banner|"
    r"promo|follow|readmore|read-more|read_also|readalso|also-read|inread|teaser|"
    r"we_chose|chose_for_you|footer|menu|navbar|time_to_read|time-to-read|reading-time|readtime|"
    r"pagination|pager|next-prev|prev-next|prev_next|next_article|prev_article",
    re.IGNORECASE,
)
_JUNK_TOKEN = re.compile(r"(?:^|[\s_\-])(?:ad|ads|adv|nav|tag|more|social|cat-list)(?:$|[\s_\-\d])")
_JUNK_REASON = tuple(
    (re.compile(rx), reason)
    for rx, reason in (
        ("comment", "comments"),
        ("shar|social", "share bar"),
        ("newsletter|subscri", "newsletter"),
        ("ticker", "ticker"),
        ("related|recommend|prev|next_article|readalso|read_also|also-read", "related"),
        ("time_to_read|time-to-read|reading-time|readtime", "reading time"),
        (r"(?:^|[\s_-])tags?(?:$|[\s_-])|keyword", "tags"),
        (r"(?:^|[\s_-])(?:ads?|adv|gpt-ad)(?:$|[\s_\d-])|banner|advert|adsbygoogle", "advert"),
    )
)
_CAPTION = re.compile(r"caption|img-cap|imgcap|photo-desc|image-desc|img-desc|legend", re.I)
_BODYISH = re.compile(
    r"article[-_]?body|articlebody|article[-_]?content|article[-_]?text|entry[-_]?content|"
    r"post[-_]?content|story[-_]?body|story[-_]?content|news[-_]?content|news[-_]?text|"
    r"content[-_]?text|details?[-_]?body|main[-_]?text|itemprop-articlebody|longdesc",
    re.IGNORECASE,
)
AUTHORISH = re.compile(r"author|byline|writer|writeby|editor|kateb|reporter|contributor", re.I)


def attrs(el: etree._Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()


def junk_reason(el: etree._Element) -> str | None:
    """Why a block is page furniture, from its class/id/role; None for content."""
    if el.get("itemprop", "").lower() == "articlebody":
        return None
    a = attrs(el)
    role = (el.get("role") or "").lower()
    if role in ("navigation", "complementary", "banner", "contentinfo"):
        return role
    if el.tag in ("nav", "aside", "footer", "form"):
        return el.tag
    if not a:
        return None
    if _JUNK_ANY.search(a) or _JUNK_TOKEN.search(a.lower()):
        low = a.lower()
        for rx, reason in _JUNK_REASON:
            if rx.search(low):
                return reason
        return "boilerplate"
    return None


@dataclass(slots=True)
class Item:
    kind: str  # p | h | img | caption | junk
    text: str = ""
    link_chars: int = 0
    links: list[tuple[str, str]] = field(default_factory=list)  # (text, href)
    src: str | None = None
    reason: str | None = None
    el: etree._Element | None = None
    extra: str = ""  # figure text outside the caption (often the photo credit)

    @property
    def link_ratio(self) -> float:
        return self.link_chars / max(1, len(self.text))


# -- container scoring -------------------------------------------------------------------------
def _own_text(el: etree._Element) -> str:
    parts = [el.text or ""]
    for ch in el:
        if isinstance(ch.tag, str) and ch.tag not in BLOCK_TAGS:
            parts.append(ch.text_content() if ch.tag not in SKIP_TAGS else "")
        parts.append(ch.tail or "")
    return " ".join(parts)


def _link_len(el: etree._Element) -> int:
    return sum(len(a.text_content()) for a in el.iter("a"))


def find_container(root: etree._Element) -> tuple[etree._Element | None, float]:
    """The element holding the article body, and its score (characters of good text).

    ``itemprop=articleBody`` wins unless the text-density winner lies outside it and holds
    more than twice its text (some sites mark only the summary as the article body).
    """
    marked = None
    for el in root.iter():
        if not isinstance(el.tag, str) or (el.get("itemprop") or "").lower() != "articlebody":
            continue
        if len(clean(el.text_content())) >= 150:
            marked = el
            break
    scores: dict[etree._Element, float] = {}
    for el in root.iter("p", "div", "td", "pre", "blockquote", "span", "font", "li"):
        if el.tag in ("div", "td", "span", "font", "li"):
            text = clean(_own_text(el))
            if len(text) < 100:
                continue
            links = sum(len(a.text_content()) for a in el if a.tag == "a")
        else:
            text = clean(el.text_content())
            if len(text) < 25:
                continue
            links = _link_len(el)
        if links / max(1, len(text)) > 0.5:
            continue
        s = len(text) * (1 - links / max(1, len(text)))
        parent = el.getparent()
        if el.tag in ("div", "td", "span", "font"):
            # Text sitting directly in a div (br-separated) is its own container; a run of such
            # divs (one per paragraph) makes their parent the container.
            scores[el] = scores.get(el, 0.0) + s
            if parent is not None:
                scores[parent] = scores.get(parent, 0.0) + s * 0.9
            continue
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + s
        gp = parent.getparent()
        if gp is not None:
            scores[gp] = scores.get(gp, 0.0) + s * 0.4
    best, best_s = None, 0.0
    for el, s in scores.items():
        a = attrs(el)
        if a and _BODYISH.search(a):
            s *= 1.3
        if junk_reason(el):
            s *= 0.3
        if s > best_s:
            best, best_s = el, s
    if marked is not None:
        marked_len = len(clean(marked.text_content()))
        related = best is None or best is marked or marked in set(best.iterancestors())
        related = related or best in set(marked.iterancestors())
        if related or len(clean(best.text_content())) <= 2 * marked_len:
            return marked, float(marked_len)
    return best, best_s


# -- reading-order walk ------------------------------------------------------------------------
class _Walker:
    def __init__(self) -> None:
        self.items: list[Item] = []
        self.buf: list[str] = []
        self.link_chars = 0
        self.links: list[tuple[str, str]] = []
        self.heading = False
        self.block_el: etree._Element | None = None

    def flush(self) -> None:
        text = clean("".join(self.buf))
        if text:
            kind = "h" if self.heading else "p"
            self.items.append(Item(kind, text, self.link_chars, list(self.links), el=self.block_el))
        self.buf, self.link_chars, self.links = [], 0, []

    def add_text(self, s: str | None) -> None:
        if s:
            self.buf.append(s)

    def walk(self, el: etree._Element, top: bool = False) -> None:
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None or tag in SKIP_TAGS:
            return
        if not top:
            reason = junk_reason(el)
            if reason:
                self.flush()
                self.items.append(
                    Item("junk", clean(el.text_content())[:200], reason=reason, el=el)
                )
                return
        if tag == "figure" or (tag != "img" and _CAPTION.search(attrs(el))):
            self.flush()
            self._figure(el)
            return
        if tag == "img":
            self.flush()
            self.items.append(
                Item(
                    "img",
                    clean(el.get("alt") or el.get("title") or ""),
                    src=el.get("src") or el.get("data-src"),
                    el=el,
                )
            )
            return
        if tag == "br":
            self.flush()
            return
        if tag == "a":
            text = el.text_content()
            self.add_text(text)
            self.link_chars += len(clean(text))
            if clean(text):
                self.links.append((clean(text), el.get("href") or ""))
            # Images inside links (teaser thumbnails) still count as images.
            for img in el.iter("img"):
                self.items.append(Item("img", clean(img.get("alt") or ""), src=img.get("src")))
            return
        block = tag in BLOCK_TAGS
        if block:
            self.flush()
            prev_heading, prev_el = self.heading, self.block_el
            self.heading = tag in HEADINGS
            self.block_el = el
        self.add_text(el.text)
        for ch in el:
            self.walk(ch)
            if ch.tail:
                self.add_text(ch.tail)
        if block:
            self.flush()
            self.heading, self.block_el = prev_heading, prev_el

    def _figure(self, el: etree._Element) -> None:
        caps = [c for c in el.iter() if isinstance(c.tag, str) and c.tag == "figcaption"]
        if not caps:
            caps = [
                c
                for c in el.iter()
                if isinstance(c.tag, str) and c is not el and _CAPTION.search(attrs(c))
            ]
        cap = clean(" ".join(c.text_content() for c in caps)) if caps else ""
        extra = ""
        if caps:
            inside = {d for c in caps for d in c.iter()}
            extra = clean(
                " ".join(
                    (d.text or "")
                    for d in el.iter()
                    if isinstance(d.tag, str) and d not in inside and d.tag not in SKIP_TAGS
                )
            )
        img = next((i for i in el.iter("img")), None)
        if not cap and el.tag != "figure":
            cap = clean(el.text_content())
        if not cap and img is not None:
            cap = clean(img.get("alt") or img.get("title") or "")
            kind = "img"
        else:
            kind = "caption"
        src = None if img is None else (img.get("src") or img.get("data-src"))
        self.items.append(Item(kind, cap, src=src, el=el, extra=extra))


def walk(container: etree._Element) -> list[Item]:
    w = _Walker()
    w.walk(container, top=True)
    w.flush()
    return w.items


def is_texty(item: Item) -> bool:
    """A paragraph of running text (not a link list or a label)."""
    return item.kind == "p" and item.link_ratio < 0.5 and words(item.text) >= 4

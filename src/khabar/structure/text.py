"""Plain-text pages into articles.

A plain-text scrape of a news page is a sequence of blocks, one per line: headline, deck,
captions ending in a photo credit, widgets left over from the page (a ``TT`` font-size
toggle), the header printed again, body paragraphs with captions between them, a related-
articles block of teasers, and possibly the next article. The parser classifies each line with
the pure rules of :mod:`khabar.structure.lines`, then walks them with a small state machine:

``START → HEADER → BODY ⇄ RELATED → (next article) HEADER …``

Position decides what a line means: a title-like line is a headline at the start, a deck
right after it, a sub-heading in the body, and a teaser headline in a related block. A new
article is recognised by the header *pattern* that follows a title-like line — the title
printed again, a caption printed twice, or a widget next to a caption — never by
site-specific strings. Full-page scrapes (menus and tickers before the article) are handled
by navigation runs and the page-title headline finder; see docs/text-parser.md.

Every input line ends up in a field or in ``Article.dropped`` with a reason;
``khabar parse --explain`` prints each line's fate (:func:`parse_with_fates`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..model import Article, Byline, Dropped, Media, Page, Teaser
from ..profiles import for_text
from . import register_parser
from .dates import is_date_line, parse_date
from .lines import (
    KEY_PUNCT,
    Vocab,
    block_heading,
    clean_line,
    ends_sentence,
    fold,
    is_boilerplate,
    is_navigation_item,
    is_title_like,
    is_widget,
    parse_byline,
    section_line,
    split_credit,
    split_section,
    vocab_for,
    word_count,
)

# How far ahead (in non-empty lines) a header pattern is looked for after a title-like line.
HEADER_WINDOW = 8
# A title-like line this long, followed directly by a captioned photo, starts an article even
# without a widget; shorter ones are sub-headings over an inline photo.
MIN_HEADLINE_WORDS_FOR_PHOTO_START = 6
# Lines up to this many characters get folded keys (headings, widgets, captions, titles).
SHORT_LINE = 300
# Line kinds that are never content, and the reason they are dropped with.
FURNITURE = {"widget": "widget", "boilerplate": "boilerplate", "date": "date", "noise": "no-text"}
# A headline has at least this many words (a lone section name or time stamp is not one).
MIN_HEADLINE_WORDS = 3
# Running text: a sentence line at least this long. An article after the first needs one
# paragraph of it ending in a full stop; a headline-only "article" is a listing card
# (tickers, most-read boxes with time stamps), and lists of headlines are not prose.
MIN_PROSE_WORDS = 12
# This many menu-like lines in a row are navigation, not content.
NAV_RUN = 3
# The first running-text paragraph is looked for this far into a page.
BODY_SEARCH = 800
# A first line longer than this is running text, not a headline.
MAX_HEADLINE_WORDS = 40


@dataclass(slots=True)
class Line:
    no: int  # 1-based line number in the decoded input
    raw: str
    text: str  # cleaned value
    key: str  # duplicate-detection key
    # empty | widget | noise | boilerplate | heading | date | caption | byline | title | sentence
    kind: str
    heading: tuple[str, str] | None = None
    nav: bool = False  # one item of a run of menu / breadcrumb / tag lines
    caption: tuple[str, str] | None = None
    byline: Byline | None = None


def classify(no: int, raw: str, v: Vocab) -> Line:
    text = clean_line(raw)
    if not text:
        return Line(no, raw, "", "", "empty")
    if len(text) <= SHORT_LINE:
        short = fold(text, clean=True)
        key = KEY_PUNCT.sub("", short)  # == fold_key(text), without folding twice
    else:
        # Long lines are running text: the scrape artefacts that repeat them repeat them
        # exactly, so the cleaned text is the key and the costly folding is skipped.
        short, key = None, text
    if is_widget(text, v, short):
        return Line(no, raw, text, key, "widget")
    if is_date_line(text, v):
        return Line(no, raw, text, key, "date")
    if not _LETTER.search(text):
        return Line(no, raw, text, key, "noise")  # digits, clock times, symbols only
    heading = block_heading(text, v, short)
    if heading:
        return Line(no, raw, text, key, "heading", heading=heading)
    if is_boilerplate(text, v, short):
        return Line(no, raw, text, key, "boilerplate")
    cap = split_credit(text, v)
    if cap:
        return Line(no, raw, text, key, "caption", caption=cap)
    by = parse_byline(text, v, folded=short)
    if by:
        return Line(no, raw, text, key, "byline", byline=by)
    kind = "title" if is_title_like(text, v) else "sentence"
    return Line(no, raw, text, key, kind)


def is_prose(ln: Line) -> bool:
    return ln.kind == "sentence" and word_count(ln.text, MIN_PROSE_WORDS) >= MIN_PROSE_WORDS


def mark_navigation_runs(lines: list[Line], min_run: int = NAV_RUN) -> None:
    """Flag runs of menu-like lines (short items, or «|»-separated items): a site menu, a
    breadcrumb trail or a tag list printed one item per line. Widgets and empty lines do not
    break a run; anything else does."""
    run: list[Line] = []

    def close() -> None:
        if len(run) >= min_run:
            for ln in run:
                ln.nav = True
        run.clear()

    for ln in lines:
        if ln.kind in ("title", "sentence", "byline", "date") and is_navigation_item(ln.text):
            run.append(ln)
        elif ln.kind not in ("widget", "boilerplate", "noise"):
            close()
    close()


@dataclass(slots=True)
class _Builder:
    first_line: int
    headline: str | None = None
    deck: str | None = None
    section: str | None = None
    bylines: list[Byline] = field(default_factory=list)
    media: list[Media] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    related: list[Teaser] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    last_line: int = 0
    header_widget: bool = False
    published: str | None = None
    taken: list[Line] = field(default_factory=list)  # lines used in a field
    paragraph_lines: list[Line] = field(default_factory=list)


@dataclass(slots=True)
class _TeaserBuilder:
    lines: list[Line] = field(default_factory=list)
    headline: str | None = None
    headline_key: str | None = None
    section: str | None = None
    summary: str | None = None
    bylines: list[Byline] = field(default_factory=list)
    media: list[Media] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return bool(self.bylines) or (self.headline is not None and self.summary is not None)


class _Parser:
    def __init__(self, page: Page) -> None:
        self.page = page
        profile = for_text(page.content[:200_000])
        self.v = vocab_for(profile)
        self.site = profile.site
        # Split on \n only (keeping \r-stripping in clean_line) so line numbers match editors.
        raws = page.content.split("\n")
        if raws and raws[-1] == "":
            raws.pop()  # a final newline ends the last line; it does not open a new one
        self.lines = [classify(i, r.rstrip("\r"), self.v) for i, r in enumerate(raws, 1)]
        self.nonempty = [ln for ln in self.lines if ln.kind != "empty"]
        mark_navigation_runs(self.nonempty)
        self.fates: dict[int, str] = {}
        self.builders: list[_Builder] = []
        self.cur: _Builder | None = None
        self.pending: list[Dropped] = []  # drops before the first article starts
        self.pending_section: str | None = None
        self.pending_section_line = 0
        self.pending_published: tuple[str, Line] | None = None
        self._next_empty = 0  # index into self.lines of the next line not yet accounted for

    # -- bookkeeping -------------------------------------------------------------------------
    def drop(self, ln: Line, reason: str) -> None:
        d = Dropped(line=ln.no, text=ln.text or ln.raw, reason=reason)
        self.fates[ln.no] = f"dropped: {reason}"
        if self.cur is None:
            self.pending.append(d)
        else:
            self.cur.dropped.append(d)
            self.cur.last_line = max(self.cur.last_line, ln.no)

    def take(self, ln: Line, fate: str) -> None:
        self.fates[ln.no] = fate
        assert self.cur is not None
        self.cur.last_line = max(self.cur.last_line, ln.no)
        self.cur.taken.append(ln)
        if ln.key:
            self.cur.seen.add(ln.key)

    def flush_empty_until(self, no: int) -> None:
        """Account for the empty lines before line ``no`` (they go to the current article)."""
        while self._next_empty < len(self.lines) and self.lines[self._next_empty].no < no:
            ln = self.lines[self._next_empty]
            if ln.kind == "empty":
                self.drop(ln, "empty")
            self._next_empty += 1
        if self._next_empty < len(self.lines) and self.lines[self._next_empty].no == no:
            self._next_empty += 1

    def start_article(self, ln: Line) -> _Builder:
        self.finish_article()
        self.cur = _Builder(first_line=ln.no, last_line=ln.no)
        if self.pending:
            self.cur.dropped.extend(self.pending)
            self.cur.first_line = min(self.cur.first_line, *(d.line or ln.no for d in self.pending))
            self.pending = []
        if self.pending_published:
            day, dl = self.pending_published
            self.cur.published = day
            self.cur.first_line = min(self.cur.first_line, dl.no)
            self.take(dl, "published")
            self.pending_published = None
        if self.pending_section:
            self.cur.section = self.pending_section
            self.cur.first_line = min(self.cur.first_line, self.pending_section_line)
            self.pending_section = None
        return self.cur

    def finish_article(self) -> None:
        if self.cur is not None:
            self.builders.append(self.cur)
            self.cur = None

    def substantial(self, b: _Builder) -> bool:
        return any(
            word_count(p, MIN_PROSE_WORDS) >= MIN_PROSE_WORDS and p.rstrip(" »\"”')").endswith(".")
            for p in b.paragraphs
        )

    def build_articles(self) -> list[Article]:
        """Articles from the builders; a later "article" with no running text is a listing
        card (a ticker or most-read item with its time stamp), folded back into the article
        before it as dropped lines, so that nothing is lost and no phantom article appears."""
        kept: list[_Builder] = []
        for b in self.builders:
            if kept and not self.substantial(b):
                prev = kept[-1]
                for ln in b.taken:
                    prev.dropped.append(Dropped(line=ln.no, text=ln.text, reason="listing"))
                    self.fates[ln.no] = "dropped: listing"
                prev.dropped.extend(b.dropped)
                prev.last_line = max(prev.last_line, b.last_line)
                continue
            kept.append(b)
        return [self.build(b) for b in kept]

    def trim_trailing_titles(self, b: _Builder) -> None:
        """A body does not end on title-like lines: after the last paragraph of running text,
        headline-like lines are a list of other stories (a box without a heading), a sign-off
        or an app prompt. They go to `dropped`, and photos placed after them move up."""
        if not any(ends_sentence(p, self.v) for p in b.paragraphs):
            return
        while b.paragraphs and not ends_sentence(b.paragraphs[-1], self.v):
            b.paragraphs.pop()
            ln = b.paragraph_lines.pop()
            b.dropped.append(Dropped(line=ln.no, text=ln.text, reason="trailing-title"))
            self.fates[ln.no] = "dropped: trailing-title"
        last = len(b.paragraphs) - 1
        for m in b.media:
            if m.after_paragraph is not None and m.after_paragraph > last:
                m.after_paragraph = last

    def build(self, b: _Builder) -> Article:
        self.trim_trailing_titles(b)
        src = self.page.source
        source = replace(src, line_start=b.first_line, line_end=b.last_line, notes=list(src.notes))
        b.dropped.sort(key=lambda d: d.line or 0)
        return Article(
            headline=b.headline,
            source=source,
            site=self.site,
            deck=b.deck,
            section=b.section,
            published=b.published,
            bylines=b.bylines,
            media=b.media,
            paragraphs=b.paragraphs,
            related=b.related,
            dropped=b.dropped,
        )

    # -- lookahead ---------------------------------------------------------------------------
    def _window(self, k: int) -> list[Line]:
        """The non-sentence lines right after position ``k``: where a header pattern would be."""
        out: list[Line] = []
        for ln in self.nonempty[k + 1 : k + 1 + HEADER_WINDOW]:
            if ln.kind in ("sentence", "heading"):
                break
            out.append(ln)
        return out

    def _sentences_after(self, k: int) -> int:
        """How many running-text lines follow position ``k`` before the next non-sentence."""
        n = 0
        for ln in self.nonempty[k:]:
            if not is_prose(ln):
                break
            n += 1
            if n >= 3:
                break
        return n

    def doubled(self, k: int) -> bool:
        """The line is printed twice in a row: the image-alt + figcaption artefact of scrapes,
        which marks a caption even when it has no credit."""
        nxt = self.nonempty[k + 1] if k + 1 < len(self.nonempty) else None
        ln = self.nonempty[k]
        return nxt is not None and ln.kind in ("title", "sentence") and nxt.key == ln.key

    def _header_pattern(self, k: int, title_repeat: bool = True) -> bool:
        """An article header follows line ``k``: the title printed again, a caption printed
        twice, or a widget next to a caption (the photo block of a header). In a related
        block a teaser may print its headline twice too, so there ``title_repeat`` is off."""
        title = self.nonempty[k]
        win = self._window(k)
        widget = caption = False
        for i, ln in enumerate(win):
            if title_repeat and ln.key == title.key:
                return True
            if ln.kind == "caption":
                if i + 1 < len(win) and win[i + 1].key == ln.key:
                    return True
                caption = True
            widget = widget or ln.kind == "widget"
        return widget and caption

    def starts_article_in_body(self, k: int) -> bool:
        ln = self.nonempty[k]
        if ln.kind != "title" or word_count(ln.text, MIN_HEADLINE_WORDS) < MIN_HEADLINE_WORDS:
            return False
        if self._header_pattern(k):
            return True
        win = self._window(k)
        return (
            bool(win)
            and win[0].kind == "caption"
            and word_count(ln.text) >= MIN_HEADLINE_WORDS_FOR_PHOTO_START
            and self._sentences_after(k + 1 + len(win)) >= 2
        )

    def starts_article_in_block(self, k: int) -> bool:
        """After a teaser: a title-like line starts an article (not a teaser) when a header
        pattern follows it, or when running text follows that is longer than a summary."""
        ln = self.nonempty[k]
        if ln.kind != "title" or word_count(ln.text, MIN_HEADLINE_WORDS) < MIN_HEADLINE_WORDS:
            return False
        if self._header_pattern(k, title_repeat=False):
            return True
        after = k + 1 + len(self._window(k))
        return self._sentences_after(after) >= 2

    # -- the walk ----------------------------------------------------------------------------
    def find_headline_after_preamble(self) -> int | None:
        """Where the headline is when a page opens with navigation (a full-page scrape: menus,
        tickers, breadcrumbs before the article); None when the page starts with its article.

        The page title, usually the first line («العنوان - اسم الموقع»), names the headline:
        its last repetition before the body is the headline. Failing that, the nearest
        headline-like line above the first paragraph of running text."""
        lines = self.nonempty
        limit = min(len(lines), BODY_SEARCH)
        body = next(
            (
                i
                for i in range(limit)
                if lines[i].kind == "sentence" and word_count(lines[i].text, 13) >= 12
            ),
            None,
        )
        if not body or not any(ln.nav for ln in lines[:body]):
            return None
        parts = [p for p in _TITLE_SEP.split(lines[0].text) if word_count(p, 3) >= 3]
        keys = {KEY_PUNCT.sub("", fold(p)) for p in parts}
        matches = [i for i in range(1, body) if lines[i].key in keys]
        if matches:
            i = matches[-1]
            while i > 1 and lines[i - 1].key == lines[i].key:
                i -= 1  # a doubled headline: the first copy
            return i
        for i in range(body - 1, 0, -1):
            ln = lines[i]
            if ln.nav or ln.kind != "title":
                continue
            if word_count(ln.text, 5) >= 4:
                while i > 1 and lines[i - 1].key == ln.key:
                    i -= 1
                return i
        return None

    def run(self) -> list[Article]:
        k = 0
        state = "START"
        n = len(self.nonempty)
        h = self.find_headline_after_preamble()
        if h:
            for ln in self.nonempty[:h]:
                self.flush_empty_until(ln.no)
                # A date stamp between an earlier copy of the title and the headline (the
                # page's own header) is the publication date.
                first_date = ln.kind == "date" and self.pending_published is None
                if first_date and (day := parse_date(ln.text)):
                    self.pending_published = (day, ln)
                    continue
                reason = ln.kind if ln.kind in ("widget", "boilerplate", "date") else "navigation"
                self.drop(ln, reason)
            k = h
        while k < n:
            ln = self.nonempty[k]
            self.flush_empty_until(ln.no)
            if state == "START":
                state, consumed = self.on_start(k, ln)
                k += consumed
                continue
            if state == "HEADER":
                state = self.on_header(k, ln)
                if state == "BODY*":  # the line was not part of the header: reprocess in BODY
                    state = "BODY"
                    continue
                k += 1
                continue
            if state == "BODY":
                state = self.on_body(k, ln)
                k += 1
                continue
            if state == "RELATED":
                k, state = self.on_related(k)
                continue
        self.flush_empty_until(10**12)
        if self.cur is None and (self.pending or self.lines):
            # Nothing but furniture (or nothing at all): still one article, so nothing is lost.
            first = self.lines[0] if self.lines else Line(1, "", "", "", "empty")
            self.cur = _Builder(
                first_line=first.no, last_line=self.lines[-1].no if self.lines else 1
            )
            self.cur.dropped.extend(self.pending)
            self.pending = []
        self.finish_article()
        return self.build_articles()

    def on_start(self, k: int, ln: Line) -> tuple[str, int]:
        """Before the first article: furniture, a section line, then the headline.
        Returns the next state and whether the line was consumed."""
        v = self.v
        if ln.kind in FURNITURE:
            self.drop(ln, FURNITURE[ln.kind])
            return "START", 1
        sec = section_line(ln.text, v)
        if sec and self.pending_section is None:
            self.pending_section = sec
            self.pending_section_line = ln.no
            self.fates[ln.no] = "section"
            return "START", 1
        b = self.start_article(ln)
        if ln.kind == "heading":
            self.open_block(ln)
            return "RELATED", 1
        if ln.kind == "caption":
            self.add_media(ln)
            return "HEADER", 1
        if ln.kind == "sentence" and self.running_text_start(k, ln):
            return "BODY", 0  # no headline: the page starts with running text
        b.headline = ln.text
        self.take(ln, "headline")
        return "HEADER", 1

    def running_text_start(self, k: int, ln: Line) -> bool:
        """A first line that ends a sentence is a headline only when short and followed by a
        header (caption, widget, title), never when running text follows it."""
        if word_count(ln.text, MAX_HEADLINE_WORDS + 1) > MAX_HEADLINE_WORDS:
            return True
        nxt = self.nonempty[k + 1] if k + 1 < len(self.nonempty) else None
        return nxt is None or nxt.kind == "sentence" or word_count(ln.text, 21) > 20

    def furniture(self, ln: Line, header: bool) -> bool:
        """Handle a line that is never content: the first date of a header becomes
        `published`; widgets, boilerplate, other dates, text-less lines and navigation are
        dropped. Returns whether the line was handled."""
        b = self.cur
        assert b is not None
        if header and ln.kind == "date" and b.published is None and (day := parse_date(ln.text)):
            b.published = day
            self.take(ln, "published")
            return True
        if ln.kind in FURNITURE:
            self.drop(ln, FURNITURE[ln.kind])
            return True
        if ln.nav:
            self.drop(ln, "navigation")
            return True
        return False

    def on_header(self, k: int, ln: Line) -> str:
        b = self.cur
        assert b is not None
        if ln.kind == "widget":
            b.header_widget = True
            self.drop(ln, "widget")
            return "HEADER"
        if self.furniture(ln, header=True):
            return "HEADER"
        if ln.key in b.seen:
            self.drop(ln, "duplicate")
            return "HEADER"
        if ln.kind == "heading":
            self.open_block(ln)
            return "RELATED"
        if ln.kind == "caption" or self.doubled(k):
            self.add_media(ln)
            return "HEADER"
        byline = ln.byline or parse_byline(ln.text, self.v, allow_colon=True)
        if byline:
            b.bylines.append(byline)
            self.take(ln, f"byline[{len(b.bylines) - 1}]")
            return "HEADER"
        sec = section_line(ln.text, self.v)
        if sec and b.section is None and not b.media:
            b.section = sec
            self.take(ln, "section")
            return "HEADER"
        if b.deck is None and not b.media and not b.header_widget and b.headline is not None:
            nxt = self.nonempty[k + 1] if k + 1 < len(self.nonempty) else None
            header_follows = nxt is not None and nxt.kind in ("caption", "widget")
            long_enough = word_count(ln.text, 4) >= 4
            if long_enough and (ln.kind == "title" or (ln.kind == "sentence" and header_follows)):
                b.deck = ln.text
                self.take(ln, "deck")
                return "HEADER"
        if ln.kind == "title" and is_navigation_item(ln.text) and not b.paragraphs:
            # A stray short line in the header (a photo label, an author name with no cue):
            # kept visible in `dropped`, out of the body.
            self.drop(ln, "header-fragment")
            return "HEADER"
        return "BODY*"

    def on_body(self, k: int, ln: Line) -> str:
        b = self.cur
        assert b is not None
        if self.furniture(ln, header=not b.paragraphs):
            return "BODY"
        if ln.kind == "heading":
            self.open_block(ln)
            return "RELATED"
        if ln.key in b.seen:
            self.drop(ln, "duplicate")
            return "BODY"
        if self.doubled(k) and not any(w.kind == "widget" for w in self._window(k + 1)):
            self.add_media(ln)
            return "BODY"
        if self.starts_article_in_body(k):
            nb = self.start_article(ln)
            nb.headline = ln.text
            self.take(ln, "headline")
            return "HEADER"
        if ln.kind == "caption":
            self.add_media(ln)
            return "BODY"
        byline = ln.byline
        if byline is None and not b.paragraphs:
            byline = parse_byline(ln.text, self.v, allow_colon=True)
        if byline:
            b.bylines.append(byline)
            self.take(ln, f"byline[{len(b.bylines) - 1}]")
            return "BODY"
        b.paragraphs.append(ln.text)
        b.paragraph_lines.append(ln)
        self.take(ln, f"paragraph[{len(b.paragraphs) - 1}]")
        return "BODY"

    def add_media(self, ln: Line) -> None:
        b = self.cur
        assert b is not None
        cap, credit = ln.caption or (ln.text, None)
        if b.paragraphs:
            m = Media(
                caption=cap, credit=credit, role="inline", after_paragraph=len(b.paragraphs) - 1
            )
        else:
            m = Media(caption=cap, credit=credit, role="lead")
        b.media.append(m)
        self.take(ln, f"media[{len(b.media) - 1}] ({m.role} caption)")

    # -- related blocks ----------------------------------------------------------------------
    def open_block(self, ln: Line) -> None:
        assert self.cur is not None and ln.heading is not None
        self.block_kind, rest = ln.heading
        if rest:
            # «اقرأ أيضاً: عنوان …» — heading and one teaser on the same line.
            t = Teaser(headline=rest)
            self.cur.related.append(t)
            self.take(ln, f"related[{len(self.cur.related) - 1}].headline (inline heading)")
        else:
            self.drop(ln, "block-heading")

    def on_related(self, k: int) -> tuple[int, str]:
        """Consume teasers from position ``k``; return where the block ended and the next state."""
        b = self.cur
        assert b is not None
        v = self.v
        rich_ok = self.block_kind != "read-also"
        t: _TeaserBuilder | None = None
        n = len(self.nonempty)

        def close() -> None:
            nonlocal t
            if t is not None:
                self.close_teaser(t)
            t = None

        while k < n:
            ln = self.nonempty[k]
            self.flush_empty_until(ln.no)
            at_boundary = t is None or t.complete
            if ln.kind in FURNITURE:
                self.drop(ln, FURNITURE[ln.kind])
                k += 1
                continue
            if self.block_kind == "tags" and ln.kind != "heading":
                if is_navigation_item(ln.text):
                    self.drop(ln, "tags")
                    k += 1
                    continue
                return k, "BODY"
            if ln.nav or (ln.kind == "title" and word_count(ln.text, 3) <= 2):
                self.drop(ln, "navigation")
                k += 1
                continue
            if ln.kind == "heading":
                close()
                self.open_block(ln)
                rich_ok = self.block_kind != "read-also"
                k += 1
                continue
            if t is not None and ln.key and ln.key == t.headline_key:
                self.drop(ln, "duplicate")
                k += 1
                continue
            if at_boundary and ln.kind == "title" and self.starts_article_in_block(k):
                close()
                nb = self.start_article(ln)
                nb.headline = ln.text
                self.take(ln, "headline")
                return k + 1, "HEADER"
            if ln.kind == "caption":
                cap, credit = ln.caption  # type: ignore[misc]
                if t is None or t.complete or t.bylines:
                    close()
                    t = _TeaserBuilder()
                section, cap = split_section(cap, v)
                if section and t.section is None:
                    t.section = section
                t.media.append(Media(caption=cap, credit=credit, role="lead"))
                t.lines.append(ln)
                k += 1
                continue
            if ln.kind == "byline" and t is not None:
                assert ln.byline is not None
                t.bylines.append(ln.byline)
                t.lines.append(ln)
                k += 1
                continue
            if ln.kind in ("title", "byline"):
                if t is None or t.headline is not None:
                    close()
                    t = _TeaserBuilder()
                t.headline, t.headline_key = strip_list_marker(ln.text), ln.key
                t.lines.append(ln)
                k += 1
                continue
            # Running text: a teaser's summary when the teaser pattern goes on after it;
            # otherwise the block is over and the article's body resumes.
            if t is not None and t.headline is not None and t.summary is None:
                nxt = self.nonempty[k + 1] if k + 1 < n else None
                # In a read-also block inside the body, running text is the body going on
                # unless a byline or photo shows the teaser pattern continuing.
                follows = (
                    {"byline", "caption", "heading", "title", "widget"}
                    if rich_ok
                    else {"byline", "caption"}
                )
                if (nxt is None and rich_ok) or (nxt is not None and nxt.kind in follows):
                    t.summary = ln.text
                    t.lines.append(ln)
                    k += 1
                    continue
            close()
            return k, "BODY"
        close()
        return k, "BODY"

    def close_teaser(self, t: _TeaserBuilder) -> None:
        b = self.cur
        assert b is not None
        headline = t.headline or t.summary
        if headline is None:
            # A photo with no teaser text: keep it visible as a drop rather than invent a teaser.
            for ln in t.lines:
                self.drop(ln, "related-incomplete")
            return
        summary = t.summary if t.headline else None
        b.related.append(
            Teaser(
                headline=headline,
                section=t.section,
                summary=summary,
                bylines=t.bylines,
                media=t.media,
            )
        )
        i = len(b.related) - 1
        for ln in t.lines:
            part = (
                "headline"
                if ln.text == headline
                else "summary"
                if ln.text == summary
                else "byline"
                if ln.kind == "byline"
                else "media"
                if ln.kind == "caption"
                else "text"
            )
            self.take(ln, f"related[{i}].{part}")


_LETTER = re.compile(r"[^\W\d_]")
_TITLE_SEP = re.compile(r"\s+[-|–—]\s+|\s*\|\s*")
_LIST_MARKER = re.compile(r"^\s*(?:[0-9\u0660-\u0669]{1,3}\s*[-.)–]|[•▪●■*-])\s+")


def strip_list_marker(text: str) -> str:
    """«1. الأهلي يتعاقد …» -> «الأهلي يتعاقد …»: numbered most-read lists and bullets."""
    return _LIST_MARKER.sub("", text, count=1)


def parse_with_fates(page: Page) -> tuple[list[Article], dict[int, str], list[Line]]:
    p = _Parser(page)
    arts = p.run()
    return arts, p.fates, p.lines


def parse_text_page(page: Page) -> list[Article]:
    return parse_with_fates(page)[0]


register_parser("text", parse_text_page)

"""Rules for one line of a page: pure functions over a string and a :class:`Vocab`.

These decide what a single block of text *is* — a widget, a block heading, a caption with a
photo credit, a byline, a title-like line or running text — using the vocabularies in
``khabar/lexicons`` and the site profile. The page-level parsers (plain text, HTML) combine
these answers with the line's position.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from .. import lexicons
from ..model import Byline
from ..profiles import Profile, default_profile
from ..text.normalize import (
    ALEF_FORMS,
    ALEF_MAQSURA,
    DIACRITICS,
    DIGITS,
    FARSI_FORMS,
    HAMZA_FORMS,
    INVISIBLE,
    TAA_MARBUTA,
    TATWEEL,
)

# -- cleaning and folding ------------------------------------------------------------------

# The character rules are the text layer's (one definition of what folds to what); they are
# applied here with regexes and str.replace, not str.translate with a dict table: translate
# walks a Python dict per character and was the parser's hot spot. tests/test_lines.py checks
# that fold() and khabar.text.normalize agree on every string.
_INVISIBLE_CLASS = "[" + "".join(sorted(INVISIBLE)) + "]"
_INVISIBLE = re.compile(_INVISIBLE_CLASS + "+")
_HAS_INVISIBLE = re.compile(_INVISIBLE_CLASS)
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def clean_line(line: str) -> str:
    """The value a field gets: invisible marks removed, every run of spaces (no-break spaces
    included) made one space, no leading or trailing space."""
    if not line:
        return ""
    if _HAS_INVISIBLE.search(line):
        line = _INVISIBLE.sub("", line)
    return _SPACES.sub(" ", line).strip()


# Harakat and the other combining marks (maddah, hamza above/below), dagger alef, Quranic
# annotation signs, tatweel.
_DIACRITICS = re.compile("[" + "".join(sorted(DIACRITICS | {TATWEEL})) + "]+")
# Alef/hamza forms, hamza on waw/ya, alef maqsura, taa marbuta, Persian letter forms.
_LETTERS: tuple[tuple[str, str], ...] = tuple(
    (a, b)
    for table in (
        FARSI_FORMS,
        ALEF_FORMS,
        HAMZA_FORMS,
        ALEF_MAQSURA,
        TAA_MARBUTA,
    )
    for a, b in table.items()
)


_INDIC_DIGIT = re.compile("[" + "".join(DIGITS) + "]")
ASCII_DIGITS = str.maketrans("".join(DIGITS), "".join(DIGITS.values()))
_DOT_SPACE = re.compile(r"\s*\.\s*")


def fold(s: str, *, clean: bool = False) -> str:
    """A matching key: diacritics and tatweel removed, alef/hamza, ya and taa marbuta forms
    folded, digits made ASCII, spaces around dots removed, case folded, one space.
    ``clean=True`` says ``s`` came from :func:`clean_line` (skips work already done)."""
    if not clean:
        s = _INVISIBLE.sub("", s)
    if clean:
        n = len(s)
        s = _DIACRITICS.sub("", s)
        if len(s) != n and ("  " in s or s[:1] == " " or s[-1:] == " "):
            clean = False  # a mark standing alone between spaces left two spaces behind
    else:
        s = _DIACRITICS.sub("", s)
    for a, b in _LETTERS:
        if a in s:
            s = s.replace(a, b)
    if _INDIC_DIGIT.search(s):
        s = s.translate(ASCII_DIGITS)
    if clean:
        if "." in s:
            s = _DOT_SPACE.sub(".", s)
        return s.casefold()
    s = _DOT_SPACE.sub(".", s)
    return _SPACES.sub(" ", s).strip().casefold()


# The HTML parser folds the same short strings (names, headlines, captions) many times per
# page; the plain-text parser folds each line once and calls :func:`fold` directly.
cached_fold = lru_cache(maxsize=16384)(fold)


# Punctuation that varies between two printings of the same line (and the spaces).
KEY_PUNCT = re.compile(
    "[\\s!-/:-@\\[-`{-~\u00a0-\u00bf\u060c\u061b\u061f\u066a-\u066d\u06d4"
    "\u2010-\u2027\u2030-\u205e]+"
)


def fold_key(s: str) -> str:
    """A duplicate-detection key: :func:`fold` without punctuation and spaces, so that the same
    caption printed with and without a final full stop still counts as the same line."""
    return KEY_PUNCT.sub("", fold(s))


# -- vocabularies ----------------------------------------------------------------------------
# One loader per table, folded once, shared by both parsers (the HTML rules use them as they
# are; :func:`vocab_for` adds a site profile's own entries).


@cache
def agency_names() -> dict[str, str]:
    """Folded spelling of a news or photo agency -> its canonical name («أ ف ب» -> AFP)."""
    return {fold(r["spelling"]).strip(" ."): r["canonical"] for r in lexicons.table("agencies")}


@cache
def heading_kinds() -> dict[str, str]:
    """Folded block heading («اقرأ أيضاً») -> the kind of block it opens."""
    return {fold(r["heading"]): r["kind"] for r in lexicons.table("block_headings")}


@cache
def widget_kinds() -> dict[str, str]:
    """Folded widget token («شارك») -> what piece of page furniture it is."""
    return {fold(r["token"]): r["what"] for r in lexicons.table("widgets")}


@cache
def credit_openers() -> tuple[str, ...]:
    """Folded words a photo credit starts with («تصوير», «المصدر»)."""
    return tuple(fold(o) for o in lexicons.column("credit_openers"))


@cache
def credit_qualifiers() -> frozenset[str]:
    """Folded words a credit may add to an agency («أرشيفية», «خاص»)."""
    return frozenset(fold(q) for q in lexicons.column("credit_qualifiers"))


@cache
def month_names() -> tuple[tuple[str, int], ...]:
    """Folded Gregorian month names of ``months.tsv`` (all three naming systems) with their
    numbers, longest first so «تشرين الثاني» is tried before any shorter name it contains."""
    rows = {(fold(r["form"]), int(r["month"])) for r in lexicons.table("months")}
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r[0])))


@cache
def byline_cues() -> tuple[str, ...]:
    """Folded byline cues («كتب», «بقلم»), longest first so «أجرى الحوار» wins over «حوار»."""
    return tuple(sorted((fold(c) for c in lexicons.column("byline_cues")), key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class Vocab:
    """Every word list the line rules use, folded once, for one site profile."""

    profile: Profile
    agencies: frozenset[str]
    qualifiers: frozenset[str]
    credit_openers: tuple[str, ...]
    block_headings: dict[str, str]  # folded heading -> kind
    widgets: dict[str, str]  # folded token -> what (the profile's own: "widget")
    boilerplate: tuple[str, ...]  # folded phrases a line starts with
    boilerplate_anywhere: tuple[str, ...]  # folded phrases a short line contains
    byline_cues: tuple[str, ...]
    byline_cue_initials: tuple[str, ...]  # first letters of the cues: a cheap pre-check
    sections: tuple[tuple[str, str], ...]  # (folded, original), longest first
    sentence_end: frozenset[str]
    date_words: frozenset[str]
    media_markers: frozenset[str]


@cache
def vocab_for(profile: Profile | None = None) -> Vocab:
    p = profile or default_profile()
    agencies = set(agency_names()) | {fold(a) for a in p.agencies}
    headings = dict(heading_kinds())
    headings.update({fold(h): "related" for h in p.block_headings})
    widgets = {fold(w): "widget" for w in p.widgets}
    widgets.update(widget_kinds())  # the table's kind wins over the profile's plain "widget"
    secs = {fold(s): s for s in (*lexicons.column("sections"), *p.sections)}
    cues = byline_cues()
    return Vocab(
        profile=p,
        agencies=frozenset(agencies),
        qualifiers=credit_qualifiers(),
        credit_openers=credit_openers(),
        block_headings=headings,
        widgets=widgets,
        boilerplate=tuple(
            fold(r["phrase"]) for r in lexicons.table("boilerplate") if r["match"] == "prefix"
        ),
        boilerplate_anywhere=tuple(
            fold(r["phrase"]) for r in lexicons.table("boilerplate") if r["match"] == "contains"
        ),
        byline_cues=cues,
        byline_cue_initials=tuple({c[0] for c in cues}),
        sections=tuple(sorted(secs.items(), key=lambda kv: -len(kv[0]))),
        sentence_end=frozenset(lexicons.column("sentence_end")),
        # Month names come from months.tsv, the other date words from date_words.tsv.
        date_words=frozenset(
            {fold(w) for w in lexicons.column("date_words")}
            | {w for name, _ in month_names() for w in name.split()}
        ),
        media_markers=frozenset(fold(w) for w in lexicons.column("media_markers")),
    )


# -- single-line rules -----------------------------------------------------------------------

# Only the tail of a line can hold a credit or a byline place; looking at a bounded tail keeps
# every rule linear even on a 50 MB single-line input.
_TAIL = 240
# A caption is a sentence or two; a longer block ending in «(رويترز)» is a wire story's text.
MAX_CAPTION_WORDS = 80
_FINAL_PAREN = re.compile(r"\(([^()]{1,120})\)\s*$")
_CREDIT_SPLIT = re.compile(r"\s*(?:-|–|—|/|،|,|\|)\s*")
_LATIN_CREDIT = re.compile(r"^[A-Za-z][A-Za-z .&/'-]{0,40}$")
_LATIN_CREDIT_HEAD = re.compile(r"(?i)^(photo|credit|image|getty|afp|reuters|ap)\b")


def word_count(s: str, limit: int = 10_000) -> int:
    """Words in ``s``, counted up to ``limit`` (``limit + 1`` means "more than limit")."""
    return len(s.split(None, limit))


# Punctuation and spaces a heading or widget line may carry at either edge («اقرأ أيضاً:»,
# «| شارك |»).
EDGE_PUNCT = " \t:：-–—|/\\.,،؛;«»\"'()[]{}…"


def heading_kind(line: str, headings: Mapping[str, str], folded: str | None = None) -> str | None:
    """The kind of block a whole line opens when it is a known heading, else None.
    ``headings`` maps folded headings to kinds (:func:`heading_kinds`, ``Vocab.block_headings``).
    A table entry may itself end in punctuation («المزيد...»), so the less trimmed keys are
    tried too."""
    f = folded or fold(line)
    key = f.strip(EDGE_PUNCT)
    kind = headings.get(key)
    if kind is None and key != f:  # hot path: most lines carry no edge punctuation
        kind = headings.get(f.rstrip(" :：-–—")) or headings.get(f)
    return kind


def widget_kind(line: str, widgets: Mapping[str, str], folded: str | None = None) -> str | None:
    """What piece of page furniture a whole line is (share bar, tags…), else None; also a
    labelled tag list «الكلمات المفتاحية: غزة، مصر». ``widgets`` maps folded tokens to kinds."""
    f = folded or fold(line)
    key = f.strip(EDGE_PUNCT)
    if not key:
        return None
    what = widgets.get(key)
    if what is None and key != f:
        what = widgets.get(f)  # «A+ A-» ends in what EDGE_PUNCT trims
    if what is None and ":" in key:
        label = key.split(":", 1)[0].strip()
        if widgets.get(label) == "tags":
            what = "tags"
    return what


def is_widget(line: str, v: Vocab, folded: str | None = None) -> bool:
    return len(line) <= 40 and widget_kind(line, v.widgets, folded) is not None


def is_boilerplate(line: str, v: Vocab, folded: str | None = None) -> bool:
    if len(line) > 160:
        return False
    f = folded or fold(line)
    return f.startswith(v.boilerplate) or any(b in f for b in v.boilerplate_anywhere)


def block_heading(line: str, v: Vocab, folded: str | None = None) -> tuple[str, str] | None:
    """``(kind, rest)`` when the line opens a related/read-also block. ``rest`` is the text after
    a heading written inline («اقرأ أيضاً: عنوان …»), else empty."""
    if len(line) > 300:
        return None
    kind = heading_kind(line, v.block_headings, folded)
    if kind:
        return kind, ""
    for sep in (":", " - ", " – "):
        head, found, rest = line.partition(sep)
        if found and rest.strip():
            hf = fold(head).rstrip()
            if hf in v.block_headings:
                return v.block_headings[hf], rest.strip()
    return None


def is_credit(inner: str, v: Vocab | None = None) -> bool:
    """Whether a caption's final parenthesis or trailing part is a photo credit, not a gloss
    or aside: «رويترز», «أ ف ب - أرشيفية», «تصوير: أحمد», «من حساب الوزارة على إكس», «AFP».
    ``v`` defaults to the tables alone (no site profile)."""
    v = v or vocab_for()
    f = fold(inner).strip(EDGE_PUNCT)
    if not f:
        return False
    if f in v.agencies or f in v.qualifiers:
        return True
    if any(f == o or f.startswith(o + " ") or f.startswith(o + ":") for o in v.credit_openers):
        return True
    raw = _CREDIT_SPLIT.split(f)
    if len(raw) > 1:  # «أ ف ب - أرشيفية», «تصوير: … / رويترز»
        parts = [q for q in (p.strip(EDGE_PUNCT) for p in raw) if q]
        several = len(parts) > 1
        if parts and all(
            p in v.agencies or p in v.qualifiers or (several and p.startswith(v.credit_openers))
            for p in parts
        ):
            return True
    # Latin credits («AFP», «Getty Images», «Photo: AP») on Arabic pages.
    s = inner.strip()
    if _LATIN_CREDIT.match(s) and word_count(s) <= 4:
        return True
    return bool(_LATIN_CREDIT_HEAD.match(s.strip(EDGE_PUNCT)))


def split_credit(line: str, v: Vocab, *, open_credits: bool = True) -> tuple[str, str] | None:
    """``(caption, credit)`` when the line ends in a parenthesised photo credit.

    Besides the known credits (agencies, qualifiers, credit openers), an *open* credit is a
    short parenthesis closing a line that reads as a caption: at least four words before it,
    no sentence-final punctuation, and not a month gloss, a media marker or a byline place
    («… خلال جلسة لمجلس الأمن (الأمم المتحدة)»)."""
    tail_start = max(0, len(line) - _TAIL)
    m = _FINAL_PAREN.search(line, tail_start)
    if not m:
        return None
    inner = m.group(1).strip()
    caption = line[: m.start()].rstrip()
    n = word_count(caption, MAX_CAPTION_WORDS + 1)
    if n < 2 or n > MAX_CAPTION_WORDS:
        return None
    if is_credit(inner, v):
        return caption, inner
    if open_credits and n >= 4 and _open_credit(caption, inner, v):
        return caption, inner
    return None


def _open_credit(caption: str, inner: str, v: Vocab) -> bool:
    if word_count(inner, 6) > 5 or ends_sentence(caption, v) or caption.endswith(":"):
        return False
    if any(c.isdigit() for c in inner) or any(c in inner for c in '«»"“”:؛،'):
        return False
    words = fold(inner).split()
    # Month glosses («مارس (آذار)»), weekday or time words, and media markers («(فيديو)»).
    if all(w in v.date_words for w in words) or any(w in v.media_markers for w in words):
        return False
    # Credits name an institution or outlet («الأمم المتحدة», «قناة الجزيرة»); a bare name
    # in parentheses is a gloss («صواريخ (باتريوت)»).
    return any(w.startswith("ال") and len(w) > 3 for w in words)


_GUILLEMETS = '«»"“”'
_BYLINE_PAREN = re.compile(r"^(?P<name>[^()]{2,80}?)\s*\((?P<place>[^()]{2,40})\)$")


def _plausible_name(s: str, max_words: int = 5) -> bool:
    if not s or any(c in s for c in ".!?؟:؛،") or any(c.isdigit() for c in s):
        return False
    return 1 <= word_count(s) <= max_words


def parse_byline(
    line: str, v: Vocab, *, allow_colon: bool = False, folded: str | None = None
) -> Byline | None:
    """A byline line: «هبة القدسي (واشنطن)», «الشرق الأوسط» (بروكسل), «كتب: أحمد علي»,
    «بقلم محمد سعيد - القاهرة»; with ``allow_colon`` also «موسكو: رائد جبر» (only safe in an
    article header, where «هاريس: …» headlines do not occur)."""
    if len(line) > 120:
        return None
    m = _BYLINE_PAREN.match(line)
    if m:
        name, place = m.group("name").strip(), m.group("place").strip()
        if is_credit(place, v) or not _plausible_name(place, 3):
            return None
        bare = name.strip(_GUILLEMETS + " ")
        if _plausible_name(bare):
            return Byline(name=bare, dateline=place)
        return None
    f = folded or fold(line)
    cue = byline_cue(f, v.byline_cues) if f.startswith(v.byline_cue_initials) else None
    if cue:
        # Cut as many words from the original as the folded cue has.
        rest = after_words(line, len(cue.split())).strip(" :-–—")
        name, dateline = _name_and_place(rest)
        if name and _plausible_name(name):
            return Byline(name=name, dateline=dateline)
        return None
    if allow_colon:
        head, found, tail = line.partition(":")
        if found and _plausible_name(head, 2) and _plausible_name(tail.strip(), 4):
            return Byline(name=tail.strip().strip(_GUILLEMETS), dateline=head.strip())
        # «حسام أبو العلا - القاهرة»: the name, then the place; but an outlet in guillemets
        # is the name whichever side it stands on («بيروت - «الشرق الأوسط»»).
        for sep in (" - ", " – ", " — "):
            name, found, place = (x.strip() for x in line.partition(sep))
            if place[:1] in _GUILLEMETS and name[:1] not in _GUILLEMETS:
                name, place = place, name
            if found and _plausible_name(name, 4) and _plausible_name(place, 2):
                return Byline(name=name.strip(_GUILLEMETS), dateline=place)
    return None


# What may follow a byline cue: it must be a whole word («كتبا كثيرة» is not «كتب»).
_CUE_END = " :：-–/"


def byline_cue(folded: str, cues: tuple[str, ...] | None = None) -> str | None:
    """The byline cue («كتب», «بقلم», «أجرى الحوار») a folded line opens with, as a whole
    word, or None. ``cues``: folded, longest first (default: the table's)."""
    for cue in cues if cues is not None else byline_cues():
        if folded.startswith(cue) and len(folded) > len(cue) and folded[len(cue)] in _CUE_END:
            return cue
    return None


def after_words(s: str, n: int) -> str:
    """``s`` without its first ``n`` words and the spaces after them."""
    parts = s.split(None, n)
    return parts[n] if len(parts) > n else ""


def _name_and_place(rest: str) -> tuple[str, str | None]:
    for sep in (" - ", " – ", " — ", "، "):
        name, found, place = rest.partition(sep)
        if found and _plausible_name(place.strip(), 3):
            return name.strip().strip(_GUILLEMETS), place.strip()
    m = _BYLINE_PAREN.match(rest)
    if m:
        return m.group("name").strip().strip(_GUILLEMETS), m.group("place").strip()
    return rest.strip().strip(_GUILLEMETS), None


def split_section(text: str, v: Vocab) -> tuple[str | None, str]:
    """A known section name glued before a teaser caption.

    «أوروبا جنود أوكرانيون …» -> («أوروبا», «جنود أوكرانيون …»).
    """
    f = fold(text)
    for fs, _ in v.sections:
        if f.startswith(fs + " "):
            n = len(fs.split())
            words = text.split()
            if len(words) - n >= 2:
                # The section as the page spells it, not the table's spelling.
                return " ".join(words[:n]), " ".join(words[n:])
    return None, text


def section_line(line: str, v: Vocab) -> str | None:
    f = fold(line)
    for fs, original in v.sections:
        if f == fs:
            return original
    return None


def is_navigation_item(line: str) -> bool:
    """One entry of a menu, breadcrumb or tag list: at most three words, no punctuation that
    running text or headlines carry; or a line of items separated by «|»."""
    if line.count("|") >= 2:
        return True
    return word_count(line, 4) <= 3 and not any(c in line for c in ".،؛:!?؟«»()")


def ends_sentence(line: str, v: Vocab) -> bool:
    """Running text ends with sentence punctuation (optionally inside a closing quote)."""
    s = line.rstrip(" »\"”')")
    return bool(s) and s[-1] in v.sentence_end


def is_title_like(line: str, v: Vocab, max_words: int = 30) -> bool:
    """Short and not ending a sentence: a headline, deck, sub-heading or teaser headline."""
    return not ends_sentence(line, v) and word_count(line, max_words + 1) <= max_words

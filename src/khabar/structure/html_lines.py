"""Line-level Arabic rules that only the HTML parser needs: pure functions over one string.

Each function looks at one line (a paragraph, a caption, an author field) and says what it is:
a byline line with its separators, a dateline (whole line or opening a paragraph), a closing
sign-off or source line, a caption with a labelled or trailing credit, a comment notice, page
furniture; and splits several authors. They hold no state and never see the DOM.

What both parsers share lives in :mod:`.lines` (folding, cleaning, word counts, the lexicon
loaders, credits, byline cues, heading and widget lookups) and :mod:`.dates` (dates); the
functions here build on those. ``block_heading`` and ``widget`` are thin wrappers that add a
site profile's extra entries; ``split_credit`` differs from :func:`.lines.split_credit` on
purpose (HTML captions carry «تصوير: …» labels and «- أ ف ب» tails, and need no open credits).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from ..lexicons import column, table
from ..model import Byline
from .lines import (
    EDGE_PUNCT,
    after_words,
    agency_names,
    byline_cue,
    heading_kind,
    heading_kinds,
    is_credit,
    widget_kind,
    widget_kinds,
)
from .lines import cached_fold as fold
from .lines import clean_line as clean
from .lines import word_count as words

_SENT_END = tuple(column("sentence_end"))
# A byline may end in an abbreviation dot («د.»), never in ! ? or a colon-less ellipsis.
_SENT_END_NO_DOT = tuple(c for c in _SENT_END if c != ".")


# -- vocabularies ------------------------------------------------------------------------------
@cache
def _comment_cues() -> tuple[tuple[str, str], ...]:
    return tuple((fold(r["phrase"]), r["reason"]) for r in table("comment_cues"))


@cache
def _places() -> frozenset[str]:
    return frozenset(fold(p) for p in column("datelines"))


# Kinds of block_headings.tsv whose links are stories (returned as teasers); other kinds
# («tags») open link lists that are dropped. Order matters: the first three count anywhere on
# the page, «latest» only inside the body (a sidebar of latest news is a ticker).
RELATED_KINDS = ("related", "read-also", "most-read", "latest")


# -- block kinds -------------------------------------------------------------------------------
def block_heading(line: str, extra: tuple[str, ...] = ()) -> str | None:
    """Kind of related block a heading opens («اقرأ أيضاً» -> read-also), or None; ``extra``
    are the site profile's own headings (kind «related»)."""
    key = fold(line).strip(EDGE_PUNCT)
    if not key or words(key) > 6:
        return None
    return heading_kind(line, _with_extra(heading_kinds, extra, "related"), fold(line))


@lru_cache(maxsize=64)
def _with_extra(kinds: Callable[[], dict[str, str]], extra: tuple[str, ...], kind: str) -> dict:
    # A profile's own entries, the table's kind winning where both list a line.
    return {**{fold(x): kind for x in extra}, **kinds()}


def read_also_prefix(line: str) -> tuple[str, str] | None:
    """``(kind, rest)`` for an inline «اقرأ أيضاً: عنوان» line; None otherwise."""
    m = re.match(r"^\s*([^:：\-–]{3,30})\s*[:：\-–]\s*(.+)$", line)
    if not m:
        return None
    kind = block_heading(m.group(1))
    return (kind, m.group(2).strip()) if kind in ("related", "read-also") else None


def widget(line: str, extra: tuple[str, ...] = ()) -> str | None:
    """What piece of page furniture a whole line is (share bar, tags...), or None; ``extra``
    are the site profile's own widget tokens."""
    return widget_kind(line, _with_extra(widget_kinds, extra, "widget"), fold(line))


def comment_notice(line: str) -> str | None:
    """Reason (comments, newsletter, footer...) when the line is a notice, not news."""
    key = fold(line)
    for phrase, reason in _comment_cues():
        if phrase in key:
            return reason
    return None


_TIMEISH = re.compile(r"^[\d\s:/.\-٠-٩]+(?:[صم]|am|pm)?$", re.IGNORECASE)


_READING_TIME = re.compile(
    r"^[\d٠-٩]+\s*(?:min|mins|minutes?|دقائق|دقيقة|د)(?:\s*(?:للقراءة|قراءة|read))?$", re.I
)


def is_furniture(line: str) -> bool:
    """Counters, clock times, reading times and lone symbols («0», «12:58», «3 دقائق قراءة»)."""
    s = line.strip()
    if not s:
        return False
    return (
        _TIMEISH.match(s) is not None
        or _READING_TIME.match(s) is not None
        or not any(c.isalpha() for c in s)
    )


# -- agencies, places --------------------------------------------------------------------------
def agency(s: str) -> str | None:
    """Canonical agency name when ``s`` is one of its spellings («أ ف ب» -> AFP)."""
    return agency_names().get(fold(s.strip(EDGE_PUNCT)).strip(" ."))


def is_place(s: str) -> bool:
    key = fold(s).strip(EDGE_PUNCT)
    return key in _places() or key.split("،")[0].strip() in _places()


def _is_outlet(s: str, outlets: tuple[str, ...]) -> bool:
    key = fold(s).strip(EDGE_PUNCT)
    if agency(s) or key in {fold(o) for o in outlets if o}:
        return True
    # Latin initials such as «CNN», «BBC»: an outlet, never a place.
    return bool(re.fullmatch(r"[A-Z][A-Za-z.]{1,10}", s.strip()))


# -- bylines and datelines ---------------------------------------------------------------------
_SEP = re.compile(r"\s+[-–—/|]\s+|\s*[-–—]\s+|\s+[-–—]\s*")


_NAME_SEP = re.compile(r"\s*[،,&]\s*|\s+و\s+|\s+and\s+", re.IGNORECASE)


def split_names(name: str) -> list[str]:
    """«أحمد علي، سارة محمود» / «أحمد علي و سارة محمود» -> two names; a single name stays whole.
    Only separators with spaces count: «وليد» starts with the conjunction's letter."""
    parts = [p.strip(EDGE_PUNCT) for p in _NAME_SEP.split(name) if p.strip(EDGE_PUNCT)]
    if len(parts) > 1 and all(1 <= words(p) <= 5 for p in parts):
        return parts
    return [name]


def split_name_place(s: str, outlets: tuple[str, ...] = ()) -> Byline:
    """«حسام أبو العلا - القاهرة» -> name + dateline; «القاهرة - أ ش أ» -> the same, reversed."""
    s = clean(s).strip(EDGE_PUNCT)
    parts = [p.strip(EDGE_PUNCT) for p in _SEP.split(s) if p.strip(EDGE_PUNCT)]
    if len(parts) == 2:
        a, b = parts
        if is_place(b) or _is_outlet(a, outlets):
            return Byline(name=a, dateline=b)
        if is_place(a) or _is_outlet(b, outlets):
            return Byline(name=b, dateline=a)
        if words(a) == 1 and words(b) >= 2:
            # «هسبريس - عبد الرحيم العسري»: one unknown word before a full name is the outlet
            # (or an unlisted city); the person is what matters.
            return Byline(name=b, dateline=None)
        return Byline(name=a, dateline=b)
    return Byline(name=s or None)


def byline_line(line: str, outlets: tuple[str, ...] = ()) -> Byline | None:
    """A whole line that is a byline: «كتب: أحمد علي», «كتبت أسماء نصار», «بقلم …», «حوار: …»."""
    s = clean(line)
    if not s or words(s) > 12 or s.endswith(_SENT_END_NO_DOT):
        return None
    cue = byline_cue(fold(s))
    if cue:
        rest = after_words(s, words(cue)).strip()
        sep = rest[:1]
        if sep in ":：-–/" or rest.startswith("ـ"):
            rest = rest[1:].strip()
            limit = 8
        elif not rest:
            return None
        else:
            limit = 5  # «كتبت أسماء نصار»: without a colon, only a short name follows the cue
        rest = rest.strip(EDGE_PUNCT)
        if not rest or words(rest) > limit or any(ch.isdigit() for ch in rest):
            return None
        if _FUNCTION_WORDS & set(fold(rest).split()):
            return None  # «كتبت الصحيفة في افتتاحيتها…»: a sentence, not a name
        return split_name_place(rest, outlets)
    return None


# Words that occur in sentences but not in personal names or bylines.
_FUNCTION_WORDS = frozenset(
    fold(w)
    for w in [
        "في",
        "أن",
        "إن",
        "إلى",
        "عن",
        "التي",
        "الذي",
        "الذين",
        "قد",
        "لم",
        "لن",
        "ما",
        "هذا",
        "هذه",
        "كان",
        "كانت",
        "أمس",
        "اليوم",
    ]
)


_PAREN_DATELINE = re.compile(r"^\s*[(（]\s*([^()]{2,40}?)\s*[)）]\s*[:：\-–—]*\s*")


def dateline_line(line: str, outlets: tuple[str, ...] = ()) -> Byline | None:
    """A whole line that is a dateline: «(أبوظبي - البيان)», «القاهرة - أ ش أ»."""
    s = clean(line)
    m = _PAREN_DATELINE.match(s)
    if m and m.end() == len(s):
        inner = m.group(1)
        if _SEP.search(inner):
            return split_name_place(inner, outlets)
        if _is_outlet(inner, outlets):
            return Byline(name=inner.strip(), dateline=None)
        if is_place(inner):
            return Byline(name=None, dateline=inner.strip())
        return None
    if words(s) <= 5 and _SEP.search(s):
        b = split_name_place(s, outlets)
        if b.dateline and (is_place(b.dateline) or (b.name and _is_outlet(b.name, outlets))):
            return b
    return None


_LEAD_DATELINE = re.compile(
    r"^\s*(?P<place>[^\s()«»\-–—:،,.؟!]{2,20}(?:\s[^\s()«»\-–—:،,.؟!]{2,12})?"
    r"(?:[،,]\s*[^\s()«»\-–—:،,.]{2,20})?)"
    r"\s*(?:[(（]\s*(?P<o1>[^()]{2,30}?)\s*[)）])?"
    r"\s*(?P<sep>--|[-–—:])\s*"
    r"(?:(?:[(（](?P<o2>[^()]{2,30}?)[)）]|«(?P<o3>[^«»]{2,30})»)\s*(?:--|[-–—:：])?\s*)?"
)
_OUTLET_COLON = re.compile(r"^([^:：.،]{2,30}?)\s*[:：]\s*")


def dateline_prefix(paragraph: str, outlets: tuple[str, ...] = ()) -> tuple[Byline, str] | None:
    """A dateline opening the first paragraph, and the paragraph without it.

    «دمشق، سوريا (CNN) -- أكدت…» -> (CNN, دمشق، سوريا); «القاهرة - أ ش أ: قال…»;
    «لندن- «القدس العربي»: …»; «واشنطن - (أ ف ب) - …»; «بيروت - أعلن…» (a known place).
    A place not in the lexicon counts only with an outlet beside it.
    """
    s = paragraph.lstrip()
    m = _LEAD_DATELINE.match(s)
    if m:
        place, sep = m.group("place").strip(), m.group("sep")
        outlet = m.group("o1") or m.group("o2") or m.group("o3")
        rest = s[m.end() :]
        if words(rest) < 3:
            return None
        if outlet and (m.group("o3") or m.group("o1") or _is_outlet(outlet, outlets)):
            return Byline(name=outlet.strip(), dateline=place), rest
        if is_place(place) and sep != ":":
            # «القاهرة - أ ش أ: …»: an agency or outlet may follow the place before a colon.
            m2 = _OUTLET_COLON.match(rest)
            if m2 and _is_outlet(m2.group(1), outlets):
                return Byline(name=m2.group(1).strip(), dateline=place), rest[m2.end() :]
            return Byline(name=None, dateline=place), rest
    m = _PAREN_DATELINE.match(s)
    if m and words(s[m.end() :]) >= 3:
        inner = m.group(1)
        if _SEP.search(inner):
            b = split_name_place(inner, outlets)
            if b.dateline and (is_place(b.dateline) or _is_outlet(b.name or "", outlets)):
                return b, s[m.end() :]
        elif _is_outlet(inner, outlets):
            return Byline(name=inner.strip(), dateline=None), s[m.end() :]  # «(CNN)-- …»
    m = _OUTLET_FROM_PLACE.match(s)
    if m and is_place(m.group(2)) and words(s[m.end() :]) >= 3:
        return Byline(name=m.group(1).strip(), dateline=m.group(2).strip()), s[m.end() :]
    return None


# «إيلاف من بيروت: …»: an outlet, «من», a known place, then a colon or dash.
_OUTLET_FROM_PLACE = re.compile(
    r"^\s*([^\s:：\-–]{2,20}(?:\s[^\s:：\-–]{2,15})?)\s+من\s+"
    r"([^\s:：\-–]{2,20}(?:\s[^\s:：\-–]{2,15})?)\s*[:：\-–]\s*"
)


_INITIALS = re.compile(r"^[\w.]{1,4}(?:\s*[./]\s*[\w.]{1,4})*$")


def sign_off(line: str) -> list[str] | None:
    """A closing «ع.ج.م/ ح.ز (د ب أ، رويترز)» line: editors' initials then the agencies used.
    Returns the agencies' spellings (possibly none), or None when the line is not one."""
    s = clean(line)
    m = _TRAIL_PAREN.search(s)
    if not m or words(s) > 10:
        return None
    head = s[: m.start()].strip()
    names = [p.strip(EDGE_PUNCT) for p in re.split(r"\s*[،,/]\s*", m.group(1)) if p.strip()]
    if not names or not all(agency(n) for n in names):
        return None
    if head and not _INITIALS.match(head.replace(" ", "")):
        return None
    return names


@cache
def _source_cues() -> tuple[str, ...]:
    return tuple(sorted((fold(c) for c in column("source_cues")), key=len, reverse=True))


def source_line(line: str) -> str | None:
    """The source named by a closing «المصدر: رويترز» line, or None."""
    s = clean(line)
    m = re.match(r"^([^:：]{2,15})\s*[:：]\s*(.{2,60})$", s)
    if not m or words(s) > 8 or fold(m.group(1)) not in _source_cues():
        return None
    return m.group(2).strip(EDGE_PUNCT) or None


_PLACE_COLON_NAME = re.compile(r"^\s*([^:：()]{2,25}?)\s*[:：]\s*(.{3,40})$")
_OUTLET_PLACE = re.compile(r"^\s*«?([^«»()]{2,30}?)»?\s*[(（]([^()]{2,25})[)）]\s*$")


def place_line(line: str, outlets: tuple[str, ...] = ()) -> Byline | None:
    """Short header lines of the form «بيروت: كارولين عاكوم» or «الشرق الأوسط» (بروكسل)."""
    s = clean(line)
    if not s or words(s) > 7:
        return None
    m = _PLACE_COLON_NAME.match(s)
    if m and is_place(m.group(1)) and not any(ch.isdigit() for ch in m.group(2)):
        name = m.group(2).strip(EDGE_PUNCT)
        if name and not _FUNCTION_WORDS & set(fold(name).split()):
            return Byline(name=name, dateline=m.group(1).strip())
    m = _OUTLET_PLACE.match(s)
    if m and (is_place(m.group(2)) or s.startswith("«") or _is_outlet(m.group(1), outlets)):
        return Byline(name=m.group(1).strip(), dateline=m.group(2).strip())
    return None


# -- captions and credits (what a credit is: lines.is_credit) ---------------------------------
_TRAIL_PAREN = re.compile(r"\s*[(（]([^()]{1,60})[)）]\s*[.]?\s*$")
_TRAIL_SEP = re.compile(r"\s+[-–—|/]\s+([^-–—|/]{1,60})$")


def _labels(kind: str) -> str:
    """An alternation of the ``kind`` labels of ``lexicons/caption_labels.tsv``, longest
    first so that «صدر الصورة» is not read as «الصورة»."""
    labels = {r["label"] for r in table("caption_labels") if r["kind"] == kind}
    return "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True))


_CREDIT_LABEL = re.compile(rf"(?:^|\s)((?:{_labels('credit')})\s*[:：،,\-–]\s*.+)$")
_SOURCE_LABEL = re.compile(rf"^\s*(?:{_labels('source')})\s*[:：،,]\s*")
_CAPTION_LABEL = re.compile(rf"^\s*(?:{_labels('caption')})\s*[:：،,]\s*")


def split_credit(caption: str) -> tuple[str, str | None]:
    """``(caption, credit)``: a trailing «(رويترز)», «- أ ف ب», «تصوير: …» is the credit."""
    s = _CAPTION_LABEL.sub("", clean(caption))
    lead = _CREDIT_LABEL.match(s)
    if lead and lead.start(1) == 0 and words(s) <= 8:
        # The whole line is a credit («صدر الصورة، Reuters»): keep who, not the label.
        return "", _SOURCE_LABEL.sub("", lead.group(1)).strip() or None
    for rx in (_TRAIL_PAREN, _TRAIL_SEP):
        m = rx.search(s)
        if m and is_credit(m.group(1)) and s[: m.start()].strip():
            return s[: m.start()].strip(" -–—|/"), clean(m.group(1)).strip(EDGE_PUNCT)
    m = _CREDIT_LABEL.search(s)
    if m and s[: m.start()].strip() and words(m.group(1)) <= 8:
        return s[: m.start()].strip(" -–—|/"), m.group(1).strip()
    return s, None

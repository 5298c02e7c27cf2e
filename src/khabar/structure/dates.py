"""Dates on a page, for both parsers: a date written in a line, a line that is only a date, a
date in an article URL.

Pure functions over one string; the month names come from ``lexicons/months.tsv`` (shared with
the time-expression tagger) and the other words a date line may hold from
``lexicons/date_words.tsv`` (both through :mod:`.lines`).
"""

from __future__ import annotations

import re

from .lines import ASCII_DIGITS, Vocab, clean_line, fold, month_names, word_count

# -- a date inside a line --------------------------------------------------------------------
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY = re.compile(r"\b(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\b")


def parse_date(text: str | None) -> str | None:
    """An ISO ``YYYY-MM-DD`` from an ISO stamp, ``DD/MM/YYYY`` or «الأربعاء، 07 أكتوبر 2020»."""
    if not text:
        return None
    s = clean_line(text).translate(ASCII_DIGITS)
    m = _ISO.search(s)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    key = fold(s)
    for name, month in month_names():
        i = key.find(name)
        if i < 0:
            continue
        before = re.search(r"(\d{1,2})\s*$", key[:i].rstrip(" ,،/-"))
        after = re.match(r"[\s/\w]*?(\d{4})", key[i + len(name) :])
        if before and after:
            return _iso(int(after.group(1)), month, int(before.group(1)))
    m = _DMY.search(s)
    if m:
        return _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None


def _iso(y: int, m: int, d: int) -> str | None:
    if 1990 <= y <= 2100 and 1 <= m <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


# -- a date in a URL -------------------------------------------------------------------------
_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(?:[a-z_\-]+/)?(\d{1,2})/(\d{1,2})/")


def date_from_url(url: str | None) -> str | None:
    """``/2020/8/24/`` (or ``/2013/middle_east/8/3/``) in an article URL."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


# -- a line that is only a date ----------------------------------------------------------------
_DIGIT = "0-9\u0660-\u0669"
_YEAR = re.compile(rf"(?<![{_DIGIT}])(?:19|20|١٩|٢٠)[{_DIGIT}]{{2}}(?![{_DIGIT}])")
_NUMERIC_DATE = re.compile(
    rf"[{_DIGIT}]{{1,4}}\s*[/.-]\s*[{_DIGIT}]{{1,2}}\s*[/.-]\s*[{_DIGIT}]{{1,4}}"
)
_WORDS = re.compile(r"[^\W\d_]+")


def is_date_line(line: str, v: Vocab) -> bool:
    """A short line that is only a date or a time stamp («الإثنين، 24 أغسطس 2020 09:23 ص»,
    «٠٢:٠٠ الثلاثاء ١ / ١٢ / ٢٠٢٠», «نُشر في: 18 يونيو 2024»): page furniture, or the publication
    date when it stands in the header. Every word must be a date word (weekday, month, «ص»…)."""
    if len(line) > 90 or word_count(line, 16) > 15:
        return False
    if not (_YEAR.search(line) or _NUMERIC_DATE.search(line)):
        return False
    words = _WORDS.findall(fold(line))  # folded first: diacritics would split the words
    unknown = sum(1 for w in words if w not in v.date_words)
    # One word may be the place the date line starts with («القاهرة: الأربعاء، 7 أكتوبر 2020»).
    return unknown == 0 or (unknown == 1 and len(words) >= 3)

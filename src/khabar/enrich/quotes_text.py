"""Small text helpers for the quotes step: light normal form, tokens with exact offsets,
quote-mark pairing and sentence spans.

Pure functions over one paragraph string. Every offset is into the string as given, so a
span found here can be written straight into a :class:`~khabar.model.Quote`. These stay local
to the quotes step until the shared text layer (``khabar.text``) lands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Harakat, shadda, sukun, dagger alef, Quranic marks: they vary between writers of one word.
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_TATWEEL = "\u0640"
_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})

# A word: letters/digits with diacritics and tatweel inside; «د.» style abbreviations keep no dot.
_TOKEN = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640]+|[^\w\s]", re.UNICODE)

OPENERS = {"«": "»", "“": "”", "„": "”", "‹": "›"}
CLOSERS = {v: k for k, v in OPENERS.items()}
STRAIGHT = {'"', "＂"}
MARKS = set(OPENERS) | set(CLOSERS) | STRAIGHT
SENTENCE_END = set(".!?؟؛;…")
# One-letter Arabic prefixes written glued to a following mark or word: بـ«، لـ«، و«.
PREFIX_LETTERS = {"ب", "ل", "و", "ف", "ك"}


def norm(s: str) -> str:
    """Light normal form for lexicon matching: no diacritics/tatweel, alef forms folded."""
    return _DIACRITICS.sub("", s).replace(_TATWEEL, "").translate(_ALEF)


@dataclass(slots=True, frozen=True)
class Tok:
    start: int
    end: int
    text: str
    key: str  # norm(text)
    word: bool  # False for a punctuation mark


def tokenize(text: str) -> list[Tok]:
    """Words and single punctuation marks with exact character offsets."""
    out: list[Tok] = []
    for m in _TOKEN.finditer(text):
        t = m.group(0)
        word = bool(re.match(r"[\w\u0640]", t))
        out.append(Tok(m.start(), m.end(), t, norm(t) if word else t, word))
    return out


@dataclass(slots=True)
class MarkSpan:
    """An outermost pair of quote marks: ``open`` and ``close`` are the marks' offsets.

    ``close`` is None when the opener is never closed in the paragraph; ``open`` is None for
    a closer whose opener was in an earlier paragraph.
    """

    open: int | None
    close: int | None
    mark: str

    def inner(self, text: str) -> tuple[int, int]:
        """Offsets of the content between the marks, whitespace trimmed."""
        a = 0 if self.open is None else self.open + 1
        b = len(text) if self.close is None else self.close
        # doubled apostrophes (' ' … ' '): the second one of each pair is part of the mark
        pad = " '" if self.open is not None and text[self.open : self.open + 1] == "'" else " "
        while a < b and (text[a].isspace() or text[a] in pad):
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in pad):
            b -= 1
        return a, b


def _straight_role(text: str, i: int) -> str:
    """Guess whether a straight quote at ``i`` opens or closes, from the characters around."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev_open = prev.isspace() or prev in "([{:،,؛;—-" or prev in OPENERS or prev == _TATWEEL
    # A one-letter prefix glued to the mark (ب"..."، و"...") opens.
    if not prev_open and prev in PREFIX_LETTERS and (i < 2 or not text[i - 2].isalpha()):
        prev_open = True
    next_close = nxt.isspace() or nxt in ".,،:؛;!?؟)]}" or nxt in CLOSERS
    if not text[i + 1 :].strip(" .،,:؛;!?؟…)"):
        return "close"  # nothing but punctuation after it: it ends something
    if prev_open and not next_close:
        return "open"
    if next_close and not prev_open:
        return "close"
    return "either"


_DOUBLED_APOSTROPHE = re.compile(r"' ?'")


def _double_apostrophes(text: str) -> str:
    """Two apostrophes written for a double quote («قال ' ' هناك عثرة … ' '», «''…''») read as
    one straight quote at the first apostrophe; same length, so offsets hold. Then single
    apostrophes used as quote marks («وقال ' سارت الامور بشكل طيب … '») read as straight
    quotes too, when they come in pairs, stand outside words («D'Alema» keeps its
    apostrophe) and the paragraph has no straight double quote they could nest in."""
    if "'" not in text:
        return text
    text = _DOUBLED_APOSTROPHE.sub(lambda m: '"' + " " * (len(m.group()) - 1), text)
    if '"' in text:
        return text
    single = [
        i
        for i, ch in enumerate(text)
        if ch == "'"
        and not (0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha())
    ]
    if len(single) < 2 or len(single) % 2:
        return text
    chars = list(text)
    for i in single:
        chars[i] = '"'
    return "".join(chars)


def pair_marks(text: str) -> list[MarkSpan]:
    """Outermost quote spans of a paragraph; nested marks stay inside their outer span.

    Handles «…», “…”, "…" (direction guessed from the neighbouring characters), two
    apostrophes standing for a double quote (' ' … ' '), reversed
    guillemets »…« used by some Maghreb papers, an opener never closed (``close=None``) and a
    closer whose opener is missing (``open=None``: the quote began in an earlier paragraph).
    """
    spans: list[MarkSpan] = []
    stack: list[tuple[str, int]] = []  # (expected closer, offset of the opener)
    seen_any = False
    text = _double_apostrophes(text)
    # A paragraph whose guillemets all alternate »…«»…« uses them reversed, whatever the
    # spacing around them («أجرته معه» هيلن فيسير «في بوسطن»).
    guillemets = [ch for ch in text if ch in "«»"]
    reversed_all = (
        len(guillemets) >= 2
        and len(guillemets) % 2 == 0
        and all(ch == "»«"[k % 2] for k, ch in enumerate(guillemets))
    )

    def close_top(i: int) -> None:
        _, o = stack.pop()
        if not stack:
            spans.append(MarkSpan(o, i, text[o]))

    def orphan(i: int, ch: str) -> None:
        # Only a closer before any other mark can end a quote opened in an earlier paragraph.
        if not seen_any:
            spans.append(MarkSpan(None, i, ch))

    for i, ch in enumerate(text):
        if ch not in MARKS:
            continue
        if ch in STRAIGHT:
            role = _straight_role(text, i)
            if stack and stack[-1][0] == ch:
                close_top(i)
            elif role == "close" and not stack:
                orphan(i, ch)
            elif role != "close":
                stack.append((ch, i))
        elif reversed_all and ch == "»":
            stack.append(("«", i))
        elif ch == "«":
            if stack and stack[-1][0] == "«":
                close_top(i)  # closes a reversed »…« pair
            else:
                stack.append(("»", i))
        elif ch in OPENERS:
            stack.append((OPENERS[ch], i))
        else:  # a closer: » ” ›
            if stack and stack[-1][0] == ch:
                close_top(i)
            elif not stack:
                prev = text[i - 1] if i else " "
                nxt = text[i + 1] if i + 1 < len(text) else " "
                opens = prev.isspace() or prev in PREFIX_LETTERS or prev == _TATWEEL
                if ch == "»" and opens and not nxt.isspace() and seen_any is not None:
                    stack.append(("«", i))  # reversed guillemets: »…«
                else:
                    orphan(i, ch)
            elif any(c == ch for c, _ in stack):
                # An inner mark was left open: unwind to the opener this closer matches.
                while stack[-1][0] != ch:
                    stack.pop()
                close_top(i)
        seen_any = True
    if stack:
        spans.append(MarkSpan(stack[0][1], None, text[stack[0][1]]))
    spans.sort(key=lambda s: -1 if s.open is None else s.open)
    return spans


def sentence_spans(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences as (start, end) offsets; no break inside a protected (quoted) range.

    A full stop after a one-letter token («د.»، «أ.ف.ب») is an abbreviation, not an end.
    """
    inside = [False] * (len(text) + 1)
    for a, b in protected:
        for k in range(max(a, 0), min(b, len(text))):
            inside[k] = True
    out: list[tuple[int, int]] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in SENTENCE_END and not inside[i]:
            if ch == "." and _is_abbrev(text, i):
                i += 1
                continue
            j = i + 1
            while j < n and (text[j] in SENTENCE_END or text[j] in CLOSERS or text[j] == '"'):
                j += 1
            if j >= n or text[j].isspace():
                out.append((start, j))
                while j < n and text[j].isspace():
                    j += 1
                start = j
                i = j
                continue
        i += 1
    if start < n and text[start:].strip():
        out.append((start, n))
    return out


def _is_abbrev(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j].isalpha():
        j -= 1
    word = text[j + 1 : i]
    return len(word) == 1 or (i + 1 < len(text) and text[i + 1].isalpha())

"""Sentence splitting that respects «…» quotes, brackets and abbreviations.

A sentence ends at ``. ! ? ؟ …`` (one or more) followed by space or the end of the text — but not
inside a «…» or (…) span, not after a dotted abbreviation («أ.ف.ب», «U.S.»), not after one listed
in ``lexicons/abbreviations.tsv`` («د.»), and not inside a number («3.5»). Closing quotes and
brackets right after the mark stay with the sentence. Spans are offsets into the text.

    >>> text = "قال: «جئت. ورأيت». ثم غادر (أ.ف.ب). انتهى"
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['قال: «جئت. ورأيت».', 'ثم غادر (أ.ف.ب).', 'انتهى']
"""

from __future__ import annotations

import re
from functools import cache

from .. import lexicons

ENDERS = frozenset(".!?؟…")
OPENERS = {"«": "»", "(": ")", "[": "]", "“": "”", "{": "}"}
CLOSERS = {v: k for k, v in OPENERS.items()}
MAX_DEPTH_SPAN = 400  # an unclosed « must not swallow the rest of a long paragraph
_DOTTED_WORD = re.compile(r"[^\W\d_](?:\.[^\W\d_])+\.")


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(lexicons.column("abbreviations", "abbreviation"))


def _is_abbreviation(text: str, dot: int) -> bool:
    """Does the ``.`` at ``dot`` close an abbreviation rather than a sentence?"""
    start = dot
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in '(«"':
        start -= 1
    word = text[start : dot + 1]
    if word in _abbreviations():
        return True
    # single letters joined by dots: «أ.ف.ب.», «U.S.»
    return bool(_DOTTED_WORD.fullmatch(word))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` spans of the sentences of ``text``, whitespace trimmed, none empty."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    start = 0
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch in OPENERS:
            stack.append((ch, i))
        elif ch in CLOSERS:
            while stack and stack[-1][0] != CLOSERS[ch]:
                stack.pop()
            if stack:
                stack.pop()
        elif ch == '"':
            if stack and stack[-1][0] == '"':
                stack.pop()
            else:
                stack.append(('"', i))
        # forget openers that were never closed within a reasonable window
        while stack and i - stack[0][1] > MAX_DEPTH_SPAN:
            stack.pop(0)
        if ch in ENDERS and not stack:
            j = i + 1
            while j < n and text[j] in ENDERS:
                j += 1
            while (j < n and text[j] in CLOSERS) or (j < n and text[j] == '"'):
                j += 1
            at_break = j >= n or text[j].isspace()
            if ch == "." and j == i + 1 and _is_abbreviation(text, i):
                at_break = False
            if at_break:
                spans.append((start, j))
                start = j
                i = j
                continue
        i += 1
    spans.append((start, n))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def sentences(text: str) -> list[str]:
    """The sentence strings (see :func:`split_sentences` for spans)."""
    return [text[s:e] for s, e in split_sentences(text)]

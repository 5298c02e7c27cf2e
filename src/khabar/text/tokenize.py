"""Tokenisation that keeps character offsets into the original text.

A token is a run of letters and digits (with the diacritics, tatweel and joiners that live inside
Arabic words), a number with its decimal/thousands separators («3.5», «١٬٠٠٠»), a dotted
abbreviation of single letters («أ.ف.ب», «U.S.»), or a single punctuation mark
(«» ، ؛ ؟ ( ) and the rest). ``text[t.start:t.end] == t.text`` always holds.

    >>> [t.text for t in tokenize("وجه بـ«قبول اقتراح» (أ.ف.ب)؟")]
    ['وجه', 'بـ', '«', 'قبول', 'اقتراح', '»', '(', 'أ.ف.ب', ')', '؟']
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Marks that belong inside a word: Arabic diacritics, tatweel, ZWNJ/ZWJ, Latin combining marks.
_MARKS = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
    "\u0640\u200c\u200d\u0300-\u036f"
)
_LETTER = r"[^\W\d_]"
_WORDCH = rf"(?:[^\W_]|[{_MARKS}])"
_TOKEN_RE = re.compile(
    rf"""
    (?P<abbr>{_LETTER}[{_MARKS}]*(?:\.{_LETTER}[{_MARKS}]*)+\.?(?!{_WORDCH}))  # أ.ف.ب  U.S.
    | (?P<num>\d+(?:[.,٫٬]\d+)+)                                              # 3.5  1,000
    | (?P<word>{_WORDCH}+)
    | (?P<punct>\S)
    """,
    re.VERBOSE,
)


class Token(NamedTuple):
    """A token and its ``[start, end)`` character offsets in the text it came from."""

    text: str
    start: int
    end: int

    @property
    def kind(self) -> str:
        """``word``, ``num`` or ``punct`` (by the first character)."""
        ch = self.text[0]
        if ch.isdigit():
            return "num"
        if ch.isalpha():
            return "word"
        return "punct"


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with offsets; whitespace separates, punctuation stands alone."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def words(text: str) -> list[str]:
    """Just the token strings (a convenience for matching)."""
    return [m.group() for m in _TOKEN_RE.finditer(text)]

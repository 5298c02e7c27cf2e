"""Arabic normalisation for *matching* (never for display).

Every rule maps one character to at most one character, so the normalised string can always be
mapped back to the original: :func:`normalize_map` returns the normalised text together with the
index in the original of each normalised character. Each rule is switchable through
:class:`NormOptions` (or keyword flags of :func:`normalize`). Normalising twice changes nothing.

    >>> normalize("إِلَى الـمَدْرَسَةِ ٢٠٢٤")
    'الي المدرسه 2024'
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

# Harakat, tanween, shadda, sukun, Quranic marks and the superscript (dagger) alef.
DIACRITICS = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670"]
    + [chr(c) for c in range(0x06D6, 0x06DD)]
    + [chr(c) for c in range(0x06DF, 0x06E5)]
    + [chr(c) for c in range(0x06E7, 0x06E9)]
    + [chr(c) for c in range(0x06EA, 0x06EE)]
    + [chr(c) for c in range(0x0610, 0x061B)]
)
TATWEEL = "\u0640"
# Zero-width characters, bidi marks, embeddings and isolates, the byte-order mark and the soft
# hyphen: scrapes leave them inside words, they carry no text.
INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\ufeff\u00ad"
)
ALEF_FORMS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا"}
HAMZA_FORMS = {"ؤ": "و", "ئ": "ي"}
ALEF_MAQSURA = {"ى": "ي"}
TAA_MARBUTA = {"ة": "ه"}
DIGITS = {
    **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic
    **{chr(0x06F0 + i): str(i) for i in range(10)},  # Extended (Persian/Urdu)
}
# Persian/Urdu letter forms common in scraped Arabic: keh, farsi yeh.
FARSI_FORMS = {"ک": "ك", "ی": "ي", "ۀ": "ه"}
# Dashes, the Arabic decimal separator and the no-break space, for matching numbers and ranges
# («١٩٩٠–١٩٩٥», «٣٫٥», «10\u00a0سبتمبر»). Off by default: tokens keep their punctuation.
PUNCTUATION_FORMS = {
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u066b": ".",
    "\u00a0": " ",
}


@dataclass(frozen=True, slots=True)
class NormOptions:
    """Which rules :func:`normalize` applies (all the usual ones by default)."""

    diacritics: bool = True  # remove harakat, shadda, tanween, dagger alef
    tatweel: bool = True  # remove kashida ـ
    invisible: bool = True  # remove zero-width joiners and bidi marks
    alef: bool = True  # أ إ آ ٱ → ا
    hamza: bool = False  # ؤ → و, ئ → ي (off: it merges real words)
    alef_maqsura: bool = True  # ى → ي
    taa_marbuta: bool = True  # ة → ه
    digits: bool = True  # ٠-٩ and ۰-۹ → 0-9
    farsi: bool = True  # ک ی ۀ → ك ي ه
    punctuation: bool = False  # dashes → -, ٫ → ., no-break space → space


DEFAULT = NormOptions()
_MARKS = DIACRITICS | {TATWEEL}


@cache
def _table(opts: NormOptions) -> dict[int, str | None]:
    t: dict[int, str | None] = {}
    if opts.diacritics:
        t.update({ord(c): None for c in DIACRITICS})
    if opts.tatweel:
        t[ord(TATWEEL)] = None
    if opts.invisible:
        t.update({ord(c): None for c in INVISIBLE})
    for on, table in (
        (opts.farsi, FARSI_FORMS),
        (opts.alef, ALEF_FORMS),
        (opts.hamza, HAMZA_FORMS),
        (opts.alef_maqsura, ALEF_MAQSURA),
        (opts.taa_marbuta, TAA_MARBUTA),
        (opts.digits, DIGITS),
        (opts.punctuation, PUNCTUATION_FORMS),
    ):
        if on:
            t.update({ord(k): v for k, v in table.items()})
    # Chain the rules so one pass reaches a fixed point (e.g. farsi ی → ي, then nothing).
    for k, v in list(t.items()):
        while v is not None and ord(v) in t and t[ord(v)] != v:
            v = t[ord(v)]
        t[k] = v
    return t


def _opts(options: NormOptions | None, flags: dict[str, bool]) -> NormOptions:
    base = options or DEFAULT
    return replace(base, **flags) if flags else base


def normalize(text: str, options: NormOptions | None = None, **flags: bool) -> str:
    """``text`` normalised for matching; ``flags`` override single rules (``taa_marbuta=False``)."""
    return text.translate(_table(_opts(options, flags)))


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised string and, for each of its characters, the index in the original."""

    text: str
    offsets: tuple[int, ...]
    original: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` covered by the normalised ``[start, end)``.

        Marks that normalisation dropped right after the last character stay inside the span:
        the tanween of «غداً» and the shadda of «محمّ» belong to the letter they sit on."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return pos, pos
        e = self.offsets[end - 1] + 1
        stop = self.offsets[end] if end < len(self.offsets) else len(self.original)
        while e < stop and self.original[e] in _MARKS:
            e += 1
        return self.offsets[start], e


def normalize_map(text: str, options: NormOptions | None = None, **flags: bool) -> Normalized:
    """Normalise and keep an offset map back to ``text`` (see :class:`Normalized`)."""
    table = _table(_opts(options, flags))
    out: list[str] = []
    offs: list[int] = []
    for i, ch in enumerate(text):
        rep = table.get(ord(ch), ch)
        if rep is None:
            continue
        out.append(rep)
        offs.append(i)
    return Normalized("".join(out), tuple(offs), text)


def hamza_alef_lam(word: str) -> bool:
    """Whether ``word`` opens with «أل/إل/آل» («ألونسو»، «إلهام»، «آلان»): it folds to «ال…» for
    matching, but the definite article is written with a bare alef, so it is no definite noun.
    Rules that test a normalised word for «ال» ask this of the written word first, or better
    test the written word with :func:`khabar.text.is_definite`."""
    w = word.lstrip("".join(DIACRITICS) + TATWEEL)
    return len(w) > 2 and w[0] in "أإآ" and w[1] == "ل"

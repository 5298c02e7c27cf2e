"""Light Arabic normalisation that keeps a map back to the original offsets.

Matching needs أبريل = ابريل = إبريل, «غداً» = «غدا», «٢٠٢٤» = «2024», but every annotation must
point into the text exactly as printed. So the normaliser drops or folds characters one by one
and records, for each output character, the index of the input character it came from.
(The shared text layer may later offer the same; this module stays self-contained until then.)
"""

from __future__ import annotations

from dataclasses import dataclass

# Harakat, shadda, sukun, dagger alef, Quranic marks and tatweel carry no letter identity.
_DROP = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640", "\u200c", "\u200d"}
_DROP |= {chr(c) for c in range(0x06D6, 0x06DD)}
_MARKS = _DROP - {"\u200c", "\u200d"}  # tatweel too: the «ـ» of «هـ»
_FOLD: dict[str, str] = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ئ": "ي",
    "ؤ": "و",
    "ة": "ه",
    "ک": "ك",
    "ی": "ي",
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "–": "-",
    "—": "-",
    "−": "-",
    "٫": ".",
    "\u00a0": " ",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # Extended (Persian/Urdu) digits


@dataclass(frozen=True, slots=True)
class Normalised:
    """Normalised text plus ``index[i]`` = offset in the original of normalised char ``i``."""

    text: str
    index: tuple[int, ...]
    original: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised slice ``[start:end]`` (end exclusive)."""
        if end <= start:
            o = self.index[start] if start < len(self.index) else len(self.original)
            return o, o
        e = self.index[end - 1] + 1
        # Keep trailing marks (the tanween of «غداً») inside the span they belong to.
        while e < len(self.original) and self.original[e] in _MARKS:
            e += 1
        return self.index[start], e


def fold(text: str) -> str:
    """Normalised form of a word or phrase (for lexicon keys)."""
    return normalise(text).text


def normalise(text: str) -> Normalised:
    out: list[str] = []
    idx: list[int] = []
    for i, ch in enumerate(text):
        if ch in _DROP:
            continue
        rep = _FOLD.get(ch, ch)
        out.append(rep)
        idx.append(i)
    return Normalised("".join(out), tuple(idx), text)

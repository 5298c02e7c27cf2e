"""Light clitic segmentation: conjunctions, prepositions, the article, attached pronouns.

Arabic writes «و» (and), «ب» (with), «ل» (for), «ك» (like), «ف», «س» and «ال» joined to the next
word, and pronouns joined to the end: «لبوتين» is ل + بوتين, «وبلاده» is و + بلاد + ه. The
proclitic and enclitic forms are data (``lexicons/clitic_prefixes.tsv``, ``clitic_suffixes.tsv``).

Segmentation here is *light*: no dictionary, so it can over-strip («وزير» is not و + زير).
:func:`segment` gives the likeliest single split under length guards; :func:`candidates` gives
every licensed split so a caller with a lexicon (a gazetteer, the names already seen in an
article) can pick the one that matches. Offsets are character offsets into the word, so a caller
can map a stem back to the paragraph.

    >>> segment("لبوتين").stem
    'بوتين'
    >>> segment("بـ").prefixes, segment("بـ").stem
    (('بـ',), '')
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from .. import lexicons
from .normalize import TATWEEL

MIN_STEM = 2  # never strip to a stem shorter than this
MIN_STEM_SUFFIX = 3  # pronoun stripping needs a longer stem («أبي», «عمه» stay whole)


class Segmentation(NamedTuple):
    """A word split as prefixes + stem + suffix; ``stem_start``/``stem_end`` index the word."""

    word: str
    prefixes: tuple[str, ...]
    stem: str
    suffix: str
    stem_start: int
    stem_end: int

    @property
    def proclitics(self) -> str:
        return self.word[: self.stem_start]


@cache
def _prefixes() -> tuple[tuple[str, str], ...]:
    return tuple((r["prefix"], r["slot"]) for r in lexicons.table("clitic_prefixes"))


@cache
def _suffixes() -> tuple[str, ...]:
    return tuple(sorted(lexicons.column("clitic_suffixes", "suffix"), key=len, reverse=True))


def _prefix_splits(word: str) -> list[tuple[tuple[str, ...], int]]:
    """Every licensed proclitic sequence at the start of ``word``: (forms, length)."""
    out: list[tuple[tuple[str, ...], int]] = [((), 0)]

    def walk(pos: int, last_slot: int, acc: tuple[str, ...], after_fut: bool) -> None:
        for form, slot in _prefixes():
            first = int(slot[0])
            if first <= last_slot or not word.startswith(form, pos):
                continue
            if after_fut and "3" in slot:
                continue  # the future «س» is a verb prefix: no article after it
            end = pos + len(form)
            out.append(((*acc, form), end))
            walk(end, int(slot[-1]), (*acc, form), after_fut or form == "س")

    walk(0, 0, (), False)
    return out


def candidates(word: str) -> list[Segmentation]:
    """Every split licensed by the clitic tables and length guards, unsplit word first."""
    segs: list[Segmentation] = []
    n = len(word)
    for forms, plen in _prefix_splits(word):
        if plen and word[plen : plen + 1] == TATWEEL:
            # «بـ«قبول»: the tatweel is the joint, part of the proclitic written alone.
            if plen + 1 == n:
                segs.append(Segmentation(word, (*forms[:-1], forms[-1] + TATWEEL), "", "", n, n))
            continue
        rest = n - plen
        if plen and rest < MIN_STEM:
            continue
        segs.append(Segmentation(word, forms, word[plen:], "", plen, n))
        if forms and forms[-1] in ("ال", "لل"):
            continue  # no pronoun after the article
        for suf in _suffixes():
            if word.endswith(suf) and rest - len(suf) >= MIN_STEM_SUFFIX:
                segs.append(
                    Segmentation(word, forms, word[plen : n - len(suf)], suf, plen, n - len(suf))
                )
    return segs


def segment(word: str) -> Segmentation:
    """The likeliest split: strip proclitics only when the stem keeps ≥ 3 letters; no suffix.

    Pronoun suffixes are not stripped here: «ه», «ي», «ك» end too many names and nouns to strip
    blind. Use :func:`candidates` with a lexicon for those.
    """
    best = Segmentation(word, (), word, "", 0, len(word))
    for seg in candidates(word):
        if seg.suffix:
            continue
        if seg.stem == "" and seg.prefixes:
            return seg
        if len(seg.stem) >= 3 and seg.stem_start > best.stem_start:
            best = seg
    return best


def strip_proclitics(word: str) -> str:
    """``segment(word).stem`` or the word itself when nothing was stripped (never empty)."""
    return segment(word).stem or word

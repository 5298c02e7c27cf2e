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

from functools import cache, lru_cache
from typing import NamedTuple

from .. import lexicons
from .normalize import TATWEEL, NormOptions, normalize

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
    # the unsuffixed candidates of :func:`candidates`, in its order, without building the
    # suffixed ones (this runs once per new word in the tagger's features)
    n = len(word)
    best = Segmentation(word, (), word, "", 0, n)
    for forms, plen in _prefix_splits(word):
        if plen and word[plen : plen + 1] == TATWEEL:
            if plen + 1 == n:  # «بـ»: a proclitic written alone
                return Segmentation(word, (*forms[:-1], forms[-1] + TATWEEL), "", "", n, n)
            continue
        if n - plen >= 3 and plen > best.stem_start:
            best = Segmentation(word, forms, word[plen:], "", plen, n)
    return best


def _segment_reference(word: str) -> Segmentation:
    """:func:`segment` as the first pick among :func:`candidates` (tests compare the two)."""
    best = Segmentation(word, (), word, "", 0, len(word))
    for seg in candidates(word):
        if seg.suffix:
            continue
        if seg.stem == "" and seg.prefixes:
            return seg
        if len(seg.stem) >= 3 and seg.stem_start > best.stem_start:
            best = seg
    return best


# Only marks are removed: the alef forms are kept, since «أ إ آ» before «ل» are no article.
_MARKS_ONLY = NormOptions(
    alef=False, alef_maqsura=False, taa_marbuta=False, digits=False, farsi=False
)
# Proclitics the article can follow, written before «ال»: «والرئيس»، «بالاهتمام»، «فكالعادة».
# «ل» + «ال» is written «لل» (its own table form); «س» is a verb prefix, never before «ال».
_BEFORE_ARTICLE = frozenset({"و", "ف", "ب", "ك"})


@lru_cache(maxsize=50_000)
def is_definite(word: str, *, proclitics: bool = True) -> bool:
    """Whether the *written* token ``word`` carries the definite article «ال».

    The test reads the raw spelling with diacritics, tatweel and invisible marks removed but the
    alef forms kept: «الرئيس», «والرئيس», «بالاهتمام», «للرئيس» are definite; «ألونسو»,
    «إلهام», «آلان», «وإلهام» are not, although normalisation folds them to «ال…» (rules that
    test a normalised key for «ال» misread such names as definite nouns). The alef wasla of
    vocalised text («ٱلرحمن») is the article's own alef and counts as plain «ا».

    With ``proclitics`` (the default) the article may follow the conjunctions «و»/«ف» and the
    prepositions «ب»/«ك» (``lexicons/clitic_prefixes.tsv``), or be the «لل» of ل + ال; with
    ``proclitics=False`` the word itself must open with «ال». After the article at least two
    letters must remain (:data:`MIN_STEM`), so «الى» and «الا» (hamza-less «إلى», «إلا») are no
    definite words. A name whose hamza the writer dropped («الونسو», «الهام») still reads as
    definite: the spelling no longer tells it apart, only a lexicon can.

        >>> is_definite("والرئيس"), is_definite("ألونسو"), is_definite("للرئيس", proclitics=False)
        (True, False, False)
    """
    w = normalize(word, _MARKS_ONLY).replace("ٱ", "ا")
    for forms, end in _prefix_splits(w):
        if not forms or forms[-1] not in ("ال", "لل") or len(w) - end < MIN_STEM:
            continue
        if forms == ("ال",) or (proclitics and set(forms[:-1]) <= _BEFORE_ARTICLE):
            return True
    return False


def strip_proclitics(word: str) -> str:
    """``segment(word).stem`` or the word itself when nothing was stripped (never empty)."""
    return segment(word).stem or word

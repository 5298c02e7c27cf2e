"""How name-like a word looks from its letters alone (feature group ``nameness``, off by default).

Persons the tagger misses are mostly unseen foreign or Egyptian names: words the training data
never saw and general Arabic barely knows, so the word lexicons and the ``wordfreq`` ratios say
nothing about them. Their letters still do («ـوفيتش», «ـسكي», «ـيللي», «ـيو» end names, not
nouns). A multinomial naive Bayes over character 2–4-grams of the clitic-stripped stem (with
word-boundary marks) separates

- positives: stems of the words inside PERS/LOC/ORG spans of the training sentences (jackknifed
  by the trainer: a training sentence's feature comes from a table built without its fold),
  the CLDR gazetteer's words and the listed given names;
- negatives: frequent words of general Arabic that readily take «ال» (``wordfreq`` table: Zipf
  ≥ 3, «ال» + word at most 1.6 Zipf rarer; the test :func:`features.common_word` uses),

as a table n-gram → log-likelihood ratio. A word's score is the mean ratio of its n-grams; the
feature (``nm=hi/mid/lo``) fires only for words general Arabic barely knows (word and stem
below Zipf 3), where the other evidence is thin. Pure Python, a dict lookup per n-gram.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

NGRAMS = (2, 3, 4)
SMOOTH = 0.5  # additive smoothing of the n-gram counts
MIN_COUNT = 2  # n-grams seen fewer times (both classes) are left out of the table
NEG_ZIPF = 3.0  # negatives: general words at least this common …
NEG_ARTICLE = -1.6  # … whose «ال» form is at most this much rarer (as features.common_word)
FIRE_ZIPF = 3.0  # the feature fires for a word whose form and stem are both rarer than this
# score cuts (mean log-likelihood ratio per n-gram), fixed from the training split's
# distribution before any dev run: below LO most common words, above HI most names
CUT_LO = -0.5
CUT_HI = 0.5
ENTITY_TYPES = ("PERS", "LOC", "ORG")


def ngrams(word: str) -> list[str]:
    """Character 2–4-grams of ``word`` with ``^``/``$`` marking its edges."""
    w = "^" + word + "$"
    return [w[i : i + n] for n in NGRAMS for i in range(len(w) - n + 1)]


@lru_cache(maxsize=1)
def negative_words() -> frozenset[str]:
    """Common nouns and adjectives of general Arabic (normalised, without «ال»)."""
    from .features import wordfreq_table

    table = wordfreq_table()
    out = set()
    for w, z in table.items():
        if z < NEG_ZIPF or len(w) < 3 or w.startswith("ال") or not w.isalpha():
            continue
        zd = table.get("ال" + w)
        if zd is not None and zd - z >= NEG_ARTICLE:
            out.add(w)
    return frozenset(out)


@lru_cache(maxsize=1)
def fixed_positive_words() -> frozenset[str]:
    """Name words that need no training labels: CLDR places and the listed given names."""
    from .. import lexicons
    from .features import norm, stem

    out = {stem(w) for r in lexicons.table("gazetteer_cldr") for w in r["name"].split()}
    out |= {norm(w) for w in lexicons.column("given_names", "name")}
    return frozenset(w for w in out if len(w) >= 2 and w.isalpha())


def entity_words(sents: Iterable[tuple[Sequence[str], Sequence[str]]]) -> set[str]:
    """Stems of the tokens inside PERS/LOC/ORG spans of labelled sentences."""
    from .features import stem

    out = set()
    for toks, tags in sents:
        for tok, tag in zip(toks, tags, strict=True):
            if tag[2:] in ENTITY_TYPES:
                s = stem(tok)
                if len(s) >= 2 and s.isalpha():
                    out.add(s)
    return out


@lru_cache(maxsize=1)
def _negative_counts() -> Counter[str]:
    c: Counter[str] = Counter()
    for w in negative_words():
        c.update(ngrams(w))
    return c


def build_table(positives: Iterable[str]) -> dict[str, float]:
    """n-gram → log P(g | name) − log P(g | common word), smoothed; a word is counted once
    however often it occurs (types, so «محمد» does not outweigh a hundred rarer names). A word
    that is also a common word is no positive («متحدة» of «الأمم المتحدة»)."""
    neg = _negative_counts()
    negs = negative_words()
    pos: Counter[str] = Counter()
    for w in set(positives) | fixed_positive_words():
        if w not in negs:
            pos.update(ngrams(w))
    vocab = [g for g in set(pos) | set(neg) if pos[g] + neg[g] >= MIN_COUNT]
    v = len(vocab)
    np_, nn_ = sum(pos.values()) + SMOOTH * v, sum(neg.values()) + SMOOTH * v
    return {
        g: round(math.log((pos[g] + SMOOTH) / np_) - math.log((neg[g] + SMOOTH) / nn_), 2)
        for g in sorted(vocab)
    }


def score(word: str, table: dict[str, float]) -> float:
    """Mean log-likelihood ratio of the word's n-grams in ``table`` (0 when none is known)."""
    # the n-grams of :func:`ngrams`, same order, without building the list (tagging speed)
    w = "^" + word + "$"
    get = table.get
    tot = 0.0
    k = 0
    for n in NGRAMS:
        for i in range(len(w) - n + 1):
            v = get(w[i : i + n])
            if v is not None:
                tot += v
                k += 1
    return tot / k if k else 0.0


class NamenessScorer:
    def __init__(self, table: dict[str, float]) -> None:
        from .features import wordfreq_table

        self.table = table
        self._freq = wordfreq_table()

    def feature(self, n: str, s: str) -> str:
        """``nm=hi/mid/lo`` for a word (normalised ``n``, stem ``s``) that general Arabic
        barely knows; "" for a known word, a number, Latin script or a stem under 3 letters."""
        if len(s) < 3 or not s.isalpha() or not n.isalpha() or n.isascii():
            return ""
        t = self._freq
        if max(t.get(n, 0.0), t.get(s, 0.0)) >= FIRE_ZIPF:
            return ""
        x = score(s, self.table)
        return "nm=hi" if x > CUT_HI else "nm=lo" if x < CUT_LO else "nm=mid"


__all__ = ["NamenessScorer", "build_table", "entity_words", "ngrams", "score"]

"""Features of the CRF tagger: word form, clitic-stripped stem, affixes, shape, triggers,
gazetteers (token and phrase) and distributional word clusters.

Everything about a word alone is computed once per distinct word and cached; only context
features are built per position, which keeps extraction well above 20k tokens/s per core.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from .. import lexicons
from ..text.clitics import segment
from ..text.normalize import NormOptions, normalize

_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")
MAX_PHRASE = 5
DOC_WINDOW = 10  # sentences either side that count as the same document
TYPES = ("PERS", "LOC", "ORG", "MISC")
# Optional feature groups (issue 4, round 2; docs/ner.md has the ablation). A model records the
# groups it was trained with in its resources, so an older model keeps its own feature set.
#   anytype      every entity type a stem has in ≥ 30% of its training occurrences (gza=)
#   given        the word is a listed given name (lexicons/given_names.tsv)
#   domain       topic of the passage from cue words (lexicons/ner_domains.tsv), alone and
#                combined with the word's lexicon/cluster/gazetteer evidence
#   stemclusters a second clustering over clitic-stripped stems («وموسكو» pools with «موسكو»)
#   wordfreq     how common the word is in general Arabic, and how often its stem takes «ال» or a
#                possessive suffix there (models/wordfreq_ar.tsv.gz): names rarely do
FEATURE_GROUPS = ("anytype", "given", "domain", "stemclusters", "wordfreq")
# Optional groups that are off by default: measured and not shipped (docs/ner.md, "CRF-only
# feature experiments"); kept behind these names so the figures can be reproduced. A model
# trained with one records it like the groups above.
#   aqmargaz     AQMAR's person/place/organisation phrases as a gazetteer of their own
#                (gqB=/gqI=, also at ±1): another corpus's names as a dictionary, not as labels
#   nameness     a character n-gram naive Bayes score of how name-like a word is that general
#                Arabic barely knows (nm=hi/mid/lo; khabar/ner/nameness.py)
EXTRA_GROUPS = ("aqmargaz", "nameness")
ALL_GROUPS = FEATURE_GROUPS + EXTRA_GROUPS
# Not optional in the same way: "nn" in a model's groups means it was stacked on the neural
# tagger (khabar/ner/neural.py) and needs its tags (nn=, -1nn=, 1nn=) at tagging time.
NN_GROUP = "nn"
NN_PROBS_GROUP = "nnp"  # and its confidence (nnc=, nnalt=)
KNOWN_GROUPS = frozenset((*ALL_GROUPS, NN_GROUP, NN_PROBS_GROUP))


@lru_cache(maxsize=200_000)
def norm(word: str) -> str:
    """Normalised form used by every feature (and by the gazetteers)."""
    return normalize(word)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Proclitic-stripped normalised form («لبوتين» → «بوتين», «والكرملين» → «كرملين»)."""
    n = norm(word)
    return segment(n).stem or n


@lru_cache(maxsize=1)
def _domains() -> dict[str, str]:
    out: dict[str, str] = {}
    for r in lexicons.table("ner_domains"):
        out.setdefault(stem(r["word"]), r["domain"])
        out.setdefault(norm(r["word"]), r["domain"])
    return out


_LIGHT = NormOptions(alef=False, alef_maqsura=False, taa_marbuta=False)


@lru_cache(maxsize=200_000)
def light(word: str) -> str:
    """Diacritics and tatweel removed, letters kept: «آنا» (Anna) stays apart from «أنا» (I)."""
    return normalize(word, _LIGHT)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    return frozenset(light(w) for w in lexicons.column("given_names", "name"))


@lru_cache(maxsize=1)
def given_names_folded() -> frozenset[str]:
    """The listed given names in the fully folded :func:`norm` form («أحمد» → «احمد»)."""
    return frozenset(norm(w) for w in lexicons.column("given_names", "name"))


def given_name(word: str) -> str:
    """ "gn" if ``word`` is a listed given name, "gnc" if it is one after «و/ف/ب/ل», else ""."""
    # the folded form first: a word whose folded form is no name is none in the light form
    # either, and most words are not names (this saves a normalisation per new word)
    n = norm(word)
    folded = given_names_folded()
    if n not in folded and n[1:] not in folded:
        return ""
    w = light(word)
    names = given_names()
    if w in names:
        return "gn"
    if len(w) > 3 and w[0] in "وفبل" and w[1:] in names:
        return "gnc"
    return ""


WORDFREQ_FILE = "wordfreq_ar.tsv.gz"
WORDFREQ_FLOOR = 1.5  # Zipf given to a word the table does not hold (it keeps Zipf >= 2 only)
_POSSESSIVE = ("ه", "ها", "هم")


@lru_cache(maxsize=1)
def wordfreq_table() -> dict[str, float]:
    """Normalised word → Zipf frequency in general Arabic (shipped beside the model)."""
    import gzip
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "models" / WORDFREQ_FILE
    out: dict[str, float] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                z, _, words = line.rstrip("\n").partition("\t")
                out.update(dict.fromkeys(words.split(" "), float(z)))
    return out


# A word general Arabic uses this often, and with «ال» at least this often relative to bare
# (Zipf difference), is a common noun or adjective: «وجود» 5.6 / «الوجود» 4.5, «وسط» 5.3 / 4.6,
# «متعددة» 4.9 / 4.5; names almost never take the article («بوش» 4.5 / 2.1, «محمد» 6.1 / 3.3).
COMMON_WORD_ZIPF = 3.5
COMMON_WORD_ARTICLE = -1.6


def common_word(word: str, names_too: bool = False) -> bool:
    """Whether ``word`` (bare, as written) is a common noun or adjective of general Arabic
    rather than a name, by how readily it takes the article (:func:`wordfreq_table`). Given
    names that are also common words («سعيد», «جمال», «نصر», «رفيق») are never common here
    unless ``names_too``; a caller should still trust the NER where it tagged the word as part
    of a name."""
    n = norm(word)
    # the name table is kept with hamza and ة (light form); the word may be written without
    # them («احمد»، «ساره»): compare on the folded form too
    if not names_too and (n in given_names_folded() or given_name(word)):
        return False
    table = wordfreq_table()

    def common(n: str) -> bool:
        z = table.get(n)
        if z is None or z < COMMON_WORD_ZIPF or n.startswith("ال"):
            return False
        zd = table.get("ال" + n)
        return zd is not None and zd - z >= COMMON_WORD_ARTICLE

    # «ووجود»: the conjunction glued on
    return common(n) or (len(n) > 3 and n[0] in "وف" and common(n[1:]))


def own_waw(word: str) -> bool:
    """Whether the «و» a word starts with is its own letter rather than «and»: the whole word
    is commoner in general Arabic than what is left without it («وانغ» 3.6 / «انغ» 2.6,
    «وليد» 4.6 / «ليد» 3.5; «وبوتين» is rarer than «بوتين»)."""
    n = norm(word)
    if not n.startswith("و") or len(n) < 4:
        return False
    table = wordfreq_table()
    whole = table.get(n)
    return whole is not None and whole > table.get(n[1:], 0.0)


def _bucket(x: float, cuts: tuple[float, ...]) -> int:
    return sum(x > c for c in cuts)


def wordfreq_features(n: str, s: str) -> tuple[str, ...]:
    """General-language evidence for a word (normalised ``n``, stem ``s``).

    A common noun is used with the article and with possessive suffixes about as often as
    without («رئيس»/«الرئيس»/«رئيسه»); a name almost never is («بوتين» 4.2 vs «البوتين» 1.3).
    Frequencies come from a large general corpus, so this holds for names the training data
    never saw.
    """
    if not n[:1].isalpha() or _LATIN.search(n):
        return ()
    table = wordfreq_table()
    z = table.get(n)
    out = [f"zf={int(z) if z else 0}"]
    # the clitic split is a guess («بوتين» is not ب + «وتين»): read the more common form
    base = s if s != n and table.get(s, 0.0) > (z or 0.0) else n
    if base.startswith("ال") and len(base) > 4:
        base = base[2:]
    zs = table.get(base)
    if len(base) < 3 or zs is None:
        out.append("zs=0")
        return tuple(out)
    out.append(f"zs={int(zs)}")
    zd = table.get("ال" + base, WORDFREQ_FLOOR)
    out.append(f"dr={_bucket(zd - zs, (-2.5, -1.5, -0.5, 0.5))}")
    if base.endswith("ه"):
        base = base[:-1] + "ت"  # taa marbuta before a suffix
    zp = max(table.get(base + x, WORDFREQ_FLOOR) for x in _POSSESSIVE)
    out.append(f"pr={_bucket(zp - zs, (-2.5, -1.5, -0.5))}")
    return tuple(out)


DOMAIN_WINDOW = 3  # sentences either side that count as the same passage for topic cues
DOMAIN_MIN = 3  # cue words of one domain in that passage before it counts
DOMAIN_KEY = "\x00domain"  # stored in the document map; no stem can look like it
# crossed with the domain (Featurizer._word_info): trigger, token lexicon, rare, clusters c0/c1


def cldr_phrases() -> dict[str, str]:
    """Stemmed place and country phrases from CLDR (lexicons/gazetteer_cldr.tsv) → type."""
    out: dict[str, str] = {}
    for r in lexicons.table("gazetteer_cldr"):
        out[" ".join(stem(w) for w in r["name"].split())] = r["type"]
    return out


def _triggers() -> dict[str, str]:
    return {norm(r["word"]): r["kind"] for r in lexicons.table("ner_triggers")}


@dataclass
class Resources:
    """Data the features look words up in; built at training time and shipped with the model."""

    # token → entity type it most often belongs to in the training data (≥ 2 sightings)
    token_type: dict[str, str] = field(default_factory=dict)
    # normalised phrase (space-joined tokens) → type, from training entities and CLDR places
    phrases: dict[str, str] = field(default_factory=dict)
    # normalised word → cluster id (distributional, from unlabelled tokens)
    clusters: dict[str, str] = field(default_factory=dict)
    triggers: dict[str, str] = field(default_factory=dict)
    # stem → initials of every type it has in ≥ 30% of its sightings ("P", "LO" …; group anytype)
    token_any: dict[str, str] = field(default_factory=dict)
    # normalised stem → cluster id, from stem sequences (group stemclusters)
    stem_clusters: dict[str, str] = field(default_factory=dict)
    features: tuple[str, ...] = ()  # the optional FEATURE_GROUPS this model was trained with
    # stemmed AQMAR entity phrase → type (group aqmargaz)
    aqmar_phrases: dict[str, str] = field(default_factory=dict)
    # character n-gram → log-likelihood ratio name vs common word (group nameness)
    nameness: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "token_type": self.token_type,
            "phrases": self.phrases,
            "clusters": self.clusters,
            "token_any": self.token_any,
            "stem_clusters": self.stem_clusters,
            "features": list(self.features),
            # only when used, so a model without these groups is written as before
            **({"aqmar_phrases": self.aqmar_phrases} if self.aqmar_phrases else {}),
            **({"nameness": self.nameness} if self.nameness else {}),
        }

    @classmethod
    def from_dict(cls, d: dict) -> Resources:
        return cls(
            token_type=dict(d.get("token_type", {})),
            phrases=dict(d.get("phrases", {})),
            clusters=dict(d.get("clusters", {})),
            triggers=_triggers(),
            token_any=dict(d.get("token_any", {})),
            stem_clusters=dict(d.get("stem_clusters", {})),
            features=tuple(d.get("features", ())),
            aqmar_phrases=dict(d.get("aqmar_phrases", {})),
            nameness=dict(d.get("nameness", {})),
        )


def entity_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of each entity in an IOB2 sequence (stray I- opens an entity)."""
    spans: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, t in enumerate([*tags, "O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != typ):
            if start >= 0:
                spans.append((start, i, typ))
            start, typ = (i, t[2:]) if t != "O" else (-1, "")
    return spans


def build_lexicon(sents: Iterable[tuple[list[str], list[str]]]) -> tuple[dict, dict, dict]:
    """Token→type, phrase→type and token→all-types tables from labelled sentences."""
    tok_counts: dict[str, Counter[str]] = defaultdict(Counter)
    phrase_counts: dict[str, Counter[str]] = defaultdict(Counter)
    for toks, tags in sents:
        for tok, tag in zip(toks, tags, strict=True):
            tok_counts[stem(tok)][tag[2:] if tag != "O" else "O"] += 1
        for s, e, typ in entity_spans(tags):
            if e - s <= MAX_PHRASE:
                phrase_counts[" ".join(stem(t) for t in toks[s:e])][typ] += 1
    token_type: dict[str, str] = {}
    for w, c in tok_counts.items():
        typ, n = c.most_common(1)[0]
        total = sum(c.values())
        if typ != "O" and n >= 2 and n / total >= 0.5:
            token_type[w] = typ
    phrases = {p: c.most_common(1)[0][0] for p, c in phrase_counts.items()}
    token_any: dict[str, str] = {}
    for w, c in tok_counts.items():
        total = sum(c.values())
        ts = "".join(sorted(t[0] for t in c if t != "O" and c[t] / total >= 0.3))
        if ts:
            token_any[w] = ts
    return token_type, phrases, token_any


AQMAR_TYPES = ("PERS", "LOC", "ORG")  # MISC spans are terms («بروتون», «ميكانيكا الكم»)


def build_aqmar_phrases(sents: Iterable[tuple[list[str], list[str]]]) -> dict[str, str]:
    """Stemmed entity phrase → majority type, from labelled sentences of another corpus
    (AQMAR, mapped by :func:`conll.read_aqmar`), normalised like the training-phrase
    gazetteer; MISC left out."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for toks, tags in sents:
        for s, e, typ in entity_spans(tags):
            if typ in AQMAR_TYPES and e - s <= MAX_PHRASE:
                counts[" ".join(stem(t) for t in toks[s:e])][typ] += 1
    return {p: c.most_common(1)[0][0] for p, c in sorted(counts.items()) if p}


class _PhraseIndex:
    """Longest-match lookup of stemmed phrases; only a stem that opens a phrase is tried."""

    def __init__(self, phrases: dict[str, str], prefix: str) -> None:
        self.phrases = phrases
        self.lens = sorted({p.count(" ") + 1 for p in phrases}, reverse=True)
        self.first = frozenset(p.split(" ", 1)[0] for p in phrases)
        self.b, self.i = prefix + "B=", prefix + "I="

    def match(self, stems: list[str], out: list[list[str]]) -> None:
        phrases, first = self.phrases, self.first
        n = len(stems)
        i = 0
        while i < n:
            if stems[i] not in first:
                i += 1
                continue
            matched = 0
            for L in self.lens:
                if i + L > n:
                    continue
                typ = phrases.get(" ".join(stems[i : i + L]))
                if typ:
                    out[i].append(self.b + typ)
                    for k in range(i + 1, i + L):
                        out[k].append(self.i + typ)
                    matched = L
                    break
            i += matched or 1


class _WordInfo(NamedTuple):
    norm: str
    stem: str
    trigger: str  # trigger kind ("" for none)
    # the features this word gives the token at offset -d, indexed by d + 2 (d = -2, -1, 1, 2)
    lend: tuple[tuple[str, ...], ...]
    features: tuple[str, ...]  # the word's own features
    cross: tuple[str, ...]  # those crossed with the passage's domain


_LEND_PREFIX = ((-2, "-2"), (-1, "-1"), (0, ""), (1, "1"), (2, "2"))


class Featurizer:
    def __init__(self, res: Resources) -> None:
        self.res = res
        self.groups = frozenset(res.features)
        unknown = self.groups - KNOWN_GROUPS
        if unknown:
            # a model from a newer khabar: tagging without its features would be silently worse
            raise ValueError(f"NER resources name unknown feature groups: {sorted(unknown)}")
        for g, table in (("aqmargaz", res.aqmar_phrases), ("nameness", res.nameness)):
            if g in self.groups and not table:
                raise ValueError(f"NER resources record feature group {g!r} but hold no table")
        if not res.triggers:
            res.triggers = _triggers()
        self._cache: dict[str, _WordInfo] = {}
        self._phrase_index = _PhraseIndex(res.phrases, "gp")
        self._aqmar = _PhraseIndex(res.aqmar_phrases, "gq") if "aqmargaz" in self.groups else None
        self._nameness = None
        if "nameness" in self.groups:
            from .nameness import NamenessScorer

            self._nameness = NamenessScorer(res.nameness)

    def word_features(self, word: str) -> tuple[str, ...]:
        """Features of ``word`` alone (cached per distinct word with :meth:`_context`)."""
        return self._context(word)[4]

    def _word_info(self, word: str) -> _WordInfo:
        """Everything about a word alone, in one pass: its features, the features it lends its
        neighbours and those crossed with the passage's topic. A new word costs this once;
        building the three lists together (rather than filtering the first for the others)
        is most of what keeps a cold cache near the 20k tokens/s target."""
        n = norm(word)
        s = stem(word)
        res = self.res
        groups = self.groups
        f = ["w=" + n, "st=" + s]
        # what a word lends its ±1 neighbours (optional groups add theirs: k1=, gn, gza=) and
        # what is crossed with the passage's domain, in the order they appear in ``f``
        near: list[str] = []
        cross: list[str] = []
        if len(n) > 1:
            s2 = "s2=" + n[-2:]
            f += ["p1=" + n[:1], "p2=" + n[:2], "s1=" + n[-1:], s2]
            near.append(s2)
        if len(n) > 3:
            f += ["p3=" + n[:3], "s3=" + n[-3:]]
        if len(s) > 3:
            f += ["sp2=" + s[:2], "ss2=" + s[-2:], "ss3=" + s[-3:]]
        if s != n:
            f.append("cl=" + n[: len(n) - len(s)])
        if _DIGIT.search(n):
            f.append("sh=num" if n.isdigit() else "sh=hasnum")
        elif _LATIN.search(n):
            f.append("sh=lat")
        elif not n[:1].isalpha():
            f.append("sh=punct:" + n)
        f.append(f"len={min(len(s), 8)}")
        tr = res.triggers.get(n) or res.triggers.get(s)
        if tr:
            x = "tr=" + tr
            f.append(x)
            cross.append(x)
        gz = res.token_type.get(s)
        if gz:
            x = "gz=" + gz
            f.append(x)
            near.append(x)
            cross.append(x)
        cl = res.clusters.get(n)
        if not cl and n[:1].isalpha():
            f.append("rare")  # seen < 3 times in all the text: names are rare words
            cross.append("rare")
        if cl:
            # ids are "coarse-medium-fine" k-means levels: each level is its own feature
            levels = [f"c{k}={c}" for k, c in enumerate(cl.split("-"))]
            f += levels
            cross += levels[:2]
            if len(levels) > 1:
                near.append(levels[1])
        if "stemclusters" in groups:
            sc = res.stem_clusters.get(s)
            if sc:
                levels = [f"k{k}={c}" for k, c in enumerate(sc.split("-"))]
                f += levels
                if len(levels) > 1:
                    near.append(levels[1])
        if "anytype" in groups:
            for t in res.token_any.get(s, ""):
                x = "gza=" + t
                f.append(x)
                near.append(x)
        if "given" in groups:
            g = given_name(word)
            if g:
                f.append(g)
                near.append(g)
        if "wordfreq" in groups:
            f.extend(wordfreq_features(n, s))
        if self._nameness is not None:
            nm = self._nameness.feature(n, s)
            if nm:
                f.append(nm)
        trig = tr or ""
        lend: list[tuple[str, ...]] = []
        for d, pre in _LEND_PREFIX:
            if d == 0:
                lend.append(())
                continue
            lf = [pre + "w=" + n, pre + "st=" + s]
            if trig:
                lf.append(pre + "tr=" + trig)
            if d == -1 or d == 1:
                lf.extend([pre + x for x in near])
            lend.append(tuple(lf))
        # tuples, not lists: a tuple of strings leaves the garbage collector's view after one
        # pass, and a cold cache holds ~10 of these per word (collections of the growing cache
        # cost ~10 % of cold tagging with lists)
        return _WordInfo(n, s, trig, tuple(lend), tuple(f), tuple(cross))

    def _phrase_feats(self, stems: list[str]) -> list[list[str]]:
        out: list[list[str]] = [[] for _ in stems]
        self._phrase_index.match(stems, out)
        return out

    def doc_maps(self, sents: Sequence[Sequence[str]], window: int = DOC_WINDOW) -> list[dict]:
        """For each sentence, the stems that a trigger announced in the nearby sentences.

        A name introduced once as «الرئيس فلاديمير بوتين» or «حزب الليكود» is then recognised
        alone («الليكود») in the sentences around it (document-level consistency, with no labels).
        """
        per_sent: list[dict[str, str]] = []
        doms: list[Counter[str]] = []
        table = _domains() if "domain" in self.groups else None
        for toks in sents:
            found: dict[str, str] = {}
            ctx = [self._context(t) for t in toks]
            for j in range(len(ctx) - 1):
                kind = ctx[j][2]
                if kind in ("PERS", "ORG", "LOC"):
                    nxt = ctx[j + 1]
                    if nxt[0][:1].isalpha() and not nxt[2]:
                        found.setdefault(nxt[1], kind)
            per_sent.append(found)
            if table is not None:
                cues: Counter[str] = Counter()
                for c in ctx:
                    d = table.get(c[1]) or table.get(c[0])
                    if d:
                        cues[d] += 1
                doms.append(cues)
        maps: list[dict] = []
        for i in range(len(sents)):
            m: dict[str, str] = {}
            for k in range(max(0, i - window), min(len(sents), i + window + 1)):
                for w, kind in per_sent[k].items():
                    m.setdefault(w, kind)
            if doms:
                tot: Counter[str] = Counter()
                for k in range(max(0, i - DOMAIN_WINDOW), min(len(sents), i + DOMAIN_WINDOW + 1)):
                    tot.update(doms[k])
                best = [d for d, n in tot.most_common(1) if n >= DOMAIN_MIN]
                if best:
                    m[DOMAIN_KEY] = best[0]
            maps.append(m)
        return maps

    def _context(self, word: str) -> _WordInfo:
        """(norm, stem, trigger, features lent to the neighbour at offset d, the word's own
        features, those crossed with the domain), cached per distinct word."""
        c = self._cache.get(word)
        if c is not None:
            return c
        c = self._word_info(word)
        if len(self._cache) < 300_000:
            self._cache[word] = c
        return c

    def sentence_features(
        self,
        toks: Sequence[str],
        doc: dict[str, str] | None = None,
        nn: Sequence[str] | None = None,
        nn_logp: Any = None,
    ) -> list[list[str]]:
        """Features of each token of one sentence. ``doc``: the sentence's document map
        (:meth:`doc_maps`); ``nn``: the neural tagger's tags for the sentence (group "nn")."""
        ctx = [self._context(t) for t in toks]
        base = [c[4] for c in ctx]
        stems = [c[1] for c in ctx]
        gaz = self._phrase_feats(stems)
        if self._aqmar is not None:
            # tags of their own, so the CRF weighs the other corpus's names apart; added here,
            # not in _phrase_feats, which the network's encoder also calls
            self._aqmar.match(stems, gaz)
        n = len(toks)
        feats: list[list[str]] = []
        for i in range(n):
            f = ["bias", *base[i], *gaz[i]]
            if doc:
                k = doc.get(stems[i])
                if k:
                    f.append("dtr=" + k)
                dom = doc.get(DOMAIN_KEY)
                if dom:
                    # a city name in a sports passage is a club, in an arts passage a title…
                    f.append("D=" + dom)
                    f.extend(f"D{dom}|{x}" for x in ctx[i][5])
                    f.extend(f"D{dom}|{x}" for x in gaz[i])
            for d in (-2, -1, 1, 2):
                j = i + d
                if 0 <= j < n:
                    f += ctx[j][3][d + 2]
                    if (d == -1 or d == 1) and gaz[j]:
                        f.extend(f"{d}{g}" for g in gaz[j])
                else:
                    f.append(f"{d}BOS" if d < 0 else f"{d}EOS")
            if i > 0:
                f.append(f"-1|0={stems[i - 1]}|{stems[i]}")
                if ctx[i - 1][2]:
                    # a title/head right before an unseen word: the classic name slot
                    f.append(f"-1tr|rare={ctx[i - 1][2]}|{'rare' in base[i]}")
            if i + 1 < n:
                f.append(f"0|1={stems[i]}|{stems[i + 1]}")
            feats.append(f)
        if nn is not None:
            from .neural import stack_features

            stack_features(feats, nn, nn_logp if NN_PROBS_GROUP in self.groups else None)
        return feats

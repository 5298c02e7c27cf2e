"""The neural half of the stacked NER tagger: a BiLSTM whose predicted tags are CRF features.

Alone the network is weaker than the CRF (about 69.5 dev F1 against 72.5), but it errs
differently: it reads every character of a word and a whole sentence in both directions. Given
to the CRF as three features per token (its tag, and its neighbours' types), it lifts the CRF
by about 1.7 F1 over 8 seeds (docs/ner.md, "Stacked tagger").

The network is trained with torch by ``khabar train ner --neural`` (:mod:`.neural_train`) and
shipped as ONNX; tagging runs it with onnxruntime on one thread, so torch is never needed at
run time. Everything a token is turned into before the network (word, stem, characters and a
bag of the CRF's label-free feature groups) is computed here, by the same code at training
and at tagging time.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import numpy as np

from .features import DOMAIN_KEY, Featurizer, Resources, _triggers, norm, stem

LABELS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
# the CRF's word-level groups the network also sees; the word itself goes to the embeddings
KEEP = ("tr=", "gn", "zf=", "zs=", "dr=", "pr=", "sh=", "len=", "cl=")
NN_GROUPS = ("given", "wordfreq", "domain")
# the CRF's label-derived lexicon groups a network trained with ``NetConfig.lexicon`` also sees
# (token lexicon type, any-type set); it then reads the phrase gazetteer (training phrases and
# CLDR) from the same lexicon. Jackknifed at training time like the CRF's (neural_train.py)
LEX = ("gz=", "gza=")
MAX_CHARS = 20  # characters of a word the char-CNN reads
COMMON_MIN = 3  # a word seen fewer times in training is flagged "rare" (names are rare words)
NN_MODEL_FILE = "ner_nn.onnx"
NN_VOCAB_FILE = "ner_nn_vocab.json.gz"
INPUTS = ("w", "s", "c", "f")


class Vocab:
    """String → row of an embedding table; 0 is padding, 1 unknown."""

    def __init__(self, itos: Sequence[str]) -> None:
        self.itos = list(itos)
        self.stoi = {w: i for i, w in enumerate(self.itos)}

    @classmethod
    def from_counts(cls, counts: Counter[str], min_count: int = 1) -> Vocab:
        return cls(["<pad>", "<unk>", *sorted(w for w, c in counts.items() if c >= min_count)])

    def __call__(self, w: str) -> int:
        return self.stoi.get(w, 1)

    def __len__(self) -> int:
        return len(self.itos)


@dataclass
class NeuralVocab:
    """Everything that maps tokens to the network's inputs; saved beside the ONNX file."""

    words: Vocab
    stems: Vocab
    chars: Vocab
    feats: Vocab
    # normalised words seen ≥ COMMON_MIN times in the training text; others are "rare"
    common: frozenset[str] = frozenset()
    # the CLDR phrase gazetteer as it was at training time (a later lexicon edit must not
    # change what the shipped network sees)
    phrases: dict[str, str] = field(default_factory=dict)
    # the network reads the label-derived lexicon (LEX groups and the phrase gazetteer) of the
    # CRF it is stacked under (Encoder.use_lexicon); ``phrases`` is then empty: no second copy
    lexicon: bool = False

    def to_dict(self) -> dict:
        d = {
            "labels": list(LABELS),
            "words": self.words.itos,
            "stems": self.stems.itos,
            "chars": self.chars.itos,
            "feats": self.feats.itos,
            "common": sorted(self.common),
            "phrases": self.phrases,
        }
        if self.lexicon:  # only when set: a network without it saves the bytes it always did
            d["lexicon"] = True
        return d

    @classmethod
    def from_dict(cls, d: dict) -> NeuralVocab:
        if tuple(d.get("labels", ())) != LABELS:
            raise ValueError(f"neural NER vocabulary has labels {d.get('labels')}, not {LABELS}")
        return cls(
            Vocab(d["words"]),
            Vocab(d["stems"]),
            Vocab(d["chars"]),
            Vocab(d["feats"]),
            frozenset(d["common"]),
            dict(d["phrases"]),
            bool(d.get("lexicon", False)),
        )

    def save(self, path: Path) -> None:
        raw = json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True).encode("utf-8")
        path.write_bytes(gzip.compress(raw, mtime=0))  # mtime=0: byte-identical reruns

    @classmethod
    def load(cls, path: Path) -> NeuralVocab:
        return cls.from_dict(json.loads(gzip.decompress(path.read_bytes()).decode("utf-8")))


class _Word(NamedTuple):
    word: int
    stem_id: int
    chars: tuple[int, ...]
    feats: tuple[str, ...]
    feat_ids: tuple[int, ...]
    stem: str


class Encoder:
    """Tokens of one sentence → the network's four integer inputs.

    ``w`` word ids (T), ``s`` stem ids (T), ``c`` character ids (T × L, L ≤ MAX_CHARS),
    ``f`` feature ids (T × F, 0-padded bag). Word-level parts are cached per distinct word.
    """

    def __init__(self, vocab: NeuralVocab) -> None:
        self.vocab = vocab
        self.featurizer = Featurizer(
            Resources(phrases=vocab.phrases, triggers=_triggers(), features=NN_GROUPS)
        )
        # the CRF featurizer's word features hold the same KEEP groups when it has the
        # NN_GROUPS (same trigger table, same word-only functions): reading them from its
        # cache saves computing them twice per new word (share_word_features)
        self._word_features = self.featurizer.word_features
        # the featurizer whose label-derived lexicon the network reads (vocab.lexicon only)
        self.lexicon: Featurizer | None = None
        self._cache: dict[str, _Word] = {}

    def doc_maps(self, sents: Sequence[Sequence[str]]) -> list[dict]:
        return self.featurizer.doc_maps(sents)

    def share_word_features(self, word_features: Callable[[str], Sequence[str]]) -> None:
        """Read word features from another featurizer with the NN_GROUPS (the CRF's)."""
        self._word_features = word_features
        self._cache.clear()

    def use_lexicon(self, featurizer: Featurizer) -> None:
        """Read the token lexicon (``gz=``, ``gza=``) and the phrase gazetteer from
        ``featurizer``: at tagging time the CRF's (the lexicon of all training sentences), at
        training time a jackknifed one. Only for a vocabulary with ``lexicon`` set."""
        self.lexicon = featurizer
        self._cache.clear()

    def _lexicon(self) -> Featurizer | None:
        if not self.vocab.lexicon:
            return None
        if self.lexicon is None:
            raise ValueError(
                "this NER network reads the CRF's lexicon: call Encoder.use_lexicon "
                "(Tagger.load does) before encoding"
            )
        return self.lexicon

    def _word(self, word: str) -> _Word:
        got = self._cache.get(word)
        if got is not None:
            return got
        v = self.vocab
        n = norm(word)
        st = stem(word)
        feats = [x for x in self._word_features(word) if x.startswith(KEEP)]
        lex = self._lexicon()
        if lex is not None:
            feats += [x for x in lex.word_features(word) if x.startswith(LEX)]
        if n not in v.common and word[:1].isalpha():
            feats.append("rare")
        chars = v.chars.stoi.get
        fids = v.feats.stoi.get
        got = _Word(
            v.words.stoi.get(n, 1),
            v.stems.stoi.get(st, 1),
            # tuples: cached per word, they leave the garbage collector's view (features.py)
            tuple([chars(ch, 1) for ch in n[:MAX_CHARS]]),
            tuple(feats),
            tuple([fids(x, 1) for x in feats]),
            st,
        )
        if len(self._cache) < 300_000:
            self._cache[word] = got
        return got

    def _context(self, words: list[_Word], doc: dict[str, str] | None) -> list[list[str]]:
        """Per-token features that depend on the sentence and document: phrase gazetteer,
        stems a trigger announced nearby (dtr=), the passage's topic (D=)."""
        lex = self._lexicon()
        out = (lex or self.featurizer)._phrase_feats([x.stem for x in words])
        if doc:
            dom = doc.get(DOMAIN_KEY)
            for x, f in zip(words, out, strict=True):
                k = doc.get(x.stem)
                if k:
                    f.append("dtr=" + k)
                if dom:
                    f.append("D=" + dom)
        return out

    def features(self, toks: Sequence[str], doc: dict[str, str] | None = None) -> list[list[str]]:
        """The bag of feature strings of each token (what the vocabulary is built from)."""
        words = [self._word(t) for t in toks]
        return [[*x.feats, *c] for x, c in zip(words, self._context(words, doc), strict=True)]

    def encode(
        self, toks: Sequence[str], doc: dict[str, str] | None = None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        get = self.vocab.feats.stoi.get
        words = [self._word(t) for t in toks]
        bags = [
            [*x.feat_ids, *[get(y, 1) for y in c]] if c else x.feat_ids
            for x, c in zip(words, self._context(words, doc), strict=True)
        ]
        T = len(toks)
        L = max(1, max((len(x.chars) for x in words), default=1))
        F = max(1, max((len(b) for b in bags), default=1))
        c = np.zeros((T, L), dtype=np.int64)
        f = np.zeros((T, F), dtype=np.int64)
        for i, (x, bag) in enumerate(zip(words, bags, strict=True)):
            c[i, : len(x.chars)] = x.chars
            f[i, : len(bag)] = bag
        w = np.fromiter((x.word for x in words), dtype=np.int64, count=T)
        s = np.fromiter((x.stem_id for x in words), dtype=np.int64, count=T)
        return w, s, c, f


def doc_maps(sents: Sequence[Sequence[str]]) -> list[dict]:
    """Document maps as the network reads them (the CRF's, when it has the "domain" group)."""
    return Featurizer(Resources(triggers=_triggers(), features=NN_GROUPS)).doc_maps(sents)


def _transitions() -> tuple[np.ndarray, np.ndarray]:
    """Log-masks of valid IOB2: no I- at the start, none after O or after another type."""
    n = len(LABELS)
    start = np.array([-np.inf if t.startswith("I-") else 0.0 for t in LABELS])
    trans = np.zeros((n, n))
    for i, a in enumerate(LABELS):
        for j, b in enumerate(LABELS):
            if b.startswith("I-") and (a == "O" or a[2:] != b[2:]):
                trans[i, j] = -np.inf
    return start, trans


_START, _TRANS = _transitions()


def _valid_iob2(tags: list[str]) -> bool:
    prev = "O"
    for t in tags:
        if t[0] == "I" and (prev == "O" or prev[2:] != t[2:]):
            return False
        prev = t
    return True


def viterbi(logp: np.ndarray) -> list[str]:
    """Best valid IOB2 sequence under per-token log-probabilities ``logp`` (T × labels)."""
    T = logp.shape[0]
    if T == 0:
        return []
    # the unconstrained best labels, when they already form valid IOB2, are the answer (no
    # valid sequence can score higher); that is most sentences, at a fraction of the cost
    best = logp.argmax(axis=1).tolist()
    tags = [LABELS[k] for k in best]
    if _valid_iob2(tags):
        return tags
    score = logp[0] + _START
    back = np.empty((T - 1, len(LABELS)), dtype=np.int64)
    for t in range(1, T):
        cand = score[:, None] + _TRANS
        back[t - 1] = cand.argmax(axis=0)
        score = cand.max(axis=0) + logp[t]
    j = int(score.argmax())
    path = [j]
    for bp in back[::-1]:
        j = int(bp[j])
        path.append(j)
    return [LABELS[k] for k in reversed(path)]


class NeuralTagger:
    """The BiLSTM run by onnxruntime: IOB2 tags per token, before any CRF."""

    def __init__(self, onnx_model: bytes, vocab: NeuralVocab) -> None:
        import onnxruntime as ort

        so = ort.SessionOptions()
        # one thread: the tagger is benchmarked per core, and batch jobs run one per core
        so.intra_op_num_threads = 1
        so.inter_op_num_threads = 1
        so.log_severity_level = 3
        self._session = ort.InferenceSession(onnx_model, so, providers=["CPUExecutionProvider"])
        self.encoder = Encoder(vocab)

    @classmethod
    def load(cls, folder: Path) -> NeuralTagger:
        return cls((folder / NN_MODEL_FILE).read_bytes(), NeuralVocab.load(folder / NN_VOCAB_FILE))

    def logp(self, toks: Sequence[str], doc: dict[str, str] | None = None) -> np.ndarray:
        """Per-token log-probabilities over :data:`LABELS` (T × 9)."""
        if not toks:
            return np.zeros((0, len(LABELS)), dtype=np.float32)
        arrays = self.encoder.encode(toks, doc)
        return self._session.run(None, dict(zip(INPUTS, arrays, strict=True)))[0]

    def tag(self, toks: Sequence[str], doc: dict[str, str] | None = None) -> list[str]:
        return viterbi(self.logp(toks, doc))

    def tag_with_logp(
        self, toks: Sequence[str], doc: dict[str, str] | None = None
    ) -> tuple[list[str], np.ndarray]:
        lp = self.logp(toks, doc)
        return viterbi(lp), lp

    def tag_sentences(
        self, sents: Sequence[Sequence[str]], maps: Sequence[dict | None] | None = None
    ) -> list[list[str]]:
        if maps is None:
            maps = self.encoder.doc_maps(sents)
        return [self.tag(s, m) for s, m in zip(sents, maps, strict=True)]


_LABEL_INDEX = {t: k for k, t in enumerate(LABELS)}
_TYPE_COLUMNS = {
    t: [k for k, lab in enumerate(LABELS) if lab[2:] == t] for t in ("PERS", "LOC", "ORG", "MISC")
}
NN_ALT_MIN = 0.15  # an O token whose best entity type has at least this probability


def stack_features(
    feats: list[list[str]], tags: Sequence[str], logp: np.ndarray | None = None
) -> None:
    """Add the network's tags to CRF features in place: its tag for the token, and the entity
    type (or nothing, for O) it gives each neighbour. With ``logp`` (group "nnp"), also how sure
    it was of its tag, and for a token it left O the entity type it hesitated over."""
    n = len(tags)
    probs = np.exp(logp) if logp is not None else None
    for i, f in enumerate(feats):
        f.append("nn=" + tags[i])
        if i > 0:
            f.append("-1nn=" + tags[i - 1][2:])
        if i + 1 < n:
            f.append("1nn=" + tags[i + 1][2:])
        if probs is not None:
            p = float(probs[i, _LABEL_INDEX[tags[i]]])
            f.append(f"nnc={tags[i]}|{'lo' if p < 0.5 else 'mid' if p < 0.9 else 'hi'}")
            if tags[i] == "O":
                typ, q = max(
                    ((t, float(probs[i, cols].sum())) for t, cols in _TYPE_COLUMNS.items()),
                    key=lambda x: x[1],
                )
                if q >= NN_ALT_MIN:
                    f.append("nnalt=" + typ)


__all__ = [
    "LABELS",
    "LEX",
    "NN_MODEL_FILE",
    "NN_VOCAB_FILE",
    "Encoder",
    "NeuralTagger",
    "NeuralVocab",
    "Vocab",
    "doc_maps",
    "stack_features",
    "viterbi",
]

"""Training the BiLSTM of the stacked tagger (needs torch: ``pip install 'khabar[train]'``).

:func:`stacked_tags` gives what the CRF trainer needs:

* out-of-fold tags for every training sentence — each from a network that never saw that
  sentence's labels, so the CRF learns how far to trust the network on *new* text, not on
  sentences it memorised;
* the network trained on all training sentences, exported to ONNX, which is what ships and
  tags new text (and the dev split when dev is held out).

Every network is seeded and trained on one thread, so a run is a function of its seeds; the
independent trainings run in parallel processes (``jobs``). Tags are always computed through
the exported ONNX file and :class:`.neural.NeuralTagger`, the code path that tags at run time.
"""

from __future__ import annotations

import hashlib
import io
import json
import pickle
import random
import time
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from multiprocessing import get_context
from pathlib import Path

from .features import Featurizer, Resources, build_lexicon, cldr_phrases, norm, stem
from .neural import COMMON_MIN, INPUTS, LABELS, Encoder, NeuralTagger, NeuralVocab, Vocab

Sentence = tuple[list[str], list[str]]


@dataclass(frozen=True)
class NetConfig:
    """The network and its training; chosen once on dev (docs/ner.md), 12 epochs fixed."""

    epochs: int = 12
    wdim: int = 100  # word embedding
    sdim: int = 50  # stem embedding
    cdim: int = 50  # char-CNN filters
    fdim: int = 32  # feature-bag embedding
    hidden: int = 128  # LSTM units per direction
    dropout: float = 0.5
    wdrop: float = 0.1  # rate at which a training word is replaced by <unk>
    batch: int = 16
    lr: float = 2e-3
    folds: int = 5
    # the CRF's label-derived lexicon features (gz=, gza=, training-phrase gazetteer) as
    # network inputs, jackknifed (stacked_tags); off: measured in docs/ner.md, "Stacked tagger"
    lexicon: bool = False
    layers: int = 1  # stacked BiLSTM layers (2: measured in docs/ner.md, "Stacked tagger")
    # the network's weights averaged over the ends of its last ``swa`` epochs (stochastic
    # weight averaging; 0 = the last epoch's weights): one network at run time, smoothed
    # over the epoch-to-epoch swings of its dev score
    swa: int = 0


# fields added after networks were first cached, with their defaults: the cache key leaves a
# field out while it has its default, so networks cached before it existed keep their keys
_LATER_FIELDS = {"lexicon": False, "layers": 1, "swa": 0}


def _key_config(cfg: NetConfig) -> dict:
    """The config as the cache key reads it (see _LATER_FIELDS)."""
    d = asdict(cfg)
    for k, default in _LATER_FIELDS.items():
        if d[k] == default:
            del d[k]
    return d


# a lexicon (Resources) per sentence: (the lexicons, index of each sentence's lexicon)
Lexicons = tuple[list[Resources], list[int]]


def lexicon_resources(sents: Sequence[Sentence], cldr: dict[str, str]) -> Resources:
    """The label-derived lexicon of ``sents`` as the CRF trainer builds it (token type,
    any-type set, training phrases over the CLDR gazetteer)."""
    token_type, phrases, token_any = build_lexicon(sents)
    return Resources(token_type, {**cldr, **phrases}, token_any=token_any, features=("anytype",))


def _torch():
    try:
        import torch
    except ImportError as e:  # pragma: no cover - depends on the installation
        raise RuntimeError(
            "training the neural NER tagger needs torch (and onnx): pip install 'khabar[train]'"
        ) from e
    return torch


def _net(nw: int, ns: int, nc: int, nf: int, cfg: NetConfig):
    torch = _torch()
    from torch import nn

    class Net(nn.Module):
        """char-CNN + word, stem and feature-bag embeddings → BiLSTM (``cfg.layers``) → tag
        scores.

        ``forward`` takes one unpadded sentence (what the exported network runs);
        ``forward_batch`` padded batches for training."""

        def __init__(self) -> None:
            super().__init__()
            self.wemb = nn.Embedding(nw, cfg.wdim, padding_idx=0)
            self.semb = nn.Embedding(ns, cfg.sdim, padding_idx=0)
            self.cemb = nn.Embedding(nc, 32, padding_idx=0)
            self.conv = nn.Conv1d(32, cfg.cdim, 3, padding=1)
            self.femb = nn.Embedding(nf, cfg.fdim, padding_idx=0)
            self.drop = nn.Dropout(cfg.dropout)
            d_in = cfg.wdim + cfg.sdim + cfg.cdim + cfg.fdim
            self.lstm = nn.LSTM(
                d_in,
                cfg.hidden,
                num_layers=cfg.layers,
                batch_first=True,
                bidirectional=True,
                # between stacked layers only (torch warns, and ignores it, for one layer)
                dropout=cfg.dropout if cfg.layers > 1 else 0.0,
            )
            self.out = nn.Linear(2 * cfg.hidden, len(LABELS))

        def _words(self, w, s, c, f):
            # w, s: (B, T); c: (B, T, L); f: (B, T, F) → (B, T, d_in)
            B, T, L = c.shape
            ch = self.cemb(c.reshape(B * T, L)).transpose(1, 2)
            ch = torch.relu(self.conv(ch)).max(dim=2).values.reshape(B, T, -1)
            # a bag of features: padding rows of femb are zero, so the sum ignores them
            fb = self.femb(f).sum(dim=2)
            return torch.cat([self.wemb(w), self.semb(s), ch, fb], dim=-1)

        def forward_batch(self, w, s, c, f, lengths):
            x = self.drop(self._words(w, s, c, f))
            packed = nn.utils.rnn.pack_padded_sequence(
                x, lengths, batch_first=True, enforce_sorted=False
            )
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=w.shape[1])
            return self.out(self.drop(h))

        def forward(self, w, s, c, f):
            h, _ = self.lstm(self._words(w[None], s[None], c[None], f[None]))
            return torch.log_softmax(self.out(h[0]), dim=-1)

    return Net()


def _encoders(vocab: NeuralVocab, lexicons: Sequence[Resources]) -> list[Encoder]:
    """One encoder per lexicon (their word caches differ), or one plain encoder."""
    base = Encoder(vocab)
    if not vocab.lexicon:
        return [base]
    out = []
    for res in lexicons:
        enc = Encoder(vocab)
        enc.share_word_features(base.featurizer.word_features)
        enc.use_lexicon(Featurizer(res))
        out.append(enc)
    return out


def build_vocab(
    train: Sequence[Sentence], maps: Sequence[dict | None], lex: Lexicons | None = None
) -> NeuralVocab:
    """Words and stems seen twice, every character, every feature string of the training
    sentences; the CLDR gazetteer as it is now (with ``lex``: none, the network reads the
    lexicon's phrase gazetteer, and each sentence's features come from its own lexicon)."""
    counts = Counter(norm(t) for toks, _ in train for t in toks)
    vocab = NeuralVocab(
        words=Vocab.from_counts(counts, 2),
        stems=Vocab.from_counts(Counter(stem(t) for toks, _ in train for t in toks), 2),
        chars=Vocab.from_counts(Counter(ch for w in counts for ch in w)),
        feats=Vocab([]),
        common=frozenset(w for w, c in counts.items() if c >= COMMON_MIN),
        phrases={} if lex else cldr_phrases(),
        lexicon=lex is not None,
    )
    # feature strings depend on ``common`` (the rare flag): read them with first encoders
    encs = _encoders(vocab, lex[0] if lex else [])
    which = lex[1] if lex else [0] * len(train)
    feats: Counter[str] = Counter()
    for (toks, _), m, k in zip(train, maps, which, strict=True):
        for bag in encs[k].features(toks, m):
            feats.update(bag)
    vocab.feats = Vocab.from_counts(feats)
    return vocab


def fit(
    train: Sequence[Sentence],
    maps: Sequence[dict | None],
    cfg: NetConfig,
    seed: int,
    lex: Lexicons | None = None,
) -> tuple[bytes, NeuralVocab]:
    """Train one network (seeded, one thread); returns its ONNX bytes and vocabulary.
    ``lex``: each training sentence's lexicon (a network with ``lexicon`` inputs)."""
    torch = _torch()
    from torch import nn

    torch.set_num_threads(1)
    torch.manual_seed(seed)
    rng = random.Random(seed)
    vocab = build_vocab(train, maps, lex)
    encs = _encoders(vocab, lex[0] if lex else [])
    which = lex[1] if lex else [0] * len(train)
    items = []
    for (toks, tags), m, k in zip(train, maps, which, strict=True):
        w, s, c, f = encs[k].encode(toks, m)
        y = [LABELS.index(t) for t in tags]
        items.append((w, s, c, f, y))
    net = _net(len(vocab.words), len(vocab.stems), len(vocab.chars), len(vocab.feats), cfg)
    opt = torch.optim.Adam(net.parameters(), lr=cfg.lr)
    lossf = nn.CrossEntropyLoss(ignore_index=-100)
    net.train()
    avg: dict | None = None
    for epoch in range(cfg.epochs):
        rng.shuffle(items)
        for i in range(0, len(items), cfg.batch):
            w, s, c, f, lens, y = _batch(items[i : i + cfg.batch], cfg.wdrop, rng)
            opt.zero_grad()
            loss = lossf(net.forward_batch(w, s, c, f, lens).reshape(-1, len(LABELS)), y.view(-1))
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
        if cfg.swa and epoch >= cfg.epochs - cfg.swa:
            state = {k: v.detach().clone().double() for k, v in net.state_dict().items()}
            avg = state if avg is None else {k: avg[k] + state[k] for k in avg}
    if avg is not None:
        n = min(cfg.swa, cfg.epochs)
        ref = net.state_dict()
        net.load_state_dict({k: (avg[k] / n).to(ref[k].dtype) for k in avg})
    net.eval()
    return export_onnx(net, items[0][:4]), vocab


def _batch(items, wdrop: float, rng: random.Random):
    torch = _torch()
    B = len(items)
    T = max(len(x[0]) for x in items)
    L = max(x[2].shape[1] for x in items)
    F = max(x[3].shape[1] for x in items)
    w = torch.zeros(B, T, dtype=torch.long)
    s = torch.zeros(B, T, dtype=torch.long)
    c = torch.zeros(B, T, L, dtype=torch.long)
    f = torch.zeros(B, T, F, dtype=torch.long)
    y = torch.full((B, T), -100, dtype=torch.long)
    for b, (wi, si, ci, fi, yi) in enumerate(items):
        n = len(wi)
        ww = torch.from_numpy(wi)
        if wdrop:
            drop = torch.tensor([rng.random() < wdrop for _ in range(n)])
            ww = torch.where(drop, torch.ones_like(ww), ww)
        w[b, :n] = ww
        s[b, :n] = torch.from_numpy(si)
        c[b, :n, : ci.shape[1]] = torch.from_numpy(ci)
        f[b, :n, : fi.shape[1]] = torch.from_numpy(fi)
        y[b, :n] = torch.tensor(yi)
    return w, s, c, f, torch.tensor([len(x[0]) for x in items]), y


def export_onnx(net, example) -> bytes:
    """The network for one unpadded sentence, as ONNX (dynamic length, word and bag sizes)."""
    torch = _torch()
    args = tuple(torch.from_numpy(a) for a in example)
    buf = io.BytesIO()
    # the tracer warns about the LSTM's batch size and Python-side checks: the exported graph
    # is for one sentence (batch 1) by construction, and tests compare it with the trainer
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            net,
            args,
            buf,
            input_names=list(INPUTS),
            output_names=["logp"],
            dynamic_axes={
                "w": {0: "T"},
                "s": {0: "T"},
                "c": {0: "T", 1: "L"},
                "f": {0: "T", 1: "F"},
            },
            dynamo=False,
        )
    return buf.getvalue()


def quantize(onnx_model: bytes) -> bytes:
    """Weights stored as int8, activations quantized on the fly (onnxruntime's dynamic
    quantization): 4× smaller and ~12 % faster to tag, −0.08 dev F1 over 8 CRF seeds
    (docs/ner.md)."""
    import logging
    import tempfile

    from onnxruntime.quantization import QuantType, quantize_dynamic

    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "fp32.onnx", Path(tmp) / "int8.onnx"
        src.write_bytes(onnx_model)
        root = logging.getLogger()
        level = root.level
        root.setLevel(logging.ERROR)  # a hint to run shape pre-processing: not needed here
        try:
            quantize_dynamic(src, dst, weight_type=QuantType.QInt8)
        finally:
            root.setLevel(level)
        return dst.read_bytes()


def _job(args) -> tuple[bytes, dict, list[list[str]], list]:
    """One network (run in a worker process): train, export, tag ``test`` through ONNX
    (tags, and log-probabilities as float16)."""
    train, train_maps, test, test_maps, cfg, seed, lex, test_lex = args
    onnx_model, vocab = fit(train, train_maps, cfg, seed, lex)
    tagger = NeuralTagger(onnx_model, vocab)
    if test_lex is not None:
        tagger.encoder.use_lexicon(Featurizer(test_lex))
    out = [tagger.tag_with_logp(s, m) for s, m in zip(test, test_maps, strict=True)]
    return onnx_model, vocab.to_dict(), [t for t, _ in out], [lp.astype("float16") for _, lp in out]


@dataclass
class Stacked:
    """What :func:`stacked_tags` gives the CRF trainer."""

    oof: list[list[str]]  # out-of-fold tags of each training sentence
    oof_logp: list  # their per-token log-probabilities (float16 arrays, T × labels)
    onnx_model: bytes  # the network trained on all the sentences
    vocab: NeuralVocab
    heldout: list[list[str]]  # that network's tags for the held-out sentences


def _nested_lexicons(
    sents: Sequence[Sentence], train: list[int], cfg: NetConfig, seed: int
) -> tuple[Lexicons, Resources]:
    """Lexicons for a network trained on the sentences ``train`` (indices into ``sents``).

    Each training sentence reads the lexicon of the *other* lexicon folds among ``train``
    (the CRF's jackknife, nested inside the network's own training set); the sentences the
    network then tags read the lexicon of all of ``train``. So no sentence's features ever
    hold its own labels, and an out-of-fold network never sees a label of the fold it tags,
    not even through its training sentences' lexicon features.

    The lexicon folds are the CRF trainer's (``random.Random(seed)``, ``cfg.folds``): for
    the final network, with the CRF seed equal to the network seed (the shipped case), each
    training sentence has exactly the lexicon features the CRF sees.
    """
    rng = random.Random(seed)
    lexfold = [rng.randrange(cfg.folds) for _ in sents]
    cldr = cldr_phrases()
    lexicons = [
        lexicon_resources([sents[i] for i in train if lexfold[i] != q], cldr)
        for q in range(cfg.folds)
    ]
    return (lexicons, [lexfold[i] for i in train]), lexicon_resources(
        [sents[i] for i in train], cldr
    )


def cache_key(
    sents: Sequence[Sentence],
    maps: Sequence[dict | None],
    heldout: Sequence[list[str]],
    cfg: NetConfig,
    seed: int,
) -> str:
    """The networks' cache key: a hash of the data, document maps, config and seed.

    Hashed as canonical JSON, not as a pickle: a pickle's bytes depend on which equal strings
    are the same object (its memo), so a refactor that shares strings differently changed the
    key of identical data and retrained identical networks (stop 14)."""
    doc = [3, list(sents), list(maps), list(heldout), _key_config(cfg), seed]
    raw = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def stacked_tags(
    sents: Sequence[Sentence],
    maps: Sequence[dict | None],
    cfg: NetConfig,
    seed: int,
    heldout: Sequence[list[str]] = (),
    heldout_maps: Sequence[dict | None] = (),
    jobs: int = 1,
    cache: Path | None = None,
    log: Callable[[str], None] = print,
) -> Stacked:
    """Out-of-fold tags (and log-probabilities) of ``sents``; the ONNX bytes and vocabulary of
    the network trained on all of ``sents``; that network's tags for ``heldout``.

    ``maps`` are the sentences' document maps (the CRF trainer's, same order). ``cache``: a
    folder where the result is kept under a key of the data, maps, config and seed, so that
    several CRF trainings over the same network (e.g. CRF seeds) train it once.
    """
    key = None
    if cache is not None:
        key = cache / f"ner-nn-{cache_key(sents, maps, heldout, cfg, seed)}.pkl"
        if key.is_file():
            log(f"neural: reusing {key}")
            oof, oof_logp, onnx_model, vd, held = pickle.loads(key.read_bytes())
            return Stacked(oof, oof_logp, onnx_model, NeuralVocab.from_dict(vd), held)
    t0 = time.time()
    rng = random.Random(seed + 101)
    fold = [rng.randrange(cfg.folds) for _ in sents]
    tasks = []
    for k in range(cfg.folds):
        tr = [i for i, f in enumerate(fold) if f != k]
        te = [i for i, f in enumerate(fold) if f == k]
        lex, test_lex = _nested_lexicons(sents, tr, cfg, seed) if cfg.lexicon else (None, None)
        tasks.append(
            (
                [sents[i] for i in tr],
                [maps[i] for i in tr],
                [sents[i][0] for i in te],
                [maps[i] for i in te],
                cfg,
                seed + k,
                lex,
                test_lex,
            )
        )
    every = list(range(len(sents)))
    lex, test_lex = _nested_lexicons(sents, every, cfg, seed) if cfg.lexicon else (None, None)
    tasks.append(
        (list(sents), list(maps), list(heldout), list(heldout_maps), cfg, seed, lex, test_lex)
    )
    log(f"neural: {len(tasks)} BiLSTM trainings ({cfg.epochs} epochs each), {jobs} at a time")
    # always in worker processes, even one at a time: torch and onnxruntime threads left in
    # this process would share the C library's rand() with the CRF trainer's shuffle
    with ProcessPoolExecutor(jobs, mp_context=get_context("spawn")) as ex:
        results = list(ex.map(_job, tasks))
    oof: list[list[str]] = [[] for _ in sents]
    oof_logp: list = [None] * len(sents)
    for k in range(cfg.folds):
        te = [i for i, f in enumerate(fold) if f == k]
        for i, tags, lp in zip(te, results[k][2], results[k][3], strict=True):
            oof[i] = tags
            oof_logp[i] = lp
    onnx_model, vd, held, _ = results[-1]
    log(f"neural: trained ({time.time() - t0:.0f}s)")
    if key is not None:
        key.parent.mkdir(parents=True, exist_ok=True)
        key.write_bytes(pickle.dumps((oof, oof_logp, onnx_model, vd, held)))
    return Stacked(oof, oof_logp, onnx_model, NeuralVocab.from_dict(vd), held)

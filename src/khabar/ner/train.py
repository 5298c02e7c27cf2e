"""Training the shipped CRF: ``khabar train ner`` calls :func:`train`.

Reproducible: the data order is fixed, the dev split is the last ``dev_fraction`` of ANERcorp's
train file (never trained on when dev scores are reported), k-means and fold assignment use
fixed seeds, and L-BFGS is deterministic.

Gazetteer features built from the training labels would fire on every training entity and the
CRF would learn to trust them blindly; so training sentences see a *jackknifed* lexicon built
from the other folds only, and the shipped lexicon (built from all training sentences) is used
at tagging time.
"""

from __future__ import annotations

import gzip
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import conll
from .clusters import build_clusters
from .features import (
    ALL_GROUPS,
    FEATURE_GROUPS,
    NN_GROUP,
    NN_PROBS_GROUP,
    Featurizer,
    Resources,
    _triggers,
    build_aqmar_phrases,
    build_lexicon,
    cldr_phrases,
    norm,
    stem,
)
from .neural import NN_MODEL_FILE, NN_VOCAB_FILE
from .score import score
from .tagger import MODEL_FILE, RESOURCES_FILE, Tagger, save_resources


def _default_data() -> Path:
    """``$KHABAR_NER_DATA``, else ``../shared/data/ner`` beside the checkout, else /work/shared."""
    env = os.environ.get("KHABAR_NER_DATA")
    if env:
        return Path(env)
    for cand in (
        Path("../shared/data/ner"),
        Path(__file__).resolve().parents[4] / "shared/data/ner",
    ):
        if (cand / "anercorp").is_dir():
            return cand
    return Path("/work/shared/data/ner")


DEFAULT_DATA = _default_data()
ANER_TRAIN = "anercorp/ANERCorp_CamelLab_train.txt"
SEED = 13


@dataclass
class TrainConfig:
    data: Path = DEFAULT_DATA
    out: Path | None = None  # default: the package's models/ folder
    dev_fraction: float = 0.1
    full: bool = False  # train on the dev split too (for the shipped model)
    aqmar: bool = False  # AQMAR labelled sentences added (hurt news dev: docs/ner.md)
    clusters: bool = True
    unlabelled_aqmar: bool = False  # AQMAR tokens (labels ignored) as extra text for clusters
    folds: int = 5
    doc: bool = True  # document-window trigger features
    c1: float = 0.05
    c2: float = 0.01
    # Averaged perceptron, 30 epochs: on dev it matched or beat L-BFGS (L1+L2) and trains in
    # a fraction of the time; see docs/ner.md for the comparison.
    max_iterations: int = 30
    algorithm: str = "ap"
    minfreq: int = 1  # drop features seen fewer times (smaller model)
    seed: int = SEED  # k-means initialisation and jackknife folds
    # optional feature groups (features.FEATURE_GROUPS); all five: +2.6 F1 mean dev (docs/ner.md);
    # features.EXTRA_GROUPS (aqmargaz, nameness) may be added: measured, off by default
    features: tuple[str, ...] = FEATURE_GROUPS
    # mention replacement: this fraction of the sentences with names is copied once more with
    # each name swapped for another training name of its type (0 = off)
    augment: float = 0.0
    # stack the CRF on a BiLSTM (khabar/ner/neural.py; needs torch to train): +1.7 dev F1
    neural: bool = True
    nn_seed: int = SEED  # the networks' own seed, so CRF seeds can vary over one network
    nn_jobs: int = 1  # BiLSTM trainings run in parallel processes (one thread each)
    nn_cache: Path | None = None  # keep trained networks here, keyed by data, config and seed
    nn_epochs: int = 12
    # the network's confidence as CRF features too (group "nnp": nnc=, nnalt=)
    nn_probs: bool = False
    # the network also reads the CRF's label-derived lexicon (gz=, gza=, phrase gazetteer),
    # jackknifed (neural_train._nested_lexicons); off until it pays (docs/ner.md)
    nn_lexicon: bool = False
    nn_layers: int = 1  # BiLSTM layers of the network (2: measured, docs/ner.md)
    nn_swa: int = 0  # average the network's weights over its last N epochs (0: off)
    nn_int8: bool = True  # ship the network quantized (smaller, faster, −0.08 F1: docs/ner.md)


def _spans(tags: list[str]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for i, t in enumerate(tags):
        if t.startswith("B-") or (t.startswith("I-") and (i == 0 or tags[i - 1][2:] != t[2:])):
            out.append((i, i + 1, t[2:]))
        elif t.startswith("I-") and out:
            out[-1] = (out[-1][0], i + 1, out[-1][2])
    return out


def mention_replacement(
    sents: list, fraction: float, rng: random.Random
) -> list[tuple[int, tuple[list[str], list[str]]]]:
    """(index of the original, copy) for ``fraction`` of the sentences that hold names, each
    name replaced by a random training name of the same type (IOB2 relabelled): the tagger
    sees names in contexts they never had, and contexts with names it did not memorise."""
    by_type: dict[str, list[list[str]]] = {}
    for toks, tags in sents:
        for a, b, typ in _spans(tags):
            by_type.setdefault(typ, []).append(toks[a:b])
    out: list[tuple[int, tuple[list[str], list[str]]]] = []
    for i, (toks, tags) in enumerate(sents):
        spans = _spans(tags)
        if not spans or rng.random() >= fraction:
            continue
        new_toks: list[str] = []
        new_tags: list[str] = []
        k = 0
        for a, b, typ in spans:
            new_toks += toks[k:a]
            new_tags += tags[k:a]
            name = rng.choice(by_type[typ])
            new_toks += name
            new_tags += [f"B-{typ}"] + [f"I-{typ}"] * (len(name) - 1)
            k = b
        new_toks += toks[k:]
        new_tags += tags[k:]
        out.append((i, (new_toks, new_tags)))
    return out


def split(sents: list, dev_fraction: float) -> tuple[list, list]:
    cut = len(sents) - round(len(sents) * dev_fraction)
    return sents[:cut], sents[cut:]


def _seed_libc_rand(seed: int) -> None:
    """crfsuite's perceptron shuffles the training sentences every epoch with the C library's
    ``rand()``; unseeded, the shuffle depended on how many trainings ran before in the same
    process (so a second ``train`` call gave another model). Seeding it makes the model a
    function of ``seed`` alone. Where the C library cannot be reached, nothing changes."""
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None)
        libc.srand(ctypes.c_uint(seed))
    except (OSError, AttributeError, TypeError):
        pass


def _neural(
    cfg: TrainConfig, labelled: list, out: Path, log: Callable[[str], None]
) -> tuple[list[list[str]], list]:
    """Train the BiLSTMs (out-of-fold and full), write the full one beside the CRF, and return
    the out-of-fold tags the CRF trains on."""
    from .neural import doc_maps
    from .neural_train import NetConfig, stacked_tags

    if cfg.augment:
        raise ValueError("--neural with mention replacement is not supported")
    if cfg.nn_lexicon and "anytype" not in cfg.features:
        # the network's lexicon carries gza= always; a CRF without it could not supply it
        raise ValueError("nn_lexicon needs the anytype feature group")
    toks = [t for t, _ in labelled]
    st = stacked_tags(
        labelled,
        doc_maps(toks) if cfg.doc else [None] * len(toks),
        NetConfig(
            epochs=cfg.nn_epochs,
            folds=cfg.folds,
            lexicon=cfg.nn_lexicon,
            layers=cfg.nn_layers,
            swa=cfg.nn_swa,
        ),
        cfg.nn_seed,
        jobs=cfg.nn_jobs,
        cache=cfg.nn_cache,
        log=log,
    )
    (out / NN_MODEL_FILE).write_bytes(st.onnx_model)  # quantized after the CRF: see train()
    st.vocab.save(out / NN_VOCAB_FILE)
    if not cfg.nn_probs:
        return st.oof, [None] * len(st.oof)
    return st.oof, [lp.astype("float32") for lp in st.oof_logp]


def train(cfg: TrainConfig, log: Callable[[str], None] = print) -> dict:
    import pycrfsuite

    unknown = sorted(set(cfg.features) - set(ALL_GROUPS))
    if unknown:
        raise ValueError(f"unknown NER feature groups: {unknown} (known: {ALL_GROUPS})")
    if cfg.aqmar and "aqmargaz" in cfg.features:
        # the AQMAR training sentences would read their own labels as gazetteer features
        raise ValueError("feature group aqmargaz cannot be combined with AQMAR training sentences")
    random.seed(cfg.seed)
    t0 = time.time()
    aner = conll.read_file(cfg.data / ANER_TRAIN)
    train_s, dev_s = split(aner, cfg.dev_fraction)
    if cfg.full:
        train_s = aner
    extra = conll.read_aqmar(cfg.data / "aqmar") if cfg.aqmar else []
    labelled = train_s + extra
    log(f"sentences: train {len(train_s)} + aqmar {len(extra)}; dev {len(dev_s)}")

    clusters: dict[str, str] = {}
    stem_clusters: dict[str, str] = {}
    if cfg.clusters:
        # unlabelled text: every token we may train on (never the dev split unless --full)
        text = [toks for toks, _ in labelled]
        if cfg.unlabelled_aqmar and not cfg.aqmar and (cfg.data / "aqmar").is_dir():
            text += [toks for toks, _ in conll.read_aqmar(cfg.data / "aqmar")]
        clusters = build_clusters([[norm(t) for t in toks] for toks in text], seed=cfg.seed)
        if "stemclusters" in cfg.features:
            # seed + 7: an initialisation of its own, not a copy of the word clustering's
            stem_clusters = build_clusters(
                [[stem(t) for t in toks] for toks in text], seed=cfg.seed + 7
            )
        log(f"clusters: {len(clusters)} words ({time.time() - t0:.0f}s)")

    cldr = cldr_phrases()
    triggers = _triggers()
    aqmar_phrases: dict[str, str] = {}
    if "aqmargaz" in cfg.features:
        if not (cfg.data / "aqmar").is_dir():
            raise ValueError(f"{cfg.data / 'aqmar'}: no AQMAR folder (feature group aqmargaz)")
        # another corpus's labels: no jackknife needed for ANERcorp sentences
        aqmar_phrases = build_aqmar_phrases(conll.read_aqmar(cfg.data / "aqmar"))
        log(f"aqmar gazetteer: {len(aqmar_phrases)} phrases")
        if not aqmar_phrases:
            raise ValueError(f"{cfg.data / 'aqmar'}: no entity phrases (feature group aqmargaz)")

    def resources_from(sents: list) -> Resources:
        token_type, phrases, token_any = build_lexicon(sents)
        nameness: dict[str, float] = {}
        if "nameness" in cfg.features:
            from .nameness import build_table, entity_words

            # from the labels of ``sents`` only: jackknifed like the lexicons
            nameness = build_table(entity_words(sents))
        return Resources(
            token_type,
            {**cldr, **phrases},
            clusters,
            triggers,
            token_any if "anytype" in cfg.features else {},
            stem_clusters,
            tuple(g for g in ALL_GROUPS if g in cfg.features)
            + ((NN_GROUP,) if cfg.neural else ())
            + ((NN_PROBS_GROUP,) if cfg.neural and cfg.nn_probs else ()),
            aqmar_phrases,
            nameness,
        )

    rng = random.Random(cfg.seed)
    fold_of = [rng.randrange(cfg.folds) for _ in labelled]
    if cfg.augment:
        # copies keep their original's fold, so no fold sees its own sentences' contexts
        copies = mention_replacement(labelled, cfg.augment, random.Random(cfg.seed + 11))
        labelled = labelled + [c for _, c in copies]
        fold_of = fold_of + [fold_of[i] for i, _ in copies]
        log(f"augmented: {len(copies)} sentence copies with names replaced")
    out = cfg.out or Path(__file__).resolve().parents[1] / "models"
    out.mkdir(parents=True, exist_ok=True)
    nn_tags: list[list[str]] | list[None] = [None] * len(labelled)
    nn_logp: list = [None] * len(labelled)
    if cfg.neural:
        nn_tags, nn_logp = _neural(cfg, labelled, out, log)
    else:
        for stale in (NN_MODEL_FILE, NN_VOCAB_FILE):
            (out / stale).unlink(missing_ok=True)
    trainer = pycrfsuite.Trainer(algorithm=cfg.algorithm, verbose=False)
    for k in range(cfg.folds):
        others = [s for s, f in zip(labelled, fold_of, strict=True) if f != k]
        fz = Featurizer(resources_from(others))
        docs = fz.doc_maps([t for t, _ in labelled]) if cfg.doc else [None] * len(labelled)
        for s, f, d, nn, lp in zip(labelled, fold_of, docs, nn_tags, nn_logp, strict=True):
            if f == k:
                trainer.append(fz.sentence_features(s[0], d, nn, lp), s[1])
    log(f"features extracted ({time.time() - t0:.0f}s)")
    params: dict[str, object] = {
        "max_iterations": cfg.max_iterations,
        "feature.possible_transitions": True,
        "feature.minfreq": cfg.minfreq,
    }
    if cfg.algorithm == "lbfgs":
        params.update({"c1": cfg.c1, "c2": cfg.c2})
    trainer.set_params(params)
    _seed_libc_rand(cfg.seed)
    trainer.train(str(out / MODEL_FILE))
    if cfg.neural and cfg.nn_int8:
        # only now: quantizing starts onnxruntime, whose threads would share the C library's
        # rand() with the perceptron's shuffle and make the CRF differ from run to run
        from .neural_train import quantize

        (out / NN_MODEL_FILE).write_bytes(quantize((out / NN_MODEL_FILE).read_bytes()))
    save_resources(resources_from(labelled), out / RESOURCES_FILE)
    if cfg.out is None:
        # the package ships the gzipped model only (a third of the size)
        raw = (out / MODEL_FILE).read_bytes()
        (out / (MODEL_FILE + ".gz")).write_bytes(gzip.compress(raw, mtime=0))
        (out / MODEL_FILE).unlink()
    log(f"trained ({time.time() - t0:.0f}s) → {out}")
    result: dict = {"seconds": time.time() - t0, "out": str(out)}
    if dev_s and not cfg.full:
        tagger = Tagger.load(out)
        pred = tagger.tag_sentences([t for t, _ in dev_s], doc=cfg.doc)
        result["dev"] = score([g for _, g in dev_s], pred)
    return result

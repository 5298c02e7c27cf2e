"""Where the NER's seed-to-seed spread comes from, and whether averaging weights removes it.

One CRF seed fixes three things: the k-means clusters and jackknife folds ("data") and the
averaged perceptron's shuffle. ``spread`` trains the stacked CRF (over cached networks, fp32)
with one of them held at seed 13 and the other set to S, and prints dev F1. ``average``
trains K models that differ only in the shuffle (data seed D), averages their weights
(state features and transitions, read with ``pycrfsuite.Tagger.info``) and tags dev with a
numpy scorer and an IOB2 Viterbi, which reproduces crfsuite's tags for a single model (the
script prints both). Findings in docs/ner.md ("Seed spread and weight averaging").

    python3 eval/ner_seed_spread.py spread shuffle|data S --nn-cache DIR
    python3 eval/ner_seed_spread.py average D 13,1,2,3,4,5,6,7 --nn-cache DIR --out DIR
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import numpy as np

from khabar.ner import conll
from khabar.ner import train as T
from khabar.ner.neural import LABELS
from khabar.ner.score import score
from khabar.ner.tagger import Tagger, propagate
from khabar.ner.train import ANER_TRAIN, DEFAULT_DATA, split


def _train(out: Path, data_seed: int, shuffle_seed: int, cache: Path) -> None:
    seed_rand = T._seed_libc_rand
    T._seed_libc_rand = lambda _seed: seed_rand(shuffle_seed)
    try:
        cfg = T.TrainConfig(out=out, seed=data_seed, nn_cache=cache, nn_int8=False)
        T.train(cfg, log=lambda *_: None)
    finally:
        T._seed_libc_rand = seed_rand


def _viterbi(emit: np.ndarray, trans: np.ndarray) -> list[str]:
    score_ = emit[0].copy()
    back = []
    for t in range(1, len(emit)):
        c = score_[:, None] + trans
        back.append(c.argmax(0))
        score_ = c.max(0) + emit[t]
    j = int(score_.argmax())
    path = [j]
    for b in back[::-1]:
        j = int(b[j])
        path.append(j)
    return [LABELS[k] for k in reversed(path)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("spread", "average"))
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--nn-cache", type=Path, required=True)
    ap.add_argument("--out", type=Path, help="keep the averaged run's models here")
    args = ap.parse_args()
    _, dev = split(conll.read_file(DEFAULT_DATA / ANER_TRAIN), 0.1)
    sents, gold = [t for t, _ in dev], [g for _, g in dev]
    if args.mode == "spread":
        s = int(args.b)
        data_seed, shuffle_seed = (13, s) if args.a == "shuffle" else (s, 13)
        with tempfile.TemporaryDirectory() as tmp:
            _train(Path(tmp), data_seed, shuffle_seed, args.nn_cache)
            f1 = score(gold, Tagger.load(Path(tmp)).tag_sentences(sents))["ALL"]["f1"]
        print(f"{args.a} {s}: {100 * f1:.2f}")
        return
    data_seed, shuffles = int(args.a), [int(x) for x in args.b.split(",")]
    root = args.out or Path(tempfile.mkdtemp(prefix="khabar-avg-"))
    outs = [root / f"d{data_seed}-s{s}" for s in shuffles]
    for s, out in zip(shuffles, outs, strict=True):
        if not (out / "ner_resources.json.gz").exists():
            out.mkdir(parents=True, exist_ok=True)
            _train(out, data_seed, s, args.nn_cache)
    # loaded only after every training: a live onnxruntime session shares the C library's
    # rand() with the perceptron's shuffle and would change the models trained after it
    models = [Tagger.load(out) for out in outs]
    labels = {lab: i for i, lab in enumerate(LABELS)}
    infos = [m._crf.info() for m in models]
    attrs: dict[str, int] = {}
    for inf in infos:
        for a, _ in inf.state_features:
            attrs.setdefault(a, len(attrs))
    weights = []
    for inf in infos:
        w = np.zeros((len(attrs), len(LABELS)))
        for (a, lab), x in inf.state_features.items():
            w[attrs[a], labels[lab]] = x
        tr = np.zeros((len(LABELS), len(LABELS)))
        for (x, y), v in inf.transitions.items():
            tr[labels[x], labels[y]] = v
        weights.append((w, tr))
    # every model has the same resources and network (same data seed): features once
    base = models[0]
    maps = base.featurizer.doc_maps(sents)
    feats = []
    for s, d in zip(sents, maps, strict=True):
        nn, lp = base.neural.tag_with_logp(s, d)
        feats.append(base.featurizer.sentence_features(s, d, nn, lp))

    def f1_of(w: np.ndarray, tr: np.ndarray) -> dict:
        out = []
        for f in feats:
            emit = np.stack([w[[attrs[x] for x in fi if x in attrs]].sum(0) for fi in f])
            out.append(conll.repair_iob2(_viterbi(emit, tr)))
        return score(gold, propagate(sents, out))

    for s, m, (w, tr) in zip(shuffles, models, weights, strict=True):
        a = score(gold, m.tag_sentences(sents))["ALL"]["f1"]
        b = f1_of(w, tr)["ALL"]["f1"]
        print(f"shuffle {s}: crfsuite {100 * a:.2f}  numpy scorer {100 * b:.2f}", flush=True)
    r = f1_of(np.mean([w for w, _ in weights], 0), np.mean([t for _, t in weights], 0))
    per = " ".join(f"{t} {100 * r[t]['f1']:.2f}" for t in ("LOC", "ORG", "PERS", "MISC"))
    print(f"weights averaged over {len(shuffles)}: {100 * r['ALL']['f1']:.2f}  {per}")


if __name__ == "__main__":
    main()

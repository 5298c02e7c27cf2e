"""Stack the BiLSTM under the CRF: the CRF gets the BiLSTM's predicted tag as extra features.

Training sentences see 5-fold out-of-fold BiLSTM predictions (a BiLSTM that never saw their
labels), so the CRF does not learn to trust a model that saw the answers; dev sentences see the
BiLSTM trained on the whole 90% (``bilstm.py --out NNDIR``). The CRF is the project's own
(`khabar.ner.train.train`, same seed, same features) with three features added per token:
``nn=TAG`` and the neighbours' predicted types ``-1nn=``/``1nn=``.

    PYTHONPATH=src python3 eval/ner_neural/stack.py --seed 13 --nn /tmp/nernn/nn13 \
        --out /tmp/nernn/stack13 [--epochs 8]
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bilstm import LABELS, fit, predict, viterbi

from khabar.ner import conll
from khabar.ner import features as F
from khabar.ner.score import format_scores
from khabar.ner.train import (
    ANER_TRAIN,
    DEFAULT_DATA,
    TrainConfig,
    split,
    train,
)


def fit_predict(train_s, test_sents, a, seed: int) -> list[list[str]]:
    """Train a BiLSTM (bilstm.py's defaults) on ``train_s``; Viterbi tags for ``test_sents``."""
    net, V, te_f = fit(train_s, test_sents, a, seed)
    logps = predict(net, list(zip(test_sents, te_f, strict=True)), V)
    return [viterbi(lp, LABELS) for lp in logps]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--nn", type=Path, required=True, help="bilstm.py --out folder (dev logp)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--folds", type=int, default=5)
    a = ap.parse_args()
    for k, v in dict(
        wdim=100, sdim=50, cdim=50, fdim=32, hidden=128, dropout=0.5, wdrop=0.1, batch=16, lr=2e-3
    ).items():
        setattr(a, k, v)
    torch.set_num_threads(1)
    t0 = time.process_time()
    train_s, dev = split(conll.read_file(DEFAULT_DATA / ANER_TRAIN), 0.1)
    a.out.mkdir(parents=True, exist_ok=True)
    oof_file = a.out / "oof_tags.pkl"
    if oof_file.exists():
        oof = pickle.loads(oof_file.read_bytes())
    else:
        rng = random.Random(a.seed + 101)
        fold = [rng.randrange(a.folds) for _ in train_s]
        oof = [None] * len(train_s)
        for k in range(a.folds):
            idx = [i for i, f in enumerate(fold) if f == k]
            rest = [s for s, f in zip(train_s, fold, strict=True) if f != k]
            pred = fit_predict(rest, [train_s[i][0] for i in idx], a, a.seed + k)
            for i, p in zip(idx, pred, strict=True):
                oof[i] = p
            print(f"fold {k}: CPU {time.process_time() - t0:.0f}s", file=sys.stderr)
        oof_file.write_bytes(pickle.dumps(oof))
    t_oof = time.process_time() - t0
    nn_dev = pickle.loads((a.nn / "dev_logp.pkl").read_bytes())
    dev_tags = [viterbi(lp, LABELS) for lp in nn_dev["logp"]]
    lookup: dict[tuple[str, ...], list[str]] = {}
    for (toks, _), p in zip(train_s, oof, strict=True):
        lookup[tuple(toks)] = p
    clash = sum(tuple(t) in lookup for t, _ in dev)
    for (toks, _), p in zip(dev, dev_tags, strict=True):
        lookup.setdefault(tuple(toks), p)
    print(f"dev sentences identical to a train sentence (they keep the OOF tags): {clash}")
    orig = F.Featurizer.sentence_features

    def with_nn(self, toks, doc=None):
        feats = orig(self, toks, doc)
        tags = lookup.get(tuple(toks))
        if tags is None or len(tags) != len(feats):
            return feats
        for i, f in enumerate(feats):
            f.append("nn=" + tags[i])
            if i > 0:
                f.append("-1nn=" + tags[i - 1][2:])
            if i + 1 < len(tags):
                f.append("1nn=" + tags[i + 1][2:])
        return feats

    F.Featurizer.sentence_features = with_nn
    result = train(TrainConfig(out=a.out / "crf", seed=a.seed), log=lambda s: None)
    print(
        f"stacked CRF, seed {a.seed} (OOF BiLSTM {a.epochs} epochs, CPU {t_oof:.0f}s; "
        f"total CPU {time.process_time() - t0:.0f}s):"
    )
    print(format_scores(result["dev"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

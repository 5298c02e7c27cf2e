"""Stop 15 experiment: the CRF stacked on the *averaged* probabilities of several network seeds.

The stacked tagger's CRF reads one BiLSTM's tags (``nn=``). Here it reads the Viterbi tags of
the mean of several networks' per-token probabilities: the out-of-fold ones on the training
sentences (each network seed has its own folds, so every sentence's tags still come from
networks that never saw it), the full networks' on dev. Everything else is the shipped
configuration (fp32 networks, 90 % split, dev scored as in ``eval/ner.py``). With one seed it
reproduces ``eval/ner.py --no-int8`` exactly (it then reads the cached tags themselves).

    python3 eval/ner_neural/seed_ensemble.py --nn-cache DIR --seed 13 --nn-seeds 13 1
    EXTRA=nameness python3 eval/ner_neural/seed_ensemble.py ...   # an off-by-default group too

Network sets that are not in the cache are trained first (six BiLSTMs, ~12 min on 2 cores).
Results in docs/ner.md, "Network seed ensembles and weight averaging (stop 15)".
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

import numpy as np

import khabar.ner.train as T
from khabar.ner.features import FEATURE_GROUPS
from khabar.ner.neural import (
    NN_MODEL_FILE,
    NN_VOCAB_FILE,
    NeuralTagger,
    NeuralVocab,
    doc_maps,
    viterbi,
)
from khabar.ner.neural_train import NetConfig, stacked_tags
from khabar.ner.score import format_scores
from khabar.ner.tagger import Tagger


def mean_logp(lps: list[np.ndarray]) -> np.ndarray:
    """log of the mean probability (the cached out-of-fold log-probabilities are float16)."""
    p = np.mean([np.exp(lp.astype("float32")) for lp in lps], axis=0)
    return np.log(np.maximum(p, 1e-12)).astype("float32")


class Ensemble:
    """Stands in for the Tagger's NeuralTagger: the mean of several networks."""

    def __init__(self, nets: list[NeuralTagger]) -> None:
        self.nets = nets
        self.encoder = nets[0].encoder

    def tag_with_logp(self, toks, doc=None):  # type: ignore[no-untyped-def]
        lp = mean_logp([n.logp(toks, doc) for n in self.nets])
        return viterbi(lp), lp


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nn-cache", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=13, help="the CRF's seed")
    ap.add_argument("--nn-seeds", type=int, nargs="+", default=[13, 1])
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    seeds = a.nn_seeds

    def neural(cfg, labelled, out, log):  # type: ignore[no-untyped-def]
        maps = doc_maps([t for t, _ in labelled])
        sets = {
            s: stacked_tags(labelled, maps, NetConfig(), s, jobs=a.jobs, cache=a.nn_cache, log=log)
            for s in seeds
        }
        for s, st in sets.items():
            (out / f"nn{s}.onnx").write_bytes(st.onnx_model)
            st.vocab.save(out / f"nn{s}.vocab.json.gz")
        first = sets[seeds[0]]
        (out / NN_MODEL_FILE).write_bytes(first.onnx_model)
        first.vocab.save(out / NN_VOCAB_FILE)
        if len(seeds) == 1:
            return first.oof, [None] * len(first.oof)
        tags = [
            viterbi(mean_logp([sets[s].oof_logp[i] for s in seeds])) for i in range(len(labelled))
        ]
        return tags, [None] * len(tags)

    load = Tagger.load.__func__  # type: ignore[attr-defined]

    def load_ensemble(cls, folder=None):  # type: ignore[no-untyped-def]
        tagger = load(cls, folder)
        nets = [
            NeuralTagger(
                (Path(folder) / f"nn{s}.onnx").read_bytes(),
                NeuralVocab.load(Path(folder) / f"nn{s}.vocab.json.gz"),
            )
            for s in seeds
        ]
        for n in nets:
            n.encoder.share_word_features(tagger.featurizer.word_features)
        tagger.neural = Ensemble(nets)
        return tagger

    T._neural = neural  # type: ignore[assignment]
    Tagger.load = classmethod(load_ensemble)  # type: ignore[assignment,method-assign]
    extra = tuple(g for g in os.environ.get("EXTRA", "").split(",") if g)
    cfg = T.TrainConfig(
        out=Path(tempfile.mkdtemp(prefix="khabar-ens-")),
        seed=a.seed,
        nn_int8=False,
        nn_cache=a.nn_cache,
        features=FEATURE_GROUPS + extra,
    )
    result = T.train(cfg, log=lambda s: print(s, file=sys.stderr))
    print(f"CRF seed {a.seed}, network seeds {seeds}{' + ' + ','.join(extra) if extra else ''}")
    print(format_scores(result["dev"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

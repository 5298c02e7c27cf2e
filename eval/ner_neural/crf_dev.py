"""Train the project's CRF (90% split, one seed) and dump its dev marginals for combination.

PYTHONPATH=src python3 eval/ner_neural/crf_dev.py --seed 13 --out /tmp/nernn/crf13
"""

from __future__ import annotations

import argparse
import os
import pickle
import resource
import sys
import time
from pathlib import Path

from khabar.ner import conll
from khabar.ner.score import format_scores, score
from khabar.ner.tagger import MAX_SEQ, Tagger
from khabar.ner.train import ANER_TRAIN, DEFAULT_DATA, TrainConfig, split, train


def crf_marginals(tagger: Tagger, sents: list[list[str]]) -> tuple[list[str], list]:
    """Per sentence a (tokens × labels) list of marginal probabilities, doc map as in tagging."""
    crf = tagger._crf
    labels = list(crf.labels())
    maps = tagger.featurizer.doc_maps(sents)
    out = []
    for toks, d in zip(sents, maps, strict=True):
        rows: list[list[float]] = []
        for i in range(0, len(toks), MAX_SEQ):
            chunk = toks[i : i + MAX_SEQ]
            crf.set(tagger.featurizer.sentence_features(chunk, d))
            rows += [[crf.marginal(y, t) for y in labels] for t in range(len(chunk))]
        out.append(rows)
    return labels, out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    t0 = time.process_time()
    a.out.mkdir(parents=True, exist_ok=True)
    if not (a.out / "ner.crfsuite").exists():
        train(TrainConfig(out=a.out, seed=a.seed), log=lambda s: print(s, file=sys.stderr))
    t_train = time.process_time() - t0
    _, dev = split(conll.read_file(DEFAULT_DATA / ANER_TRAIN), 0.1)
    sents = [t for t, _ in dev]
    tagger = Tagger.load(a.out)
    pred = tagger.tag_sentences(sents)
    print(format_scores(score([g for _, g in dev], pred)))
    labels, marg = crf_marginals(tagger, sents)
    with open(a.out / "dev_marginals.pkl", "wb") as fh:
        pickle.dump({"labels": labels, "marginals": marg, "tags": pred}, fh)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"seed {a.seed}: CPU {t_train:.0f}s train, {time.process_time() - t0:.0f}s total, "
        f"peak RSS {rss:.0f} MB, pid {os.getpid()}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

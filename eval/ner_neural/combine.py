"""Average the CRF's dev marginals with the BiLSTM's dev probabilities (same labels), decode
the best valid IOB2 sequence, propagate names as the tagger does, score.

    PYTHONPATH=src python3 eval/ner_neural/combine.py /tmp/nernn/crf13 /tmp/nernn/nn13

The weight 0.5 was fixed before looking; the other weights are printed for information only
(choosing one on dev would tune on dev).
"""

from __future__ import annotations

import math
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bilstm import LABELS, viterbi

from khabar.ner import conll
from khabar.ner.score import format_scores, score
from khabar.ner.tagger import propagate
from khabar.ner.train import ANER_TRAIN, DEFAULT_DATA, split


def main() -> int:
    crf = pickle.loads((Path(sys.argv[1]) / "dev_marginals.pkl").read_bytes())
    nn = pickle.loads((Path(sys.argv[2]) / "dev_logp.pkl").read_bytes())
    _, dev = split(conll.read_file(DEFAULT_DATA / ANER_TRAIN), 0.1)
    gold = [g for _, g in dev]
    sents = [t for t, _ in dev]
    col = [crf["labels"].index(y) for y in LABELS]
    for w in (0.5, 0.3, 0.7):
        tags = []
        for m, lp in zip(crf["marginals"], nn["logp"], strict=True):
            rows = [
                [
                    math.log(max(1e-9, w * mr[col[j]] + (1 - w) * math.exp(lr[j])))
                    for j in range(len(LABELS))
                ]
                for mr, lr in zip(m, lp, strict=True)
            ]
            tags.append(viterbi(rows, LABELS))
        sc = score(gold, propagate(sents, tags))
        if w == 0.5:
            print(f"CRF weight {w} (pre-set):")
            print(format_scores(sc))
        else:
            print(f"CRF weight {w} (information only): ALL F1 {100 * sc['ALL']['f1']:.2f}")
    print(
        f"CRF alone: {100 * score(gold, crf['tags'])['ALL']['f1']:.2f}; "
        f"BiLSTM alone: {100 * score(gold, nn['tags'])['ALL']['f1']:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""CRF (weight 0.5) + the mean of two BiLSTMs (0.25 each), and the two BiLSTMs alone.

PYTHONPATH=src python3 eval/ner_neural/three_way.py /tmp/nernn   # needs crf{13,1}, nn{13,1}
"""

from __future__ import annotations

import math
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bilstm import LABELS, viterbi

from khabar.ner import conll
from khabar.ner.score import score
from khabar.ner.tagger import propagate
from khabar.ner.train import ANER_TRAIN, DEFAULT_DATA, split


def main() -> int:
    base = Path(sys.argv[1])
    _, dev = split(conll.read_file(DEFAULT_DATA / ANER_TRAIN), 0.1)
    gold = [g for _, g in dev]
    sents = [t for t, _ in dev]
    nns = [pickle.loads((base / f"nn{s}/dev_logp.pkl").read_bytes())["logp"] for s in (13, 1)]
    for cs in (13, 1):
        crf = pickle.loads((base / f"crf{cs}/dev_marginals.pkl").read_bytes())
        col = [crf["labels"].index(y) for y in LABELS]
        tags = []
        for k, m in enumerate(crf["marginals"]):
            rows = [
                [
                    math.log(
                        max(
                            1e-9,
                            0.5 * mr[col[j]]
                            + 0.25 * math.exp(nns[0][k][i][j])
                            + 0.25 * math.exp(nns[1][k][i][j]),
                        )
                    )
                    for j in range(len(LABELS))
                ]
                for i, mr in enumerate(m)
            ]
            tags.append(viterbi(rows, LABELS))
        sc = score(gold, propagate(sents, tags))
        per = {t: round(100 * v["f1"], 2) for t, v in sc.items()}
        print(f"CRF {cs} + mean(BiLSTM 13, BiLSTM 1): {per}")
    tags = [
        viterbi(
            [
                [math.log(max(1e-9, 0.5 * math.exp(a[j]) + 0.5 * math.exp(b[j]))) for j in range(9)]
                for a, b in zip(x, y, strict=True)
            ],
            LABELS,
        )
        for x, y in zip(*nns, strict=True)
    ]
    f1 = 100 * score(gold, propagate(sents, tags))["ALL"]["f1"]
    print(f"BiLSTM 13 + BiLSTM 1 only: ALL {f1:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

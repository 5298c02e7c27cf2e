"""Entity-level micro P/R/F1 (exact match, seqeval-style) of a NER model on the dev split.

The dev split is the last 10% of sentences of ANERcorp's train file (CAMeL split). The model
scored must not have been trained on it: by default this trains a fresh model on the other 90%
(``khabar train ner`` without ``--full``) into a temporary folder and scores that, because the
shipped model is trained on the whole train file.

    python3 eval/ner.py                      # train on 90%, score on dev (~15 min on 2 cores)
    python3 eval/ner.py --no-neural          # the CRF alone (~25 s)
    python3 eval/ner.py --nn-cache DIR --seed 1   # another CRF seed over the same BiLSTMs
    python3 eval/ner.py --nn-cache DIR --extra-group nameness   # an off-by-default group
    python3 eval/ner.py --model DIR          # score an existing model folder on dev
    python3 eval/ner.py --gold G --pred P    # score two CoNLL files (token TAG / token<TAB>TAG)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from khabar.ner import conll
from khabar.ner.features import EXTRA_GROUPS, FEATURE_GROUPS
from khabar.ner.score import format_scores, score
from khabar.ner.tagger import Tagger
from khabar.ner.train import ANER_TRAIN, DEFAULT_DATA, TrainConfig, split, train


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--model", type=Path, default=None, help="model folder (not trained on dev)")
    ap.add_argument("--gold", type=Path)
    ap.add_argument("--pred", type=Path)
    ap.add_argument("--aqmar", action="store_true", help="train with AQMAR added")
    ap.add_argument("--no-clusters", action="store_true")
    ap.add_argument("--no-doc", action="store_true")
    ap.add_argument("--no-neural", action="store_true", help="the CRF alone (no torch needed)")
    ap.add_argument("--jobs", type=int, default=2, help="BiLSTM trainings at once")
    ap.add_argument("--nn-cache", type=Path, help="reuse BiLSTMs trained before (same seed)")
    ap.add_argument("--seed", type=int, default=13, help="the CRF's seed (the BiLSTMs keep 13)")
    ap.add_argument("--no-int8", action="store_true", help="keep the BiLSTM in fp32")
    ap.add_argument(
        "--nn-lexicon", action="store_true", help="the BiLSTM also reads the jackknifed lexicon"
    )
    ap.add_argument("--nn-layers", type=int, default=1, help="BiLSTM layers of the network")
    ap.add_argument(
        "--nn-swa", type=int, default=0, help="average the network over its last N epochs"
    )
    ap.add_argument(
        "--extra-group",
        action="append",
        choices=EXTRA_GROUPS,
        default=[],
        help="add an optional CRF feature group that is off by default (repeatable)",
    )
    a = ap.parse_args()
    if a.gold and a.pred:
        g = conll.read_file(a.gold)
        p = conll.read_file(a.pred)
        print(format_scores(score([t for _, t in g], [t for _, t in p])))
        return 0
    _, dev = split(conll.read_file(a.data / ANER_TRAIN), 0.1)
    doc = not a.no_doc
    if a.model:
        tagger = Tagger.load(a.model)
    else:
        out = Path(tempfile.mkdtemp(prefix="khabar-ner-"))
        cfg = TrainConfig(
            data=a.data,
            out=out,
            aqmar=a.aqmar,
            clusters=not a.no_clusters,
            doc=doc,
            seed=a.seed,
            neural=not a.no_neural,
            nn_jobs=a.jobs,
            nn_cache=a.nn_cache,
            nn_int8=not a.no_int8,
            nn_lexicon=a.nn_lexicon,
            nn_layers=a.nn_layers,
            nn_swa=a.nn_swa,
            features=FEATURE_GROUPS + tuple(a.extra_group),
        )
        train(cfg, log=lambda s: print(s, file=sys.stderr))
        tagger = Tagger.load(out)
    pred = tagger.tag_sentences([t for t, _ in dev], doc=doc)
    print(f"dev: {len(dev)} sentences, {sum(len(t) for t, _ in dev)} tokens")
    print(format_scores(score([g for _, g in dev], pred)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

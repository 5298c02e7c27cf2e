"""Train and measure the learned speaker ranker of the quotes step (quotes6 work, issue 5).

Usage (from the repository root):
    PYTHONPATH=src python3 eval/quotes_ranker/train.py --loso      # leave one training set out
    PYTHONPATH=src python3 eval/quotes_ranker/train.py --dev4      # train on 4 sets, score dev4
    PYTHONPATH=src python3 eval/quotes_ranker/train.py --write     # write the shipped weights

Training data: the quotes the system finds (entities + quotes steps) on the gold sets dev
(quotes.jsonl), test, dev2 and dev3, matched to gold quotes by overlap as in eval/quotes.py;
a candidate is right when its name matches the gold speaker (``speaker_ok``). Never trained
on dev4 or on the held-out set. The model is a conditional logit (softmax over one quote's
candidates, log of the summed probability of the right ones), L2-regularised, fitted by
full-batch gradient descent (Adam, fixed iterations, zero start: deterministic). numpy is
used here only; the step reads the weights with the standard library.

Speaker accuracy is computed exactly as eval/quotes.py does (same matching, same
``speaker_ok``), once with the rules' speakers and once with the ranker's.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

from khabar.enrich import EnrichContext, enrich
from khabar.model import Article, Speaker

sys.path.insert(0, str(Path(__file__).parent))
from ranker import EQ, WEIGHTS, Candidate, SpeakerRanker, candidates

HERE = Path(__file__).parent.parent  # eval/

GOLD = HERE / "gold"
TRAIN_SETS = {
    "dev": GOLD / "quotes.jsonl",
    "test": GOLD / "quotes_test.jsonl",
    "dev2": GOLD / "quotes_dev2.jsonl",
    "dev3": GOLD / "quotes_dev3.jsonl",
}
DEV4 = GOLD / "quotes_dev4.jsonl"
OUT = WEIGHTS
L2 = 0.01
STEPS = 400
LR = 0.05
SEED = 6
# Variants: "hybrid" ranks the entity mentions and the rules' choice together and sees which
# candidate the rules chose; "pure" ranks entity mentions only, without any feature of the
# rules' output (so it cannot learn to copy rules that are in-sample on every training set),
# and is combined with them by ``SpeakerRanker(mode="entities")``.
MODE = {"hybrid": "hybrid", "pure": "entities"}
RULE_FEATURES = {"is_rule", "agrees_rule", "rule_linked", "recent_speaker"}


def load_set(path: Path, steps: list) -> list[dict]:
    """Per item: the system's quotes, their candidates and the gold spans."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        art = enrich(
            Article(headline=None, paragraphs=list(rec["paragraphs"])), steps, EnrichContext()
        )
        out.append(
            {
                "id": rec["id"],
                "names": rec["names"],
                "quotes": list(art.quotes),
                "cands": candidates(art, list(art.quotes)),
                "gold": EQ.gold_spans(rec),
            }
        )
    return out


def rows(items: list[dict]) -> list[tuple[list[Candidate], list[bool]]]:
    """(candidates, which are right) for each matched quote with a gold speaker."""
    out = []
    for it in items:
        pred = [EQ.to_span(it["id"], q) for q in it["quotes"]]
        index = {id(s): k for k, s in enumerate(pred)}
        for g, s in EQ.match(pred, it["gold"], exact=False):
            if not g.speaker:
                continue
            cs = it["cands"][index[id(s)]]
            out.append((cs, [EQ.speaker_ok(c.name, g.speaker) for c in cs]))
    return out


def train(data: list[tuple[list[Candidate], list[bool]]], variant: str) -> dict[str, float]:
    drop = RULE_FEATURES if variant == "pure" else set()
    if variant == "pure":  # entity mentions only: the rules' candidate is left out
        data = [(cs[:-1], ys[:-1]) for cs, ys in data]
    data = [
        (
            [
                Candidate(c.name, c.entity_id, {k: v for k, v in c.feats.items() if k not in drop})
                for c in cs
            ],
            ys,
        )
        for cs, ys in data
    ]
    usable = [(cs, ys) for cs, ys in data if any(ys) and not all(ys)]
    vocab = sorted({k for cs, _ in usable for c in cs for k in c.feats})
    col = {k: i for i, k in enumerate(vocab)}
    mats, masks = [], []
    for cs, ys in usable:
        x = np.zeros((len(cs), len(vocab)))
        for r, c in enumerate(cs):
            for k, v in c.feats.items():
                x[r, col[k]] = v
        mats.append(x)
        masks.append(np.array(ys, dtype=bool))
    w = np.zeros(len(vocab))
    m = np.zeros_like(w)
    v2 = np.zeros_like(w)
    n = max(len(usable), 1)
    for t in range(1, STEPS + 1):
        grad = L2 * w
        for x, y in zip(mats, masks, strict=True):
            s = x @ w
            s -= s.max()
            p = np.exp(s)
            p /= p.sum()
            py = p * y
            py /= py.sum()
            # d(-log sum_{right} p)/dw = E_p[x] - E_{p|right}[x]
            grad += (p - py) @ x / n
        m = 0.9 * m + 0.1 * grad
        v2 = 0.999 * v2 + 0.001 * grad * grad
        w -= LR * (m / (1 - 0.9**t)) / (np.sqrt(v2 / (1 - 0.999**t)) + 1e-8)
    return {k: round(float(w[i]), 4) for k, i in col.items() if abs(w[i]) > 1e-6}


def per_quote(items: list[dict], ranker: SpeakerRanker | None) -> list[tuple[str, bool]]:
    """(document, speaker right?) for every matched gold quote with a speaker."""
    out = []
    for it in items:
        quotes = it["quotes"]
        if ranker is not None:
            quotes = [
                replace(q, speaker=Speaker(c.name, c.entity_id))
                for q, c in zip(quotes, (ranker.choose(cs) for cs in it["cands"]), strict=True)
            ]
        pred = [EQ.to_span(it["id"], q) for q in quotes]
        for g, s in EQ.match(pred, it["gold"], exact=False):
            if g.speaker:
                out.append((it["id"], EQ.speaker_ok(s.speaker, g.speaker)))
    return out


def acc(res: list[tuple[str, bool]]) -> float:
    return sum(ok for _, ok in res) / max(len(res), 1)


def compare(name: str, rules: list[tuple[str, bool]], learned: list[tuple[str, bool]]) -> None:
    """Accuracy of both, McNemar's exact test on the discordant quotes and a 95 % bootstrap
    interval of the difference, resampling documents (quotes of one article are not
    independent)."""
    b = sum(1 for (_, r), (_, lr) in zip(rules, learned, strict=True) if r and not lr)
    c = sum(1 for (_, r), (_, lr) in zip(rules, learned, strict=True) if lr and not r)
    k, n = min(b, c), b + c
    pval = min(1.0, 2 * sum(math.comb(n, i) for i in range(k + 1)) / 2**n) if n else 1.0
    docs: dict[str, list[tuple[bool, bool]]] = {}
    for (d, r), (_, lr) in zip(rules, learned, strict=True):
        docs.setdefault(d, []).append((r, lr))
    keys = sorted(docs)
    rng = random.Random(SEED)
    diffs = []
    for _ in range(2000):
        pick = [docs[rng.choice(keys)] for _ in keys]
        tot = sum(len(x) for x in pick)
        diffs.append(sum(lr - r for x in pick for r, lr in x) / max(tot, 1))
    diffs.sort()
    lo, hi = diffs[49], diffs[1949]
    print(
        f"{name:6} quotes {len(rules):4}  rules {acc(rules):.3f}  ranker {acc(learned):.3f}  "
        f"diff {acc(learned) - acc(rules):+.3f} (95% doc-bootstrap {lo:+.3f}..{hi:+.3f})  "
        f"rules-only right {b}, ranker-only right {c}, McNemar p={pval:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--loso", action="store_true", help="Leave one training set out.")
    ap.add_argument("--dev4", action="store_true", help="Train on the 4 sets, score dev4.")
    ap.add_argument("--write", action="store_true", help="Write the shipped weights.")
    ap.add_argument(
        "--heldout",
        action="store_true",
        help="Score the held-out set too: totals only (its quotes are never printed).",
    )
    ap.add_argument("--show", action="store_true", help="Print the learnt weights.")
    ap.add_argument("--variant", choices=("hybrid", "pure"), default="hybrid")
    args = ap.parse_args(argv)
    steps = EQ.run_steps(entities=True)
    sets = {k: load_set(p, steps) for k, p in TRAIN_SETS.items()}
    if args.loso:
        for held in sets:
            w = train(
                [r for k, items in sets.items() if k != held for r in rows(items)], args.variant
            )
            compare(
                held,
                per_quote(sets[held], None),
                per_quote(sets[held], SpeakerRanker(w, MODE[args.variant])),
            )
    w = train([r for items in sets.values() for r in rows(items)], args.variant)
    if args.show:
        for k, v in sorted(w.items(), key=lambda x: -abs(x[1])):
            print(f"{v:+.3f}  {k}")
    if args.dev4:
        d4 = load_set(DEV4, steps)
        compare("dev4", per_quote(d4, None), per_quote(d4, SpeakerRanker(w, MODE[args.variant])))
    if args.heldout:
        ho = load_set(GOLD / "quotes_heldout.jsonl", steps)
        compare("heldout", per_quote(ho, None), per_quote(ho, SpeakerRanker(w, MODE[args.variant])))
    if args.write:
        meta = {
            "about": "quotes speaker ranker weights; eval/quotes_ranker/train.py --write",
            "trained_on": sorted(TRAIN_SETS),
            "variant": args.variant,
            "mode": MODE[args.variant],
            "l2": L2,
            "steps": STEPS,
            "weights": w,
        }
        OUT.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Entity-level precision/recall/F1, exact match (the seqeval/conlleval convention)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .features import entity_spans


def score(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict[str, dict]:
    """Per type and ``ALL`` (micro): ``{"p", "r", "f1", "support"}``; spans must match exactly."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs = set(entity_spans(g))
        ps = set(entity_spans(p))
        for s in gs:
            n_gold[s[2]] += 1
        for s in ps:
            n_pred[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1
    out: dict[str, dict] = {}
    for typ in [*sorted(set(n_gold) | set(n_pred)), "ALL"]:
        t = sum(tp.values()) if typ == "ALL" else tp[typ]
        ng = sum(n_gold.values()) if typ == "ALL" else n_gold[typ]
        npd = sum(n_pred.values()) if typ == "ALL" else n_pred[typ]
        p = t / npd if npd else 0.0
        r = t / ng if ng else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[typ] = {"p": p, "r": r, "f1": f, "support": ng}
    return out


def format_scores(scores: dict[str, dict]) -> str:
    lines = [f"{'type':6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}"]
    for typ, s in scores.items():
        p, r, f = 100 * s["p"], 100 * s["r"], 100 * s["f1"]
        lines.append(f"{typ:6} {p:6.2f} {r:6.2f} {f:6.2f} {s['support']:6d}")
    return "\n".join(lines)

"""Distributional word clusters from unlabelled tokens (a cheap stand-in for Brown clusters).

Each frequent word is described by the words seen just before and after it (counts over the
most frequent context words, log-scaled, L2-normalised); k-means at three granularities gives
each word an id ``coarse-medium-fine``. Words the labelled data never saw still share a cluster
with ones it did («موسكو» with «باريس»), which is what helps a CRF on a small corpus.
Needs numpy (training only; the tagger just reads the shipped table).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence


def _kmeans(x, k: int, seed: int, iters: int = 12):  # type: ignore[no-untyped-def]
    import numpy as np

    rng = np.random.default_rng(seed)
    k = min(k, len(x))
    centers = x[rng.choice(len(x), size=k, replace=False)].copy()
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        labels = np.argmax(x @ centers.T, axis=1)  # cosine: rows are unit vectors
        for c in range(k):
            members = x[labels == c]
            if len(members):
                v = members.sum(axis=0)
                centers[c] = v / (np.linalg.norm(v) + 1e-9)
    return labels


def build_clusters(
    sentences: Iterable[Sequence[str]],
    *,
    min_count: int = 3,
    n_context: int = 600,
    ks: tuple[int, int, int] = (16, 64, 256),
    seed: int = 13,
) -> dict[str, str]:
    """``word → "a-b-c"`` cluster ids for words seen at least ``min_count`` times."""
    import numpy as np

    sents = [list(s) for s in sentences]
    freq = Counter(w for s in sents for w in s)
    vocab = sorted(w for w, c in freq.items() if c >= min_count)
    ctx = [w for w, _ in freq.most_common(n_context)]
    vi = {w: i for i, w in enumerate(vocab)}
    ci = {w: i for i, w in enumerate(ctx)}
    m = np.zeros((len(vocab), 2 * len(ctx) + 2), dtype=np.float32)
    for s in sents:
        padded = ["<s>", *s, "</s>"]
        for j in range(1, len(padded) - 1):
            row = vi.get(padded[j])
            if row is None:
                continue
            left, right = padded[j - 1], padded[j + 1]
            m[row, ci[left] if left in ci else 2 * len(ctx)] += 1
            m[row, len(ctx) + ci[right] if right in ci else 2 * len(ctx) + 1] += 1
    m = np.log1p(m)
    m /= np.linalg.norm(m, axis=1, keepdims=True) + 1e-9
    levels = [_kmeans(m, k, seed + i) for i, k in enumerate(ks)]
    return {w: "-".join(str(int(lv[i])) for lv in levels) for i, w in enumerate(vocab)}

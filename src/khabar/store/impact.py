"""Impact-ordered lists for very common search terms: BM25 top-k without scoring every match.

FTS5 ranks by computing BM25 for *every* row that matches (its doclists are in rowid order,
with no per-term score bound), so a word found in half of a million articles costs ~0.5 s.
This module keeps, for each "head" form (a term in at least ``HEAD_DF`` articles), the
``LIST_LEN`` articles where that form contributes most to BM25, with the raw statistics
needed to recompute FTS5's score exactly (weighted term frequency and document length), and
answers a ranked window with Fagin's threshold algorithm:

* candidates are the articles in the query forms' lists (plus the articles ingested since
  the lists were built, read from FTS5 by rowid, which it can seek to);
* each candidate's score is computed exactly as FTS5's ``bm25(search, 4.0, 1.0)`` does
  (same formula, same operation order, same IDF, document length and average length), from
  the list entries, or, when a form's list does not hold the candidate, by re-analysing the
  candidate's stored text (the analyser is deterministic and the ``ascii`` tokenizer makes
  FTS5's tokens exactly the analyser's forms);
* an article in no list scores at most the sum of the lists' cut-offs, so once the window's
  last score is above that bound no other article can enter it: the result is *identical* to
  ranking every match (same rows, same order, same scores; ``tests/store/test_store_topk.py``).
  When the bound cannot be met (a query whose lists are too short for the window asked, a
  positive form without a list, too many new articles), the caller falls back to FTS5.

The lists are derived data, rebuilt by ``SQLiteStore.optimize()``; every query checks that
they still describe the index (row count and last rowid), so a stale list is never trusted.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from . import analyzer

K1 = 1.2  # FTS5's bm25() constants
B = 0.75
WEIGHTS = (4.0, 1.0)  # headline, body: the table's rank function bm25(search, 4.0, 1.0)
HEAD_DF = 4000  # forms in fewer articles are cheap for FTS5 itself (~1.5 µs a match)
LIST_LEN = 1024  # entries kept per head form
MAX_TAIL = 128  # matches among articles newer than the lists (each is re-scored from text)
MAX_RESOLVE = 200  # candidates re-scored from their text per query before falling back
PRESENCE_AFTER = 24  # re-scorings before asking which articles hold the blamed forms
PRESENCE_MAX = 50_000  # ... if they are in at most this many articles (~0.2 µs each)


def varints(blob: bytes) -> list[int]:
    """SQLite/FTS5 varints (big-endian 7-bit groups, a 9th byte of 8 bits)."""
    out = []
    i, n = 0, len(blob)
    while i < n:
        v = 0
        for k in range(9):
            c = blob[i]
            i += 1
            if k == 8:
                v = (v << 8) | c
                break
            v = (v << 7) | (c & 0x7F)
            if not c & 0x80:
                break
        out.append(v)
    return out


def g(wtf: np.ndarray | float, dl: np.ndarray | float, avgdl: float) -> np.ndarray | float:
    """One phrase's BM25 factor without its IDF, in FTS5's operation order (bit-identical)."""
    return (wtf * (K1 + 1.0)) / (wtf + K1 * (1 - B + B * dl / avgdl))


def idf(n_rows: int, n_hit: int) -> float:
    v = math.log((n_rows - n_hit + 0.5) / (n_hit + 0.5))
    return v if v > 0.0 else 1e-6


# -- building ------------------------------------------------------------------------------


@dataclass(slots=True)
class Built:
    forms: list[str]
    df: np.ndarray  # int64[V]
    cut: np.ndarray  # float64[V]: max key of an article dropped from the list (0: complete)
    rid: np.ndarray  # int64[E], grouped by form, best first within a form
    wtf: np.ndarray  # int32[E]
    dl: np.ndarray  # int32[E]
    start: np.ndarray  # int64[V + 1]: form i's entries are [start[i], start[i + 1])


class Builder:
    """Top-``list_len`` entries per head form by BM25 factor, fed documents in rowid order."""

    def __init__(self, forms: dict[str, int], avgdl: float, list_len: int = LIST_LEN) -> None:
        self.forms = sorted(forms)
        self.index = {f: i for i, f in enumerate(self.forms)}
        self.df_expected = np.array([forms[f] for f in self.forms], dtype=np.int64)
        self.avgdl = avgdl
        self.n = list_len
        v = len(self.forms)
        self.df = np.zeros(v, dtype=np.int64)
        self.cut = np.zeros(v)
        self.thr = np.full(v, -np.inf)  # key of the n-th entry once a list is full
        self.lists = [
            np.zeros(0, np.int32),
            np.zeros(0, np.int64),
            np.zeros(0, np.float32),
            np.zeros(0, np.int32),
        ]
        self.pending: list[list[np.ndarray]] = []
        self.pending_len = 0
        self.rows = 0  # documents and tokens seen: checked against FTS5's own totals
        self.tokens = 0
        # Raw token -> id; per id its number of forms and (CSR) its head-form ids.
        self.tok_id: dict[str, int] = {}
        self.tok_nforms: list[int] = []
        self.tok_ptr: list[int] = [0]
        self.tok_flat: list[int] = []

    def _token_ids(self, cnt: Counter[str]) -> list[int]:
        """Ids of raw tokens; a new token's head-form ids and form count are registered."""
        tid = self.tok_id
        missing = set(cnt).difference(tid)  # iterates the small side, not the registry
        if missing:
            forms = analyzer.token_forms(missing)
            for tok in missing:
                fs = forms[tok]
                tid[tok] = len(self.tok_nforms)
                self.tok_nforms.append(len(fs))
                heads = [self.index[f] for f in fs if f in self.index]
                self.tok_flat.extend(heads)
                self.tok_ptr.append(len(self.tok_flat))
        return list(map(tid.__getitem__, cnt))

    def add(self, rids: list[int], docs: list[tuple[Counter[str], Counter[str]]]) -> None:
        """A chunk of documents in rowid order: their raw token counts (headline, body)."""
        n = len(rids)
        if not n:
            return
        toks: list[int] = []
        counts: list[int] = []
        weights: list[float] = []
        owner: list[int] = []
        for j, (head, body) in enumerate(docs):
            for cnt, w in ((head, WEIGHTS[0]), (body, WEIGHTS[1])):
                toks.extend(self._token_ids(cnt))
                counts.extend(cnt.values())
                weights.extend([w] * len(cnt))
                owner.extend([j] * len(cnt))
        tok = np.array(toks, dtype=np.int64)
        cnt_a = np.array(counts, dtype=np.int64)
        own = np.array(owner, dtype=np.int64)
        nforms = np.array(self.tok_nforms, dtype=np.int64)
        ptr = np.array(self.tok_ptr, dtype=np.int64)
        flat = np.array(self.tok_flat, dtype=np.int64)
        # Document length: every form of every token, as FTS5 counts the column's terms.
        dl = np.bincount(own, weights=cnt_a * nforms[tok], minlength=n).astype(np.int64)
        self.rows += n
        self.tokens += int(dl.sum())
        # Each token occurrence group expands into its head forms (CSR look-up).
        lo, hi = ptr[tok], ptr[tok + 1]
        k = hi - lo
        rep = np.repeat(np.arange(len(tok)), k)
        offs = np.arange(int(k.sum())) - np.repeat(np.cumsum(k) - k, k)
        fid = flat[lo[rep] + offs]
        weight = np.array(weights)[rep] * cnt_a[rep]
        doc = own[rep]
        v = len(self.forms)
        pair, inv = np.unique(doc * v + fid, return_inverse=True)
        wtf = np.bincount(inv, weights=weight)
        d_idx, f_idx = pair // v, pair % v
        self.df += np.bincount(f_idx, minlength=v)
        rid = np.asarray(rids, dtype=np.int64)[d_idx]
        dls = dl[d_idx]
        key = g(wtf, dls, self.avgdl)
        # Documents arrive in rowid order, so a new entry that only ties the n-th key ranks
        # after it (ties go to the smaller rowid) and is dropped like a lower one.
        better = key > self.thr[f_idx]
        if not better.all():
            np.maximum.at(self.cut, f_idx[~better], key[~better])
        # Compact types while kept (term frequencies are small integers: exact in float32).
        self.pending.append([
            f_idx[better].astype(np.int32),
            rid[better],
            wtf[better].astype(np.float32),
            dls[better].astype(np.int32),
        ])  # fmt: skip
        self.pending_len += int(better.sum())
        if self.pending_len > 6_000_000:  # ~120 MB: few, large merges
            self._merge()

    def load(self, lists: dict[str, HeadList], scale: float) -> None:
        """Start from existing lists (an incremental build over newer documents only).

        ``scale`` = max(1, new avgdl / avgdl the lists were built with) turns their cut-offs
        into bounds under the new average length; the entries' keys are recomputed."""
        parts = []
        for f, lst in lists.items():
            i = self.index[f]
            self.cut[i] = lst.cut * scale
            parts.append([
                np.full(len(lst.rid), i, np.int32),
                lst.rid.astype(np.int64),
                lst.wtf.astype(np.float32),
                lst.dl.astype(np.int32),
            ])  # fmt: skip
        self.pending.extend(parts)
        self._merge()

    def _merge(self) -> None:
        if not self.pending:
            return
        parts = [self.lists, *self.pending]
        fid, rid, wtf, dl = (np.concatenate([p[k] for p in parts]) for k in range(4))
        self.pending, self.pending_len = [], 0
        key = g(wtf.astype(np.float64), dl, self.avgdl)
        order = np.lexsort((rid, -key, fid))
        fid, rid, wtf, dl, key = fid[order], rid[order], wtf[order], dl[order], key[order]
        first = np.searchsorted(fid, fid, side="left")
        rank = np.arange(len(fid)) - first
        drop = rank >= self.n
        if drop.any():
            np.maximum.at(self.cut, fid[drop], key[drop])
        last = rank == self.n - 1
        self.thr[fid[last]] = key[last]
        keep = ~drop
        self.lists = [fid[keep], rid[keep], wtf[keep], dl[keep]]

    def finish(self) -> Built:
        self._merge()
        fid, rid, wtf, dl = self.lists
        start = np.searchsorted(fid, np.arange(len(self.forms) + 1), side="left")
        return Built(
            self.forms,
            self.df,
            self.cut,
            rid,
            wtf.astype(np.int32),
            dl.astype(np.int32),
            start.astype(np.int64),
        )


# -- querying ------------------------------------------------------------------------------


@dataclass(slots=True)
class HeadList:
    df: int
    cut: float
    rid: np.ndarray  # best first
    wtf: np.ndarray
    dl: np.ndarray

    @property
    def complete(self) -> bool:
        return len(self.rid) >= self.df


@dataclass(slots=True)
class Stats:
    n_rows: int
    n_tokens: int

    @property
    def avgdl(self) -> float:
        return float(self.n_tokens) / float(self.n_rows)


@dataclass(slots=True)
class NeedPresence:
    """Ask the caller for the rowids holding these forms, then to call again."""

    forms: list[str]


# Three-valued logic: false < unknown < true; AND is min, OR is max, NOT is 2 - x.
F, U, T = 0, 1, 2


def phrases(query: analyzer.Query) -> tuple[list[str], list[str]]:
    """The FTS5 expression's phrases in order (positive ones, then the NOT ones), as
    :func:`analyzer.fts5_match` writes them: FTS5 numbers its phrases in that order."""
    pos = [f for c in query.must for a in c.alternatives for t in a for f in t.forms]
    neg = [
        f
        for c in query.must_not
        if all(len(a) == 1 for a in c.alternatives)
        for a in c.alternatives
        for t in a
        for f in t.forms
    ]
    return pos, neg


def evaluate(query: analyzer.Query, state: Callable[[str], np.ndarray]) -> np.ndarray:
    """The FTS5 expression's truth value per candidate, from each form's presence state."""
    out: np.ndarray | None = None
    for c in query.must:
        clause = None
        for a in c.alternatives:
            alt = None
            for t in a:
                term = np.maximum.reduce([state(f) for f in t.forms])
                alt = term if alt is None else np.minimum(alt, term)
            clause = alt if clause is None else np.maximum(clause, alt)
        out = clause if out is None else np.minimum(out, clause)
    assert out is not None
    for c in query.must_not:
        if not all(len(a) == 1 for a in c.alternatives):
            continue
        neg = np.maximum.reduce([state(f) for a in c.alternatives for t in a for f in t.forms])
        out = np.minimum(out, 2 - neg)
    return out


def score_exact(
    order: list[str], idfs: list[float], tf: dict[str, float], dl: int, avgdl: float
) -> float:
    s = 0.0
    for f, w in zip(order, idfs, strict=True):
        t = tf.get(f, 0.0)
        if t:
            s += w * ((t * (K1 + 1.0)) / (t + K1 * (1 - B + B * dl / avgdl)))
    return s


def top_window(
    query: analyzer.Query,
    window: int,
    lists: dict[str, HeadList],
    stats: Stats,
    avgdl0: float,
    n_hit: dict[str, int],
    tail: list[int],
    resolve: Callable[[list[int], list[str]], dict[int, tuple[dict[str, float], int]]],
    presence: dict[str, np.ndarray],
) -> list[tuple[int, float]] | NeedPresence | None:
    """The best ``window`` (rowid, -score) of the query, exactly as FTS5 ranks them, or None
    when the lists cannot prove it.

    ``lists``: the head list of every positive form; ``n_hit``: each phrase form's current
    document frequency; ``tail``: rowids newer than the lists that match the expression;
    ``presence``: sorted rowids of every article holding a form (NOT forms without a list,
    and forms asked for); ``resolve``: for rowids and forms, each form's weighted frequency
    and the document length, recomputed from the stored text. Returns :class:`NeedPresence`
    when reading some forms' articles would spare many re-scorings (call again with them).
    """
    pos, neg = phrases(query)
    order = pos + neg
    avgdl = stats.avgdl
    idfs = [idf(stats.n_rows, n_hit[f]) for f in order]
    c = max(1.0, avgdl / avgdl0)  # how much a list's cut-off may have grown since it was built
    # Candidates: every listed rowid of a positive form, plus the new articles.
    cand = np.unique(np.concatenate([lists[f].rid for f in pos] + [np.asarray(tail, np.int64)]))
    n = len(cand)
    is_tail = np.isin(cand, np.asarray(tail, np.int64))
    known_tf: dict[str, np.ndarray] = {}
    state: dict[str, np.ndarray] = {}  # presence: T / F / U
    known: dict[str, np.ndarray] = {}  # whether the frequency is known (in a list, or absent)
    bound: dict[str, np.ndarray] = {}  # upper bound of the contribution where unknown
    dl = np.full(n, -1, dtype=np.int64)
    for f in set(pos) | set(neg):
        lst = lists.get(f)
        st = np.full(n, U, dtype=np.int8)
        tf = np.zeros(n)
        hit = np.zeros(n, bool)
        if lst is not None and len(lst.rid):
            srt = np.argsort(lst.rid, kind="stable")
            rs = lst.rid[srt]
            pos_c = np.minimum(np.searchsorted(rs, cand), len(rs) - 1)
            hit = rs[pos_c] == cand
            st[hit] = T
            if lst.complete:
                st[~hit & ~is_tail] = F  # the lists predate the newer articles
            tf[hit] = lst.wtf[srt][pos_c[hit]]
            dl[hit] = lst.dl[srt][pos_c[hit]]
        if f in presence:  # every article holding the form (read from FTS5)
            st[:] = np.where(np.isin(cand, presence[f]), T, F)
        state[f] = st
        known[f] = hit | (st == F)
        known_tf[f] = tf
    truth = evaluate(query, state.__getitem__)
    # Exact part of each candidate's score where every frequency is known.
    exact = (np.all([known[f] for f in order], axis=0) & (dl >= 0)) if order else None
    score = np.zeros(n)
    ub = np.zeros(n)
    for f, w in zip(order, idfs, strict=True):
        tf = known_tf[f]
        contrib = np.where(tf > 0, w * g(tf, np.maximum(dl, 1), avgdl), 0.0)
        score = score + contrib
        lst = lists.get(f)
        if f in pos:
            unknown_bound = w * c * (lst.cut if lst is not None else 0.0) * 1.000001
            if lst is None:
                unknown_bound = w * (K1 + 1.0)
            bound[f] = np.where(known[f], 0.0, unknown_bound)
            ub = ub + bound[f]
    ub = score + ub
    ub[is_tail] = np.inf  # no list covers them: resolve first
    # An article in no list: each positive form contributes at most its list's cut-off.
    outside = (
        sum(w * c * lists[f].cut for f, w in zip(order, idfs, strict=True) if f in pos) * 1.000001
        + 1e-12
    )
    assert exact is not None
    # Only candidates that may beat every article outside the lists can fill the window:
    # fewer than `window` of them, and the lists cannot prove it (give up before any work).
    if outside > 1e-12 and int(np.count_nonzero((truth != F) & (ub > outside))) < window:
        return None
    # Lazy resolution: pop the best upper bound; an exact one is final (nothing left can beat
    # it), an unknown one is re-analysed and pushed back with its exact score.
    heap = [(-ub[i], int(cand[i]), i) for i in range(n) if truth[i] != F]
    heapq.heapify(heap)
    out: list[tuple[int, float]] = []
    resolved: dict[int, float] = {}
    n_resolved = 0
    blame: dict[str, int] = {}
    while len(out) < window:
        if not heap:
            # Every candidate is placed; further matches could only come from outside.
            return out if outside <= 1e-12 else None
        negub, rid, i = heap[0]
        if -negub <= outside:
            return None  # an article in no list might rank here
        if i < 0 or (exact[i] and truth[i] == T):
            heapq.heappop(heap)
            s = resolved[rid] if i < 0 else float(score[i])
            out.append((rid, -s))
            continue
        # Resolve this candidate and the next unknown ones in one read.
        batch = [heapq.heappop(heap)]
        while heap and len(batch) < 32 and heap[0][2] >= 0:
            batch.append(heapq.heappop(heap))
        exacts = [b for b in batch if b[2] >= 0 and exact[b[2]] and truth[b[2]] == T]
        todo = [b for b in batch if not (exact[b[2]] and truth[b[2]] == T)]
        for b in exacts:
            heapq.heappush(heap, b)
        n_resolved += len(todo)
        for _, _r, i in todo:
            for f in order:
                if not known[f][i] and f not in presence:
                    blame[f] = blame.get(f, 0) + 1
        if n_resolved >= PRESENCE_AFTER:
            # Many candidates wait on the same form (the other side of an OR, a NOT word):
            # reading which articles hold it is cheaper than re-scoring them one by one.
            wanted = [
                f for f, k in blame.items() if k >= PRESENCE_AFTER // 3 and n_hit[f] <= PRESENCE_MAX
            ]
            if wanted:
                return NeedPresence(sorted(wanted))
        if n_resolved > MAX_RESOLVE:
            return None
        stats = resolve([b[1] for b in todo], sorted(set(order)))
        for _, r, _i in todo:
            tf, d = stats[r]
            present = {f: tf[f] > 0 for f in order}
            ok = evaluate(query, lambda f, p=present: np.array([T if p[f] else F]))[0] == T
            if not ok:
                continue
            s = score_exact(order, idfs, tf, d, avgdl)
            resolved[r] = s
            heapq.heappush(heap, (-s, r, -1))
    return out

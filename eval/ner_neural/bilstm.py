"""Scratch experiment (nernn): a small BiLSTM tagger on the same ANERcorp split as the CRF.

Not part of the package. Word encoder: char-CNN over the normalised word + word and stem
embeddings learned from the training split + a bag of the CRF's label-free feature groups
(triggers, given names, wordfreq, shape, proclitic, CLDR phrase gazetteer, document triggers,
domain). BiLSTM, softmax output, decoded by a Viterbi that only allows valid IOB2, then the
tagger's name propagation. One CPU thread.

    PYTHONPATH=src python3 eval/ner_neural/bilstm.py --seed 13 --out /tmp/nernn/nn13
"""

from __future__ import annotations

import argparse
import math
import pickle
import random
import resource
import sys
import time
from collections import Counter
from pathlib import Path

import torch
from torch import nn

from khabar.ner import conll
from khabar.ner.features import Featurizer, Resources, _triggers, norm, stem
from khabar.ner.features import cldr_phrases as _cldr_phrases
from khabar.ner.score import format_scores, score
from khabar.ner.tagger import propagate
from khabar.ner.train import ANER_TRAIN, DEFAULT_DATA, split

LABELS = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
KEEP = ("tr=", "gn", "zf=", "zs=", "dr=", "pr=", "sh=", "len=", "cl=")


def featurize(fz: Featurizer, sents: list[list[str]], rare: set[str]) -> list[list[list[str]]]:
    """Label-free CRF feature groups per token (the word form itself goes to the embeddings)."""
    maps = fz.doc_maps(sents)
    out = []
    for toks, m in zip(sents, maps, strict=True):
        stems = [stem(t) for t in toks]
        gaz = fz._phrase_feats(stems)
        sent = []
        for i, t in enumerate(toks):
            f = [x for x in fz.word_features(t) if x.startswith(KEEP)]
            f += gaz[i]
            if norm(t) in rare and t[:1].isalpha():
                f.append("rare")
            k = m.get(stems[i])
            if k:
                f.append("dtr=" + k)
            dom = m.get("\x00domain")
            if dom:
                f.append("D=" + dom)
            sent.append(f)
        out.append(sent)
    return out


class Vocab:
    def __init__(self, items: Counter, min_count: int = 1) -> None:
        self.itos = ["<pad>", "<unk>", *sorted(w for w, c in items.items() if c >= min_count)]
        self.stoi = {w: i for i, w in enumerate(self.itos)}

    def __call__(self, w: str) -> int:
        return self.stoi.get(w, 1)

    def __len__(self) -> int:
        return len(self.itos)


class Net(nn.Module):
    def __init__(self, nw: int, ns: int, nc: int, nf: int, a: argparse.Namespace) -> None:
        super().__init__()
        self.wemb = nn.Embedding(nw, a.wdim, padding_idx=0)
        self.semb = nn.Embedding(ns, a.sdim, padding_idx=0)
        self.cemb = nn.Embedding(nc, 32, padding_idx=0)
        self.conv = nn.Conv1d(32, a.cdim, 3, padding=1)
        self.femb = nn.EmbeddingBag(nf, a.fdim, mode="sum", padding_idx=0)
        self.drop = nn.Dropout(a.dropout)
        d_in = a.wdim + a.sdim + a.cdim + a.fdim
        self.lstm = nn.LSTM(d_in, a.hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * a.hidden, len(LABELS))

    def forward(self, w, s, c, f, lengths):
        B, T = w.shape
        ch = self.cemb(c.view(B * T, -1)).transpose(1, 2)  # (BT, 32, L)
        ch = torch.relu(self.conv(ch)).max(dim=2).values.view(B, T, -1)
        fb = self.femb(f.view(B * T, -1)).view(B, T, -1)
        x = self.drop(torch.cat([self.wemb(w), self.semb(s), ch, fb], dim=-1))
        packed = nn.utils.rnn.pack_padded_sequence(
            x, lengths, batch_first=True, enforce_sorted=False
        )
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=T)
        return self.out(self.drop(h))


def allowed(a: str, b: str) -> bool:
    return not b.startswith("I-") or (a != "O" and a[2:] == b[2:])


def viterbi(logp: list[list[float]], labels: list[str]) -> list[str]:
    """Best valid IOB2 sequence under per-token log-probabilities (no I- after O or a B-/I- of
    another type, none at the start)."""
    n = len(labels)
    ok = [[allowed(labels[i], labels[j]) for j in range(n)] for i in range(n)]
    score_ = [lp if not labels[j].startswith("I-") else -math.inf for j, lp in enumerate(logp[0])]
    back = []
    for row in logp[1:]:
        new, bp = [], []
        for j in range(n):
            best, arg = -math.inf, 0
            for i in range(n):
                if ok[i][j] and score_[i] > best:
                    best, arg = score_[i], i
            new.append(best + row[j])
            bp.append(arg)
        score_ = new
        back.append(bp)
    j = max(range(n), key=lambda k: score_[k])
    path = [j]
    for bp in reversed(back):
        j = bp[j]
        path.append(j)
    return [labels[k] for k in reversed(path)]


def tensors(batch, V):
    wv, sv, cv, fv = V
    T = max(len(x[0]) for x in batch)
    L = min(20, max(len(norm(t)) for x in batch for t in x[0]))
    F = max(1, max(len(f) for x in batch for f in x[2]))
    B = len(batch)
    w = torch.zeros(B, T, dtype=torch.long)
    s = torch.zeros(B, T, dtype=torch.long)
    c = torch.zeros(B, T, L, dtype=torch.long)
    f = torch.zeros(B, T, F, dtype=torch.long)
    y = torch.full((B, T), -100, dtype=torch.long)
    for b, (toks, tags, feats, wd) in enumerate(batch):
        for i, t in enumerate(toks):
            n = norm(t)
            w[b, i] = 1 if wd and random.random() < wd else wv(n)
            s[b, i] = sv(stem(t))
            for k, ch in enumerate(n[:L]):
                c[b, i, k] = cv(ch)
            for k, x in enumerate(feats[i]):
                f[b, i, k] = fv(x)
            if tags:
                y[b, i] = LABELS.index(tags[i])
    return w, s, c, f, torch.tensor([len(x[0]) for x in batch]), y


def predict(net, data, V) -> list[list[list[float]]]:
    net.eval()
    out = []
    with torch.no_grad():
        for i in range(0, len(data), 64):
            batch = [(t, None, f, 0.0) for t, f in data[i : i + 64]]
            w, s, c, f, lens, _ = tensors(batch, V)
            lp = torch.log_softmax(net(w, s, c, f, lens), dim=-1)
            for b, n in enumerate(lens.tolist()):
                out.append(lp[b, :n].tolist())
    net.train()
    return out


def decode(logps, sents, prop: bool = True) -> list[list[str]]:
    tags = [viterbi(lp, LABELS) for lp in logps]
    return propagate(sents, tags) if prop else tags


def fit(train_s, test_sents, a, seed: int, epoch_done=None, no_feats: bool = False):
    """Train a BiLSTM on ``train_s`` (seeded, one thread); returns the network, its vocabularies
    and the features of ``test_sents``. ``epoch_done(epoch, loss, net, vocab, test_feats)`` is
    called after each epoch (bilstm.py prints dev F1 there; stack.py passes nothing)."""
    torch.manual_seed(seed)
    random.seed(seed)
    res = Resources(
        phrases=_cldr_phrases(), triggers=_triggers(), features=("given", "wordfreq", "domain")
    )
    fz = Featurizer(res)
    counts = Counter(norm(t) for toks, _ in train_s for t in toks)
    rare = {w for w, c in counts.items() if c < 3}
    tr_f = featurize(fz, [t for t, _ in train_s], rare)
    unseen = {norm(w) for toks in test_sents for w in toks} - set(counts)
    te_f = featurize(fz, test_sents, rare | unseen)
    if no_feats:
        tr_f = [[[] for _ in s] for s in tr_f]
        te_f = [[[] for _ in s] for s in te_f]
    V = (
        Vocab(counts, 2),
        Vocab(Counter(stem(t) for toks, _ in train_s for t in toks), 2),
        Vocab(Counter(ch for w in counts for ch in w)),
        Vocab(Counter(x for s in tr_f for f in s for x in f)),
    )
    print(
        f"vocab words {len(V[0])} stems {len(V[1])} chars {len(V[2])} feats {len(V[3])}",
        file=sys.stderr,
    )
    net = Net(len(V[0]), len(V[1]), len(V[2]), len(V[3]), a)
    opt = torch.optim.Adam(net.parameters(), lr=a.lr)
    lossf = nn.CrossEntropyLoss(ignore_index=-100)
    items = [(t, g, f, a.wdrop) for (t, g), f in zip(train_s, tr_f, strict=True)]
    for ep in range(a.epochs):
        random.shuffle(items)
        tot = 0.0
        for i in range(0, len(items), a.batch):
            w, s, c, f, lens, y = tensors(items[i : i + a.batch], V)
            opt.zero_grad()
            loss = lossf(net(w, s, c, f, lens).view(-1, len(LABELS)), y.view(-1))
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            tot += loss.item()
        if epoch_done is not None:
            epoch_done(ep, tot, net, V, te_f)
    return net, V, te_f


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--wdim", type=int, default=100)
    ap.add_argument("--sdim", type=int, default=50)
    ap.add_argument("--cdim", type=int, default=50)
    ap.add_argument("--fdim", type=int, default=32)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--dropout", type=float, default=0.5)
    ap.add_argument("--wdrop", type=float, default=0.1, help="word → UNK rate in training")
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--no-feats", action="store_true", help="no CRF feature groups")
    a = ap.parse_args()
    torch.set_num_threads(1)
    t0 = time.process_time()
    train_s, dev = split(conll.read_file(DEFAULT_DATA / ANER_TRAIN), 0.1)
    gold = [g for _, g in dev]
    sents = [t for t, _ in dev]

    def epoch_done(ep: int, loss: float, net, V, dev_f) -> None:
        dev_in = list(zip(sents, dev_f, strict=True))
        f1 = score(gold, decode(predict(net, dev_in, V), sents))["ALL"]["f1"]
        print(
            f"epoch {ep + 1}: loss {loss:.1f}, dev F1 {100 * f1:.2f}, "
            f"CPU {time.process_time() - t0:.0f}s",
            file=sys.stderr,
        )

    net, V, dev_f = fit(train_s, sents, a, a.seed, epoch_done, no_feats=a.no_feats)
    dev_in = list(zip(sents, dev_f, strict=True))
    t_train = time.process_time() - t0
    t1 = time.perf_counter()
    logps = predict(net, dev_in, V)
    t_pred = time.perf_counter() - t1
    n_tok = sum(len(t) for t in sents)
    pred = decode(logps, sents)
    print("with propagation:")
    print(format_scores(score(gold, pred)))
    print(
        "without propagation: ALL F1 "
        f"{100 * score(gold, decode(logps, sents, prop=False))['ALL']['f1']:.2f}"
    )
    a.out.mkdir(parents=True, exist_ok=True)
    torch.save(net.state_dict(), a.out / "net.pt")
    with open(a.out / "dev_logp.pkl", "wb") as fh:
        pickle.dump({"labels": LABELS, "logp": logps, "tags": pred}, fh)
    n_par = sum(p.numel() for p in net.parameters())
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"seed {a.seed}: train CPU {t_train:.0f}s, {n_par} parameters "
        f"({(a.out / 'net.pt').stat().st_size / 1e6:.1f} MB fp32), dev forward "
        f"{n_tok / t_pred:.0f} tok/s (1 thread, without featurizing), peak RSS {rss:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

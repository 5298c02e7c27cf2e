"""What shipping the BiLSTM would cost: export a trained ``net.pt`` to ONNX (one sentence, no
packing), check onnxruntime gives the same scores as torch, and time both on the dev sentences
(network forward only, one thread; featurizing is the CRF's own cost and is not counted).

    PYTHONPATH=src python3 eval/ner_neural/onnx_cost.py /tmp/nernn/nn13
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bilstm import Net, Vocab  # noqa: F401

from khabar.ner import conll
from khabar.ner.train import ANER_TRAIN, DEFAULT_DATA, split


class OneSentence(nn.Module):
    """The same network for one unpadded sentence (what a tagger would run)."""

    def __init__(self, net: Net) -> None:
        super().__init__()
        self.net = net

    def forward(self, w, s, c, f):
        n = self.net
        T = w.shape[0]
        ch = n.cemb(c).transpose(1, 2)
        ch = torch.relu(n.conv(ch)).max(dim=2).values
        # EmbeddingBag(sum, padding_idx=0) as a masked lookup: the exporter has no
        # embedding_bag with padding_idx
        fb = (n.femb.weight[f] * (f != 0).unsqueeze(-1)).sum(dim=1)
        x = torch.cat([n.wemb(w), n.semb(s), ch, fb], dim=-1).view(1, T, -1)
        h, _ = n.lstm(x)
        return torch.log_softmax(n.out(h[0]), dim=-1)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    a = ap.parse_args()
    torch.set_num_threads(1)
    sd = torch.load(a.folder / "net.pt")
    dims = argparse.Namespace(
        wdim=sd["wemb.weight"].shape[1],
        sdim=sd["semb.weight"].shape[1],
        cdim=sd["conv.weight"].shape[0],
        fdim=sd["femb.weight"].shape[1],
        hidden=sd["lstm.weight_hh_l0"].shape[1],
        dropout=0.0,
    )
    net = Net(
        sd["wemb.weight"].shape[0],
        sd["semb.weight"].shape[0],
        sd["cemb.weight"].shape[0],
        sd["femb.weight"].shape[0],
        dims,
    )
    net.load_state_dict(sd)
    net.eval()
    m = OneSentence(net).eval()
    _, dev = split(conll.read_file(DEFAULT_DATA / ANER_TRAIN), 0.1)
    rng = np.random.default_rng(0)
    # random ids of the right shapes: the cost depends on lengths, not on which words
    inputs = []
    for toks, _ in dev:
        T = len(toks)
        inputs.append(
            (
                torch.tensor(rng.integers(1, sd["wemb.weight"].shape[0], T)),
                torch.tensor(rng.integers(1, sd["semb.weight"].shape[0], T)),
                torch.tensor(rng.integers(1, sd["cemb.weight"].shape[0], (T, 8))),
                torch.tensor(rng.integers(1, sd["femb.weight"].shape[0], (T, 6))),
            )
        )
    with torch.no_grad():
        w, s_, c, f = inputs[0]
        batched = torch.log_softmax(
            net(w[None], s_[None], c[None], f[None], torch.tensor([len(w)]))[0], dim=-1
        )
        same = float((batched - m(*inputs[0])).abs().max())
    print(f"one-sentence module vs the trained batched network: max diff {same:.1e}")
    path = a.folder / "net.onnx"
    torch.onnx.export(
        m,
        inputs[0],
        str(path),
        input_names=["w", "s", "c", "f"],
        output_names=["logp"],
        dynamic_axes={"w": {0: "T"}, "s": {0: "T"}, "c": {0: "T", 1: "L"}, "f": {0: "T", 1: "F"}},
        dynamo=False,
    )
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.intra_op_num_threads = 1
    so.inter_op_num_threads = 1
    sess = ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])
    n_tok = sum(len(t) for t, _ in dev)
    diff = 0.0
    with torch.no_grad():
        t0 = time.perf_counter()
        outs = [m(*x).numpy() for x in inputs]
        t_torch = time.perf_counter() - t0
    t0 = time.perf_counter()
    outs2 = [
        sess.run(None, dict(zip(["w", "s", "c", "f"], [v.numpy() for v in x], strict=True)))[0]
        for x in inputs
    ]
    t_ort = time.perf_counter() - t0
    diff = max(float(np.abs(o - p).max()) for o, p in zip(outs, outs2, strict=True))
    raw = path.read_bytes()
    print(
        f"ONNX {len(raw) / 1e6:.1f} MB ({len(gzip.compress(raw)) / 1e6:.1f} MB gzipped); "
        f"max |torch - onnxruntime| {diff:.1e}; one sentence at a time, 1 thread: "
        f"torch {n_tok / t_torch:.0f} tok/s, onnxruntime {n_tok / t_ort:.0f} tok/s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Tagging speed of the shipped NER model: tokens/s on one core (features and the stacked
BiLSTM included), load time, model size and peak memory.

Run it on an otherwise idle machine: onnxruntime is given one thread, so the figure is per core.
Load, cold and warm timings are the median of ``--repeat`` fresh processes (default 3), since
the word caches are process-wide and one cold run on a shared machine varies by ±1k tokens/s.

    python3 bench/ner.py [--data /work/shared/data/ner]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

from khabar.ner import conll
from khabar.ner.tagger import Tagger
from khabar.ner.train import ANER_TRAIN, DEFAULT_DATA


def _timings(model: Path | None, sents: list[list[str]]) -> dict[str, float]:
    t0 = time.perf_counter()
    tagger = Tagger.load(model)
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    tagger.tag_sentences(sents)
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    tagger.tag_sentences(sents)
    warm = time.perf_counter() - t0
    return {"load": load, "cold": cold, "warm": warm}


def _child_timings(a: argparse.Namespace) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", "--data", str(a.data)]
    cmd += ["--sentences", str(a.sentences)]
    if a.model:
        cmd += ["--model", str(a.model)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--sentences", type=int, default=2000)
    ap.add_argument("--model", type=Path, help="model folder (default: the shipped model)")
    ap.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="fresh processes for the load/cold/warm timings; the median is printed",
    )
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    sents = [t for t, _ in conll.read_file(a.data / ANER_TRAIN)][-a.sentences :]
    n_tok = sum(map(len, sents))
    if a.child:
        print(json.dumps(_timings(a.model, sents)))
        return
    # every cold run in a fresh process: the word caches (and the clitic splitter's) are
    # process-wide, so a second run in the same process is no longer cold
    runs = [_child_timings(a) for _ in range(max(1, a.repeat))]
    load, cold, warm = (statistics.median(r[k] for r in runs) for k in ("load", "cold", "warm"))
    spread = [n_tok / r["cold"] for r in runs]
    tagger = Tagger.load(a.model)
    tagger.tag_sentences(sents)
    nn = None
    if tagger.neural is not None:
        # the BiLSTM's share of the warm time: encoding + onnxruntime + decoding
        maps = tagger.featurizer.doc_maps(sents)
        t0 = time.perf_counter()
        tagger.neural.tag_sentences(sents, maps)
        nn = time.perf_counter() - t0
    models = a.model or resources.files("khabar") / "models"
    size = sum(p.stat().st_size for p in Path(str(models)).iterdir() if p.is_file())
    # the whole entities step (tagging + resolution) on the seed article, 20 times
    from khabar.enrich import EnrichContext
    from khabar.enrich.entities import EntityStep
    from khabar.model import Article
    from khabar.text import tokenize

    seed = Path(__file__).resolve().parents[1] / "tests" / "data" / "seed_article1.txt"
    paras = [x for x in seed.read_text(encoding="utf-8").splitlines() if x and x[0] != "#"]
    n_seed = sum(len(tokenize(p)) for p in paras)
    step = EntityStep(tagger)
    t0 = time.perf_counter()
    for _ in range(20):
        step(Article(headline=None, paragraphs=list(paras)), EnrichContext())
    ent = (time.perf_counter() - t0) / 20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"tokens            {n_tok}")
    print(f"model load        {load:.2f} s")
    print(
        f"tagging (cold)    {n_tok / cold:,.0f} tokens/s  (feature cache empty; median of "
        f"{len(runs)} fresh processes: {', '.join(f'{x:,.0f}' for x in sorted(spread))})"
    )
    print(f"tagging (warm)    {n_tok / warm:,.0f} tokens/s  (median)")
    if nn is not None:
        print(f"  BiLSTM alone    {n_tok / nn:,.0f} tokens/s ({100 * nn / warm:.0f} % of the time)")
    else:
        print("  (CRF alone: this model is not stacked on the BiLSTM)")
    print(
        f"entities step     {1000 * ent:.0f} ms per article ({n_seed} tokens; "
        f"{n_seed / ent:,.0f} tokens/s)"
    )
    print(f"models/ size      {size / 1e6:.1f} MB")
    print(f"peak RSS          {peak:.0f} MB")


if __name__ == "__main__":
    main()

"""Throughput of the quotes step: paragraphs per second on one core, and peak memory.

Usage (from the repository root):
    PYTHONPATH=src python3 bench/quotes.py [--seconds 5]

The corpus is the gold set's paragraphs plus the seed's body, run as articles again and again
(a fresh extractor per article, as in the pipeline). Single process, so the figure is per core.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
import tracemalloc
from importlib import resources
from pathlib import Path

from khabar.enrich.quotes import extract_quotes
from khabar.model import Article

GOLD = Path(__file__).resolve().parents[1] / "eval" / "gold" / "quotes.jsonl"
SEED_LINES = [14, 18, 20, 22, 24, 26, 30, 32, 34, 36, 38, 40, 44, 46, 48, 50, 52, 54, 56, 60, 62]


def corpus() -> list[list[str]]:
    arts = [json.loads(x)["paragraphs"] for x in GOLD.read_text(encoding="utf-8").splitlines()]
    seed = (resources.files("khabar") / "data" / "sample_asharq.txt").read_text(encoding="utf-8")
    lines = seed.split("\n")
    arts.append([lines[n - 1] for n in SEED_LINES])
    return arts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=5.0, help="Minimum time to run.")
    args = ap.parse_args(argv)
    arts = corpus()
    n_par = sum(len(a) for a in arts)
    n_chars = sum(len(p) for a in arts for p in a)
    extract_quotes(Article(headline=None, paragraphs=arts[0]))  # load lexicons once
    rounds = paras = quotes = 0
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    while time.perf_counter() - t0 < args.seconds:
        for a in arts:
            quotes += len(extract_quotes(Article(headline=None, paragraphs=list(a))))
        rounds += 1
        paras += n_par
    wall = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    tracemalloc.start()
    for a in arts:
        extract_quotes(Article(headline=None, paragraphs=list(a)))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"quotes bench — python {platform.python_version()}, {platform.machine()}")
    print(
        f"corpus: {len(arts)} articles, {n_par} paragraphs, {n_chars} characters; {rounds} rounds"
    )
    print(
        f"throughput: {paras / cpu:,.0f} paragraphs/s per core (CPU time), "
        f"{paras / wall:,.0f} paragraphs/s wall; {n_chars * rounds / cpu / 1e6:.2f} M chars/s"
    )
    print(f"quotes found per round: {quotes // max(rounds, 1)}")
    print(
        f"peak memory: {peak / 1e6:.2f} MB traced in one round; process max RSS "
        f"{rss_kb / 1024:.1f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

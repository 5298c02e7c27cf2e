"""Throughput of the ``times`` step: expressions/s and paragraphs/s on one core, peak memory.

    PYTHONPATH=src python3 bench/times.py [--repeat 20]

Input: the seed's two articles plus the gold set's texts (eval/gold/times.jsonl), tagged
``--repeat`` times in one process (one core). Peak memory is the process's max RSS.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from importlib import resources
from pathlib import Path

from khabar.enrich.timex import tag_paragraphs

HERE = Path(__file__).parent


def corpus() -> list[tuple[list[str], str | None]]:
    lines = (
        (resources.files("khabar") / "data" / "sample_asharq.txt").read_text("utf-8").split("\n")
    )
    a1 = [lines[n - 1] for n in range(14, 63, 2) if n not in (16, 28, 42, 58)]
    a2 = [lines[n - 1] for n in (116, 118, 120, 122)]
    docs: list[tuple[list[str], str | None]] = [(a1, "2024-06-18"), (a2, None)]
    gold = HERE.parent / "eval" / "gold" / "times.jsonl"
    for line in gold.read_text("utf-8").splitlines():
        d = json.loads(line)
        docs.append(([d["text"]], d["published"]))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    docs = corpus()
    tag_paragraphs(["تحميل الجداول أمس."], "2024-01-01")  # load lexicons outside the timing
    n_par = n_expr = n_chars = 0
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for paras, pub in docs:
            times, _ = tag_paragraphs(paras, pub)
            n_par += len(paras)
            n_expr += len(times)
            n_chars += sum(map(len, paras))
    dt = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles/repeat: {len(docs)}  repeats: {args.repeat}  seconds: {dt:.2f}")
    print(f"paragraphs/s (1 core):  {n_par / dt:,.0f}")
    print(f"expressions/s (1 core): {n_expr / dt:,.0f}")
    print(f"characters/s (1 core):  {n_chars / dt:,.0f}")
    print(f"peak RSS: {rss:.1f} MiB")


if __name__ == "__main__":
    main()

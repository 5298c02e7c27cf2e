"""Store benchmark: ingest rate, search latency p50/p95, database size, peak memory.

Articles are built from real sentences (the ANERcorp documents of eval/gold/search, CC BY-SA)
recombined at random: a headline from one sentence's first words and 3-8 paragraphs of 1-3
sentences each. One process, one core. A tenth of the articles are lightly edited copies of
earlier ones, so near-duplicate detection does real work.

    python3 bench/store.py --n 5000                 # SQLite in a temp dir
    python3 bench/store.py --n 5000 --db postgresql://...
    python3 bench/store.py --n 100000 --db big.db   # keeps big.db ...
    python3 bench/store.py --db big.db --search-only  # ... and times search on it again
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from khabar.model import Article, Source  # noqa: E402
from khabar.store import open_store  # noqa: E402

GOLD = ROOT / "eval" / "gold" / "search"


def sentences() -> list[str]:
    out = []
    for line in (GOLD / "anercorp_docs.jsonl").read_text("utf-8").splitlines():
        out.extend(json.loads(line)["paragraphs"])
    return out


def articles(n: int, seed: int = 7):
    rng = random.Random(seed)
    sents = sentences()
    made: list[Article] = []
    for i in range(n):
        if made and rng.random() < 0.1:
            base = rng.choice(made[-500:])
            paras = list(base.paragraphs)
            j = rng.randrange(len(paras))
            paras[j] = paras[j] + " " + rng.choice(sents).split()[0]
            art = Article(headline=base.headline, paragraphs=paras, site="copy")
        else:
            paras = [
                " ".join(rng.choice(sents) for _ in range(rng.randint(1, 3)))
                for _ in range(rng.randint(3, 8))
            ]
            art = Article(
                headline=" ".join(rng.choice(sents).split()[:8]),
                paragraphs=paras,
                site=rng.choice(["a", "b", "c"]),
                published=f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",  # noqa: E501
            )
        art.source = Source(path=f"bench/{i}.txt")
        art.id = art.compute_id()
        made.append(art)
        if len(made) > 1000:  # keep only recent ones to copy from: the bench must not grow
            del made[:500]
        yield art


QUERIES = [
    "الرئيس",
    "الحكومة",
    "وزير الخارجية",
    "لبنان",
    "زيارة",
    "بوش",
    '"الأمم المتحدة"',
    '"مجلس الأمن"',
    "الاحتلال",
    "العراق OR بغداد",
    "المقاومة -الاحتلال",
    "فرنسا",
    "النفط",
    "الشرطة",
    "كتاب",
    "الملك",
    "قوات",
    "مصر",
    "الحرب",
    "الاقتصاد",
]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def search_latency(store, repeat: int, per_query: bool = False) -> None:
    """Wall and CPU time per search. The machine is shared, so wall time includes waiting for
    a core; the CPU time of this process per search is the steadier figure."""
    lat, cpu = [], []
    for q in QUERIES:
        store.search(q)  # warm
        ql, qc = [], []
        for _ in range(repeat):
            c = time.process_time()
            s = time.perf_counter()
            store.search(q, limit=10)
            ql.append((time.perf_counter() - s) * 1000)
            qc.append((time.process_time() - c) * 1000)
        lat += ql
        cpu += qc
        if per_query:
            wall_q, cpu_q = statistics.median(ql), statistics.median(qc)
            print(f"  {q:24s} wall {wall_q:7.1f} ms  CPU {cpu_q:7.1f} ms")

    def pct(xs: list[float], p: float) -> float:
        xs = sorted(xs)
        return xs[max(0, int(len(xs) * p) - 1)]

    print(
        f"search: p50 {statistics.median(lat):.1f} ms  p95 {pct(lat, 0.95):.1f} ms"
        f"  max {max(lat):.1f} ms wall; CPU p50 {statistics.median(cpu):.1f} ms"
        f"  p95 {pct(cpu, 0.95):.1f} ms  mean {statistics.fmean(cpu):.1f} ms"
        f" ({len(lat)} searches, limit 10, snippets included)"
    )


def optimize(store) -> str | None:
    """Build the impact lists (SQLite) once the store is filled, as `khabar ingest` does."""
    if not hasattr(store, "optimize"):
        return None
    c0, t0 = time.process_time(), time.perf_counter()
    info = store.optimize()
    return (
        f"optimize: {info.get('forms', 0)} head forms, {info.get('entries', 0):,} list entries"
        f" in {time.perf_counter() - t0:.0f} s ({time.process_time() - c0:.0f} CPU-s),"
        f" peak RSS now {rss_mb():.0f} MB"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--db", default=None, help="store URL (default: a temp SQLite file)")
    ap.add_argument("--repeat", type=int, default=10, help="runs of each query")
    ap.add_argument("--per-query", action="store_true", help="print each query's median times")
    ap.add_argument(
        "--optimize",
        action="store_true",
        help="with --search-only: rebuild the impact lists first",
    )
    ap.add_argument(
        "--search-only",
        action="store_true",
        help="reuse the store in --db as it is: time search only (no ingest)",
    )
    args = ap.parse_args()
    url = args.db or os.path.join(tempfile.mkdtemp(), "bench.db")
    store = open_store(url)
    if args.search_only:
        print(f"store: {store.stats()['articles']} articles (reused, not re-ingested)")
        if args.optimize:
            print(optimize(store))
        search_latency(store, args.repeat, per_query=args.per_query)
        store.close()
        return
    rss0 = rss_mb()
    t0 = time.perf_counter()
    c0 = time.process_time()
    rss_mid = 0.0
    done = 0

    def on_item(_a, _s) -> None:
        nonlocal done, rss_mid
        done += 1
        if done == args.n // 2:
            rss_mid = rss_mb()

    gen_cpu = 0.0

    def timed(items):
        # The corpus generator runs inside the timed loop; its own CPU is measured apart so
        # the store's cost per article can be given without it.
        nonlocal gen_cpu
        it = iter(items)
        while True:
            c = time.process_time()
            try:
                item = next(it)
            except StopIteration:
                gen_cpu += time.process_time() - c
                return
            gen_cpu += time.process_time() - c
            yield item

    report = store.ingest(timed(articles(args.n)), on_item=on_item)
    dt = time.perf_counter() - t0
    cpu = time.process_time() - c0
    rss1 = rss_mb()
    t1 = time.perf_counter()
    again = store.ingest(articles(args.n))
    dt_again = time.perf_counter() - t1
    opt = optimize(store)
    st = store.stats()
    print(f"store: {st['backend']}  articles: {st['articles']}  stories: {st['stories']}")
    if opt:
        print(opt)
    print(
        f"ingest: {report.added / cpu:,.0f} articles per CPU-second of this process"
        f" ({report.added / dt:,.0f}/s wall; {report.added} added,"
        f" {report.near_duplicates} near-duplicates linked)"
    )
    print(
        f"  of which the corpus generator {gen_cpu:.1f} CPU-s; the store alone:"
        f" {report.added / max(cpu - gen_cpu, 1e-9):,.0f} articles per CPU-second"
    )
    print(f"re-ingest (all skipped): {again.existing / dt_again:,.0f} articles/s")
    search_latency(store, args.repeat)
    if st["size_bytes"]:
        print(
            f"size: {st['size_bytes'] / 1e6:.1f} MB ({st['size_bytes'] / st['articles'] / 1e3:.1f}"
            " kB/article)"
        )
    print(
        f"peak RSS: {rss1:.0f} MB (at open {rss0:.0f} MB, half-way {rss_mid:.0f} MB:"
        " flat when the two last agree)"
    )
    store.close()


if __name__ == "__main__":
    main()

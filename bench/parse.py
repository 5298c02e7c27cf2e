"""Benchmark: plain-text parse throughput (MB/s per core) and peak memory.

Builds a corpus of varied pages (the bundled sample and the test pages, with numbers,
paragraph order and headlines varied so no two files are identical), writes it as many files
under bench/corpus/, and parses it with the same code path as ``khabar parse DIR`` (streaming:
one file in memory at a time). Each size runs in a fresh subprocess so peak RSS is its own.

    python bench/parse.py                 # 10 MB and 50 MB corpora
    python bench/parse.py --sizes 100     # custom sizes in MB

Peak memory should not grow with the corpus: compare the two rows.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus"


def source_pages() -> list[str]:
    pages = [(ROOT / "src" / "khabar" / "data" / "sample_asharq.txt").read_text("utf-8")]
    pages += [p.read_text("utf-8") for p in sorted((ROOT / "tests" / "pages").glob("*.txt"))]
    return pages


def vary(page: str, rng: random.Random) -> str:
    """A plausible different page: digits changed, body paragraphs partly reordered."""
    lines = page.split("\n")
    long_ix = [i for i, ln in enumerate(lines) if len(ln) > 200]
    if len(long_ix) > 2:
        a, b = rng.sample(long_ix, 2)
        lines[a], lines[b] = lines[b], lines[a]
    digits = str.maketrans("0123456789", "".join(rng.sample("0123456789", 10)))
    return "\n".join(ln.translate(digits) for ln in lines)


def build(size_mb: int) -> Path:
    out = CORPUS / f"{size_mb}mb"
    marker = out / ".complete"
    if marker.exists():
        return out
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(size_mb)
    pages = source_pages()
    total, i = 0, 0
    while total < size_mb * 1_000_000:
        text = vary(pages[i % len(pages)], rng)
        (out / f"page_{i:06d}.txt").write_text(text, "utf-8")
        total += len(text.encode("utf-8"))
        i += 1
    marker.write_text(str(total))
    return out


def measure(path: Path) -> dict:
    """Runs in a child process: parse every file, report throughput and peak RSS."""
    sys.path.insert(0, str(ROOT / "src"))
    import khabar

    files = sorted(path.glob("*.txt"))
    nbytes = sum(f.stat().st_size for f in files)
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    n_articles = 0
    for _article in khabar.parse_paths([str(path)]):
        n_articles += 1
    wall = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "files": len(files),
        "mb": nbytes / 1e6,
        "articles": n_articles,
        "wall_s": wall,
        "cpu_s": cpu,
        "mb_per_s_per_core": nbytes / 1e6 / cpu,
        "peak_rss_mb": peak_kb / 1024,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 50])
    ap.add_argument("--child", type=str, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure(Path(args.child))))
        return
    print(f"{'corpus':>8} {'files':>7} {'articles':>9} {'MB/s/core':>10} {'peak RSS':>9}")
    for size in args.sizes:
        path = build(size)
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(path)], capture_output=True, check=True
        )
        r = json.loads(out.stdout)
        print(
            f"{r['mb']:>6.1f}MB {r['files']:>7} {r['articles']:>9} "
            f"{r['mb_per_s_per_core']:>10.2f} {r['peak_rss_mb']:>7.1f}MB"
        )
    print("target: >= 5 MB/s per core; peak RSS flat across corpus sizes (streaming)")


if __name__ == "__main__":
    main()

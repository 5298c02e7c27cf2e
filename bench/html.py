"""Throughput and peak memory of khabar's HTML parser, beside trafilatura on the same pages.

    PYTHONPATH=src python3 bench/html.py [--pages DIR] [--repeat N] [--warc-records N]

Runs single-threaded (so figures are per core): every page is parsed ``--repeat`` times
(default: enough to pass 1,000 pages), by khabar (full article: metadata, body, captions,
bylines, related) and by trafilatura (``bare_extraction`` with metadata, its usual mode).
Then a WARC of ``--warc-records`` records is streamed through ``khabar.parse_file`` to check
that memory stays flat. Peak memory is tracemalloc's (Python allocations; lxml's C heap is
not counted, so RSS growth is printed too).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import gzip
import io
import resource
import sys
import time
import tracemalloc
from pathlib import Path

# This file is named like the stdlib «html» module: keep its folder off the import path.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from khabar.ingest.html import decode_html  # noqa: E402
from khabar.model import Page, Source  # noqa: E402
from khabar.structure.html import parse_html_page  # noqa: E402
from khabar.structure.lines import cached_fold as fold  # noqa: E402


def load_pages(d: Path) -> list[tuple[str, str]]:
    out = []
    for p in sorted(d.iterdir()):
        if p.name.endswith(".html"):
            data = p.read_bytes()
        elif p.name.endswith(".html.gz"):
            data = gzip.decompress(p.read_bytes())
        else:
            continue
        text, _, _ = decode_html(data, str(p))
        out.append((p.name, text))
    return out


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench(name: str, fn, pages: list[tuple[str, str]], repeat: int) -> None:
    fn(pages[0][1])  # warm caches (lexicons, imports)
    gc.collect()
    total_bytes = sum(len(t.encode("utf-8")) for _, t in pages) * repeat
    n = len(pages) * repeat
    t0 = time.perf_counter()
    for _ in range(repeat):
        for _, text in pages:
            fn(text)
    dt = time.perf_counter() - t0
    tracemalloc.start()
    for _, text in pages:
        fn(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"{name:12} {n:6d} pages {total_bytes / 1e6:8.1f} MB {dt:7.2f} s "
        f"{n / dt:8.1f} pages/s {dt / n * 1000:7.1f} ms/page {total_bytes / 1e6 / dt:6.2f} MB/s "
        f"peak {peak / 1e6:6.1f} MB"
    )


def khabar_fn(text: str) -> None:
    # The same pages come round again: forget memoised strings so each parse pays as a new
    # page would (lexicon tables stay loaded, as in any long run).
    fold.cache_clear()
    with contextlib.redirect_stderr(io.StringIO()):
        parse_html_page(Page(Source(kind="html"), "html", text))


def trafilatura_fn(text: str) -> None:
    import trafilatura

    trafilatura.bare_extraction(text, with_metadata=True)


def warc_bench(pages: list[tuple[str, str]], n_records: int) -> None:
    """Stream a gzipped WARC file of ``n_records`` records: time, and peak RSS at each quarter
    (RSS counts lxml's C heap too; flat quarters mean constant memory)."""
    import tempfile

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from khabar.ingest.warc import iter_warc_pages
    from khabar.structure import parse_page

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.warc.gz"
        with path.open("wb") as fh:
            w = WARCWriter(fh, gzip=True)
            for i in range(n_records):
                _, text = pages[i % len(pages)]
                hh = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], "HTTP/1.1")
                rec = w.create_warc_record(
                    f"https://example.com/{i}",
                    "response",
                    payload=io.BytesIO(text.encode("utf-8")),
                    http_headers=hh,
                )
                w.write_record(rec)
        size = path.stat().st_size
        gc.collect()
        rss0 = rss_mb()
        marks = []
        n = 0
        t0 = time.perf_counter()
        with path.open("rb") as fh, contextlib.redirect_stderr(io.StringIO()):
            for page in iter_warc_pages(fh, str(path)):
                n += len(parse_page(page))
                if n % max(1, n_records // 4) == 0:
                    marks.append(round(rss_mb()))
        dt = time.perf_counter() - t0
    print(
        f"WARC {n_records} records ({size / 1e6:.1f} MB gzip, streamed from disk): {n} articles "
        f"in {dt:.1f} s ({n / dt:.1f}/s); peak RSS {rss0:.0f} MB before, "
        f"{marks} MB at each quarter"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = ROOT.parent / "shared" / "data" / "pages"
    if not default.is_dir():
        default = ROOT / "tests" / "fixtures" / "html"
    ap.add_argument("--pages", type=Path, default=default)
    ap.add_argument("--repeat", type=int, default=0)
    ap.add_argument("--warc-records", type=int, default=2000)
    args = ap.parse_args()
    pages = load_pages(args.pages)
    repeat = args.repeat or -(-1000 // len(pages))
    size = sum(len(t.encode("utf-8")) for _, t in pages)
    print(f"{len(pages)} pages, {size / 1e6:.2f} MB, repeated {repeat}x, one core\n")
    bench("khabar", khabar_fn, pages, repeat)
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        print("trafilatura    not installed: skipped")
    else:
        bench("trafilatura", trafilatura_fn, pages, repeat)
    if args.warc_records:
        warc_bench(pages, args.warc_records)


if __name__ == "__main__":
    main()

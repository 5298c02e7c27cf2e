"""Evaluate the plain-text parser on real full-page scrapes of five other sites.

Data: the HTML pages of ``../shared/data/pages`` (six Arabic news sites), turned into
plain-text scrapes by ``eval/scrape.py`` (menus, tickers and footers included), with gold
written by reading each scrape (``eval/gold/text/*.json``: headline, body line numbers,
bylines, captions). The seed-format rules were written on the seed and ``tests/pages``; the
full-page rules were added while reading these scrapes (docs/text-parser.md).

Prints, per page and micro-averaged: headline exact match and token F1, body token
precision/recall/F1 against the gold paragraphs, body lines leaked from outside the article,
byline and caption recall, and the number of articles found (the gold has one per page).
A naive baseline (headline = first line, body = every line of 12+ words) shows what the
parser adds.

    python eval/text.py [--data ../shared/data/pages]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

from scrape import scrape  # noqa: E402

import khabar  # noqa: E402
from khabar.structure.lines import clean_line, fold  # noqa: E402

GOLD = ROOT / "eval" / "gold" / "text"


def tokens(texts: list[str]) -> Counter[str]:
    c: Counter[str] = Counter()
    for t in texts:
        c.update(fold(t).split())
    return c


def prf(pred: Counter[str], gold: Counter[str]) -> tuple[float, float, float, int, int, int]:
    tp = sum((pred & gold).values())
    p = tp / max(1, sum(pred.values()))
    r = tp / max(1, sum(gold.values()))
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp, sum(pred.values()), sum(gold.values())


def naive(text: str) -> tuple[str, list[str]]:
    lines = [clean_line(x) for x in text.splitlines()]
    lines = [x for x in lines if x]
    return (lines[0] if lines else ""), [x for x in lines if len(x.split()) >= 12]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "pages"))
    args = ap.parse_args()
    data = Path(args.data)
    rows = []
    tot = {"khabar": [0, 0, 0], "naive": [0, 0, 0]}
    hl = {"khabar": [0, 0.0], "naive": [0, 0.0]}
    leaks = by_hit = by_all = cap_hit = cap_all = extra_articles = pub_hit = 0
    gold_files = sorted(GOLD.glob("*.json"))
    for gf in gold_files:
        g = json.loads(gf.read_text("utf-8"))
        html = data / g["page"]
        if not html.exists():
            print(f"skip {g['page']}: not found under {data}", file=sys.stderr)
            continue
        text = scrape(html.read_bytes())
        lines = text.split("\n")
        gold_body = [clean_line(lines[n - 1]) for n in g["body_lines"]]
        arts = khabar.parse_text(text, source=g["page"])
        main_art = max(arts, key=lambda a: len(" ".join(a.paragraphs)))
        extra_articles += len(arts) - 1
        systems = {"khabar": (main_art.headline or "", main_art.paragraphs), "naive": naive(text)}
        row = [gf.stem[:28]]
        for name, (head, body) in systems.items():
            p, r, f, tp, np_, ng = prf(tokens(body), tokens(gold_body))
            tot[name][0] += tp
            tot[name][1] += np_
            tot[name][2] += ng
            exact = fold(head) == fold(g["headline"])
            hf = prf(tokens([head]), tokens([g["headline"]]))[2]
            hl[name][0] += exact
            hl[name][1] += hf
            row += [f"{int(exact)}/{hf:.2f}", f"{p:.2f}/{r:.2f}/{f:.2f}"]
        gold_keys = {fold(x) for x in gold_body}
        leak = sum(1 for para in main_art.paragraphs if fold(para) not in gold_keys)
        leaks += leak
        names = {fold(b.name or "") for b in main_art.bylines}
        by_all += len(g["bylines"])
        by_hit += sum(1 for n in g["bylines"] if fold(n) in names)
        caps = {fold(m.caption) for m in main_art.media}
        cap_all += len(g["captions"])
        cap_hit += sum(1 for c in g["captions"] if fold(c) in caps)
        pub_hit += main_art.published == g.get("published")
        row += [str(leak), str(len(arts)), main_art.published or "-"]
        rows.append(row)
    head = [
        "page",
        "khabar head",
        "khabar body P/R/F",
        "naive head",
        "naive body P/R/F",
        "leaks",
        "articles",
        "published",
    ]
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    for r in [head, *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)))
    n = len(rows)
    print()
    for name in ("khabar", "naive"):
        tp, np_, ng = tot[name]
        p, r = tp / max(1, np_), tp / max(1, ng)
        f = 2 * p * r / (p + r) if p + r else 0
        print(
            f"{name:7} headline exact {hl[name][0]}/{n}, headline token F1 {hl[name][1] / n:.3f}; "
            f"body micro P {p:.3f} R {r:.3f} F1 {f:.3f}"
        )
    print(
        f"khabar  leaked body lines {leaks}; bylines recall {by_hit}/{by_all}; "
        f"captions recall {cap_hit}/{cap_all}; extra articles {extra_articles}; "
        f"published date {pub_hit}/{n}"
    )


if __name__ == "__main__":
    main()

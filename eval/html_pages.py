"""Score khabar's HTML parser field by field against hand-written gold, beside trafilatura and
newspaper4k run on the same pages.

    PYTHONPATH=src python3 eval/html_pages.py [--pages DIR] [--gold DIR] [--per-page]

Pages default to ``../shared/data/pages`` (falling back to ``tests/fixtures/html``); gold is
``eval/gold/html/<page>.json`` (written by reading each page; see ``docs/html.md``).
Fields: headline (exact), date (YYYY-MM-DD exact), section (exact), bylines (F1 over
name+dateline pairs), captions (F1 over caption texts), body (token F1 against the gold
paragraphs), related (recall of the gold teasers among the returned ones), leaks (pages with
no leak string in the body). Tools that do not produce a field show ``-``.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import io
import json
import re
import sys
import warnings
from collections import Counter
from pathlib import Path

# This file is named like the stdlib «html» module: keep its folder off the import path.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import khabar  # noqa: E402
from khabar.structure.lines import cached_fold as fold  # noqa: E402
from khabar.structure.lines import clean_line as clean  # noqa: E402

FIELDS = ("headline", "date", "section", "bylines", "captions", "body", "related", "no_leak")


def tokens(text: str) -> Counter:
    return Counter(re.findall(r"\w+", fold(text)))


def token_f1(pred: str, gold: str) -> float:
    p, g = tokens(pred), tokens(gold)
    if not p and not g:
        return 1.0
    common = sum((p & g).values())
    if common == 0:
        return 0.0
    prec, rec = common / sum(p.values()), common / sum(g.values())
    return 2 * prec * rec / (prec + rec)


def set_f1(pred: list[str], gold: list[str]) -> float:
    p, g = {fold(x) for x in pred if x}, {fold(x) for x in gold if x}
    if not p and not g:
        return 1.0
    if not p or not g:
        return 0.0
    tp = len(p & g)
    if tp == 0:
        return 0.0
    prec, rec = tp / len(p), tp / len(g)
    return 2 * prec * rec / (prec + rec)


def recall_in(pred: list[str], gold: list[str]) -> float:
    if not gold:
        return 1.0
    keys = [fold(x) for x in pred]
    return sum(1 for g in gold if any(fold(g) in k or k in fold(g) for k in keys if k)) / len(gold)


def same(a: str | None, b: str | None) -> float:
    return float(fold(clean(a or "")) == fold(clean(b or "")))


def byline_keys(bylines: list[dict]) -> list[str]:
    return [f"{b.get('name') or ''}|{b.get('dateline') or ''}" for b in bylines]


# -- the three tools ---------------------------------------------------------------------------
def run_khabar(name: str, data: bytes, url: str | None) -> dict:
    with contextlib.redirect_stderr(io.StringIO()):
        arts = khabar.parse_file(name, data)
    if not arts:
        return {}
    a = arts[0]
    return {
        "headline": a.headline,
        "date": a.published,
        "section": a.section,
        "bylines": [b.to_dict() for b in a.bylines],
        "captions": [m.caption for m in a.media],
        "body": "\n".join(a.paragraphs),
        "related": [t.headline for t in a.related],
    }


def run_trafilatura(name: str, data: bytes, url: str | None) -> dict | None:
    try:
        import trafilatura
    except ImportError:
        return None
    html = data.decode("utf-8", "replace")
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return {}
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    authors = [x.strip() for x in (d.get("author") or "").split(";") if x.strip()]
    cats = d.get("categories") or []
    return {
        "headline": d.get("title"),
        "date": d.get("date"),
        "section": cats[0] if cats else None,
        "bylines": [{"name": x, "dateline": None} for x in authors],
        "captions": None,
        "body": d.get("text") or "",
        "related": None,
    }


def run_newspaper(name: str, data: bytes, url: str | None) -> dict | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from newspaper import Article, Config
    except ImportError:
        return None
    cfg = Config()
    cfg.fetch_images = False
    art = Article(url or "http://example.com/", config=cfg)
    art.download(input_html=data.decode("utf-8", "replace"))
    try:
        art.parse()
    except Exception as e:
        if "nltk" in str(e):  # newspaper4k needs its [nlp] extra for Arabic: not installed
            return None
        raise
    return {
        "headline": art.title,
        "date": art.publish_date.date().isoformat() if art.publish_date else None,
        "bylines": [{"name": x, "dateline": None} for x in art.authors],
        "captions": None,
        "body": art.text or "",
        "related": None,
    }


def score(out: dict | None, gold: dict) -> dict[str, float | None]:
    if out is None:
        return dict.fromkeys(FIELDS)
    body = out.get("body") or ""
    return {
        "headline": same(out.get("headline"), gold["headline"]),
        "date": float((out.get("date") or "")[:10] == (gold["published"] or "")),
        "section": None
        if "section" not in out or (out["section"] is None and out.get("headline") is None)
        else same(out.get("section"), gold.get("section")),
        "bylines": set_f1(byline_keys(out.get("bylines") or []), byline_keys(gold["bylines"])),
        "captions": None
        if out.get("captions") is None
        else set_f1(out["captions"], [c["caption"] for c in gold["captions"]]),
        "body": token_f1(body, "\n".join(gold["paragraphs"])),
        "related": None
        if out.get("related") is None
        else recall_in(out["related"], gold["related"]),
        "no_leak": float(not any(leak in body for leak in gold["leaks"])),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_pages = ROOT.parent / "shared" / "data" / "pages"
    if not default_pages.is_dir():
        default_pages = ROOT / "tests" / "fixtures" / "html"
    ap.add_argument("--pages", type=Path, default=default_pages)
    ap.add_argument("--gold", type=Path, default=ROOT / "eval" / "gold" / "html")
    ap.add_argument("--per-page", action="store_true")
    args = ap.parse_args()

    tools = {"khabar": run_khabar, "trafilatura": run_trafilatura, "newspaper4k": run_newspaper}
    totals: dict[str, dict[str, list[float]]] = {t: {f: [] for f in FIELDS} for t in tools}
    for gf in sorted(args.gold.glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        path = args.pages / gold["file"]
        if not path.exists() and (args.pages / (gold["file"] + ".gz")).exists():
            data = gzip.decompress((args.pages / (gold["file"] + ".gz")).read_bytes())
        elif path.exists():
            data = path.read_bytes()
        else:
            print(f"skip {gold['file']}: not in {args.pages}", file=sys.stderr)
            continue
        for tool, fn in tools.items():
            try:
                with contextlib.redirect_stderr(io.StringIO()):
                    out = fn(str(path), data, gold.get("url"))
            except Exception as e:  # a crashing competitor scores zero, it does not stop us
                print(f"{tool} failed on {gold['file']}: {e}", file=sys.stderr)
                out = {}
            s = score(out, gold)
            for f, v in s.items():
                if v is not None:
                    totals[tool][f].append(v)
            if args.per_page:
                cells = " ".join(f"{f}={'-' if v is None else f'{v:.2f}'}" for f, v in s.items())
                print(f"{gold['file'][:32]:32} {tool:12} {cells}")
    n = max(len(v["body"]) for v in totals.values())
    print(f"\nHTML extraction on {n} real Arabic pages (mean per page; '-' = not produced)\n")
    print(f"{'field':10} " + " ".join(f"{t:>12}" for t in tools))
    for f in FIELDS:
        row = []
        for t in tools:
            vals = totals[t][f]
            row.append(f"{sum(vals) / len(vals):12.3f}" if vals else f"{'-':>12}")
        print(f"{f:10} " + " ".join(row))


if __name__ == "__main__":
    main()

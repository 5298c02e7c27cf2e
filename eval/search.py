"""Search relevance: khabar's Arabic analyser against plain FTS5, a light stemmer and PG 'arabic'.

Corpus and judgements: eval/gold/search/ (ANERcorp sentences, hand-judged word forms; see its
README). For every system the same queries run over the same documents; we report, averaged
over queries, precision@10, recall@10 (relevant in the top 10 / min(10, relevant)), recall and
precision over everything returned, and MRR.

    python3 eval/search.py            # SQLite systems
    python3 eval/search.py --pg URL   # also PostgreSQL's built-in 'arabic' configuration
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from khabar.model import Article, Source  # noqa: E402
from khabar.store import analyzer, open_store  # noqa: E402

GOLD = ROOT / "eval" / "gold" / "search"
K = 10


def load() -> tuple[list[dict], list[tuple[str, list[set[str]]]]]:
    docs = [json.loads(x) for x in (GOLD / "anercorp_docs.jsonl").read_text("utf-8").splitlines()]
    queries = []
    for line in (GOLD / "queries.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("query\t"):
            continue
        q, forms = line.split("\t")
        queries.append((q, [set(part.split()) for part in forms.split(" / ")]))
    return docs, queries


def judge(docs: list[dict], seq: list[set[str]]) -> set[str]:
    """Documents containing the accepted forms (adjacent, for a phrase)."""
    rel = set()
    for d in docs:
        for p in d["paragraphs"]:
            words = [analyzer.fold(analyzer.normalise_token(w)) for w in re.findall(r"[^\W_]+", p)]
            if any(
                all(words[i + k] in seq[k] for k in range(len(seq)))
                for i in range(len(words) - len(seq) + 1)
            ):
                rel.add(d["id"])
                break
    return rel


# -- systems -------------------------------------------------------------------------------


class Khabar:
    name = "khabar analyser (SQLite)"

    def __init__(self, docs: list[dict], url: str | None = None) -> None:
        self.tmp = tempfile.mkdtemp()
        self.store = open_store(url or os.path.join(self.tmp, "k.db"))
        arts = [
            Article(headline=None, paragraphs=d["paragraphs"], source=Source(path=d["id"]))
            for d in docs
        ]
        self.ids = {a.id: d["id"] for a, d in zip(arts, docs, strict=True)}
        self.store.ingest(arts)

    def search(self, q: str) -> list[str]:
        hits = self.store.search(q, limit=1000, all_duplicates=True)
        return [self.ids[h.id] for h in hits]


def light_stem(word: str) -> str:
    """A naive light stemmer (Light10-like): strips every affix it can, both sides."""
    w = analyzer.fold(analyzer.normalise_token(word))
    for p in ("وال", "بال", "كال", "فال", "لل", "ال", "و"):
        if w.startswith(p) and len(w) - len(p) >= 2:
            w = w[len(p) :]
            break
    for p in ("ب", "ل", "ك", "ف"):
        if w.startswith(p) and len(w) >= 4:
            w = w[1:]
            break
    for s in ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي", "ا"):
        if w.endswith(s) and len(w) - len(s) >= 2:
            w = w[: -len(s)]
            break
    return w


class Fts5:
    """Plain SQLite FTS5 over the raw text (unicode61), or over light-stemmed words."""

    def __init__(self, docs: list[dict], stem: bool) -> None:
        self.stem = stem
        self.name = "FTS5 + light stemmer" if stem else "FTS5 unicode61 (plain)"
        self.db = sqlite3.connect(":memory:")
        self.db.execute("CREATE VIRTUAL TABLE t USING fts5(id UNINDEXED, body)")
        for d in docs:
            body = " ".join(d["paragraphs"])
            if stem:
                body = " ".join(light_stem(w) for w in re.findall(r"[^\W_]+", body))
            self.db.execute("INSERT INTO t VALUES (?, ?)", (d["id"], body))

    def search(self, q: str) -> list[str]:
        phrase = q.startswith('"')
        words = re.findall(r"[^\W_]+", q)
        if self.stem:
            words = [light_stem(w) for w in words]
        words = [w.replace('"', "") for w in words if w]
        expr = '"' + " ".join(words) + '"' if phrase else " ".join(f'"{w}"' for w in words)
        rows = self.db.execute("SELECT id FROM t WHERE t MATCH ? ORDER BY rank", (expr,))
        return [r[0] for r in rows]


class PgArabic:
    name = "PostgreSQL 'arabic' config"

    def __init__(self, docs: list[dict], url: str) -> None:
        import psycopg

        self.conn = psycopg.connect(url, autocommit=True)
        self.conn.execute("CREATE TEMP TABLE t (id text, tsv tsvector)")
        with self.conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO t VALUES (%s, to_tsvector('arabic', %s))",
                [(d["id"], " ".join(d["paragraphs"])) for d in docs],
            )

    def search(self, q: str) -> list[str]:
        fn = "phraseto_tsquery" if q.startswith('"') else "plainto_tsquery"
        rows = self.conn.execute(
            f"SELECT id FROM t WHERE tsv @@ {fn}('arabic', %s)"
            f" ORDER BY ts_rank(tsv, {fn}('arabic', %s)) DESC",
            (q.strip('"'), q.strip('"')),
        ).fetchall()
        return [r[0] for r in rows]


def evaluate(system, queries, gold) -> dict[str, float]:
    p10 = r10 = rec = prec = mrr = 0.0
    for (q, _), rel in zip(queries, gold, strict=True):
        got = system.search(q)
        top = got[:K]
        p10 += sum(d in rel for d in top) / K
        r10 += sum(d in rel for d in top) / min(K, len(rel)) if rel else 1.0
        rec += len(rel & set(got)) / len(rel) if rel else 1.0
        prec += len(rel & set(got)) / len(got) if got else (1.0 if not rel else 0.0)
        mrr += next((1 / (i + 1) for i, d in enumerate(got) if d in rel), 0.0)
    n = len(queries)
    return {
        "P@10": p10 / n,
        "R@10": r10 / n,
        "recall": rec / n,
        "precision": prec / n,
        "MRR": mrr / n,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pg", default=os.environ.get("KHABAR_TEST_PG"), help="PostgreSQL URL")
    ap.add_argument("--per-query", action="store_true", help="print recall/precision per query")
    args = ap.parse_args()
    docs, queries = load()
    gold = [judge(docs, seq) for _, seq in queries]
    systems = [Khabar(docs), Fts5(docs, stem=False), Fts5(docs, stem=True)]
    if args.pg:
        systems.append(PgArabic(docs, args.pg))
    n_rel = sum(len(g) for g in gold)
    print(f"{len(docs)} documents, {len(queries)} queries, {n_rel} relevant (query, doc) pairs\n")
    print(f"{'system':32} {'P@10':>6} {'R@10':>6} {'recall':>7} {'prec.':>6} {'MRR':>6}")
    for s in systems:
        m = evaluate(s, queries, gold)
        print(
            f"{s.name:32} {m['P@10']:6.3f} {m['R@10']:6.3f} {m['recall']:7.3f}"
            f" {m['precision']:6.3f} {m['MRR']:6.3f}"
        )
    if args.per_query:
        print()
        for (q, _), rel in zip(queries, gold, strict=True):
            row = []
            for s in systems:
                got = set(s.search(q))
                row.append(f"{len(rel & got)}/{len(rel)}+{len(got - rel)}")
            print(f"{q:22} " + "  ".join(f"{c:>10}" for c in row))


if __name__ == "__main__":
    main()

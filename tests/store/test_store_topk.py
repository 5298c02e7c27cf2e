"""SQLite's top-k search path returns exactly what ranking every match returns.

The fast path ranks inside the FTS index with a window (LIMIT) and grows the window when
filters, phrase checks or the one-per-story collapse discard rows; the reference is the full
path (join, filter, sort every match) that the store used before and PostgreSQL still uses.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from khabar.model import Article, Source
from khabar.store import open_store

GOLD = Path(__file__).resolve().parents[2] / "eval" / "gold" / "search" / "anercorp_docs.jsonl"


def _corpus(n: int = 400, seed: int = 3) -> list[Article]:
    sents = [
        p for line in GOLD.read_text("utf-8").splitlines() for p in json.loads(line)["paragraphs"]
    ]
    rng = random.Random(seed)
    out: list[Article] = []
    for i in range(n):
        if out and rng.random() < 0.15:  # lightly edited copy: a near-duplicate story
            base = rng.choice(out[-50:])
            paras = [*base.paragraphs[:-1], base.paragraphs[-1] + " " + rng.choice(sents)[:12]]
            art = Article(headline=base.headline, paragraphs=paras, site="copy")
        else:
            art = Article(
                headline=" ".join(rng.choice(sents).split()[:8]),
                paragraphs=[" ".join(rng.sample(sents, 2)) for _ in range(rng.randint(2, 5))],
                site=rng.choice(["a", "b", "c"]),
                published=f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}-01",
            )
        art.source = Source(path=f"topk/{i}.txt")
        out.append(art)
    return out


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    s = open_store(str(tmp_path_factory.mktemp("topk") / "k.db"))
    s.ingest(_corpus())
    yield s
    s.close()


QUERIES = ["الرئيس", "الحكومة", "وزير الخارجية", '"الأمم المتحدة"', "العراق OR بغداد",
           "المقاومة -الاحتلال", "بوش", "قوات"]  # fmt: skip
OPTIONS = [
    {},
    {"limit": 30},
    {"offset": 15, "limit": 10},
    {"all_duplicates": True, "limit": 40},
    {"site": "b"},
    {"site": "copy", "limit": 20},
    {"date_from": "2015-01-01", "date_to": "2016-06"},
    {"section": "nothing"},
]


@pytest.mark.parametrize("query", QUERIES)
def test_topk_equals_full_ranking(big, monkeypatch, query: str) -> None:
    fast = [[h.to_dict() for h in big.search(query, **kw)] for kw in OPTIONS]
    monkeypatch.setattr(big, "_topk_sql", lambda _q: None)
    full = [[h.to_dict() for h in big.search(query, **kw)] for kw in OPTIONS]
    assert fast == full
    assert any(fast), "the corpus must match the query"


def test_window_grows_until_filters_are_satisfied(big, monkeypatch) -> None:
    # "copy" articles are ~15 %: the first window of 50 ranked rows cannot hold 15 of them.
    calls: list[int] = []
    run = big._run

    def spy(sql, params=()):
        if "bm25(" in sql:
            calls.append(params[-2])
        return run(sql, params)

    monkeypatch.setattr(big, "_run", spy)
    hits = big.search("الرئيس", site="copy", limit=15, all_duplicates=True)
    assert len(hits) == 15 and all(h.site == "copy" for h in hits)
    assert calls[0] == 50 and len(calls) > 1 and calls == sorted(calls)

"""Does the entities step's rule layer help on text it was not written on? Entity-level P/R/F1
of mention spans on the NER dev split, for the tagger's raw spans and for the final
``article.entities`` mentions (after span repairs, extra names, propagation).

The dev split (last 10% of ANERcorp's CAMeL train file) is cut into pseudo-articles of 10
sentences, one sentence a paragraph, tokens joined by spaces. A predicted mention counts for
the gold tokens it overlaps (ANERcorp tags whole whitespace tokens, clitics included, while the
entities step may leave out «ل» of «لبوتين»). Role titles and nationality adjectives resolved to
an entity are not names and are left out (ANERcorp does not tag them). The model must not have
seen dev: by default a fresh one is trained on the other 90% (as ``eval/ner.py`` does; the
stacked tagger's networks take ~11 min on 2 cores, ``--nn-cache DIR`` reuses them).

    python3 eval/entity_mentions.py [--model DIR] [--doc-size 10] [--nn-cache DIR]
    python3 eval/entity_mentions.py --aqmar     # out of domain, the shipped model
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

from khabar.enrich import EnrichContext
from khabar.enrich.entities import EntityStep, _n, _nat_words
from khabar.model import Article
from khabar.ner import conll
from khabar.ner.features import entity_spans
from khabar.ner.tagger import Tagger
from khabar.ner.train import ANER_TRAIN, DEFAULT_DATA, TrainConfig, split, train

Span = tuple[int, int, int, str]  # (sentence, first token, end token, type)


def _token_range(offsets: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    hit = [i for i, (a, b) in enumerate(offsets) if a < end and start < b]
    return (hit[0], hit[-1] + 1) if hit else None


def _prf(gold: set[Span], pred: set[Span], typ: str | None) -> tuple[float, float, float, int]:
    g = {s for s in gold if typ in (None, s[3])}
    p = {s for s in pred if typ in (None, s[3])}
    tp = len(g & p)
    pr = tp / len(p) if p else 0.0
    rc = tp / len(g) if g else 0.0
    f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    return pr, rc, f, len(g)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--model", type=Path, help="model folder not trained on dev")
    ap.add_argument("--doc-size", type=int, default=10)
    ap.add_argument("--nn-cache", type=Path, help="reuse BiLSTMs trained before")
    ap.add_argument(
        "--aqmar",
        action="store_true",
        help="out of domain: AQMAR's Wikipedia articles instead of the dev split, PERS/LOC/ORG "
        "only (its MISC is far broader than ANERcorp's), tagged by the shipped model (never "
        "trained on AQMAR) or --model",
    )
    a = ap.parse_args()
    _, dev = split(conll.read_file(a.data / ANER_TRAIN), 0.1)
    if a.aqmar:
        dev = [
            (toks, ["O" if t.endswith("MISC") else t for t in tags])
            for toks, tags in conll.read_aqmar(a.data / "aqmar")
        ]
    if a.model or a.aqmar:
        tagger = Tagger.load(a.model)
    else:
        out = Path(tempfile.mkdtemp(prefix="khabar-ner-"))
        cfg = TrainConfig(data=a.data, out=out, nn_jobs=2, nn_cache=a.nn_cache)
        train(cfg, log=lambda s: print(s, file=sys.stderr))
        tagger = Tagger.load(out)

    gold: set[Span] = set()
    raw_pred: set[Span] = set()
    final_pred: set[Span] = set()
    step = EntityStep(tagger=tagger)
    nat = _nat_words()
    for d0 in range(0, len(dev), a.doc_size):
        doc = dev[d0 : d0 + a.doc_size]
        paragraphs, offsets = [], []
        for k, (tokens, tags) in enumerate(doc):
            pos, offs = 0, []
            for t in tokens:
                offs.append((pos, pos + len(t)))
                pos += len(t) + 1
            paragraphs.append(" ".join(tokens))
            offsets.append(offs)
            gold |= {(d0 + k, s, e, typ) for s, e, typ in entity_spans(tags)}
        _, raw = step._tag(paragraphs)
        for m in raw:
            r = _token_range(offsets[m.paragraph], m.start, m.end)
            if r and not (a.aqmar and m.type == "MISC"):
                raw_pred.add((d0 + m.paragraph, *r, m.type))
        art = step(Article(headline=None, paragraphs=paragraphs), EnrichContext())
        for e in art.entities:
            for m in e.mentions:
                if m.text in e.titles or _n(m.text) in nat:
                    continue
                r = _token_range(offsets[m.paragraph], m.start, m.end)
                if r and not (a.aqmar and e.type == "MISC"):
                    final_pred.add((d0 + m.paragraph, *r, e.type))
    corpus = "AQMAR (PERS/LOC/ORG)" if a.aqmar else "dev"
    print(f"{corpus}: {len(dev)} sentences in articles of {a.doc_size}; gold entities {len(gold)}")
    print(f"{'type':6} {'tagger P/R/F1':>22} {'entities step P/R/F1':>24}  gold")
    for typ in ("PERS", "ORG", "LOC", "MISC", None):
        r = _prf(gold, raw_pred, typ)
        f = _prf(gold, final_pred, typ)
        print(
            f"{typ or 'ALL':6} {r[0]:6.3f} {r[1]:6.3f} {r[2]:6.3f}    "
            f"{f[0]:6.3f} {f[1]:6.3f} {f[2]:6.3f}  {r[3]:5d}"
        )
    added = dict(Counter(s[3] for s in final_pred - raw_pred))
    removed = dict(Counter(s[3] for s in raw_pred - final_pred))
    print(f"mentions the rules add: {added}; remove: {removed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

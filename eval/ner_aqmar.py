"""Out-of-domain check of the NER tagger: entity-level P/R/F1 on AQMAR (28 Arabic Wikipedia
articles, 73,853 tokens), which no shipped model trains on (as training data it cost 3.5 F1 on
news dev; docs/ner.md). AQMAR's miscellaneous classes (MIS0–MIS3: concepts, events, works,
terms) are far broader than ANERcorp's MISC, so the second table leaves MISC out of both sides.

    python3 eval/ner_aqmar.py [--model DIR] [--data /work/shared/data/ner]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from khabar.ner import conll
from khabar.ner.score import format_scores, score
from khabar.ner.tagger import Tagger
from khabar.ner.train import DEFAULT_DATA


def _no_misc(tags: list[str]) -> list[str]:
    return ["O" if t.endswith("MISC") else t for t in tags]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, help="model folder (default: the shipped model)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    a = ap.parse_args()
    sents = list(conll.read_aqmar(a.data / "aqmar"))
    gold = [g for _, g in sents]
    pred = Tagger.load(a.model).tag_sentences([t for t, _ in sents])
    print(f"AQMAR: {len(sents)} sentences, {sum(len(t) for t, _ in sents)} tokens")
    print(format_scores(score(gold, pred)))
    print("\nwithout MISC (PERS, LOC, ORG only):")
    print(format_scores(score([_no_misc(g) for g in gold], [_no_misc(p) for p in pred])))


if __name__ == "__main__":
    main()

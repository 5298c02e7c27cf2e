"""The entity-resolution gold sets (eval/gold/entities_resolution.jsonl … entities_resolution6
.jsonl) are up to date with their scripts and pass the shared checks of
eval/gold/entities_gold.py (every form and title in its document, every corpus mention
placed), run without the tagger; and the checks catch what they are there to catch."""

from __future__ import annotations

import importlib.util
import itertools
import json
import sys
from pathlib import Path

import pytest

GOLD_DIR = Path(__file__).resolve().parents[1] / "eval" / "gold"
sys.path.insert(0, str(GOLD_DIR))
import entities_gold as eg  # noqa: E402


def _load(n: int):  # type: ignore[no-untyped-def]
    name = f"make_entities_gold{'' if n == 1 else n}"
    spec = importlib.util.spec_from_file_location(name, GOLD_DIR / f"{name}.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SETS = {n: _load(n) for n in range(1, 7)}
# what each set holds: its kinds, and where its first ANERcorp document starts
LAYOUT = {
    1: ({"page", "aqmar"}, None),
    2: ({"anercorp", "aqmar"}, ("anercorp-dev/0", [0, 10])),
    3: ({"anercorp", "aqmar"}, ("anercorp-dev/20", [200, 210])),
    4: ({"aqmar"}, None),
    5: ({"anercorp-train"}, ("anercorp-train/0", [3376, 3386])),
    6: ({"anercorp-train", "aqmar"}, ("anercorp-train6/0", [3176, 3186])),
}
needs_data = pytest.mark.skipif(
    not (eg.PAGES.is_dir() and eg.AQMAR.is_dir() and eg.ANER.is_file()),
    reason="shared data not present",
)
STRAY = "لا يوجد في النص"


@pytest.mark.parametrize("n", SETS)
def test_file_is_up_to_date(n: int) -> None:
    gold = SETS[n]
    assert gold.OUT.read_text(encoding="utf-8") == eg.render(gold.DOCS)


@pytest.mark.parametrize("n", SETS)
def test_shape(n: int) -> None:
    gold = SETS[n]
    docs = [json.loads(line) for line in gold.OUT.read_text(encoding="utf-8").splitlines()]
    kinds, first = LAYOUT[n]
    assert docs and {d["kind"] for d in docs} == kinds
    aner = [d for d in docs if d["kind"] in eg.PARTS]
    if first:
        assert (aner[0]["doc"], aner[0]["sentences"]) == first
        # consecutive pseudo-documents of ten sentences
        for a, b in itertools.pairwise(aner):
            assert b["sentences"][0] == a["sentences"][1]
    for d in docs:
        assert d["doc"].startswith(("page/", "aqmar/", "anercorp"))
        assert ("path" in d) == (d["kind"] in ("page", "aqmar"))
    # the shared checks that need no corpus text
    assert [p for d in docs for p in gold.GOLD._shape_problems(d)] == []


def test_sets_are_disjoint() -> None:
    # a held-out set reuses no document and no sentence of the sets before it
    seen_docs: set[str] = set()
    seen_sentences: set[tuple[str, int]] = set()
    for n in sorted(SETS):
        docs = SETS[n].DOCS
        names = {d["doc"] for d in docs}
        sents = {(d["kind"], i) for d in docs if "sentences" in d for i in range(*d["sentences"])}
        assert not names & seen_docs, n
        assert not sents & seen_sentences, n
        seen_docs |= names
        seen_sentences |= sents


@needs_data
@pytest.mark.parametrize("n", SETS)
def test_every_form_in_its_document_and_every_mention_placed(n: int) -> None:
    assert SETS[n].problems(SETS[n].DOCS) == []


@needs_data
@pytest.mark.parametrize("n", SETS)
def test_check_catches_a_missing_mention(n: int) -> None:
    # drop one entity of a corpus document: its mentions are placed nowhere
    gold = SETS[n]
    for d in (gold.DOCS[0], gold.DOCS[-1]):
        if d["kind"] != "page":
            doc = {**d, "entities": d["entities"][1:]}
            assert any("placed nowhere" in p for p in gold.problems([doc]))


@needs_data
@pytest.mark.parametrize("n", [1, 2, 5, 6])
def test_check_catches_a_stray_title_or_form(n: int) -> None:
    gold = SETS[n]
    doc = next(
        d
        for d in gold.DOCS
        if d["kind"] != "aqmar" and any(e["type"] == "PERS" for e in d["entities"])
    )
    people = [e for e in doc["entities"] if e["type"] == "PERS"]
    bad = {**people[0], "titles": [*people[0]["titles"], STRAY]}
    doc = {**doc, "entities": [bad if e is people[0] else e for e in doc["entities"]]}
    assert any("not in the text" in p for p in gold.problems([doc]))


@needs_data
def test_check_catches_a_bad_not_entity_and_a_lone_shared_form() -> None:
    gold = SETS[4]
    doc = {**gold.DOCS[0], "not_entities": [*gold.DOCS[0]["not_entities"], STRAY]}
    assert any("is no AQMAR mention" in p for p in gold.problems([doc]))
    doc = {**gold.DOCS[0], "shared_forms": [gold.DOCS[0]["entities"][0]["forms"][0]]}
    assert any("fewer than two entities" in p for p in gold.problems([doc]))


def test_check_catches_a_document_out_of_place() -> None:
    gold = SETS[5]
    doc = {**gold.DOCS[1], "sentences": gold.DOCS[0]["sentences"]}
    assert any("do not match" in p for p in gold.GOLD._shape_problems(doc))


def test_proclitic_stripping() -> None:
    # «لل» + name: the article's alif drops after the preposition
    assert eg.strips_to("للبيمارستان", "البيمارستان")
    assert eg.strips_to("وكريستانو", "كريستانو")
    assert not eg.strips_to("الرازي", "رازي")  # the article is no proclitic
    assert eg.in_text("البيمارستان", "عمل رئيسا للبيمارستان")


def test_iob_mentions() -> None:
    # an I- tag that continues nothing opens a mention, as conlleval reads it
    toks = [("في", "O"), ("نيويورك", "I-LOC"), ("كوفي", "B-PERS"), ("أنان", "I-PERS")]
    assert eg.iob_mentions(toks) == [("LOC", "نيويورك"), ("PERS", "كوفي أنان")]


@needs_data
def test_the_two_parts_are_different_text() -> None:
    # training-part documents index the training part, not the dev split
    assert len(eg.sentences("train")) == eg.PART_SIZES["train"]
    assert eg.anercorp_text("train", 3376, 3377) != eg.anercorp_text("dev", 0, 1)

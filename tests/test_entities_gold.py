"""The entity-resolution gold sets (eval/gold/entities_resolution.jsonl and the held-out
entities_resolution2.jsonl ... entities_resolution6.jsonl) are up to date with their
generators and every form they list occurs in its document: the ``--check`` of
eval/gold/make_entities_gold.py and make_entities_gold2.py ... make_entities_gold6.py, run
without the tagger (structure parsing only)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "eval" / "gold" / "make_entities_gold.py"


def _module():
    spec = importlib.util.spec_from_file_location("make_entities_gold", SCRIPT)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


gold = _module()
needs_data = pytest.mark.skipif(
    not gold.PAGES.is_dir() or not gold.AQMAR.is_dir(), reason="shared data not present"
)


def test_file_is_up_to_date() -> None:
    assert gold.OUT.read_text(encoding="utf-8") == gold.render(gold.DOCS)


def test_shape() -> None:
    docs = [json.loads(line) for line in gold.OUT.read_text(encoding="utf-8").splitlines()]
    assert len(docs) == 10
    assert {d["kind"] for d in docs} == {"page", "aqmar"}
    for d in docs:
        assert d["doc"].startswith(d["kind"] + "/")
        for e in d["entities"]:
            assert e["type"] in ("PERS", "ORG", "LOC")
            assert e["name"] in e["forms"]
            if d["kind"] == "aqmar":
                assert not e["titles"]


@needs_data
def test_every_form_occurs_in_its_document() -> None:
    assert gold.problems(gold.DOCS) == []


def test_proclitic_stripping() -> None:
    # «لل» + name: the article's alif drops after the preposition
    assert gold.strips_to("للبيمارستان", "البيمارستان")
    assert gold.strips_to("وكريستانو", "كريستانو")
    assert not gold.strips_to("الرازي", "رازي")  # the article is no proclitic
    assert gold.in_text("البيمارستان", "عمل رئيسا للبيمارستان")


# --- the second (held-out) set: eval/gold/make_entities_gold2.py ---------------------------
SCRIPT2 = SCRIPT.with_name("make_entities_gold2.py")


def _module2():
    spec = importlib.util.spec_from_file_location("make_entities_gold2", SCRIPT2)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


gold2 = _module2()
needs_data2 = pytest.mark.skipif(
    not gold2.ANER.is_file() or not gold2.AQMAR.is_dir(), reason="shared data not present"
)


def test_second_file_is_up_to_date() -> None:
    assert gold2.OUT.read_text(encoding="utf-8") == gold.render(gold2.DOCS)


def test_second_shape() -> None:
    docs = [json.loads(line) for line in gold2.OUT.read_text(encoding="utf-8").splitlines()]
    assert docs and {d["kind"] for d in docs} <= {"anercorp", "aqmar"}
    for d in docs:
        assert d["doc"].startswith(("anercorp-dev/", "aqmar/"))
        if d["kind"] == "anercorp":
            k = int(d["doc"].split("/")[1])
            assert d["sentences"] == [10 * k, 10 * k + 10]
            assert "path" not in d
        for e in d["entities"]:
            assert e["type"] in ("PERS", "ORG", "LOC")
            assert e["name"] in e["forms"]
            if d["kind"] == "aqmar" or e["type"] != "PERS":
                assert not e["titles"]


@needs_data2
def test_second_set_every_mention_placed() -> None:
    assert gold2.problems(gold2.DOCS) == []


@needs_data2
def test_second_check_catches_a_missing_mention() -> None:
    doc = dict(gold2.DOCS[0])
    doc["entities"] = doc["entities"][1:]  # drop one entity: its mentions are placed nowhere
    assert any("placed nowhere" in p for p in gold2.problems([doc]))


def test_iob_mentions() -> None:
    # an I- tag that continues nothing opens a mention, as conlleval reads it
    toks = [("في", "O"), ("نيويورك", "I-LOC"), ("كوفي", "B-PERS"), ("أنان", "I-PERS")]
    assert gold2.iob_mentions(toks) == [("LOC", "نيويورك"), ("PERS", "كوفي أنان")]


# --- the third (held-out) set: eval/gold/make_entities_gold3.py ----------------------------
SCRIPT3 = SCRIPT.with_name("make_entities_gold3.py")


def _module3():
    spec = importlib.util.spec_from_file_location("make_entities_gold3", SCRIPT3)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


gold3 = _module3()
needs_data3 = pytest.mark.skipif(
    not gold3.ANER.is_file() or not gold3.AQMAR.is_dir(), reason="shared data not present"
)


def test_third_file_is_up_to_date() -> None:
    assert gold3.OUT.read_text(encoding="utf-8") == gold.render(gold3.DOCS)


def test_third_shape() -> None:
    docs = [json.loads(line) for line in gold3.OUT.read_text(encoding="utf-8").splitlines()]
    assert docs and {d["kind"] for d in docs} <= {"anercorp", "aqmar"}
    for d in docs:
        assert d["doc"].startswith(("anercorp-dev/", "aqmar/"))
        if d["kind"] == "anercorp":
            k = int(d["doc"].split("/")[1])
            assert 20 <= k <= 39
            assert d["sentences"] == [10 * k, min(10 * k + 10, 397)]
            assert "path" not in d
        for e in d["entities"]:
            assert e["type"] in ("PERS", "ORG", "LOC")
            assert e["name"] in e["forms"]
            if d["kind"] == "aqmar" or e["type"] != "PERS":
                assert not e["titles"]
        for f in d.get("shared_forms", ()):
            assert sum(f in e["forms"] for e in d["entities"]) >= 2


def test_third_set_is_disjoint_from_the_second() -> None:
    # the held-out set must not reuse a document of the sets used for development
    used = {d["doc"] for d in gold.DOCS} | {d["doc"] for d in gold2.DOCS}
    assert not used & {d["doc"] for d in gold3.DOCS}


@needs_data3
def test_third_set_every_mention_placed() -> None:
    assert gold3.problems(gold3.DOCS) == []


@needs_data3
def test_third_check_catches_a_missing_mention() -> None:
    doc = dict(gold3.DOCS[0])
    doc["entities"] = doc["entities"][1:]
    assert any("placed nowhere" in p for p in gold3.problems([doc]))


# --- the fourth (held-out, AQMAR only) set: eval/gold/make_entities_gold4.py ---------------
SCRIPT4 = SCRIPT.with_name("make_entities_gold4.py")


def _module4():
    spec = importlib.util.spec_from_file_location("make_entities_gold4", SCRIPT4)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


gold4 = _module4()
needs_data4 = pytest.mark.skipif(not gold4.AQMAR.is_dir(), reason="shared data not present")


def test_fourth_file_is_up_to_date() -> None:
    assert gold4.OUT.read_text(encoding="utf-8") == gold.render(gold4.DOCS)


def test_fourth_shape() -> None:
    docs = [json.loads(line) for line in gold4.OUT.read_text(encoding="utf-8").splitlines()]
    assert docs and {d["kind"] for d in docs} == {"aqmar"}
    for d in docs:
        assert d["doc"].startswith("aqmar/")
        assert d["path"] == f"ner/aqmar/{d['doc'].split('/', 1)[1]}.txt"
        for e in d["entities"]:
            assert e["type"] in ("PERS", "ORG", "LOC")
            assert e["name"] in e["forms"]
            assert not e["titles"]
        for f in d.get("shared_forms", ()):
            assert sum(f in e["forms"] for e in d["entities"]) >= 2
        forms = {f for e in d["entities"] for f in e["forms"]}
        assert not forms & set(d["not_entities"])


def test_fourth_set_is_disjoint_from_the_earlier_ones() -> None:
    # the held-out set must not reuse a document of the sets used for development
    used = {d["doc"] for m in (gold, gold2, gold3) for d in m.DOCS}
    assert not used & {d["doc"] for d in gold4.DOCS}


@needs_data4
def test_fourth_set_every_mention_placed() -> None:
    assert gold4.problems(gold4.DOCS) == []


@needs_data4
def test_fourth_check_catches_a_missing_mention() -> None:
    doc = dict(gold4.DOCS[0])
    doc["entities"] = doc["entities"][1:]
    assert any("placed nowhere" in p for p in gold4.problems([doc]))


@needs_data4
def test_fourth_check_catches_a_bad_not_entity() -> None:
    doc = dict(gold4.DOCS[0])
    doc["not_entities"] = [*doc["not_entities"], "لا يوجد في النص"]
    assert any("is no AQMAR mention" in p for p in gold4.problems([doc]))


# --- the fifth (held-out, ANERcorp training part) set: eval/gold/make_entities_gold5.py ----
SCRIPT5 = SCRIPT.with_name("make_entities_gold5.py")


def _module5():
    spec = importlib.util.spec_from_file_location("make_entities_gold5", SCRIPT5)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


gold5 = _module5()
needs_data5 = pytest.mark.skipif(not gold5.ANER.is_file(), reason="shared data not present")


def test_fifth_file_is_up_to_date() -> None:
    assert gold5.OUT.read_text(encoding="utf-8") == gold.render(gold5.DOCS)


def test_fifth_shape() -> None:
    docs = [json.loads(line) for line in gold5.OUT.read_text(encoding="utf-8").splitlines()]
    assert docs and {d["kind"] for d in docs} == {"anercorp-train"}
    for i, d in enumerate(docs):
        # documents in order 0, 1, 2 ...: the last 200 sentences of the training part
        assert d["doc"] == f"anercorp-train/{i}"
        assert d["sentences"] == [3376 + 10 * i, 3386 + 10 * i]
        assert "path" not in d
        for e in d["entities"]:
            assert e["type"] in ("PERS", "ORG", "LOC")
            assert e["name"] in e["forms"]
            if e["type"] != "PERS":
                assert not e["titles"]
        for f in d.get("shared_forms", ()):
            assert sum(f in e["forms"] for e in d["entities"]) >= 2
        forms = {f for e in d["entities"] for f in e["forms"]}
        assert not forms & set(d["not_entities"])


def test_fifth_set_is_disjoint_from_the_earlier_ones() -> None:
    # the held-out set must not reuse a document of the sets used for development
    used = {d["doc"] for m in (gold, gold2, gold3, gold4) for d in m.DOCS}
    assert not used & {d["doc"] for d in gold5.DOCS}


@needs_data5
def test_fifth_set_every_mention_placed() -> None:
    assert gold5.problems(gold5.DOCS) == []


@needs_data5
def test_fifth_check_catches_a_missing_mention() -> None:
    doc = dict(gold5.DOCS[0])
    doc["entities"] = doc["entities"][1:]
    assert any("placed nowhere" in p for p in gold5.problems([doc]))


@needs_data5
def test_fifth_check_catches_a_stray_title() -> None:
    doc = dict(gold5.DOCS[2])
    doc["entities"] = [
        {**e, "titles": [*e["titles"], "لا يوجد في النص"]} if e["type"] == "PERS" else e
        for e in doc["entities"]
    ]
    assert any("not in the text" in p for p in gold5.problems([doc]))


@needs_data5
def test_fifth_documents_are_in_the_training_part() -> None:
    # the documents index the training part, not the dev split the earlier ANERcorp sets use
    assert len(gold5.train_sentences()) == gold5.TRAIN_SIZE
    assert gold5.anercorp_text(3376, 3377) != gold2.anercorp_text(0, 1)


# --- the sixth (held-out: ANERcorp training part + one AQMAR article) set -------------------
SCRIPT6 = SCRIPT.with_name("make_entities_gold6.py")


def _module6():
    spec = importlib.util.spec_from_file_location("make_entities_gold6", SCRIPT6)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


gold6 = _module6()
needs_data6 = pytest.mark.skipif(
    not gold6.ANER.is_file() or not gold4.AQMAR.is_dir(), reason="shared data not present"
)


def test_sixth_file_is_up_to_date() -> None:
    assert gold6.OUT.read_text(encoding="utf-8") == gold.render(gold6.DOCS)


def test_sixth_shape() -> None:
    docs = [json.loads(line) for line in gold6.OUT.read_text(encoding="utf-8").splitlines()]
    assert docs and {d["kind"] for d in docs} <= {"anercorp-train", "aqmar"}
    aner = [d for d in docs if d["kind"] == "anercorp-train"]
    for i, d in enumerate(aner):
        # documents in order 0, 1, 2 ...: the 200 training sentences before the fifth set's
        assert d["doc"] == f"anercorp-train6/{i}"
        assert d["sentences"] == [3176 + 10 * i, 3186 + 10 * i]
        assert "path" not in d
    for d in docs:
        if d["kind"] == "aqmar":
            assert d["path"] == f"ner/aqmar/{d['doc'].split('/', 1)[1]}.txt"
        for e in d["entities"]:
            assert e["type"] in ("PERS", "ORG", "LOC")
            assert e["name"] in e["forms"]
            if e["type"] != "PERS" or d["kind"] == "aqmar":
                assert not e["titles"]
        for f in d.get("shared_forms", ()):
            assert sum(f in e["forms"] for e in d["entities"]) >= 2
        forms = {f for e in d["entities"] for f in e["forms"]}
        assert not forms & set(d["not_entities"])


def test_sixth_set_is_disjoint_from_the_earlier_ones() -> None:
    # the held-out set must not reuse a document or a sentence of the sets used for development
    used = {d["doc"] for m in (gold, gold2, gold3, gold4, gold5) for d in m.DOCS}
    assert not used & {d["doc"] for d in gold6.DOCS}
    fifth = {i for d in gold5.DOCS for i in range(*d["sentences"])}
    sixth = {i for d in gold6.DOCS if "sentences" in d for i in range(*d["sentences"])}
    assert sixth and not fifth & sixth


@needs_data6
def test_sixth_set_every_mention_placed() -> None:
    assert gold6.problems(gold6.DOCS) == []


@needs_data6
def test_sixth_check_catches_a_missing_mention() -> None:
    for d in (gold6.DOCS[0], gold6.DOCS[-1]):  # an ANERcorp document and the AQMAR article
        doc = {**d, "entities": d["entities"][1:]}
        assert any("placed nowhere" in p for p in gold6.problems([doc]))


@needs_data6
def test_sixth_check_catches_a_stray_title() -> None:
    doc = dict(gold6.DOCS[0])
    doc["entities"] = [
        {**e, "titles": [*e["titles"], "لا يوجد في النص"]} if e["type"] == "PERS" else e
        for e in doc["entities"]
    ]
    assert any("not in the text" in p for p in gold6.problems([doc]))

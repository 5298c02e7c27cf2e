"""The entity-resolution gold set (eval/gold/entities_resolution.jsonl) is up to date with its
generator and every form it lists occurs in its document: the ``--check`` of
eval/gold/make_entities_gold.py, run without the tagger (structure parsing only)."""

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

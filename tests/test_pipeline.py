"""The whole pipeline on every page we have: parse (text and HTML) → every enrichment step.

Cross-cutting checks no single step's tests make: the steps run together on real pages of
both kinds without error, every annotation is a valid span of its paragraph, speakers point
at entities that exist, and the enriched output still validates against the JSON Schema.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

import khabar
from khabar.enrich import available

from .conftest import PAGES, SEED

HTML = Path(__file__).parent / "fixtures" / "html"
SCHEMA = json.loads(
    (resources.files("khabar") / "schema" / "article.schema.json").read_text("utf-8")
)
INPUTS = [SEED, *sorted(PAGES.glob("*.txt")), *sorted(HTML.glob("*.html*"))]


def test_all_steps_are_registered():
    assert {"entities", "quotes", "times"} <= set(available())


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_enriched_pages_hold_span_and_reference_invariants(path):
    arts = list(khabar.parse_paths([str(path)], enrich_steps=True, published="2024-06-18"))
    assert arts and not any(isinstance(a, Exception) for a in arts)
    for a in arts:
        assert {"entities", "quotes", "times"} <= set(a.enriched)
        paras = a.paragraphs
        for e in a.entities:
            assert e.mentions or e.caption_mentions, e.name
            for m in e.mentions:
                assert paras[m.paragraph][m.start : m.end] == m.text
            for c in e.caption_mentions:
                assert a.media[c.media].caption[c.start : c.end] == c.text
        for q in a.quotes:
            assert paras[q.paragraph][q.start : q.end] == q.text
        for t in a.times:
            assert paras[t.paragraph][t.start : t.end] == t.text
        ids = {e.id for e in a.entities}
        assert all(q.speaker.entity_id in ids for q in a.quotes if q.speaker.entity_id)
        jsonschema.Draft202012Validator(SCHEMA).validate(a.to_dict())


def test_seed_enriched_end_to_end():
    a, b = khabar.parse_paths([str(SEED)], enrich_steps=True, published="2024-06-18")
    putin = next(e for e in a.entities if e.name == "فلاديمير بوتين")
    assert {"بوتين", "لبوتين"} & {m.text for m in putin.mentions} or "بوتين" in putin.aliases
    assert "الرئيس الروسي" in putin.titles
    speakers = {q.speaker.name for q in a.quotes}
    assert {"يوري أوشاكوف", "رودونغ شينمون"} <= speakers
    assert any(t.text == "مارس (آذار) الماضي" and t.value == "2024-03" for t in a.times)
    assert b.quotes and b.times

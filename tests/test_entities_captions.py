"""Entities in photo captions, and places named after a place-kind noun."""

from __future__ import annotations

import jsonschema
import pytest

import khabar
from khabar.model import Article, Media

from .test_pipeline import SCHEMA


def _enrich(article: Article) -> Article:
    return khabar.enrich_article(article, steps=["entities"])


def test_caption_mentions_join_body_entities_and_point_into_the_caption():
    a = _enrich(
        Article(
            headline=None,
            paragraphs=[
                "التقى الرئيس الأميركي جو بايدن رئيس الوزراء البريطاني ريشي سوناك في "
                "البيت الأبيض، وبحثا الحرب في أوكرانيا.",
                "وقال بايدن إن الشراكة بين البلدين «أقوى من أي وقت مضى».",
            ],
            media=[
                Media(caption="بايدن وسوناك خلال مؤتمر صحافي في واشنطن", credit="رويترز"),
            ],
        )
    )
    biden = next(e for e in a.entities if e.name == "جو بايدن")
    assert [(c.media, c.text) for c in biden.caption_mentions] == [(0, "بايدن")]
    for e in a.entities:
        assert e.mentions or e.caption_mentions
        for c in e.caption_mentions:
            assert a.media[c.media].caption[c.start : c.end] == c.text
        for m in e.mentions:
            assert a.paragraphs[m.paragraph][m.start : m.end] == m.text
    jsonschema.Draft202012Validator(SCHEMA).validate(a.to_dict())


def test_a_place_named_only_in_a_caption_is_an_entity_without_body_mentions():
    a = _enrich(
        Article(
            headline=None,
            paragraphs=["تفقد الرئيس المعرض الدولي للصناعات الدفاعية صباح الأحد."],
            media=[Media(caption="الرئيس يزور معرضاً للمعدات العسكرية في جمهورية تتارستان")],
        )
    )
    place = next(e for e in a.entities if e.name == "تتارستان")
    assert place.type == "LOC" and place.mentions == []
    assert place.caption_mentions[0].media == 0


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # The tagger alone misses these three (checked); the place-kind noun finds them.
        ("فتحت الشرطة تحقيقاً في مقاطعة بريتاني.", "بريتاني"),
        ("فتحت الشرطة تحقيقاً في مقاطعة نورماندي.", "نورماندي"),
        ("تعيش الأسرة في ضاحية صحنايا.", "صحنايا"),
    ],
)
def test_a_place_kind_noun_introduces_an_unseen_place(sentence, place):
    a = _enrich(Article(headline=None, paragraphs=[sentence]))
    assert any(e.type == "LOC" and e.name == place for e in a.entities)


@pytest.mark.parametrize(
    "sentence",
    [
        # nisba adjectives after a place-kind noun describe it, they do not name it (the first
        # three fail without the rule; the tagger alone gets them right)
        "وقعت الحادثة في منطقة حدودية نائية.",
        "زار الوفد محافظة زراعية فقيرة.",
        "يقع المصنع في منطقة صحراوية نائية.",
        "زار الوزير قرية صغيرة في الريف.",  # a common word
    ],
)
def test_a_place_kind_noun_before_an_adjective_names_nothing(sentence):
    a = _enrich(Article(headline=None, paragraphs=[sentence]))
    assert [e.name for e in a.entities if e.type == "LOC" and e.name != "الريف"] == []

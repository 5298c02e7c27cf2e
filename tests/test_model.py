"""The article contract: JSON Schema validation, round trips, stable ids."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import khabar
from khabar.model import (
    Article,
    Byline,
    CaptionMention,
    Dropped,
    Entity,
    Media,
    Mention,
    Quote,
    Source,
    Speaker,
    Teaser,
    TimeExpr,
)

from .conftest import PAGES

SCHEMA = json.loads(
    (resources.files("khabar") / "schema" / "article.schema.json").read_text("utf-8")
)


def validate(d):
    jsonschema.Draft202012Validator(SCHEMA).validate(d)


def test_schema_is_itself_valid():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_seed_output_validates(seed_articles):
    for a in seed_articles:
        validate(a.to_dict())


@pytest.mark.parametrize("page", sorted(p.name for p in PAGES.glob("*.txt")))
def test_every_test_page_output_validates(page):
    for a in khabar.parse_text((PAGES / page).read_text("utf-8"), source=page):
        validate(a.to_dict())


def test_schema_rejects_a_broken_article(seed_articles):
    d = seed_articles[0].to_dict()
    d["media"][0]["role"] = "hero"
    with pytest.raises(jsonschema.ValidationError):
        validate(d)
    d = seed_articles[0].to_dict()
    del d["paragraphs"]
    with pytest.raises(jsonschema.ValidationError):
        validate(d)


def test_ids_are_stable_and_content_sensitive(seed_text):
    a1 = khabar.parse_text(seed_text, source="seed.txt")
    a2 = khabar.parse_text(seed_text, source="seed.txt")
    assert [a.id for a in a1] == [a.id for a in a2]
    assert a1[0].id != a1[1].id
    changed = khabar.parse_text(seed_text.replace("الثلاثاء", "الأربعاء"), source="seed.txt")
    assert changed[0].id != a1[0].id
    other_source = khabar.parse_text(seed_text, source="elsewhere.txt")
    assert other_source[0].id != a1[0].id
    assert other_source[0].content_hash() == a1[0].content_hash()


text = st.text(min_size=0, max_size=30)
opt = st.one_of(st.none(), text)
mention = st.builds(
    Mention, paragraph=st.integers(0, 5), start=st.integers(0, 9), end=st.integers(0, 9), text=text
)
articles = st.builds(
    Article,
    headline=opt,
    source=st.builds(
        Source, path=opt, url=opt, line_start=st.one_of(st.none(), st.integers(1, 99))
    ),
    deck=opt,
    section=opt,
    bylines=st.lists(st.builds(Byline, name=opt, dateline=opt), max_size=2),
    media=st.lists(
        st.builds(Media, caption=text, credit=opt, role=st.sampled_from(["lead", "inline"])),
        max_size=2,
    ),
    paragraphs=st.lists(text, max_size=3),
    related=st.lists(st.builds(Teaser, headline=text, summary=opt), max_size=2),
    dropped=st.lists(
        st.builds(
            Dropped, line=st.integers(1, 99), text=text, reason=st.sampled_from(["empty", "widget"])
        ),
        max_size=2,
    ),
    entities=st.lists(
        st.builds(
            Entity,
            id=text,
            type=st.sampled_from(["PERS", "ORG", "LOC"]),
            name=text,
            mentions=st.lists(mention, max_size=2),
            caption_mentions=st.lists(
                st.builds(
                    CaptionMention,
                    media=st.integers(0, 2),
                    start=st.integers(0, 9),
                    end=st.integers(0, 9),
                    text=text,
                ),
                max_size=2,
            ),
        ),
        max_size=2,
    ),
    quotes=st.lists(
        st.builds(
            Quote,
            text=text,
            kind=st.sampled_from(["direct", "partial", "indirect"]),
            speaker=st.builds(Speaker, name=opt, entity_id=opt),
            cue=opt,
            paragraph=st.integers(0, 3),
            start=st.integers(0, 9),
            end=st.integers(0, 9),
        ),
        max_size=2,
    ),
    times=st.lists(
        st.builds(
            TimeExpr,
            text=text,
            paragraph=st.integers(0, 3),
            start=st.integers(0, 9),
            end=st.integers(0, 9),
            type=st.sampled_from(["date", "duration"]),
            value=opt,
        ),
        max_size=2,
    ),
)


@settings(max_examples=150, deadline=None)
@given(articles)
def test_json_round_trip_is_lossless(a):
    back = Article.from_json(a.to_json())
    assert back.to_dict() == a.to_dict()
    assert back.id == a.id

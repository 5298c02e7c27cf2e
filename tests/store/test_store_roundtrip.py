"""Property: store → load gives back the same article, on both backends."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khabar.model import (
    Article,
    Byline,
    CaptionMention,
    Dropped,
    Entity,
    Event,
    Media,
    Mention,
    Quote,
    Source,
    Speaker,
    Teaser,
    TimeExpr,
)

TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30
)
OPT = st.none() | TEXT
SMALL = st.integers(0, 5000)
ISO = st.none() | st.dates().map(str)

bylines = st.builds(Byline, name=OPT, dateline=OPT)
media = st.builds(
    Media,
    caption=TEXT,
    credit=OPT,
    role=st.sampled_from(["lead", "inline"]),
    after_paragraph=st.none() | SMALL,
    url=OPT,
)
mentions = st.builds(Mention, paragraph=SMALL, start=SMALL, end=SMALL, text=TEXT)
entities = st.builds(
    Entity,
    id=TEXT,
    type=st.sampled_from(["PERS", "ORG", "LOC", "MISC"]),
    name=TEXT,
    aliases=st.lists(TEXT, max_size=3),
    titles=st.lists(TEXT, max_size=2),
    mentions=st.lists(mentions, max_size=3),
    caption_mentions=st.lists(
        st.builds(CaptionMention, media=SMALL, start=SMALL, end=SMALL, text=TEXT), max_size=2
    ),
)
quotes = st.builds(
    Quote,
    text=TEXT,
    kind=st.sampled_from(["direct", "partial", "indirect"]),
    speaker=st.builds(Speaker, name=OPT, entity_id=OPT),
    cue=OPT,
    paragraph=SMALL,
    start=SMALL,
    end=SMALL,
)
time_values = st.none() | TEXT | st.fixed_dictionaries({"start": TEXT, "end": TEXT})
times = st.builds(
    TimeExpr,
    text=TEXT,
    paragraph=SMALL,
    start=SMALL,
    end=SMALL,
    type=st.sampled_from(["date", "time", "duration", "set", "range"]),
    value=time_values,
    anchor=ISO,
)
events = st.builds(
    Event,
    type=TEXT,
    trigger=TEXT,
    paragraph=SMALL,
    start=SMALL,
    end=SMALL,
    arguments=st.dictionaries(TEXT, TEXT, max_size=2),
)
teasers = st.builds(
    Teaser,
    headline=TEXT,
    section=OPT,
    summary=OPT,
    bylines=st.lists(bylines, max_size=2),
    media=st.lists(media, max_size=1),
    url=OPT,
)
sources = st.builds(
    Source,
    path=OPT,
    url=OPT,
    line_start=st.none() | SMALL,
    line_end=st.none() | SMALL,
    kind=st.sampled_from(["text", "html", "warc"]),
    encoding=OPT,
    fetched=OPT,
    notes=st.lists(TEXT, max_size=2),
)
articles = st.builds(
    Article,
    headline=OPT,
    source=sources,
    site=OPT,
    deck=OPT,
    section=OPT,
    published=ISO,
    bylines=st.lists(bylines, max_size=2),
    media=st.lists(media, max_size=2),
    paragraphs=st.lists(TEXT, max_size=4),
    related=st.lists(teasers, max_size=2),
    dropped=st.lists(
        st.builds(Dropped, line=st.none() | SMALL, text=TEXT, reason=TEXT), max_size=2
    ),
    entities=st.lists(entities, max_size=2),
    quotes=st.lists(quotes, max_size=2),
    times=st.lists(times, max_size=2),
    events=st.lists(events, max_size=1),
    enriched=st.lists(TEXT, max_size=2),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(article=articles)
def test_store_then_load_gives_the_same_article(store, article: Article) -> None:
    status = store.save(article)
    if status in ("existing", "updated"):  # same content generated twice: the first is kept
        return
    loaded = store.get(article.id)
    assert loaded is not None
    assert loaded.to_dict() == article.to_dict()

"""The Arabic search analyser: normalisation, clitic rules both ways, query parsing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.store import analyzer as an


def forms(word: str) -> set[str]:
    return set(an.index_forms(an.normalise_token(word)))


def qforms(word: str) -> set[str]:
    return set(an.query_forms(an.normalise_token(word)))


def matches(query_word: str, doc_word: str) -> bool:
    return bool(qforms(query_word) & forms(doc_word))


@pytest.mark.parametrize(
    ("raw", "norm"),
    [
        ("الرَّئِيسُ", "الرءيس"),  # diacritics; hamza on ya folded
        ("البرلمـــان", "البرلمان"),  # tatweel
        ("أحمد", "احمد"),
        ("إسرائيل", "اسراءيل"),
        ("آخر", "اخر"),
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("مسؤول", "مسءول"),
        ("مسئول", "مسءول"),  # both spellings of «official» meet
        ("٢٠٢٤", "2024"),  # Arabic-Indic digits
        ("۱۴۰۳", "1403"),  # Persian digits
        ("ﻻ", "لا"),  # presentation-form ligature
        ("NATO", "nato"),
        ("خِطَابًا", "خطاب"),  # accusative tanween: its alef is not part of the word
        ("خطاباً", "خطاب"),
        ("روسيا", "روسيا"),  # an undiacritised final alef stays
    ],
)
def test_normalise_token(raw: str, norm: str) -> None:
    assert an.normalise_token(raw) == norm


def test_taa_marbuta_folded_only_at_the_end() -> None:
    assert an.normalise("مدينة") == an.normalise("مدينه") == "مدينه"


@pytest.mark.parametrize(
    ("query", "doc"),
    [
        ("الرئيس", "والرئيس"),  # و + ال
        ("الرئيس", "للرئيس"),  # ل + ال with the alef dropped
        ("الرئيس", "بالرئيس"),
        ("الرئيس", "فالرئيس"),
        ("الرئيس", "رئيس"),
        ("رئيس", "الرئيس"),
        ("زيارة", "الزيارة"),
        ("زيارة", "زيارته"),  # enclitic after ة written as ت
        ("زيارة", "زيارتها"),
        ("زيارة", "وزيارتهم"),
        ("بوتين", "لبوتين"),
        ("بوتين", "وبوتين"),
        ("موسكو", "بموسكو"),
        ("لبنان", "للبنان"),  # a protected name keeps its ل, clitics around it still go
        ("لبنان", "ولبنان"),
        ("اللاجئين", "للاجئين"),  # ل + ال + a word that starts with ل
        ("كتاب", "كتابه"),
        ("الرئيس", "الرَّئِيسُ"),
    ],
)
def test_clitic_rule_finds(query: str, doc: str) -> None:
    assert matches(query, doc), (qforms(query), forms(doc))


@pytest.mark.parametrize(
    ("query", "doc"),
    [
        ("الرئيس", "رئيسة"),  # chairwoman is not president: ة is not a clitic
        ("الرئيس", "الرئيسة"),
        ("لبنان", "بالبنان"),  # «يشار إليه بالبنان»: fingertips, not Lebanon
        ("أدى", "وادي"),  # «وادي» is a valley, not و + «أدى»
        ("عربي", "العرب"),  # no nisba stripping
        ("روسي", "روسيا"),
        ("كتاب", "كتابة"),  # writing is not a book
        ("لاديمير", "فلاديمير"),  # the ف of a name is not a conjunction
        ("زيارته", "زيارة"),  # a query is never stemmed
        ("وصل", "صل"),
    ],
)
def test_clitic_rule_does_not_overstem(query: str, doc: str) -> None:
    assert not matches(query, doc), (qforms(query), forms(doc))


def test_short_words_keep_their_letters() -> None:
    assert forms("وصل") == {"وصل"}
    assert forms("بحث") == {"بحث"}


def test_tokens_point_into_original_text() -> None:
    text = "قال الرَّئِيسُ: «زيارتُه مهمة»"
    toks = list(an.tokens(text))
    assert [text[t.start : t.end] for t in toks] == ["قال", "الرَّئِيسُ", "زيارتُه", "مهمة"]


def test_parse_query_phrase_or_not() -> None:
    q = an.parse_query('"الرئيس الروسي" OR بوتين -ترامب')
    assert len(q.must) == 1 and len(q.must[0].alternatives) == 2
    assert len(q.must[0].alternatives[0]) == 2
    assert [c.alternatives[0][0].text for c in q.must_not] == ["ترامب"]


@pytest.mark.parametrize(
    "raw",
    ['"', "(", ")", "*", "-", "OR", "AND", "NOT", '" OR (', "NEAR(a b)", "a:b", "^x", "''", '-"x'],
)
def test_syntax_characters_are_never_syntax(raw: str) -> None:
    q = an.parse_query(raw)
    expr = an.fts5_match(q)
    assert expr is None or all(tok.startswith('"') or tok in "()" for tok in [expr[0]])


def test_snippet_highlights_original_text() -> None:
    q = an.parse_query("الرئيس زيارة")
    s = an.snippet(q, ["أكد الرَّئِيسُ أن زيارتَه ناجحة"])
    assert s == "أكد <mark>الرَّئِيسُ</mark> أن <mark>زيارتَه</mark> ناجحة"


def test_phrase_needs_adjacent_words() -> None:
    q = an.parse_query('"الرئيس الروسي"')
    assert an.query_satisfied(q, ["قال للرئيس الروسي"])
    assert not an.query_satisfied(q, ["قال الروسي للرئيس"])


ARABIC = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآءؤئـ ًٌٍَُِّْ٠١٢٣ ،.«»\"'()*-")),
    max_size=60,
)


@settings(max_examples=200, deadline=None)
@given(ARABIC)
def test_normalise_is_idempotent(text: str) -> None:
    once = an.normalise(text)
    assert an.normalise(once) == once


@settings(max_examples=200, deadline=None)
@given(ARABIC)
def test_every_word_is_found_by_itself(text: str) -> None:
    for tok in an.tokens(text):
        if an.index_forms(tok.norm):
            assert set(an.query_forms(tok.norm)) & set(an.index_forms(tok.norm))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40) | ARABIC)
def test_any_query_parses(text: str) -> None:
    q = an.parse_query(text)
    an.fts5_match(q)
    an.tsquery(q)
    an.snippet(q, [text])


@settings(max_examples=200, deadline=None)
@given(ARABIC | st.text(max_size=40))
def test_fast_words_equal_tokens(text: str) -> None:
    assert an.words(text) == [t.norm for t in an.tokens(text)]


@settings(max_examples=200, deadline=None)
@given(st.lists(ARABIC | st.text(max_size=20), max_size=4))
def test_ingest_fast_path_indexes_the_same_terms(texts: list[str]) -> None:
    # The store splits the body texts in one call and joins cached forms; the FTS tokeniser
    # must see exactly the terms of the per-text analysis.
    joined = an.words("\n".join(texts))
    assert joined == [w for t in texts for w in an.words(t)]
    assert an.index_text(joined).split() == " ".join(an.index_terms(t) for t in texts).split()


@settings(max_examples=300, deadline=None)
@given(
    ARABIC
    | st.text(max_size=40)
    | st.text(alphabet=st.characters(min_codepoint=0x600, max_codepoint=0x6FF))
)
def test_fast_translate_equals_table(text: str) -> None:
    assert an._translate(text) == text.translate(an._TABLE)


# Text mixing Arabic words, marks, tanween, joiners, punctuation and every kind of space
# (str.split() splits on all of them; NFKC, the tanween rule and case folding must not care).
MIXED = st.lists(
    st.sampled_from(
        ["الرئيس", "والرئيس", "خطاباً", "خِطَابًا", "مُحَمَّد", "لبنان", "،", ".", "-", "ﻻ",
         "ΟΔΟΣ", "İ", "\u200c", "\u00ad", "\u064b", " ", "\n", "\u00a0", "\u2003", "\x1f",
         "٢٠٢٤", "a_b", "⒜", "ﷺ"]
    ),
    max_size=30,
).map("".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(MIXED | ARABIC | st.text(max_size=40))
def test_memoised_index_analysis_is_exact(text: str) -> None:
    import zlib

    terms, hashes = an.index_analysis(text)
    ws = an.words(text)
    assert terms.split() == an.index_text(ws).split()
    assert hashes == [zlib.crc32(w.encode("utf-8")) for w in an.shingle_words(ws)]
    # The cached per-token forms count exactly what the index column holds.
    cnt = an.token_counts([text])
    split = terms.split()
    forms = sorted(set(split))[:5]
    got, total = an.form_counts(cnt, forms)
    assert total == len(split)
    assert got == {f: split.count(f) for f in forms}

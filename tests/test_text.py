"""The Arabic text layer: normalisation, tokens, clitics, sentences (unit + property tests)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar import lexicons
from khabar.text import (
    NormOptions,
    candidates,
    normalize,
    normalize_map,
    segment,
    sentences,
    split_sentences,
    strip_proclitics,
    tokenize,
)

ARABIC = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحخدذرسشصضطظعغفقكلمنهويىةأإآؤئءـ ًٌٍَُِّْٰ«»،؛؟.!()٠١٢٣٤٥٦٧٨٩0123456789 abcXYZ\n\u200f-")
    ),
    max_size=80,
)
ANY = st.one_of(ARABIC, st.text(max_size=60))


# -- normalize ---------------------------------------------------------------------------------
def test_normalize_default_rules():
    assert normalize("إِلَى الـمَدْرَسَةِ ٢٠٢٤") == "الي المدرسه 2024"
    assert normalize("أحمد وإبراهيم وآمنة") == "احمد وابراهيم وامنه"


def test_normalize_each_rule_switchable():
    assert normalize("مَدْرَسَة", diacritics=False) == "مَدْرَسَه"
    assert normalize("مدرسة", taa_marbuta=False) == "مدرسة"
    assert normalize("مستشفى", alef_maqsura=False) == "مستشفى"
    assert normalize("أحمد", alef=False) == "أحمد"
    assert normalize("الـرئيس", tatweel=False) == "الـرئيس"
    assert normalize("٢٠٢٤", digits=False) == "٢٠٢٤"
    assert normalize("مسؤول", hamza=True) == "مسوول"
    assert normalize("مسؤول") == "مسؤول"
    opts = NormOptions(taa_marbuta=False, alef=False)
    assert normalize("أسامة", opts) == "أسامة"


@given(ANY)
def test_normalize_idempotent(s):
    once = normalize(s)
    assert normalize(once) == once


@given(ANY, st.booleans(), st.booleans(), st.booleans())
def test_normalize_idempotent_any_options(s, a, b, c):
    opts = NormOptions(alef=a, hamza=b, taa_marbuta=c)
    once = normalize(s, opts)
    assert normalize(once, opts) == once


@given(ANY)
def test_normalize_map_points_back(s):
    n = normalize_map(s)
    assert n.text == normalize(s)
    assert len(n.offsets) == len(n.text)
    for i, o in enumerate(n.offsets):
        assert normalize(s[o]) == n.text[i]
    assert list(n.offsets) == sorted(set(n.offsets))


def test_normalize_map_span():
    s = "الـمَدْرَسَةِ الكبرى"
    n = normalize_map(s)
    i = n.text.index("الكبري")
    a, b = n.span(i, i + len("الكبري"))
    assert s[a:b] == "الكبرى"
    # The kasra dropped after the last letter belongs to that letter: it stays in the span.
    a, b = n.span(0, len("المدرسه"))
    assert s[a:b] == "الـمَدْرَسَةِ"
    # A span that ends before a kept character never reaches past it.
    kept = normalize_map("غداً", diacritics=False)
    assert kept.span(0, 3) == (0, 3)
    assert normalize_map("غداً").span(0, 3) == (0, 4)


# -- tokenize ----------------------------------------------------------------------------------
def test_tokenize_punctuation_split():
    toks = [t.text for t in tokenize("وجه بـ«قبول اقتراح» (أ.ف.ب)؟ ثم، قال؛ لا")]
    assert toks == ["وجه", "بـ", "«", "قبول", "اقتراح", "»", "(", "أ.ف.ب", ")", "؟",
                    "ثم", "،", "قال", "؛", "لا"]  # fmt: skip


def test_tokenize_numbers_and_diacritics():
    toks = [t.text for t in tokenize("في 13 سبتمبر 2023 بنسبة 3.5 و٣٫٥ مِلْيُونٍ")]
    assert "3.5" in toks and "مِلْيُونٍ" in toks and "2023" in toks
    assert [t.kind for t in tokenize("كيم 13 .")] == ["word", "num", "punct"]


def test_tokenize_latin_inside_arabic():
    toks = [t.text for t in tokenize("قال Vladimir Putin إن")]
    assert toks == ["قال", "Vladimir", "Putin", "إن"]


@given(ANY)
def test_token_offsets_point_at_text(s):
    prev = 0
    for t in tokenize(s):
        assert s[t.start : t.end] == t.text
        assert t.start >= prev and t.end > t.start
        assert not t.text.isspace()
        prev = t.end


@given(ANY)
def test_tokens_cover_all_non_space(s):
    covered = set()
    for t in tokenize(s):
        covered.update(range(t.start, t.end))
    for i, ch in enumerate(s):
        if not ch.isspace():
            assert i in covered


def test_tokenize_long_input():
    s = "كلمة " * 10_000
    assert len(tokenize(s)) == 10_000


# -- clitics -----------------------------------------------------------------------------------
def test_segment_prepositions_and_article():
    assert segment("لبوتين").stem == "بوتين"
    assert segment("والكرملين").stem == "كرملين"
    assert segment("للرئيس").prefixes == ("لل",)
    assert segment("بالمصادقة").prefixes == ("ب", "ال")
    assert segment("وسيقول").prefixes == ("و", "س")


def test_segment_tatweel_forms():
    for w in ("بـ", "لـ", "وبـ"):
        seg = segment(w)
        assert seg.stem == "" and seg.prefixes[-1].endswith("ـ")


def test_segment_keeps_short_words():
    assert segment("في").stem == "في"
    assert segment("من").stem == "من"
    assert strip_proclitics("بـ") == "بـ"


def test_candidates_include_pronoun_suffix():
    splits = {(c.prefixes, c.stem, c.suffix) for c in candidates("وبلاده")}
    assert (("و",), "بلاد", "ه") in splits
    assert ((), "وبلاده", "") in splits
    # no pronoun after the article
    assert all(not c.suffix for c in candidates("الكتابه") if c.prefixes[-1:] == ("ال",))


@given(ARABIC)
def test_candidate_offsets(s):
    for w in s.split():
        for c in candidates(w):
            assert w[c.stem_start : c.stem_end] == c.stem
            assert "".join(c.prefixes).replace("ـ", "") == w[: c.stem_start].replace("ـ", "")
            assert w.endswith(c.suffix)


# -- sentences ---------------------------------------------------------------------------------
def test_sentences_respect_quotes_and_agencies():
    t = "قال: «جئت. ورأيت». ثم غادر (أ.ف.ب). انتهى"
    assert sentences(t) == ["قال: «جئت. ورأيت».", "ثم غادر (أ.ف.ب).", "انتهى"]


def test_sentences_abbreviations_and_numbers():
    t = "ذكرت أ.ف.ب. أن د. محمد وصل. النسبة 3.5 بالمئة! هل جاء؟ نعم..."
    assert sentences(t) == [
        "ذكرت أ.ف.ب. أن د. محمد وصل.",
        "النسبة 3.5 بالمئة!",
        "هل جاء؟",
        "نعم...",
    ]


def test_sentences_unclosed_quote_does_not_swallow_paragraph():
    t = "قال «كلام بلا إغلاق. " + "جملة أخرى طويلة. " * 60
    assert len(sentences(t)) > 10


@given(ANY)
def test_sentence_spans_valid(s):
    prev = 0
    for a, b in split_sentences(s):
        assert prev <= a < b <= len(s)
        assert s[a:b] == s[a:b].strip()
        prev = b
    assert "".join(s.split()) == "".join("".join(s[a:b] for a, b in split_sentences(s)).split())


@settings(max_examples=30)
@given(st.lists(st.sampled_from(["كلمة", "«", "»", ".", "؟", "(", ")", "أ.ف.ب", " "]), max_size=60))
def test_sentences_token_soup(parts):
    s = " ".join(parts)
    for a, b in split_sentences(s):
        assert s[a:b].strip()


@pytest.mark.parametrize("row", lexicons.table("clitic_prefixes"))
def test_every_prefix_is_split(row):
    word = row["prefix"] + "مدرسة"
    assert any(c.prefixes and c.prefixes[-1] == row["prefix"] for c in candidates(word))


@pytest.mark.parametrize("abbr", lexicons.column("abbreviations", "abbreviation"))
def test_every_abbreviation_keeps_the_sentence(abbr):
    text = f"قال {abbr} محمد إن الوضع صعب. ثم غادر."
    assert len(sentences(text)) == 2


def test_hamza_alef_lam_is_no_article():
    from khabar.text import hamza_alef_lam, normalize

    for name in ("ألونسو", "إلهام", "آلان", "ـألمانيا"):
        assert normalize(name).startswith("ال") and hamza_alef_lam(name)
    for word in ("الرئيس", "القيصر", "لل", "أكد", "ال"):
        assert not hamza_alef_lam(word)


_CLITIC_ALPHABET = "وفبلكسالـتنيهمكا"  # letters that clitic tables open and close words with


@settings(max_examples=400)
@given(st.text(alphabet=_CLITIC_ALPHABET + "ردزحخ", max_size=9))
def test_segment_is_the_first_unsuffixed_pick_of_candidates(word: str) -> None:
    from khabar.text.clitics import _segment_reference

    assert segment(word) == _segment_reference(word)


def test_a_latin_letter_initial_written_in_arabic_does_not_end_a_sentence():
    from khabar.text.sentences import split_sentences

    t = (
        "وخلال مخاطبته أعضاء الحزب في مركز جون إف. كينيدي للفنون، بدا شعر ترامب ورديا. "
        "وقال جورج دبليو. بوش إن الحرب انتهت."
    )
    got = [t[a:b] for a, b in split_sentences(t)]
    assert len(got) == 2 and got[0].endswith("ورديا.") and got[1].startswith("وقال جورج")


def test_a_channel_acronym_still_ends_a_sentence():
    from khabar.text.sentences import split_sentences

    for t in (
        "وقال الوزير لهيئة الإذاعة البريطانية بي بي سي. وأضاف أن الوضع خطير.",
        "وقال لقناة إم بي سي. وأضاف أن الوضع خطير.",
    ):
        assert len(split_sentences(t)) == 2, t

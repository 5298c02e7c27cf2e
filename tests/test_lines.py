"""One test per line rule, on real Arabic lines; and every lexicon entry exercised."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar import lexicons
from khabar.profiles import all_profiles, for_text, for_url
from khabar.structure.lines import (
    block_heading,
    clean_line,
    ends_sentence,
    fold,
    fold_key,
    is_credit,
    is_title_like,
    is_widget,
    parse_byline,
    section_line,
    split_credit,
    split_section,
    vocab_for,
)
from khabar.text import normalize

V = vocab_for()
ASHARQ = vocab_for(for_text("«الشرق الأوسط» (بروكسل)"))


def test_clean_line_removes_nbsp_bidi_and_trailing_space():
    assert clean_line("سرقة كومبيوتر من السفارة\u00a0 ") == "سرقة كومبيوتر من السفارة"
    assert clean_line("\u200fخبر\u200e  عاجل\t") == "خبر عاجل"
    assert clean_line("   ") == ""


def test_fold_is_idempotent_and_folds_letter_forms():
    assert fold("أ.ف.ب") == fold("ا . ف . ب") == "ا.ف.ب"
    assert fold("إيران") == fold("ايران")
    assert fold("مُسيَّرة") == fold("مسيرة")
    assert fold("١٣") == "13"
    assert fold(fold("الأُمَّة")) == fold("الأُمَّة")


# Letters, marks, digits, invisible characters, spaces and dots that folding must treat alike.
_FOLD_ALPHABET = "ابتةىيءأإآٱؤئکیۀ ـًٌٍَُِّْٰ٠١٢٣٤٥٦٧٨٩۰۴09.\u00a0\u200f\u200c\u2066\ufeff\u00adAbİß \t"


@given(st.text(alphabet=_FOLD_ALPHABET, max_size=30) | st.text(max_size=30))
def test_fold_agrees_with_the_text_layer(s):
    """fold() is a fast re-implementation for the parse hot path; its character rules must be
    exactly khabar.text.normalize's (with hamza forms folded), plus the line-key extras."""
    ref = normalize(s, hamza=True)
    ref = re.sub(r"\s*\.\s*", ".", ref)
    ref = re.sub(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+", " ", ref).strip().casefold()
    assert fold(s) == ref
    assert fold(clean_line(s), clean=True) == fold(s)


def test_fold_key_ignores_final_punctuation():
    assert fold_key("جنود قرب الحدود.") == fold_key("جنود قرب الحدود")


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "بوتين وكيم خلال زيارة الأخير لروسيا في 13 سبتمبر (أ.ف.ب)",
            "بوتين وكيم خلال زيارة الأخير لروسيا في 13 سبتمبر",
            "أ.ف.ب",
        ),
        (
            "الرئيس الروسي في قاعدة «فوستوشني» الفضائية (رويترز - أرشيفية)",
            "الرئيس الروسي في قاعدة «فوستوشني» الفضائية",
            "رويترز - أرشيفية",
        ),
        (
            "صورة وزعتها كوريا الشمالية (حليفة موسكو) لعملية إطلاق صواريخ (أ.ف.ب)",
            "صورة وزعتها كوريا الشمالية (حليفة موسكو) لعملية إطلاق صواريخ",
            "أ.ف.ب",
        ),
        (
            "جندي روسي يطلق طائرة مُسيرة صغيرة (لقطة من فيديو لوزارة الدفاع الروسية)",
            "جندي روسي يطلق طائرة مُسيرة صغيرة",
            "لقطة من فيديو لوزارة الدفاع الروسية",
        ),
        ("ترمب يلتقي زيلينسكي في نيويورك. (أ.ب)", "ترمب يلتقي زيلينسكي في نيويورك.", "أ.ب"),
        ("متظاهرون أمام البرلمان في بغداد (أ ف ب)", "متظاهرون أمام البرلمان في بغداد", "أ ف ب"),
        ("لاعبو المنتخب خلال التدريب (Getty Images)", "لاعبو المنتخب خلال التدريب", "Getty Images"),
        ("مقر الوزارة في الرياض (تصوير: بشير صالح)", "مقر الوزارة في الرياض", "تصوير: بشير صالح"),
    ],
)
def test_split_credit_finds_caption_and_credit(line, caption, credit):
    assert split_credit(line, V) == (caption, credit)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("مندوبو الدول خلال جلسة لمجلس الأمن في نيويورك (الأمم المتحدة)", "الأمم المتحدة"),
        (
            "عناصر من الدفاع المدني في موقع الغارة جنوب لبنان (الوكالة الوطنية للإعلام)",
            "الوكالة الوطنية للإعلام",
        ),
        ("مشجعون يحتفلون بفوز فريقهم في شوارع المدينة (قناة الرياضية)", "قناة الرياضية"),
    ],
)
def test_open_credits_of_institutions(line, credit):
    """Credits no table lists: an institution or outlet in a parenthesis closing a caption."""
    assert split_credit(line, V)[1] == credit
    if not credit.startswith("قناة"):  # «قناة» is a credit opener: known, not open
        assert split_credit(line, V, open_credits=False) is None


@pytest.mark.parametrize(
    "line",
    [
        "بعد إعادة انتخابه رئيساً في مارس (آذار)",  # a month gloss is not a credit
        "عرض أزياء في ختام أسبوع الموضة بباريس (فيديو)",  # a media marker
        "الاتحاد الأوروبي يبحث فرض عقوبات جديدة (محدث)",
        "وقال إن البلدين يعملان على توسيع التعاون (الثنائي).",  # running text
        "وتسليم المزيد من صواريخ (باتريوت)",
        "هبة القدسي (واشنطن)",  # a byline, not a caption
        "(أ.ف.ب)",  # a credit alone has no caption
        "وقال الوزير إن الاتفاق سيوقع قريباً.",
    ],
)
def test_split_credit_rejects_non_credits(line):
    assert split_credit(line, V) is None


@pytest.mark.parametrize(
    ("line", "name", "dateline"),
    [
        ("هبة القدسي (واشنطن)", "هبة القدسي", "واشنطن"),
        ("«الشرق الأوسط» (بروكسل)", "الشرق الأوسط", "بروكسل"),
        ("كتب: محمود السيد", "محمود السيد", None),
        ("كتبت أسماء نصار", "أسماء نصار", None),
        ("بقلم محمد سعيد - القاهرة", "محمد سعيد", "القاهرة"),
        ("كتب - خالد إبراهيم", "خالد إبراهيم", None),
    ],
)
def test_parse_byline(line, name, dateline):
    b = parse_byline(line, V)
    assert b is not None and (b.name, b.dateline) == (name, dateline)


@pytest.mark.parametrize(
    ("line", "name", "dateline"),
    [
        ("لندن: «الشرق الأوسط»", "الشرق الأوسط", "لندن"),
        ("بيروت - «الشرق الأوسط»", "الشرق الأوسط", "بيروت"),
        ("حسام أبو العلا - القاهرة", "حسام أبو العلا", "القاهرة"),
    ],
)
def test_header_bylines_with_place(line, name, dateline):
    b = parse_byline(line, V, allow_colon=True)
    assert (b.name, b.dateline) == (name, dateline)


def test_colon_byline_only_where_allowed():
    assert parse_byline("موسكو: رائد جبر", V) is None
    b = parse_byline("موسكو: رائد جبر", V, allow_colon=True)
    assert (b.name, b.dateline) == ("رائد جبر", "موسكو")
    # A quoted-statement headline is not a byline even where colons are allowed.
    assert (
        parse_byline("هاريس: تنازل أوكرانيا عن أراض هو صيغة للاستسلام", V, allow_colon=True) is None
    )


@pytest.mark.parametrize(
    "line",
    [
        "بوتين وكيم خلال زيارة الأخير لروسيا في 13 سبتمبر (أ.ف.ب)",
        "كتب الرئيس في رسالته أن «الوضع خطير».",
        "من جانب آخر، عيَّن الرئيس الروسي 3 نواب جدد لوزير الدفاع.",
    ],
)
def test_parse_byline_rejects_other_lines(line):
    assert parse_byline(line, V) is None


def test_block_heading_plain_and_inline():
    assert block_heading("مقالات ذات صلة", V) == ("related", "")
    assert block_heading("اقرأ أيضا:", V) == ("read-also", "")
    assert block_heading("اقرأ أيضاً: الاتحاد الأفريقي يطالب بوقف إطلاق النار", V) == (
        "read-also",
        "الاتحاد الأفريقي يطالب بوقف إطلاق النار",
    )
    assert block_heading("مقالات الرأي في الصحف اليوم", V) is None


def test_widget_tokens():
    assert is_widget("TT", V)
    assert is_widget("طباعة", V)
    assert not is_widget("TT في الأسواق", V)


def test_section_split_and_section_line():
    assert split_section("أوروبا جنود أوكرانيون قرب الحدود مع بيلاروسيا", V) == (
        "أوروبا",
        "جنود أوكرانيون قرب الحدود مع بيلاروسيا",
    )
    assert split_section("الولايات المتحدة ترمب يلتقي زيلينسكي في نيويورك.", V)[0] == (
        "الولايات المتحدة"
    )
    # Section names are never taken when too little is left to be a caption.
    assert split_section("أوروبا اليوم", V) == (None, "أوروبا اليوم")
    assert section_line("رياضة", V) == "رياضة"
    assert section_line("رياضة المشي مفيدة", V) is None
    assert split_section("يوميات الشرق فنانون في مهرجان", ASHARQ)[0] == "يوميات الشرق"


def test_sentence_and_title_shapes():
    assert ends_sentence("وقال إن «الوضع خطير».", V)
    assert ends_sentence("هل ينجح الاتفاق؟", V)
    assert is_title_like("زيارة بوتين لكوريا الشمالية تحمل أهمية خاصة", V)
    assert not is_title_like("ارتفعت أسعار النفط، الأربعاء.", V)


def test_profiles_by_url_and_text():
    assert for_url("https://aawsat.com/العالم/123").site == "aawsat.com"
    assert for_url("https://example.org/x").site is None
    assert for_text("لا علامة هنا").name == "default"
    assert "TT" in for_url("https://aawsat.com/x").widgets
    assert {p.name for p in all_profiles()} >= {"default", "asharq_alawsat"}


# -- every lexicon entry is exercised on a realistic line --------------------------------


@pytest.mark.parametrize("spelling", lexicons.column("agencies", "spelling"))
def test_every_agency_spelling_is_a_credit(spelling):
    line = f"متظاهرون يرفعون الأعلام في وسط العاصمة ({spelling})"
    assert split_credit(line, V) == ("متظاهرون يرفعون الأعلام في وسط العاصمة", spelling)


@pytest.mark.parametrize("qualifier", lexicons.column("credit_qualifiers"))
def test_every_qualifier_combines_with_an_agency(qualifier):
    assert is_credit(f"رويترز - {qualifier}", V)


@pytest.mark.parametrize("opener", lexicons.column("credit_openers"))
def test_every_credit_opener_starts_a_credit(opener):
    assert is_credit(f"{opener} الوزارة الرسمي", V)


@pytest.mark.parametrize(
    ("heading", "kind"), [(r["heading"], r["kind"]) for r in lexicons.table("block_headings")]
)
def test_every_block_heading(heading, kind):
    assert block_heading(heading, V) == (kind, "")
    assert block_heading(heading + ":", V) == (kind, "")


@pytest.mark.parametrize("token", lexicons.column("widgets", "token"))
def test_every_widget_token(token):
    assert is_widget(token, V)


@pytest.mark.parametrize("cue", lexicons.column("byline_cues"))
def test_every_byline_cue(cue):
    b = parse_byline(f"{cue}: سارة محمد", V)
    assert b is not None and b.name == "سارة محمد"


@pytest.mark.parametrize("section", lexicons.column("sections"))
def test_every_section_splits_off_a_teaser_caption(section):
    sec, rest = split_section(f"{section} جنود يقفون قرب الحدود", V)
    assert (sec, rest) == (section, "جنود يقفون قرب الحدود")


def test_is_credit_is_shared_by_both_parsers():
    # The one rule serves the HTML parser (no Vocab: tables only) and the text parser.
    assert is_credit("أ ف ب - أرشيفية")
    assert is_credit("تصوير: أحمد حسن", V)
    assert is_credit("Getty Images")
    assert is_credit("Photo courtesy of the ministry press office")
    assert not is_credit("الأمين العام للأمم المتحدة")
    assert not is_credit("باتريوت", V)


def test_byline_cue_is_a_whole_word():
    from khabar.structure.lines import after_words, byline_cue

    assert byline_cue(fold("كتب: أحمد علي")) == fold("كتب")
    assert byline_cue(fold("كتبا كثيرة في المكتبة")) is None
    assert after_words("أجرى الحوار:  سارة محمود", 2) == "سارة محمود"
    assert after_words("أجرى الحوار : سارة  محمود", 2) == ": سارة  محمود"  # spacing kept
    assert after_words("بقلم", 1) == ""

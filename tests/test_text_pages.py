"""Whole-page tests on pages of our own making that vary the seed's conventions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import PAGES, parse_page_file

GOLDEN = Path(__file__).parent / "golden"


def test_no_deck_single_article():
    (a,) = parse_page_file("no_deck_single.txt")
    assert a.headline == "ارتفاع أسعار النفط مع تراجع المخزونات الأميركية"
    assert a.deck is None
    assert [(m.role, m.credit) for m in a.media] == [("lead", "رويترز")]
    assert len(a.paragraphs) == 3
    assert "١٫٢" in a.paragraphs[1]  # Arabic-Indic digits kept as written
    assert a.related == []


def test_three_articles_each_with_widget_header():
    arts = parse_page_file("three_articles.txt")
    assert [a.headline.split()[0] for a in arts] == ["الحكومة", "زلزال", "الهلال"]
    assert [len(a.paragraphs) for a in arts] == [2, 2, 2]
    assert [a.media[0].credit for a in arts] == ["أ.ف.ب", "الأناضول", "واس"]
    for a in arts:
        reasons = [d.reason for d in a.dropped]
        assert reasons.count("widget") == 1
        assert reasons.count("duplicate") == 3  # caption twice + headline again
    # Ranges are contiguous and cover the file.
    assert arts[0].source.line_start == 1
    assert arts[1].source.line_start == arts[0].source.line_end + 1
    assert arts[2].source.line_start == arts[1].source.line_end + 1


def test_read_also_block_inside_body_returns_to_body():
    (a,) = parse_page_file("read_also_midbody.txt")
    assert a.deck == "تحذيرات أممية من تفاقم أزمة الغذاء في ولايات دارفور"
    assert [t.headline for t in a.related] == [
        "مجلس الأمن يدعو إلى هدنة فورية في الفاشر",
        "واشنطن تعلن مساعدات إنسانية جديدة للسودان",
        "الاتحاد الأفريقي يطالب بوقف إطلاق النار",
    ]
    assert all(t.summary is None for t in a.related)
    assert len(a.paragraphs) == 4
    assert a.paragraphs[2].startswith("وأضافت أن قوافل")
    assert not any("اقرأ" in p for p in a.paragraphs)


def test_credit_spellings_and_non_credit_parentheses():
    (a,) = parse_page_file("credit_variants.txt")
    assert [m.credit for m in a.media] == [
        "واس",
        "د.ب.أ",
        "إ.ب.أ",
        "وام",
        "AFP",
        "من حساب الرئاسة على إكس",
        "تصوير: محمد العلي",
        "غيتي - أرشيفية",
    ]
    assert a.media[5].caption.startswith("صورة نشرتها الرئاسة المصرية (حليفة الرياض)")
    assert a.media[-1].after_paragraph == 6  # a caption after the last paragraph
    # Paragraphs ending in a parenthesis that is not a credit stay paragraphs.
    assert any(p.endswith("(بما في ذلك البحر الأحمر).") for p in a.paragraphs)
    assert any("(كانون الأول)" in p for p in a.paragraphs)
    assert len(a.paragraphs) == 7


def test_captions_without_credit_found_by_their_doubling():
    (a,) = parse_page_file("captions_without_credit.txt")
    assert a.deck.startswith("المعرض يستمر")
    assert [(m.caption, m.credit, m.role, m.after_paragraph) for m in a.media] == [
        ("زوار يتجولون بين أجنحة المعرض في يومه الأول", None, "lead", None),
        ("جناح ضيف الشرف في المعرض", None, "inline", 1),
    ]
    assert len(a.paragraphs) == 3


def test_related_block_without_images_with_cue_bylines_and_footer():
    (a,) = parse_page_file("related_no_images.txt")
    assert a.section == "اقتصاد"
    assert [(b.name, b.dateline) for b in a.bylines] == [("أحمد عبد الحميد", "القاهرة")]
    assert "١٨ يوليو ٢٠٢٤" in a.paragraphs[0]
    assert [(t.headline, t.bylines[0].name) for t in a.related] == [
        ("الجنيه يستقر أمام الدولار في البنوك", "محمود السيد"),
        ("ارتفاع احتياطي النقد الأجنبي إلى 46 مليار دولار", "سارة محمد"),
    ]
    assert all(t.summary for t in a.related)
    assert [d.reason for d in a.dropped if d.reason != "empty"] == ["block-heading", "boilerplate"]


def test_page_without_structure_is_one_article_of_paragraphs():
    (a,) = parse_page_file("no_structure.txt")
    assert a.headline is None
    assert len(a.paragraphs) == 3


def test_section_byline_and_most_read_list():
    (a,) = parse_page_file("section_byline_mostread.txt")
    assert a.section == "رياضة"
    assert a.deck.startswith("النجم المصري")
    assert [(b.name, b.dateline) for b in a.bylines] == [("خالد إبراهيم", None)]
    assert [t.headline for t in a.related] == [
        "الأهلي يتعاقد مع مهاجم جديد",
        "موعد مباراة مصر وكاب فيردي في تصفيات أمم أفريقيا",
        "منتخب الشباب يودع البطولة العربية",
    ]
    assert len(a.paragraphs) == 3
    assert sorted(d.line for d in a.dropped if d.reason == "boilerplate") == [23, 24]


def test_next_article_after_related_block():
    a, b = parse_page_file("two_articles_related_between.txt")
    assert [t.section for t in a.related] == ["المشرق العربي", "العالم العربي"]
    assert [(t.bylines[0].name, t.bylines[0].dateline) for t in a.related] == [
        ("الشرق الأوسط", "بيروت"),
        ("يوسف دياب", "بيروت"),
    ]
    assert a.related[0].headline.startswith("«يونيفيل» تدعو")
    assert b.headline == "أسعار الذهب تسجل مستوى قياسياً جديداً"
    assert len(b.paragraphs) == 3


@pytest.mark.parametrize("page", sorted(p.name for p in PAGES.glob("*.txt")))
def test_page_matches_reviewed_golden_file(page):
    got = [a.to_dict() for a in parse_page_file(page)]
    want = json.loads((GOLDEN / (Path(page).stem + ".expected.json")).read_text("utf-8"))
    assert got == want


def test_full_page_scrape_with_menus_ticker_tags_and_footer():
    (a,) = parse_page_file("full_page_scrape.txt")
    assert a.headline == "الحكومة تقر موازنة العام المقبل بعجز أقل من المتوقع"
    assert [(b.name, b.dateline) for b in a.bylines] == [("منى عبد الله", None)]
    assert len(a.paragraphs) == 3
    assert a.paragraphs[-1].startswith("وأضاف أن الحكومة")
    assert [t.headline for t in a.related] == [
        "أسعار الذهب اليوم في الأسواق المحلية",
        "موعد صرف المرتبات للعاملين بالدولة",
    ]
    reasons = {d.line: d.reason for d in a.dropped}
    assert reasons[1] == "navigation"  # the page title, repeated later as the headline
    assert reasons[15] == "navigation"  # a ticker item before the article
    assert a.published == "2024-11-12"  # from the date line under the headline
    assert 25 not in reasons
    assert {reasons[n] for n in (37, 39, 41)} == {"navigation"}  # tag list after the body
    assert reasons[47] == "no-text"
    assert reasons[59] == "boilerplate"

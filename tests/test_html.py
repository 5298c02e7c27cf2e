"""HTML pages: decoding, metadata, body, and the Arabic layer (bylines, captions, related)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import khabar
from khabar.cli import main
from khabar.ingest.html import decode_html
from khabar.ingest.reader import read_pages
from khabar.model import Page, Source
from khabar.structure.dates import date_from_url, parse_date
from khabar.structure.html import parse_html, parse_html_page, strip_site_suffix
from khabar.structure.html_lines import (
    block_heading,
    byline_line,
    comment_notice,
    dateline_line,
    dateline_prefix,
    read_also_prefix,
    split_credit,
    split_name_place,
    widget,
)

FIX = Path(__file__).parent / "fixtures" / "html"


def page_bytes(name: str) -> bytes:
    p = FIX / name
    if p.suffix == ".gz":
        return gzip.decompress(p.read_bytes())
    return p.read_bytes()


def parse_fixture(name: str):
    arts = khabar.parse_file(str(FIX / name).removesuffix(".gz"), page_bytes(name))
    assert len(arts) == 1
    return arts[0]


BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "قال وزير الخارجية في مؤتمر صحافي عقده اليوم إن المحادثات مع الجانب الآخر تسير بشكل جيد.",
        "وأضاف أن الجولة المقبلة من المفاوضات ستعقد الشهر المقبل في العاصمة بمشاركة الوفدين.",
        "وأشار إلى أن بلاده ملتزمة بالحلول السلمية وأنها لن تتخلى عن حقوقها في أي حال من الأحوال.",
    )
)


def html_page(body: str = BODY, head: str = "", h1: str = "الوزير يتحدث عن المفاوضات") -> str:
    return (
        "<!doctype html><html lang='ar'><head><meta charset='utf-8'>"
        f"<meta property='og:type' content='article'>{head}</head><body>"
        f"<header><nav><a href='/'>الرئيسية</a></nav></header><article><h1>{h1}</h1>"
        f"<div class='article-body'>{body}</div></article></body></html>"
    )


def parse(html: str, url: str | None = None):
    arts = parse_html_page(Page(Source(path="t.html", url=url, kind="html"), "html", html))
    return arts[0] if arts else None


# -- line rules --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "name", "dateline"),
    [
        ("كتبت أسماء نصار", "أسماء نصار", None),
        ("كتب: أحمد علي", "أحمد علي", None),
        ("كتب - محمد حسن - القاهرة", "محمد حسن", "القاهرة"),
        ("بقلم محمد سعيد", "محمد سعيد", None),
        ("حوار: سامي كليب", "سامي كليب", None),
    ],
)
def test_byline_lines(line, name, dateline):
    b = byline_line(line)
    assert b is not None and b.name == name and b.dateline == dateline


@pytest.mark.parametrize(
    "line",
    [
        "كتب الرئيس رسالة إلى نظيره الفرنسي يدعوه فيها إلى زيارة البلاد في أقرب وقت ممكن.",
        "كتبت الصحيفة في افتتاحيتها أمس أن الحكومة فشلت.",
        "تقرير",
    ],
)
def test_sentences_are_not_bylines(line):
    assert byline_line(line) is None


def test_datelines():
    assert dateline_line("(أبوظبي - البيان)").name == "البيان"
    assert dateline_line("(أبوظبي - البيان)").dateline == "أبوظبي"
    b = dateline_line("القاهرة - أ ش أ")
    assert b.dateline == "القاهرة" and b.name == "أ ش أ"
    b, rest = dateline_prefix("دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة أن الفصائل")
    assert (b.name, b.dateline) == ("CNN", "دمشق، سوريا") and rest.startswith("أكدت")
    b, rest = dateline_prefix("القاهرة - أ ش أ: قال وزير الخارجية إن المحادثات مستمرة")
    assert (b.name, b.dateline) == ("أ ش أ", "القاهرة") and rest.startswith("قال")
    assert dateline_prefix("وقال الوزير - في بيان - إن المحادثات مستمرة") is None
    assert dateline_prefix("أكد الرئيس: لن نتراجع عن موقفنا أبدا") is None


def test_name_place_order():
    b = split_name_place("حسام أبو العلا - القاهرة")
    assert (b.name, b.dateline) == ("حسام أبو العلا", "القاهرة")
    b = split_name_place("الرياض - واس")
    assert (b.name, b.dateline) == ("واس", "الرياض")


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [
        ("الرئيس يلقي كلمته أمام البرلمان (رويترز)", "الرئيس يلقي كلمته أمام البرلمان", "رويترز"),
        ("جانب من الاجتماع - أ ف ب", "جانب من الاجتماع", "أ ف ب"),
        ("الوزير خلال الجولة تصوير: أحمد حسن", "الوزير خلال الجولة", "تصوير: أحمد حسن"),
        (
            "دبابة إسرائيلية قرب الحدود (أ.ب - أرشيفية)",
            "دبابة إسرائيلية قرب الحدود",
            "أ.ب - أرشيفية",
        ),
        ("الرئيس مع نظيره (يمين)", "الرئيس مع نظيره (يمين)", None),
        ("الملك يستقبل الوفد (الديوان الملكي)", "الملك يستقبل الوفد", "الديوان الملكي"),
        # Labels from lexicons/caption_labels.tsv: caption label removed, source label dropped
        # when the whole line is the credit, credit label kept with the credit.
        (
            "التعليق على الصورة، متظاهرون أمام مقر الحكومة في بيروت",
            "متظاهرون أمام مقر الحكومة في بيروت",
            None,
        ),
        ("صدر الصورة، Reuters", "", "Reuters"),
        ("مصدر الصورة: وكالة الأنباء السعودية", "", "وكالة الأنباء السعودية"),
        ("عدسة: محمد العلي", "", "عدسة: محمد العلي"),
        (
            "جانب من المعرض الدولي للكتاب عدسة - سامي أحمد",
            "جانب من المعرض الدولي للكتاب",
            "عدسة - سامي أحمد",
        ),
    ],
)
def test_split_credit(caption, text, credit):
    assert split_credit(caption) == (text, credit)


def test_block_headings_widgets_notices():
    assert block_heading("اقرأ أيضاً") == "read-also"
    assert block_heading("إقرأ ايضا:") == "read-also"
    assert block_heading("مقالات ذات صلة") == "related"
    assert block_heading("مواضيع ذات علاقة") == "related"
    assert block_heading("الأكثر قراءة") == "most-read"
    assert block_heading("قال الوزير إن الأخبار ذات صلة بالموضوع") is None
    assert read_also_prefix("اقرأ أيضا: الرئيس يزور القاهرة الأسبوع المقبل")[1].startswith("الرئيس")
    assert widget("شارك") and widget("الكلمات الدالة :")
    assert widget("وزير الخارجية يصل إلى القاهرة") is None
    assert comment_notice("الآراء الواردة أدناه لا تعبر عن رأي الموقع") == "comments"
    assert comment_notice("قال الوزير إن الحكومة سترد على التعليقات") is None


def test_dates():
    assert parse_date("الأربعاء، 07 أكتوبر 2020 - 12:09 م") == "2020-10-07"
    assert parse_date("الأحد، 04 آب/اغسطس 2013، آخر تحديث 02:21") == "2013-08-04"
    assert parse_date("2020-12-01T02:00:00+03:00") == "2020-12-01"
    assert parse_date("٠٧ أكتوبر ٢٠٢٠") == "2020-10-07"
    assert parse_date("نص بلا تاريخ") is None
    assert date_from_url("http://arabic.cnn.com/2013/middle_east/8/3/syria/index.html") == (
        "2013-08-03"
    )


def test_strip_site_suffix():
    assert strip_site_suffix("خبر مهم جدا - اليوم السابع", ("اليوم السابع",)) == "خبر مهم جدا"
    assert strip_site_suffix("خبر مهم | CNNArabic.com") == "خبر مهم"
    assert strip_site_suffix("خبر - مهم جدا اليوم") == "خبر - مهم جدا اليوم"


# -- decoding ----------------------------------------------------------------------------------
def test_windows_1256_page_by_meta_and_by_detection():
    html = html_page().replace("charset='utf-8'", "charset='windows-1256'")
    data = html.encode("cp1256")
    text, enc, _notes = decode_html(data, "p.html")
    assert enc == "cp1256" and "المفاوضات" in text
    # No declaration at all: detection must still find the Arabic code page.
    data2 = html.replace("<meta charset='windows-1256'>", "").encode("cp1256")
    text2, enc2, notes2 = decode_html(data2, "p.html")
    assert "المفاوضات" in text2 and enc2 == "windows-1256" and notes2
    art = khabar.parse_file("p.html", data2)[0]
    assert art.headline == "الوزير يتحدث عن المفاوضات"
    assert art.source.encoding == "windows-1256" and art.source.notes


def test_wrong_declared_charset_and_http_header():
    data = html_page().replace("charset='utf-8'", "charset='windows-1256'").encode("utf-8")
    text, enc, notes = decode_html(data, "p.html")
    assert enc == "utf-8" and "المفاوضات" in text and "UTF-8" in notes[0]
    data = html_page().replace("<meta charset='utf-8'>", "").encode("cp1256")
    text, enc, _ = decode_html(data, "p.html", {"Content-Type": "text/html; charset=windows-1256"})
    assert enc == "cp1256" and "المفاوضات" in text


def test_empty_and_blank_pages():
    with pytest.raises(khabar.InputError if hasattr(khabar, "InputError") else Exception):
        list(read_pages("e.html", b""))
    assert parse("<html><body></body></html>") is None
    assert parse("") is None


def test_truncated_html_still_parses():
    html = html_page()
    cut = html[: html.index("وأشار") + 30]
    art = parse(cut)
    assert art is not None and len(art.paragraphs) == 3
    assert art.paragraphs[2].startswith("وأشار")


def test_front_page_gives_no_article(capsys):
    items = "".join(
        f"<li><a href='/n/{i}'>عنوان خبر رقم {i} عن الأحداث الجارية</a></li>" for i in range(40)
    )
    html = f"<html><head><meta charset='utf-8'></head><body><ul>{items}</ul></body></html>"
    assert parse(html) is None
    assert "no article" in capsys.readouterr().err


# -- structure on synthetic pages --------------------------------------------------------------
def test_body_bylines_captions_related_and_drops():
    body = (
        "<p>كتب: أحمد علي</p><p>(أبوظبي - البيان)</p>"
        + BODY.replace(
            "</p><p>",
            "</p>"
            "<figure><img src='/a.jpg'><figcaption>الوزير خلال المؤتمر (رويترز)</figcaption>"
            "</figure><p>",
            1,
        )
        + "<div class='share-bar'><a href='#'>فيسبوك</a></div>"
        "<h3>اقرأ أيضاً</h3><ul><li><a href='/x/1'>الرئيس يستقبل وفدا من رجال الأعمال</a></li>"
        "<li><a href='/x/2'>ارتفاع أسعار النفط في الأسواق العالمية</a></li></ul>"
        "<p>الآراء الواردة أدناه لا تعبر عن رأي الموقع.</p>"
    )
    head = (
        "<meta property='article:section' content='سياسة'>"
        "<meta property='article:published_time' content='2024-03-05T10:00:00Z'>"
        "<link rel='canonical' href='https://www.example.com/news/1'>"
    )
    art = parse(html_page(body, head))
    assert art.headline == "الوزير يتحدث عن المفاوضات"
    assert art.section == "سياسة" and art.published == "2024-03-05"
    assert art.source.url == "https://www.example.com/news/1" and art.site == "example.com"
    assert [(b.name, b.dateline) for b in art.bylines] == [("أحمد علي", "أبوظبي")] or [
        (b.name, b.dateline) for b in art.bylines
    ] == [("أحمد علي", None), ("البيان", "أبوظبي")]
    assert len(art.paragraphs) == 3 and art.paragraphs[0].startswith("قال وزير")
    assert len(art.media) == 1
    m = art.media[0]
    assert (m.caption, m.credit, m.role, m.after_paragraph) == (
        "الوزير خلال المؤتمر",
        "رويترز",
        "inline",
        0,
    )
    assert m.url == "https://www.example.com/a.jpg"
    assert [t.headline for t in art.related] == [
        "الرئيس يستقبل وفدا من رجال الأعمال",
        "ارتفاع أسعار النفط في الأسواق العالمية",
    ]
    assert art.related[0].url == "https://www.example.com/x/1"
    reasons = {d.reason for d in art.dropped}
    assert {"share bar", "comments", "block-heading"} <= reasons
    body_text = " ".join(art.paragraphs)
    for leak in ("اقرأ", "فيسبوك", "الآراء الواردة", "رجال الأعمال", "كتب:"):
        assert leak not in body_text


def test_jsonld_metadata_wins_and_authors():
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "عنوان من البيانات المنظمة",
        "datePublished": "2023-11-02T08:00:00+03:00",
        "articleSection": "اقتصاد",
        "author": [{"@type": "Person", "name": "سارة محمود - بيروت"}],
        "description": "ملخص الخبر الذي يشرح ما جرى في الاجتماع الوزاري أمس بالتفصيل",
    }
    head = f"<script type='application/ld+json'>{json.dumps(ld, ensure_ascii=False)}</script>"
    art = parse(html_page(head=head, h1="عنوان من البيانات المنظمة"))
    assert art.published == "2023-11-02" and art.section == "اقتصاد"
    assert [(b.name, b.dateline) for b in art.bylines] == [("سارة محمود", "بيروت")]
    assert art.deck == ld["description"]


def test_inline_read_also_line_becomes_teaser():
    body = BODY + "<p>اقرأ أيضاً: <a href='/n/5'>الحكومة تعلن خطة جديدة للإسكان</a></p>"
    art = parse(html_page(body))
    assert art.related and art.related[0].headline == "الحكومة تعلن خطة جديدة للإسكان"
    assert all("اقرأ" not in p for p in art.paragraphs)


# -- real pages (golden) -----------------------------------------------------------------------
def test_youm7_byline_outside_body_and_lead_caption():
    art = parse_fixture("htmldate_1691196862.html")
    assert art.site == "youm7.com"
    assert art.headline.startswith("وزير الرى يشهد توقيع عقد")
    assert art.published == "2020-08-24" and art.section == "تقارير مصرية"
    assert [b.name for b in art.bylines] == ["أسماء نصار"]
    assert art.media[0].caption == "الدكتور محمد عبد العاطي وزير الموارد المائية والري"
    assert art.media[0].role == "lead"
    assert len(art.paragraphs) == 6
    assert any(t.headline.startswith("وزير الرى: لجنة إيراد النهر") for t in art.related)
    assert "مشاركة" not in " ".join(art.paragraphs)


def test_akhbarelyom_author_box_caption_and_read_also():
    art = parse_fixture("htmldate_1731695567.html")
    assert art.published == "2020-10-07" and art.section == "أخبار الفن"
    assert [b.name for b in art.bylines] == ["نورهان نبيل"]
    assert art.media and art.media[0].caption == "نعيمة عاكف"
    assert len(art.paragraphs) == 4
    assert any("سلطان صلاح" in t.headline for t in art.related)


def test_alyaum_author_meta_with_dateline():
    art = parse_fixture("htmldate_1784190729.html")
    assert [(b.name, b.dateline) for b in art.bylines] == [("حسام أبو العلا", "القاهرة")]
    assert art.published == "2020-12-01" and art.section == "القارات السبع"
    assert "انتكاسة جديدة" in art.paragraphs
    assert not any("googletag" in p for p in art.paragraphs)


def test_cnn_dateline_and_comment_notice():
    art = parse_fixture("goose3_test_cnn_arabic.html")
    assert [(b.name, b.dateline) for b in art.bylines] == [("CNN", "دمشق، سوريا")]
    assert art.paragraphs[0].startswith("أكدت جهات سورية")
    assert art.published == "2013-08-03"
    assert len(art.paragraphs) == 7
    body = " ".join(art.paragraphs)
    assert "ترحب شبكة CNN" not in body and "الآراء الواردة" not in body
    assert any("البشير" in t.headline for t in art.related)


def test_lbc_no_teasers_or_reading_time_in_body():
    art = parse_fixture("fundus_LBCGroup_2026_01_08.html.gz")
    assert art.published == "2026-01-08" and art.section == "منوعات"
    assert art.bylines == []
    assert len(art.paragraphs) == 6
    body = " ".join(art.paragraphs)
    assert "التالي" not in body and "2min" not in body and "الفتاة ذات القرط" not in body


def test_spans_and_schema_shape_hold_on_real_pages():
    for name in ("htmldate_1691196862.html", "goose3_test_cnn_arabic.html"):
        art = parse_fixture(name)
        d = json.loads(art.to_json())
        assert d["source"]["kind"] == "html" and d["paragraphs"] == art.paragraphs
        for m in art.media:
            assert m.after_paragraph is None or 0 <= m.after_paragraph < len(art.paragraphs)
        assert all(p.strip() == p and p for p in art.paragraphs)


# -- CLI ---------------------------------------------------------------------------------------
def test_cli_parse_html_file_and_mixed_directory(tmp_path):
    (tmp_path / "a.html").write_bytes(page_bytes("goose3_test_cnn_arabic.html"))
    (tmp_path / "b.txt").write_text("عنوان الخبر\n\nفقرة أولى من نص الخبر تنتهي بنقطة.\n")
    from .test_warc import make_warc

    (tmp_path / "c.warc.gz").write_bytes(make_warc([("https://ex.com/1", html_page())]))
    r = CliRunner().invoke(main, ["parse", str(tmp_path / "a.html")])
    assert r.exit_code == 0, r.output
    art = json.loads(r.stdout.splitlines()[0])
    assert art["headline"] == "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
    r = CliRunner().invoke(main, ["parse", str(tmp_path)])
    assert r.exit_code == 0, r.output
    kinds = [json.loads(line)["source"]["kind"] for line in r.stdout.splitlines()]
    assert kinds == ["html", "text", "warc"]


# -- properties --------------------------------------------------------------------------------
_ar = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي ،.:-()«»", min_size=0, max_size=80)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ar, min_size=0, max_size=8), st.sampled_from(["p", "div", "li", "h3", "span"]))
def test_parser_never_crashes_and_output_is_clean(texts, tag):
    body = "".join(f"<{tag}>{t}</{tag}>" for t in texts)
    # parse_html has no safety net: an exception here is a bug, not bad input.
    arts = parse_html(Page(Source(path="t.html", kind="html"), "html", html_page(BODY + body)))
    assert len(arts) == 1
    art = arts[0]
    for p in art.paragraphs:
        assert p == p.strip() and p
    for m in art.media:
        assert m.after_paragraph is None or 0 <= m.after_paragraph < len(art.paragraphs)


@settings(max_examples=80, deadline=None)
@given(_ar)
def test_line_rules_total(s):
    # Pure line functions accept any text and never raise.
    byline_line(s)
    dateline_line(s)
    dateline_prefix(s)
    split_credit(s)
    block_heading(s)
    parse_date(s)
    _c, credit = split_credit(s)
    assert credit is None or credit


def test_gzipped_html_page_is_read(tmp_path):
    p = tmp_path / "page.html.gz"
    p.write_bytes((FIX / "fundus_LBCGroup_2026_01_08.html.gz").read_bytes())
    arts = khabar.parse_file(str(p))
    assert len(arts) == 1 and arts[0].published == "2026-01-08"
    cut = tmp_path / "cut.html.gz"
    cut.write_bytes(p.read_bytes()[:5000])
    from khabar.errors import TruncatedInputError

    with pytest.raises(TruncatedInputError):
        khabar.parse_file(str(cut))


def test_cli_text_format_renders_html_article():
    r = CliRunner().invoke(
        main, ["parse", "--format", "text", str(FIX / "htmldate_1691196862.html")]
    )
    assert r.exit_code == 0, r.output
    assert "أسماء نصار" in r.stdout


def test_xhtml_with_xml_declaration():
    html = "<?xml version='1.0' encoding='utf-8'?>\n" + html_page()
    art = parse(html)
    assert art is not None and len(art.paragraphs) == 3


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=300))
def test_any_text_as_html_never_raises(s):
    parse_html(Page(Source(path="t.html", kind="html"), "html", s))


def test_byline_cue_must_be_a_whole_word():
    assert byline_line("كتبا كثيرة") is None
    assert byline_line("تقريره الأخير") is None
    assert byline_line("كتب- أحمد جمعة").name == "أحمد جمعة"
    assert byline_line("كتب ـ محمد علي").name == "محمد علي"


def test_several_authors_and_new_cues():
    from khabar.structure.html_lines import split_names

    assert split_names("أحمد علي، سارة محمود") == ["أحمد علي", "سارة محمود"]
    assert split_names("أحمد علي و سارة محمود") == ["أحمد علي", "سارة محمود"]
    assert split_names("وليد جنبلاط") == ["وليد جنبلاط"]
    assert byline_line("الكاتب: منى الشاذلي").name == "منى الشاذلي"
    body = "<p>كتب: أحمد علي، سارة محمود</p>" + BODY
    art = parse(html_page(body))
    assert [b.name for b in art.bylines] == ["أحمد علي", "سارة محمود"]


def test_page_cut_inside_a_utf8_character_keeps_its_charset():
    data = html_page().encode("utf-8")
    cut = data[: data.index("وأشار".encode()) + 3]  # ends inside a two-byte letter
    text, enc, notes = decode_html(cut, "cut.html")
    assert enc == "utf-8" and "truncated" in notes[0]
    assert text.endswith("و") and "المفاوضات" in text

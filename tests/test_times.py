"""Tests of the ``times`` step: the seed's expected values, each lexicon table on a real
sentence, reference-date inference, bad input, and offset properties."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.cli import main
from khabar.enrich import EnrichContext, build, enrich
from khabar.enrich.timex import recognise, tag_paragraphs
from khabar.enrich.timex.anchor import infer
from khabar.enrich.timex.normalise import normalise
from khabar.enrich.timex.resolve import pick_weekday
from khabar.model import Article

TODAY = dt.date(2026, 11, 29)


def _seed_lines() -> list[str]:
    text = (resources.files("khabar") / "data" / "sample_asharq.txt").read_text("utf-8")
    return text.split("\n")


def seed_articles() -> tuple[Article, Article]:
    lines = _seed_lines()
    captions = {16, 28, 42, 58}
    a1 = Article(
        headline=lines[0],
        paragraphs=[lines[n - 1] for n in range(14, 63, 2) if n not in captions],
    )
    a2 = Article(
        headline=lines[104].strip(), paragraphs=[lines[n - 1] for n in (116, 118, 120, 122)]
    )
    assert len(a1.paragraphs) == 21 and len(a2.paragraphs) == 4
    return a1, a2


def tag(text: str, published: str | None = "2024-06-18") -> list[tuple[str, str, object]]:
    times, _ = tag_paragraphs([text], published, today=TODAY)
    for t in times:
        assert text[t.start : t.end] == t.text
    return [(t.text, t.type, t.value) for t in times]


def values(text: str, published: str | None = "2024-06-18") -> dict[str, object]:
    return {t: v for t, _, v in tag(text, published)}


def run_step(article: Article, published: str | None) -> Article:
    return enrich(article, build(["times"]), EnrichContext(published=published))


# -- the seed -------------------------------------------------------------------------------
def test_seed_article1():
    a1, _ = seed_articles()
    art = run_step(a1, "2024-06-18")
    got = [(t.text, t.value) for t in art.times]
    for t in art.times:
        assert art.paragraphs[t.paragraph][t.start : t.end] == t.text
        assert t.anchor == "2024-06-18"
    assert ("الثلاثاء", "2024-06-18") in got
    assert ("مارس (آذار) الماضي", "2024-03") in got
    assert ("الشهر الماضي", "2024-05") in got
    assert ("عام 2000", "2000") in got
    assert ("عام 1961", "1961") in got
    assert ("الأسبوع الماضي", "2024-W24") in got
    assert ("عام 2006", "2006") in got
    assert ("عام 2022", "2022") in got
    assert ("العامين الماضيين", "P2Y") in got
    assert ("2001", "2001") in got
    # «3 نواب» is a count, not a date
    assert not any("نواب" in t or t == "3" for t, _ in got)
    assert "times" in art.enriched


def test_seed_captions():
    lines = _seed_lines()
    assert ("13 سبتمبر 2023", "date", "2023-09-13") in tag(lines[15])
    assert ("الأول من مارس 2017", "date", "2017-03-01") in tag(lines[106])


@pytest.mark.parametrize("published", ["2024-09-27", None])
def test_seed_article2(published):
    _, a2 = seed_articles()
    times, anchor = tag_paragraphs(a2.paragraphs, published, today=TODAY)
    got = {t.text: t.value for t in times}
    night = {"start": "2024-09-25TNI", "end": "2024-09-26"}
    assert got["ليل الأربعاء - الخميس"] == night
    assert got["ليل 25 - 26 سبتمبر (أيلول)"] == night
    assert got["صباح الخميس"] == "2024-09-26TMO"
    assert got["الجمعة"] == "2024-09-27"
    if published is None:
        assert anchor.source == "inferred" and anchor.date.year == 2024
        assert 0.5 <= anchor.confidence <= 0.9
        assert all(t.anchor and "inferred" in t.anchor for t in times)
    assert not any("يورو" in t for t in got)


def test_context_published_overrides_article():
    _, a2 = seed_articles()
    a2.published = "2019-01-01"
    art = run_step(a2, "2024-09-27")
    assert {t.anchor for t in art.times} == {"2024-09-27"}


def test_cli_parse_steps_times(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("عنوان الخبر\n\nوصل الرئيس، الثلاثاء، إلى العاصمة في زيارة تستغرق يومين.\n")
    r = CliRunner().invoke(
        main, ["parse", "--steps", "times", "--published", "2024-06-18", str(page)]
    )
    assert r.exit_code == 0, r.output
    assert '"value": "2024-06-18"' in r.output
    assert '"P2D"' in r.output


# -- one test per lexicon table, on real news sentences ---------------------------------------
def test_months_both_systems_and_variants():
    v = values("وأعلنت الحكومة في أبريل (نيسان) الماضي خطة تمتد حتى ابريل 2026 بدل إبريل 2025.")
    assert v["أبريل (نيسان) الماضي"] == "2024-04"
    assert v["ابريل 2026"] == "2026-04" and v["إبريل 2025"] == "2025-04"
    v = values("وقعت الاتفاقية في 3 كانون الثاني 2015، وعدلت في أغسطس/آب 2018 ثم في اغسطس 2019.")
    assert v["3 كانون الثاني 2015"] == "2015-01-03"
    assert v["أغسطس/آب 2018"] == "2018-08" and v["اغسطس 2019"] == "2019-08"
    v = values("انطلقت الدورة في 12 جانفي 2023 بالعاصمة التونسية.")
    assert v["12 جانفي 2023"] == "2023-01-12"


def test_bare_month_needs_a_cue():
    # «مارس» is also the verb "practised": without a cue it is no date.
    assert tag("مارس الوزير ضغوطاً على النواب.") == []
    assert values("وقال إن الانتخابات جرت في مارس.")["مارس"] == "2024-03"


def test_weekdays_follow_tense():
    # published on a Tuesday: a past report means the latest Thursday before it
    assert values("وأعلنت الوزارة الخميس أن المفاوضات فشلت.")["الخميس"] == "2024-06-13"
    assert values("وسيلتقي الرئيس نظيره الخميس في القاهرة.")["الخميس"] == "2024-06-20"
    assert values("ويلتقي ترمب زيلينسكي في نيويورك صباح الجمعة.")["صباح الجمعة"] == "2024-06-21TMO"
    assert values("وكان الوزير قد زار الرياض الثلاثاء الماضي.")["الثلاثاء الماضي"] == "2024-06-11"
    assert pick_weekday(dt.date(2024, 6, 18), 2, "past") == dt.date(2024, 6, 18)


def test_day_parts():
    v = values("وقُتل ثلاثة أشخاص فجر الأحد، واستؤنف القصف مساء الاثنين وليلة الأربعاء.")
    assert v["فجر الأحد"] == "2024-06-16TMO"
    assert v["مساء الاثنين"] == "2024-06-17TEV"
    assert v["ليلة الأربعاء"] == "2024-06-12TNI"
    assert values("وتوقف القتال ظهر أمس.")["ظهر أمس"] == "2024-06-17TMI"


def test_relative_words():
    v = values("قال الوزير أمس إن القمة تعقد غداً، بعدما أُرجئت اليوم.")
    assert v["أمس"] == "2024-06-17" and v["غداً"] == "2024-06-19" and v["اليوم"] == "2024-06-18"
    v = values(
        "وكانت الشركة قد أعلنت قبل يومين خسائر بدأت منذ ثلاثة أشهر، وتتوقع أرباحاً العام المقبل."
    )
    assert v["قبل يومين"] == "2024-06-16"
    assert v["منذ ثلاثة أشهر"] == "2024-03"
    assert v["العام المقبل"] == "2025"
    assert values("ويحتفل العالم اليوم العالمي للاجئين.").get("اليوم") is None


def test_units_and_number_words():
    v = values("واستمرت المفاوضات خمسة عشر عاماً، ثم توقفت لمدة ٣ أسابيع خلال الأشهر الأخيرة.")
    assert v["خمسة عشر عاماً"] == "P15Y"
    assert v["٣ أسابيع"] == "P3W"
    assert v["الأشهر الأخيرة"] == "PXM"
    v = values("عاد إلى بيروت بعد مرور 24 سنة، وأمضى فيها بضعة أيام وساعتين.")
    assert v["24 سنة"] == "P24Y" and v["بضعة أيام"] == "PXD" and v["ساعتين"] == "PT2H"


def test_years_alone_and_clitics():
    v = values("وقّعت معاهدة الصداقة لعام 1961، وتجددت بعام 2000 ومنذ 2006 حتى 2019م.")
    assert v["عام 1961"] == "1961" and v["عام 2000"] == "2000"
    assert v["2006 حتى 2019م"] == {"start": "2006", "end": "2019"}
    # a bare four-digit number without a cue is a count
    assert tag("وشارك 2000 جندي في المناورات.") == []


def test_hijri_months_converted():
    v = values("ويبدأ الحجاج الوقوف بعرفة في 9 ذو الحجة 1445 هـ، ويحل عيد الأضحى في 10 ذي الحجة.")
    assert v["9 ذو الحجة 1445 هـ"] == "2024-06-15"
    assert v["10 ذي الحجة"] == "2024-06-16"
    assert values("وانتهى العام الهجري ١٤٤٥ هـ.")["١٤٤٥ هـ"] == {
        "start": "2023-07-19",
        "end": "2024-07-06",
    }


def test_ranges():
    v = values("وتعقد القمة يومي 25 و26 سبتمبر في نيويورك، وجرت المناورات بين 2015 - 2018.")
    assert v["25 و26 سبتمبر"] == {"start": "2024-09-25", "end": "2024-09-26"}
    assert v["2015 - 2018"] == {"start": "2015", "end": "2018"}
    assert values("وأغلقت المتاجر من الخميس - السبت الماضي.")["الخميس - السبت الماضي"] == {
        "start": "2024-06-13",
        "end": "2024-06-15",
    }


def test_sets_and_clock():
    v = values("وتعقد اللجنة اجتماعاً أسبوعياً، وتنشر تقريرها كل عام عند الساعة 10:30 صباحاً.")
    assert v["كل عام"] == "P1Y"
    assert v["الساعة 10:30 صباحاً"] == "XXXX-XX-XXT10:30"


# -- reference date --------------------------------------------------------------------------
def test_infer_from_weekday_next_to_date():
    times, anchor = tag_paragraphs(
        ["وعقد المجلس جلسته الخميس 12 مارس وسط إجراءات مشددة."], today=TODAY
    )
    assert anchor.source == "inferred" and anchor.date == dt.date(2026, 3, 12)
    assert times[0].value == "2026-03-12"


def test_no_reference_gives_underspecified_values():
    times, anchor = tag_paragraphs(["وقال الوزير الثلاثاء إن الشهر الماضي كان صعباً."], today=TODAY)
    assert anchor.source == "none"
    assert {t.value for t in times} == {"XXXX-WXX-2", "XXXX-XX"}
    assert all(t.anchor is None for t in times)


def test_infer_without_evidence():
    assert infer([], TODAY).date is None


# -- bad input -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "وقال إن الاجتماع عقد في 31 فبراير الماضي.",
        "وفي 29 فبراير 2023 لم يحدث شيء.",
        "بلغت قيمتها 15 ألف يورو ومبلغ 12700 يورو.",
        "عيّن الرئيس 3 نواب جدد.",
    ],
)
def test_no_false_dates(text):
    assert tag(text) == []


def test_two_digit_year_is_not_a_year():
    assert values("وصلت الشحنة في 25 سبتمبر 24.")["25 سبتمبر"] == "2023-09-25"


def test_malformed_published_and_empty_paragraphs():
    times, anchor = tag_paragraphs(["", "وصل الوفد أمس."], "not-a-date", today=TODAY)
    assert anchor.source == "none" and times[0].text == "أمس"
    art = run_step(Article(headline=None, paragraphs=["", "\u0640\u064b", "؟؟"]), "bad")
    assert art.times == []


# -- properties ------------------------------------------------------------------------------
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىةؤئ ـًٌٍَُِّْ٠١٢٣٤٥٦٧٨٩0123456789-،()/."
WORDS = ["مارس", " الماضي", " الثلاثاء", " 25", " سبتمبر", " هـ", " ذو الحجة", " عام ", "ليل "]
ALPHABET = st.sampled_from([*LETTERS, *WORDS])


@settings(max_examples=150, deadline=None)
@given(st.lists(ALPHABET, max_size=40).map("".join))
def test_offsets_always_point_into_the_original(text):
    n = normalise(text)
    assert len(n.offsets) == len(n.text)
    for raw in recognise(text):
        assert text[raw.start : raw.end] == raw.text
        assert raw.start < raw.end
    tag_paragraphs([text], "2024-06-18")
    tag_paragraphs([text], None, today=TODAY)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_any_text_never_crashes(text):
    times, _ = tag_paragraphs([text], None, today=TODAY)
    for t in times:
        assert text[t.start : t.end] == t.text


# -- rules added after reading the first eval errors (each a general pattern) ------------------
def test_gloss_in_guillemets_and_numeric_dates():
    v = values("عند عرض الفيلم في بيروت يوم 9 يوليو « تموز » الماضي لاقى استحساناً.")
    assert v["9 يوليو « تموز » الماضي"] == "2023-07-09"  # July is after the June reference
    assert (
        values("في 13 / 12 / 1999 أصبحت روسيا يلتسين روسيا بوتين.")["13 / 12 / 1999"]
        == "1999-12-13"
    )
    assert values("صدر القرار بتاريخ 2024-06-01 عن المحكمة.")["2024-06-01"] == "2024-06-01"


def test_counts_after_cues_are_not_years():
    assert tag("ليبلغ متوسط إنفاق الأسرة ما بين 2200 و2400 يورو.") == []
    assert tag("وقفزت الأسعار إلى 2650 دولاراً للأونصة.") == []


def test_general_secretary_is_not_next_year():
    assert tag("ويأتي الأمين العام المقبل من قارة آسيا.") == []
    assert values("وتعقد القمة في العام المقبل.")["العام المقبل"] == "2025"


def test_relative_day_variants():
    v = values(
        "وتلقى الوزير الليلة الماضية اتصالاً، وصرح اليوم الثلاثاء بأن القصف توقف مساء اليوم نفسه."
    )
    assert v["الليلة الماضية"] == "2024-06-17TNI"
    assert v["اليوم الثلاثاء"] == "2024-06-18"
    assert "مساء اليوم" not in v


def test_hijri_month_noun_sets_and_halves():
    v = values("ويبث البرنامج كل جمعة طيلة شهر رمضان المبارك لمدة ساعة ونصف.", "2006-09-20")
    assert v["كل جمعة"] == "XXXX-WXX-5"
    assert v["شهر رمضان المبارك"] == {"start": "2006-09-24", "end": "2006-10-22"}
    assert v["ساعة ونصف"] == "PT1H30M"
    assert values("واختفت منذ عقود.")["عقود"] == "PXDE"


def test_weekday_next_to_date_fixes_year_with_published():
    # 15 March fell on a Sunday in 2020: the weekday wins over the past-tense default
    v = values("وقررت الحكومة تعليق الدراسة اعتباراً من الأحد 15 آذار/مارس.", "2020-03-12")
    assert v["الأحد 15 آذار/مارس"] == "2020-03-15"


def test_step_today_option_pins_inference():
    _, a2 = seed_articles()
    ctx = EnrichContext(options={"today": "2026-11-29"})
    art = enrich(a2, build(["times"]), ctx)
    assert any(t.value == "2024-09-27" for t in art.times)


def test_day_of_relative_month_and_eras():
    v = values("أجري الاستطلاع بين العشرين من يونيو والسابع من الشهر الحالي.", "2006-07-20")
    assert v["العشرين من يونيو"] == "2006-06-20"
    assert v["السابع من الشهر الحالي"] == "2006-07-07"
    v = values("ازدهرت الرواية في النصف الأول من القرن العشرين ثم في التسعينيات.")
    assert v["القرن العشرين"] == "19" and v["التسعينيات"] == "199"


def test_house_style_weekday_in_parentheses_and_approximations():
    text = (
        "وأعلن الجيش، أمس (الاثنين)، مقتل جنديين خلال الساعات الـ24 الماضية، "
        "بعد هجوم وقع قبل نحو شهرين عند الساعة الثامنة مساءً."
    )
    v = values(text)
    assert v["أمس (الاثنين)"] == "2024-06-17"
    assert v["الساعات الـ24 الماضية"] == "PT24H"
    assert v["قبل نحو شهرين"] == "2024-04"
    assert v["الساعة الثامنة مساءً"] == "XXXX-XX-XXT20:00"


def test_names_and_anniversaries_are_not_today():
    assert tag("نشرت صحيفة اليوم السابع التقرير.") == []
    v = values("ولدت الفنانة في مثل هذا اليوم عام 1929.")
    assert "هذا اليوم" not in v and v["عام 1929"] == "1929"


def test_bare_year_as_a_name_tag():
    v = values("ويأمل المصريون في ميداليات في أولمبياد بكين 2008.")
    assert v["2008"] == "2008"
    assert values("وأطلقت رؤية 2030 التي تهدف إلى التنويع.")["2030"] == "2030"
    assert tag("وقتل 2000 مقاتل في المعارك.") == []
    assert tag("وشارك نحو 2010 أشخاص.") == []


def test_before_last_and_after_next():
    text = "وكان قد زار القاهرة الأحد قبل الماضي، ثم عاد العام قبل الماضي، ووصل مساء أول من أمس."
    v = values(text)
    assert v["الأحد قبل الماضي"] == "2024-06-09"
    assert v["العام قبل الماضي"] == "2022"
    assert v["مساء أول من أمس"] == "2024-06-16TEV"
    assert values("وتعقد الجولة الشهر بعد المقبل.")["الشهر بعد المقبل"] == "2024-08"


def test_crawl_date_is_a_fallback_anchor():
    art = Article(headline=None, paragraphs=["وقال الوزير أمس إن المحادثات فشلت."])
    art.source.fetched = "2024-06-18T08:00:00Z"
    out = run_step(art, None)
    assert out.times[0].value == "2024-06-17"
    assert "crawl date" in out.times[0].anchor
    _, a2 = seed_articles()
    a2.source.fetched = "2025-01-01T00:00:00Z"  # the weekday evidence is stronger
    assert (
        tag_paragraphs(a2.paragraphs, today=TODAY, fetched=a2.source.fetched)[1].date.year == 2024
    )


def test_glued_conjunction_does_not_make_a_verb_a_month():
    assert tag("ومارس الوزير ضغوطاً كبيرة على النواب.") == []

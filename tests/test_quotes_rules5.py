"""Quote-kind and span rules of the quotes5 work (issue 5), on real news sentences (ANERcorp
train sentences of the dev2 and dev3 sets; not the seed, not the held-out set), both sides."""

from __future__ import annotations

from .quotes_fixtures import quotes, starting

AIRLINES_CAPTAIN = (
    "وقال: أعتقد أنه بمجرد ماتهدأ الأمور في لبنان ستكون هناك امكانية لاعادة تشغيل المطار "
    "وسيتم تحديد الوقت المناسب لاعادة تشغيل المطار في ضوء حجم الاضرار التي تتزايد مع مرور الوقت."
)
QATAR_COACH = (
    "وعن المستوى الجيد الذي قدمه منتخبنا في الشوط الثاني امام تايلاند قال المالكي: لايزال "
    "العنابي يملك مستويات افضل وانا اعرف فريقي جيدا منذ بداية تكوينه واعرف ان مستواه الحقيقي "
    "لم يظهر بعد.."
)
FAIR_HALL = (
    'وقال سيمون هول، المسؤول الدولي في "جامعة آستون": "ساعدنا معرض الخليج للتعليم والتدريب '
    "2006 على سبر المتطلبات التعليمية لمختلف شرائح المجتمع في منطقة الخليج. كما أنه أتاح لنا "
    'فرصة الالتقاء بعدد كبير من الطلاب من كافة الأعمار والثقافات".'
)
DUBAI_OFFICIAL = (
    "وقال مسؤول في مطار دبي الدولي: إن إعادة تنظيم رحلات جوية من دبي الى بيروت لن يتم قبل أن "
    "تتوفر العوامل الأمنية وكل سبل السلامة للمسافرين والطائرات، مشيرا الى ان الأجواء مع لبنان "
    "في وضع مغلق حاليا أمام الطيران المدني."
)
BAALBEK = (
    "وبينما قال حزب الله: إن العملية كانت فاشلة, ذكرت إسرائيل أن العملية كانت ناجحة وحققت "
    "أهدافها تماما."
)


def test_unmarked_speech_after_colon_is_reported_not_a_marked_quote() -> None:
    for para, head in ((AIRLINES_CAPTAIN, "أعتقد أنه"), (QATAR_COACH, "لايزال العنابي")):
        q = starting(quotes([para]), head)
        assert q.kind == "indirect"
        assert not [x for x in quotes([para]) if x.kind != "indirect"]
    # the whole clause up to the sentence end, final dots excluded
    assert starting(quotes([QATAR_COACH]), "لايزال").text.endswith("لم يظهر بعد")


def test_speech_in_marks_after_colon_stays_direct() -> None:
    q = starting(quotes([FAIR_HALL]), "ساعدنا معرض")
    assert q.kind == "direct"
    assert q.text.endswith("والثقافات")  # several sentences inside the marks


def test_unmarked_colon_clause_stops_at_the_next_cue_and_skips_its_complementizer() -> None:
    qs = quotes([DUBAI_OFFICIAL])
    q = starting(qs, "إعادة تنظيم")
    assert q.kind == "indirect"
    assert q.text.endswith("للمسافرين والطائرات")
    assert starting(qs, "الأجواء مع لبنان").kind == "indirect"  # the participle's own clause
    qs = quotes([BAALBEK])
    assert starting(qs, "العملية كانت فاشلة").text == "العملية كانت فاشلة"
    assert starting(qs, "العملية كانت ناجحة").speaker.name == "إسرائيل"


def test_unmarked_colon_clause_without_a_break_runs_to_the_sentence_end() -> None:
    q = starting(quotes([AIRLINES_CAPTAIN]), "أعتقد أنه")
    assert q.text.endswith("مع مرور الوقت")

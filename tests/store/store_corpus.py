"""Small hand-written Arabic articles exercising each clitic rule and its false friends."""

from __future__ import annotations

from khabar.model import Article, Byline, Entity, Media, Mention, Quote, Source, Speaker, TimeExpr


def span(paragraph: str, text: str) -> tuple[int, int]:
    start = paragraph.index(text)
    return start, start + len(text)


P_LI_PUTIN = "وجه الرئيس الأمريكي انتقادات حادة لبوتين بسبب الحرب."
P_SPEECH = "ألقى الرَّئِيسُ خِطَابًا أمام البرلمـــان في العاصمة عام ٢٠٢٤."


def art(key: str, headline: str, *paragraphs: str, **kw) -> Article:
    kw.setdefault("source", Source(path=f"corpus/{key}.txt", kind="text"))
    kw.setdefault("site", "test")
    return Article(headline=headline, paragraphs=list(paragraphs), **kw)


P_PUTIN = "قال الرئيس الروسي فلاديمير بوتين إن بلاده لن تتراجع عن مواقفها."
ARTICLES = {
    "wa_rais": art(
        "wa_rais",
        "باريس تستعد لاستقبال الوفد",
        "والرئيس الفرنسي كان قد أعلن عن الزيارة الأسبوع الماضي.",
        published="2024-03-01",
        section="سياسة",
    ),
    "li_rais": art(
        "li_rais",
        "تقرير الموازنة على طاولة الحكومة",
        "وقدم وزير المالية تقريره للرئيس خلال اجتماع مجلس الوزراء.",
        published="2024-03-02",
        section="اقتصاد",
    ),
    "raisa": art(
        "raisa",
        "جلسة برلمانية طارئة",
        "قالت رئيسة البرلمان إن الجلسة ستعقد غدا بحضور النواب.",
        published="2024-03-03",
    ),
    "ziyaratuh": art(
        "ziyaratuh",
        "وزير الخارجية في العراق",
        "أجرى وزير الخارجية زيارته الأولى إلى بغداد منذ توليه منصبه.",
        published="2024-04-01",
    ),
    "al_ziyara": art(
        "al_ziyara",
        "ختام المباحثات",
        "اختتم الوفد الزيارة الرسمية بمؤتمر صحافي مشترك.",
        published="2024-04-02",
    ),
    "li_putin": art(
        "li_putin",
        "واشنطن تنتقد موسكو",
        P_LI_PUTIN,
        published="2024-05-01",
        entities=[
            Entity(
                "e1",
                "PERS",
                "فلاديمير بوتين",
                aliases=["بوتين"],
                mentions=[Mention(0, *span(P_LI_PUTIN, "لبوتين"), "لبوتين")],
            )
        ],
    ),
    "bil_banan": art(
        "bil_banan",
        "تكريم الفائزين",
        "أصبح الفريق الفائز يشار إليه بالبنان في الأوساط الرياضية.",
        published="2024-05-02",
    ),
    "lubnan": art(
        "lubnan",
        "مساعدات للبنان",
        "وصلت شحنة مساعدات جديدة إلى لبنان صباح اليوم.",
        published="2024-05-03",
    ),
    "wadi": art(
        "wadi",
        "أمطار غزيرة",
        "جرفت السيول عددا من المنازل في وادي الأردن.",
        published="2024-06-01",
    ),
    "adda": art(
        "adda",
        "انفجار في الميناء",
        "أدى الانفجار إلى أضرار كبيرة في المباني المجاورة.",
        published="2024-06-02",
    ),
    "arab": art(
        "arab",
        "اجتماع وزاري",
        "اجتمع وزراء الخارجية العرب في القاهرة لبحث الأزمة.",
        published="2024-06-03",
    ),
    "diacritics": art(
        "diacritics",
        "خِطَابٌ رَسْمِيٌّ",
        P_SPEECH,
        published="2024-07-01",
        bylines=[Byline("مراسل الوكالة", "القاهرة")],
        media=[Media("الرئيس يلقي خطابه", "رويترز", "lead", None)],
        quotes=[
            Quote(
                "خِطَابًا",
                "partial",
                Speaker("عبد الفتاح السيسي", "e9"),
                "ألقى",
                0,
                *span(P_SPEECH, "خِطَابًا"),
            )
        ],
        times=[TimeExpr("عام ٢٠٢٤", 0, *span(P_SPEECH, "عام ٢٠٢٤"), "date", "2024")],
    ),
}

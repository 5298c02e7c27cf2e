"""Rebuild eval/gold/quotes_dev4.jsonl: a fourth development set (quotes6 work, issue 5).

Why. Four rounds of hand rules, each written from one development set's errors, left speaker
accuracy on new text at 0.74-0.75 (dev2 and dev3 first runs, held-out set 2). The quotes6 work
tries a learned speaker ranker trained on dev, test, dev2 and dev3; dev4 is the fresh blind set
on which the rules and the ranker are compared, neither having been tuned on it.

Provenance. Annotated by hand on 2026-11-29 BEFORE the system was run on these texts (the
quotes step, the entities step and the ranker never saw them before the annotations were
committed); the rules' first score is kept in ``quotes_dev4_first_run.txt``. Real news text
from ../shared/data that no other gold set (dev, test, held-out, dev2, dev3, times), test
file, doc, eval or bench script or lexicon uses: every sentence below was checked by text: no
22-character window of it occurs in any of them, except four stock phrases that other
sentences share («الرئيس المصري حسني مبارك»، «الربع الأخير من العام»، «القوة الدولية
المعززة»، «الناطق الرسمي باسم»), each the only shared window of its sentence.
ANERcorp (train part, CAMeL Lab split), detokenised as in ``make_quotes_gold.py``, 14 documents:

- 3276-3277, 3279-3284 (Yedioth on a Saudi-Israeli meeting; 3275 and 3278 are used
  elsewhere), 3285-3292 (a raid near Baquba), 3294-3308 (Iraqi statements and attacks),
  3309-3314 (Yemen's president sworn in), 3213, 3215-3217 (Nasrallah; 3214 is used; 3217
  runs into the lead of a Formula One report, as in ANERcorp), 3220-3223 (Alonso;
  3218-3219 are used), 3224-3237 (EIA oil demand), 3427-3428, 3430-3437 (Saad Hariri; 3429
  is used), 3438 (a Moroccan fatwa board on Qaradawi, one long sentence), 3571-3578 (Rafah
  and Nablus), 3580, 3583-3587 (Darfur; 3579, 3581, 3582 are used), 3588-3593 (Silvan
  Shalom), 3594-3600 (Yedioth on Gaza; 3601 is used), 3933-3956 without 3937, 3941,
  3943-3949 (Commercial Bank of Qatar; 3937 and 3941 are used, 3943-3949 are a numbered list
  without speech).
- Sentences that ANERcorp cut inside one number or dateline are joined back with a space
  (3224-3225, 3226-3227, 3232-3233, 3234-3235, 3236-3237, 3588-3590, 3594-3596, 3934-3935,
  3939-3940, 3952-3953, 3954-3955).

Guidelines are those of docs/quotes.md ("Annotation guidelines") and the conventions of
``make_quotes_dev2.py`` and ``make_quotes_dev3.py``: the clause after «cue … أن/إن» up to its
end is reported speech, «قال X …» without marks or complementizer too; a partial quote inside
a reported clause is annotated as well; «بحسب» makes its clause reported speech; nominal
references and statements are resolved to who speaks («الصحيفة» → the paper named, «البيان» →
its issuer, «بيان للجيش» → the army); a verb with a verbal-noun object and no clause («وأكد
بيان آخر اعتقال …»، «أعلنت مصادر عسكرية مقتل …») is not annotated; «ما أسماه "…"» is the
speaker's partial quote; a title or term in marks (here in two apostrophes) is a name.

Run from the repository root: ``python3 eval/gold/make_quotes_dev4.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import make_quotes_gold as _mg  # noqa: E402  (the shared builder beside this script)

A: list[str] = _mg.A
OUT = HERE / "quotes_dev4.jsonl"
SRC_A = _mg.SRC_A
GOLD = _mg.GoldSet()
item = GOLD.item

# Every ANERcorp sentence this set uses (checked against the other sets, tests and docs).
SENTENCES = [
    *range(3276, 3278),
    *range(3279, 3293),
    *range(3294, 3315),
    3213,
    *range(3215, 3218),
    *range(3220, 3238),
    3427,
    3428,
    *range(3430, 3439),
    *range(3571, 3579),
    3580,
    *range(3583, 3601),
    3933,
    3934,
    3935,
    3936,
    3938,
    3939,
    3940,
    3942,
    *range(3950, 3957),
]


def joined(a: int, b: int) -> str:
    return " ".join(A[a:b])


YED = "يديعوت أحرنوت"

# Each quote: (paragraph, first words, last words, kind, speaker, cue); text = first..last.
item(
    "d4-yedioth-saudi",
    SRC_A.format("3276-3277, 3279-3284"),
    [A[3276], A[3277], *A[3279:3285]],
    [
        (0, "عددا من المسؤولين", "رحب به المسؤولون الأميركيون", "indirect", YED, "ذكرت"),
        (1, "اللقاء جاء في سياق", "وعاهل الأردن عبد الله الثاني", "indirect", YED, "أضافت"),
        (2, "الحلول أحادية الجانب", "التي تمر بها المنطقة", "indirect", "مبارك وعبد الله", "أعلنا"),
        (3, "تصدرت تفاصيل المبادرة", "عن مكان عقدها", "indirect", YED, "بحسب"),
        (4, "ليس لديه معلومات", "عن هذا الاجتماع", "indirect", "متحدث باسم أولمرت", "قال"),
        (4, "علم بالاجتماع", "من تقرير الصحيفة فقط", "indirect", "جدعون عيزرا", "أكد"),
        (5, "ما وصفته بدعم إيران", "تمهيد الطريق للاجتماع", "indirect", YED, "قالت"),
        (6, "حكمته وشعوره", "حكمته وشعوره بالمسؤولية", "partial", "أولمرت", "أشاد"),
    ],
)

item(
    "d4-baquba-raid",
    SRC_A.format("3285-3292"),
    A[3285:3293],
    [
        (0, "قتل ثمانية هم", "بقيادات بتنظيم القاعدة", "indirect", "الجيش الأميركي", "أعلن"),
        (0, "الإرهابيين", "الإرهابيين", "partial", "الجيش الأميركي", "وصفهم"),
        (1, "قواته استعانت", "مع مسلحين بأحد المنازل", "indirect", "الجيش الأميركي", "ذكر"),
        (2, "عندما ازداد حجم", "عمن كانوا بداخلها", "indirect", "فرانك باسكوال", "أوضح"),
        (3, "تم اعتقال اثنين", "للجرحى داخل المنزل", "indirect", "فرانك باسكوال", "قال"),
        (4, "قوات التحالف قصفت", "غرب بعقوبة", "indirect", "مصادر في الشرطة", "ذكرت"),
        (5, "دوريات أميركية راجلة", "بشكل عشوائي", "indirect", "أحد أقرباء العائلة", "أكد"),
        (6, "أفراد الأسرة كانوا", "الكهرباء بشكل متكرر", "indirect", "أنباء", "قالت"),
        (
            7,
            "القوات الأميركية اقتحمت",
            "يعتقد أن القوات الأميركية اعتقلتهم",
            "indirect",
            "أهالي المنطقة",
            "ذكر",
        ),
    ],
)

item(
    "d4-iraq-statements",
    SRC_A.format("3294-3308"),
    A[3294:3309],
    [
        (0, "قوات وزارة الداخلية", "حي الخضراء ببغداد", "indirect", "المكتب الإعلامي", "أكد"),
        (1, "العملية تمت إثر", "من داخل المسجد", "indirect", "المكتب الإعلامي", "ذكر"),
        (1, "العملية أسفرت عن", "ومصادرة كميات من الأسلحة", "indirect", "المكتب الإعلامي", "أضاف"),
        (2, "قتلت سبعة وجرحت", "استهدافهم إحدى الدوريات", "indirect", "القوات العراقية", "أعلنت"),
        (7, "عبوتين ناسفتين انفجرتا", "وإصابة ثلاثة", "indirect", "مصادر أمنية", "أعلنت"),
        (13, "دبابة أميركية", "شمال بغداد", "indirect", "الجيش الإسلامي في العراق", "قال"),
    ],
)

item(
    "d4-yemen-saleh",
    SRC_A.format("3309-3314"),
    A[3309:3315],
    [
        (2, "تجربتنا خاصة", "وليست رسالة إلى أحد", "direct", "علي عبد الله صالح", "قائلا"),
        (2, "سيحارب الفساد", "فرص عمل للعاطلين", "indirect", "علي عبد الله صالح", "مشددا"),
        (4, "النتائج المعلنة حقيقية", "سيتعامل معها", "indirect", "فيصل بن شملان", "قال"),
        (5, "هناك حاجة لتجنب", "بدأت عن مسارها", "indirect", "المعارضة", "جاء في"),
    ],
)

item(
    "d4-nasrallah-alonso",
    SRC_A.format("3213, 3215-3217"),
    [A[3213], *A[3215:3218]],
    [
        (0, "الحزب لم يرد", "من مقام المطارنة", "indirect", "نصر الله", "قال"),
        (1, "يفضل أن تكون", "عن وسائل الإعلام", "indirect", "نصر الله", "قال"),
        (1, "أي صفقة لا يمكن", "اللبناني سمير القنطار", "indirect", "نصر الله", "شدد"),
        (2, "حزبه لم يحسم", "والإعمار ويونيفيل", "indirect", "نصر الله", "كشف"),
        (2, "مراجعة شاملة ستتم", "الحرب الأخيرة من تداعيات", "indirect", "نصر الله", "أكد"),
        (3, "الحزب لن ينسى", "في التعامل مع الآخرين", "indirect", "نصر الله", "شدد"),
        (3, "أكثر سائق يفتقد", "في تاريخ هذه الرياضة", "indirect", "فرناندو ألونسو", "قال"),
    ],
)

item(
    "d4-alonso-penalty",
    SRC_A.format("3220-3223"),
    A[3220:3224],
    [
        (0, "تخطت حد النزاهة", "تخطت حد النزاهة", "partial", "ألونسو", None),
        (1, "ألونسو أعاق", "خلال التجارب التأهيلية", "indirect", "مراقبو السباق", "اعتبر"),
        (2, "التحيز المؤسسي", "التحيز المؤسسي", "partial", "ألونسو", "أسماه"),
        (2, "سباقات الفورمولا تتأثر", "بمصالح تجارية وسياسية", "indirect", "ألونسو", "قال"),
    ],
)

EIA = "إدارة معلومات الطاقة"
item(
    "d4-eia-oil",
    SRC_A.format("3224-3237"),
    [
        joined(3224, 3226),
        joined(3226, 3228),
        A[3228],
        A[3229],
        A[3230],
        A[3231],
        joined(3232, 3234),
        joined(3234, 3236),
        joined(3236, 3238),
    ],
    [
        (1, "عدلت كذلك بالخفض", "7 مليون برميل يوميا", "indirect", "هوارد جرونسبكت", "قال"),
        (3, "بسبب محدودية الزيادات", "ستظل مصدر قلق", "indirect", EIA, "قالت"),
        (5, "خفضت توقعاتها لإنتاج", "وعام 2007 كاملا", "indirect", EIA, "قالت"),
        (6, "من المتوقع أن يبلغ", "عن توقعاتها في أغسطس / آب", "indirect", EIA, "أضافت"),
    ],
)

HAR = "سعد الحريري"
item(
    "d4-hariri-government",
    SRC_A.format("3427-3428, 3430-3437"),
    [A[3427], A[3428], *A[3430:3438]],
    [
        (0, "لبنان يعاني اليوم من كارثة", "على مدى اكثر من شهر", "indirect", HAR, "معتبرا"),
        (1, "من واجبي في هذا اليوم", "الرئيس فؤاد السنيورة", "indirect", HAR, "قال"),
        (1, "أي دعوة لتغييرها", "منا جملة وتفصيلا", "indirect", HAR, "اعتبر"),
        (2, "هي التي توصلت", "المعززة الى لبنان", "indirect", HAR, "قال"),
        (3, "بعد الجريمة التي", "لحكومة السنيورة", "indirect", HAR, "قال"),
        (4, "بعض ما سمعناه", "مع مفاهيم الوحدة الوطنية", "indirect", HAR, "اعتبر"),
        (5, "لبنان يعاني اليوم من محنة", "من محنة كبرى", "indirect", HAR, "قال"),
        (6, "الكارثة التي وسعت", "من القوات والاساطيل", "indirect", HAR, "وصف"),
        (8, "اتفاق الطائف باق", "اتفاق الطائف باق", "indirect", HAR, "قال"),
        (8, "استعدادنا للحوار", "الذي يوفر الاستقرار", "indirect", HAR, "مؤكدا"),
        (9, "لن نعلن الاستسلام", "وعلى السلطة الحالية", "indirect", HAR, "قال"),
    ],
)

IFTA = "هيئة الإفتاء في المغرب"
item(
    "d4-ifta-qaradawi",
    SRC_A.format("3438"),
    [A[3438]],
    [
        (0, "مغرور ومتنطع", "إلى الزعامة العلمية", "indirect", IFTA, "وصف"),
        (0, "هذا المفتي ارتكب", "فادحة عملية وأخلاقية", "indirect", IFTA, "قال"),
        (0, "تعتدي على حقوقهم", "الفتوى المتعلقة ببلدهم", "indirect", IFTA, "معتبرا"),
        (0, "الفتوى أصبح يتولاها", "علمية وشيوخ أعلام", "indirect", IFTA, "قال"),
        (0, "فتوى القرضاوي تعتبر", "أن يفتي فيه المغاربة", "indirect", IFTA, "اعتبر"),
        (0, "هذا المفتي تجاوز", "فادحة علمية وأخلاقية", "indirect", IFTA, "مشيرا"),
        (0, "القرضاوي أساء", "ببلاد المهجر", "indirect", IFTA, "اضاف"),
        (0, "الهيئة العلمية للإفتاء", "إلا عن غافل", "indirect", IFTA, "القول"),
    ],
)

SRCPS = "مصادر أمنية فلسطينية"
item(
    "d4-rafah-nablus",
    SRC_A.format("3571-3578"),
    A[3571:3579],
    [
        (1, "جيش الاحتلال ابلغ", "من عملية القصف", "indirect", SRCPS, "ذكرت"),
        (1, "الطيران الحربي الاسرائيلي استهدف", "الي تدميره بالكامل", "indirect", SRCPS, "اوضحت"),
        (3, "عدة عبوات ناسفة", "من جانب قوات الاحتلال", "indirect", "مصادر فلسطينية", "قالت"),
        (4, "الجيش اعتقل19", "تبادل لاطلاق النار", "indirect", "متحدثة عسكرية اسرائيلية", "أعلنت"),
        (
            5,
            "ثلاثة فلسطينيين اصيبوا",
            "في شمال الضفة الغربية",
            "indirect",
            "متحدثة باسم الجيش",
            "قالت",
        ),
        (7, "المروحيات الاسرائيلية نفذت", "منطقة البقيعة شرق المدينة", "indirect", SRCPS, "قالت"),
        (7, "العمليات التي نفذتها", "والتدريب هناك", "indirect", SRCPS, "اضافت"),
    ],
)

item(
    "d4-darfur-khalifa",
    SRC_A.format("3580, 3583-3587"),
    [A[3580], *A[3583:3588]],
    [
        (0, "القرار جاء نتيجة", "والاتحاد الافريقي", "indirect", "ستيفان دوجاريك", "قال"),
        (1, "السودان يقبل بتسوية", "وخبراء دوليين", "indirect", "مجذوب الخليفة", "أكد"),
        (2, "هذه الفكرة تم طرحها", "بنيويورك الاسبوع الماضي", "indirect", "مجذوب الخليفة", "أشار"),
        (4, "تقرر دمج خمسة آلاف", "بنهاية العام الحالي", "indirect", "عثمان محمد الأغبش", "صرح"),
    ],
)

SHA = "سلفان شالوم"
item(
    "d4-shalom-likud",
    SRC_A.format("3588-3593"),
    [joined(3588, 3591), *A[3591:3594]],
    [
        (1, "حزب الليكود يتوقع", "أشهر من توليها الحكم", "indirect", SHA, "قال"),
        (2, "الجمهور الاسرائيلي فقد", "حول الحرب علي لبنان", "indirect", SHA, "اضاف"),
        (3, "الليكود قرر الا يقول", "لا لكل شيء", "indirect", SHA, "قال"),
    ],
)

YED2 = "يديعوت أحرونوت"
FISH = "أليكس فيشمان"
item(
    "d4-yedioth-gaza",
    SRC_A.format("3594-3600"),
    [joined(3594, 3597), *A[3597:3601]],
    [
        (0, "قطاع غزة علي وشك", "خلال عدة أشهر", "indirect", YED2, "زعمت"),
        (1, "حركة حماس تستعد", "وصواريخ عمق متطورة", "indirect", YED2, "ادعت"),
        (2, "قطاع غزة علي وشك", "مواجهة إضافية مع إسرائيل", "indirect", FISH, "قال"),
        (
            3,
            "سيندلع انفجار حربي",
            "خلال عدة أشهر",
            "indirect",
            "مصادر استخباراتية إسرائيلية مطلعة",
            "قولها",
        ),
        (4, "من خلف السكون", "المقبلة مع إسرائيل", "direct", FISH, "أضاف"),
    ],
    names=["سباق التسلح لدي حماس"],
)

ATI = "عبدالله بن خليفة العطية"
FAR = "حسين الفردان"
item(
    "d4-qatar-bank",
    SRC_A.format("3933-3956 without 3937, 3941, 3943-3949"),
    [
        A[3933],
        joined(3934, 3936),
        A[3936],
        A[3938],
        joined(3939, 3941),
        A[3942],
        A[3950],
        A[3951],
        joined(3952, 3954),
        joined(3954, 3956),
        A[3956],
    ],
    [
        (1, "ازدهار الاقتصاد القطري", "أكثر من ثلاثين عاماً", "indirect", ATI, "أكد"),
        (3, "البنك التجاري الذي", "لدخول الأسواق المالية الدولية", "indirect", ATI, "قال"),
        (5, "تأسيس برنامج أوراق", "المعتادة من البنوك", "indirect", ATI, "أضاف"),
        (6, "مرحلة مهمة في تاريخ البنك", "دين أوروبية متوسطة الأجل", "indirect", ATI, "أكد"),
        (6, "نتوقع بأن يكون", "بهدف تحقيق النمو", "indirect", ATI, "قال"),
        (7, "قانون الشركات التجارية", "الأوضاع السائدة في السوق", "indirect", FAR, "قال"),
        (8, "برنامج أوراق الدين", "5 مليار دولار أمريكي", "indirect", FAR, "أشار"),
        (9, "من خلال ادراج", "للاستثمار في هذا البرنامج", "indirect", FAR, "قال"),
        (10, "من الجدير بالذكر", "أرباح أسهم البنك التجاري", "indirect", FAR, "أشار"),
    ],
)


if __name__ == "__main__":
    GOLD.write(OUT)

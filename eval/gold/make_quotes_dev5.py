"""Rebuild eval/gold/quotes_dev5.jsonl: a fifth blind development set (quotes8 work, issue 5).

Why. The quotes rules were tuned on dev, test, dev2, dev3 and dev4 (dev4 was read after its
blind score), and the held-out set has been scored eight times. dev5 is a fresh set on which
the current rules are measured once, honestly, before anyone reads its errors.

Provenance. Annotated by hand on 2026-11-29 from the text alone, BEFORE the system was run on
these texts (neither the quotes step, the entities step, ``khabar quotes``, ``khabar parse
--enrich`` nor ``eval/quotes.py`` saw them before the annotations were committed); the first
score is kept in ``quotes_dev5_first_run.txt`` (totals only). Real news text from
../shared/data that no other gold set (dev, test, held-out, dev2, dev3, dev4, times, the
search relevance set), test file, doc, eval or bench script or lexicon uses: every sentence
below was checked by text, whitespace removed: no 22-character window of it occurs in any of
them, and none of ANERcorp sentences 1089, 2289, 2502, 2658, 2940, 3084, 3222, 3283, 3324,
3828 (used by tests) is taken. ANERcorp (train part, CAMeL Lab split), detokenised as in
``make_quotes_gold.py``, 31 documents in 21 items:

- 2478-2484, 2486-2487 (floods in Sudan; 2485 is used elsewhere, 2477 is a merged sentence
  whose first half is a UN article), 2488-2499 (Somalia; the same Al Jazeera report goes on
  in 2500-2503, which dev3 uses), 2617-2627 (UNIFIL troops, Assad; 2628 is used), 2705-2723,
  2725-2729 (Chavez in Damascus; 2724 is used), 2954-2959, 2962-2964, 2966-2968 (Ahmadinejad;
  2950-2953, 2960-2961 and 2965 are used or hold the closing mark of a used sentence's
  quote), 2979-2986, 2996-3011 (Tim Sebastian on the Doha leadership conference; dev3 uses
  2987-2995 of the same report; 3012 runs into an interview headline and is left out),
  3038-3048, 3050-3058 (11 September 2001; 3049 is used; the test set starts at 3059),
  3332, 3334-3340 (Van Nistelrooy, the Mona Lisa; 3333 is used), 3344-3357 (flex-fuel cars),
  3372-3386 (Nokia, Microsoft), 3387-3414 (the euro, OPEC), 3477, 3479-3481 (Iran's
  enrichment; 3475-3476 and 3478 are used), 3483-3487, 3489-3497 (Iraqi tribes, Kurdistan,
  the World Economic Forum; 3482 and 3488 are used), 3498, 3500-3503, 3505 (Putin and the
  oil licences; 3499 and 3504 are used), 3532-3533, 3536-3540 (the Clintons; 3534-3535 are
  used), 3550, 3552-3553 (the Francophonie summit; 3548-3549 speak for a president named only
  in the used 3547, 3551 is used), 3555-3556, 3558-3560, 3562-3566, 3568, 3570 (Merkel,
  North Korea, Ghazi Hamad; 3557, 3561, 3567, 3569 are used), 3815-3818, 3820-3827 (The
  Times on Ban Ki-moon, Bowen's report; 3814 and 3819 are used), 3848-3863, 3864-3877 (NATO
  in Afghanistan, Baghdad), 3878, 3880-3884, 3886-3888 (Rice and Sudan; 3879 and 3885 are
  used), 3903-3905, 3907-3908 (Arsenal; 3906 is used).
- Sentences that ANERcorp cut inside one quotation or one number are joined back into one
  paragraph with a space (2706-2711, 2712-2715, 2716-2718, 2719-2721, 2722-2723, 2956-2957,
  2963-2964, 2966-2968, 2983-2984, 2985-2986, 2996-3001, 3005-3006, 3007-3011, 3339-3340,
  3536-3540, 3044-3046, 3405-3406, 3820-3821).
- Left out because ``eval/quotes.py`` places a gold quote at the first occurrence of its text
  in the paragraph: the partial quote «هذه المدينة الحزينة» at the end of 3553, whose words
  occur earlier inside the direct quote of the same sentence.

Guidelines are those of docs/quotes.md ("Annotation guidelines") and the conventions of
``make_quotes_dev2.py`` to ``make_quotes_dev4.py``: the clause after «cue … أن/إن» up to its
end is reported speech (a clause coordinated with «وأن/وإن» under the same cue stays in the
same quote), «قال X …» or «قال X: …» without marks or complementizer too; a clause after the
complementizer that is wholly in marks is one direct quote, a partial quote inside a reported
clause is annotated as well; «بحسب / حسب» make their clause reported speech; «حذر من أن»
and «توقع أن» report a clause; nominal references and statements are resolved to who speaks
(«المتحدث باسم المجلس» → the spokesman named before, «بيان لرئاسة الوزراء» → the premiership,
«تقرير» → its author, a later name for an earlier title is used); a speaker named nowhere in
the excerpt is given as written («الرئيس الفرنسي»); a verb with a verbal-noun object and no
clause («أكد شهود عيان وجود قوات»، «أعلن الجيش مقتل …»، «دعا … إلى …») is not annotated;
reported speech nested inside a direct quote or inside another reported clause is not
annotated separately (a UN report's «قال ان» inside Sebastian's quote, «توقع أن» inside what
Bild says); interview answers without a cue are not quotes; a title or a name in marks is a
name. A quote continued in a sentence that is left out ends where its paragraph ends.

Run from the repository root: ``python3 eval/gold/make_quotes_dev5.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import make_quotes_gold as _mg  # noqa: E402  (the shared builder beside this script)

A: list[str] = _mg.A
OUT = HERE / "quotes_dev5.jsonl"
SRC_A = _mg.SRC_A
GOLD = _mg.GoldSet()
item = GOLD.item

# Every ANERcorp sentence this set uses (checked against the other sets, tests and docs).
SENTENCES = [
    *range(2478, 2485),
    2486,
    2487,
    *range(2488, 2500),
    *range(2617, 2628),
    *range(2705, 2724),
    *range(2725, 2730),
    *range(2954, 2960),
    *range(2962, 2965),
    *range(2966, 2969),
    *range(2979, 2987),
    *range(2996, 3012),
    *range(3038, 3049),
    *range(3050, 3059),
    3332,
    *range(3334, 3341),
    *range(3344, 3358),
    *range(3372, 3387),
    *range(3387, 3415),
    3477,
    *range(3479, 3482),
    *range(3483, 3488),
    *range(3489, 3498),
    3498,
    *range(3500, 3504),
    3505,
    3532,
    3533,
    *range(3536, 3541),
    3550,
    3552,
    3553,
    3555,
    3556,
    *range(3558, 3561),
    *range(3562, 3567),
    3568,
    3570,
    *range(3815, 3819),
    *range(3820, 3828),
    *range(3848, 3878),
    3878,
    *range(3880, 3885),
    *range(3886, 3889),
    *range(3903, 3906),
    3907,
    3908,
]


def joined(a: int, b: int) -> str:
    return " ".join(A[a:b])


# Each quote: (paragraph, first words, last words, kind, speaker, cue); text = first..last.
WADIA = "عوض وديعة الله"
item(
    "d5-sudan-floods",
    SRC_A.format("2478-2484, 2486-2487"),
    [*A[2478:2485], A[2486], A[2487]],
    [
        (0, "منسوب نهر بركة", "المحصول الزراعي السنوي", "indirect", "مراسل الجزيرة", "ذكر"),
        (1, "فيضان طوكر أدى", "لم يطال المدينة ذاتها", "indirect", WADIA, "قال"),
        (2, "حجم الأضرار الناجمة", "أكبر من إمكاناتها", "indirect", "السلطات السودانية", "أشارت"),
        (5, "فيضان سنار حصل", "والدمازين والخرطوم", "indirect", WADIA, "قال"),
    ],
)

SHARIF = "شيخ شريف شيخ أحمد"
MAHMUD = "محمد محمود"
SALAD = "أبو القاسم عبدي صلاد حسن"
item(
    "d5-somalia",
    SRC_A.format("2488-2499"),
    A[2488:2500],
    [
        (
            0,
            "احتل مسلحون صوماليون",
            "من المنطقة دون مواجهات",
            "indirect",
            "إسلاميين وشهود عيان",
            "بحسب",
        ),
        (1, "مسلحين موالين لزعيم", "الحكم الذاتي بونتلاند", "indirect", MAHMUD, "قال"),
        (2, "قوات المحاكم سترد", "التي تسيطر عليها المحاكم", "indirect", SHARIF, "قال"),
        (3, "توغل قوات إثيوبية", "لا نستطيع السكوت عنه", "indirect", SHARIF, "أضاف"),
        (3, "وهو أمر لا نستطيع", "لا نستطيع السكوت عنه", "partial", SHARIF, "أضاف"),
        (4, "قوات المحاكم ستهاجم", "محافظة مدن وسط الصومال", "indirect", MAHMUD, "قال"),
        (5, "حوالي 300 عسكري", "قدموا الأحد إليها", "indirect", "سكان بيداوا", "ذكر"),
        (8, "الشعب الإثيوبي شعب طيب", "أرسلت قواتها إلى الصومال", "indirect", SALAD, "قوله"),
        (10, "هم الإرهابيون", "بالتجائهم إلى إثيوبيا", "indirect", SALAD, "واصفا"),
        (11, "لا يوجد عداء", "ضد واشنطن في الصومال", "indirect", SALAD, "قال"),
    ],
)

ASAD = "بشار الأسد"
DALEMA = "ماسيمو داليما"
item(
    "d5-unifil-assad",
    SRC_A.format("2617-2627"),
    A[2617:2628],
    [
        (1, "بلاده تعتزم المشاركة", "أن تحترم إسرائيل الهدنة", "indirect", DALEMA, "أعلن"),
        (2, "يمثل هذا العدد", "إلى 15 ألفا", "indirect", DALEMA, "توقع"),
        (6, "سيسمح لجنود يونيفيل", "للتدخل في مهماتهم", "indirect", "الأمم المتحدة", "كشفت"),
        (7, "نشر قوات دولية على الحدود", 'حالة عداء" بين البلدين', "indirect", ASAD, "حذر"),
        (7, "يخلق حالة عداء", "يخلق حالة عداء", "partial", ASAD, "حذر"),
        (7, 'يمثل "سحبا', 'للسيادة اللبنانية"', "indirect", ASAD, "قائلا"),
        (7, "سحبا للسيادة اللبنانية", "سحبا للسيادة اللبنانية", "partial", ASAD, "قائلا"),
        (10, "رفض الرئيس السوري", "قبل انسحاب إسرائيل منها", "indirect", "القناة", "بحسب"),
    ],
)

CHAVEZ = "شافيز"
ASAD2 = "بشار الاسد"
item(
    "d5-chavez-damascus",
    SRC_A.format("2705-2723, 2725-2729"),
    [
        A[2705],
        joined(2706, 2712),
        joined(2712, 2716),
        joined(2716, 2719),
        joined(2719, 2722),
        joined(2722, 2724),
        *A[2725:2730],
    ],
    [
        (1, "هناك افاق جديدة", "بين فنزويلا وبين سورية كثيرة", "indirect", CHAVEZ, "قال"),
        (1, "أريد ان انوه", "تخفق قلوبهم بالحب في فنزويلا", "direct", CHAVEZ, "قال"),
        (2, "لدينا نفس الرؤية", "كما انتم واثقون هنا", "direct", CHAVEZ, "اضاف"),
        (3, "نحن نستقبل الان", "من فنزويلا في السنوات السابقة", "direct", ASAD2, "قال"),
        (4, "الافاق مفتوحة قبل", "من اصول عربية وسورية", "indirect", ASAD2, "اضاف"),
        (5, "ان ما سنقوم به", "الوضع مع فنزويلا وسورية", "direct", ASAD2, "تابع"),
        (6, "هذه الزيارة تهدف", "لسوريا وموقفها العادل", "indirect", "نادر الأنداري", "قال"),
        (9, "لكل بلد الحق", "كما يرغب مع أي بلد آخر", "indirect", "توم كايسي", "اعتبر"),
    ],
)

NEJAD = "أحمدي نجاد"
item(
    "d5-ahmadinejad-debate",
    SRC_A.format("2954-2959, 2962-2964, 2966-2968"),
    [
        A[2954],
        A[2955],
        joined(2956, 2958),
        A[2958],
        A[2959],
        A[2962],
        joined(2963, 2965),
        joined(2966, 2969),
    ],
    [
        (0, '"من غير المرجح" أن', "بسبب برنامجها النووي", "indirect", NEJAD, "أضاف"),
        (0, "من غير المرجح", "من غير المرجح", "partial", NEJAD, "أضاف"),
        (1, "لقد قلنا كل شيء", "مجلس الأمن قد انتهى", "direct", NEJAD, "أوضح"),
        (2, "أعتقد أن الفرصة", "وآمل أن يكونوا كذلك", "direct", NEJAD, "تابع"),
        (3, "الأمة الإيرانية لن تخضع", "للتهديد والترهيب", "indirect", NEJAD, "قال"),
        (3, "إيران ستتخذ الإجراءات", "القوى الكبرى بمجلس الأمن", "indirect", NEJAD, "منبها"),
        (5, "المناظرة يجب أن تكون", 'بالنسبة للشعب الأمريكي"', "indirect", NEJAD, "قال"),
        (5, "غير خاضعة للرقابة،", "بالنسبة للشعب الأمريكي", "partial", NEJAD, "قال"),
        (6, "الحديث عن مناظرة", "لإنتاج أسلحة نووية.", "direct", "دانا برينو", "قالت"),
        (7, "نعتقد أن الامتيازات", "كل الاضطرابات في العالم.", "direct", NEJAD, "قال"),
        (7, "ألم يحن الوقت", "وتساوي الدول في الحقوق.", "direct", NEJAD, "أضاف"),
        (7, "إيران وألمانيا ضحيتان", "في الحرب العالمية الثانية", "indirect", NEJAD, "أشار"),
        (7, "لطغيان", "لطغيان", "partial", NEJAD, "أشار"),
        (7, "قد يتخذ قرار بفرض", "خارج إطار مجلس الأمن", "indirect", "واشنطن", "حذرت"),
    ],
)

TIM = "تيم سيباستيان"
item(
    "d5-sebastian-doha",
    SRC_A.format("2979-2986, 2996-3011"),
    [
        *A[2979:2983],
        joined(2983, 2985),
        joined(2985, 2987),
        joined(2996, 3002),
        *A[3002:3005],
        joined(3005, 3007),
        joined(3007, 3012),
    ],
    [
        (4, "تُظهر قطر بشكل", "في كافة أنحاء المنطقة", "direct", TIM, "القول"),
        (5, "وفي الوقت ذاته", "بشكل فعال في التقدم", "direct", TIM, "أضاف"),
        (6, "هناك العديد من التحديات", "بالركب في المستقبل؟)", "direct", TIM, "يقول"),
        (6, "لا نريد من الوفود", "واستراتيجيات يستطيعون تطبيقها", "direct", TIM, "أضاف"),
        (10, "إن شركاتFortune 500", "أو بالسرعة اللازمة", "direct", TIM, "القول"),
        (11, "ولكن الفشل بحد ذاته", "لبيئات الأعمال الدائمة التغير.", "direct", TIM, "يضيف"),
    ],
    names=["القيادة"],
)

BUSH = "جورج بوش"
item(
    "d5-september-11",
    SRC_A.format("3038-3048, 3050-3058"),
    [*A[3038:3044], joined(3044, 3047), A[3047], A[3048], *A[3050:3059]],
    [
        (1, "الخاطفون استخدموا", "السكاكين والمشارط", "indirect", "مضيفة", "تحدثت"),
        (4, "مأساة قومية لأميركا", "مأساة قومية لأميركا", "indirect", BUSH, "قال"),
        (4, "اصطدام الطائرتين", "عمل ارهابي", "indirect", BUSH, "اعلن"),
        (6, "لقد تحدثت الى نائب", "الذين ارتكبوا ذلك العمل", "indirect", BUSH, "قال"),
        (7, "الارهاب ضد بلدنا", "على الوقوف أمامنا", "indirect", BUSH, "قائلا"),
        (
            10,
            "تكون الولايات المتحدة شنت",
            "هجمات ضد افغانستان",
            "indirect",
            "دونالد رامسفيلد",
            "نفى",
        ),
        (10, "ذلك ليس الوقت المناسب", "ليس الوقت المناسب", "indirect", "دونالد رامسفيلد", "قائلا"),
        (13, "الاعتداء نفذ بواسطة", "بواسطة متطرفين", "indirect", "هنري شيلتون", "قال"),
        (13, "القوات المسلحة الاميركية", "جاهزة للرد", "indirect", "هنري شيلتون", "أكد"),
        (
            16,
            "بلغ عدد القتلى",
            "اكثر من 10 الاف شخص",
            "indirect",
            "السلطات الامنية في نيويورك",
            "حسب",
        ),
    ],
    names=["الشرق الأوسط", "اف. بي. آي"],
)

NIST = "رود فان نيستلروي"
MOUTIN = "برونو موتان"
item(
    "d5-nistelrooy-monalisa",
    SRC_A.format("3332, 3334-3340"),
    [A[3332], *A[3334:3339], joined(3339, 3341)],
    [
        (0, "يعتمد معايير أخرى", "في انتقاء تشكيلة الفريق", "indirect", NIST, "قال"),
        (1, "فان باستن لا يعتمد", "استدعاؤه للمنتخب مجددا", "indirect", NIST, "قال"),
        (2, "بوضوح أكثر", "رؤيتها ضمن التشكيلة", "direct", NIST, "قائلا"),
        (3, "الأفضل", "الأفضل", "partial", "ماركو فان باستن", "حسب رأيه"),
        (
            4,
            "الابتسامة الغامضة",
            "رزقت بطفل لتوها",
            "indirect",
            "المجلس الوطني للأبحاث",
            "أفادت",
        ),
        (5, "الدراسة التي اعتمدت", "وضعن طفلا للتو", "indirect", MOUTIN, "قال"),
        (6, "هذه اللوحة رسمت", "وهي تبتسم بفخر!", "direct", MOUTIN, "القول"),
    ],
)

APEX = "هيئة تنمية الصادرات البرازيلية"
item(
    "d5-flex-fuel",
    SRC_A.format("3344-3357"),
    A[3344:3358],
    [
        (5, "نحو 80% من السيارات", "من سيارات الوقود المرن", "indirect", APEX, "ذكرت"),
        (5, "هذا الاتجاه آخذ", "آخذ في التزايد", "indirect", APEX, "مشيرة"),
        (7, "من المزمع بناء", "تسعة مليارات دولار", "indirect", APEX, "ذكرت"),
        (
            10,
            "تصل نسبة سيارات",
            "بحلول نهاية العام الجاري",
            "indirect",
            "منظمة جرين موتوريست",
            "تتوقع",
        ),
        (12, "الوقود إي 5", "خلطه بالبنزين التقليدي", "indirect", "كلاوس بيكارد", "قال"),
        (
            13,
            "إنتاج الوقود الحيوي",
            "والإنتاج الزراعي والغذائي",
            "indirect",
            "صندوق الطبيعة العالمي",
            "حذر",
        ),
    ],
    names=["سي - ماكس", "ساب 9 - 5"],
)

NOKIA_HEAD = "رئيس وحدة الوسائط المتعددة بنوكيا"
item(
    "d5-nokia-microsoft",
    SRC_A.format("3372-3386"),
    A[3372:3387],
    [
        (0, "أبرمت اتفاقا لإدماج", "المعلومات بصورة أكثر فعالية", "indirect", "نوكيا", "أعلنت"),
        (3, "الشركة تسعى لتوفير", "والحواسيب المكتبية الشائعة", "indirect", NOKIA_HEAD, "ذكر"),
        (3, "مزيدا من الاتفاقات", "عنها خلال الشهر القادم", "indirect", NOKIA_HEAD, "مشيرا"),
        (9, "خطيرة", "خطيرة", "partial", "مايكروسوفت", None),
        (9, "مهاجمين قد يستغلونها", "يستخدمها آخرون", "indirect", "مايكروسوفت", "قائلة"),
        (11, 'علمت بـ"هجوم', 'باستغلال الثغرة"', "indirect", "مايكروسوفت", "أعلنت"),
        (11, "هجوم عام باستغلال", "باستغلال الثغرة", "partial", "مايكروسوفت", "أعلنت"),
        (11, "التأثير على الزبائن", 'الزبائن "محدود"', "indirect", "مايكروسوفت", "قالت"),
        (11, "محدود", "محدود", "partial", "مايكروسوفت", "قالت"),
    ],
    names=["إنكارتا", "إنفورميشن ويك", "ياهو", "إل جي", "سوني إركسون", "إنترنت إكسبلورر"],
)

OPEC_SPOKESMAN = "متحدث باسم منظمة الدول المصدرة للنفط"
item(
    "d5-euro-opec",
    SRC_A.format("3387-3414"),
    [*A[3387:3405], joined(3405, 3407), *A[3407:3415]],
    [
        (
            8,
            "أسعار الفائدة قصيرة",
            "مفيدة للنمو الاقتصادي",
            "indirect",
            "اركي لبكانين",
            "صرح",
        ),
        (16, "المنظمة تراقب الوضع", "للدعوة الي اجتماع عاجل", "indirect", "مصادر في اوبك", "قالت"),
        (17, "يفسر البعض اللهجة", "سيدفع المجموعة للتحرك", "indirect", "اندرو هارينجتون", "قال"),
        (24, "اوبك لا تعتزم", "في الاونة الاخيرة", "indirect", OPEC_SPOKESMAN, "اعلن"),
        (24, "اجتماع طاريء", "اجتماع طاريء", "partial", OPEC_SPOKESMAN, "اعلن"),
        (25, "ان رئيس اوبك", "قبل اجتماع ابوجا", "direct", OPEC_SPOKESMAN, "قال"),
    ],
)

MCCORMACK = "شون مكورماك"
item(
    "d5-iran-suspension",
    SRC_A.format("3477, 3479-3481"),
    [A[3477], *A[3479:3482]],
    [
        (0, "المفاوضات ستستأنف", "قبلت إيران تعليق التخصيب", "indirect", "رايس", "قالت"),
        (0, "التوصل إليه قد يحتاج", "بادرة حل دبلوماسي", "indirect", MCCORMACK, "قال"),
        (1, "يقولون لنا أن نعلق", "التنازل عن حق الأمة", "direct", "نجاد", "أضاف"),
        (
            2,
            "إيران مستعدة للموافقة",
            "المفاوضات القادمة مع القوى الغربية",
            "indirect",
            "مسؤولين أميركيين",
            "ذكروا",
        ),
        (3, "إنذارات نهائية", "إنذارات نهائية", "partial", "موسكو", None),
        (3, "تقود حسب وزير", 'أصلا من زعزعة خطيرة"', "indirect", "سيرغي لافروف", "حسب"),
        (3, "طريق مسدود", "أصلا من زعزعة خطيرة", "partial", "سيرغي لافروف", "حسب"),
    ],
    names=["واشنطن تايمز"],
)

BARZANI = "نتشيرفان البارزاني"
WEF = "المنتدى الاقتصادي العالمي"
item(
    "d5-iraq-kurdistan-wef",
    SRC_A.format("3483-3487, 3489-3497"),
    [*A[3483:3488], *A[3489:3498]],
    [
        (0, "الصراع معه بات مفتوحا", "بات مفتوحا", "indirect", "أحمد ناجي جبارة الجبوري", "قال"),
        (1, "هناك تفكيرا في تشكيل", "أحد معاقل المسلحين", "indirect", "رئاسة الوزراء", "قال"),
        (4, "الأكراد اختاروا طوعا", "الاتحاد مع العراق", "indirect", BARZANI, "قال"),
        (6, "من الأفضل للشهرستاني", "بدل تدمير إنجازات الأكراد", "direct", BARZANI, "أضاف"),
        (8, "مكاسب ارتفاع أسعار", "التنافسية العالمية للعام الحالي", "indirect", WEF, "قال"),
        (9, "زيادة الاستثمار في رأس", "من حيث قدراتها التنافسية", "indirect", WEF, "اعتبر"),
    ],
    names=["قطاع النفط الكردستاني"],
)

item(
    "d5-putin-licences",
    SRC_A.format("3498, 3500-3503, 3505"),
    [A[3498], *A[3500:3504], A[3505]],
    [
        (1, "يعتمد على وزارة", "اتفاقيات التراخيص الممنوحة لها", "indirect", "بوتين", "قال"),
        (4, "يتم مراقبة الآبار", "تي إن كي بي بي", "indirect", "يوري تروتنيف", "قال"),
        (
            5,
            "روسيا تسعى لاستخدام",
            "مواردها الطبيعية بشكل أفضل",
            "indirect",
            "مراسل الجزيرة",
            "قال",
        ),
        (5, "يلي هذه التصريحات", "مع الشركات لاحقا", "indirect", "مراسل الجزيرة", "توقع"),
    ],
)

item(
    "d5-clintons",
    SRC_A.format("3532-3533, 3536-3540"),
    [A[3532], A[3533], joined(3536, 3541)],
    [
        (0, "زوجها لو كان مكان", "افضل بكثير في هذا المجال", "indirect", "هيلاري كلينتون", "اكدت"),
        (1, "انا متاكدة انه", "وفريقه للأمن القومي", "direct", "هيلاري كلينتون", "قالت"),
        (2, "انا لم الق القبض", "الا انهم لم يفعلوا", "direct", "بيل كلينتون", "قال"),
    ],
    names=["بن لادن مصمم على مهاجمة الداخل الأمريكي"],
)

FR = "الرئيس الفرنسي"
item(
    "d5-francophonie",
    SRC_A.format("3550, 3552-3553"),
    [A[3550], A[3552], A[3553]],
    [
        (0, "يعود للدولة المضيفة", "توجيه الدعوات الى القمة", "direct", "هاربر", "اشار"),
        (1, "في عالم متوتر", "التي استقبلتنا قبل أربعة أعوام", "direct", FR, "قال"),
        (2, "الجمعية الدولية للمدن", "على استعادة بريقها وسحرها", "direct", FR, "اضاف"),
    ],
)

SHO = "شو سو هون"
item(
    "d5-merkel-korea-gaza",
    SRC_A.format("3555-3556, 3558-3560, 3562-3566, 3568, 3570"),
    [A[3555], A[3556], *A[3558:3561], *A[3562:3567], A[3568], A[3570]],
    [
        (1, "الرقابة الذاتية غير", "ثقافات خالية من العنف", "indirect", "انجيلا ميركل", "قالت"),
        (4, "يجب الا تتصرف", "كولي أمر العالم", "indirect", "كوريا الشمالية", "قائلة"),
        (5, "العقوبات الاقتصادية الامريكية", "حول الملف النووي", "indirect", SHO, "اكد"),
        (5, "العقوبات اثبتت", "لاتستحق المواصلة", "indirect", SHO, "قائلا"),
        (6, "من غير المعقول", "تخليها عن برنامجها النووي", "indirect", SHO, "اضاف"),
        (7, "البرنامج النووي لبلاده", "تأمين الحماية الذاتية", "indirect", SHO, "قال"),
        (10, "حماس ستقبل بالاعتراف", "الاعتراف بدولة اسرائيل", "indirect", "غازي حمد", "قوله"),
        (11, "الفتاة اسستشهدت", "بجروح متفاوتة", "indirect", "علي موسي", "أكد"),
        (11, "جثمان الشهيدة", "القصف الجوي الاسرائيلي", "indirect", "علي موسي", "مشيرا"),
    ],
)

TIMES = "تايمز"
BOWEN = "إستوارت بوين"
item(
    "d5-times-ban-bowen",
    SRC_A.format("3815-3818, 3820-3827"),
    [*A[3815:3819], joined(3820, 3822), *A[3822:3828]],
    [
        (
            0,
            "أجرت تحقيقا في هذه",
            "الأمين العام الحالي للأمم المتحدة كوفي أنان",
            "indirect",
            TIMES,
            "ذكرت",
        ),
        (1, "جهود مون تلقت", "عليه في المرات السابقة", "indirect", TIMES, "لاحظت"),
        (2, "بريطانيا وفرنسا لا", "لشغل هذا المنصب", "indirect", TIMES, "أضافت"),
        (
            2,
            "المتوقع على نطاق",
            "والعالم العربي وأميركا الجنوبية وأوروبا",
            "indirect",
            TIMES,
            "مشيرة",
        ),
        (3, "بان جاب دول العالم", "100 مليون دولار بحلول 2008", "indirect", TIMES, "قالت"),
        (5, "هذا هو الذي جعل", "تأييده للمرشح الكوري الجنوبي", "indirect", TIMES, "أكدت"),
        (8, "العراق خسر 16 مليار", "إمدادات كافية من الكهرباء", "indirect", BOWEN, "أظهر"),
        (9, "تلك الخسائر جاءت", "التي تتعرض لها المنشآت النفطية", "indirect", BOWEN, "أوضح"),
        (10, "على الرغم من امتلاك", "النفط المكررة لمواطنيه", "indirect", BOWEN, "قال"),
    ],
)

CHIARELLI = "بيتر كيارللي"
item(
    "d5-nato-baghdad",
    SRC_A.format("3848-3877"),
    A[3848:3878],
    [
        (
            10,
            "يستغرق نقل الجزء",
            "إلى سيطرة الحلف بضعة أسابيع",
            "indirect",
            "مصادر الناتو",
            "توقعت",
        ),
        (
            11,
            "السفير الألماني بأفغانستان",
            "في غضون عام أو عامين",
            "indirect",
            "صحيفة بيلد",
            "قالت",
        ),
        (
            12,
            "الوضع الأمني بأفغانستان",
            "في السيطرة على جنوب أفغانستان",
            "indirect",
            "هانز أوليش سيدت",
            "نسبت",
        ),
        (15, "هناك زيادة بالأنشطة", "ولايتي خوست وبكتيكا", "indirect", "جون باراديس", "قال"),
        (27, "لا يمكن أن تكون هناك", "تنافس القوى الأمنية العراقية", "indirect", CHIARELLI, "قال"),
        (28, "علينا أيضا أن نثق", "متى يحين موعد القيام بذلك", "direct", CHIARELLI, "أضاف"),
    ],
)

NAFIE = "عثمان نافع"
RICE = "رايس"
item(
    "d5-rice-sudan",
    SRC_A.format("3878, 3880-3884, 3886-3888"),
    [A[3878], *A[3880:3885], *A[3886:3889]],
    [
        (2, 'هذه التهديدات "لن', "والمعلن في هذا الأمر", "indirect", NAFIE, "تأكيد"),
        (2, "لن تخيفنا ولن ترهبنا", "لن تخيفنا ولن ترهبنا", "partial", NAFIE, "تأكيد"),
        (2, "الحكومة السودانية ترى", "بمراقبة تنفيذ الاتفاق", "indirect", NAFIE, "مشيرا"),
        (3, "إذا اختار البشير", 'فينا "شريكا متفانيا"', "indirect", RICE, None),
        (3, "شريكا متفانيا", "شريكا متفانيا", "partial", RICE, None),
        (4, "عواقب وخيمة", "عواقب وخيمة", "partial", RICE, "حذرت"),
        (4, "فورا ودون شروط", "فورا ودون شروط", "partial", RICE, "دعتها"),
        (5, "إذا اختار الرئيس السوداني", '"شريكا متفانيا"', "indirect", RICE, "أشارت"),
        (5, "شريكا متفانيا", "شريكا متفانيا", "partial", RICE, "أشارت"),
        (7, "أي اتفاق بشأن", "تحفظات الخرطوم", "indirect", "أحمد أبو الغيط", "قال"),
    ],
)

DEIN = "ديفد دين"
item(
    "d5-arsenal-wenger",
    SRC_A.format("3903-3905, 3907-3908"),
    [*A[3903:3906], A[3907], A[3908]],
    [
        (1, "النادي يريد الاحتفاظ", "إذا أراد التوقف عن التدريب", "indirect", DEIN, "أكد"),
        (2, "إذا أراد أن يعتزل", "وعلمه وحكمته", "indirect", DEIN, "صرح"),
        (3, "الفضل في إنشاء", "يرجع إلى فينغر", "indirect", DEIN, "أشار"),
        (3, "من دون النجاحات", "مع أي ناد آخر في العالم", "indirect", DEIN, "مشيرا"),
    ],
)


if __name__ == "__main__":
    GOLD.write(OUT)

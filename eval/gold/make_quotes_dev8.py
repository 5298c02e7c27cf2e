"""Rebuild eval/gold/quotes_dev8.jsonl: an eighth blind development set (issue 5).

DOCSTRING-PLACEHOLDER

Run from the repository root: ``python3 eval/gold/make_quotes_dev8.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import make_quotes_gold as _mg  # noqa: E402  (the shared builder beside this script)

A: list[str] = _mg.A
OUT = HERE / "quotes_dev8.jsonl"
SRC_A = _mg.SRC_A
GOLD = _mg.GoldSet()
item = GOLD.item

joined = _mg.joined


# Every ANERcorp sentence this set uses (checked against the other sets, tests and docs).
SENTENCES = [
    *range(402, 414),
    416,
    *range(417, 424),
    *range(458, 464),
    *range(464, 468),
    *range(468, 472),
    *range(594, 597),
    597,
    *range(599, 603),
    *range(607, 612),
    666,
    *range(668, 674),
    *range(681, 687),
    688,
    689,
    *range(691, 695),
    *range(709, 721),
    *range(721, 740),
    # SENTENCES-PLACEHOLDER
]


# The search relevance set (eval/gold/search/anercorp_docs.jsonl) holds nearly all of ANERcorp
# 0-1399: it is a search-ranking gold with no quote annotation, so text shared with it does not
# leak quote tuning, and it is left out of the check (as in make_quotes_dev7.py).
NOT_CHECKED = ("anercorp_docs.jsonl",)


# Each quote: (paragraph, first words, last words, kind, speaker, cue); text = first..last.
RICE = "رايس"
BLAZY = "فيليب دوست بلازي"
item(
    "d8-rice-lebanon-diplomacy",
    SRC_A.format("402-413, 416"),
    [*A[402:414], A[416]],
    [
        (0, "الولايات المتحدة لا تريد", "لما تواجهه الآن", "indirect", RICE, "شددت"),
        (0, "ستسعى لتطبيق وقف", "على كامل أراضيها", "indirect", RICE, "مشيرة"),
        (1, "وقف إطلاق نار بهذا", "بشرق أوسط جديد", "indirect", RICE, "أضافت"),
        (2, "إسرائيل لا تعتزم", "نطاق الصراع في المنطقة", "indirect", RICE, "أعربت عن اعتقادها"),
        (
            7,
            "وزير الخارجية فرانك",
            "وفلسطينيين ومصريين",
            "indirect",
            "وزارة الخارجية الألمانية",
            "أعلنت",
        ),
        (9, "دوامة العنف لا يمكن", "إلى كارثة", "indirect", BLAZY, "حذر"),
        (9, "الوضع تدهور إلى", "حد كبير في لبنان", "indirect", BLAZY, "قال"),
        (10, "هناك حاجة طارئة", "لمساعدة المدنيين", "indirect", BLAZY, "أضاف"),
        (10, "بلاده دعت جميع", "قدر كبير من ضبط النفس", "indirect", BLAZY, "موضحا"),
        (11, "تفويض", "تفويض", "partial", "جاك شيراك", "طلب"),
        (12, "ستساعد في إقامة", "إلى الدول المجاورة", "indirect", "إسرائيل", "أعلنت"),
        (12, "الممر الإنساني سيكون", "إلى ممر الإجلاء", "indirect", "إسرائيل", "مشيرة"),
    ],
)

item(
    "d8-chavez-belarus",
    SRC_A.format("417-423"),
    A[417:424],
    [
        (2, "محادثات شافيز ولوكاشنكو", "وفي حركة عدم الانحياز", "indirect", "منسك", "أوضحت"),
        (4, "هذه أول زيارة", "روسيا البيضاء عام 1991", "indirect", "أندريه بوبوف", "قال"),
    ],
)

ADB = "البنك الافريقي للتنمية"
item(
    "d8-afdb-morocco-loans",
    SRC_A.format("458-463"),
    A[458:464],
    [
        (0, "منح المغرب قرضين", "مشاريع بينة اساسية", "indirect", ADB, "قال"),
        (1, "القرض الاول وقيمته", "لتعزيز البنية الاساسية", "indirect", ADB, "اضاف"),
        (4, "منح أيضا بوركينا", "مشاريع تنمية ريفية", "indirect", ADB, "اشار"),
    ],
)

item(
    "d8-five-party-talks",
    SRC_A.format("464-467"),
    A[464:468],
    [
        (
            0,
            "الصين أبدت معارضتها",
            "رفضت كوريا الشمالية الاجتماع",
            "indirect",
            "وسائل الاعلام اليابانية",
            "قالت",
        ),
        (
            1,
            "لي تشاو شينج وزير",
            "في بكين أمس الاول",
            "indirect",
            "مسؤولين بوزارة الخارجية اليابانية",
            "قولهم",
        ),
        (
            2,
            "واشنطن تفكر في اجراء",
            "طرفا واحدا لا يريد الاجتماع",
            "indirect",
            "كريستوفر هيل",
            "قال",
        ),
    ],
)

item(
    "d8-google-doodles",
    SRC_A.format("468-471"),
    A[468:472],
    [
        (2, "إن التصاميم التي", "تحد من نوع ممتع", "direct", "دينيس هوانغ", "قال"),
    ],
    names=["غوغل", "سي أن أن"],
)

item(
    "d8-chamakh-boussoufa",
    SRC_A.format("594-596"),
    A[594:597],
    [
        (2, "فريق أس روما الإيطالي", "مقابل جلب الشماخ", "indirect", "بعض المصادر", "أكدت"),
    ],
)

FIFA = "الاتحاد الدولي لكرة القدم"
HERREN = "إندرياس هيرين"
item(
    "d8-zidane-fifa",
    SRC_A.format("597, 599-602"),
    [A[597], *A[599:603]],
    [
        (1, "بما أن زيدان اعتزل", "لصالح الأطفال والمراهقين", "indirect", HERREN, "أوضح"),
        (2, "استفزازات ماتيراتزي لزيدان لم", "لم تكن عنصرية", "indirect", FIFA, "أكد"),
        (2, "اللاعبين وافقا بالإجماع", "لكنها ليست عنصرية", "indirect", FIFA, "مشيرا"),
        (4, "تتويج زيدان أفضل", "للدولي الفرنسي في العرس العالمي", "indirect", HERREN, "أشار"),
    ],
)

item(
    "d8-real-madrid-cannavaro",
    SRC_A.format("607-611"),
    A[607:612],
    [
        (0, "تعاقد مع لاعبي يوفنتوس", "لمدة موسمين", "indirect", "ريال مدريد", "أعلن"),
        (1, "مديره الرياضي بريدراغ", "ووقع العقد معهما", "indirect", "ريال مدريد", "أوضح"),
    ],
)

item(
    "d8-iraq-kirkuk-bombs",
    SRC_A.format("666, 668-673"),
    [A[666], *A[668:674]],
    [
        (3, "الانفجار وقع أمام", "مبنى محكمة مدينة كركوك", "indirect", "الشرطة", "تقول"),
    ],
)

UNION = "الاتحاد الوطني للجان السياحية للمقاطعات الفرنسية"
item(
    "d8-france-tourism",
    SRC_A.format("681-686, 688-689, 691-694"),
    [*A[681:687], A[688], A[689], *A[691:695]],
    [
        (0, "فرنسا استقبلت خلال", "42.3 مليار دولار", "indirect", UNION, "كشف"),
        (1, "رغم التفوق الذي", "في المرتبة الثالثة", "indirect", UNION, "أظهر"),
        (3, "عددا كبيرا من السياح", "الوجهة النهائية للسائح", "indirect", UNION, "أرجع"),
        (4, "فترة إقامة السائح", "على مدى السنوات الأخيرة", "indirect", UNION, "سجل"),
        (5, "الرحيل المفاجئ وغير", "عن معلومات يبحث عنها", "indirect", UNION, "أشار"),
        (7, "35% من الحجوزات", "منذ أربعة أعوام", "indirect", "الإحصائيات", "من واقع"),
        (9, "15% فقط من الفرنسيين", "عطلاتهم في الخارج", "indirect", "الديوان", "كشف"),
        (
            11,
            "نسبة الزيادة بلغت",
            "30% خلال خمسة أعوام",
            "indirect",
            "المؤسسة المسؤولة عن الترويج السياحي",
            "قالت",
        ),
    ],
)

FERGUSON = "فيرجسون"
item(
    "d8-ferguson-midfield",
    SRC_A.format("709-720"),
    [A[709], joined(710, 712), A[712], A[713], joined(714, 718), A[718], joined(719, 721)],
    [
        (0, "منطقة خط الوسط هي", "أهم خطوط أي فريق", "indirect", FERGUSON, "أوضح"),
        (1, "إن أهم قضية", "خارج هذه المنطقة", "direct", FERGUSON, "قائلا"),
        (2, "عندما تخسر جهود", "فإنك تحتاج إلى بديل", "direct", FERGUSON, "أضاف"),
        (3, "نيستلروي يجب أن يرحل", "إذا كانت هذه رغبته", "indirect", FERGUSON, "أكد"),
        (4, "لقد طلب نيستلروي", "لمحاولة إقناعه بالبقاء", "direct", FERGUSON, "قال"),
        (5, "لاعب مانشستر البرتغالي", "لن يرحل عن صفوف الفريق", "indirect", FERGUSON, "أصر"),
        (6, "لا يوجد خلاف بين", "حدوث أي مشاكل بينهما", "direct", FERGUSON, "قال"),
    ],
    names=["نيوز أوف ذا وورلد"],
)

item(
    "d8-zamalek-squad",
    SRC_A.format("721-739"),
    [*A[721:738], joined(738, 740)],
    [
        (1, "وقع على تجديد عقده", "وحصل على مقابل مالي", "indirect", "الزمالك", "يصر"),
        (
            14,
            "اللاعب الملتزم فقط",
            "او تهاون بعض اللاعبين",
            "indirect",
            "مانويل كاجودا",
            "قال",
        ),
        (16, "النادي بصدد حسم", "مدافع واحد فقط لدعم الدفاع", "indirect", "جلال محمود", "أكد"),
        (17, "المكناسي يحتل", "على ملعب الكلية الحربية", "indirect", "المعلومات", "تؤكد"),
    ],
)


if __name__ == "__main__":
    if "--check" in sys.argv:
        for line in _mg.check_unused(
            HERE.parents[1], SENTENCES, (Path(__file__).name, OUT.name, *NOT_CHECKED)
        ) or ["every chosen sentence is unused elsewhere"]:
            print(line)
    else:
        GOLD.write(OUT)

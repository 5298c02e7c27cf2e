"""Rebuild eval/gold/quotes_dev7.jsonl: a seventh blind development set (quotes10 work, issue 5).

Why. (Work in progress: provenance and conventions are completed in the final commit.)

Run from the repository root: ``python3 eval/gold/make_quotes_dev7.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import make_quotes_gold as _mg  # noqa: E402  (the shared builder beside this script)

A: list[str] = _mg.A
OUT = HERE / "quotes_dev7.jsonl"
SRC_A = _mg.SRC_A
GOLD = _mg.GoldSet()
item = GOLD.item


def joined(a: int, b: int) -> str:
    return " ".join(A[a:b])


# Every ANERcorp sentence this set uses (checked against the other sets, tests and docs).
SENTENCES = [
    *range(1, 6),
    7,
    *range(8, 11),
    *range(12, 20),
    *range(61, 74),
    *range(74, 80),
    *range(80, 84),
    *range(85, 91),
    93,
    95,
    96,
    *range(98, 101),
    *range(102, 113),
    *range(115, 127),
    *range(128, 134),
    135,
    137,
    142,
    143,
    *range(145, 151),
    152,
    153,
    *range(155, 169),
    *range(172, 182),
    *range(182, 187),
    187,
    188,
    191,
    192,
    *range(194, 200),
    *range(200, 206),
]


# Where another gold set, a test, a doc, an eval or bench script or a lexicon could hold text.
CHECKED = ("eval", "tests", "docs", "bench", "src/khabar/lexicons", "README.md")
# The search relevance set (eval/gold/search/anercorp_docs.jsonl) holds nearly all of ANERcorp
# 0-1399, the only range left for this set: it is a search-ranking gold with no quote
# annotation, so text shared with it does not leak quote tuning, and it is left out of the check.
NOT_CHECKED = ("anercorp_docs.jsonl",)
WINDOW = 22


def check_unused(root: Path) -> list[str]:
    """Chosen sentences that occur elsewhere: a 22-character window (whitespace removed) of the
    sentence found in any file under CHECKED (this script, its output and NOT_CHECKED excepted),
    or the sentence number cited next to «ANERcorp» in tests/. Sentences shorter than the window
    are looked up whole."""
    import re

    texts = []
    for top in CHECKED:
        base = root / top
        files = [base] if base.is_file() else sorted(x for x in base.rglob("*") if x.is_file())
        for f in files:
            if f.name in (Path(__file__).name, OUT.name, *NOT_CHECKED):
                continue
            try:
                texts.append(re.sub(r"\s+", "", f.read_text(encoding="utf-8")))
            except (UnicodeDecodeError, OSError):
                continue
    big = "\x00".join(texts)
    cited: set[int] = set()
    for f in sorted((root / "tests").rglob("*.py")):
        t = f.read_text(encoding="utf-8")
        for m in re.finditer(r"ANERcorp", t, re.IGNORECASE):
            for line in t[m.end() : m.end() + 120].split("\n")[:2]:
                for a, b in re.findall(r"\b(\d{2,4})(?:\s*[-–]\s*(\d{2,4}))?\b", line):
                    cited.update(range(int(a), int(b or a) + 1))
    out = []
    for i in sorted(set(SENTENCES)):
        s = re.sub(r"\s+", "", A[i])
        windows = (
            [s] if len(s) < WINDOW else [s[k : k + WINDOW] for k in range(len(s) - WINDOW + 1)]
        )
        if any(w in big for w in windows):
            out.append(f"{i}: occurs elsewhere ({A[i][:40]!r})")
        if i in cited:
            out.append(f"{i}: cited by a test")
    return out


# Each quote: (paragraph, first words, last words, kind, speaker, cue); text = first..last.
GOT = "برند جوتشولك"
item(
    "d7-german-car-industry",
    SRC_A.format("1-5, 7"),
    [*A[1:6], A[7]],
    [
        (0, "مستقبل السوق مازال", "الخطوط الواضحة", "indirect", GOT, "قال"),
        (1, "يتوقع أن تظل صادرات", "مستوي مرتفع هذا العام", "indirect", GOT, "قال"),
        (2, "يتعين أن يبلغ الحجم", "حوالي 4.3 مليون سيارة", "indirect", GOT, "رأي"),
        (3, "نادرا ما كان", "مثلما هو الحالالان", "indirect", GOT, "قائلا"),
        (4, "يتعين أن يصل عدد", "مليون سيارة في العام الماضي", "indirect", GOT, "قال"),
        (5, "مستوي إنتاج عام 2001", "صناعة سيارات في ألمانيا", "indirect", GOT, "قال"),
    ],
)

SOLANA = "خافيير سولانا"
ANNAN = "كوفي أنان"
BOLTON = "جون بولتون"
item(
    "d7-lebanon-solana-annan",
    SRC_A.format("8-10, 12-19"),
    [*A[8:11], *A[12:20]],
    [
        (0, "يتوصل مجلس الأمن", "ثمانية أيام على لبنان", "indirect", SOLANA, "رجح"),
        (1, "مجلس الأمن قد يتبنى", "حول النزاع الأسبوع المقبل", "indirect", SOLANA, "قال"),
        (2, "أمر مروع", "أمر مروع", "indirect", SOLANA, "وصف"),
        (3, "هذه الخطة يجب", "لأي وقف لإطلاق نار", "indirect", ANNAN, "قال"),
        (3, 'تنص على "نقل"', "إلى إسرائيل ووقف إطلاق النار", "indirect", ANNAN, "موضحا"),
        (3, "نقل", "نقل", "partial", ANNAN, "موضحا"),
        (4, "في إرساء الاستقرار", "في إرساء الاستقرار", "partial", ANNAN, "تنص"),
        (5, "جدول زمني دقيق", "جدول زمني دقيق", "partial", ANNAN, "دعا"),
        (6, "لا يمكن التوصل", 'من الإرهابيين"', "indirect", BOLTON, "قائلا"),
        (6, "مجموعة من الإرهابيين", "مجموعة من الإرهابيين", "partial", BOLTON, "قائلا"),
        (7, "وقف إطلاق النار مع الإرهابيين مرفوض", "مرفوض", "indirect", BOLTON, None),
        (7, "إن ما نسعى إليه", "مع مجموعة من الإرهابيين", "direct", BOLTON, "أضاف"),
        (9, "الوزيرة كوندوليزا رايس", "بين إسرائيل وحزب الله", "indirect", "شون ماكورماك", "أعلن"),
    ],
)

EXPERTS = "خبراء اقتصاديون إسرائيليون"
FARES = "أمين فارس"
item(
    "d7-israel-war-economy",
    SRC_A.format("61-73 (the same report as 30-38, which are not taken)"),
    A[61:74],
    [
        (0, "تكلفة العدوان على لبنان", "(1.3 مليار دولار)", "indirect", EXPERTS, "قال"),
        (1, "خسائر الاقتصاد الإسرائيلي", "200 مليون دولار يوميا", "direct", EXPERTS, None),
        (1, "الخسائر المادية اللاحقة", "(112.5 مليون دولار)", "indirect", EXPERTS, "أكد"),
        (5, "70% من مصانع", "وإغلاق ميناء حيفا", "indirect", "وزارة الصناعة", "أفادت"),
        (6, "العدوان على لبنان انعكس", "منذ أسبوع بشكل كبير", "indirect", FARES, "قال"),
        (6, "هذه الآثار السلبية", "على المدى القصير فقط", "indirect", FARES, "مشيرا"),
        (7, "الحرب ستؤثر على", "والصحة وغيرها", "indirect", FARES, "منوها"),
        (8, "تكون خسارة إسرائيل", "وتدمير السياحة", "indirect", FARES, "رجّح"),
        (
            9,
            "وأصبحت مدينة إيلات",
            "بالسياح الإسرائيليين",
            "indirect",
            "الإذاعة الإسرائيلية العامة",
            "وفقا لما ذكرته",
        ),
        (10, "رغم تماسك اقتصاد", "الملائم الضروري لنموه", "indirect", FARES, "أوضح"),
        (10, "الحرب ستبدد", "النفقات والخسائر", "indirect", FARES, "لافتا"),
    ],
)

MENA = "وكالة أنباء الشرق الأوسط"
item(
    "d7-egypt-fuel-prices",
    SRC_A.format("74-79"),
    A[74:80],
    [
        (2, "يأتي في ضوء", "عن سعر البيع", "indirect", MENA, "بقولها"),
        (3, "تقرر أيضا عدم", "ثبات سعر الرغيف", "indirect", MENA, "أضافت"),
        (4, "الدراسات أكدت أن", "نتيجة لهذا القرار", "indirect", "وكالة الأنباء المصرية", "ذكرت"),
    ],
)

item(
    "d7-java-tsunami",
    SRC_A.format("80-83, 85-90, 93"),
    [*A[80:84], *A[85:91], A[93]],
    [
        (
            1,
            "تسونامي الذي ضرب المنطقة",
            "الجنوبي الغربي لجزيرة جاوا",
            "indirect",
            "الوكالة الوطنية للتنسيق في الكوارث بإندونيسيا",
            "قالت",
        ),
        (6, "77 شخصا قتلوا", "وفقد 70 آخرون", "indirect", "مسؤول في شرطة سومانتايوان", "أشار"),
        (7, "44 جثة عثر", "منطقة تاسيكمالايا", "indirect", "مسؤولون في منطقة لينا", "أفاد"),
    ],
)

SPECTER = "ارلن سبيكتر"
OFFICIAL = "مسؤول كبير في الادارة الاميركية"
NASRALLAH = "حسن نصر الله"
item(
    "d7-guantanamo-nasrallah",
    SRC_A.format(
        "95-96, 98-100, 102-112, 115-126 (112 holds the end of one report and the "
        "start of the next)"
    ),
    [
        A[95],
        A[96],
        *A[98:101],
        *A[102:108],
        joined(108, 110),
        *A[110:113],
        *A[115:127],
    ],
    [
        (
            1,
            "الرئيس الاميركي جورج بوش لا",
            "محاكم عسكرية استثنائية",
            "indirect",
            "المحكمة العليا",
            "اعتبرت",
        ),
        (2, "القضاء العسكري سيكون", "في البداية والاستئناف", "indirect", SPECTER, "يشير"),
        (4, '"محكمة ميدانية" تقرر', "حول اسرى الحرب", "indirect", SPECTER, "ينص على"),
        (
            6,
            "سينظمون جلسات استماع",
            "مشروع قانون في سبتمبر",
            "indirect",
            "المسؤولين في لجنة الدفاع",
            "اعلنوا",
        ),
        (7, "ينوي كذلك اقتراح", 'لجان عسكرية"', "indirect", "بيل فريست", "اشار"),
        (7, "لاعطاء الاذن", "بتشكيل لجان عسكرية", "partial", "بيل فريست", "اشار"),
        (9, "محامي احمد سليم حمدان", "المعتقلين في غوانتانامو", "indirect", OFFICIAL, "اعلن"),
        (10, "لا يعلم ما اذا", "بقرار المحكمة العليا", "indirect", OFFICIAL, "اوضح"),
        (11, "القيادة في غوانتانامو", "بشأن هذه القضية", "direct", OFFICIAL, "قال"),
        (
            14,
            "الرئيس بوش تجاوز",
            "لمحاكمة المعتقلين في غوانتانامو",
            "indirect",
            "المحكمة العليا الاميركية",
            "اعتبرت",
        ),
        (14, "البنية القيادية للحزب", "الجنوبية لبيروت", "indirect", NASRALLAH, "أكد"),
        (15, "(الإسرائيليون) لم يتمكنوا", "أي شيء علي الأرض", "indirect", NASRALLAH, "مؤكدا"),
        (16, "الحزب ما يزال صامدا", "إلي مرحلة المبادرة", "indirect", NASRALLAH, "أكد"),
        (18, "الحزب يدير هذه", "وان كل شيء محسوب", "indirect", NASRALLAH, "قال"),
        (19, "إذا جاء الكون", "غير مباشرة لتبادل الأسري", "indirect", NASRALLAH, "شدد"),
        (20, "هزيمة حزب الله الذي", "هي هزيمة للأمة بأسرها", "indirect", NASRALLAH, "أكد"),
        (21, "نتيجة المعركة", "ايجابا هي للأمة", "indirect", NASRALLAH, "قال"),
        (
            22,
            "هؤلاء الجنود الاسرائيليين",
            "المقاومة في مارون الراس",
            "indirect",
            "قناة الجزيرة",
            "قالت",
        ),
        (22, "ألحق مجاهدونا", "الي الانسحاب فورا", "indirect", "المقاومة الاسلامية", "قالت"),
        (26, "هذه الخطة التي تستند", "دائم لاطلاق النار", "indirect", "كوفي عنان", "قال"),
    ],
    names=["مقاتل عدو", "عدو من دون امتياز", "محكمة ميدانية", "المقاتلين الاعداء"],
)

RAMADAN = "طه ياسين رمضان"
item(
    "d7-iraq-ramadan",
    SRC_A.format("128-133, 135"),
    [*A[128:134], A[135]],
    [
        (0, "التهديدات الاميركية ضد العراق", "للدفاع عن بلدهم", "indirect", RAMADAN, "اعلن"),
        (0, "لن ترهب", "لن ترهب", "partial", RAMADAN, "اعلن"),
        (0, "بل تزيدهم", "تماسكا واصرارا", "partial", RAMADAN, "اعلن"),
        (0, "العراق سيواصل حملته", '"خطورة" هذه التهديدات', "indirect", RAMADAN, "موضحا"),
        (0, "خطورة", "خطورة", "partial", RAMADAN, "موضحا"),
        (1, '"التهديدات الاميركية لن', 'الدفاع" عن البلاد', "indirect", RAMADAN, "قوله"),
        (1, "التهديدات الاميركية لن", "على مواصلة الدفاع", "partial", RAMADAN, "قوله"),
        (2, "العراقيين يعرفون", "على المعتدين الطامعين", "direct", RAMADAN, "اضاف"),
        (3, "ثقته العالية", "اميركي صهيوني آثم", "partial", RAMADAN, "اعرب"),
        (3, "السنوات الماضية اثبتت", "عن سيادته وكرامته", "direct", RAMADAN, "مشيرا"),
        (4, "العراق سيواصل سياسته", "بشن عدوان جديد عليه", "direct", RAMADAN, "اكد"),
        (5, "سسياستنا الدبلوماسية", "جوهر قرارات مجلس الأمن", "direct", RAMADAN, "اعتبر"),
        (6, "الاصوات الرافضة", "الامة العربية جميعا", "direct", RAMADAN, "قال"),
    ],
)

BLAIR = "بلير"
BUSH = "بوش"
item(
    "d7-bush-blair-iraq",
    SRC_A.format("137, 142-143, 145-150, 152-153, 155-168 (168 runs on into a Reuters report)"),
    [
        A[137],
        A[142],
        A[143],
        A[145],
        A[146],
        joined(147, 149),
        A[149],
        A[150],
        A[152],
        A[153],
        joined(155, 160),
        *A[160:164],
        joined(164, 168),
        A[168],
    ],
    [
        (0, "يتقاسمان وجهات", "بصوابية موقفهما", "indirect", "بوش وبلير", "كرر"),
        (2, "فعال تماما", "فعال تماما", "partial", BLAIR, "شدد"),
        (3, "الوضع القائم الحالي", "لا يمكن ان يستمر", "indirect", "بوش وبلير", "اكد"),
        (4, "ان سياسة عدم التحرك", "ان نكون مسؤولين", "direct", BLAIR, "قال"),
        (5, "علينا ان نجد", "حلا لهذه المسألة", "direct", BUSH, "قال"),
        (7, "هدف الولايات المتحدة", "تغيير النظام في العراق", "indirect", BUSH, "كرر"),
        (9, "لديه والرئيس الاميركي", "اكبر تأييد دولي ممكن", "indirect", BLAIR, "اكد"),
        (10, "لدينا عزم اكيد", "وهذا ليس واردا", "indirect", BLAIR, "قال"),
        (12, "يود ان يؤكد", "بوش مسلوب الارادة", "indirect", BLAIR, "قال"),
        (14, "اذا ما اتيح", "لذلك عواقب مروعة", "indirect", BLAIR, "اضاف"),
        (15, "هذا ليس مجرد قلق", "وهم يواجهون هذه المشكلات", "indirect", BLAIR, "تابع"),
        (16, "سياسة الاحتواء", "تصنيع اسلحة الدمار الشامل", "indirect", BLAIR, "ذكر"),
        (16, "مستوى التحذير ما زال متوسطا", "متوسطا", "indirect", "خبراء", "قالوا"),
    ],
)

item(
    "d7-mayon-volcano",
    SRC_A.format("172-181"),
    [joined(172, 177), joined(177, 179), *A[179:182]],
    [
        (0, "أنا متوترة جدا", "البركان في حالة ثورة.", "direct", "جيما أرياس", "قالت"),
        (
            0,
            "بركان جبل مايون يظهر",
            "كبير خلال أسابيع",
            "indirect",
            "معهد البراكين والزلازل بالفلبين",
            "قال",
        ),
        (1, "مادام ينهار", "فإنه يشكل خطرا.", "direct", "ريناتو سوليدام", "قال"),
        (4, "سيتم إجلاء", "حالة حدوث ثوران كبير", "indirect", "مسؤولو مواجهة الكوارث", "قال"),
    ],
    names=["حزام النار"],
)

item(
    "d7-nokia-profits",
    SRC_A.format("182-186"),
    A[182:187],
    [
        (3, "حصتها بلغت", "المقابلة من عام 2005", "indirect", "نوكيا", "قالت"),
    ],
)

ANGOU = "أنغو"
item(
    "d7-morocco-economy",
    SRC_A.format("187-188, 191-192, 194-199"),
    [A[187], A[188], A[191], A[192], *A[194:200]],
    [
        (2, "» أمن الممتلكات", "على الفرنسيين «", "indirect", ANGOU, "أضاف"),
        (2, "أمن الممتلكات", "واقع قائم", "partial", ANGOU, "أضاف"),
        (2, "اليقظة الدائمة", "وخاصة على الفرنسيين", "partial", ANGOU, "أضاف"),
        (3, "العملاقة", "العملاقة", "partial", ANGOU, "وصف"),
        (6, "الفترة الممتدة ما بين2003", "و229 منصب شغل", "indirect", "عمالة سطات", "ذكر"),
        (8, "القرض العقاري والسياحي يعتزم", "مابين2007 و2012", "indirect", "خالد عليوة", "أكد"),
    ],
    names=["طنجة المتوسط", "مسيرة كابتال مناجمنت"],
)

KING = "حمد بن عيسي آل خليفة"
item(
    "d7-egypt-bahrain-summit",
    SRC_A.format("200-205"),
    A[200:206],
    [
        (3, "هذه الزيارة تأتي", "الدولة اللبنانية واستقلالها", "indirect", KING, "قال"),
        (4, "العلاقات البحرينية", "في جميع المجالات", "indirect", KING, "أضاف"),
        (4, "قمته مع الرئيس مبارك", "بشكل مباشر علي شعوبنا", "indirect", KING, "أشار"),
        (5, "تم استعراض كل", "الثقة في العملية السلمية", "indirect", KING, "أوضح"),
    ],
)


if __name__ == "__main__":
    if "--check" in sys.argv:
        for line in check_unused(HERE.parents[1]) or ["every chosen sentence is unused elsewhere"]:
            print(line)
    else:
        GOLD.write(OUT)

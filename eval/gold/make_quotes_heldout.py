"""Rebuild eval/gold/quotes_heldout.jsonl: the second held-out set (quotes2 work, issue 5).

Provenance. Annotated by hand on 2026-11-29 BEFORE any rule of the quotes step was changed in
that work and BEFORE the system was run on these texts; the first (untouched) score is kept in
``quotes_heldout_first_run.txt``. The texts are real news text from ../shared/data that neither
``quotes.jsonl`` (dev) nor ``quotes_test.jsonl`` (test) uses:

- ANERcorp (train part, CAMeL Lab split), detokenised exactly as in ``make_quotes_gold.py``:
  sentences 1489-1504 (Lebanese press on al-Assad's speech), 1505-1509 (Turkey searches
  Iranian planes), 2330-2349 (UNIFIL reinforcement), 2742-2752 and 2759-2761 (Naguib Mahfouz
  obituary), 3541-3547 (Lahoud and Chirac), 3633-3642 (Kurdish government, Talabani),
  3748-3751 (TV programmes: names in guillemets only). None of them, nor a duplicate of them,
  is in the dev or test set (checked by text).
- ``pages/htmldate_1691196862.html`` (youm7, 2020) and ``pages/htmldate_1731695567.html``
  (akhbarelyom, 2020), two pages no earlier gold set used (paragraphs cut as in
  ``make_quotes_gold.page_paragraphs``).

Guidelines are those of docs/quotes.md ("Annotation guidelines"). Choices made here, written
before the first run: «كما أعلنت X» after a clause makes that clause reported speech (an
attribution); a quoted fragment of a journalist's question has no speaker (null); a speaker
named only in a later sentence (cataphora) is given as written in the quote's sentence
(«وزير الدفاع»); a quoted phrase of A inside B's reported speech has speaker A.

Run from the repository root: ``python3 eval/gold/make_quotes_heldout.py``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("make_quotes_gold", HERE / "make_quotes_gold.py")
assert _spec and _spec.loader
_mg = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mg)

A: list[str] = _mg.A
OUT = HERE / "quotes_heldout.jsonl"
SRC_A = "ANERcorp train (CAMeL Lab split), sentences {}, detokenised"

ITEMS: list[dict] = []


def item(iid: str, source: str, paragraphs: list[str], quotes: list[tuple], names=()) -> None:
    qs = []
    for p, begin, end, kind, speaker, cue in quotes:
        para = paragraphs[p]
        i = para.find(begin)
        assert i >= 0, (iid, p, begin)
        j = para.find(end, i)
        assert j >= 0, (iid, p, end)
        qs.append(
            {
                "p": p,
                "text": para[i : j + len(end)],
                "kind": kind,
                "speaker": speaker,
                "cue": cue,
            }
        )
    ITEMS.append(
        {"id": iid, "source": source, "paragraphs": paragraphs, "quotes": qs, "names": list(names)}
    )


# Each quote: (paragraph, first words, last words, kind, speaker, cue); text = first..last.
item(
    "ho-jumblatt",
    SRC_A.format("1489-1504"),
    A[1489:1505],
    [
        (0, "ما يجمع بين", "من القرن الماضي", "indirect", "وليد جنبلاط", "قال"),
        (0, "هو أن الاول", "دولة اتفاق الطائف", "partial", "وليد جنبلاط", "قال"),
        (1, "نصر الله طرح في خطابه", 'انقلاب على دولة الطائف"', "indirect", "جنبلاط", "قوله"),
        (1, "ما يعني أن الدولة", "انقلاب على دولة الطائف", "partial", "جنبلاط", "قوله"),
        (2, "منتج إسرائيلي", "منتج إسرائيلي", "partial", "الاسد", "اتهام"),
        (2, "لا يزال يدرس", "في مؤتمر صحفي", "indirect", "جنبلاط", "القول"),
        (3, "قطف ثمرة الصمود اللبناني", "لحساب سوريا", "partial", None, None),
        (3, 'الاسد "يسعى', 'ودولة الطائف"', "indirect", "جنبلاط", "قال"),
        (3, "يسعى لقطف", "ودولة الطائف", "partial", "جنبلاط", "قال"),
        (4, "هذه القوى تسعى", 'نزع سلاح المقاومة"', "indirect", "الاسد", "قال"),
        (4, "لانقاذ الوضع", "نزع سلاح المقاومة", "partial", "الاسد", "قال"),
        (4, "بالفشل", "بالفشل", "partial", "الاسد", "بشرهم"),
        (5, "خطاب الاسد حول", 'اباحة دمها"', "indirect", "جنبلاط", "قال"),
        (5, "منتج اسرائيلي", "منتج اسرائيلي", "partial", "الاسد", None),
        (5, "اباحة دمها", "اباحة دمها", "partial", "جنبلاط", "قال"),
        (8, "لم يتاخر الاسد", "يعني اباحة الدم", "direct", "المستقبل", "كتبت"),
        (9, "بدء سوريا وايران", "واقليمية خطيرة", "partial", "المستقبل", "اعربت"),
        (10, "ان الخطاب في شقه", "بين اللبنانيين", "direct", "النهار", "رات"),
        (10, "ان لا عودة", "الاسد في لبنان", "direct", "النهار", "مؤكدة"),
        (11, "كما ان التهديدات", "رفيق الحريري", "partial", "النهار", "اشارت"),
        (13, "كنا نتمنى", "الاسرائيلية الهمجية", "direct", "السفير", "قالت"),
        (14, "نتمنى لو ان", "صفحة جديدة", "direct", "السفير", "اضافت"),
        (15, "الكلمة التي وجهها", 'من المخاطر"', "indirect", "السفير", "لفتت"),
        (15, "بروح التسامح", "من المخاطر", "partial", "السفير", "لفتت"),
    ],
    names=[
        "الشرق الاوسط",
        "الدولة القوية والعادلة",
        "دولة الطائف",
        "المستقبل",
        "النهار",
        "السفير",
        "لو ان بشار الاسد ظل اخا اكبر",
    ],
)

item(
    "ho-turkey-planes",
    SRC_A.format("1505-1509"),
    A[1505:1510],
    [
        (0, "أرغمت تركيا", "وبينها صواريخ", "indirect", "وزارة الخارجية التركية", "اعلنت"),
        (1, "هاتين الطائرتين", "علي التوالي", "indirect", "حرييت", "ذكرت"),
        (2, "لم يعثر", "اي اسلحة", "indirect", "حرييت", "قالت"),
        (3, "بلاده عمدت", "تفتيش الطائرتين", "indirect", "ناميك تان", "أكد"),
        (3, "ذلك جري", 'القانون الدولي"', "indirect", "ناميك تان", "القول"),
        (3, "وفقا لقواعد", "القانون الدولي", "partial", "ناميك تان", "القول"),
        (4, "انه نشاط روتيني", "انه نشاط روتيني", "direct", "ناميك تان", "قال"),
        (4, "الحادث لم يتسبب", "ايران المجاورة", "indirect", "ناميك تان", "مضيفا"),
    ],
    names=["حرييت"],
)

item(
    "ho-unifil",
    SRC_A.format("2330-2349"),
    A[2330:2350],
    [
        (0, "واجرى الرئيس الفرنسي", "(يونيفيل)", "indirect", "الرئاسة الفرنسية", "اعلنت"),
        (1, "شدد الرئيس", "الدول الاوروبية", "direct", "الرئاسة الفرنسية", "قالت"),
        (2, "شيراك جدد", "بشكل سريع»", "indirect", "الرئاسة الفرنسية", "اضافت"),
        (2, "على ضورة", "بشكل سريع", "partial", "الرئاسة الفرنسية", "اضافت"),
        (3, "ثمة تشاور", "لا شك في ذلك", "direct", "مصدر ديبلوماسي اوروبي", "قال"),
        (
            4,
            "رئيس الحكومة الايطالي",
            "المعززة في لبنان",
            "indirect",
            "رئاسة مجلس الوزراء الايطالي",
            "اعلن",
        ),
        (
            4,
            "على ضرورة مشاركة كبيرة",
            "على ضرورة مشاركة كبيرة",
            "partial",
            "رئاسة مجلس الوزراء الايطالي",
            "اعلن",
        ),
        (5, "برودي وشيراك", "مع مهمة اليونيفيل»", "indirect", "رئاسة مجلس الوزراء الايطالي", "قال"),
        (5, "اتفقا", "اتفقا", "partial", "رئاسة مجلس الوزراء الايطالي", "قال"),
        (6, "ارسال عسكريين", "بكثير من الحذر", "indirect", "انيبال كافاكو سيلفا", "اكد"),
        (7, "انه قرار", "بمثل هذا التعقيد", "direct", "انيبال كافاكو سيلفا", "قال"),
        (7, "السياسية والعسكرية", "السياسية والعسكرية", "partial", "انيبال كافاكو سيلفا", "قال"),
        (8, "الحكومة ورئاسة", "المسألة بعناية", "indirect", "انيبال كافاكو سيلفا", "اضاف"),
        (9, "رئيس الوزراء التركي", "لبنان (يونيفيل)", "indirect", "وكالة الاناضول", "افادت"),
        (10, "اردوغان رد", "تباحث معه السبت", "indirect", "وكالة الاناضول", "قالت"),
        (10, "تركيا تؤيد", "من تقديراتها»", "indirect", "اردوغان", "مؤكدا"),
        (10, "الا بعد الانتهاء", "من تقديراتها", "partial", "اردوغان", "مؤكدا"),
        (11, "بلغاريا «مستعدة»", "بوضوح مهمتهم", "indirect", "سيرغي ستانيشيف", "اعلن"),
        (11, "مستعدة", "مستعدة", "partial", "سيرغي ستانيشيف", "اعلن"),
        (12, "الحكومة «مستعدة", "الدولية في لبنان»", "indirect", "ستانيشيف", "قوله"),
        (12, "مستعدة مبدئيا", "الدولية في لبنان", "partial", "ستانيشيف", "قوله"),
        (13, "اندونيسيا ستعارض", "ارسالها الى لبنان", "indirect", "وزير الدفاع", "قوله"),
        (14, "نزع سلاح مقاتلي", "مسألة حساسة", "direct", "جوونو سودارسونو", "قوله"),
        (
            15,
            "اسرائيل لا ترغب",
            "المعززة في لبنان",
            "indirect",
            "السفير الاسرائيلي في الامم المتحدة",
            "صرح",
        ),
        (16, "سيكون من الصعب", "ديبلوماسية معها", "direct", "دان غيلرمان", "قال"),
        (18, "اسرائيل ستكون", "علاقات جيدة", "indirect", "دان غيلرمان", "قال"),
        (18, "سعيدة جدا", "سعيدة جدا", "partial", "دان غيلرمان", "قال"),
        (19, "لكن سيكون", "توفير الامن لها", "direct", "دان غيلرمان", "اضاف"),
    ],
)

item(
    "ho-mahfouz",
    SRC_A.format("2742-2752"),
    A[2742:2753],
    [
        (0, "في الفترة من سبتمبر", "نيسان عام 1936", "indirect", "محفوظ", "قال"),
        (1, "إنني أتسلى", "أوقات الفراغ", "direct", "محفوظ", "أجاب"),
        (3, "عثر لدى محفوظ", "مصر الفرعونية", "indirect", "محمد سلماوي", "قال"),
        (3, "محفوظ كان ينوي", "تاريخ اسكتلندا", "indirect", "محمد سلماوي", "مشيرا"),
        (5, "بيت شعر واحدا", "أهم الروايات", "indirect", "عباس محمود العقاد", "رأى"),
        (6, "شعر الدنيا الجديدة", "شعر الدنيا الجديدة", "partial", "محفوظ", "قائلا"),
        (8, "انتهى من كتابة", "1952 في مصر", "indirect", "محفوظ", "قال"),
        (9, "تخلص بعد قيام", "لتغير الواقع", "indirect", "محفوظ", "اعترف"),
        (10, "شرط الكتابة", "تكون ضرورية", "indirect", "محفوظ", "مشيرا"),
    ],
    names=[
        "عبث الاقدار",
        "رادوبيس",
        "كفاح طيبة",
        "الواقعية",
        "القاهرة الجديدة",
        "خان الخليلي",
        "زقاق المدق",
        "بداية ونهاية",
        "بين القصرين",
        "قصر الشوق",
        "السكرية",
    ],
)

item(
    "ho-karnak",
    SRC_A.format("2759-2761"),
    A[2759:2762],
    [
        (1, "كتبها بضمير", "وقائدها عبد الناصر", "indirect", "محفوظ", "قال"),
        (2, "لو كنت أعلم", "ما كتبت الكرنك", "direct", "محفوظ", "أضاف"),
    ],
    names=["الكرنك"],
)

item(
    "ho-tv-programmes",
    SRC_A.format("3748-3751"),
    A[3748:3752],
    [
        (1, "السبب في اقدامه", "ويحاول حلها", "indirect", "حسين فهمي", "أكد"),
    ],
    names=[
        "تعدد الزوجات",
        "ضرب المدرسين",
        "الناس وأنا",
        "الحقيقة",
        "الخفية",
        "الدماغ فيها إيه",
        "ألحقونا",
    ],
)

item(
    "ho-lahoud",
    SRC_A.format("3541-3547"),
    A[3541:3548],
    [
        (1, "تاريخ العلاقات", "ويخاصم الآخرين", "direct", "لحود", "قال"),
        (2, "وحده الرئيس شيراك", "رفيق الحريري.", "direct", "لحود", "اضاف"),
        (3, "ولم تنفع", "من اللبنانيين", "direct", "لحود", "اضاف"),
        (4, "مشاركة وحدات فرنسية", 'او تفرقة"', "indirect", "لحود", "اشار"),
        (4, "المنحازة", "المنحازة", "partial", "لحود", "اشار"),
        (4, "اتت في مهمة", "او تفرقة", "partial", "لحود", "اشار"),
        (5, "عدم دعوة الرئيس", "من ضغوط فرنسية", "indirect", "تارايان باسيسكو", "لفت"),
        (5, "خيار شخصي", "خيار شخصي", "partial", "تارايان باسيسكو", "لفت"),
        (6, "اعتقد ان", "ارتكب خطا", "direct", "تارايان باسيسكو", "اكد"),
        (6, "اذ ان عدم", "خياري الشخصي", "partial", "تارايان باسيسكو", "اكد"),
    ],
    names=["تي في 5"],
)

item(
    "ho-kurds",
    SRC_A.format("3633-3642"),
    A[3633:3643],
    [
        (1, "شعب كردستان اختار", "أساس الدستور", "indirect", "نيتشيرفان برزاني", "قال"),
        (2, "اذا رفض الوزراء", "النظر في خياره", "indirect", "نيتشيرفان برزاني", "اضاف"),
        (3, "اذا لم يكفوا", "اثارة المتاعب", "partial", "جلال طالباني", "تصريحات"),
        (3, "في غير محلها", "في غير محلها", "partial", "الجبهة التركمانية", "اعتبرتها"),
        (4, "العراق يمكنه", "شؤونه الداخلية", "indirect", "طالباني", "حذر"),
        (4, "اثارة متاعب", "اثارة متاعب", "partial", "طالباني", "حذر"),
        (5, "سورية وايران وتركيا تتدخل", "في شؤون العراق", "indirect", "طالباني", "قال"),
        (5, "صبر العراق", "أن ينفد", "indirect", "طالباني", "حذر"),
        (6, "للعراق خياراته", "المشاكل للعراق", "direct", "اياد جمال الدين", "قال"),
        (7, "انا مؤمن", "يعلمون بذلك", "direct", "اياد جمال الدين", "اضاف"),
        (7, "العراق» لا يريد", "المنطقة كلها»", "indirect", "اياد جمال الدين", "مشيرا"),
        (7, "لا يريد الدخول", "المنطقة كلها", "partial", "اياد جمال الدين", "مشيرا"),
        (8, "العراقيين قادرون", "على الرد", "direct", "مثال الآلوسي", "قال"),
    ],
    names=["الشرق الأوسط", "البرلمان", "الشرق الاوسط"],
)

_YOUM7 = _mg.page_paragraphs("htmldate_1691196862.html")
item(
    "ho-youm7-water",
    "pages/htmldate_1691196862.html (youm7, 2020), body paragraphs 53-58",
    _YOUM7[53:59],
    [
        (3, "القطاع يقوم حالياً", "الرشيدة للمياه", "indirect", "سيد سركيس", "أفاد"),
    ],
)

_AKEF = _mg.page_paragraphs("htmldate_1731695567.html")
item(
    "ho-akhbarelyom-akef",
    "pages/htmldate_1731695567.html (akhbarelyom, 2020), body paragraphs 100-103",
    _AKEF[100:104],
    [],
    names=["بياعة الجرايد"],
)


def main() -> None:
    _mg.write(OUT, ITEMS)


if __name__ == "__main__":
    main()

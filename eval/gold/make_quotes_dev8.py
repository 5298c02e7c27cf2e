"""Rebuild eval/gold/quotes_dev8.jsonl: an eighth blind development set (issue 5).

Why. The quotes rules were tuned on dev, test, dev2, dev3 and dev4, dev5-dev7 were each scored
once blind and then opened, and the held-out set has been scored many times. dev8 is a fresh
set on which the rules can be measured once, honestly, before anyone reads its errors.

Provenance. Annotated by hand on 2026-11-29 from the text alone, BEFORE the system was run on
these texts (neither the quotes step, the entities step, ``khabar quotes``, ``khabar parse
--enrich``, ``eval/quotes.py`` nor any test saw them, and khabar.enrich was never imported on
them, before the annotations were committed). ANERcorp train part (CAMeL Lab split),
detokenised as in ``make_quotes_gold.py``. Two pools of sentences no other quotes set uses:

- From 1400 up, dev6's check with nothing exempted: 1,232 sentences pass it, about 260 of them
  with a cue word or a quote mark, but most are encyclopedia articles (lions, Freud, the UN,
  Sykes-Picot), travel reports, interviews or match reports with no speech. Taken: the news
  among them and, for their names and terms in marks, a few biographies and a book review.
- From 0-1399, dev7's pool: the search relevance set (``eval/gold/search/anercorp_docs.jsonl``)
  holds nearly all of it; it is a search-ranking gold with no quote annotation, so it is left
  out of the check (NOT_CHECKED, as in ``make_quotes_dev7.py``). 949 sentences there are in no
  other set; dev7 left most of them, and they hold most of dev8's news.

``python3 eval/gold/make_quotes_dev8.py --check``: no 22-character window of a chosen
sentence, whitespace removed, occurs in any file under eval/, tests/, docs/, bench/,
src/khabar/lexicons/ or README.md (this script, its output and the search relevance set
excepted; the dev, test, held-out, dev2-dev7 and times sets included), and no test cites its
number next to «ANERcorp». Its result when the set was committed: every chosen sentence passes.

Sentences (620, in 58 items, one per document or report; 579 paragraphs): 402-413, 416-423,
458-471, 594-597, 599-602, 607-611, 666, 668-673, 681-686, 688-689, 691-694, 709-744, 746-788,
853-863, 866-867, 872-874, 876-893, 913-943, 949-962, 965-971, 973-978, 980-988, 1072-1079,
1082-1088, 1091-1092, 1259-1282, 1300-1301, 1303-1317, 1335-1337, 1339-1340, 1422-1425,
1427-1429, 1431-1441, 1443-1447, 1449-1468, 1486-1488, 1515-1524, 1526-1537, 1539-1550,
1552-1554, 1577-1587, 1673-1675, 1677-1689, 2024-2032, 2034-2042, 2044-2051, 2053-2059,
2350-2352, 2360, 2557-2562, 2629-2632, 2640, 2731, 2734-2741, 2753-2758, 2944-2945, 3071-3076,
3079-3082, 3084-3093, 3163-3176, 3190, 3193-3194, 3247-3249, 3341-3343, 3358-3371, 3684-3685,
3687-3736, 3745-3747, 3752, 3754-3759, 3829-3837, 3839-3840, 3843, 3909-3910, 3912,
3930-3931. The gaps inside a report are sentences left out below or used by another set
(e.g. 401, 414-415, 598, 667, 687, 690, 708, 745, 852, 864-865, 875, 1080-1081, 1089-1090,
1302, 1338, 1676, 3083).
Totals: 194 quotes (166 indirect, 20 direct, 8 partial; all with a speaker) and 106 names and
terms in marks. Reported speech dominates, as in dev3-dev7: the unused text has few quotes in
marks.

Left out, with the reason:

- A speaker named only in a sentence another set uses: 851 (Rice's «وأضافت», her name only in
  the used 850), 1069-1071 (the bank's spokesman, used 1068), 1332-1334 (the rating agency, used
  1331), 1483-1485, 1969-1970, 2295, 2301-2302, 2313, 2585-2587 (as dev6), 3155 (al-Saqqaf, used
  3150-3156), 3198-3202 (Nancy Bakir, used 3195-3197), 3212, 3259, 3937, 906 and 998 (as dev7),
  2935 and its repeat 2942 (the paper named only in the used 2932). A quote opened or closed in
  a used sentence: 2953, 2961, 2975, 3061 (cut inside «إف. بي. آي», continued in the used
  3062-3063), 1619-1641 and 1656-1662 (as dev6), 2078-2082, 665, 905, and 2633-2639, a time cut
  into pieces of which 2634, 2636 and 2639 are used.
- Words whose speaker is nowhere named: the unsigned essayist's own opinions in the Tawfiq
  al-Hakim review («في اعتقادي»، «في رأيي»: 912, 944-948, 972; «كما تقول الاشاعة» with a
  negated claim: 963-964; «من قال مرة»: 979), the writer's «نقول إن» (1551), op-ed pull-quotes
  of an unsigned writer (1002-1045), the byline column «كتب المحلل السياسي» (2284-2288).
- Text whose spans cannot be given: 2052 (an odd number of quote marks, as dev7's 562), 2061-2062
  (a negated attribution «كما يذهب إلى ذلك بعض الباحثين» whose content cannot be delimited),
  2563 (verses that run on into the next report's dateline), 2556 (a byline).
- Interviews (1856-1929, 3013-3034): answers without a cue are not quotes (dev6), so only names
  would remain; left out whole. Duplicates: 3913-3916 repeat 3909-3912, 2942 repeats 2935.

Guidelines are those of docs/quotes.md ("Annotation guidelines") and the conventions listed in
``make_quotes_dev6.py`` and ``make_quotes_dev7.py`` (quote marks «…», "…", »…«, single and
doubled apostrophes; a marked quote is what lies between the outermost pair; a reported clause
runs to its sentence end unless a new cue, speaker or the reporter's comment starts, final
punctuation excluded; opinion and stance verbs with a content clause are reported speech;
attribution phrases; documents speak through their author where the text names one, else as
written; scare quotes after a cue are partial quotes, terms in the reporter's narration are
names; «يذكر أن»، «يشار إلى أن»، «قيل إن»، «يروى أن» and impersonal reports are not annotated;
first-person sentences that continue a speaker without a cue are not; directives with a noun
object are not, a phrase in marks in their object is a partial quote; captions «NAME: …» are
reported speech, cue None; a pull-quote headline in marks is a direct quote of the speaker the
next clause names, cue None; a stray unpaired mark is punctuation; surnames are kept where the
full name is only in a used sentence; a name in marks is listed once per item, also inside a
quote; sentences cut by the corpus inside one quotation, number or abbreviation are joined
with a space). Decided for this set, once, and applied throughout:

- Spans start after the complementizer, with or without its pronoun («أن»، «إن»، «أنه»،
  «انها» …), also when ANERcorp glues it to the next word (1301 «إنسبعةعراقيين قتلوا» → from
  «سبعةعراقيين»); «على ان» after a first clause stays inside the clause (1678).
- A speaker written only as a title or a short form in the item is given as the item writes it
  when the fuller name is only in a used sentence (رايس، ليفني، فيرجسون، هيرمان، «الديوان» 692);
  nominal references resolve to a name the item gives, also a later one («الوزيرة الأميركية» →
  رايس، «النادي الإسباني» → ريال مدريد، «النادي الكاتالوني» → برشلونة، «الوزير» → the minister
  named earlier); an institution, office or metonym is kept as written («منسك»، «مكتب رئيس
  الوزراء نوري المالكي»، «إدارة الرئيس جورج بوش»); a company named in marks is both the
  speaker and a listed name («أمريكان أكسبريس», each spelling the item uses).
- A masculine participle cue after a feminine company subject belongs to the last male speaker
  (744 «وتعمل «أمريكان اكسبريس» … مؤكدا أنه يسعى» → بريان اتيجالي).
- A list of opinions «NAME: words» (and «NAME words» without the colon, where the list makes the
  boundary plain) is reported speech of each name, cue None, like a caption (2629-2630, 15
  actors); so is a headline «وزير المالية: …» (3163, the minister the item names).
- Slogans and banners given verbatim without marks after «وهم يقولون»، «ردد هتافات مثل»، «كتب
  على احدى اللافتات» are reported speech of the marchers (878, 886, 887-888).
- Stance and report verbs with a content clause are reported speech, also «يخشى / تخشى (من) أن»
  (890, 1337), «أرجع … إلى أن» (684), «أظهر التقرير أنه» and «سجل … ملاحظات من أهمها أن» of a
  report (682, 685), «تتوقع … أن» (3687), «يقدرون أن» (3833), «أعربت عن اعتقادها بأن» (404),
  «حذر … بأن» (411), «بحجة أن», the subject's stated reason (2753), and «اعتبرها X Y», a small
  clause (2758, as dev7's «اعتبر الدويك محاكمته غير شرعية»). Not: «رفض فكرة أن» (1087, not the
  subject's claim), «تكهن بإمكانية أن» and other verbs with a noun object (2640, 758 «اكد
  جلالته مجددا شجبه»).
- Attribution phrases cover the clause they attach to: «من واقع الإحصائيات أن» (689),
  «استنادا إلى أحدث تقدير من» (3831; the next coordinated clause with its own verb is not
  taken), «حسب تقديرات» (2025), «وفقا لتقديرات» (1687), «حسب ما أعلن» (3909), «وفق ما أفاد»
  (1577), «كما قال … «للديار»» (2351, the attribution inside the span), «على حد ما يقوله» and
  «برأيه» in one sentence (917: two clauses, two quotes).
- A reported clause also ends at a coordinated clause with «كما» and a new verb and subject (596
  «كما أبدى نادي فالنسيا»), and at the reporter's background or concession («وذلك بينما» 709,
  «خاصة وأن / وانها» 713, 752, «برغم الخلاف الشهير» 718, «دون أن يكشف» 600, «وذلك في خطوة»
  742, «، حيث قفز» 3163, «ويكفي تصويت» 3843, «على الرغم من انه لم يتضح» 987, «وهو الادعاء
  الذي ينفيه» 778), as dev6's «، حيث …» and «خصوصا ان».
- A phrase in marks after a masdar cue with its own subject («إصرار رايس على أن تكون "…"»,
  861) is a partial quote of that subject, inside the reported clause of the sources who say
  it; the sources' marked summary that follows («ولخصت المصادر … "…"») is their direct quote.
- Documents: «جاء في نص القرار الذي أعلنته القاضية» → the judge (1276); «نص القرار الاتهامي
  على ان», no author named → «القرار الاتهامي» (1680); a report of a named union → the union
  (681-686); a ministry's report presented by the minister → the ministry (3167); «جاء في كتاب …
  للأستاذ أحمد ايبش … مايلي:» → the author, and a gloss in marks inside it is a partial quote
  (1546), while a gloss in the reporter's narration («تعني بالتركية "الشارب الأبيض"» 1543) is a
  name.
- Holders of a hope or an argument speak like opinion holders: «أمل الليبراليون بأن» (1437),
  «يحاولون إثبات أن» (1453), a programme's «تركز على أن» and «ليبرر أن» (1450-1451, its author
  بوتين); factive verbs of knowing are the writer's assertion, not a quote («يدرك أن» 1459،
  «اكتشف أن» 2754، «رأينا انه» 929).
- A statement that the next sentence attributes («هذا ما أثبتته دراسة … للدكتور بهاء حسب
  الله», 2558 after 2557) is reported speech of that source, cue None.
- The reporter's reference to their own text («كما قلنا» 2027) is not a quote.
- Marks set wrongly: 470 «… «سي أن أن» الألكتروني» إن التصاميم … ممتع».» is annotated as the
  direct quote the writer meant, «إن التصاميم … ممتع» (its opening mark is a closing one);
  3685 «» روفر 75 و «روفر 25»» lists the standard pair «روفر 25» as a name and ignores the
  stray »; 3752 «» الممثلين والمطربين»» and 758's page pointer «» طالع ص7 «» are names. Inner
  terms in marks inside a quote in apostrophes («' رهبان الفكر '»، «' المجهول '») are names, the
  quote being the outermost pair.
- Sentences joined (a quote, number or abbreviation cut by the corpus): 710-711, 714-717,
  719-720, 738-739, 887-888, 913-915, 922-927, 940-943, 949-950, 961-962, 981-982, 1263-1264,
  3072-3074, 3087-3090, 3091-3092, 3163-3164, 3167-3168, 3170-3172, 3365-3366, 3367-3369,
  3692-3693, 3754-3755, 3830-3832, 3833-3836.

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
    *range(740, 745),
    746,
    747,
    *range(748, 753),
    *range(753, 757),
    *range(757, 766),
    *range(766, 770),
    *range(770, 789),
    *range(853, 864),
    866,
    867,
    *range(872, 875),
    876,
    *range(877, 894),
    *range(913, 944),
    *range(949, 963),
    *range(965, 972),
    *range(973, 979),
    *range(980, 989),
    *range(1072, 1078),
    1078,
    1079,
    *range(1082, 1087),
    1087,
    1088,
    1091,
    1092,
    *range(1259, 1273),
    *range(1273, 1283),
    1300,
    1301,
    *range(1303, 1318),
    *range(1335, 1338),
    1339,
    1340,
    *range(1673, 1676),
    *range(1677, 1690),
    *range(1577, 1588),
    *range(2350, 2353),
    2360,
    *range(2557, 2563),
    2629,
    2630,
    2631,
    2632,
    2640,
    2944,
    2945,
    *range(3071, 3077),
    *range(3079, 3083),
    *range(3084, 3094),
    *range(3163, 3177),
    3190,
    3193,
    3194,
    *range(3247, 3250),
    *range(3341, 3344),
    *range(3358, 3372),
    3684,
    3685,
    *range(3687, 3706),
    *range(3829, 3838),
    3839,
    3840,
    3843,
    3909,
    3910,
    3912,
    3930,
    3931,
    *range(1422, 1426),
    *range(1427, 1430),
    *range(1431, 1442),
    *range(1443, 1448),
    *range(1449, 1469),
    *range(1486, 1489),
    *range(1515, 1525),
    *range(1526, 1538),
    *range(1539, 1551),
    *range(1552, 1555),
    *range(2024, 2033),
    *range(2034, 2043),
    *range(2044, 2052),
    *range(2053, 2060),
    2731,
    *range(2734, 2742),
    *range(2753, 2759),
    *range(3706, 3737),
    *range(3745, 3748),
    3752,
    *range(3754, 3760),
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

AMEX = "أمريكان أكسبريس"
ATIGALI = "بريان اتيجالي"
item(
    "d8-amex-saudi",
    SRC_A.format("740-744, 746-747"),
    [*A[740:745], A[746], A[747]],
    [
        (0, "الظروف الاقتصادية المؤاتية", "والتجار في البلاد", "indirect", AMEX, "ذكرت"),
        (1, "أسست مركز خدمة", "في العاصمة الرياض", "indirect", AMEX, "بيّنت"),
        (1, "تصدر باقة متنوعة", "بطاقات الشركات والمؤسسات", "indirect", AMEX, "مشيرة"),
        (2, "عيّنت بريان اتيجالي", "الرئيس التنفيذي للشركة", "indirect", AMEX, "كشفت"),
        (3, "قطاع بطاقات الدفع", "يشهد نموا كبيرا", "indirect", ATIGALI, "بين"),
        (4, "يسعى إلى جعل", "لعملاء البطاقات في السعودية", "indirect", ATIGALI, "مؤكدا"),
    ],
    names=[
        "أمريكان أكسبريس",
        "أمريكان اكسبريس",
        "امريكان إكسبرس",
        "إتش.إس.بي.سي",
        "ريورد مانجمنت الشرق الأوسط",
        "إيرمايلز",
    ],
)

item(
    "d8-lg-thinnest-phone",
    SRC_A.format("748-752"),
    A[748:753],
    [
        (3, "الجهازين حازا", "وادائهما الرائع", "indirect", "سي كي شو", "قال"),
        (
            4,
            "مساهمة «إل جي» في السوق",
            "10 في المائة في الفترة القادمة",
            "indirect",
            "سي كي شو",
            "أوضح",
        ),
    ],
    names=["إل جي", "إل جي الكترونكس", "كي جي 320", "ملتيميديا", "كي جي 920"],
)

item(
    "d8-nissan-caravan",
    SRC_A.format("753-756"),
    A[753:757],
    [],
    names=["نيسان", "مورانو", "ارمادا", "الباثفيندر"],
)

KING_JO = "عبدالله الثاني"
item(
    "d8-jordan-king-lebanon",
    SRC_A.format("757-765"),
    A[757:766],
    [
        (1, "الاردن سيستمر بالعمل", "باسرع وقت ممكن", "indirect", KING_JO, "مبينا"),
        (2, "الاردن سيقوم بتقديم", "غير الانسانية التي يعيشونها", "indirect", KING_JO, "بين"),
    ],
    names=["طالع ص7"],
)

item(
    "d8-saddam-hospital",
    SRC_A.format("766-769"),
    A[766:770],
    [
        (1, "صدام لن يمثل", "امام المحكمة اليوم", "indirect", "جعفر الموسوي", "أعلن"),
        (2, "التقرير الطبي أكد", "إلي عناية طبية", "indirect", "جعفر الموسوي", "اضاف"),
        (3, "الفريق سيقاطع جلسة", "بإجراء محاكمة عادلة", "indirect", "خليل الدليمي", "أكد"),
    ],
)

item(
    "d8-somalia-islamists",
    SRC_A.format("770-788"),
    A[770:789],
    [
        (
            8,
            "أنصار شبكة القاعدة",
            "صفوف الاسلاميين في الصومال",
            "indirect",
            "الولايات المتحدة",
            "تقول",
        ),
        (17, "هذه الاعمال لها", "لها ما يبررها", "indirect", "المحللون السياسيون", "يقول"),
        (18, "المواجهة التي تلوح", "قتل 300 ألف شخص", "indirect", "جون بريندرجاست", "يشير"),
    ],
)

LIVNI = "ليفني"
item(
    "d8-rice-livni-berri",
    SRC_A.format("853-863, 866-867"),
    [*A[853:864], A[866], A[867]],
    [
        (0, "أي سلام يجب", "وليس إلى حلول مؤقتة", "indirect", RICE, "صرحت"),
        (1, "إسرائيل لديها ثلاثة", "على منطقة الجنوب", "indirect", LIVNI, "قالت"),
        (
            2,
            "الوزيرة الأميركية تحمل",
            "الدولي الذي سيعقد بروما لبحث الأزمة",
            "indirect",
            "مراسل الجزيرة",
            "أوضح",
        ),
        (
            5,
            "قيادة الجيش لم تطلع",
            "على قدرات حزب الله القتالي",
            "indirect",
            "وزير اسرائيلي",
            "قوله",
        ),
        (8, "لم يحصل اتفاق", 'في سلة واحدة"', "indirect", "مصادر مقربة من بري", "قالت"),
        (8, "كل عناصر الحل", "في سلة واحدة", "partial", RICE, "إصرار"),
        (8, "تشمل الأولى وقف", "سائر المسائل بالحوار", "direct", "مصادر مقربة من بري", "لخصت"),
        (10, "الوزيرة الأميركية طرحت", "ولم تقدم حلا عمليا", "indirect", "أمين الجميل", "قال"),
        (10, "أنهم من جانبهم أكدوا", "كما ورد باتفاق الطائف", "indirect", "أمين الجميل", "مشيرا"),
        (11, "ستشارك بالمؤتمر", "ستشارك بالمؤتمر", "indirect", "روسيا", "أعلنت"),
        (11, "ستركز على وقف", "بموافقة الأطراف المتنازعة", "indirect", "روسيا", "قائلة"),
    ],
)

RUMHI = "محمد بن حمد سيف الرمحي"
item(
    "d8-oman-gas-conference",
    SRC_A.format("872-874, 876"),
    [*A[872:875], A[876]],
    [
        (0, "لدول مجلس التعاون", "والاجتماعية للعالم الغربي", "indirect", RUMHI, "معتبرا"),
        (0, "انعقاد مثل هذا المؤتمر", "نظرة الدول الغربية للمنطقة", "indirect", RUMHI, "أضاف"),
        (2, "حصة الغاز الطبيعي", "لتصل الي 20% في عام 2020", "indirect", "سوريش ماثيور", "قال"),
    ],
)

item(
    "d8-karachi-protest",
    SRC_A.format("877-893"),
    [*A[877:887], joined(887, 889), *A[889:894]],
    [
        (1, "العالم يقول لا", "يقول لا للحرب", "indirect", "70 الفا من المتظاهرين", "يقولون"),
        (9, "لا للحرب من أجل", "لا للدم من أجل النفط", "indirect", "المتظاهرون", "ردد"),
        (10, "بوش... القاتل", "القاتل الحقيقي للبشرية", "indirect", "المتظاهرون", "كتب"),
        (12, "أي هجوم على العراق", "الاغلبية المسلمة التي تقطنها", "indirect", "باكستان", "تخشى"),
        (13, "لم تقرر الطريقة", "يمهد الطريق للحرب", "indirect", "الحكومة الباكستانية", "قالت"),
    ],
)

HAKIM = "توفيق الحكيم"
item(
    "d8-hakim-and-women",
    SRC_A.format("913-943, 949-962, 965-971, 973-978"),
    [
        joined(913, 916),
        *A[916:922],
        joined(922, 928),
        *A[928:940],
        joined(940, 944),
        joined(949, 951),
        *A[951:961],
        joined(961, 963),
        *A[965:972],
        *A[973:979],
    ],
    [
        (0, "كل المسألة انني", "شيء يتكلم ويتحرك", "indirect", HAKIM, "يقول"),
        (1, "ومع ذلك فأنا أعترف", "من شعر وآداب وفنون", "indirect", HAKIM, "يتابع"),
        (2, "مصر الحديثة لم تر", "في ثوب الأمة المتحضرة", "indirect", HAKIM, "على حد ما يقوله"),
        (2, "السبب الوحيد لذلك", "في مصر نادرة الوجود", "indirect", HAKIM, "برأيه"),
        (5, "المرأة، في نظره، هي", "ما كان ليوجد '", "indirect", HAKIM, "الاعتراف"),
        (5, "ولو لم توجد المرأة", "ما كان ليوجد", "partial", HAKIM, "الاعتراف"),
        (5, "فما من فنان", "بكل شيء في حياتنا", "direct", HAKIM, None),
        (6, "اليوم الذي توجد فيه", "من المدنية الحقيقية", "indirect", HAKIM, "اعتبار"),
        (7, "ان عقل المرأة اذا", "عقل الأمة كلها ومات", "direct", HAKIM, "تنقلها"),
        (7, "لقد ناديت دائما", "في المناصب والاعمال", "direct", HAKIM, "يعلنه"),
        (14, "ما من رجل يحب", "غير المرأة", "indirect", HAKIM, "يقول"),
        (20, "آه من المرأة! ذلك", "والافكار السامية", "direct", HAKIM, "يقول"),
        (21, "ان عقيدتي في المرأة", "ابعد عن الشر وغن له", "direct", HAKIM, "قال"),
        (22, "ان المرأة النادرة", "جوهرة اصيلة", "direct", HAKIM, "ملاحظات"),
        (23, "ان الحب قصة", "ينتهي العالم", "direct", HAKIM, "يقول"),
        (24, "هذا الحب هو اسمى", "وانبل أنواع الحب", "indirect", HAKIM, "يرى"),
        (28, "لقد ندمت على", "والعشرين من العمر", "indirect", HAKIM, "يدعو"),
        (32, "لذلك فإنني لا اشجع", "مثل طه حسين", "direct", HAKIM, None),
        (36, "ولد الفن، كما يقول", "ولدت الحياة نفسها", "indirect", HAKIM, "كما يقول"),
        (38, "مخاطرها", "مخاطرها", "partial", HAKIM, "ينبه"),
        (38, "تحدياتها", "تحدياتها", "partial", HAKIM, "ينبه"),
        (38, "عيوبها", "عيوبها", "partial", HAKIM, "ينبه"),
    ],
    names=[
        "خطوة",
        "الخطوة",
        "باريسيا",
        "فرنسيا",
        "تحسين",
        "راهب الفكر",
        "رهبان الفكر",
        "المجهول",
        "المطلق",
        "عصفور من الشرق، وعودة الروح، وزهرة العمر، وسجن العمر",
    ],
)

item(
    "d8-real-madrid-calderon",
    SRC_A.format("980-988"),
    [A[980], joined(981, 983), *A[983:989]],
    [
        (0, "رئيس النادي رامون", "انتخابات رئاسة النادي", "indirect", "ريال مدريد", "قال"),
        (1, "اللجنة الانتخابية لريال", "خوان ميغيل فيلار مير", "direct", "ريال مدريد", "قال"),
        (5, "سيحترم جميع القرارات", "في الوقت الحالي", "indirect", "خوان ميغيل فيلار مير", "يقول"),
        (6, "جرى استبعاد ما يصل", "صوت عبر البريد", "indirect", "تقارير", "تفيد"),
        (7, "الامر قد يستغرق", "اتخاذ قرار نهائي", "indirect", "وسائل إعلام اسبانية", "ذكرت"),
    ],
)

item(
    "d8-agassi-los-angeles",
    SRC_A.format("1072-1077"),
    A[1072:1078],
    [
        (2, "سيعتزل اللعب عقب", "بطولة الولايات المتحدة", "indirect", "أندريه أغاسي", "أعلن"),
    ],
)

item(
    "d8-veiled-actresses",
    SRC_A.format("1078-1079, 1082-1086"),
    [A[1078], A[1079], *A[1082:1087]],
    [],
    names=[
        "قلب حبيبة",
        "حبيب الروح",
        "قلب الدنيا",
        "أصعب قرار",
        "بنت بنوت",
        "سوق الخضار",
        "الإمام المراغي",
        "على باب مصر",
        "نصر الله",
    ],
)

BACHCHAN = "أميتاب باتشان"
item(
    "d8-bachchan-oscars",
    SRC_A.format("1087-1088, 1091-1092"),
    [A[1087], A[1088], A[1091], A[1092]],
    [
        (0, "صناعة السينما في بلاده", "منها في هوليوود", "indirect", BACHCHAN, "قائلا"),
        (1, "لا يعتقد أن فوز", "به أي فيلم عظيم", "indirect", BACHCHAN, "قال"),
        (1, "الجوائز السنوية التي", "تعتبر الأفضل في نظره", "indirect", BACHCHAN, "مشيرا"),
    ],
    names=["يونيسيف"],
)

item(
    "d8-saladin-minbar",
    SRC_A.format("1259-1272"),
    [*A[1259:1263], joined(1263, 1265), *A[1265:1273]],
    [
        (4, "لقد صممنا وآلينا", "وحفزهم على التعاون والتضامن", "direct", "الحسين", "قائلا"),
        (5, "ازاحة الستارة عن", "بدأت منذ عام 1924", "indirect", "عبد الفتاح صلاح", "قال"),
        (6, "المنبر سينقل قريبا", "ويركب في المسجد الاقصى", "indirect", "رائف نجم", "أكد"),
    ],
    names=["كلنا الأردن"],
)

item(
    "d8-nsa-wiretap-ruling",
    SRC_A.format("1273-1282"),
    A[1273:1283],
    [
        (3, "لم يكن أبدا في نية", "المبادئ المذكورة", "indirect", "آنا ديغز تايلور", "جاء في"),
        (4, "هذا القرار غير نافذ", "هذا القرار غير نافذ", "indirect", "مراسل الجزيرة", "قال"),
        (4, "تطرح القضية في", "أمام المحكمة العليا", "indirect", "مراسل الجزيرة", "مرجحا"),
        (
            6,
            "مشروع ولا يستهدف",
            "سوى المنظمات الإرهابية",
            "indirect",
            "إدارة الرئيس جورج بوش",
            "أكدت",
        ),
        (7, "السلطات قد تقوم", "بالتنصت على مكالماتهم", "indirect", "عدة منظمات", "يعتبرون"),
    ],
)

item(
    "d8-iraq-violence-karbala",
    SRC_A.format("1300-1301, 1303-1317"),
    [A[1300], A[1301], *A[1303:1318]],
    [
        (
            1,
            "سبعةعراقيين قتلوا",
            "إلى إصابة 26 آخرين",
            "indirect",
            "مكتب رئيس الوزراء نوري المالكي",
            "قال",
        ),
        (9, "5 حراس أمن قتلوا", "قتلوا في الانفجار", "indirect", "الشرطة", "ذكرت"),
    ],
)

item(
    "d8-uk-wages",
    SRC_A.format("1335-1337, 1339-1340"),
    [*A[1335:1338], A[1339], A[1340]],
    [
        (1, "متوسط الدخل ارتفع", "التوقعات عند 4.1%", "indirect", "مكتب الإحصاء الوطني", "قال"),
        (2, "يؤدي ارتفاع أسعار", "زيادة تضخمية للأجور", "indirect", "بنك إنجلترا المركزي", "يخشى"),
        (
            2,
            "زيادة الأجور بنسبة",
            "تتفق مع ثبات الأسعار",
            "indirect",
            "بنك إنجلترا المركزي",
            "أضاف",
        ),
    ],
)

HRW = "هيومان رايتس ووتش"
item(
    "d8-anfal-trial",
    SRC_A.format("1673-1675, 1677-1689"),
    [*A[1673:1676], *A[1677:1690]],
    [
        (4, "سيكون حاضرا لدى", "من اصل اربعين محاميا", "indirect", "جعفر الموسوي", "قال"),
        (6, "هدف حملة الانفال", "عبر مهاجمة المدنيين", "indirect", "القرار الاتهامي", "نص"),
        (8, "عمليات القتل لا", "بقمع التمرد", "indirect", HRW, "اعتبرت"),
        (10, "الاسرى قتلوا بعد", "من تحقيق اهدافها", "direct", HRW, "يشير"),
        (10, "هذه النقاط هي مؤشر", "في ارتكاب ابادة جماعية", "indirect", HRW, "يوضح"),
        (
            13,
            "يتراوح اعداد الضحايا",
            "بين100 و180 الفا",
            "indirect",
            "مصادر مختلفة",
            "وفقا لتقديرات",
        ),
    ],
)

item(
    "d8-polisario-sit-in",
    SRC_A.format("1577-1587"),
    A[1577:1588],
    [
        (
            0,
            "تخوض أسر عدد",
            "بالإفراج الفوري عن أقاربهم",
            "indirect",
            "عدد من شهود العيان",
            "وفق ما أفاد",
        ),
        (
            4,
            "اتخذت هذه المظاهرات",
            "والتأطير الجزائري للمخيمات",
            "indirect",
            "شهادات وردت من المخيمات",
            "حسب",
        ),
    ],
)

item(
    "d8-rizk-war-crimes",
    SRC_A.format("2350-2352"),
    A[2350:2353],
    [
        (1, "موضوع جرائم الحرب", "حيال التعاطي معه", "indirect", "شارل رزق", "كما قال"),
    ],
    names=["للديار"],
)

item(
    "d8-hijri-calendar",
    SRC_A.format("2360"),
    [A[2360]],
    [
        (
            0,
            "اشارة الى الاشكالية",
            "في هذا التقرير العلمي الفلكي",
            "indirect",
            "عبدالعزيز بن سلطان الشمري",
            "قال",
        ),
    ],
    names=["الاقتران"],
)

item(
    "d8-tilimsani-study",
    SRC_A.format("2557-2562"),
    A[2557:2563],
    [
        (
            0,
            "إسمه يطلق علي",
            "وأصغر وزير عرفته الوزارات العربية",
            "indirect",
            "بهاء حسب الله",
            None,
        ),
        (1, "شمس الدين عرف", "في زمن الدولة المملوكية", "indirect", "بهاء حسب الله", "قال فيها"),
    ],
)

ACTORS = [
    (0, "العرب هم مصدر الارهاب", "ان تبيد حزب الله", "توم كروز"),
    (0, "اسرائيل اسمها يعنى", "كونى مواطن امريكى", "انطونى هوبكينز"),
    (0, "الطرفين خاطئين", "المذبحه باى طريقه", "ويل سميث"),
    (0, "العرب والمسلمين ليسوا", "العالم امام اسرائيل", "انجلينا جولى"),
    (0, "بوش وشارون وبلير", "سيظل التاريخ يلعنها", "جورج كلونى"),
    (0, "ا لعرب هم عاله", "ويجب ابادتهم جميعا", "ريتشارد غير"),
    (0, "نتكلم الان من منطلق", "لو كنا نحن الاضعف", "شين كونرى"),
    (0, "اليهود هم مصدر", "ان احارب ضدهم", "ميل جيبسون"),
    (0, "اصبحنا نعيش فى", "لكى نحتقرهم", "رالف فينس"),
    (1, "انظروا لتاريخ اسرائيل", "من هم الارهابيين", "الباتشينو"),
    (1, "لم يعد هناك وجود", "بسبب وجود اسرائيل", "داستين هوفمان"),
    (1, "لو كان العرب هم", "لذا يجب ابادتهم", "كيانو ريفز"),
    (1, "العرب مخلوقات بشعه", "فلا توجد مقارنه", "هارسون فورد"),
    (1, "العرب هم الارهابيين", "فالى الامام يا اسرائيل", "ارنولد شوارزنيجر"),
    (1, "لا اعلم الكثير", "فالجانبين بشر", "ساندرا بولوك"),
]
item(
    "d8-actors-opinions",
    SRC_A.format("2629-2630 (2630 runs on into an athletics report)"),
    A[2629:2631],
    [(p, b, e, "indirect", who, None) for p, b, e, who in ACTORS],
)

item(
    "d8-benhassi-zurich",
    SRC_A.format("2631-2632, 2640"),
    [A[2631], A[2632], A[2640]],
    [
        (2, "بالرغم من أن التوقيت", "عما كانت تعدو به سابقا", "indirect", "سعيد عويطة", "مشيرا"),
    ],
)

item(
    "d8-iran-economy-experts",
    SRC_A.format("2944-2945"),
    A[2944:2946],
    [
        (
            0,
            "الاقتصاد الإيراني يمكن",
            "واردات البنزين الباهظة الثمن",
            "indirect",
            "عدد من خبراء الاقتصاد",
            "يرى",
        ),
    ],
)

item(
    "d8-september-11-reactions",
    SRC_A.format("3071-3076, 3079-3082"),
    [A[3071], joined(3072, 3075), A[3075], A[3076], *A[3079:3083]],
    [
        (5, "استراتيجيتها هي عدم", "خارج فلسطين", "indirect", "حماس", "اعلان"),
        (5, "عمل ارهابي يجب", "يجب معاقبة مرتكبيه", "indirect", "سالم زعيف", "قائلا"),
    ],
    names=["سي. آي. ايه"],
)

KENYON = "بيتر كينيون"
item(
    "d8-kenyon-ferguson-successor",
    SRC_A.format("3084-3093"),
    [*A[3084:3087], joined(3087, 3091), joined(3091, 3093), A[3093]],
    [
        (0, "اليكس فيرجسون المدير", "في اختيار خليفة له", "indirect", KENYON, "اكد"),
        (2, "البحث عن مدير فني", "في اوائل العام المقبل", "indirect", KENYON, "قوله"),
        (3, "مع بداية العام", "لانه استبدل او استقال", "direct", KENYON, "قال"),
        (4, "لديا مدير فني", "لكن سنستفيد منها", "direct", KENYON, "اضاف"),
    ],
)

GHALI = "يوسف بطرس غالي"
item(
    "d8-egypt-finance-ghali",
    SRC_A.format("3163-3176"),
    [
        joined(3163, 3165),
        A[3165],
        A[3166],
        joined(3167, 3169),
        A[3169],
        joined(3170, 3173),
        *A[3173:3177],
    ],
    [
        (0, "9, 4 مليار جنيه", "حصيلة الجمارك عام2006 / 2005", "indirect", GHALI, None),
        (0, "قانون الضرائب الجديد", "خلال العام المالي2006 / 2005", "indirect", GHALI, "أكد"),
        (2, "هذا الارتفاع والنمو", "9, 6% من الناتج المحلي", "indirect", GHALI, "قال"),
        (3, "الناتج المحلي الاجمالي خلال", "من العام السابق", "indirect", "وزارة المالية", "كشف"),
    ],
)

MISHAL = "نذار فيصل المشعل"
item(
    "d8-arab-economic-council",
    SRC_A.format("3190, 3193-3194"),
    [A[3190], A[3193], A[3194]],
    [
        (1, "اجتماع المجلس الاقتصادي", "الاقتصادي العربي المشترك", "indirect", MISHAL, "أكد"),
        (2, "الحجر والبشر", "الحجر والبشر", "partial", MISHAL, "عبر عن إدانته"),
    ],
)

item(
    "d8-world-bank-stability",
    SRC_A.format("3247-3249"),
    A[3247:3250],
    [
        (
            0,
            "دعوة الاقتصاديات الناشئة",
            "بحدوث السيناريوهات المخيفة",
            "direct",
            "البنك الدولي",
            None,
        ),
        (1, "التراجع بالنشاط الاقتصادي", "لمواجهة الأزمة", "indirect", "البنك الدولي", "أشار"),
    ],
)

item(
    "d8-oprah-radio",
    SRC_A.format("3341-3343"),
    A[3341:3344],
    [],
    names=["أوبرا آند فريندز"],
)

item(
    "d8-china-gas-oil",
    SRC_A.format("3358-3371"),
    [*A[3358:3365], joined(3365, 3367), joined(3367, 3370), A[3370], A[3371]],
    [
        (9, "يكلف هذا الاستيراد", "32 مليار دولار", "indirect", "مصادر رسمية", "حسب"),
    ],
)

item(
    "d8-saic-rover",
    SRC_A.format("3684-3685"),
    A[3684:3686],
    [],
    names=["روفر 25"],
)

item(
    "d8-nissan-urvan",
    SRC_A.format("3687-3705"),
    [*A[3687:3692], joined(3692, 3694), *A[3694:3706]],
    [
        (0, "تواصل هذه المبيعات", "في قطاع الأعمال", "indirect", "نيسان الشرق الأوسط", "تتوقع"),
    ],
    names=["أورفان", "نيسان أورفان"],
)

item(
    "d8-iraq-oil-output",
    SRC_A.format("3829-3837"),
    [A[3829], joined(3830, 3833), joined(3833, 3837), A[3837]],
    [
        (
            1,
            "إنتاج النفط العراقي",
            "خلال أغسطس / آب",
            "indirect",
            "وزارة الطاقة الأميركية",
            "استنادا إلى",
        ),
        (2, "العراق كان ينتج", "و2. 5 مليون برميل يوميا", "indirect", "خبراء الطاقة", "يقدرون"),
    ],
)

item(
    "d8-un-secretary-straw-poll",
    SRC_A.format("3839-3840, 3843"),
    [A[3839], A[3840], A[3843]],
    [
        (0, "مرشح كوريا الجنوبية", "امتنع صوت آخر عن التصويت", "indirect", "وانغ غوانغيا", "قال"),
        (
            2,
            "الولايات المتحدة تحبذ",
            "المرشح الكوري الجنوبي",
            "indirect",
            "معظم الدبلوماسيين",
            "يعتقد",
        ),
    ],
)

item(
    "d8-etoo-injury",
    SRC_A.format("3909-3910, 3912 (3913-3916 repeat them and are not taken)"),
    [A[3909], A[3910], A[3912]],
    [
        (0, "تعرض فريق برشلونة", "من شهرين إلى 3 أشهر", "indirect", "برشلونة", "حسب ما أعلن"),
    ],
    names=["كلاسيكو"],
)

item(
    "d8-herman-book",
    SRC_A.format("3930-3931"),
    A[3930:3932],
    [
        (0, "تلقت آلاف الرسائل", "سبتمبر / أيلول الجاري", "indirect", "هيرمان", "تقول"),
        (0, "90% منها كانت", "منها كانت إيجابية", "indirect", "هيرمان", "تؤكد"),
        (1, "بيعت 50 ألف نسخة", "فهمها بطريقة خاطئة", "indirect", "تقارير", "أفادت"),
    ],
)

item(
    "d8-putin-book-review",
    SRC_A.format("1422-1425, 1427-1429, 1431-1441, 1443-1447, 1449-1468"),
    [*A[1422:1426], *A[1427:1430], *A[1431:1442], *A[1443:1448], *A[1449:1469]],
    [
        (
            13,
            "يتابع، نظراً لماضيه",
            "الإصلاحات الاقتصادية المتوقفة",
            "indirect",
            "الليبراليون",
            "أمل",
        ),
        (24, "المواطن الحر هو", "النمو الاقتصادي والازدهار", "indirect", "بوتين", "تركز على"),
        (25, "ما فعله في ولايته", "الحرية والاهتمام بالمجتمع", "indirect", "بوتين", "ليبرر"),
        (27, "الحضارة الغربية لا تستطيع", "أكثر سعادة وخيراً", "indirect", "الكثيرين", "إثبات"),
    ],
    names=["بوتين", "روسيا بوتين", "غورباتشوف"],
)

item(
    "d8-lorca-exhibition",
    SRC_A.format("1486-1488"),
    A[1486:1489],
    [],
    names=["عين الذاكرة"],
)

item(
    "d8-nizar-qabbani",
    SRC_A.format("1515-1524, 1526-1537, 1539-1550, 1552-1554"),
    [*A[1515:1525], *A[1526:1538], *A[1539:1551], *A[1552:1555]],
    [
        (29, "الكنية تركية", '"ذو الشوارب البيض"', "indirect", "أحمد ايبش", "جاء في"),
        (29, "ذو الشوارب البيض", "ذو الشوارب البيض", "partial", "أحمد ايبش", "جاء في"),
    ],
    names=[
        "هوامش على دفتر النكسة",
        "طفولة نهد، الرسم بالكلمات، قصائد، سامبا، أنت لي",
        "قصتي مع الشعر، ما هو الشعر، 100 رسالة حب",
        "منشورات نزار قباني",
        "زهراء آقبيق",
        "الأمير الخرافي توفيق قباني",
        "أسرة آقبيق",
        "الشارب الأبيض",
        "دفاتر شامية عتيقة",
    ],
)

item(
    "d8-mashhad-travel",
    SRC_A.format("2024-2032, 2034-2042, 2044-2051, 2053-2059"),
    [*A[2024:2033], *A[2034:2043], *A[2044:2052], *A[2053:2060]],
    [
        (1, "عدد السكان فيصل", "حوالي 60 مليون نسمة", "indirect", "تقديرات عام 1998", "حسب"),
        (
            6,
            "استشهد مسموما بالعنب",
            'في خراسان "مرو"',
            "indirect",
            "إحدى الروايات التاريخية",
            "تقول",
        ),
        (15, "الإمام الرضا من أغني", "بلايين الدولارات الأمريكية", "indirect", "البعض", "يقول"),
        (
            16,
            "هناك 15 مؤسسة ثقافية",
            "المركزية والمدارس التعليمية",
            "indirect",
            "برادران رفيعي",
            "يقول",
        ),
        (
            17,
            "مجمع البحوث الاسلامية له",
            "في مجال الاقتصاد الاسلامي",
            "indirect",
            "الخراساني",
            "يقول",
        ),
        (30, "الفردوسي ساهم مساهمة", "تطور الثقافة الإيرانية", "indirect", "البعض", "يعتقد"),
    ],
    names=[
        "تركمنستان، كازاخستان، أذربيجان، أرمينيا",
        "هزار مسجد",
        "مرو",
        "شاهرخ بن تيمورلنك",
        "كوهر شاه",
        "الأزبك",
        "الشاه إسماعيل الأول",
        "الشاه طهماسب",
        "الشاه عباس الأول",
        "نادر شاه",
        "العربية، الفرنسية، الانجليزية، الألمانية، الأردية، الروسية",
        "العربي",
    ],
)

item(
    "d8-mahfouz-life",
    SRC_A.format("2731, 2734-2741, 2753-2758"),
    [A[2731], *A[2734:2742], *A[2753:2759]],
    [
        (9, "العالم القديم الذي", "تغير بالثورة", "indirect", "نجيب محفوظ", "بحجة"),
        (14, "من بين أعمال محفوظ", "القسوة التي احتملها الطرفان", "indirect", "النقاد", "اعتبرها"),
    ],
    names=[
        "المجلة الجديدة",
        "مصر القديمة",
        "مفهوم الجمال في الفلسفة الإسلامية",
        "أولاد حارتنا",
        "كلمتي في الرد على نجيب محفوظ",
        "اللص والكلاب",
        "السمان والخريف",
        "الطريق",
        "الشحاذ",
        "ثرثرة فوق النيل",
        "ميرامار",
        "خمارة القط الاسود",
        "تحت المظلة",
        "الكرنك",
    ],
)

item(
    "d8-champions-league-round2",
    SRC_A.format("3706-3736"),
    A[3706:3737],
    [],
    names=[
        "سانتياغو برنابيو",
        "فارول",
        "لا لوش",
        "سلتيك بارك",
        "الامارات",
        "لوكوموتيف",
        "نيكوس غوماس",
    ],
)

item(
    "d8-ramadan-tv-hosts",
    SRC_A.format("3745-3747, 3752, 3754-3759"),
    [*A[3745:3748], A[3752], joined(3754, 3756), *A[3756:3760]],
    [],
    names=[
        "الناس وأنا",
        "الممثلين والمطربين",
        "خارج نطاق الخدمة",
        "حوار من القلب",
        "حبيب الملايين",
        "حور الدنيا",
        "حكايات",
        "تعظيم سلام",
        "مع نور",
        "دايت النجوم",
        "مانشيت",
        "هرم الاحلام",
    ],
)


if __name__ == "__main__":
    GOLD.main(__file__, OUT, SENTENCES, NOT_CHECKED)

# ruff: noqa: E501  (annotation rows hold Arabic names and notes)
"""Rebuild eval/gold/entities_resolution3.jsonl: the third blind gold set for entity resolution.

The first two sets (make_entities_gold.py, make_entities_gold2.py) have been used to develop
the entities step; this one is held out, to be scored once, at the end. Same record and
conventions as the second set (see eval/gold/README.md, "Entity resolution gold, third
set"). Documents:

* twenty ANERcorp pseudo-documents ``anercorp-dev/K``, K = 20..39: the NER dev split cut as
  the second set cuts it, ten consecutive sentences each (``dev[10K:10K+10]``; the last one,
  K = 39, has the split's last 7 sentences, ``[390, 397]``); ANERcorp's own PERS/ORG/LOC
  mentions (MISC ignored) are grouped here, with ``titles`` for persons;
* one AQMAR Wikipedia article (``Islamic_History``), as the earlier sets did theirs.

Annotated from the text alone, before the system was run on these documents (helper
entgold3, stop 15).

Run from the repository root: ``python3 eval/gold/make_entities_gold3.py`` writes the file;
``--check`` verifies it is up to date, that every form is a mention string of its document
(after proclitic stripping), that every mention string is placed, and that every title
occurs in its sentences (the second set's checks).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from entities_gold import E, EntityGold  # the shared builder beside this script

GOLD = EntityGold("entities_resolution3.jsonl")
DOCS, OUT = GOLD.docs, GOLD.out
anercorp, aqmar = GOLD.anercorp, GOLD.aqmar


# --- A. ANERcorp dev pseudo-documents 20-39 --------------------------------------------------
# Conventions of the second set: ANERcorp's types kept (an entity with differently typed
# mentions takes its fullest mention's type); titles are the role phrases as written, without
# proclitics; honorifics (الدكتور, السيد, الشيخ, سعادة, سمو, صاحب السمو, الكابتن) are no
# titles; military ranks (الجنرال, العقيد) and royal titles (الأمير) are.

# dev 200-209: Israel's withdrawal from south Lebanon, UN-run talks at Naqoura.
anercorp(
    20,
    [
        E("ORG", "الامم المتحدة", ["الامم المتحدة"]),
        E("LOC", "لبنان", ["لبنان"]),
        E("PERS", "ايهود اولمرت", ["ايهود اولمرت"], ["رئيس الوزراء الاسرائيلي"]),
        E("LOC", "الناقورة", ["الناقورة"]),
        E("PERS", "عمير بيريتس", ["عمير بيريتس"], ["وزير الدفاع"]),
        E(
            "LOC",
            "اسرائيل",
            ["اسرائيل", "تل ابيب"],
            note="«ان تل ابيب تنتظر توضيحات» (sentence 206): the city stands for the Israeli government and is not named otherwise here, so «تل ابيب» is listed under the country (second set's «اصرار بكين»)",
        ),
        E(
            "ORG",
            "حزب الله",
            ["حزب الله", "حزب", "الله"],
            note="sentence 209 «لحزب الله» is split by ANERcorp into «لحزب» + «الله» (two ORG mentions): both fragments are forms of Hezbollah",
        ),
        E("ORG", "هآرتس", ["هآرتس"]),
        E("ORG", "معاريف", ["معاريف"]),
        E("LOC", "الليطاني", ["الليطاني"], note="the river («نهر الليطاني»)"),
    ],
)

# dev 210-219: south Lebanon after the war: Naqoura talks, Hezbollah, UNHCR on the displaced.
anercorp(
    21,
    [
        E("LOC", "بيروت", ["بيروت"]),
        E("LOC", "لبنان", ["لبنان"]),
        E("LOC", "الناقورة", ["الناقورة"]),
        E(
            "PERS",
            "آلان بيللغريني",
            ["آلان بيللغريني"],
            ["قائد ' ' يونيفل ' '", "الجنرال الفرنسي"],
            note="«قائد ' ' يونيفل ' ' الجنرال الفرنسي آلان بيللغريني»: the office and the rank (with a nationality) are two title phrases",
        ),
        E("ORG", "حزب الله", ["حزب الله"]),
        E("PERS", "حسن نصرالله", ["حسن نصرالله"], ["أمين عام الحزب"]),
        E("LOC", "اسرائيل", ["اسرائيل"]),
        E(
            "ORG",
            "الامم المتحدة",
            ["الامم المتحدة"],
            note="«مفوضية الامم المتحدة لشؤون اللاجئين» (sentence 218): ANERcorp's mention is the UN inside the agency's name",
        ),
        E(
            "PERS",
            "ارجون جين",
            ["ارجون جين"],
            ["احد مسؤولي المفوضية"],
        ),
    ],
    not_entities=["شبعا وكفركلا"],
    note="not an entity: «شبعا وكفركلا» (sentence 213) is one ANERcorp LOC mention spanning two villages",
)

# dev 220-229: UN mine clearance in Lebanon (220-221); Al Wahda before Al Jazira (222-229).
anercorp(
    22,
    [
        E(
            "ORG",
            "الامم المتحدة",
            ["الامم المتحدة"],
            note="also inside «مركز الامم المتحدة لازالة الالغام» (sentence 220)",
        ),
        E(
            "PERS",
            "كريس كلارك",
            ["كريس كلارك", "كلارك"],
            ["مدير مركز الامم المتحدة لازالة الالغام"],
        ),
        E("LOC", "اسرائيل", ["اسرائيل"]),
        E(
            "PERS",
            "عبدالله صالح",
            ["عبدالله صالح", "صالح"],
            ["مدير الكرة بالوحدة"],
        ),
        E("ORG", "الجزيرة", ["الجزيرة"], note="the Abu Dhabi club Al Jazira"),
        E(
            "LOC",
            "الإمارات",
            ["الإمارات"],
            note="«خسارة مباراة الإمارات» (sentence 224): the club Al Emirates, Al Wahda's previous opponent; ANERcorp tags it LOC and its type is kept",
        ),
        E(
            "PERS",
            "العنابي",
            ["العنابي", "العنابي الكامل"],
            note="«العنابي» (the maroon) is Al Wahda's nickname: the club; ANERcorp tags it PERS here (type kept) and its mention «العنابي الكامل» (sentence 225, «تقدير العنابي الكامل له», the club's full esteem) takes in an adjective. «الوحدة» itself is not tagged in this document",
        ),
    ],
)

# dev 230-239: Al Wahda before Al Jazira (230-237); South Korea's campaign for Ban Ki-moon
# (238-239).
anercorp(
    23,
    [
        E("PERS", "هورست كوبل", ["هورست كوبل", "كوبل"], note="Al Wahda's coach"),
        E("LOC", "الإمارات", ["الإمارات"], note="the club Al Emirates (ANERcorp's LOC kept)"),
        E("ORG", "الجزيرة", ["الجزيرة"]),
        E(
            "ORG",
            "الوحدة",
            ["الوحدة", "العنابي"],
            note="«العنابي» (the maroon, sentences 231-236; «للعنابي» in 236) is Al Wahda's nickname: one club with «نادي الوحدة» (sentence 233)",
        ),
        E(
            "PERS",
            "عبدالسلام جمعة",
            ["عبدالسلام جمعة"],
            note="«وقدم جمعة الشكر» (sentence 233) is not tagged",
        ),
        E(
            "PERS",
            "عبدالله صالح",
            ["عبدالله صالح"],
            note="«للكابتن عبدالله صالح»: «الكابتن» is an honorific of address in Arab football writing, no title",
        ),
        E("PERS", "عبدالله ناصر الجنيبي", ["عبدالله ناصر الجنيبي"], ["أمين السر"]),
        E(
            "PERS",
            "بان كي مون",
            ["بان كي مون"],
            ["وزير خارجيتها وتجارتها السابق"],
        ),
        E("ORG", "رويترز", ["رويترز"]),
        E("ORG", "تايمز", ["تايمز"], note="the British newspaper The Times"),
        E("LOC", "كوريا الجنوبية", ["كوريا الجنوبية"]),
        E("ORG", "مجلس الأمن", ["مجلس الأمن"]),
        E("ORG", "الأمم المتحدة", ["الأمم المتحدة"]),
        E("PERS", "كوفي أنان", ["كوفي أنان"], ["الأمين العام الحالي للأمم المتحدة"]),
    ],
)

# dev 240-249: Ban Ki-moon's campaign (240-247); Iraq's oil losses (248-249).
anercorp(
    24,
    [
        E(
            "PERS",
            "بان كي مون",
            ["بان كي مون", "مون", "بان"],
            ["المرشح الكوري الجنوبي"],
            note="«جهود مون» (sentence 240), «إن بان جاب» (sentence 242); «للمرشح الكوري الجنوبي» (sentence 246) stands for him",
        ),
        E("ORG", "مجلس الأمن", ["مجلس الأمن"]),
        E("LOC", "بريطانيا", ["بريطانيا"]),
        E("LOC", "فرنسا", ["فرنسا"]),
        E("ORG", "الأمم المتحدة", ["الأمم المتحدة"]),
        E("LOC", "آسيا", ["آسيا"]),
        E("LOC", "أفريقيا", ["أفريقيا"]),
        E(
            "LOC",
            "أميركا",
            ["أميركا"],
            note="«وأميركا الجنوبية»: ANERcorp's mention leaves out «الجنوبية»",
        ),
        E("LOC", "أوروبا", ["أوروبا"]),
        E("ORG", "رويترز", ["رويترز"]),
        E("ORG", "تايمز", ["تايمز"]),
        E(
            "LOC",
            "كوريا الجنوبية",
            ["كوريا الجنوبية", "كوريا", "سول"],
            note="«سول» (sentences 242-244, tagged ORG) is Seoul standing for the South Korean government, the city not being named otherwise: listed under the country, whose fuller LOC mention gives the type; «بالنسبة لكوريا» (sentence 243) is the country",
        ),
        E("LOC", "غامبيا", ["غامبيا"]),
        E("LOC", "العراق", ["العراق"]),
    ],
)

# dev 250-259: Iraq's oil losses (continued).
anercorp(
    25,
    [
        E("LOC", "العراق", ["العراق"]),
        E(
            "PERS",
            "إستوارت بوين",
            ["إستوارت بوين", "بوين"],
            ["المفتش الأميركي بشأن مشاريع الإعمار في العراق", "المفتش الأميركي"],
            note="«ودعا المفتش الأميركي» (sentence 252) stands for him",
        ),
    ],
)

# dev 260-269: Iraqi oil smuggling (260-261); Ban Ki-moon leads the Security Council straw poll
# (262-269).
anercorp(
    26,
    [
        E(
            "PERS",
            "كوفي أنان",
            ["كوفي أنان", "أنان"],
            note="«أنان يستعد لترك منصبه» (caption, sentence 262)",
        ),
        E("LOC", "كوريا الجنوبية", ["كوريا الجنوبية"]),
        E(
            "PERS",
            "بان كي مون",
            ["بان كي مون"],
            ["وزير خارجية كوريا الجنوبية", "المرشح الكوري الجنوبي"],
            note="«المرشح الكوري الجنوبي» (sentences 267, 269) stands for him; «يفوز بان» (sentence 265) is not tagged",
        ),
        E("ORG", "الأمم المتحدة", ["الأمم المتحدة"]),
        E(
            "ORG",
            "مجلس الأمن الدولي",
            ["مجلس الأمن الدولي", "مجلس الأمن"],
        ),
        E("LOC", "الصين", ["الصين"]),
        E("PERS", "وانغ غوانغيا", ["وانغ غوانغيا"], ["سفير الصين لدى الأمم المتحدة"]),
        E("LOC", "الولايات المتحدة", ["الولايات المتحدة"]),
        E("LOC", "فرنسا", ["فرنسا"]),
        E("LOC", "بريطانيا", ["بريطانيا"]),
        E("LOC", "روسيا", ["روسيا"]),
        E("LOC", "لاتفيا", ["لاتفيا"]),
        E("PERS", "فايرا فيكي فريبيرجا", ["فايرا فيكي فريبيرجا"], ["رئيسة لاتفيا"]),
        E(
            "PERS",
            "أشرف غاني أحمد ضاي",
            ["أشرف غاني أحمد ضاي"],
            ["وزير المالية الأفغاني السابق"],
        ),
        E(
            "PERS",
            "شاشي تارور",
            ["شاشي تارور"],
            ["مساعد الأمين العام للأمم المتحدة للإعلام"],
            note="«وهو روائي هندي يشغل منصب مساعد الأمين العام للأمم المتحدة للإعلام»: the office he holds is his title; the indefinite «روائي هندي» is not",
        ),
    ],
)

# dev 270-279: the other UN candidates (270-271); NATO takes command across Afghanistan
# (272-279).
anercorp(
    27,
    [
        E("LOC", "الأردن", ["الأردن"]),
        E("ORG", "الأمم المتحدة", ["الأمم المتحدة"]),
        E(
            "PERS",
            "زيد رعد زيد الحسين",
            ["زيد رعد زيد الحسين"],
            ["سفير الأردن لدى الأمم المتحدة", "الأمير"],
            note="«الأمير» (prince) is a royal title, kept as «الملك» is",
        ),
        E("PERS", "سوراكيارت ساتيراتاي", ["سوراكيارت ساتيراتاي"], ["نائب رئيس وزراء تايلند"]),
        E("LOC", "تايلند", ["تايلند"]),
        E(
            "PERS",
            "جيانتا دانابالا",
            ["جيانتا دانابالا"],
            ["المساعد السابق للأمين العام للأمم المتحدة لشؤون نزع السلاح"],
        ),
        E("LOC", "سريلانكا", ["سريلانكا"]),
        E("LOC", "آسيا", ["آسيا"]),
        E(
            "ORG",
            "حلف شمال الأطلسي",
            ["حلف شمال الأطلسي", "الناتو"],
            note="«الحلف» (sentences 273, 277) is a bare common noun, no form",
        ),
        E("LOC", "أفغانستان", ["أفغانستان"]),
        E("LOC", "بروكسل", ["بروكسل"]),
        E("LOC", "بورتوروز", ["بورتوروز"]),
        E("LOC", "سلوفينيا", ["سلوفينيا"]),
        E("ORG", "إيساف", ["إيساف"], note="ISAF, the NATO-led force: kept apart from NATO"),
        E("ORG", "طالبان", ["طالبان"]),
        E("LOC", "كابل", ["كابل"]),
        E("LOC", "الولايات المتحدة", ["الولايات المتحدة"]),
    ],
)

# dev 280-289: NATO in Afghanistan (280-287); Baghdad bombings (288-289).
anercorp(
    28,
    [
        E("ORG", "الناتو", ["الناتو"]),
        E("LOC", "أوروبا", ["أوروبا"]),
        E("PERS", "جيمس جونز", ["جيمس جونز"], ["قائد الناتو بأوروبا", "الجنرال"]),
        E("ORG", "إيساف", ["إيساف"]),
        E("ORG", "طالبان", ["طالبان"]),
        E("ORG", "القاعدة", ["القاعدة"]),
        E("LOC", "أفغانستان", ["أفغانستان"]),
        E(
            "ORG",
            "بيلد",
            ["بيلد"],
            note="the German newspaper; «ونسبت بيلد» (sentence 284) is not tagged",
        ),
        E(
            "PERS",
            "هانز أوليش سيدت",
            ["هانز أوليش سيدت"],
            ["السفير الألماني بأفغانستان", "السفير"],
            note="«إلى السفير» (sentence 284) stands for him",
        ),
        E("LOC", "باكستان", ["باكستان"]),
        E(
            "LOC",
            "وزيرستان",
            ["وزيرستان"],
            note="«شمال وزيرستان»: ANERcorp's mention leaves out «شمال»",
        ),
        E("PERS", "جون باراديس", ["جون باراديس"], ["المتحدث باسم الجيش", "العقيد"]),
        E("LOC", "كابل", ["كابل"]),
        E("LOC", "بغداد", ["بغداد"]),
    ],
    not_entities=["خوست وبكتيكا"],
    note="not an entity: «خوست وبكتيكا» (sentence 287) is one ANERcorp LOC mention spanning two provinces",
)

# dev 290-299: Baghdad bombings (continued).
anercorp(
    29,
    [
        E("LOC", "علاوي الحلة", ["علاوي الحلة"]),
        E("LOC", "بغداد", ["بغداد"]),
        E("LOC", "الدورة", ["الدورة"]),
        E("LOC", "السعدون", ["السعدون"], note="the street («بشارع السعدون»)"),
        E("LOC", "البياع", ["البياع"]),
        E("LOC", "الشعب", ["الشعب"], note="the Baghdad district («بمنطقة الشعب»)"),
        E("PERS", "نوري المالكي", ["نوري المالكي"]),
    ],
)

# dev 300-309: Baghdad (300-301); Sudan rejects Rice's warning over Darfur (302-309).
anercorp(
    30,
    [
        E("PERS", "بيتر كيارللي", ["بيتر كيارللي"], ["الجنرال"]),
        E("LOC", "بغداد", ["بغداد"]),
        E(
            "PERS",
            "المالكي",
            ["المالكي"],
            ["رئيس الوزراء"],
            note="«برئيس الوزراء» (sentence 300) and «رئيس الوزراء» (sentence 301) stand for him",
        ),
        E(
            "PERS",
            "أبو الغيط",
            ["أبو الغيط"],
            note="caption (sentence 302); «موقف الخرطوم» there is not tagged",
        ),
        E("LOC", "دارفور", ["دارفور"]),
        E("LOC", "السودان", ["السودان"]),
        E(
            "PERS",
            "كوندوليزا رايس",
            ["كوندوليزا رايس", "رايس"],
            ["وزيرة الخارجية الأميركية"],
        ),
        E("PERS", "علي كرتي", ["علي كرتي"], ["وزير الدولة بوزارة الخارجية"]),
        E(
            "PERS",
            "عثمان نافع",
            ["عثمان نافع"],
            ["مدير الإدارة السياسية برئاسة الجمهورية"],
        ),
        E("ORG", "الجزيرة نت", ["الجزيرة نت"]),
        E("ORG", "الاتحاد الأفريقي", ["الاتحاد الأفريقي"]),
        E(
            "PERS",
            "البشير",
            ["البشير"],
            ["الرئيس السوداني"],
            note="«الرئيس السوداني» (sentence 308) stands for him",
        ),
        E("LOC", "واشنطن", ["واشنطن"]),
        E("LOC", "الولايات المتحدة", ["الولايات المتحدة"]),
    ],
)

# dev 310-319: Egypt on Darfur, Minnawi appointed, eastern Sudan protocol (310-318); a Qatari
# league caption (319).
anercorp(
    31,
    [
        E(
            "PERS",
            "أحمد أبو الغيط",
            ["أحمد أبو الغيط", "أبو الغيط"],
            ["وزير الخارجية المصري"],
        ),
        E("LOC", "مصر", ["مصر"]),
        E("LOC", "أبوجا", ["أبوجا"]),
        E("ORG", "مجلس الأمن", ["مجلس الأمن"]),
        E("ORG", "الأمم المتحدة", ["الأمم المتحدة"]),
        E(
            "LOC",
            "السودان",
            ["السودان", "الخرطوم"],
            note="«تحفظات الخرطوم» (sentence 311): the capital stands for the Sudanese government and the city is not named otherwise, so it is listed under the country; «لحركة تحرير السودان» (sentence 312, LOC) and «شرق السودان» (sentence 316) are the country's string",
        ),
        E(
            "ORG",
            "حركة العدل",
            ["حركة العدل"],
            note="the Justice and Equality Movement; ANERcorp's mention leaves out «والمساواة»",
        ),
        E(
            "ORG",
            "تحرير",
            ["تحرير", "السودان"],
            note="«وحركة تحرير السودان بزعامة مني مناوي» (sentence 312): ANERcorp tags «تحرير» and «السودان» as two ORG mentions, both fragments of the Sudan Liberation Movement's name",
        ),
        E(
            "PERS",
            "مني مناوي",
            ["مني مناوي", "مناوي", "ميناوي"],
            ["زعيم أحد الأجنحة المتمردة في دارفور", "رئيس السلطة الإقليمية الانتقالية بدارفور"],
            note="Minni Minnawi, spelled «مني مناوي» (sentence 312) and «ميني ميناوي» (sentences 313, 314); «رئيس السلطة الإقليمية الانتقالية بدارفور» (sentence 315) stands for him",
        ),
        E("LOC", "دارفور", ["دارفور"]),
        E("ORG", "رويترز", ["رويترز"]),
        E("ORG", "سونا", ["سونا"], note="the official Sudanese news agency"),
        E("LOC", "أسمرا", ["أسمرا"]),
        E("LOC", "إريتريا", ["إريتريا"]),
        E("ORG", "العربي", ["العربي"], note="the Qatari club Al-Arabi (caption)"),
        E("ORG", "الوكرة", ["الوكرة"]),
    ],
    not_entities=["عمر البشير ميني ميناوي"],
    shared=["السودان"],
    note="not an entity: «عمر البشير ميني ميناوي» (sentence 313) is one ANERcorp PERS mention spanning two persons (al-Bashir appoints Minnawi); neither is placed under it. «السودان» names the country and is a fragment of the Sudan Liberation Movement's name (sentence 312)",
)

# dev 320-329: Qatari league, round four (320-326); Arsenal want to keep Wenger (327-329).
anercorp(
    32,
    [
        E("ORG", "العربي", ["العربي"]),
        E("ORG", "الغرافة", ["الغرافة"]),
        E("ORG", "الشمال", ["الشمال"]),
        E("PERS", "مجتبي جعفر", ["مجتبي جعفر"], ["لاعب العربي"]),
        E("PERS", "أحمد خليل", ["أحمد خليل"], ["حارس العربي"]),
        E(
            "PERS",
            "كلاوديو",
            ["كلاوديو"],
            note="«للبرازيلي كلاوديو»: a nationality alone, no title",
        ),
        E(
            "PERS",
            "غواو",
            ["غواو", "توماس"],
            note="João Tomás: ANERcorp tags «غواو» and «توماس» as two PERS mentions (sentence 323), both fragments of one player's name",
        ),
        E("PERS", "وليد حمزة", ["وليد حمزة"]),
        E(
            "PERS",
            "الخور",
            ["الخور"],
            note="the club Al-Khor; ANERcorp tags it PERS and its type is kept",
        ),
        E("PERS", "مبارك مصطفى", ["مبارك مصطفى"]),
        E("ORG", "قطر", ["قطر"], note="the club Qatar SC («نادي قطر»)"),
        E("ORG", "الأهلي", ["الأهلي"], note="Al-Ahli of Doha"),
        E("ORG", "أم صلال", ["أم صلال"]),
        E("ORG", "السد", ["السد"]),
        E("ORG", "الريان", ["الريان"]),
        E("ORG", "الوكرة", ["الوكرة"]),
        E("ORG", "أرسنال", ["أرسنال"]),
        E(
            "PERS",
            "أرسين فينغر",
            ["أرسين فينغر", "فينغر", "فيغنر"],
            ["المدرب الفرنسي"],
            note="«بفيغنر» (caption, sentence 327) is a misspelling of «فينغر»",
        ),
        E(
            "PERS",
            "ديفد دين",
            ["ديفد دين", "دين"],
            ["نائب رئيس نادي أرسنال الإنجليزي لكرة القدم"],
        ),
    ],
)

# dev 330-339: Wenger (330-332); Eto'o injured (333-339; 337-339 repeat 333-335 word for word,
# and 340 repeats 336).
anercorp(
    33,
    [
        E(
            "PERS",
            "فينغر",
            ["فينغر"],
            ["المدرب الفرنسي"],
            note="«تعرف على المدرب الفرنسي» (sentence 332) stands for him; the last «فينغر» there is not tagged",
        ),
        E("PERS", "دين", ["دين"], note="David Dein"),
        E("ORG", "أرسنال", ["أرسنال"]),
        E("ORG", "موناكو", ["موناكو"]),
        E(
            "PERS",
            "صامويل إيتو",
            ["صامويل إيتو", "إيتو"],
            ["مهاجمه الدولي الكاميروني", "مهاجمه"],
            note="«جهود مهاجمه» (sentences 335, 339) stands for him",
        ),
        E("ORG", "برشلونة", ["برشلونة"]),
        E("ORG", "فيردر بريمن", ["فيردر بريمن"]),
        E(
            "ORG",
            "بريمن",
            ["بريمن"],
            note="«ملعب فيسر في بريمن» (sentences 334, 338): the city of Bremen; ANERcorp tags it ORG and its type is kept; kept apart from the club",
        ),
        E("LOC", "أوروبا", ["أوروبا"], note="inside «دوري أبطال أوروبا»"),
        E("PERS", "ليونيل ميسي", ["ليونيل ميسي"], note="«الأرجنتيني»: a nationality alone"),
        E("ORG", "تشلسي", ["تشلسي"]),
        E("ORG", "ريال مدريد", ["ريال مدريد"]),
    ],
)

# dev 340-349: Eto'o (340); intellectuals' appeal on Iran (341-345); Eva Herman's book
# (346-349).
anercorp(
    34,
    [
        E("PERS", "إيتو", ["إيتو"]),
        E("ORG", "ريال مدريد", ["ريال مدريد"]),
        E("LOC", "إيران", ["إيران"]),
        E("LOC", "إسرائيل", ["إسرائيل"]),
        E(
            "PERS",
            "أندريه غلوكسمان",
            ["أندريه غلوكسمان"],
            ["الفيلسوفان"],
            note="«الفيلسوفان أندريه غلوكسمان وبرنار هنري ليفي»: the dual role noun is the title of each",
        ),
        E("PERS", "برنار هنري ليفي", ["برنار هنري ليفي"], ["الفيلسوفان"]),
        E("PERS", "إيلي فايسل", ["إيلي فايسل"], ["حائز جائزة نوبل"]),
        E("ORG", "لوفيغارو", ["لوفيغارو"]),
        E(
            "ORG",
            "الأمم المتحدة",
            ["الأمم المتحدة", "المنظمة الدولية"],
            note="«المنظمة الدولية» (sentence 343) is the UN",
        ),
        E(
            "ORG",
            "فابريس شيش",
            ["فابريس شيش"],
            note="a person (one of the signatories); ANERcorp tags him ORG and its type is kept",
        ),
        E(
            "PERS",
            "إيفا هيرمان",
            ["إيفا هيرمان", "هيرمان"],
            ["المذيعة الألمانية"],
            note="«آراء المذيعة الألمانية» (sentence 349) stands for her; «إحدى الشخصيات التليفزيونية الشهيرة في ألمانيا» is a description, no role phrase",
        ),
        E("LOC", "ألمانيا", ["ألمانيا"]),
        E("PERS", "أنجيلا ميركل", ["أنجيلا ميركل"], ["المستشارة الألمانية"]),
    ],
)

# dev 350-359: Eva Herman (350-355); Commercial Bank of Qatar's bond programme (356-359).
anercorp(
    35,
    [
        E(
            "PERS",
            "ريجينا سايدل",
            ["ريجينا سايدل"],
            ["رئيسة جمعية سيدات الأعمال الألمانيات"],
        ),
        E(
            "LOC",
            "أوروبا",
            ["أوروبا"],
            note="«أوروبا الغربية»: ANERcorp's mention leaves out «الغربية»",
        ),
        E(
            "PERS",
            "ريناته",
            ["ريناته", "شميت"],
            ["وزيرة شؤون الأسرة في حكومة المستشار الألماني السابق جيرهارد شرودر"],
            note="Renate Schmidt: ANERcorp tags «ريناته» and «شميت» as two PERS mentions, both fragments of her name; her office is named in «التي كانت تشغل منصب وزيرة شؤون الأسرة ...»",
        ),
        E("PERS", "جيرهارد شرودر", ["جيرهارد شرودر"], ["المستشار الألماني السابق"]),
        E("PERS", "هيرمان", ["هيرمان"], note="Eva Herman"),
        E(
            "PERS",
            "عبدالله بن خليفة العطية",
            ["عبدالله بن خليفة العطية", "العطية"],
            ["رئيس مجلس إدارة البنك", "رئيس مجلس الإدارة"],
            note="«سعادة السيد» is an honorific; «العطية :» opens the headline (sentence 356)",
        ),
        E(
            "ORG",
            "البنك التجاري",
            ["البنك التجاري"],
            note="the Commercial Bank of Qatar; «التجاري» alone (headline) and «البنك» are not tagged",
        ),
        E("PERS", "محمود عبدالحليم", ["محمود عبدالحليم"], note="byline"),
        E(
            "PERS",
            "حمد بن خليفة آل ثاني",
            ["حمد بن خليفة آل ثاني"],
            ["أمير البلاد المفدي"],
            note="«حضرة صاحب السمو» and «الشيخ» are honorifics",
        ),
        E(
            "PERS",
            "تميم بن حمد آل ثاني",
            ["تميم بن حمد آل ثاني"],
            ["ولي العهد الأمين"],
            note="«سمو» and «الشيخ» are honorifics",
        ),
    ],
)

# dev 360-369: the Commercial Bank's bond programme (continued).
anercorp(
    36,
    [
        E("LOC", "قطر", ["قطر"]),
        E("PERS", "عبدالله بن خليفة العطية", ["عبدالله بن خليفة العطية"]),
        E("ORG", "البنك التجاري", ["البنك التجاري"]),
    ],
)

# dev 370-379: the Commercial Bank's bond programme (continued).
anercorp(
    37,
    [
        E(
            "ORG",
            "البنك التجاري",
            ["البنك التجاري"],
            note="«البنك التجاري القطري» (sentence 374) is not tagged",
        ),
        E("LOC", "قطر", ["قطر"]),
        E(
            "PERS",
            "حسين الفردان",
            ["حسين الفردان"],
            ["العضو المنتدب للبنك التجاري"],
            note="«السيد» is an honorific; «سعادة رئيس مجلس الادارة» (sentence 374) is Al-Attiyah, not named in this document",
        ),
        E("LOC", "لندن", ["لندن"], note="inside «بورصة لندن» (sentences 376, 378)"),
    ],
)

# dev 380-389: the bond programme (380-386); Alfred DiMora's car (387-389).
anercorp(
    38,
    [
        E("PERS", "حسين الفردان", ["حسين الفردان"]),
        E("ORG", "البنك التجاري", ["البنك التجاري"]),
        E("ORG", "مصرف قطر المركزي", ["مصرف قطر المركزي"]),
        E(
            "PERS",
            "بالم سبرينجز",
            ["بالم سبرينجز"],
            note="the city Palm Springs (dateline); ANERcorp tags it PERS and its type is kept",
        ),
        E("LOC", "كاليفورنيا", ["كاليفورنيا"]),
        E(
            "PERS",
            "ألفريد ديمورا",
            ["ألفريد ديمورا", "ديمورا"],
            ["رجل الاعمال الامريكي"],
            note="«شركة ديمورا» (sentence 388): his company, named after him; the string stays with the person",
        ),
    ],
)

# dev 390-396: Alfred DiMora's car (continued); the split's last 7 sentences.
anercorp(
    39,
    [
        E("PERS", "ديمورا", ["ديمورا"], note="Alfred DiMora"),
        E("ORG", "بوجاتي", ["بوجاتي"], note="the car maker («السيارة بوجاتي فيرون»)"),
    ],
)


# --- B. AQMAR Wikipedia article -----------------------------------------------------------------
# As the earlier sets: forms are AQMAR's mention strings (proclitics stripped), AQMAR's types kept,
# no titles. Group words (peoples, sects, tribes and clans, dynasties written as a plural of
# people, common-noun plurals) are not entities.
aqmar(
    "Islamic_History",
    [
        # places
        E("LOC", "الصين", ["الصين"]),
        E("LOC", "آسيا", ["آسيا"]),
        E("LOC", "غرب آسيا", ["غرب آسيا"]),
        E(
            "LOC",
            "آسيا الوسطى",
            ["آسيا الوسطى", "وسط آسيا"],
            note="Central Asia, written «آسيا الوسطى» (sentence 33) and «وسط آسيا» (sentence 50)",
        ),
        E(
            "LOC",
            "شمال إفريقيا",
            ["شمال إفريقيا", "شمال أفريقيا"],
            note="two spellings (sentences 0, 33; 62)",
        ),
        E(
            "LOC",
            "بلاد الأندلس",
            ["بلاد الأندلس", "الأندلس", "الاندلس"],
        ),
        E(
            "LOC",
            "شمال الاندلس",
            ["شمال الاندلس"],
            note="«جبال البرانس شمال الاندلس» (sentence 1): a region of its own, as the first set kept «شمال إيطاليا»",
        ),
        E("LOC", "البرانس", ["البرانس"], note="the Pyrenees"),
        E(
            "LOC",
            "المدينة المنورة",
            ["المدينة المنورة", "المدينة"],
            note="every «المدينة» AQMAR tags is Medina",
        ),
        E(
            "LOC",
            "الدولة الإسلامية",
            ["الدولة الإسلامية"],
            note="the Islamic state founded in Medina and the caliphate that grew from it (sentences 1, 28, 36, 53, 61, 62)",
        ),
        E(
            "LOC",
            "الدولة الإسلامية الاموية",
            ["الدولة الإسلامية الاموية", "الدولة الأموية", "الدولة الاموية", "الولة الاموية"],
            note="the Umayyad caliphate of Damascus; «الولة الاموية» (sentence 61) is a typo; «للدولة الأموية» (sentences 50, 60). «الدولة الاموية في الاندلس» (sentence 61) is the other entity below",
        ),
        E(
            "LOC",
            "الدولة الاموية",
            ["الدولة الاموية"],
            note="the Umayyad state of al-Andalus founded by «عبد الرحمن بن معاوية» («واقام الدولة الاموية في الاندلس», sentence 61); every other «الدولة الاموية» is the caliphate of Damascus",
        ),
        E(
            "LOC",
            "الدولة العباسية",
            ["الدولة العباسية", "فالدولة العباسية"],
            note="AQMAR's mention «وفالدولة العباسية» (sentence 1) carries a stray «ف»; its string after «و» is a form",
        ),
        E("LOC", "الدولة الساسانية", ["الدولة الساسانية"]),
        E("LOC", "الإمبراطورية العثمانية", ["الإمبراطورية العثمانية"]),
        E("LOC", "دمشق", ["دمشق"]),
        E("LOC", "المغرب", ["المغرب"]),
        E("LOC", "بلاد الشام", ["بلاد الشام", "الشام"]),
        E("LOC", "مصر", ["مصر"]),
        E("LOC", "الجزيرة العربية", ["الجزيرة العربية"]),
        E("LOC", "مكة", ["مكة"]),
        E(
            "LOC",
            "البيت الحرام",
            ["البيت الحرام", "الكعبة"],
            note="the Kaaba: «الحج إلى البيت الحرام الذي بناه إيراهيم» (sentence 15), «أوثان العرب التي كانت موجودة في الكعبة» (sentence 17)",
        ),
        E(
            "LOC",
            "بلاد الرافدين",
            ["بلاد الرافدين"],
            note="Mesopotamia; sentence 26 lists «بلاد الشام و بلاد الرافدين و مصر» and then «بلاد الشام و العراق و مصر», but the text never says the two names are one place: kept apart from «العراق»",
        ),
        E("LOC", "العراق", ["العراق"]),
        E("LOC", "الكوفة", ["الكوفة"]),
        E("LOC", "الطائف", ["الطائف"]),
        E("LOC", "أوروبا", ["أوروبا"]),
        E("LOC", "وسط أوروبا", ["وسط أوروبا"]),
        E("LOC", "فرنسا", ["فرنسا"]),
        E("LOC", "تركيا", ["تركيا"]),
        E("LOC", "القسطنطينية", ["القسطنطينية"]),
        E("LOC", "الحجاز", ["الحجاز"]),
        # organisations
        E(
            "ORG",
            "جيش ابن أبي طالب",
            ["جيش ابن أبي طالب"],
            note="Ali's army (sentence 41), one army; the plural «الجيوش الإسلامية» is a common noun",
        ),
        # persons
        E(
            "PERS",
            "محمد بن عبد الله",
            ["محمد بن عبد الله", "محمد"],
            note="the Prophet",
        ),
        E(
            "PERS",
            "إيراهيم",
            ["إيراهيم"],
            note="Abraham, misspelled (for «إبراهيم», sentence 15)",
        ),
        E(
            "PERS",
            "علي بن أبي طالب",
            ["علي بن أبي طالب", "علي", "عليا", "ابن أبي طالب", "علي بن أبي طالب يرون"],
            note="«عليا» (sentence 21) is the accusative; AQMAR's mention «علي بن أبي طالب يرون» (sentence 21) takes in the verb «يرون»",
        ),
        E(
            "PERS",
            "أبو بكر الصديق",
            ["أبو بكر الصديق", "أبو بكر", "أبي بكر", "أبي بكر خليفة"],
            note="«أبي بكر خليفة» (sentence 21, «مبايعة أبي بكر خليفة»): AQMAR's mention takes in «خليفة» (as caliph)",
        ),
        E("PERS", "خديجة", ["خديجة"]),
        E("PERS", "ابن كثير", ["ابن كثير"]),
        E(
            "PERS",
            "عمر بن الخطاب",
            ["عمر بن الخطاب", "ابن الخطاب", "عمر"],
            note="«عمر» in sentences 29 and 30; in sentence 58 «يا عمر» is Umar ibn Abd al-Aziz",
        ),
        E(
            "PERS",
            "عمر بن عبد العزيز بن مراون بن الحكم",
            ["عمر بن عبد العزيز بن مراون بن الحكم", "عمر بن عبد العزيز", "عمر"],
            note="Umar II; «مراون» is a typo of «مروان» (sentence 57); «لله درك يا عمر» (sentence 58) is him",
        ),
        E(
            "PERS",
            "ابن عمرو بن العاص",
            ["ابن عمرو بن العاص"],
            note="the son of Amr ibn al-As (sentence 29), another person than «عمرو بن العاص»",
        ),
        E("PERS", "عمرو بن العاص", ["عمرو بن العاص"]),
        E("PERS", "أبو لؤلؤة", ["أبو لؤلؤة"]),
        E("PERS", "عثمان بن عفان", ["عثمان بن عفان", "عثمان", "ابن عفان"]),
        E("PERS", "عبد الرحمن بن عوف", ["عبد الرحمن بن عوف"]),
        E("PERS", "معاوية بن أبي سفيان", ["معاوية بن أبي سفيان", "معاوية"]),
        E("PERS", "طلحة بن عبيد الله", ["طلحة بن عبيد الله"]),
        E("PERS", "الزبير بن عوام", ["الزبير بن عوام"]),
        E("PERS", "عائشة", ["عائشة"]),
        E("PERS", "أبو موسى الأشعري", ["أبو موسى الأشعري"]),
        E(
            "PERS",
            "أبو ملجم",
            ["أبو ملجم"],
            note="Ali's killer (Ibn Muljam), as the text writes him",
        ),
        E("PERS", "عكرمة بن أبي جهل", ["عكرمة بن أبي جهل"]),
        E("PERS", "لقيط بن مالك", ["لقيط بن مالك"]),
        E("PERS", "خالد بن الوليد", ["خالد بن الوليد", "خالد"]),
        E(
            "PERS",
            "مسيلمة الكذاب",
            ["مسيلمة الكذاب", "مسيلمة"],
            note="«الكذاب» is an epithet AQMAR takes into the mention",
        ),
        E(
            "PERS",
            "يزيد",
            ["يزيد"],
            note="Yazid I, Muawiya's son («جاء من بعده ابنه يزيد», sentence 52); «يزيد بن عبد الملك» is another caliph",
        ),
        E("PERS", "يزيد بن عبد الملك", ["يزيد بن عبد الملك"]),
        E("PERS", "مروان بن الحكم", ["مروان بن الحكم"]),
        E("PERS", "الحجاج بن يوسف الثقفي", ["الحجاج بن يوسف الثقفي"]),
        E(
            "PERS",
            "ابن الزبير",
            ["ابن الزبير", "الزبير"],
            note="Abdullah ibn al-Zubayr; sentence 53 «وكان على راسهم الزبير» names the leader of the rebels against Marwan, whom the next clause calls «ابن الزبير»: the same man, not «الزبير بن عوام» (sentence 39), who died before Marwan's reign",
        ),
        E("PERS", "عبد الله بن عمر", ["عبد الله بن عمر"]),
        E("PERS", "عبد الملك بن مروان", ["عبد الملك بن مروان"]),
        E("PERS", "الوليد بن عبد الملك", ["الوليد بن عبد الملك"]),
        E("PERS", "سليمان", ["سليمان"], note="the caliph Sulayman ibn Abd al-Malik"),
        E("PERS", "هشام بن عبد الملك", ["هشام بن عبد الملك"]),
        E(
            "PERS",
            "عبد الرحمن بن معاوية بن هشام بن عبد الملك",
            ["عبد الرحمن بن معاوية بن هشام بن عبد الملك"],
        ),
        E("PERS", "عبد العزيز الدوري", ["عبد العزيز الدوري", "الدوري"]),
        E("PERS", "عابد الجابري", ["عابد الجابري"]),
    ],
    ambiguous=["التمر"],
    not_entities=[
        "العرب",
        "المسلمين",
        "المسلمون",
        "اليهود",
        "الأقلية اليهودية",
        "الأعراب",
        "البدو الرحل",
        "المدنيين",
        "شيوعيين",
        "العلمانيون",
        "السنة",
        "الجماعة",
        "الشيعة",
        "المؤمنين",
        "مهاجرين",
        "أنصار",
        "الأنصار",
        "المهاجرين",
        "المهاجرون",
        "البيزنطيين",
        "الفرس",
        "القبطي",
        "المرتدين",
        "القبائل العربية",
        "الخوارج",
        "الخارجين",
        "الساسانيين",
        "العباسين",
        "الامويين",
        "الامويون",
        "السلاجقة",
        "البويهيين",
        "الأدارسة",
        "المرابطون",
        "الموحدون",
        "الحمدانيون",
        "الزنكيون",
        "الفاطميون",
        "الايوبيون",
        "المماليك",
        "قريش",
        "بني أمية",
        "بني أميه",
        "بني ساعدة",
        "البلاد الإسلامية",
        "الدول الإسلامية",
        "المدن الإسلامية",
        "دويلات إسلامية",
        "امبراطورية إسلامية",
        "الجيوش الإسلامية",
        "جيوش إسلامية",
    ],
    shared=["عمر", "الدولة الاموية"],
    note="not entities: group words AQMAR tags PER: peoples and gentilics («العرب», «المسلمين», «اليهود», «الفرس», «البيزنطيين», «القبطي» ...), sects and parties («السنة», «الشيعة», «الخوارج», «المهاجرين», «الأنصار» ...), tribes and clans («قريش», «بني أمية», «بني ساعدة»), dynasties written as a plural of people («الفاطميون», «السلاجقة», «العباسين», «الامويين» ...; the states «الدولة العباسية», «الدولة الأموية» are entities), and the «أمير المؤمنين» of sentence 36; common-noun plurals AQMAR tags LOC or ORG («البلاد الإسلامية», «الدول الإسلامية», «المدن الإسلامية», «دويلات إسلامية», «امبراطورية إسلامية», «الجيوش الإسلامية»). Ambiguous: «التمر» («والذي حارب التمر», sentence 53), whom Marwan fought; the text does not make the referent clear. «عمر» names Umar ibn al-Khattab (sentences 29, 30) and Umar ibn Abd al-Aziz (sentence 58); «الدولة الاموية» names the Umayyad caliphate and, once (sentence 61), the Umayyad state of al-Andalus",
)


# --- check (eval/gold/entities_gold.py) ------------------------------------------------------
problems = GOLD.problems

if __name__ == "__main__":
    sys.exit(GOLD.main(__file__))

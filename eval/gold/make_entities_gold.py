# ruff: noqa: E501  (annotation rows hold Arabic names and notes)
"""Rebuild eval/gold/entities_resolution.jsonl: a blind gold set for entity resolution.

Which name mentions of a document refer to the same person, organisation or place. Ten
documents: five news pages of ``../shared/data/pages`` (headline, body paragraphs and media
captions as ``khabar parse`` gives them, without enrichment) and five Wikipedia articles of
the AQMAR NER corpus (AQMAR's own PER/LOC/ORG mentions, grouped here). Annotated from the text
alone, before the system was run on these documents (helper entgold, stop 15); the
conventions are in eval/gold/README.md ("Entity resolution gold").

Each document: ``entities`` (type PERS/ORG/LOC, ``name`` = the fullest proper-name form,
``forms`` = every distinct proper-name surface form, without an attached proclitic,
``titles`` = role phrases attached to a person or standing for them, pages only, ``note``),
``ambiguous`` (forms left under no entity), and for AQMAR ``not_entities`` (AQMAR mention
strings that name no person, organisation or place: nationality and group words, works,
mistagged words).

Run from the repository root: ``python3 eval/gold/make_entities_gold.py`` writes the file;
``--check`` verifies it is up to date and that every form (and title) occurs in its document.
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
OUT = Path(__file__).with_name("entities_resolution.jsonl")
PAGES = DATA / "pages"
AQMAR = DATA / "ner" / "aqmar"


def E(type_: str, name: str, forms: list[str], titles=(), note: str = "") -> dict:
    d: dict = {"type": type_, "name": name, "forms": list(forms), "titles": list(titles)}
    if note:
        d["note"] = note
    return d


DOCS: list[dict] = []


def page(file: str, entities: list[dict], ambiguous=()) -> None:
    DOCS.append(
        {
            "doc": "page/" + file.rsplit(".", 1)[0],
            "kind": "page",
            "path": f"pages/{file}",  # relative to the shared data folder
            "entities": entities,
            "ambiguous": list(ambiguous),
        }
    )


def aqmar(
    name: str, entities: list[dict], ambiguous=(), not_entities=(), shared=(), note: str = ""
) -> None:
    """``shared``: forms that name two entities of the document (each use is one or the
    other; the notes say which), the only forms allowed under two entities."""
    d = {
        "doc": "aqmar/" + name,
        "kind": "aqmar",
        "path": f"ner/aqmar/{name}.txt",  # relative to the shared data folder
        "entities": entities,
        "ambiguous": list(ambiguous),
        "not_entities": list(not_entities),
    }
    if shared:
        d["shared_forms"] = list(shared)
    if note:
        d["note"] = note
    DOCS.append(d)


# --- A. news pages ---------------------------------------------------------------------------
# CNN Arabic, 2013-08-03: Syrian rebels take arms depots near Damascus.
page(
    "goose3_test_cnn_arabic.html",
    [
        E(
            "LOC",
            "ريف دمشق",
            ["ريف دمشق"],
            note="the governorate (headline, P0, P1); «دمشق» alone occurs only in the byline dateline, which is not annotated, so there is no Damascus entity",
        ),
        E("PERS", "بشار الأسد", ["بشار الأسد"], ["الرئيس"]),
        E("ORG", "الجيش الحر", ["الجيش الحر"]),
        E(
            "ORG",
            "الائتلاف الوطني السوري",
            ["الائتلاف الوطني السوري"],
            note="written «الائتلاف الوطني السوري المعارض» (المعارض is a description); P6 «الائتلاف» is a bare common noun, not a form",
        ),
        E(
            "ORG",
            "المرصد السوري لحقوق الإنسان",
            ["المرصد السوري لحقوق الإنسان"],
            note="P2 and P3 «المرصد» is a bare common noun, not a form",
        ),
        E("LOC", "لندن", ["لندن"]),
        E("ORG", "لواء الاسلام", ["لواء الاسلام"]),
        E(
            "ORG",
            "جبهة النصرة",
            ["جبهة النصرة"],
            note="P4 «الجبهة» (bare common noun) is not a form",
        ),
        E("ORG", "كتيبة التوحيد", ["كتيبة التوحيد"]),
        E("ORG", "قوات المغاوير", ["قوات المغاوير"]),
        E(
            "ORG",
            "كتائب شهداء القلمون",
            ["كتائب شهداء القلمون"],
            note="«القلمون» inside it is not a form of the region",
        ),
        E("LOC", "قلدون", ["قلدون"]),
        E("LOC", "القلمون", ["القلمون"]),
        E("LOC", "السيدة زينب", ["السيدة زينب"], note="a district named after a person: LOC"),
        E("LOC", "الحسكة", ["الحسكة"]),
        E("LOC", "تل حلف", ["تل حلف"]),
        E(
            "LOC",
            "رأس العين",
            ["رأس العين", "راس العين"],
            note="two spellings of one town (P3, P4)",
        ),
        E(
            "ORG",
            "وحدات حماية الشعب",
            ["وحدات حماية الشعب"],
            note='the page writes و"حدات حماية الشعب" (a quote mark misplaced inside the first word)',
        ),
        E(
            "ORG",
            "الدولة الإسلامية في العراق والشام",
            ["الدولة الإسلامية في العراق والشام", "الدولة الإسلامية"],
            note="«العراق», «الشام» inside the name are not places of this document",
        ),
        E("LOC", "التويمية", ["التويمية"]),
        E("LOC", "أصفر ونجار", ["أصفر ونجار"], note="one area (Asfar wa Najjar), not two"),
        E("LOC", "مشرافة", ["مشرافة"]),
        E("LOC", "سوريا", ["سوريا"]),
    ],
)

# LBCI, 2026-01-08: Donald Trump's pink hair.
page(
    "fundus_LBCGroup_2026_01_08.html",
    [
        E(
            "PERS",
            "دونالد ترامب",
            ["دونالد ترامب", "ترامب"],
            note="every bare «ترامب» is Donald (P1, P5); Ivanka is always named in full",
        ),
        E(
            "PERS",
            "إيفانكا ترامب",
            ["إيفانكا ترامب"],
            note="shares the surname with Donald; «والدها» (her father) is Donald, a common noun",
        ),
        E(
            "LOC",
            "واشنطن",
            ["واشنطن"],
            note="«واشنطن العاصمة»: the city (Washington, D.C.), where the speech was given",
        ),
        E(
            "ORG",
            "ديلي ميل",
            ["ديلي ميل", "دايلي ميل"],
            note="«موقع دايلي ميل» and «صحيفة ديلي ميل»: two spellings, one newspaper",
        ),
        E("ORG", "الحزب الجمهوري", ["الحزب الجمهوري"]),
        E(
            "ORG",
            "مركز جون إف. كينيدي للفنون المسرحية",
            ["مركز جون إف. كينيدي للفنون المسرحية"],
            note="a venue/institution, typed ORG; «جون إف. كينيدي» inside it is not a person of this document",
        ),
        E(
            "PERS",
            "غوستاف فوشيه",
            ["غوستاف فوشيه", "فوشيه"],
            ["مصفف الشعر اللندني"],
            note="the headline's indefinite «خبير» (an expert) stands for him but is not a title phrase",
        ),
    ],
)

# Youm7, 2020-08-24: the irrigation minister at a contract signing with Cairo University.
page(
    "htmldate_1691196862.html",
    [
        E(
            "PERS",
            "محمد عبد العاطي",
            ["محمد عبد العاطي", "عبد العاطي", "عبدالعاطي"],
            ["وزير الرى", "وزير الموارد المائية والرى", "وزير الموارد المائية والري"],
            note="«الدكتور» is an honorific, not a title",
        ),
        E(
            "ORG",
            "وزارة الموارد المائية والرى",
            ["وزارة الموارد المائية والرى", "وزارة الموارد المائية والري"],
            note="«الوزارة» / «الوزراة» (bare common noun) is not a form",
        ),
        E(
            "ORG",
            "كلية الهندسة",
            ["كلية الهندسة جامعة القاهرة", "كلية الهندسة"],
            note="the Faculty of Engineering of Cairo University, written «كلية الهندسة جامعة القاهرة» (faculty and university juxtaposed) or «كلية الهندسة»; the university standing alone is its own ORG",
        ),
        E(
            "ORG",
            "جامعة القاهرة",
            ["جامعة القاهرة"],
            note="headline, P3, P5; P4 «الجامعة» is a common noun",
        ),
        E(
            "LOC",
            "جمهورية مصر العربية",
            ["جمهورية مصر العربية", "مصر"],
            note="P5 «الجمهورية» is a common noun",
        ),
        E(
            "PERS",
            "حسام الدين عبد الفتاح",
            ["حسام الدين عبد الفتاح"],
            ["عميد كلية الهندسة", "عميد كلية الهندسة جامعة القاهرة"],
            note="«السيد الأستاذ الدكتور» are honorifics",
        ),
        E(
            "ORG",
            "قطاع المياه الجوفية",
            ["قطاع المياه الجوفية", "قطاع المياة الجوفية"],
            note="a sector of the ministry; P3 misspells المياه as المياة; «القطاع» alone is a common noun",
        ),
        E(
            "PERS",
            "سيد سركيس",
            ["سيد سركيس"],
            ["رئيس قطاع المياة الجوفية بالوزارة"],
            note="«المهندس» is an honorific",
        ),
    ],
)

# Akhbar El Yom, 2020-10-07: the dancer and actress Naima Akef.
page(
    "htmldate_1731695567.html",
    [
        E("PERS", "نعيمة عاكف", ["نعيمة عاكف"], ["الفنانة"]),
        E(
            "LOC",
            "موسكو",
            ["موسكو"],
            note="«مهرجان الشباب العالمي» (an event) and the film titles are not entities",
        ),
    ],
)

# Al-Yaum, 2020-12-01: Tehran buries Mohsen Fakhrizadeh.
page(
    "htmldate_1784190729.html",
    [
        E(
            "LOC",
            "إيران",
            ["إيران"],
            note="the headline's «طهران تدفن» means the Iranian state (metonymy), but the same string names the city four times, so «طهران» is listed under the city only",
        ),
        E(
            "LOC",
            "طهران",
            ["طهران"],
            note="the city: P0, P8 (twice), caption; the headline's «طهران» is the state (see إيران)",
        ),
        E(
            "PERS",
            "محسن فخري زادة",
            ["محسن فخري زادة", "فخري زادة", "زادة", "محسن فخري زاده"],
            [
                "العالم النووي",
                "رئيس منظمة الأبحاث والإبداع بوزارة الدفاع",
                "العالم الإيراني النووي",
                "العالم البارز",
            ],
            note="the caption spells زاده with ه",
        ),
        E("ORG", "منظمة الأبحاث والإبداع", ["منظمة الأبحاث والإبداع"]),
        E("ORG", "وزارة الدفاع", ["وزارة الدفاع"], note="Iran's ministry of defence"),
        E("LOC", "إسرائيل", ["إسرائيل"]),
        E(
            "PERS",
            "قاسم سليماني",
            ["قاسم سليماني"],
            ["قائد فيلق القدس"],
            note="not the same as «سليمان» (Hani Suleiman)",
        ),
        E(
            "ORG",
            "فيلق القدس",
            ["فيلق القدس"],
            note="«القدس» inside the name is not a place of this document",
        ),
        E("ORG", "وزارة الأمن الإيرانية", ["وزارة الأمن الإيرانية"]),
        E("ORG", "اليوم", ["اليوم"], note="the newspaper Al-Yaum itself («لـ «اليوم»», P1)"),
        E(
            "PERS",
            "هاني سليمان",
            ["هاني سليمان", "سليمان"],
            ["الخبير في الشؤون الإيرانية", "الخبير"],
            note="P4 bare «سليمان» is him (not Qassem Soleimani, «سليماني»)",
        ),
        E("PERS", "بايدن", ["بايدن"], ["الرئيس الأمريكي الجديد"]),
        E("LOC", "أوروبا", ["أوروبا"]),
        E("LOC", "لبنان", ["لبنان"]),
        E(
            "LOC",
            "العراق",
            ["العراق"],
            note="P4 only; «العراق» inside «إقليم كردستان العراق» is not a form",
        ),
        E("LOC", "سوريا", ["سوريا"]),
        E("LOC", "الولايات المتحدة", ["الولايات المتحدة"]),
        E(
            "ORG",
            "البرلمان الإيراني",
            ["البرلمان الإيراني"],
            note="P5 second «البرلمان» is a bare common noun",
        ),
        E(
            "PERS",
            "فراس إلياس",
            ["فراس إلياس", "فراس"],
            ["أستاذ العلوم السياسية والمتخصص في الشؤون الإستراتيجية والأمن القومي"],
            note="P8 refers to him by his first name; «د.» is an honorific",
        ),
        E(
            "ORG",
            "الحرس الثوري الإيراني",
            ["الحرس الثوري الإيراني"],
            note="P3 «الحرس» alone is a bare common noun",
        ),
        E("LOC", "إقليم كردستان العراق", ["إقليم كردستان العراق"]),
        E("LOC", "تركيا", ["تركيا"]),
        E("LOC", "أذربيجان", ["أذربيجان"]),
        E("ORG", "مجاهدي خلق", ["مجاهدي خلق"]),
        E("ORG", "المجلس الأعلى للأمن القومي", ["المجلس الأعلى للأمن القومي"]),
        E("PERS", "علي شمخاني", ["علي شمخاني"], ["أمين المجلس الأعلى للأمن القومي في إيران"]),
        E("ORG", "تلفزيون برس", ["تلفزيون برس", "برس"], note="Press TV, written تلفزيون «برس»"),
        E("ORG", "الجيش الإسرائيلي", ["الجيش الإسرائيلي"]),
        E("LOC", "الجولان", ["الجولان"]),
        E("PERS", "إيلي كوهين", ["إيلي كوهين", "كوهين"], ["وزير الاستخبارات الإسرائيلي"]),
        E("LOC", "الشرق الأوسط", ["الشرق الأوسط"]),
        E(
            "ORG",
            "الشرطة الإيرانية",
            ["الشرطة الإيرانية"],
            note="caption; the photo credit «رويترز» is not annotated",
        ),
    ],
)

# --- B. AQMAR (Wikipedia) --------------------------------------------------------------------
# Types are AQMAR's (PER -> PERS); an entity whose mentions AQMAR types differently takes the
# type of its fullest mention. A country's name used for its national team stays with the
# country (the team's own names, «منتخب البرتغال», are the team).
aqmar(
    "Christiano_Ronaldo",
    [
        E(
            "PERS",
            "كريستيانو رونالدو",
            [
                "كريستيانو رونالدو",
                "كرستيانو رونالدو",
                "كريستيانو رونادو",
                "كريستيانو",
                "كريستانو",
                "رونالدو",
            ],
            note="«كريستانو» and «رونادو» are typos of the article",
        ),
        E(
            "ORG",
            "منتخب البرتغال",
            ["منتخب البرتغال", "المنتخب البرتغالي"],
            note="includes the under-17 side («منتخب البرتغال لكرة القدم دون سن ال17», sentence 15)",
        ),
        E(
            "ORG",
            "فريق كرة القدم الأولمبي البرتغالي",
            ["فريق كرة القدم الأولمبي البرتغالي"],
            note="the Olympic team, kept apart from the national team",
        ),
        E(
            "LOC",
            "البرتغال",
            ["البرتغال"],
            note="several uses mean the national team (sentences 39, 41, 42); kept with the country",
        ),
        E(
            "ORG",
            "نادي مانشستر يونايتد",
            [
                "نادي مانشستر يونايتد",
                "مانشستر يونايتد",
                "مانتشستر يونايتد",
                "مانشتر يونايتد",
                "نادي مانشستر",
                "مانشستر",
                "المانشستر",
                "المانشتر",
                "مانتشستر",
            ],
            note="AQMAR tags the bare «مانشستر»/«المانشتر»/«مانتشستر» LOC, but every one means the club (the match «مانشستر وفولهام», «مدافع مانشستر», «عقد انتقاله لمانشستر» …) except sentence 25 (the city, see there)",
        ),
        E(
            "LOC",
            "مانشستر",
            ["مانشستر"],
            note="the city, once: «في أحد ضواحي مانشستر» (sentence 25; AQMAR tags it PER); the string is otherwise the club's",
        ),
        E("ORG", "مانشستر سيتي", ["مانشستر سيتي", "مانتشتر ستي"]),
        E(
            "ORG",
            "نادي مانشستر ديربي",
            ["نادي مانشستر ديربي"],
            note="«مباراة فريقه مانشستر مع نادي مانشستر ديربي» (10 Sep 2005): the derby opponent, i.e. Manchester City, but written as a club name of its own; kept apart",
        ),
        E("ORG", "نادي ريال مدريد", ["نادي ريال مدريد", "ريال مدريد", "ريالمدريد"]),
        E(
            "ORG",
            "نادي سبورتنغ لشبونة",
            [
                "نادي سبورتنغ لشبونة",
                "سبورتينغ لشبونة",
                "سبورتنج لشبونة",
                "فريق شباب سبورتنغ لشبونة",
            ],
            note="«فريق شباب سبورتنغ لشبونة» (its youth side) grouped with the club; «لشبونة» inside is not the city",
        ),
        E("LOC", "لشبونة", ["لشبونة"]),
        E("ORG", "نادي برشلونة", ["نادي برشلونة", "فريق برشلونة"]),
        E("ORG", "فريق بوافيستا", ["فريق بوافيستا", "بوافيستا"]),
        E("ORG", "نادي موريرينس", ["نادي موريرينس", "نادي مورييرينس"]),
        E(
            "ORG",
            "نادي ليفربول",
            ["نادي ليفربول", "ليفربول"],
            note="sentence 15 «النوادي الكبيرة ... ومنها ليفربول» is the club (AQMAR: LOC)",
        ),
        E("ORG", "بولتون واندررز", ["بولتون واندررز", "بولتون"]),
        E(
            "LOC",
            "فولهام",
            ["فولهام"],
            note="the club Fulham FC (match «مانشستر وفولهام»); AQMAR tags it LOC",
        ),
        E(
            "ORG",
            "الإتحادالاوربي لكرة القدم",
            ["الإتحادالاوربي لكرة القدم", "الإتحاد الاوربي"],
            note="UEFA; sentence 15 writes «الإتحاد الاوربي لكرة القدم» with «لكرة القدم» outside AQMAR's mention",
        ),
        E("ORG", "الفيفا", ["الفيفا"]),
        E("ORG", "اندورينها", ["اندورينها"]),
        E("ORG", "نادي بورتو", ["نادي بورتو"]),
        E("ORG", "يوفنتوس", ["يوفنتوس"]),
        E("ORG", "بنفيكا", ["بنفيكا"]),
        E("ORG", "نادي فياريال", ["نادي فياريال"]),
        E("ORG", "نادي الاتحاد السعودي", ["نادي الاتحاد السعودي"]),
        E("ORG", "نادي ارسنال الانجليزي", ["نادي ارسنال الانجليزي"]),
        E("ORG", "اودينيزي", ["اودينيزي"]),
        E("ORG", "منتخب إنجلترا", ["منتخب إنجلترا"]),
        E("ORG", "منتخب اليونان", ["منتخب اليونان"]),
        E("ORG", "منتخب ألمانيا", ["منتخب ألمانيا"]),
        E("ORG", "منتخب روسيا", ["منتخب روسيا"]),
        E("ORG", "منتخب هولندا", ["منتخب هولندا"]),
        E("ORG", "منتخب العراق", ["منتخب العراق"]),
        E("ORG", "منتخب كازاخستان", ["منتخب كازاخستان"]),
        E("ORG", "منتخب لوكسمبورغ", ["منتخب لوكسمبورغ"]),
        E("ORG", "المنتخب الفرنسي", ["المنتخب الفرنسي"]),
        E(
            "LOC",
            "إنجلترا",
            ["إنجلترا"],
            note="sentence 43 «الفوز على إنجلترا» means the team; kept with the country",
        ),
        E("LOC", "اليونان", ["اليونان"]),
        E("LOC", "أسبانيا", ["أسبانيا"]),
        E(
            "LOC",
            "جزر ماديرا",
            ["جزر ماديرا", "ماديرا"],
            note="«جزيرة ماديرا» (sentence 4, AQMAR tags only «ماديرا», as I-LOC) is the same place",
        ),
        E("LOC", "الكوشيتي", ["الكوشيتي"]),
        E("LOC", "لندن", ["لندن"]),
        E("LOC", "أوروبا", ["أوروبا"]),
        E("LOC", "أولد ترافورد", ["أولد ترافورد"]),
        E("LOC", "ملعب الفالادي", ["ملعب الفالادي"]),
        E("LOC", "إندونيسيا", ["إندونيسيا"]),
        E("LOC", "تيمور الشرقية", ["تيمور الشرقية"]),
        E("LOC", "جمهورية مصر العربية", ["جمهورية مصر العربية"]),
        E("LOC", "إيران", ["إيران"]),
        E("LOC", "أنغولا", ["أنغولا"]),
        E("LOC", "المكسيك", ["المكسيك"]),
        E("PERS", "أليكس فيرغسون", ["أليكس فيرغسون", "أليكس فيرجسون", "فيرغسون", "فيرجسون"]),
        E("PERS", "ديفيد بيكهام", ["ديفيد بيكهام", "بيكهام"]),
        E("PERS", "واين روني", ["واين روني", "روني"]),
        E("PERS", "جون اوشي", ["جون اوشي", "اوشي"]),
        E("PERS", "جورج بيست", ["جورج بيست", "جورج بست"]),
        E("PERS", "ريكاردو كارفاليو", ["ريكاردو كارفاليو"]),
        E("PERS", "دينيس افيرو", ["دينيس افيرو"]),
        E("PERS", "كيروش", ["كيروش"]),
        E("PERS", "منصور البلوي", ["منصور البلوي"]),
        E("PERS", "ميرش روميرو", ["ميرش روميرو"]),
        E("PERS", "يوسف كالا", ["يوسف كالا"]),
        E("PERS", "شنانا غوسماو", ["شنانا غوسماو"]),
        E("PERS", "رود فان نستلروي", ["رود فان نستلروي"]),
        E("PERS", "براين روبسون", ["براين روبسون"]),
        E("PERS", "اريك كانتونا", ["اريك كانتونا"]),
        E("PERS", "يونس محمود", ["يونس محمود"]),
        E("PERS", "خالد بولحروز", ["خالد بولحروز"]),
        E("PERS", "لوكاس بودولسكي", ["لوكاس بودولسكي"]),
        E("PERS", "لويس فالنسيا", ["لويس فالنسيا"]),
        E("PERS", "لويس ساها", ["لويس ساها"]),
        E("PERS", "جيرار اوييه", ["جيرار اوييه"]),
        E("PERS", "انتونيو دي نتالي", ["انتونيو دي نتالي"]),
    ],
    not_entities=["إنجلترا والبرتغال"],
    shared=["مانشستر"],
    note="«إنجلترا والبرتغال» (sentence 11) is one AQMAR LOC mention spanning two countries; left out",
)


aqmar(
    "Raul_Gonzales",
    [
        E(
            "PERS",
            "راؤول غونزاليز بلانكو",
            ["راؤول غونزاليز بلانكو", "راؤول غونزاليز", "راؤول غونزاليس", "راؤول", "رأوول"],
            note="«رأوول» (sentence 5) is a typo of the article",
        ),
        E(
            "ORG",
            "نادي ريال مدريد الإسباني",
            [
                "نادي ريال مدريد الإسباني",
                "ريال مدريد",
                "الريال",
                "ريال",
                "المرينغي",
                "الفريق الأسباني",
            ],
            note="«المرينغي» is the club's nickname; «الفريق الأسباني» (sentence 5, a description AQMAR tags ORG) means it too; «ريال» alone is the club in sentence 34 but a fragment of «ريال سرقسطه» in sentence 4",
        ),
        E(
            "ORG",
            "ريال سرقسطه",
            ["ريال سرقسطه", "سرقسطه", "ريال"],
            note="sentence 4 «ريال سرقسطه» is split by AQMAR into «ريال» (ORG) + «سرقسطه» (LOC); sentence 20 «ولسرقسطه» is the club",
        ),
        E(
            "ORG",
            "نادي اتليتكو مدريد",
            ["نادي اتليتكو مدريد", "أتلتكو مدريد", "أتلتي"],
            note="«نادي اتليتكو مدريد» (sentence 0) is tagged I-ORG without a B-; «أتلتي» is the club's short name",
        ),
        E("ORG", "المنتخب الإسباني", ["المنتخب الإسباني", "منتخب إسبانيا"]),
        E(
            "ORG",
            "الدوري الأسباني",
            ["الدوري الأسباني"],
            note="the league, tagged ORG once (MIS elsewhere)",
        ),
        E("ORG", "الفيفا", ["الفيفا"]),
        E("ORG", "مايوركا", ["مايوركا"]),
        E("ORG", "نادي فالنسيا", ["نادي فالنسيا"]),
        E("ORG", "ريال بيتس", ["ريال بيتس"]),
        E("ORG", "اليوفنتوس", ["اليوفنتوس"]),
        E("ORG", "فينورد الهولندي", ["فينورد الهولندي"]),
        E("ORG", "نادي بايرليفركوزن", ["نادي بايرليفركوزن"]),
        E("ORG", "نادي فاسكو دي غاما البرازيلي", ["نادي فاسكو دي غاما البرازيلي"]),
        E("ORG", "امافيسكا", ["امافيسكا"], note="the player Amavisca; AQMAR tags ORG (type kept)"),
        E(
            "LOC",
            "برشلونة",
            ["برشلونة", "برشلونه"],
            note="always the club FC Barcelona (matches), two spellings; AQMAR tags LOC (type kept)",
        ),
        E(
            "LOC",
            "إشبيلية",
            ["إشبيلية"],
            note="the club Sevilla FC («ألتقى ريال مدريد مع إشبيلية»); AQMAR tags LOC",
        ),
        E("LOC", "ليفربول", ["ليفربول"], note="the club («لاعب ليفربول»); AQMAR tags LOC"),
        E(
            "LOC",
            "مدريد",
            ["مدريد"],
            note="the city (birthplace); «مدريد» inside the club names is not a form",
        ),
        E("LOC", "إسبانيا", ["إسبانيا"]),
        E("LOC", "أوروبا", ["أوروبا"]),
        E("LOC", "إيطاليا", ["إيطاليا"]),
        E("LOC", "روماريدا", ["روماريدا", "رومايدا"], note="La Romareda stadium, two spellings"),
        E("LOC", "برنابيو", ["برنابيو"]),
        E("LOC", "بلاما دي", ["بلاما دي"], note="a truncated stadium name (Palma de Mallorca's)"),
        E(
            "LOC",
            "رامون سانشيز",
            ["رامون سانشيز"],
            note="the Ramón Sánchez-Pizjuán stadium (a place, though it bears a person's name)",
        ),
        E("PERS", "خورخي فالدانو", ["خورخي فالدانو", "خورخي فالدنوا", "فالدانو"]),
        E("PERS", "فابيو كابيلو", ["فابيو كابيلو", "كابيلو"]),
        E("PERS", "فسيتني ديل بوسكي", ["فسيتني ديل بوسكي", "ديل بوسكي"]),
        E("PERS", "فيرناندو هييرو", ["فيرناندو هييرو", "فرنادو هييرو", "هييرو"]),
        E(
            "PERS",
            "فرنادو موريانتس",
            ["فرنادو موريانتس", "مورينتس"],
            note="Fernando Morientes; «مورينتس» another spelling",
        ),
        E("PERS", "بيرند شوستر", ["بيرند شوستر"]),
        E(
            "PERS",
            "بيريز",
            ["بيريز"],
            note="Florentino Pérez, the club president («إدارة بيريز», sentence 23); not the player «ألفونسو بيريز»",
        ),
        E("PERS", "ألفونسو بيريز", ["ألفونسو بيريز"]),
        E(
            "PERS",
            "مياتوفيتش",
            ["مياتوفيتش"],
            note="also inside AQMAR's two-person mention «سوكر ومياتوفيتش» (sentence 10)",
        ),
        E("PERS", "اميليو بوتراغوينيو", ["اميليو بوتراغوينيو"]),
        E("PERS", "الفريديو ديستيفانو", ["الفريديو ديستيفانو"]),
        E("PERS", "زين الدين زيدان", ["زين الدين زيدان"]),
        E("PERS", "بوب هاينكس", ["بوب هاينكس"]),
        E("PERS", "غوس هيدينك", ["غوس هيدينك"]),
        E("PERS", "خواندي راموس", ["خواندي راموس"]),
        E("PERS", "كيروش", ["كيروش"]),
        E("PERS", "كلميتني", ["كلميتني"]),
        E("PERS", "اوين", ["اوين"]),
        E("PERS", "بيكهام", ["بيكهام"]),
        E("PERS", "رونالدو", ["رونالدو"]),
        E("PERS", "زامورنوا", ["زامورنوا"]),
        E("PERS", "سيدروف", ["سيدروف"]),
        E("PERS", "كارلوس", ["كارلوس"]),
        E("PERS", "لوسيو", ["لوسيو"]),
        E("PERS", "مماكان", ["مماكان"]),
        E("PERS", "كوكنسياو", ["كوكنسياو"]),
        E("PERS", "يوردي", ["يوردي"]),
        E(
            "PERS",
            "سلتا فيغو",
            ["سلتا فيغو"],
            note="the club Celta Vigo; AQMAR tags PER (type kept)",
        ),
        E(
            "PERS",
            "فرانس فوتبول",
            ["فرانس فوتبول"],
            note="the magazine France Football; AQMAR tags PER (type kept)",
        ),
        E(
            "PERS",
            "وورلد سوكر",
            ["وورلد سوكر"],
            note="the magazine World Soccer; AQMAR tags PER (type kept)",
        ),
    ],
    not_entities=["سوكر ومياتوفيتش", "الجلاكتيوس", "هاتريك"],
    shared=["ريال"],
    note="not entities: «سوكر ومياتوفيتش» (one AQMAR PER mention spanning two players, Šuker and Mijatović), «الجلاكتيوس» (a group nickname), «هاتريك» (hat-trick, mistagged PER)",
)

aqmar(
    "Enrico_Fermi",
    [
        E(
            "PERS",
            "إنريكو فيرمي",
            ["إنريكو فيرمي", "فيرمي"],
            note="AQMAR leaves several «فيرمي» and one «فيرمى» (sentence 51) untagged; not added",
        ),
        E(
            "PERS",
            "فرانكلين روزفلت",
            ["فرانكلين روزفلت", "الرئيس روزفلت"],
            note="AQMAR's mention «الرئيس روزفلت» includes the title",
        ),
        E("PERS", "أينشتاين", ["أينشتاين", "أينشتين"], note="two spellings"),
        E(
            "PERS",
            "إرنست لورانس",
            ["إرنست لورانس", "لورانس"],
            note="sentence 42 «العالم الأمريكي لورانس» is the same Ernest Lawrence (cyclotron, uranium separation)",
        ),
        E("PERS", "ليسلي جروفز", ["ليسلي جروفز", "جروفز"], note="«الجنرال جروفز» (sentence 39)"),
        E("PERS", "مندليف", ["مندليف"]),
        E("PERS", "ماري كوري", ["ماري كوري"]),
        E("PERS", "زيلارد", ["زيلارد"]),
        E("PERS", "هتلر", ["هتلر"]),
        E("PERS", "أوتو هان", ["أوتو هان"]),
        E("PERS", "نيلز بور", ["نيلز بور"]),
        E("PERS", "جيمس شادويك", ["جيمس شادويك"]),
        E("PERS", "أوتو فريش", ["أوتو فريش"], note="a different Otto from «أوتو هان»"),
        E(
            "PERS",
            "أندرسون السويسريان",
            ["أندرسون السويسريان"],
            note="AQMAR's mention takes in the dual adjective («the two Swiss»)",
        ),
        E("PERS", "إميليو سيجريه", ["إميليو سيجريه"]),
        E("PERS", "إيرين جوليو", ["إيرين جوليو"]),
        E("PERS", "ليز ميتنر", ["ليز ميتنر"]),
        E("PERS", "إدوين ماكميلان", ["إدوين ماكميلان"]),
        E(
            "PERS",
            "العربي",
            ["العربي"],
            note="the magazine «مجلة العربي» (the source credit); AQMAR tags PER (type kept)",
        ),
        E("ORG", "ويكيبيديا", ["ويكيبيديا"]),
        E(
            "ORG",
            "الحكومة الأمريكية",
            ["الحكومة الأمريكية", "الحكومة"],
            note="sentence 63 «الحكومة الأمريكية» has a broken tag on its second word, so AQMAR's mention is «الحكومة»",
        ),
        E("ORG", "مشروع مانهاتن", ["مشروع مانهاتن"]),
        E("ORG", "شركة كلينتون الهندسية", ["شركة كلينتون الهندسية"]),
        E("ORG", "شركة هانفورد الهندسية", ["شركة هانفورد الهندسية"]),
        E("ORG", "الحلفاء", ["الحلفاء"]),
        E("ORG", "الفاشية", ["الفاشية"], note="the Fascist regime (AQMAR ORG)"),
        E(
            "ORG",
            "النازية",
            ["النازية"],
            note="the Nazi regime (AQMAR ORG); «ديكتاتورية النازي» (AQMAR PER) is left among the not-entities as a gentilic",
        ),
        E(
            "LOC",
            "الولايات المتحدة الأمريكية",
            ["الولايات المتحدة الأمريكية", "الولايات المتحدة", "أمريكا"],
        ),
        E(
            "LOC",
            "اليابان",
            ["اليابان"],
            note="sentence 63 «لليابان» is tagged PER by AQMAR; it is the country",
        ),
        E("LOC", "ألمانيا", ["ألمانيا"]),
        E("LOC", "إيطاليا", ["إيطاليا"]),
        E("LOC", "أوروبا", ["أوروبا"]),
        E("LOC", "كندا", ["كندا"]),
        E(
            "LOC",
            "الكونغو",
            ["الكونغو", "زائير"],
            note="«الكونغو البلجيكي ( زائير حاليا )»: the text names the same country twice (Belgian Congo, now Zaire)",
        ),
        E(
            "LOC",
            "جامعة روما",
            ["جامعة روما"],
            note="AQMAR types the universities LOC (type kept); «روما» inside is not a place form",
        ),
        E("LOC", "جامعة كولومبيا", ["جامعة كولومبيا"]),
        E("LOC", "جامعة شيكاغو", ["جامعة شيكاغو"]),
        E("LOC", "شيكاغو", ["شيكاغو"], note="the city (sentence 48); not a form of جامعة شيكاغو"),
        E(
            "LOC",
            "نيويورك",
            ["نيويورك"],
            note="the city; AQMAR tags it ORG in sentence 9 («جامعة كولومبيا في نيويورك») and LOC in sentence 41",
        ),
        E("LOC", "واشنطن", ["واشنطن"], note="the city: «العاصمة واشنطن» (sentence 18)"),
        E(
            "LOC",
            "واشنطن",
            ["واشنطن"],
            note="the state: «ولاية واشنطن» (sentence 43); AQMAR tags only «واشنطن»",
        ),
        E("LOC", "بيرل هاربر", ["ميناء بيرل هاربر", "بيرل هاربر"]),
        E("LOC", "المحيط الهادي", ["المحيط الهادي"]),
        E("LOC", "ولاية تنيسي", ["ولاية تنيسي"]),
        E("LOC", "أوك ريدج", ["أوك ريدج"]),
        E("LOC", "نهر كولومبيا", ["نهر كولومبيا"]),
        E("LOC", "نيومكسيكو", ["نيومكسيكو"], note="tagged I-LOC without a B-"),
        E("LOC", "لوس الاموس", ["لوس الاموس"]),
        E("LOC", "صحراء الامجوردو", ["صحراء الامجوردو"]),
        E("LOC", "هيروشيما", ["هيروشيما"]),
        E("LOC", "نجاساكي", ["نجاساكي"]),
    ],
    not_entities=["الألمان", "الأوربيين", "الأمريكيين", "النازي", "جايجر"],
    shared=["واشنطن"],
    note="not entities: gentilics AQMAR tags PER («الألمان», «الأوربيين», «الأمريكيين», «النازي»), and «جايجر» in «عدادات جايجر» (an instrument named after a person). «واشنطن» names two places (the city, sentence 18; the state, sentence 43).",
)

aqmar(
    "Richard_Stallman",
    [
        E(
            "PERS",
            "ريتشارد ماثيو ستولمان",
            ["ريتشارد ماثيو ستولمان", "ريتشارد ستولمان", "ريتشارد ستالمان", "ستولمان"],
            note="«ستالمان» (sentence 0) and «ستولمان» are two spellings of one name",
        ),
        E("PERS", "لينوس تورفالدس", ["لينوس تورفالدس"]),
        E("PERS", "بنجامين فرانكلين", ["بنجامين فرانكلين"]),
        E(
            "ORG",
            "البرمجيات الحرة",
            ["البرمجيات الحرة"],
            note="the Free Software Foundation: AQMAR tags «البرمجيات الحرة» inside «مؤسسة البرمجيات الحرة» (مؤسسة left out)",
        ),
        E("ORG", "ديجيتال", ["ديجيتال"]),
        E("ORG", "سيمبولكس", ["سيمبولكس"]),
        E("ORG", "صن", ["صن"]),
        E("ORG", "آي بي إم", ["آي بي إم"]),
        E("ORG", "أورايلي", ["أورايلي"]),
        E(
            "ORG",
            "الكونغرس الأمريكي",
            ["الكونغرس الأمريكي"],
            note="sentence 86 «الكونغرس» is left untagged by AQMAR; not added",
        ),
        E("LOC", "الولايات المتحدة", ["الولايات المتحدة"]),
        E("LOC", "فيتنام", ["فيتنام"]),
        E("LOC", "مانهاتن", ["مانهاتن"]),
        E(
            "LOC",
            "معهد ماساتشوستس",
            ["معهد ماساتشوستس"],
            note="MIT; AQMAR types it LOC (type kept)",
        ),
        E("LOC", "كامبريدج", ["كامبريدج"]),
        E("LOC", "نيويورك", ["نيويورك"]),
        E(
            "LOC",
            "واشنطن",
            ["واشنطن"],
            note="«الهجمات ... في نيويورك وواشنطن»: the place attacked on 11 September, not the government",
        ),
    ],
    not_entities=["الأمريكيين"],
    note="not entities: the gentilic «الأمريكيين», tagged PER by AQMAR",
)

aqmar(
    "Razi",
    [
        E(
            "PERS",
            "أبو بكر محمد بن يحيى بن زكريا الرازي",
            [
                "أبو بكر محمد بن يحيى بن زكريا الرازي",
                "أبي بكر محمد بن يحيى بن زكريا الرازي",
                "الرازي",
                "الراازي",
                "محمد بن",
            ],
            note="«الراازي» (sentence 117) is a typo; «محمد بن» (sentence 13, «مما كتبه محمد بن ببغداد») is his name with «زكريا» dropped by the article",
        ),
        E("PERS", "جالينوس", ["جالينوس"]),
        E("PERS", "أرسطوطاليس", ["أرسطوطاليس"]),
        E(
            "PERS",
            "سقراط الحكيم",
            ["سقراط الحكيم", "سقراط"],
            note="«الحكيم» is an epithet AQMAR takes into the mention",
        ),
        E("PERS", "أبوقراط", ["أبوقراط"]),
        E(
            "PERS",
            "ابن أبي أصيبعة",
            ["ابن أبي أصيبعة", "ابن أبي أصيبهة"],
            note="«أصيبهة» is a typo (sentence 17)",
        ),
        E("PERS", "حنين بن إسحاق", ["حنين بن إسحاق", "حنين ابن إسحاق"]),
        E(
            "PERS",
            "منصور بن إسحاق",
            ["منصور بن إسحاق"],
            note="the governor of Rayy; no relation of «حنين بن إسحاق» in the text (a shared patronymic)",
        ),
        E("PERS", "عضد الدولة", ["عضد الدولة"]),
        E("PERS", "المعتضد بالله", ["المعتضد بالله"]),
        E("PERS", "المأمون", ["المأمون"]),
        E("PERS", "ابن النديم", ["ابن النديم"]),
        E("PERS", "القفطي", ["القفطي"]),
        E("PERS", "أحمد بن عبد الملك الزيات", ["أحمد بن عبد الملك الزيات"]),
        E("PERS", "ابن سينا", ["ابن سينا"]),
        E("PERS", "البيروني", ["البيروني"]),
        E("LOC", "الري", ["الري"], note="the city; «الري» inside «بيمارستان الري» is not a form"),
        E("LOC", "بيمارستان الري", ["بيمارستان الري"]),
        E(
            "LOC",
            "بغداد",
            ["بغداد", "السلام"],
            note="«مدينة السلام» (sentences 11, 56) is Baghdad's epithet: the same city",
        ),
        E(
            "LOC",
            "بيمارستان بغداد",
            ["بيمارستان بغداد"],
            note="kept apart from «البيمارستان المعتضدي», also in Baghdad: the text does not say they are one",
        ),
        E("LOC", "البيمارستان المعتضدي", ["البيمارستان المعتضدي"]),
        E(
            "LOC",
            "البيمارستان العضدي",
            ["البيمارستان العضدي"],
            note="a different hospital (founded by عضد الدولة); the text says Ibn Abi Usaybi'a confused the two",
        ),
        E("LOC", "خراسان", ["خراسان"]),
        E("LOC", "بلاد فارس", ["بلاد فارس"]),
        E(
            "LOC",
            "طهران الحديثة",
            ["طهران الحديثة"],
            note="AQMAR's mention takes in «الحديثة» (modern Tehran)",
        ),
        E("LOC", "أكسفورد", ["أكسفورد"]),
        E("LOC", "هولندا", ["هولندا"]),
        E("LOC", "بريشيا", ["بريشيا"]),
        E("LOC", "شمال إيطاليا", ["شمال إيطاليا"]),
        E("LOC", "البندقية", ["البندقية"]),
        E(
            "LOC",
            "مصر",
            ["مصر"],
            note="«بمدينة مصر» and «في مصر» (sentences 47, 49): the same place (the city of Misr)",
        ),
        E(
            "LOC",
            "مدرسة الإسكندرية القديمة",
            ["مدرسة الإسكندرية القديمة"],
            note="AQMAR types it LOC (type kept); «الإسكندرية» inside is not a form",
        ),
        E("LOC", "الإسكندرية", ["الإسكندرية"]),
        E("LOC", "العالم الإسلاميي", ["العالم الإسلاميي"]),
    ],
    not_entities=[
        "إغريق",
        "هنود",
        "العرب",
        "المسلمين",
        "بغدادي",
        "الحاوي",
        "الجامعات الأوروبية",
        "جامعات هولندا",
    ],
    note="not entities: gentilics AQMAR tags PER («إغريق», «هنود», «العرب», «المسلمين», «بغدادي»), the book «الحاوي» tagged PER (sentence 40), and the common-noun plurals «الجامعات الأوروبية», «جامعات هولندا» tagged LOC",
)

# --- check -----------------------------------------------------------------------------------
PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك")


@cache
def page_text(path: str) -> str:
    """Headline, paragraphs and captions of the page, as ``khabar parse`` gives them (no
    enrichment), with quote marks removed (a name may be written with marks inside it)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
    from khabar.api import parse_file

    parts: list[str] = []
    for a in parse_file(path):
        parts.append(a.headline or "")
        parts.extend(a.paragraphs)
        parts.extend(m.caption or "" for m in a.media)
    return re.sub('["«»]', "", "\n".join(parts))


def in_text(form: str, text: str) -> bool:
    if form in text:
        return True
    # «لل» + name: the article's ا is dropped after the preposition ل
    return form.startswith("ال") and ("لل" + form[2:]) in text


@cache
def aqmar_mentions(path: str) -> list[tuple[str, str]]:
    """AQMAR's PER/LOC/ORG mentions of the file as (type, token string)."""
    out: list[tuple[str, str]] = []
    cur: list | None = None
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split()
        tag = parts[-1] if len(parts) > 1 else "O"
        kind = tag[2:]
        # an I- tag that continues nothing opens a mention (as conlleval reads it)
        if kind in ("PER", "LOC", "ORG") and (tag.startswith("B-") or not cur or cur[0] != kind):
            if cur:
                out.append((cur[0], " ".join(cur[1])))
            cur = [kind, [parts[0]]]
        elif tag.startswith("I-") and cur and kind == cur[0]:
            cur[1].append(parts[0])
        else:
            if cur:
                out.append((cur[0], " ".join(cur[1])))
            cur = None
    if cur:
        out.append((cur[0], " ".join(cur[1])))
    return out


def strips_to(mention: str, form: str) -> bool:
    """Whether an AQMAR mention is ``form`` with a proclitic (or none) attached."""
    if any(mention == p + form for p in PROCLITICS):
        return True
    return form.startswith("ال") and mention in (
        "لل" + form[2:],
        "ولل" + form[2:],
        "فلل" + form[2:],
    )


def problems(docs: list[dict]) -> list[str]:
    out: list[str] = []
    for d in docs:
        seen: dict[str, str] = {}
        for e in d["entities"]:
            assert e["type"] in ("PERS", "ORG", "LOC"), (d["doc"], e)
            if e["name"] not in e["forms"]:
                out.append(f"{d['doc']}: name {e['name']!r} not among its forms")
            for f in e["forms"]:
                if f in seen and seen[f] != e["name"] and f not in d.get("shared_forms", ()):
                    out.append(f"{d['doc']}: form {f!r} under two entities")
                seen[f] = e["name"]
        if d["kind"] == "page":
            text = page_text(str(DATA / d["path"]))
            for e in d["entities"]:
                for f in e["forms"] + e["titles"]:
                    if not in_text(f, text):
                        out.append(f"{d['doc']}: {f!r} not in the text")
        else:
            ms = aqmar_mentions(str(DATA / d["path"]))
            for e in d["entities"]:
                for f in e["forms"]:
                    if not any(strips_to(m, f) for _, m in ms):
                        out.append(f"{d['doc']}: {f!r} is no AQMAR mention")
            placed = [f for e in d["entities"] for f in e["forms"]]
            placed += d["ambiguous"] + d["not_entities"]
            for _, m in ms:
                if not any(strips_to(m, f) for f in placed):
                    out.append(f"{d['doc']}: AQMAR mention {m!r} placed nowhere")
    return out


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def counts(docs: list[dict]) -> str:
    ents = [e for d in docs for e in d["entities"]]
    by = {t: sum(e["type"] == t for e in ents) for t in ("PERS", "ORG", "LOC")}
    forms = sum(len(e["forms"]) for e in ents)
    multi = sum(len(e["forms"]) >= 2 for e in ents)
    titles = sum(len(e["titles"]) for e in ents)
    return (
        f"{len(docs)} documents, {len(ents)} entities ({by['PERS']} PERS, {by['ORG']} ORG, "
        f"{by['LOC']} LOC), {forms} forms, {multi} entities with >= 2 forms, {titles} titles"
    )


def main() -> int:
    if "--check" in sys.argv:
        errs = problems(DOCS)
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != render(DOCS):
            errs.append(f"{OUT.name} is not up to date: run {Path(__file__).name}")
        for e in errs:
            print(e)
        print(counts(DOCS), "-", "OK" if not errs else f"{len(errs)} problems")
        return 1 if errs else 0
    OUT.write_text(render(DOCS), encoding="utf-8")
    print(counts(DOCS), "->", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())

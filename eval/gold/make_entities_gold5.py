# ruff: noqa: E501  (annotation rows hold Arabic names and notes)
"""Rebuild eval/gold/entities_resolution5.jsonl: the fifth blind gold set for entity resolution.

Sets 1-4 (make_entities_gold.py ... make_entities_gold4.py) have been used to develop the
entities step; this one is held out, to be scored once, at the end, as the honest figure of
the final code on news. Same record and conventions as the ANERcorp documents of the second
and third sets (see eval/gold/README.md, "Entity resolution gold, fifth set"). Documents:

* twenty ANERcorp pseudo-documents ``anercorp-train/K``, K = 0..19: the last 200 sentences of
  the NER *training* part (``train[3376 + 10K : 3386 + 10K]``, the split cut exactly as
  ``khabar.ner.train.split(..., 0.1)`` cuts it); kind ``anercorp-train``, and ``sentences``
  index ``train``, not ``dev``. ANERcorp's own PERS/ORG/LOC mentions (MISC ignored) are
  grouped here, with ``titles`` for persons.

These sentences are in the tagger's training part, so the tagger finds their mentions better
than on new text: the set measures grouping and titles, not mention finding.

Annotated from the text alone, before the system was run on these documents (helper
entgold5, stop 15).

Run from the repository root: ``python3 eval/gold/make_entities_gold5.py`` writes the file;
``--check`` verifies it is up to date, that every form is an ANERcorp mention of its document
(after proclitic stripping), that every mention is placed, and that every title occurs in its
sentences (the second and third sets' checks).
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location(
    "make_entities_gold2", _HERE / "make_entities_gold2.py"
)
assert _spec and _spec.loader
second = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(second)
first = second.first

E = first.E
ANER = second.ANER
OUT = _HERE / "entities_resolution5.jsonl"
TRAIN_SIZE = 3576  # sentences in the training part of the 0.1 split
FIRST = TRAIN_SIZE - 200  # the set is the last 200 training sentences
KIND = "anercorp-train"

DOCS: list[dict] = []


def anercorp(
    k: int, entities: list[dict], ambiguous=(), not_entities=(), shared=(), note: str = ""
) -> None:
    """Pseudo-document ``k``: train sentences ``3376 + 10k`` to ``3386 + 10k`` (end excluded)."""
    d: dict = {
        "doc": f"{KIND}/{k}",
        "kind": KIND,
        "sentences": [FIRST + 10 * k, FIRST + 10 * k + 10],
        "entities": entities,
        "ambiguous": list(ambiguous),
        "not_entities": list(not_entities),
    }
    if shared:
        d["shared_forms"] = list(shared)
    if note:
        d["note"] = note
    DOCS.append(d)


# --- ANERcorp train pseudo-documents 0-19 ----------------------------------------------------
# Conventions of the second and third sets: ANERcorp's types kept (an entity with differently
# typed mentions takes its fullest mention's type, noted); titles are the role phrases as
# written, without proclitics; honorifics (الدكتور, السيد, الشيخ, سعادة, سمو, حضرة صاحب السمو,
# فخامة) are no titles; bare role nouns standing for the person (المفتي, الطبيب), military
# ranks, royal titles and السفير are. A city standing for its government stays its own entity
# when the country is named too (third set's «واشنطن»).

# train 3376-3385: Nokia and Microsoft search on phones; a Microsoft security patch.
anercorp(
    0,
    [
        E("ORG", "نوكيا", ["نوكيا"]),
        E("ORG", "مايكروسوفت", ["مايكروسوفت"]),
        E("ORG", "ياهو", ["ياهو"]),
        E("ORG", "موتورولا", ["موتورولا"]),
        E("ORG", "إل جي", ["إل جي"]),
        E("ORG", "سوني إركسون", ["سوني إركسون"]),
    ],
)

# train 3386-3395: the euro against the dollar; the Fed, the Ifo index, the ECB.
anercorp(
    1,
    [
        E("ORG", "مايكروسوفت", ["مايكروسوفت"]),
        E(
            "ORG",
            "مجلس الاحتياطي الاتحادي البنك المركزي الامريكي",
            ["مجلس الاحتياطي الاتحادي البنك المركزي الامريكي", "مجلس الاحتياطي الاتحادي"],
            note="the US Federal Reserve: ANERcorp's first mention runs the name and its gloss «البنك المركزي الامريكي» together",
        ),
        E(
            "LOC",
            "اليورو",
            ["اليورو"],
            note="«منطقة اليورو» (sentence 3390): the euro area; the currency «اليورو» elsewhere is untagged",
        ),
        E(
            "ORG",
            "معهد ايفو",
            ["معهد ايفو", "ايفو"],
            note="the German Ifo institute («مسح ايفو», sentence 3394)",
        ),
        E("ORG", "البنك المركزي الاوروبي", ["البنك المركزي الاوروبي"]),
    ],
)

# train 3396-3405: currencies; oil prices and OPEC.
anercorp(
    2,
    [
        E("ORG", "اوبك", ["اوبك", "أوبك"]),
        E("PERS", "اندرو هارينجتون", ["اندرو هارينجتون"], ["محلل الصناعة"]),
        E(
            "ORG",
            "بي",
            ["بي"],
            note="BP: «خطة بي . بي» is cut by the sentence split after the first «بي» (the second is sentence 3406, the next document)",
        ),
    ],
    not_entities=["ين"],
    note="not an entity: the currency «ين» (yen), tagged ORG (sentence 3396)",
)

# train 3406-3415: oil prices; OPEC will not hold an emergency meeting before Abuja.
anercorp(
    3,
    [
        E(
            "ORG",
            "بي",
            ["بي"],
            note="the second half of «بي . بي» (BP), cut off by the sentence split",
        ),
        E("LOC", "لندن", ["لندن"]),
        E(
            "LOC",
            "نايمكس",
            ["نايمكس"],
            note="the NYMEX exchange, tagged LOC by ANERcorp (type kept)",
        ),
        E(
            "ORG",
            "منظمة الدول المصدرة للنفط",
            ["منظمة الدول المصدرة للنفط", "اوبك"],
        ),
        E("LOC", "ابوجا", ["ابوجا"]),
        E("LOC", "نيويورك", ["نيويورك"]),
    ],
)

# train 3416-3425: oil prices; OPEC's Vienna meeting.
anercorp(
    4,
    [
        E("ORG", "اوبك", ["اوبك"]),
        E("LOC", "فيينا", ["فيينا"]),
        E("LOC", "نيويورك", ["نيويورك"]),
    ],
)

# train 3426-3435: Saad Hariri defends the Siniora government against Hezbollah.
anercorp(
    5,
    [
        E("LOC", "بيروت", ["بيروت"]),
        E("ORG", "تيار المستقبل", ["تيار المستقبل"]),
        E(
            "PERS",
            "سعد الحريري",
            ["سعد الحريري", "الحريري"],
            ["رئيس كتلة تيار المستقبل"],
        ),
        E("ORG", "حزب الله", ["حزب الله"]),
        E("LOC", "لبنان", ["لبنان"]),
        E("LOC", "اسرائيل", ["اسرائيل"]),
        E(
            "PERS",
            "فؤاد السنيورة",
            ["فؤاد السنيورة", "السنيورة"],
            ["الرئيس"],
            note="«بحكومة الرئيس فؤاد السنيورة» (sentence 3428); the «رئيس الحكومة» of the same sentence is not attached to the name",
        ),
        E("PERS", "حسن نصرالله", ["حسن نصرالله", "نصرالله"], ["الامين العام لحزب الله"]),
        E("PERS", "ايهود اولمرت", ["ايهود اولمرت"], ["رئيس وزراء اسرائيل"]),
        E("PERS", "بشار الاسد", ["بشار الاسد"]),
        E("LOC", "سوريا", ["سوريا"]),
    ],
)

# train 3436-3445: Hariri (end); Morocco's fatwa board against Qaradawi; moon sighting in
# Egypt; the Moroccan football league, round two.
anercorp(
    6,
    [
        E("PERS", "الحريري", ["الحريري"], note="Saad Hariri, continuing the previous document"),
        E("LOC", "المغرب", ["المغرب"]),
        E(
            "PERS",
            "يوسف القرضاوي",
            ["يوسف القرضاوي", "القرضاوي"],
            ["المفتي"],
            note="«إن هذا المفتي ارتكب أخطاء» (sentence 3438): the bare role noun stands for him; «الشيخ» is an honorific",
        ),
        E("PERS", "علي جمعة", ["علي جمعة"], ["مفتي الديار المصرية"]),
        E(
            "PERS",
            "مسلم شلتوت",
            ["مسلم شلتوت"],
            ["استاذ الفلك والدراسات فى البحوث الفلكية والجيوفيزيقية"],
        ),
        E("LOC", "مصر", ["مصر"]),
        E("LOC", "العراق", ["العراق"]),
        E("LOC", "الخليج العربي", ["الخليج العربي"]),
        E("PERS", "هشام بن ثابت", ["هشام بن ثابت"], note="the article's byline"),
        E("ORG", "الجيش الملكي", ["الجيش الملكي", "الجيش"]),
        E("ORG", "أولمبيك خريبكة", ["أولمبيك خريبكة"]),
        E("LOC", "أنغولا", ["أنغولا"]),
        E("ORG", "الرجاء البيضاوي", ["الرجاء البيضاوي"]),
        E("ORG", "الدفاع الجديدي", ["الدفاع الجديدي"]),
        E("LOC", "مراكش", ["مراكش"]),
        E("ORG", "الكوكب المراكشي", ["الكوكب المراكشي"]),
        E("ORG", "حسنية أكادير", ["حسنية أكادير", "الحسنية"]),
        E("ORG", "النادي المكناسي", ["النادي المكناسي"]),
        E("PERS", "بادو الزاكي", ["بادو الزاكي"], ["مدربه الجديد"]),
        E("ORG", "الوداد البيضاوي", ["الوداد البيضاوي"]),
    ],
    not_entities=["الكوكب والحسنية"],
    note="not an entity: «الكوكب والحسنية» (sentence 3442) is one ANERcorp ORG mention spanning two clubs",
)

# train 3446-3455: the Moroccan league, round two (Wydad, Tangier, Safi).
anercorp(
    7,
    [
        E(
            "ORG",
            "الوداد",
            ["الوداد"],
            note="Wydad Casablanca; «فريق الوداد البيضاوي» of sentence 3446 is untagged",
        ),
        E("ORG", "الجمعية السلاوية", ["الجمعية السلاوية"]),
        E("LOC", "الدار البيضاء", ["الدار البيضاء"]),
        E("ORG", "حسنية أكادير", ["حسنية أكادير"]),
        E("ORG", "أولمبي خريبكة", ["أولمبي خريبكة"]),
        E("ORG", "إتحاد طنجة", ["إتحاد طنجة", "اتحاد طنجة"]),
        E("ORG", "النادي المكناسي", ["النادي المكناسي"]),
        E("LOC", "القاهرة", ["القاهرة"]),
        E("ORG", "الزمالك", ["الزمالك"]),
        E("LOC", "وجدة", ["وجدة"]),
        E("ORG", "المولودية الوجدية", ["المولودية الوجدية"]),
        E("ORG", "أولمبيك آسفي", ["أولمبيك آسفي"]),
        E("ORG", "اتحاد الخميسات", ["اتحاد الخميسات"]),
    ],
)

# train 3456-3465: the Moroccan league, round two (Safi, Tetouan, Fes).
anercorp(
    8,
    [
        E("LOC", "عبدة", ["عبدة"]),
        E(
            "LOC",
            "دكالة",
            ["دكالة"],
            note="«ديربي عبدة دكالة» (sentence 3456): two regions, two ANERcorp mentions",
        ),
        E("ORG", "الدفاع الجديدي", ["الدفاع الجديدي"]),
        E("ORG", "اولمبيك آسفي", ["اولمبيك آسفي"]),
        E(
            "ORG",
            "اتحاد الخميسات",
            ["اتحاد الخميسات", "الزمور"],
            note="«الفريق الزمور العنيد» (sentence 3457): the Zemmour side, Khemisset's opponent of the previous sentence",
        ),
        E("ORG", "المغرب التطواني", ["المغرب التطواني"]),
        E("LOC", "العيون", ["العيون"]),
        E("ORG", "شباب المسيرة", ["شباب المسيرة"]),
        E("LOC", "المغرب", ["المغرب"]),
        E("ORG", "المغرب الفاسي", ["المغرب الفاسي"]),
        E("ORG", "المولودية الوجدية", ["المولودية الوجدية"]),
        E("ORG", "اتحاد طنجة", ["اتحاد طنجة"]),
    ],
)

# train 3466-3475: the round's programme; Solana-Larijani talks in Berlin.
anercorp(
    9,
    [
        E("ORG", "أولمبيك آسفي", ["أولمبيك آسفي"]),
        E("ORG", "اتحاد الخميسات", ["اتحاد الخميسات"]),
        E("ORG", "الوداد البيضاوي", ["الوداد البيضاوي"]),
        E("ORG", "الجمعية السلاوية", ["الجمعية السلاوية"]),
        E("ORG", "الكوكب المراكشي", ["الكوكب المراكشي"]),
        E("ORG", "حسنية أكادير", ["حسنية أكادير"]),
        E("ORG", "شباب المسيرة", ["شباب المسيرة"]),
        E("ORG", "المغرب التطواني", ["المغرب التطواني"]),
        E("ORG", "المغرب الفاسي", ["المغرب الفاسي"]),
        E("ORG", "المولودية الوجدية", ["المولودية الوجدية"]),
        E("ORG", "اتحاد طنجة", ["اتحاد طنجة"]),
        E("ORG", "النادي المكناسي", ["النادي المكناسي"]),
        E("ORG", "الجيش الملكي", ["الجيش الملكي"]),
        E("ORG", "الرجاء البيضاوي", ["الرجاء البيضاوي"]),
        E("ORG", "أولمبيك خريبكة", ["أولمبيك خريبكة"]),
        E("ORG", "الدفاع الجديدي", ["الدفاع الجديدي"]),
        E("PERS", "رايس", ["رايس"], note="Condoleezza Rice (caption)"),
        E(
            "PERS",
            "خافيير سولانا",
            ["خافيير سولانا", "سولانا"],
            ["منسق السياسة الخارجية بالاتحاد الأوروبي"],
        ),
        E(
            "PERS",
            "لاريجاني",
            ["لاريجاني"],
            ["المسؤول الأول عن الملف النووي الإيراني"],
            note="Ali Larijani; ANERcorp leaves «علي» out of the mention",
        ),
        E("LOC", "برلين", ["برلين"]),
        E("ORG", "الاتحاد الأوروبي", ["الاتحاد الأوروبي"]),
    ],
)


# --- check -----------------------------------------------------------------------------------
@cache
def train_sentences() -> list[tuple[list[str], list[str]]]:
    """The NER training part, cut exactly as ``khabar.ner.train`` cuts it."""
    sys.path.insert(0, str(_HERE.parents[1] / "src"))
    from khabar.ner import conll
    from khabar.ner.train import split

    return split(conll.read_file(ANER), 0.1)[0]


def anercorp_mentions(start: int, end: int) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for toks, tags in train_sentences()[start:end]:
        out += second.iob_mentions(list(zip(toks, tags, strict=True)))
    return out


def anercorp_text(start: int, end: int) -> str:
    return "\n".join(" ".join(toks) for toks, _ in train_sentences()[start:end])


def problems(docs: list[dict]) -> list[str]:
    """The second set's ANERcorp checks, on the training part."""
    out: list[str] = []
    for d in docs:
        if d["kind"] != KIND:
            out.append(f"{d['doc']}: kind {d['kind']!r} is not {KIND!r}")
            continue
        k = int(d["doc"].split("/")[1])
        if d["sentences"] != [FIRST + 10 * k, FIRST + 10 * k + 10]:
            out.append(f"{d['doc']}: sentences {d['sentences']} do not match the document")
        seen: dict[str, str] = {}
        for e in d["entities"]:
            if e["type"] not in ("PERS", "ORG", "LOC"):
                out.append(f"{d['doc']}: bad type {e['type']!r}")
            if e["type"] != "PERS" and e["titles"]:
                out.append(f"{d['doc']}: titles on a non-person {e['name']!r}")
            if e["name"] not in e["forms"]:
                out.append(f"{d['doc']}: name {e['name']!r} not among its forms")
            for f in e["forms"]:
                if f in seen and seen[f] != e["name"] and f not in d.get("shared_forms", ()):
                    out.append(f"{d['doc']}: form {f!r} under two entities")
                seen[f] = e["name"]
        ms = anercorp_mentions(*d["sentences"])
        text = anercorp_text(*d["sentences"])
        for e in d["entities"]:
            for f in e["forms"]:
                if not any(first.strips_to(m, f) for _, m in ms):
                    out.append(f"{d['doc']}: {f!r} is no ANERcorp mention")
            for t in e["titles"]:
                if not first.in_text(t, text):
                    out.append(f"{d['doc']}: title {t!r} not in the text")
        placed = [f for e in d["entities"] for f in e["forms"]]
        placed += d["ambiguous"] + d["not_entities"]
        for _, m in ms:
            if not any(first.strips_to(m, f) for f in placed):
                out.append(f"{d['doc']}: ANERcorp mention {m!r} placed nowhere")
        for f in d["not_entities"] + d["ambiguous"]:
            if not any(first.strips_to(m, f) for _, m in ms):
                out.append(f"{d['doc']}: {f!r} (not an entity) is no ANERcorp mention")
        forms = {f for e in d["entities"] for f in e["forms"]}
        if forms & set(d["not_entities"]):
            out.append(f"{d['doc']}: a form is also listed as not an entity")
    if ANER.is_file() and len(train_sentences()) != TRAIN_SIZE:
        out.append(f"the training part has {len(train_sentences())} sentences, not {TRAIN_SIZE}")
    return out


def counts(docs: list[dict]) -> str:
    return first.counts(docs)


def main() -> int:
    if "--check" in sys.argv:
        errs = problems(DOCS)
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != first.render(DOCS):
            errs.append(f"{OUT.name} is not up to date: run {Path(__file__).name}")
        for e in errs:
            print(e)
        print(counts(DOCS), "-", "OK" if not errs else f"{len(errs)} problems")
        return 1 if errs else 0
    OUT.write_text(first.render(DOCS), encoding="utf-8")
    print(counts(DOCS), "->", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The ``entities`` step on the seed article and on short real sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar import lexicons
from khabar.enrich import EnrichContext, build
from khabar.enrich.entities import EntityStep
from khabar.model import Article
from khabar.text import tokenize

DATA = Path(__file__).parent / "data"


def _paras(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def _run(paragraphs: list[str]) -> Article:
    art = Article(headline="عنوان", paragraphs=paragraphs)
    return EntityStep()(art, EnrichContext())


@pytest.fixture(scope="module")
def seed() -> Article:
    return _run(_paras("seed_article1.txt"))


def _find(art: Article, name: str):
    hits = [e for e in art.entities if e.name == name]
    assert hits, f"{name} not found in {[e.name for e in art.entities]}"
    assert len(hits) == 1, f"{name} split into {len(hits)} entities"
    return hits[0]


def test_seed_has_21_paragraphs(seed):
    assert len(seed.paragraphs) == 21


def test_mention_offsets_hold(seed):
    for e in seed.entities:
        assert e.mentions
        for m in e.mentions:
            assert seed.paragraphs[m.paragraph][m.start : m.end] == m.text


def test_putin_is_one_entity(seed):
    putin = _find(seed, "فلاديمير بوتين")
    texts = {m.text for m in putin.mentions}
    assert "بوتين" in texts and "الرئيس الروسي" in texts
    assert "الرئيس الروسي" in putin.titles
    # «لبوتين»: the mention covers only the name
    p = next(i for i, t in enumerate(seed.paragraphs) if "لبوتين" in t)
    assert any(m.paragraph == p and m.text == "بوتين" for m in putin.mentions)
    assert not any(e.name == "بوتين" for e in seed.entities)


def test_titles_of_aides_and_ministers(seed):
    assert "مساعد الرئيس الروسي" in _find(seed, "يوري أوشاكوف").titles
    assert "وزير الخارجية الأوكراني" in _find(seed, "دميترو كوليبا").titles


def test_kims_stay_apart(seed):
    kim = _find(seed, "كيم جونغ أون")
    assert len(kim.mentions) >= 2
    _find(seed, "كيم إيل سونغ")
    _find(seed, "كيم جونغ إيل")


@pytest.mark.parametrize(
    ("name", "typ"),
    [
        ("الكرملين", "ORG"),
        ("محكمة الجنايات الدولية", "ORG"),
        ("وزارة الخارجية الروسية", "ORG"),
        ("الأمم المتحدة", "ORG"),
        ("رودونغ شينمون", "ORG"),
        ("حزب العمال", "ORG"),
        ("الاتحاد الأوروبي", "ORG"),
        ("كوريا الشمالية", "LOC"),
        ("روسيا", "LOC"),
        ("بيونغ يانغ", "LOC"),
        ("موسكو", "LOC"),
        ("الصين", "LOC"),
        ("بيلاروسيا", "LOC"),
        ("أوكرانيا", "LOC"),
        ("كييف", "LOC"),
        ("ميخائيل فرادكوف", "PERS"),
        ("ليونيد جورين", "PERS"),
        ("البنتاغون", "ORG"),
        ("واشنطن", "LOC"),
        ("سيول", "LOC"),
    ],
)
def test_seed_entities(seed, name, typ):
    assert _find(seed, name).type == typ


def test_fradkov_junior_is_the_son(seed):
    """«فرادكوف الابن» is Pavel, whom the article calls «نجل … ميخائيل فرادكوف»."""
    pavel = _find(seed, "بافيل فرادكوف")
    mikhail = _find(seed, "ميخائيل فرادكوف")
    p = next(i for i, t in enumerate(seed.paragraphs) if "فرادكوف الابن" in t)
    at = seed.paragraphs[p].index("فرادكوف الابن")
    assert any(m.paragraph == p and m.start == at for m in pavel.mentions)
    assert not any(m.paragraph == p and m.start == at for m in mikhail.mentions)


def test_no_glued_names(seed):
    names = {e.name for e in seed.entities}
    assert not any(n.startswith("و") and n[1:] in names for n in names)
    assert not any(" " in n and n.split()[-1] in names and n.startswith("ال") for n in names)


def test_no_month_or_agency_entities(seed):
    names = {e.name for e in seed.entities}
    assert not names & {"سبتمبر", "مارس", "أ.ف.ب", "رويترز", "الثلاثاء"}


def test_title_resolves_to_person_it_introduced():
    art = _run(
        [
            "استقبل الرئيس الفرنسي إيمانويل ماكرون وفداً رسمياً في باريس.",
            "وقال الرئيس الفرنسي إن المحادثات كانت مثمرة، وأكد ماكرون دعمه.",
        ]
    )
    macron = next(e for e in art.entities if "ماكرون" in e.name)
    assert "الرئيس الفرنسي" in macron.titles
    assert {m.paragraph for m in macron.mentions} == {0, 1}


def test_agency_credit_is_not_an_entity():
    art = _run(["التقى الوزير نظيره في القاهرة (أ.ف.ب)."])
    assert all("أ.ف.ب" not in e.name for e in art.entities)


@pytest.mark.parametrize(
    "paragraphs",
    [
        [],
        [""],
        ["   "],
        ["Vladimir Putin met Kim Jong Un in Pyongyang."],
        ["الرَّئِيسُ الرُّوسِيُّ فلاديمير بوتين يَزُورُ مُوسْكُو ٢٠٢٤."],
        ["كلمة " * 3000],
    ],
)
def test_bad_input_no_crash(paragraphs):
    art = _run(paragraphs)
    for e in art.entities:
        for m in e.mentions:
            assert art.paragraphs[m.paragraph][m.start : m.end] == m.text


def test_registered_as_enrichment_step():
    steps = build(["entities"])
    assert steps[0].name == "entities" and steps[0].assigns == ("entities",)


def test_org_head_rule_stops_before_descriptor():
    art = _run(["وجاء في افتتاحية الصحيفة التابعة لحزب العمال الحاكم أن الزيارة مهمة."])
    names = {e.name for e in art.entities if e.type == "ORG"}
    assert "حزب العمال" in names
    assert not any("الحاكم" in n for n in names)


def test_clitic_mention_covers_name_only():
    art = _run(["زار فلاديمير بوتين موسكو أمس.", "ووجهت الدعوة لبوتين لزيارة بكين."])
    putin = next(e for e in art.entities if e.name == "فلاديمير بوتين")
    m = next(m for m in putin.mentions if m.paragraph == 1)
    assert m.text == "بوتين"
    assert art.paragraphs[1][m.start - 1] == "ل"


def test_nationality_adjective_is_not_a_place():
    art = _run(["نشرت وسائل إعلام كورية شمالية مقالة للرئيس."])
    assert not any(e.type == "LOC" and "كورية" in e.name for e in art.entities)


def test_minister_title_with_portfolio():
    art = _run(["دعا وزير الخارجية الفرنسي جان نويل بارو إلى وقف إطلاق النار في غزة."])
    people = [e for e in art.entities if e.type == "PERS"]
    assert people and "وزير الخارجية الفرنسي" in people[0].titles


@pytest.mark.parametrize("row", lexicons.table("titles"))
def test_every_title_is_read_before_a_name(row):
    title = row["title"]
    phrase = f"{title} الخارجية الروسي" if row["takes_portfolio"] == "1" else f"{title} الروسي"
    text = f"وقال {phrase} إيفان بتروف إن الوضع صعب."
    toks = tokenize(text)
    idx = next(i for i, t in enumerate(toks) if t.text == "إيفان")
    assert EntityStep(tagger=object())._title_before(toks, idx, text) == phrase


def test_party_adjectives_refer_to_countries(seed):
    russia = _find(seed, "روسيا")
    nk = _find(seed, "كوريا الشمالية")
    assert "الروسي" in {m.text for m in russia.mentions}
    assert "الكوري الشمالي" in {m.text for m in nk.mentions}
    # an adjective that only describes is not a mention
    assert "الأوكرانية" not in {m.text for e in seed.entities for m in e.mentions}


def test_pipeline_on_the_parsed_seed():
    """Through the real parser and the pipeline: the same paragraphs, the same entities."""
    import khabar
    from khabar.cli.parse import sample_path

    with open(sample_path(), encoding="utf-8") as fh:
        arts = khabar.parse_text(fh.read())
    art = khabar.enrich_article(arts[0], ["entities"])
    assert art.paragraphs == _paras("seed_article1.txt")
    assert "entities" in art.enriched
    putin = _find(art, "فلاديمير بوتين")
    assert len(putin.mentions) >= 10


def test_compound_names_written_two_ways_merge():
    art = _run(
        [
            "قال الدكتور محمد عبد العاطي وزير الموارد المائية إن المشروع مهم.",
            "وأضاف عبدالعاطي أن العمل سيبدأ قريباً.",
        ]
    )
    people = [e for e in art.entities if e.type == "PERS"]
    assert len(people) == 1, [e.name for e in people]
    assert people[0].name == "محمد عبد العاطي"

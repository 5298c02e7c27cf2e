"""Speaker resolution with entities: hand-made entities for each rule, and the real entities
step run before the quotes step on the seed."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khabar.enrich import EnrichContext, available, build, enrich
from khabar.enrich.quotes import extract_quotes
from khabar.model import Article, Entity, Mention, Quote

from .quotes_fixtures import seed_articles


def ent(eid: str, typ: str, name: str, paras: list[str], *surfaces: str, **kw: list[str]) -> Entity:
    """An entity with a mention at every occurrence of each surface form."""
    ms = []
    for p, text in enumerate(paras):
        for s in surfaces:
            i = text.find(s)
            while i >= 0:
                ms.append(Mention(p, i, i + len(s), s))
                i = text.find(s, i + 1)
    return Entity(
        eid, typ, name, aliases=kw.get("aliases", []), titles=kw.get("titles", []), mentions=ms
    )


def quotes(paras: list[str], ents: list[Entity]) -> list[Quote]:
    art = Article(headline=None, paragraphs=paras, entities=ents)
    qs = extract_quotes(art)
    for q in qs:
        assert paras[q.paragraph][q.start : q.end] == q.text
    return qs


def test_clipped_mention_gets_its_first_letter_back():
    # NER output «وفي عنان» for «كوفي عنان» (ك read as the preposition).
    paras = ["واعلن الأمين العام للامم المتحدة كوفي عنان ان المحادثات ستستأنف الشهر المقبل."]
    i = paras[0].find("وفي عنان")
    e = Entity("e1", "PERS", "وفي عنان", mentions=[Mention(0, i, i + 8, "وفي عنان")])
    (q,) = quotes(paras, [e])
    assert q.speaker.name == "كوفي عنان" and q.speaker.entity_id == "e1"


def test_nominal_head_keeps_its_referent_over_a_modifier_entity():
    paras = [
        "ووصفت صحيفة «رودونغ شينمون» الكورية الشمالية الصراع بأنه «حرب مقدسة».",
        "وجاء في افتتاحية الصحيفة التابعة لحزب العمال الحاكم: «إن العملية العسكرية الخاصة "
        "هي حرب عادلة».",
    ]
    ents = [
        ent("e1", "ORG", "رودونغ شينمون", paras, "رودونغ شينمون"),
        ent("e2", "ORG", "حزب العمال", paras, "حزب العمال"),
    ]
    q = next(q for q in quotes(paras, ents) if q.text.startswith("إن العملية"))
    assert q.speaker.name == "رودونغ شينمون" and q.speaker.entity_id == "e1"


def test_one_word_definite_person_is_an_epithet_not_a_new_speaker():
    paras = [
        "وقال رئيس اللجنة المنظمة فرانتس بكنباور: «المباراة صعبة جدا على الفريقين».",
        "واعتبر القيصر ان نتيجة المباراة قد تحسم بعد التمديد.",
    ]
    ents = [
        ent("e1", "PERS", "فرانتس بكنباور", paras, "فرانتس بكنباور"),
        ent("e2", "PERS", "القيصر", paras, "القيصر"),
    ]
    q = next(q for q in quotes(paras, ents) if q.paragraph == 1)
    assert q.speaker.entity_id == "e1"


def test_role_noun_resolves_through_an_apposition():
    paras = [
        "وقد اتصلت بربارا أوسلت، وهي مضيفة جوية على واحدة من الطائرات المخطوفة، بزوجها مرتين.",
        "الا ان المضيفة قالت انها لا تستطيع تحديد هوية الخاطفين.",
    ]
    (q,) = quotes(paras, [ent("e1", "PERS", "بربارا أوسلت", paras, "بربارا أوسلت")])
    assert q.speaker.name == "بربارا أوسلت" and q.speaker.entity_id == "e1"


def test_role_noun_resolves_through_entity_titles():
    paras = [
        "التقى وزير الخارجية الفرنسي دومينيك دو فيلبان نظيره في باريس أمس.",
        "وأكد الوزير أن الحل السياسي هو الطريق الوحيد.",
    ]
    e = ent(
        "e1",
        "PERS",
        "دومينيك دو فيلبان",
        paras,
        "دومينيك دو فيلبان",
        titles=["وزير الخارجية الفرنسي"],
    )
    (q,) = quotes(paras, [e])
    assert q.speaker.entity_id == "e1"


def test_relative_clause_head_is_the_subject():
    paras = [
        "وظهر في بداية الشريط الرجل الثاني بالتنظيم أيمن الظواهري الذي أدلى ببيان قصير حث "
        'فيه "الشعب الأميركي خاصة والشعوب الغربية عامة" إلى الاستماع.'
    ]
    (q,) = quotes(paras, [ent("e1", "PERS", "أيمن الظواهري", paras, "أيمن الظواهري")])
    assert q.speaker.name == "أيمن الظواهري" and q.speaker.entity_id == "e1"


def test_conjoined_subjects_speak_together():
    paras = ['ووصف عنان وصبري المحادثات بانها "كانت مفيدة وصريحة".']
    ents = [
        ent("e1", "PERS", "كوفي عنان", paras, "عنان"),
        ent("e2", "PERS", "ناجي صبري", paras, "صبري"),
    ]
    (q,) = quotes(paras, ents)
    assert q.speaker.name == "عنان وصبري" and q.speaker.entity_id is None


def test_first_name_with_descriptor_is_the_person_it_described():
    paras = [
        "اما القيادي الاصولي الايرلندي خالد كيلي فيصف التحول بانه شيء لا يصدقه عقل.",
        "واضاف الشيخ خالد الايرلندي: «ان القضية ضخمها الاعلام ونفخ في صورتها».",
    ]
    ents = [
        ent("e1", "PERS", "خالد كيلي", paras, "خالد كيلي"),
        ent("e2", "PERS", "خالد الايرلندي", paras, "خالد الايرلندي", titles=["الشيخ"]),
    ]
    q = next(q for q in quotes(paras, ents) if q.paragraph == 1)
    assert q.speaker.name == "خالد كيلي" and q.speaker.entity_id == "e1"


def test_speaker_named_from_text_gets_the_entity_id():
    paras = ["وقال لافروف: «لن نقبل بهذه الشروط أبدا في أي حال»."]
    e = Entity("e1", "PERS", "سيرغي لافروف", aliases=["لافروف"])  # no mention in the text
    (q,) = quotes(paras, [e])
    assert q.speaker.entity_id == "e1"


def test_real_entities_step_on_the_seed():
    if "entities" not in available():
        return
    steps = build(["entities", "quotes"])
    a1, a2 = seed_articles(with_entities=False)
    a1 = enrich(a1, steps, EnrichContext())
    a2 = enrich(a2, steps, EnrichContext())
    by_prefix = {q.text[:12]: q for q in a1.quotes + a2.quotes if q.kind != "indirect"}
    expect = {
        "تحدد آفاق": "أوشاكوف",
        "نحن نقدر عال": "بوتين",
        "حرب مقدسة": "رودونغ شينمون",
        "إن العملية ا": "رودونغ شينمون",
        "أفضل طريقة": "كوليبا",
    }
    for prefix, who in expect.items():
        hit = [q for k, q in by_prefix.items() if k.startswith(prefix)]
        assert hit and who in (hit[0].speaker.name or ""), (prefix, hit)
    linked = [q for q in a1.quotes if q.speaker.entity_id]
    assert len(linked) >= 8


def test_words_before_a_cue_are_no_speaker_when_the_ner_saw_no_name_there():
    paras = [
        "وكان السيد أحمد يوسف الجفيري رئيس قسم الملكية الصناعية القى كلمة في ختام اعمال "
        "الاجتماع قال فيها: يسرني ان اعرب لكم عن سعادتنا لمشاركتكم."
    ]
    ents = [ent("e1", "PERS", "أحمد يوسف الجفيري", paras, "أحمد يوسف الجفيري")]
    (q,) = quotes(paras, ents)
    # «قال فيها»: «فيها» points back to the speech of the sentence's first person.
    assert q.speaker.name == "أحمد يوسف الجفيري" and q.speaker.entity_id == "e1"


def test_criticism_cue_with_a_manner_adverbial_keeps_the_dropped_subject():
    paras = [
        "وقال رئيس الوزراء الفرنسي جان بيار رافاران إن فرنسا تريد السلام.",
        'وانتقد بشكل غير مباشر الموقف الأميركي من خلال التحذير من "الرؤية المفرطة في '
        'التبسيط للحرب بين الخير والشر".',
    ]
    ents = [ent("e1", "PERS", "جان بيار رافاران", paras, "جان بيار رافاران")]
    q = next(q for q in quotes(paras, ents) if q.paragraph == 1)
    assert q.kind == "partial" and q.cue == "انتقد"
    assert q.speaker.entity_id == "e1"


def test_subject_stops_at_its_mention_before_the_object():
    paras = ['ووصفت طهران العقوبات الأوروبية الجديدة بأنها "خطوة عدائية لن تمر دون رد".']
    ents = [ent("e1", "LOC", "طهران", paras, "طهران")]
    (q,) = quotes(paras, ents)
    assert q.speaker.name == "طهران" and q.speaker.entity_id == "e1"
    no_ents = extract_quotes(Article(headline=None, paragraphs=paras))
    assert no_ents and no_ents[0].speaker.entity_id is None


def test_title_phrase_resolves_through_entity_titles_even_before_the_name():
    paras = [
        "وقال الرئيس الروسي إن بلاده لن تتراجع عن مواقفها.",
        "وكان بوتين قد التقى نظيره الصيني في بكين الشهر الماضي.",
    ]
    e = ent("e1", "PERS", "فلاديمير بوتين", paras, "بوتين", titles=["الرئيس الروسي"])
    e2 = ent("e2", "PERS", "شي جين بينغ", paras, "شي", titles=["الرئيس الصيني"])
    (q,) = [q for q in quotes(paras, [e2, e]) if q.paragraph == 0]
    assert q.speaker.name == "فلاديمير بوتين" and q.speaker.entity_id == "e1"


NAMES = ["بوتين", "كوفي عنان", "المضيفة", "القيصر", "خالد الايرلندي", "خالد كيلي", "الوزير", ""]
WORDS = ["وقال", "قال", "أكد", "أن", "الرئيس", "الروسي", "الذي", "فيها", "و", "«", "»", ":", "،"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.lists(st.sampled_from(NAMES + WORDS), max_size=25).map(" ".join), min_size=1, max_size=3
    ),
    st.lists(
        st.tuples(
            st.sampled_from(["PERS", "ORG", "LOC", "PER", "MISC"]),
            st.sampled_from(NAMES),
            st.integers(-2, 4),
            st.integers(-5, 200),
            st.integers(0, 30),
            st.lists(st.sampled_from([*NAMES, "الرئيس الروسي", "الوزير"]), max_size=2),
        ),
        max_size=6,
    ),
)
def test_odd_entities_never_crash_and_spans_stay_exact(paras, specs):
    ents = [
        Entity(
            f"e{i}",
            typ,
            name,
            aliases=[name[1:]],
            titles=titles,
            mentions=[Mention(p, s, s + n, name)],
        )
        for i, (typ, name, p, s, n, titles) in enumerate(specs)
    ]
    art = Article(headline=None, paragraphs=paras, entities=ents)
    ids = {e.id for e in ents}
    for q in extract_quotes(art):
        assert paras[q.paragraph][q.start : q.end] == q.text
        assert q.speaker.entity_id is None or q.speaker.entity_id in ids

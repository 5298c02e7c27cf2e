"""Speaker rules of the quotes3 work (issue 5), each on real news sentences: ANERcorp train
sentences of the dev2 set (eval/gold/quotes_dev2.jsonl) and the two pages the lead observed
(not the seed, not the held-out set). Entities are hand-made so each rule is tested alone."""

from __future__ import annotations

from .quotes_fixtures import ent, quotes, starting

# -- appositions ---------------------------------------------------------------------------
ARMY = (
    "وقال المتحدث باسم الجيش، العميد نبيل عبد الله، في بيان، إن «القوات المسلحة طهّرت "
    "المنطقة بالكامل من عناصر الميليشيا المتمردة»."
)


def test_titled_apposition_names_the_speaker_with_its_entity():
    paras = [ARMY]
    (q,) = quotes(paras, [ent("e2", "PERS", "نبيل عبد الله", paras)])
    assert q.speaker.name == "نبيل عبد الله" and q.speaker.entity_id == "e2"


def test_titled_apposition_without_entities_gives_the_name_after_the_title():
    (q,) = quotes([ARMY])
    assert q.speaker.name == "نبيل عبد الله"


def test_title_without_apposition_stays_the_title_phrase():
    (q,) = quotes(["وقال المتحدث باسم الجيش في بيان إن «القوات المسلحة طهّرت المنطقة بالكامل»."])
    assert q.speaker.name.startswith("المتحدث باسم الجيش") and q.speaker.entity_id is None


def test_apposition_with_its_own_title_beats_an_earlier_holder_of_the_first_title():
    paras = [
        'وقال السفير الامريكي جون بولتون الذي دعم النص "نحن سعداء لاتخاذ مجلس الامن هذه '
        'الخطوة المهمة".',
        'وقال سفير غانا، رئيس المجلس نانا ايفا - ابنتنغ، ان "القرار لا يغلق الباب امام مزيد '
        'من الحوار مع الحكومة السودانية".',
    ]
    q = starting(quotes(paras), "القرار لا يغلق")
    assert q.speaker.name == "نانا ايفا - ابنتنغ"
    assert starting(quotes(paras), "نحن سعداء").speaker.name == "جون بولتون"


# -- a name in marks as the subject; names of forces are not quotes -----------------------
def test_guillemet_name_after_cue_is_the_subject_and_forces_in_marks_are_names():
    paras = [
        "أعلن الجيش السوداني، السبت، استعادة السيطرة على عدد من المواقع الاستراتيجية وسط "
        "العاصمة الخرطوم، بعد معارك عنيفة استمرت أياماً مع «قوات الدعم السريع».",
        ARMY,
        "في المقابل، قالت «قوات الدعم السريع» إن ما جرى «انسحاب تكتيكي» لإعادة التموضع.",
    ]
    qs = quotes(paras)
    assert not any(q.text == "قوات الدعم السريع" for q in qs)
    part = next(q for q in qs if q.text == "انسحاب تكتيكي")
    assert part.kind == "partial" and part.speaker.name == "قوات الدعم السريع"
    rep = starting(qs, "ما جرى")
    assert rep.kind == "indirect" and rep.speaker.name == "قوات الدعم السريع"


# -- attributions ----------------------------------------------------------------------------
def test_attribution_after_a_clause_with_its_own_speaker_makes_no_quote():
    paras = [
        "وأكد الأمير فيصل بن فرحان خلال الاتصال «ضرورة الوقف الفوري لإطلاق النار وحماية "
        "المدنيين»، وفق ما ذكرته وكالة الأنباء السعودية (واس)."
    ]
    qs = quotes(paras, [ent("e1", "PERS", "فيصل بن فرحان", paras)])
    assert [q.kind for q in qs] == ["partial"]
    assert qs[0].speaker.entity_id == "e1" and qs[0].cue == "أكد"


def test_paper_quoting_officials_gives_the_officials():
    paras = ["ونقلت صحيفة «واشنطن بوست» عن مسؤولين أميركيين قولهم إن المفاوضات «دخلت مرحلة حاسمة»."]
    qs = quotes(paras)
    assert not any(q.text == "واشنطن بوست" for q in qs)
    assert starting(qs, "دخلت").speaker.name == "مسؤولين أميركيين"


# -- relative clauses, «قال فيها», hal participles --------------------------------------------
def test_cue_in_a_relative_clause_takes_the_antecedent_and_the_main_cue_keeps_its_content():
    paras = [
        'كما قال الرئيس الإيراني الذي وصف إسرائيل العام الماضي بأنها "ورم خبيث"، أن إيران '
        'تريد أن "يتم استئصال جذور التوتر" في الشرق الأوسط.',
        'وأضاف "موقفنا حول الشرق الأوسط واضح.',
    ]
    qs = quotes(paras, [ent("e1", "LOC", "إسرائيل", paras)])
    assert next(q for q in qs if q.text == "ورم خبيث").speaker.name == "الرئيس الإيراني"
    assert starting(qs, "إيران تريد").speaker.name == "الرئيس الإيراني"
    assert starting(qs, "موقفنا").speaker.name == "الرئيس الإيراني"


MAHFOUZ = [
    "ولخص محفوظ رؤيته للابداع ولمستقبل الآدب في حتفال نظمته وزارة الثقافة المصرية بمناسبة "
    "مرور عشر سنوات على فوزه بجائزة نوبل.",
    'وأرسل كلمة تلخص رؤيته لجائزة نوبل ولمستقبل الادب قال فيها "ان جائزة نوبل في العلوم '
    'أكثر عدلا منها في الأدب".',
    'وأضاف متمنيا للادب أن يقاوم "وأن يستكشف سبلا جديدة يفيد خلالها من الوسائط التكنولوجية '
    "المتقدمة.",
]


def test_qala_fiha_with_a_dropped_subject_goes_back_to_the_previous_sentence():
    ents = [ent("e1", "PERS", "محفوظ", MAHFOUZ), ent("e2", "PERS", "نوبل", MAHFOUZ)]
    q = starting(quotes(MAHFOUZ, ents), "ان جائزة")
    assert q.speaker.name == "محفوظ" and q.speaker.entity_id == "e1"


def test_hal_participle_after_a_cue_is_not_the_speaker():
    ents = [ent("e1", "PERS", "محفوظ", MAHFOUZ), ent("e2", "PERS", "نوبل", MAHFOUZ)]
    q = starting(quotes(MAHFOUZ, ents), "وأن يستكشف")
    assert q.speaker.name == "محفوظ"


# -- anaphoric descriptions and gender ---------------------------------------------------------
KISH = [
    "ولاحظت شيفا رحماني امام احدى الواجهات باستياء ان «السلع الفخمة باهظة الثمن كما في "
    "طهران والباقي من السلع البلاستيكية الصينية او التايلاندية».",
    "واضافت هذه المحاسبة البالغة 27 سنة «كنت اود الذهاب الى دبي لكن والدي لا يسمح لي "
    "بالذهاب الى الخارج».",
]


def test_demonstrative_description_refers_to_the_previous_speaker():
    ents = [ent("e1", "PERS", "شيفا رحماني", KISH)]
    q = starting(quotes(KISH, ents), "كنت اود")
    assert q.speaker.name == "شيفا رحماني" and q.speaker.entity_id == "e1"


def test_role_noun_refers_to_the_person_named_in_the_previous_sentence():
    paras = [
        "وأكد غريب «لدينا مشاريع لمسابح منفصلة وانما قريبة من بعضها البعض».",
        "وتنتظر سمية ابراهيمي والعرق يتصبب منها وتشد على الحجاب الذي يغطي شعرها، سيارة "
        "اجرة خلف المسبح.",
        "وتقول المهندسة البالغة العمر 26 عاما «الامر غير عملي.",
    ]
    ents = [ent("e1", "PERS", "غريب", paras), ent("e2", "PERS", "سمية ابراهيمي", paras)]
    q = starting(quotes(paras, ents), "الامر غير")
    assert q.speaker.entity_id == "e2"


def test_bare_role_noun_refers_to_the_previous_speaker_not_the_person_he_spoke_of():
    paras = [
        "وقال مدير المؤسسة فريدون موافق ان المستثمر حسين ثابت «ليس في ذهنه سوى هدف اقتصادي فوري».",
        "واوضح المسؤول «لا خيار اخر الا توسيع هذه الصناعة الديناميكية».",
    ]
    ents = [
        ent("e1", "PERS", "فريدون موافق", paras),
        ent("e2", "PERS", "حسين ثابت", paras),
    ]
    q = starting(quotes(paras, ents), "لا خيار")
    assert q.speaker.entity_id == "e1"


def test_feminine_description_skips_a_masculine_previous_speaker():
    paras = [
        "وسمية ابراهيمي مهندسة جربت بريطانيا ودبي وماليزيا.",
        "وأكد غريب «لدينا مشاريع لمسابح منفصلة وانما قريبة من بعضها البعض».",
        "وتقول المهندسة البالغة العمر 26 عاما «الامر غير عملي.",
    ]
    ents = [ent("e1", "PERS", "غريب", paras), ent("e2", "PERS", "سمية ابراهيمي", paras)]
    qs = quotes(paras, ents)
    assert starting(qs, "لدينا").speaker.entity_id == "e1"
    assert starting(qs, "الامر غير").speaker.name != "غريب"


def test_dropped_feminine_subject_skips_a_masculine_speaker():
    paras = [
        "وقالت ابراهيمي «لم اعد ارغب بدبي لكن اذا كانوا يريدون تحقيق قفزة سياحية هنا ينبغي "
        "اقامة حفلات موسيقية».",
        "وأكد غريب «لدينا مشاريع لمسابح منفصلة وانما قريبة من بعضها البعض».",
        "واضافت «كنت اود الذهاب الى دبي».",
        "واضاف «لا خيار اخر الا توسيع هذه الصناعة الديناميكية».",
    ]
    qs = quotes(paras)
    assert starting(qs, "كنت اود").speaker.name == "ابراهيمي"
    assert starting(qs, "لا خيار").speaker.name == "غريب"


# -- SVO subjects, titles the NER swallowed, «نقل» -----------------------------------------------
def test_person_heading_the_clause_is_the_subject_of_a_later_cue():
    paras = [
        "لكن سعيد شيرازي سائق سيارة الاجرة منذ 18 سنة يعرب عن اسفه «لانه لم يعد هناك الكثير "
        "من الزوار المستعدين لانفاق الكثير من الدولارات»."
    ]
    (q,) = quotes(paras, [ent("e1", "PERS", "سعيد شيرازي", paras)])
    assert q.speaker.entity_id == "e1"


AIRLINE = [
    "وأفاد كابتن أنطونيو بأن الناقلة اللبنانية اتخذت قرار نقل أسطول طائرتها الى مطاري عمان "
    "الأردني ودمشق السوري.",
    "وقال: أعتقد أنه بمجرد ماتهدأ الأمور في لبنان ستكون هناك امكانية لاعادة تشغيل المطار.",
]


def test_title_swallowed_by_the_ner_is_left_out_of_the_speaker_name():
    qs = quotes(AIRLINE, [ent("e1", "PERS", "كابتن أنطونيو", AIRLINE)])
    q = starting(qs, "الناقلة")
    assert q.speaker.name == "أنطونيو" and q.speaker.entity_id == "e1"


def test_masdar_naql_is_not_a_cue_and_does_not_steal_the_next_dropped_subject():
    qs = quotes(AIRLINE, [ent("e1", "PERS", "كابتن أنطونيو", AIRLINE)])
    assert starting(qs, "أعتقد").speaker.entity_id == "e1"


def test_naql_with_an_preposition_is_still_a_cue():
    (q,) = [
        q
        for q in quotes(
            ["ونقل عن مصدر في الشرطة قوله إن المشتبه فيهم الثلاثة تقنيون في المعلوميات."]
        )
        if q.kind == "indirect"
    ]
    assert "مصدر" in q.speaker.name


def test_document_speaks_with_a_present_cue():
    paras = [
        'كما يعرب النص عن "تصميم المجلس على العمل مع الحكومة السودانية بما يضمن الاحترام '
        'التام لسيادتها"، ويشير الى ان القوة الدولية المقترحة يفترض ان "تكون، بقدر الامكان، '
        'ذات طابع افريقي".'
    ]
    qs = quotes(paras)
    assert starting(qs, "تصميم المجلس").speaker.name == "النص"
    assert starting(qs, "القوة الدولية").speaker.name == "النص"


# -- without entities --------------------------------------------------------------------------
def test_without_entities_qala_fiha_takes_the_previous_sentences_vso_subject():
    q = starting(quotes(MAHFOUZ), "ان جائزة")
    assert q.speaker.name.split()[0] == "محفوظ"  # the run may keep its object («رؤيته»)


def test_a_measure_before_a_cue_is_not_a_name():
    paras = [
        "لكن سعيد شيرازي سائق سيارة الاجرة منذ 18 سنة يعرب عن اسفه «لانه لم يعد هناك الكثير "
        "من الزوار المستعدين لانفاق الكثير من الدولارات»."
    ]
    (q,) = quotes(paras)
    assert q.speaker is None or q.speaker.name != "سنة"


def test_hal_participle_after_the_name_ends_the_speaker_phrase():
    paras = [
        'وقال ممثل قطر جمال ناصر البدر شارحا امتناعه عن التصويت امام المجلس انه "لا بد من '
        'بذل مزيد من الجهود للحصول على موافقة طوعية من السودان".'
    ]
    q = starting(quotes(paras), "لا بد")
    assert "جمال" in q.speaker.name and "شارحا" not in q.speaker.name


# -- coordinated speakers ----------------------------------------------------------------------
def test_two_coordinated_entities_speak_together():
    paras = [
        "في حين تعهد تيري رود لارسن، وفيجاي نامبيار موفدي الأمم المتحدة بأن يبلغا إسرائيل "
        "بضرورة وقف انتهاكاتها."
    ]
    ents = [
        ent("e1", "PERS", "تيري رود لارسن", paras),
        ent("e2", "PERS", "فيجاي نامبيار", paras),
    ]
    (q,) = quotes(paras, ents)
    assert q.speaker.name == "تيري رود لارسن وفيجاي نامبيار" and q.speaker.entity_id is None


def test_a_genitive_list_after_a_source_noun_is_not_a_second_speaker():
    paras = [
        "وقال مسؤولون في شركات طيران الامارات والعربية للطيران، وطيران الخليج انه تم تشكيل "
        "فرق عمل طارئة في مكاتب الناقلات في الدولة."
    ]
    (q,) = quotes(paras, [ent("e1", "ORG", "طيران الخليج", paras)])
    assert q.speaker.name == "مسؤولون"

"""The learned speaker ranker (quotes6 work): candidates, features, shipped weights.

The ranker is not wired into the quotes step (it lost to the rules on dev4, see
docs/quotes.md); these tests keep the module, its features and its weights honest. The
sentence is ANERcorp train sentence 3084 (detokenised), which no gold set uses.
"""

from __future__ import annotations

import math

from khabar.enrich.quotes import extract_quotes
from khabar.enrich.quotes_ranker import (
    SPEAKER_TYPES,
    Candidate,
    SpeakerRanker,
    candidates,
    load_ranker,
)
from khabar.model import Article, Entity, Mention, Quote, Speaker

# A headline run into the lead, as in ANERcorp: «رويترز» and «مانشستر يونايتد» are written
# before the cue, nearer to it than nothing but the subject after it; «فيرجسون» is named in
# the headline and inside the reported clause.
TEXT = (
    "فيرجسون يختار خليفته في مانشستر يونايتد لندن ـ رويترز: اكد بيتر كينيون كبير المديرين "
    "التنفيذيين في نادي مانشستر يونايتد بطل الدوري الممتاز لكرة القدم الانجليزي ان اليكس "
    "فيرجسون المدير الفني الحالي للفريق سيشارك في اختيار خليفة له."
)
ENTS = [
    ("e-ferguson", "PERS", "اليكس فيرجسون", ["اليكس فيرجسون", "فيرجسون"]),
    ("e-manutd", "ORG", "مانشستر يونايتد", ["مانشستر يونايتد"]),
    ("e-london", "LOC", "لندن", ["لندن"]),
    ("e-reuters", "ORG", "رويترز", ["رويترز"]),
    ("e-kenyon", "PERS", "بيتر كينيون", ["بيتر كينيون"]),
    ("e-league", "MISC", "الدوري الممتاز", ["الدوري الممتاز"]),
]


def _article() -> Article:
    art = Article(headline=None, paragraphs=[TEXT])
    taken: list[tuple[int, int]] = []
    for eid, typ, name, forms in ENTS:
        ms = []
        for form in forms:
            i = TEXT.find(form)
            while i >= 0:
                if not any(a <= i < b for a, b in taken):
                    ms.append(Mention(0, i, i + len(form), form))
                    taken.append((i, i + len(form)))
                i = TEXT.find(form, i + 1)
        art.entities.append(Entity(eid, typ, name, mentions=ms))
    return art


def _quote(speaker: Speaker) -> Quote:
    s = TEXT.index("اليكس فيرجسون المدير")
    e = TEXT.index("خليفة له") + len("خليفة له")
    return Quote(TEXT[s:e], "indirect", speaker, "اكد", 0, s, e)


def _by_id(cands: list[Candidate]) -> dict[str | None, list[Candidate]]:
    out: dict[str | None, list[Candidate]] = {}
    for c in cands[:-1]:
        out.setdefault(c.entity_id, []).append(c)
    return out


def test_candidates_and_features_on_a_real_sentence() -> None:
    art = _article()
    (cands,) = candidates(art, [_quote(Speaker(None))])
    by = _by_id(cands)
    # The rules' choice is always the last candidate; here they found nobody.
    assert cands[-1].feats.get("is_rule") == 1.0 and cands[-1].feats.get("rule_none") == 1.0
    kenyon = by["e-kenyon"][0].feats
    assert kenyon["same_sent"] == 1.0 and kenyon["after_1"] == 1.0
    assert kenyon["after_cue_title_chain"] == 1.0 and kenyon["subject_of_a_cue"] == 1.0
    reuters = by["e-reuters"][0].feats
    assert reuters["same_sent"] == 1.0 and "before_2-3" in reuters
    assert "subject_of_a_cue" not in reuters
    # «في مانشستر يونايتد» after «في»: a preposition's object, not a subject.
    assert any(c.feats.get("after_prep") for c in by["e-manutd"])
    # The name inside the reported clause is what is said, not who says it: only the
    # headline's «فيرجسون» is a candidate; MISC entities never are.
    assert len(by["e-ferguson"]) == 1 and by["e-ferguson"][0].feats.get("before_9-20") == 1.0
    assert "e-league" not in by
    assert by["e-ferguson"][0].feats.get("clause_head") == 1.0


def test_shipped_weights_load() -> None:
    r = load_ranker()
    assert r.mode == "entities"
    assert len(r.weights) > 20
    assert all(math.isfinite(v) for v in r.weights.values())
    # The pure variant never sees the rules' output.
    assert not {"is_rule", "agrees_rule", "rule_linked", "recent_speaker"} & set(r.weights)
    assert {"PERS", "ORG", "LOC"} <= SPEAKER_TYPES


def test_ranker_picks_the_cues_subject_over_a_nearer_name() -> None:
    art = _article()
    (cands,) = candidates(art, [_quote(Speaker(None))])
    best = load_ranker().choose(cands)
    assert best.entity_id == "e-kenyon" and best.name == "بيتر كينيون"
    # «رويترز» (two words before the cue) scores below the subject after it.
    r = load_ranker()
    reuters = _by_id(cands)["e-reuters"][0]
    assert r.score(reuters) < r.score(best)


def test_rules_keep_a_speaker_no_mention_names() -> None:
    art = _article()
    (cands,) = candidates(art, [_quote(Speaker("مصدر في النادي"))])
    assert load_ranker().choose(cands).name == "مصدر في النادي"


def test_hybrid_ties_go_to_the_rules() -> None:
    art = _article()
    (cands,) = candidates(art, [_quote(Speaker("رويترز", "e-reuters"))])
    assert SpeakerRanker({}, "hybrid").choose(cands) is cands[-1]


def test_rerank_without_entities_changes_nothing() -> None:
    art = Article(headline=None, paragraphs=[TEXT])
    art.quotes = extract_quotes(art)
    assert art.quotes
    assert load_ranker().rerank(art) == art.quotes


def test_rerank_after_the_rules_keeps_spans() -> None:
    art = _article()
    art.quotes = extract_quotes(art)
    out = load_ranker().rerank(art)
    assert [(q.paragraph, q.start, q.end) for q in out] == [
        (q.paragraph, q.start, q.end) for q in art.quotes
    ]
    assert all(TEXT[q.start : q.end] == q.text for q in out)

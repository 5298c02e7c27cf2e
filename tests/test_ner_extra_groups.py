"""The NER feature groups that are off by default (aqmargaz, nameness): measured in docs/ner.md
("CRF-only feature experiments"), kept behind their names so the figures can be reproduced."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.ner import nameness
from khabar.ner.features import (
    ALL_GROUPS,
    EXTRA_GROUPS,
    FEATURE_GROUPS,
    Featurizer,
    Resources,
    build_aqmar_phrases,
    stem,
)
from khabar.ner.neural import KEEP
from khabar.ner.train import DEFAULT_DATA

# AQMAR-style sentences (Wikipedia: Cristiano Ronaldo, Damascus), tags already mapped
AQMAR_LIKE = [
    (
        ["انتقل", "كريستيانو", "رونالدو", "إلى", "نادي", "مانشستر", "يونايتد"],
        ["O", "B-PERS", "I-PERS", "O", "O", "B-ORG", "I-ORG"],
    ),
    (["ولد", "في", "جزر", "ماديرا"], ["O", "O", "B-LOC", "I-LOC"]),
    (["وتعد", "دمشق", "من", "أقدم", "المدن"], ["O", "B-LOC", "O", "O", "O"]),
    (["شرح", "نظرية", "الأوتار", "الفائقة"], ["O", "B-MISC", "I-MISC", "I-MISC"]),
]


def _feats(fz: Featurizer, toks: list[str]) -> list[list[str]]:
    return fz.sentence_features(toks)


def test_extra_groups_are_off_by_default():
    assert not set(EXTRA_GROUPS) & set(FEATURE_GROUPS)
    assert ALL_GROUPS == FEATURE_GROUPS + EXTRA_GROUPS
    # the network reads the CRF's word features through KEEP: never these
    for f in ("gqB=PERS", "gqI=LOC", "nm=hi", "nm=mid", "nm=lo"):
        assert not f.startswith(KEEP)


def test_aqmar_gazetteer_fires_on_a_known_phrase_not_on_common_words():
    phrases = build_aqmar_phrases(AQMAR_LIKE)
    assert phrases[" ".join(stem(w) for w in ("مانشستر", "يونايتد"))] == "ORG"
    assert phrases[stem("دمشق")] == "LOC"
    assert not any(t == "MISC" for t in phrases.values())  # MISC spans are terms, left out
    res = Resources(aqmar_phrases=phrases, features=(*FEATURE_GROUPS, "aqmargaz"))
    toks = ["وقال", "مدرب", "مانشستر", "يونايتد", "إن", "الفريق", "زار", "لدمشق"]
    f = _feats(Featurizer(res), toks)
    assert "gqB=ORG" in f[2] and "gqI=ORG" in f[3]
    assert "-1gqB=ORG" in f[3] and "1gqI=ORG" in f[2]  # also at ±1
    assert "gqB=LOC" in f[7]  # «لدمشق»: the clitic is stripped as in the phrase gazetteer
    for i in (0, 1, 4, 5, 6):  # «وقال», «مدرب», «إن», «الفريق», «زار»
        assert not any(x.startswith("gq") for x in f[i]), f[i]
    # a model without the group never sees the tags, even with the table in its resources
    off = Featurizer(Resources(aqmar_phrases=phrases, features=FEATURE_GROUPS))
    assert not any(x.startswith("gq") for fs in _feats(off, toks) for x in fs)


@pytest.mark.skipif(not (DEFAULT_DATA / "aqmar").is_dir(), reason="AQMAR data not here")
def test_aqmar_gazetteer_from_the_real_files():
    from khabar.ner.conll import read_aqmar

    phrases = build_aqmar_phrases(read_aqmar(DEFAULT_DATA / "aqmar"))
    assert phrases[" ".join(stem(w) for w in ("ريال", "مدريد"))] == "ORG"
    assert phrases[stem("لندن")] == "LOC"
    assert stem("الحكومة") not in phrases


def test_resources_round_trip_and_old_models():
    res = Resources(aqmar_phrases={"دمشق": "LOC"}, nameness={"^بو": 1.2}, features=EXTRA_GROUPS)
    back = Resources.from_dict(res.to_dict())
    assert back.aqmar_phrases == {"دمشق": "LOC"} and back.nameness == {"^بو": 1.2}
    assert back.features == EXTRA_GROUPS
    # a model without the groups is written as before: no new keys
    d = Resources(features=FEATURE_GROUPS).to_dict()
    assert "aqmar_phrases" not in d and "nameness" not in d
    assert Resources.from_dict({"token_type": {}}).nameness == {}


def test_ngrams_mark_word_edges():
    assert nameness.ngrams("بوش") == ["^ب", "بو", "وش", "ش$", "^بو", "بوش", "وش$", "^بوش", "بوش$"]


def test_nameness_ranks_a_transliterated_name_above_a_common_noun():
    sents = [
        (["قال", "برلسكوني", "إن"], ["O", "B-PERS", "O"]),
        (["وصل", "بيريز", "إلى", "كاليفورنيا"], ["O", "B-PERS", "O", "B-LOC"]),
    ]
    table = nameness.build_table(nameness.entity_words(sents))
    sc = nameness.NamenessScorer(table)
    # transliterated names no training sentence above holds score above common nouns
    for name in ("بيرلسكوني", "شفارتسنيغر", "ماكرون"):
        for noun in ("مدرسة", "مستشفى", "تدريبات"):
            assert nameness.score(stem(name), table) > nameness.score(stem(noun), table)
    assert sc.feature("بيرلسكوني", "بيرلسكوني") == "nm=hi"
    # it fires only for words general Arabic barely knows: not «مدرسة» or «بوتين» (Zipf ≥ 3)
    assert sc.feature("مدرسه", "مدرسه") == ""
    assert sc.feature("بوتين", "بوتين") == ""
    assert sc.feature("2024", "2024") == "" and sc.feature("Macron", "Macron") == ""
    fz = Featurizer(Resources(nameness=table, features=(*FEATURE_GROUPS, "nameness")))
    assert "nm=hi" in fz.word_features("بيرلسكوني")
    assert not any(x.startswith("nm=") for x in Featurizer(Resources()).word_features("بيرلسكوني"))


def _write_conll(path: Path, sents: list[tuple[list[str], list[str]]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "\n\n".join("\n".join(f"{w} {t}" for w, t in zip(*s, strict=True)) for s in sents) + "\n",
        encoding="utf-8",
    )


def test_train_records_the_groups_and_jackknifes_nameness(tmp_path, monkeypatch):
    from khabar.ner.tagger import RESOURCES_FILE, _load_resources
    from khabar.ner.train import ANER_TRAIN, TrainConfig, train

    names = ["كسيوفيلاتش", "شفارتسنيغر", "بيرلسكوني", "زوكربيرغ", "ماكرون", "أوكامبو"] * 4
    sents = [
        (["وقال", f"{n}{'ي' * (i // 6)}", "إن", "الوفد", "وصل"], ["O", "B-PERS", "O", "O", "O"])
        for i, n in enumerate(names)
    ]
    _write_conll(tmp_path / "data" / ANER_TRAIN, sents)
    _write_conll(tmp_path / "data" / "aqmar" / "a.txt", AQMAR_LIKE)
    seen: list[set[str]] = []
    real = nameness.build_table

    def spy(pos):
        pos = set(pos)
        seen.append(pos)
        return real(pos)

    monkeypatch.setattr(nameness, "build_table", spy)
    cfg = TrainConfig(
        data=tmp_path / "data",
        out=tmp_path / "model",
        neural=False,
        clusters=False,
        max_iterations=2,
        features=FEATURE_GROUPS + EXTRA_GROUPS,
    )
    train(cfg, log=lambda s: None)
    res = _load_resources((tmp_path / "model" / RESOURCES_FILE).read_bytes())
    assert res.features == ALL_GROUPS
    assert res.aqmar_phrases and res.nameness
    train_words = {stem(s[0][1]) for s in sents[: len(sents) - round(len(sents) * 0.1)]}
    # one table per fold and one from all training sentences (the shipped one)
    assert len(seen) == cfg.folds + 1
    assert seen[-1] == train_words
    # jackknife: every training name is missing from exactly one fold's table
    for w in train_words:
        assert sum(w not in s for s in seen[:-1]) == 1


def test_cli_offers_exactly_the_extra_groups():
    from khabar.cli.train import command

    opt = next(p for p in command.commands["ner"].params if p.name == "extra_group")
    assert tuple(opt.type.choices) == EXTRA_GROUPS


def test_a_group_without_its_table_or_an_unknown_group_is_refused():
    # a model whose resources lost a table, or one from a newer khabar, would tag silently worse
    for g in EXTRA_GROUPS:
        with pytest.raises(ValueError, match=g):
            Featurizer(Resources(features=(*FEATURE_GROUPS, g)))
    with pytest.raises(ValueError, match="unknown"):
        Featurizer(Resources(features=(*FEATURE_GROUPS, "namenes")))
    Featurizer(Resources(features=(*FEATURE_GROUPS, "nn", "nnp")))  # the stacking groups pass


def test_train_refuses_unknown_groups_and_aqmar_reading_its_own_labels(tmp_path):
    from khabar.ner.train import TrainConfig, train

    for cfg in (
        TrainConfig(data=tmp_path, features=(*FEATURE_GROUPS, "namenes")),
        TrainConfig(data=tmp_path, aqmar=True, features=(*FEATURE_GROUPS, "aqmargaz")),
    ):
        with pytest.raises(ValueError):
            train(cfg, log=lambda s: None)

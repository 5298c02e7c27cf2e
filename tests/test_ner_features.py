"""The optional NER feature groups (anytype, given, domain, stemclusters, wordfreq) on real
sentences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.ner.features import (
    DOMAIN_KEY,
    FEATURE_GROUPS,
    Featurizer,
    Resources,
    build_lexicon,
    given_name,
    norm,
    stem,
    wordfreq_features,
    wordfreq_table,
)


def _wf(word: str) -> dict[str, str]:
    return dict(f.split("=", 1) for f in wordfreq_features(norm(word), stem(word)))


def test_wordfreq_table_ships_and_is_normalised():
    table = wordfreq_table()
    assert len(table) > 100_000
    assert table["في"] > 7  # the commonest word
    assert "وزارة" not in table and "وزاره" in table  # keys are in the NER normal form


def test_wordfreq_names_rarely_take_the_article_or_a_possessive():
    # names the training data never saw still look like names: «البوتين», «بوتينه» are rare
    for name in ("بوتين", "أوباما", "نتنياهو", "أردوغان"):
        f = _wf(name)
        assert f["dr"] in ("0", "1") and f["pr"] in ("0", "1"), (name, f)
    # common nouns take both as often as not
    for noun in ("رئيس", "حكومة", "اجتماع", "الوزير"):
        f = _wf(noun)
        assert int(f["dr"]) >= 2 and int(f["pr"]) >= 1, (noun, f)


def test_wordfreq_reads_the_form_not_the_guessed_clitic():
    # «بوتين» is not ب + «وتين»: the more common reading wins; «لبوتين» reads as «بوتين»
    assert _wf("بوتين")["zs"] == _wf("لبوتين")["zs"] == "4"
    assert _wf("كسيوفيلاتش")["zf"] == "0"  # unknown word: no ratio features, no error
    assert "dr" not in _wf("كسيوفيلاتش")
    assert wordfreq_features("2024", "2024") == ()


def test_given_names_keep_hamza_apart():
    assert given_name("آنا") == "gn"  # Anna
    assert given_name("أنا") == ""  # «I»
    assert given_name("وطلعت") == "gnc"  # و + a given name
    assert given_name("مسؤولية") == ""


def test_build_lexicon_any_type():
    sents = [
        (["قال", "حسين", "الفردان"], ["O", "B-PERS", "I-PERS"]),
        (["زار", "حسين", "القاهرة"], ["O", "B-PERS", "B-LOC"]),
        (["وصل", "حسين"], ["O", "O"]),
    ]
    token_type, _, token_any = build_lexicon(sents)
    assert token_type["حسين"] == "PERS"
    assert token_any["حسين"] == "P"


def test_groups_are_read_from_the_resources():
    sent = ["وقالت", "آنا", "كارينينا", "إن", "فريق", "ليون", "فاز"]
    old = Featurizer(Resources())
    new = Featurizer(Resources(features=FEATURE_GROUPS))
    assert "gn" not in old.word_features("آنا")
    assert "gn" in new.word_features("آنا")
    # a model trained before the groups existed keeps its own features
    assert Resources.from_dict({"token_type": {}}).features == ()
    assert Resources.from_dict(Resources(features=("given",)).to_dict()).features == ("given",)
    assert old.sentence_features(sent) != new.sentence_features(sent)


def test_domain_of_a_sports_passage():
    sents = [
        ["فاز", "فريق", "ليون", "على", "ضيفه", "في", "مباراة", "الدوري"],
        ["وسجل", "اللاعب", "هدفا", "في", "الدقيقة", "الأخيرة", "من", "المباراة"],
        ["وقال", "المدرب", "إن", "الفريق", "استحق", "الفوز"],
    ]
    fz = Featurizer(Resources(features=("domain",)))
    maps = fz.doc_maps(sents)
    assert all(m.get(DOMAIN_KEY) == "sport" for m in maps)
    feats = fz.sentence_features(sents[0], maps[0])
    assert "D=sport" in feats[2]
    # one cue word is not a topic
    one = fz.doc_maps([["وزار", "الرئيس", "الملعب", "الجديد"]])
    assert DOMAIN_KEY not in one[0]


def test_stem_clusters_feature():
    fz = Featurizer(Resources(stem_clusters={"موسكو": "1-2-3"}, features=("stemclusters",)))
    assert "k1=2" in fz.word_features("وموسكو")


def test_seeded_perceptron_is_reproducible_in_one_process(tmp_path):
    """crfsuite's perceptron shuffles with libc rand(): seeding it makes the model depend on
    the seed only, not on how many trainings ran before in the process."""
    import hashlib

    import pycrfsuite

    from khabar.ner.train import _seed_libc_rand

    sents = [
        (["زار", "بوتين", "موسكو"], ["O", "B-PERS", "B-LOC"]),
        (["قال", "الكرملين", "إن"], ["O", "B-ORG", "O"]),
        (["وصل", "كيم", "إلى", "روسيا"], ["O", "B-PERS", "O", "B-LOC"]),
    ] * 5

    def run(seed: int) -> str:
        tr = pycrfsuite.Trainer(algorithm="ap", verbose=False)
        for toks, tags in sents:
            tr.append([[f"w={t}"] for t in toks], tags)
        tr.set_params({"max_iterations": 3})
        _seed_libc_rand(seed)
        path = tmp_path / "m.crf"
        tr.train(str(path))
        return hashlib.md5(path.read_bytes()).hexdigest()

    assert run(13) == run(13)


# What a word lends its neighbours and what is crossed with the passage's domain are built in
# the same pass as its own features (features._word_info, for speed); they must stay exactly
# the subsets their definitions name, for any word.
_NEAR = ("c1=", "gz=", "s2=", "k1=", "gn", "gza=")
_CROSS = ("gz=", "c0=", "c1=", "rare", "tr=")
_SHIPPED: list[Featurizer] = []


def _shipped_featurizer() -> Featurizer:
    if not _SHIPPED:
        from khabar.ner.tagger import get_tagger

        _SHIPPED.append(get_tagger().featurizer)
    return _SHIPPED[0]


def _check_word_info(fz: Featurizer, word: str) -> None:
    info = fz._context(word)
    f = info.features
    assert f == fz.word_features(word)
    assert info.cross == tuple(x for x in f if x.startswith(_CROSS))
    near = [x for x in f if x.startswith(_NEAR)]
    trig = [x[3:] for x in f if x.startswith("tr=")]
    assert info.trigger == (trig[0] if trig else "")
    assert (info.norm, info.stem) == (f[0][2:], f[1][3:]) == (norm(word), stem(word))
    for d in (-2, -1, 1, 2):
        want = [f"{d}w={info.norm}", f"{d}st={info.stem}"]
        want += [f"{d}tr={t}" for t in trig[:1]]
        if d in (-1, 1):
            want += [f"{d}{x}" for x in near]
        assert list(info.lend[d + 2]) == want, (word, d)


def test_word_info_subsets_on_real_words():
    fz = _shipped_featurizer()
    words = "وقال الرئيس الروسي فلاديمير بوتين لموسكو والكرملين آنا وأحمد 2024 Putin ، «» بنفيكا"
    for w in words.split():
        _check_word_info(fz, w)


@given(st.text(alphabet="ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآةىـًٌٍَُِّْ0123456789abc.،«»", max_size=12))
@settings(max_examples=300, deadline=None)
def test_word_info_subsets_any_word(word):
    _check_word_info(_shipped_featurizer(), word)

"""The neural half of the stacked NER tagger: decoding, features, vocabulary, the shipped ONNX
network through onnxruntime, and (where torch is installed) training."""

from __future__ import annotations

import itertools
import math
import sys

import numpy as np
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.ner import get_tagger
from khabar.ner.features import DOMAIN_KEY, Featurizer, Resources, stem
from khabar.ner.neural import (
    LABELS,
    MAX_CHARS,
    Encoder,
    NeuralVocab,
    Vocab,
    stack_features,
    viterbi,
)


def _valid(tags: list[str]) -> bool:
    prev = "O"
    for t in tags:
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            return False
        prev = t
    return True


def _brute_force(logp: np.ndarray) -> list[str]:
    best, arg = -math.inf, None
    for seq in itertools.product(range(len(LABELS)), repeat=logp.shape[0]):
        tags = [LABELS[k] for k in seq]
        if _valid(tags):
            s = sum(float(logp[i, k]) for i, k in enumerate(seq))
            if s > best:
                best, arg = s, tags
    assert arg is not None
    return arg


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 3), st.integers(0, 2**32 - 1))
def test_viterbi_is_the_best_valid_sequence(n: int, seed: int) -> None:
    logp = np.random.default_rng(seed).normal(size=(n, len(LABELS)))
    assert viterbi(logp) == _brute_force(logp)


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 60), st.integers(0, 2**32 - 1))
def test_viterbi_output_is_always_valid_iob2(n: int, seed: int) -> None:
    # a network that prefers I- tags everywhere still gets a valid sequence
    logp = np.random.default_rng(seed).normal(size=(n, len(LABELS)))
    logp[:, [k for k, t in enumerate(LABELS) if t.startswith("I-")]] += 3.0
    tags = viterbi(logp)
    assert len(tags) == n and _valid(tags)


def test_viterbi_empty() -> None:
    assert viterbi(np.zeros((0, len(LABELS)))) == []


def test_stack_features_tag_and_neighbour_types() -> None:
    feats: list[list[str]] = [["w=a"], ["w=b"], ["w=c"]]
    stack_features(feats, ["O", "B-PERS", "I-PERS"])
    assert feats[0][1:] == ["nn=O", "1nn=PERS"]
    assert feats[1][1:] == ["nn=B-PERS", "-1nn=", "1nn=PERS"]
    assert feats[2][1:] == ["nn=I-PERS", "-1nn=PERS"]


def test_stack_features_confidence_and_hesitation() -> None:
    probs = np.full((2, len(LABELS)), 1e-6)
    probs[0, LABELS.index("O")] = 0.7  # O, but 0.3 on a person
    probs[0, LABELS.index("B-PERS")] = 0.3
    probs[1, LABELS.index("B-LOC")] = 0.97
    feats: list[list[str]] = [[], []]
    stack_features(feats, ["O", "B-LOC"], np.log(probs))
    assert "nnc=O|mid" in feats[0] and "nnalt=PERS" in feats[0]
    assert "nnc=B-LOC|hi" in feats[1] and not any(x.startswith("nnalt") for x in feats[1])
    plain: list[list[str]] = [[], []]
    stack_features(plain, ["O", "B-LOC"])  # without log-probabilities: tags only
    assert not any(x.startswith(("nnc", "nnalt")) for f in plain for x in f)


def test_crf_features_carry_neural_tags_only_when_given() -> None:
    fz = Featurizer(Resources())
    toks = ["وقال", "بوتين"]
    plain = fz.sentence_features(toks)
    stacked = fz.sentence_features(toks, None, ["O", "B-PERS"])
    assert not any(x.startswith("nn=") for f in plain for x in f)
    assert "nn=B-PERS" in stacked[1] and "-1nn=" in stacked[1]


def _tiny_vocab() -> NeuralVocab:
    return NeuralVocab(
        words=Vocab(["<pad>", "<unk>", "قال", "بوتين"]),
        stems=Vocab(["<pad>", "<unk>", "قال", "بوتين"]),
        chars=Vocab(["<pad>", "<unk>", *"قالبوتين"]),
        feats=Vocab(["<pad>", "<unk>", "rare", "dtr=PERS", "D=sport"]),
        common=frozenset({"قال"}),
        phrases={},
    )


def test_encoder_ids_shapes_and_rare_flag() -> None:
    enc = Encoder(_tiny_vocab())
    toks = ["قال", "بوتين", "أوشاكوف", "ـ", "x" * 50]
    doc = {stem("بوتين"): "PERS", DOMAIN_KEY: "sport"}  # document maps are keyed by stem
    w, _, c, f = enc.encode(toks, doc)
    assert w.tolist()[:3] == [2, 3, 1]  # known, known, unknown word
    assert c.shape == (5, MAX_CHARS)  # the 50-letter token is cut at MAX_CHARS
    assert c[3].sum() == 0  # tatweel alone normalises to nothing: no characters, no crash
    bags = enc.features(toks, doc)
    assert "rare" not in bags[0]  # «قال» is a common word
    assert "rare" in bags[1] and "dtr=PERS" in bags[1]
    assert all("D=sport" in b for b in bags)
    # every id in the bag is a row of the table, padding is 0
    assert f.shape[0] == 5 and f.max() < len(enc.vocab.feats)


def test_vocab_round_trip(tmp_path) -> None:
    v = _tiny_vocab()
    v.save(tmp_path / "v.json.gz")
    back = NeuralVocab.load(tmp_path / "v.json.gz")
    assert back.to_dict() == v.to_dict()
    bad = v.to_dict() | {"labels": ["O", "B-PER"]}
    with pytest.raises(ValueError, match="labels"):
        NeuralVocab.from_dict(bad)


# --- the shipped model -------------------------------------------------------------------


def test_shipped_model_is_stacked_on_the_network() -> None:
    tagger = get_tagger()
    assert tagger.neural is not None
    toks = ["وقال", "الرئيس", "الروسي", "فلاديمير", "بوتين", "في", "موسكو"]
    nn = tagger.neural.tag(toks)
    assert nn[3:5] == ["B-PERS", "I-PERS"] and nn[6] == "B-LOC"
    assert tagger.tag(toks)[3:5] == ["B-PERS", "I-PERS"]


def test_stacked_tagger_bad_input() -> None:
    tagger = get_tagger()
    assert tagger.tag([]) == []
    odd = ["ـــ", "", "Putin", "٢٠٢٤", "بُوتِينُ", "«", "x" * 300, "\u200f"]
    assert len(tagger.tag(odd)) == len(odd)
    long = ["وقال", "بوتين", "إن", "روسيا"] * 2500  # 10k tokens: tagged in windows
    tags = tagger.tag(long)
    assert len(tags) == len(long) and _valid(tags)


def test_model_that_needs_the_network_refuses_to_load_without_it() -> None:
    res = Resources(features=("nn",))
    with pytest.raises(ValueError, match="neural"):
        type(get_tagger())(get_tagger()._model, res, None)


def test_train_cli_says_what_is_missing_without_torch(monkeypatch, tmp_path) -> None:
    from khabar.cli import main

    (tmp_path / "anercorp").mkdir()
    monkeypatch.setitem(sys.modules, "torch", None)  # import torch → ImportError
    r = CliRunner().invoke(main, ["train", "ner", "--data", str(tmp_path), "--out", str(tmp_path)])
    assert r.exit_code != 0
    assert "torch" in r.output and "--no-neural" in r.output


# --- training (torch) ----------------------------------------------------------------------

_LINES = [
    "قال الرئيس الروسي فلاديمير بوتين في موسكو|O O O B-PERS I-PERS O B-LOC",
    "زار كيم جونغ أون روسيا|O B-PERS I-PERS I-PERS B-LOC",
    "أعلنت وزارة الخارجية الروسية|O B-ORG I-ORG I-ORG",
    "وصل يوري أوشاكوف إلى بيونغ يانغ|O B-PERS I-PERS O B-LOC I-LOC",
    "قالت الأمم المتحدة إن الوضع خطير|O B-ORG I-ORG O O O",
    "التقى بوتين كيم في الكرملين|O B-PERS B-PERS O B-ORG",
]
_SENTS = [tuple(part.split(" ") for part in line.split("|")) for line in _LINES] * 3


def test_training_is_reproducible_and_out_of_fold() -> None:
    pytest.importorskip("torch", reason="training needs the [train] extra (torch)")
    pytest.importorskip("onnx", reason="training needs the [train] extra (onnx)")
    from khabar.ner.neural import NeuralTagger, doc_maps
    from khabar.ner.neural_train import NetConfig, stacked_tags

    cfg = NetConfig(epochs=2, wdim=8, sdim=4, cdim=4, fdim=4, hidden=8, batch=4, folds=3)
    maps = doc_maps([t for t, _ in _SENTS])
    held = [["وقال", "بوتين"]]
    a = stacked_tags(
        _SENTS, maps, cfg, seed=5, heldout=held, heldout_maps=[None], log=lambda s: None
    )
    b = stacked_tags(
        _SENTS, maps, cfg, seed=5, heldout=held, heldout_maps=[None], log=lambda s: None
    )
    oof, onnx_model, vocab, held_tags = a.oof, a.onnx_model, a.vocab, a.heldout
    assert [len(t) for t in oof] == [len(s) for s, _ in _SENTS]
    assert [lp.shape for lp in a.oof_logp] == [(len(s), len(LABELS)) for s, _ in _SENTS]
    assert all(_valid(t) for t in oof)
    assert onnx_model == b.onnx_model and oof == b.oof  # same seed, same network, byte for byte
    # the shipped path (onnxruntime) gives the tags the trainer reported
    assert NeuralTagger(onnx_model, vocab).tag_sentences(held, [None]) == held_tags
    c = stacked_tags(_SENTS, maps, cfg, seed=6, log=lambda s: None)
    assert c.onnx_model != onnx_model


def test_quantized_network_is_deterministic_and_tags() -> None:
    pytest.importorskip("torch", reason="training needs the [train] extra (torch)")
    pytest.importorskip("onnx", reason="training needs the [train] extra (onnx)")
    from khabar.ner.neural import NeuralTagger, doc_maps
    from khabar.ner.neural_train import NetConfig, quantize, stacked_tags

    cfg = NetConfig(epochs=1, wdim=8, sdim=4, cdim=4, fdim=4, hidden=8, batch=4, folds=2)
    maps = doc_maps([t for t, _ in _SENTS])
    st = stacked_tags(_SENTS, maps, cfg, seed=5, log=lambda s: None)
    onnx_model, vocab = st.onnx_model, st.vocab
    small = quantize(onnx_model)
    assert small == quantize(onnx_model)
    toks = _SENTS[0][0]
    assert len(NeuralTagger(small, vocab).tag(toks)) == len(toks)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.text(
            alphabet=st.sampled_from(list("بوتينالروسيأإآءؤئةىـًٌٍَُِّْ«»٠١٢abcXYZ0123-.،:؟ \u200f")),
            max_size=30,
        ),
        max_size=60,
    )
)
def test_stacked_tagger_any_tokens(tokens: list[str]) -> None:
    # tokens as a tokenizer could never give them (empty, spaces, marks only, mixed scripts)
    tags = get_tagger().tag(tokens)
    assert len(tags) == len(tokens) and _valid(tags)


_SPORT = [
    "فاز فريق ريال مدريد في مباراة الدوري أمس",
    "وسجل لاعب الفريق هدفين في المباراة",
    "ويلتقي النادي مع فريق برشلونة في الدوري",
]


def test_network_reads_its_own_document_maps_when_the_crf_has_other_groups() -> None:
    from khabar.ner.tagger import Tagger

    shipped = get_tagger()
    seen: list[dict | None] = []

    class Spy:
        encoder = shipped.neural.encoder

        def tag_with_logp(self, toks, doc=None):  # type: ignore[no-untyped-def]
            seen.append(doc)
            return shipped.neural.tag_with_logp(toks, doc)

    # a CRF without the "domain" group: its maps carry no passage topic, the network's do
    crf_only = Tagger(shipped._model, Resources(features=("given", "wordfreq", "nn")), Spy())
    sents = [s.split() for s in _SPORT]
    crf_only.tag_sentences(sents)
    assert all(d is not None and DOMAIN_KEY in d for d in seen)
    assert DOMAIN_KEY not in crf_only.featurizer.doc_maps(sents)[0]


# --- the network reading the CRF's lexicon (NetConfig.lexicon; off in the shipped model) -----


def _lexicon_vocab() -> NeuralVocab:
    v = _tiny_vocab()
    v.feats = Vocab([*v.feats.itos, "gz=PERS", "gza=P", "gpB=LOC"])
    v.lexicon = True
    return v


def _lexicon() -> Featurizer:
    return Featurizer(
        Resources(
            token_type={stem("بوتين"): "PERS"},
            phrases={stem("موسكو"): "LOC"},
            token_any={stem("بوتين"): "P"},
            features=("anytype",),
        )
    )


def test_encoder_reads_the_lexicon_it_is_given() -> None:
    toks = ["قال", "بوتين", "في", "موسكو"]
    enc = Encoder(_lexicon_vocab())
    with pytest.raises(ValueError, match="lexicon"):
        enc.encode(toks)  # a network trained with lexicon inputs never runs without them
    enc.use_lexicon(_lexicon())
    bags = enc.features(toks)
    assert "gz=PERS" in bags[1] and "gza=P" in bags[1] and "gpB=LOC" in bags[3]
    _, _, _, f = enc.encode(toks)
    ids = enc.vocab.feats.stoi
    assert ids["gz=PERS"] in f[1] and ids["gpB=LOC"] in f[3]
    # another lexicon (a jackknife fold without «بوتين»): the word cache does not keep the old
    enc.use_lexicon(Featurizer(Resources(features=("anytype",))))
    assert not any(x.startswith(("gz", "gp")) for b in enc.features(toks) for x in b)
    # a network without the flag ignores a lexicon even when the CRF has one
    plain = Encoder(_tiny_vocab())
    plain.use_lexicon(_lexicon())
    assert not any(x.startswith(("gz", "gp")) for b in plain.features(toks) for x in b)


def test_lexicon_flag_round_trips_through_the_vocabulary(tmp_path) -> None:
    v = _lexicon_vocab()
    v.save(tmp_path / "v.json.gz")
    assert NeuralVocab.load(tmp_path / "v.json.gz").lexicon is True
    # without the flag the saved dictionary is what it always was (shipped files unchanged)
    assert "lexicon" not in _tiny_vocab().to_dict()
    assert NeuralVocab.from_dict(_tiny_vocab().to_dict()).lexicon is False


def test_cache_key_config_changes_only_with_the_flag() -> None:
    from khabar.ner.neural_train import NetConfig, _key_config

    assert "lexicon" not in _key_config(NetConfig())  # the cached baseline keeps its key
    assert _key_config(NetConfig(lexicon=True))["lexicon"] is True
    assert "layers" not in _key_config(NetConfig())
    assert _key_config(NetConfig(layers=2))["layers"] == 2
    assert "swa" not in _key_config(NetConfig())
    assert _key_config(NetConfig(swa=4))["swa"] == 4


def test_weight_averaging_over_the_last_epochs() -> None:
    pytest.importorskip("torch", reason="training needs the [train] extra (torch)")
    pytest.importorskip("onnx", reason="training needs the [train] extra (onnx)")
    from khabar.ner.neural import NeuralTagger
    from khabar.ner.neural_train import NetConfig, fit

    base = {"epochs": 3, "wdim": 8, "sdim": 4, "cdim": 4, "fdim": 4, "hidden": 8, "batch": 4}
    maps = [None] * len(_SENTS)
    plain, vocab = fit(_SENTS, maps, NetConfig(**base), 5)
    # the average over the last epoch alone is the last epoch's network, byte for byte
    assert fit(_SENTS, maps, NetConfig(**base, swa=1), 5)[0] == plain
    averaged, vocab2 = fit(_SENTS, maps, NetConfig(**base, swa=2), 5)
    assert averaged != plain and vocab2.to_dict() == vocab.to_dict()
    toks = _SENTS[0][0]
    assert len(NeuralTagger(averaged, vocab2).tag(toks)) == len(toks)


def test_two_layer_network_exports_and_tags_as_trained() -> None:
    pytest.importorskip("torch", reason="training needs the [train] extra (torch)")
    pytest.importorskip("onnx", reason="training needs the [train] extra (onnx)")
    from khabar.ner.neural import NeuralTagger
    from khabar.ner.neural_train import NetConfig, stacked_tags

    cfg = NetConfig(epochs=1, wdim=8, sdim=4, cdim=4, fdim=4, hidden=8, batch=4, folds=2, layers=2)
    held = [["وقال", "بوتين", "في", "موسكو"]]
    st = stacked_tags(
        _SENTS, [None] * len(_SENTS), cfg, 5, heldout=held, heldout_maps=[None], log=print
    )
    assert NeuralTagger(st.onnx_model, st.vocab).tag_sentences(held, [None]) == st.heldout


def test_nested_lexicons_never_hold_a_sentences_own_labels() -> None:
    import random

    from khabar.ner.neural_train import NetConfig, _nested_lexicons

    # one distinct name per sentence: its stem is in a lexicon only if its sentence is
    names = [f"اسم{chr(0x628 + i)}" for i in range(12)]
    sents = [(["قال", n], ["O", "B-PERS"]) for n in names]
    cfg = NetConfig(folds=3)
    train = [i for i in range(12) if i % 4]  # the others: the fold this network tags
    (lexicons, which), test_lex = _nested_lexicons(sents, train, cfg, seed=7)
    rng = random.Random(7)  # the CRF trainer's lexicon folds for seed 7
    lexfold = [rng.randrange(cfg.folds) for _ in sents]
    for i, k in zip(train, which, strict=True):
        assert k == lexfold[i]
        seen = set(lexicons[k].token_any)
        assert stem(names[i]) not in seen  # never its own label
        assert seen == {stem(names[j]) for j in train if lexfold[j] != lexfold[i]}
    # the tagged fold reads every training sentence's labels, and none of its own
    assert set(test_lex.token_any) == {stem(names[j]) for j in train}


def test_training_with_the_lexicon_and_tagging_through_the_crfs_resources() -> None:
    pytest.importorskip("torch", reason="training needs the [train] extra (torch)")
    pytest.importorskip("onnx", reason="training needs the [train] extra (onnx)")
    from khabar.ner.features import cldr_phrases
    from khabar.ner.neural import NeuralTagger, doc_maps
    from khabar.ner.neural_train import NetConfig, lexicon_resources, stacked_tags
    from khabar.ner.tagger import Tagger

    cfg = NetConfig(
        epochs=2, wdim=8, sdim=4, cdim=4, fdim=4, hidden=8, batch=4, folds=3, lexicon=True
    )
    maps = doc_maps([t for t, _ in _SENTS])
    held = [["وقال", "بوتين", "في", "موسكو"]]
    st = stacked_tags(_SENTS, maps, cfg, seed=5, heldout=held, heldout_maps=[None], log=print)
    assert st.vocab.lexicon and st.vocab.phrases == {}  # no second copy of the gazetteer
    assert {"gz=PERS", "gza=P", "gpB=LOC"} <= set(st.vocab.feats.itos)
    assert all(_valid(t) for t in st.oof)
    # Tagger hands the network the CRF's own resources (the lexicon of all training sentences)
    res = lexicon_resources(_SENTS, cldr_phrases())
    res.features = ("anytype", "given", "wordfreq", "domain", "nn")
    tagger = Tagger(get_tagger()._model, res, NeuralTagger(st.onnx_model, st.vocab))
    assert tagger.neural is not None and tagger.neural.encoder.lexicon is tagger.featurizer
    assert tagger.neural.tag_sentences(held, [None]) == st.heldout
    assert len(tagger.tag(held[0])) == 4


def test_cache_key_depends_on_content_not_object_identity():
    # a pickle-based key changed when equal strings were shared differently (stop 14)
    from khabar.ner.neural_train import NetConfig, cache_key

    w = "بوتين"
    shared = [([w, w], ["B-PERS", "B-PERS"])]
    copies = [(["".join(["بو", "تين"]), "".join(["بوت", "ين"])], ["B-PERS", "B-PERS"])]
    maps = [{w: "PERS"}]
    k = cache_key(shared, maps, (), NetConfig(), 13)
    assert k == cache_key(copies, [{"".join(["بو", "تين"]): "PERS"}], (), NetConfig(), 13)
    assert k != cache_key(shared, maps, (), NetConfig(), 14)
    assert k != cache_key(shared, [{w: "ORG"}], (), NetConfig(), 13)

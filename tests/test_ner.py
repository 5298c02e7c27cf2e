"""NER: CoNLL reading, AQMAR mapping, scorer, shipped tagger, ``khabar tag``."""

from __future__ import annotations

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.cli import main
from khabar.ner import entity_spans, get_tagger
from khabar.ner.conll import map_aqmar_tag, read_conll, repair_iob2
from khabar.ner.score import score


def test_read_conll_columns_and_blank_lines():
    lines = ["بوتين B-PERS", "زار O", "", "", "موسكو\tB-LOC", "  "]
    sents = list(read_conll(lines))
    assert sents == [(["بوتين", "زار"], ["B-PERS", "O"]), (["موسكو"], ["B-LOC"])]
    assert list(read_conll(["a B-LOC"], with_tags=False)) == [(["a"], ["O"])]


def test_aqmar_mapping():
    assert map_aqmar_tag("B-PER") == "B-PERS"
    assert map_aqmar_tag("I-MIS2") == "I-MISC"
    assert map_aqmar_tag("B-MIS1`") == "B-MISC"
    assert map_aqmar_tag("I--ORG") == "I-ORG"
    assert map_aqmar_tag("B-ENGLISH") == "O"
    assert map_aqmar_tag("OO") == "O"
    assert repair_iob2(["O", "I-LOC", "I-LOC", "I-ORG"]) == ["O", "B-LOC", "I-LOC", "B-ORG"]


def test_entity_spans_and_score():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"]]
    assert entity_spans(gold[0]) == [(0, 2, "PERS"), (3, 4, "LOC")]
    pred = [["B-PERS", "O", "O", "B-LOC"]]
    s = score(gold, pred)
    assert s["LOC"]["f1"] == 1.0 and s["PERS"]["f1"] == 0.0
    assert abs(s["ALL"]["f1"] - 0.5) < 1e-9


def test_tagger_tags_a_news_sentence():
    sent = "استقبل الرئيس الروسي فلاديمير بوتين في موسكو وزير الخارجية الصيني"
    toks = sent.split(" ")
    tags = get_tagger().tag(toks)
    assert tags[3:5] == ["B-PERS", "I-PERS"]
    assert tags[6] == "B-LOC"


def test_tagger_bad_input():
    t = get_tagger()
    assert t.tag([]) == []
    long = ["كلمة"] * 10_000
    assert len(t.tag(long)) == 10_000
    assert len(t.tag(["Putin", "٢٠٢٤", "مَدْرَسَةٌ", "«", "x1y2"])) == 5
    text = "قال Vladimir Putin إن 13 سبتمبر. زار بوتين موسكو."
    for start, end, _typ, toks in t.entities(text):
        assert text[start:end].startswith(toks[0].text)


@settings(max_examples=25, deadline=None)
@given(st.text(max_size=120))
def test_tagger_entities_offsets_any_text(s):
    for start, end, _typ, toks in get_tagger().entities(s):
        assert s[start:end] == s[toks[0].start : toks[-1].end]


def test_cli_tag_conll(tmp_path):
    p = tmp_path / "in.conll"
    p.write_text("زار\tO\nبوتين\tB-PERS\nموسكو\tB-LOC\n\nقال\tO\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["tag", "--conll", str(p)])
    assert r.exit_code == 0, r.output
    blocks = r.output.strip("\n").split("\n\n")
    assert len(blocks) == 2
    rows = [line.split("\t") for line in blocks[0].splitlines()]
    assert [w for w, _ in rows] == ["زار", "بوتين", "موسكو"]
    assert all(t == "O" or t[:2] in ("B-", "I-") for _, t in rows)


def test_cli_tag_missing_file():
    r = CliRunner().invoke(main, ["tag", "--conll", "/nonexistent.conll"])
    assert r.exit_code != 0
    assert "/nonexistent.conll" in r.output


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.sampled_from(["زار", "فلاديمير", "بوتين", "موسكو", "في", "وزارة", "الخارجية"]),
        max_size=30,
    )
)
def test_tagger_output_is_valid_iob2(words):
    tags = get_tagger().tag(words)
    prev = "O"
    for t in tags:
        assert t == "O" or t[:2] in ("B-", "I-")
        if t.startswith("I-"):
            assert prev[2:] == t[2:]
        prev = t


def test_mention_replacement_keeps_iob2_consistent() -> None:
    import random

    from khabar.ner.train import _spans, mention_replacement

    sents = [
        (["قال", "فلاديمير", "بوتين", "في", "موسكو"], ["O", "B-PERS", "I-PERS", "O", "B-LOC"]),
        (["زار", "أوباما", "باريس", "أمس"], ["O", "B-PERS", "B-LOC", "O"]),
        (["لا", "أسماء", "هنا"], ["O", "O", "O"]),
    ]
    copies = mention_replacement(sents, 1.0, random.Random(3))
    assert [i for i, _ in copies] == [0, 1]  # a sentence without names is never copied
    names = {
        ("فلاديمير", "بوتين"): "PERS",
        ("أوباما",): "PERS",
        ("موسكو",): "LOC",
        ("باريس",): "LOC",
    }
    for i, (toks, tags) in copies:
        assert len(toks) == len(tags)
        orig = sents[i][1]
        # same types in the same order, each span a training name of its type
        assert [t for _, _, t in _spans(tags)] == [t for _, _, t in _spans(orig)]
        for a, b, typ in _spans(tags):
            assert names[tuple(toks[a:b])] == typ

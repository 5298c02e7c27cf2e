"""What the seed must give (issue 5), on Article objects built from the seed's body lines."""

from __future__ import annotations

import pytest

from khabar.enrich.quotes import extract_quotes
from khabar.model import Quote

from .quotes_fixtures import quote_rows, seed_articles

# (start of the quote text, accepted speaker entity ids)
EXPECTED_1 = [
    ("قبول اقتراح", {"e-putin", "e-kremlin"}),
    ("تعديلات لا تحمل", {"e-putin"}),
    ("تحدد آفاق", {"e-ushakov"}),
    ("سيجري التوقيع", {"e-ushakov"}),
    ("روسيا وجمهورية كوريا", {"e-putin"}),
    ("نحن نقدر عالياً", {"e-putin"}),
    ("تعاونهما المتبادل", {"e-putin"}),
    ("حرب مقدسة", {"e-rodong"}),
    ("إن العملية العسكرية", {"e-rodong"}),
    ("إن حكومة وشعب", {"e-rodong"}),
    ("شعبنا يرى", {"e-rodong"}),
    ("سخيفة", {"e-nk"}),
    ("أفضل طريقة", {"e-kuleba"}),
]
NOT_QUOTES = [
    "رودونغ شينمون",
    "وكالة الأنباء المركزية الكورية الشمالية",
    "الخارجية الروسية",
    "الشراكة الاستراتيجية الشاملة",
    "اتفاقية الشراكة الاستراتيجية الشاملة",
    "فوستوشني",
    "وكالة الصحافة الفرنسية",
]


@pytest.fixture(scope="module")
def seed_quotes() -> tuple[list[Quote], list[Quote]]:
    a1, a2 = seed_articles()
    return extract_quotes(a1), extract_quotes(a2)


def _find(quotes: list[Quote], start: str) -> Quote:
    hits = [q for q in quotes if q.kind != "indirect" and q.text.startswith(start)]
    assert hits, f"no direct/partial quote starting {start!r}"
    return hits[0]


@pytest.mark.parametrize(("start", "speakers"), EXPECTED_1)
def test_seed_article1_quote_and_speaker(seed_quotes, start, speakers):
    q = _find(seed_quotes[0], start)
    assert q.speaker.entity_id in speakers, (start, q.speaker)


def test_seed_article2_prosecutor_quote(seed_quotes):
    q = _find(seed_quotes[1], "في أعقاب عملية السرقة")
    assert q.speaker.entity_id == "e-prosecutor"
    assert q.text.endswith("فتح مكتب المدعي العام في نانتير تحقيقاً")


def test_seed_exactly_14_marked_quotes(seed_quotes):
    marked = [q for qs in seed_quotes for q in qs if q.kind != "indirect"]
    assert len(marked) == 14, [q.text[:30] for q in marked]


@pytest.mark.parametrize("name", NOT_QUOTES)
def test_seed_names_in_guillemets_are_not_quotes(seed_quotes, name):
    for qs in seed_quotes:
        assert all(q.text != name for q in qs)


def test_seed_spans_are_exact():
    a1, a2 = seed_articles()
    for art in (a1, a2):
        for q in extract_quotes(art):
            assert art.paragraphs[q.paragraph][q.start : q.end] == q.text
            assert q.text == q.text.strip() and q.text


def test_seed_reported_speech(seed_quotes):
    ind = [q for q in seed_quotes[0] if q.kind == "indirect"]
    ush = [q for q in ind if q.text.startswith("الوثيقة تنظر في كل مجالات التعاون")]
    assert ush and ush[0].speaker.entity_id == "e-ushakov" and ush[0].cue == "أشار"
    ws = [q for q in ind if q.text.startswith("روسيا في المقابل زودت")]
    assert ws and ws[0].cue == "تقول"
    putin = [q for q in ind if q.text.startswith("زعيم كوريا الشمالية")]
    assert putin and putin[0].speaker.entity_id == "e-putin"  # «وأشار الرئيس الروسي إلى أن»


def test_seed_attributions_and_nominal_source(seed_quotes):
    ind = [q for q in seed_quotes[1] if q.kind == "indirect"]
    by = {q.text.split()[0]: q for q in ind}
    assert by["تعرضت"].speaker.name == "مصدر قضائي" and by["تعرضت"].cue == "بحسب"
    assert "الشرطة" in (by["تمت"].speaker.name or "")  # «المصدر في الشرطة» → the police source


def test_seed_without_entities_still_names_speakers():
    a1, a2 = seed_articles(with_entities=False)
    q1, q2 = extract_quotes(a1), extract_quotes(a2)
    assert all(q.speaker.entity_id is None for q in q1 + q2)
    expect = {
        "سيجري التوقيع": "أوشاكوف",
        "أفضل طريقة": "كوليبا",
        "شعبنا يرى": "رودونغ شينمون",
        "روسيا وجمهورية كوريا": "بوتين",
        "نحن نقدر عالياً": "بوتين",
    }
    for start, name in expect.items():
        assert name in (_find(q1, start).speaker.name or "")
    assert "المدعي العام" in (_find(q2, "في أعقاب").speaker.name or "")
    assert len([q for q in q1 + q2 if q.kind != "indirect"]) == 14


def test_seed_quotes_match_the_reviewed_golden_file():
    """Every quote of the reference page, with kind, speaker and cue (regenerate with
    `python tests/golden/regen.py` after an intended change, and review the diff): a rule that
    adds a quote somewhere else on the page («امرأة يعتقد أنها من أقاربه» is no speech) shows."""
    import json
    from pathlib import Path

    import khabar

    root = Path(__file__).resolve().parents[1]
    seed = (root / "src" / "khabar" / "data" / "sample_asharq.txt").read_text("utf-8")
    got = quote_rows(khabar.parse_text(seed, source="seed.txt", enrich=True))
    want = json.loads((root / "tests" / "golden" / "seed_quotes.expected.json").read_text("utf-8"))
    assert got == want

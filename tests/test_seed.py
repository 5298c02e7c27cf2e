"""Golden test for the reference page (Asharq Al-Awsat dump): every element must come out right."""

from __future__ import annotations

import json
from pathlib import Path

GOLDEN = Path(__file__).parent / "golden" / "seed.expected.json"


def test_seed_splits_into_two_articles(seed_articles):
    assert len(seed_articles) == 2


def test_seed_article1_header(seed_articles):
    a = seed_articles[0]
    assert a.headline.startswith("زيارة بوتين لكوريا الشمالية")
    assert a.deck.startswith("تعزيز التحالف")
    assert a.site == "aawsat.com"
    lead = [m for m in a.media if m.role == "lead"]
    assert len(lead) == 1
    assert lead[0].caption == "بوتين وكيم خلال زيارة الأخير لروسيا في 13 سبتمبر"
    assert lead[0].credit == "أ.ف.ب"
    assert lead[0].after_paragraph is None


def test_seed_article1_body_and_inline_captions(seed_articles):
    a = seed_articles[0]
    assert len(a.paragraphs) == 21
    assert a.paragraphs[0].startswith("استبق الرئيس الروسي")
    assert a.paragraphs[-1].startswith("كذلك، جرى تعيين")
    inline = [m for m in a.media if m.role == "inline"]
    assert [m.credit for m in inline] == ["رويترز - أرشيفية", "أ.ف.ب", "أ.ب", "أ.ب"]
    assert [m.after_paragraph for m in inline] == [0, 5, 11, 18]
    # A parenthesis inside a caption that is not a credit stays in the caption.
    assert inline[1].caption.startswith("صورة وزعتها كوريا الشمالية (حليفة موسكو)")
    # No caption, widget or teaser text leaks into the body.
    body = "\n".join(a.paragraphs)
    for leak in ("(أ.ف.ب)", "(أ.ب)", "TT", "مقالات ذات صلة", "هبة القدسي", "ترمب يلتقي"):
        assert leak not in body


def test_seed_article1_related_teasers(seed_articles):
    rel = seed_articles[0].related
    assert len(rel) == 5
    assert [t.section for t in rel] == ["الولايات المتحدة", "أوروبا", "أوروبا", "العالم", "أوروبا"]
    assert [(t.bylines[0].name, t.bylines[0].dateline) for t in rel] == [
        ("هبة القدسي", "واشنطن"),
        ("رائد جبر", "موسكو"),
        ("الشرق الأوسط", "بروكسل"),
        ("الشرق الأوسط", "واشنطن"),
        ("رائد جبر", "موسكو"),
    ]
    first = rel[0]
    assert first.headline == "ترمب يلتقي زيلينسكي وسط مخاوف أوكرانية من عدم استمرار الدعم الأميركي"
    assert first.summary.startswith("زيلينسكي يلتقي ترمب في نيويورك")
    assert first.media[0].caption == "ترمب يلتقي زيلينسكي في نيويورك."
    assert first.media[0].credit == "أ.ب"
    assert rel[2].media[0].credit == "لقطة من فيديو لوزارة الدفاع الروسية"
    assert rel[3].headline.startswith("هاريس: تنازل أوكرانيا")
    assert all(t.summary for t in rel)


def test_seed_article2(seed_articles):
    b = seed_articles[1]
    assert b.headline == "سرقة كومبيوتر يحوي بيانات حساسة من السفارة الأردنية في فرنسا"
    assert b.deck is None
    assert len(b.media) == 1 and b.media[0].role == "lead" and b.media[0].credit == "رويترز"
    assert len(b.paragraphs) == 4
    assert b.related == []
    assert b.source.line_start == 105 and b.source.line_end == 122


def test_seed_widgets_and_duplicates_dropped_with_reasons(seed_articles):
    drops = [d for a in seed_articles for d in a.dropped]
    widget_lines = sorted(d.line for d in drops if d.reason == "widget")
    assert widget_lines == [7, 109]
    dup_lines = sorted(d.line for d in drops if d.reason == "duplicate")
    assert dup_lines == [6, 9, 11, 12, 71, 108, 111, 113, 114]
    assert [d.line for d in drops if d.reason == "block-heading"] == [65]


def test_seed_every_line_accounted_for(seed_text, seed_articles):
    """Each input line is in a field or in `dropped`: nothing is lost silently."""
    from khabar.model import Page, Source
    from khabar.structure.text import parse_with_fates

    _, fates, lines = parse_with_fates(Page(Source(path="seed"), "text", seed_text))
    assert len(lines) == 122
    assert all(ln.no in fates for ln in lines)
    dropped = {d.line for a in seed_articles for d in a.dropped}
    used = {n for n, f in fates.items() if not f.startswith("dropped")}
    assert dropped | used == set(range(1, 123))
    assert not dropped & used


def test_seed_field_values_have_no_stray_spaces(seed_articles):
    b = seed_articles[1]
    assert not b.headline.endswith((" ", "\u00a0"))
    for a in seed_articles:
        for p in a.paragraphs:
            assert p == p.strip() and "\u00a0" not in p


def test_seed_matches_reviewed_golden_file(seed_articles):
    """The whole structured output, as reviewed by hand (regenerate with
    `python tests/golden/regen.py` after an intended change, and review the diff)."""
    got = [a.to_dict() for a in seed_articles]
    for g in got:
        g["source"]["path"] = "seed.txt"
    want = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert got == want

"""Property tests (hypothesis) for the line rules and the plain-text parser."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khabar.model import Page, Source
from khabar.structure.lines import clean_line, fold, fold_key, split_credit, vocab_for
from khabar.structure.text import parse_with_fates

V = vocab_for()

# Lines drawn from the building blocks of real pages, so that random pages exercise every
# state of the parser (headers, widgets, captions, teasers, bylines), plus arbitrary text.
BLOCKS = [
    "زيارة بوتين لكوريا الشمالية تحمل أهمية خاصة",
    "بوتين وكيم خلال زيارة الأخير لروسيا (أ.ف.ب)",
    "جنود قرب الحدود (رويترز - أرشيفية)",
    "TT",
    "",
    "",
    "مقالات ذات صلة",
    "اقرأ أيضاً: عنوان آخر مهم",
    "هبة القدسي (واشنطن)",
    "«الشرق الأوسط» (بروكسل)",
    "كتب: محمود السيد",
    "وقال الوزير إن الاتفاق سيوقع قريباً.",
    "وأضاف أن «المفاوضات مستمرة».",
    "أوروبا جنود أوكرانيون قرب الحدود (أ.ب)",
    "1. الأهلي يتعاقد مع مهاجم جديد",
    "جميع الحقوق محفوظة © 2024",
    "رياضة",
    "\u00a0 ",
]
line = st.one_of(st.sampled_from(BLOCKS), st.text(max_size=60))
pages = st.lists(line, max_size=40).map("\n".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages)
def test_every_line_is_used_or_dropped_exactly_once(text):
    arts, fates, lines = parse_with_fates(Page(Source(path="p"), "text", text))
    assert arts or not lines, "every non-empty page gives at least one article"
    dropped = [d.line for a in arts for d in a.dropped]
    assert len(dropped) == len(set(dropped)), "no line dropped twice"
    used = {n for n, f in fates.items() if not f.startswith("dropped")}
    assert set(dropped).isdisjoint(used)
    assert set(dropped) | used == {ln.no for ln in lines}
    for a in arts:
        assert a.source.line_start <= a.source.line_end
        assert all(p and p == p.strip() for p in a.paragraphs)
        for m in a.media:
            assert m.after_paragraph is None or 0 <= m.after_paragraph < len(a.paragraphs)
            assert (m.role == "lead") == (m.after_paragraph is None)


@given(pages)
@settings(max_examples=100, deadline=None)
def test_article_ranges_do_not_overlap(text):
    arts, _, _ = parse_with_fates(Page(Source(path="p"), "text", text))
    for a, b in itertools.pairwise(arts):
        assert a.source.line_end < b.source.line_start


@given(st.text())
def test_clean_line_is_idempotent_and_trimmed(s):
    c = clean_line(s)
    assert clean_line(c) == c
    assert c == c.strip()
    assert "\u00a0" not in c and "  " not in c


@given(st.text())
def test_fold_is_idempotent(s):
    assert fold(fold(s)) == fold(s)
    assert fold_key(fold_key(s)) == fold_key(s)


@given(st.text(min_size=1, max_size=40), st.sampled_from(["أ.ف.ب", "رويترز", "أ ب", "AFP", "واس"]))
def test_split_credit_reassembles_the_line(caption_words, credit):
    caption = clean_line("صورة " + caption_words.replace("(", "").replace(")", ""))
    line = f"{caption} ({credit})"
    got = split_credit(line, V)
    if got is not None:
        cap, cred = got
        assert cred == credit
        assert line.startswith(cap)


@given(st.text(alphabet=" \t:-كتب أحمد«»"), st.integers(min_value=0, max_value=5))
def test_after_words_drops_exactly_n_words(s, n):
    from khabar.structure.lines import after_words

    assert after_words(s, n).split() == s.split()[n:]


@given(st.text(max_size=60))
def test_shared_lookups_never_crash(s):
    from khabar.structure.lines import (
        byline_cue,
        heading_kind,
        heading_kinds,
        widget_kind,
        widget_kinds,
    )

    heading_kind(s, heading_kinds())
    widget_kind(s, widget_kinds())
    byline_cue(fold(s))

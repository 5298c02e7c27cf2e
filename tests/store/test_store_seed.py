"""Search on real text: the body of the seed's first article, built as an Article by hand
(the plain-text parser is a placeholder today), through both backends."""

from __future__ import annotations

from importlib import resources

from khabar.model import Article, Source


def seed_article() -> Article:
    text = (resources.files("khabar") / "data" / "sample_asharq.txt").read_text("utf-8")
    lines = [x.strip() for x in text.splitlines()]
    start = next(i for i, x in enumerate(lines) if x.startswith("استبق الرئيس الروسي"))
    # Body paragraphs: the long lines from the lead on, minus photo captions (credit at the end).
    body = [x for x in lines[start : start + 60] if len(x) > 120 and not x.endswith(")")]
    return Article(
        headline="زيارة بوتين لكوريا الشمالية تحمل أهمية خاصة في الظروف الإقليمية والدولية المعقدة",
        paragraphs=body,
        source=Source(path="sample_asharq.txt"),
        site="aawsat.com",
    )


def test_seed_search(store) -> None:
    art = seed_article()
    assert len(art.paragraphs) >= 10
    other = Article(headline="خبر آخر", paragraphs=["أعلنت الحكومة اللبنانية خطة جديدة."])
    store.ingest([art, other])

    def found(q: str) -> bool:
        return [h.id for h in store.search(q)] == [art.id]

    assert found("بيونغ يانغ")  # also «وبيونغ»
    assert found('"كوريا الشمالية"')  # also «لكوريا الشمالية» in the headline
    assert found("الزيارة")  # «زيارة», «الزيارة», «بزيارة»
    assert found("أوكرانيا")  # «لأوكرانيا», «أوكرانيا»
    assert found("لبوتين")
    (hit,) = store.search("موسكو بيونغ")
    assert "<mark>وبيونغ</mark>" in hit.snippet or "<mark>بيونغ</mark>" in hit.snippet
    assert store.search('"الشمالية كوريا"') == []

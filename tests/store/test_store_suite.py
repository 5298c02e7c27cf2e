"""The store suite: the same tests against SQLite and PostgreSQL (see conftest.py)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_corpus import ARTICLES, art

from khabar.model import Article
from khabar.store import open_store


@pytest.fixture
def loaded(store):
    report = store.ingest(ARTICLES.values())
    assert report.added == len(ARTICLES)
    return store


def ids(hits) -> set[str]:
    key = {a.id: k for k, a in ARTICLES.items()}
    return {key.get(h.id, h.id) for h in hits}


MIGRATIONS = [
    "0001_initial",
    "0002_annotation_indexes",
    "0003_search_ascii_impacts",
    "0004_caption_mentions",
]


def test_migrations_recorded(store) -> None:
    from khabar.store import Store

    assert isinstance(store, Store)  # both backends implement the one interface
    assert store.migrations() == MIGRATIONS


def test_reopen_is_a_no_op(store_url: str) -> None:
    with open_store(store_url) as s:
        s.ingest(ARTICLES.values())
    with open_store(store_url) as s:
        assert len(s) == len(ARTICLES)
        assert s.migrations() == MIGRATIONS


def test_ingest_is_idempotent(loaded) -> None:
    before = loaded.stats()
    again = loaded.ingest(ARTICLES.values())
    assert (again.added, again.existing) == (0, len(ARTICLES))
    assert loaded.stats()["counts"] == before["counts"]


def test_exact_duplicate_from_another_source_is_skipped(loaded) -> None:
    a = ARTICLES["lubnan"]
    copy = art("elsewhere", a.headline, *a.paragraphs, site="other")
    assert copy.id != a.id
    assert loaded.save(copy) == "existing"
    assert loaded.get(copy.id) is None


def test_get_round_trips_every_field(loaded) -> None:
    for a in ARTICLES.values():
        assert loaded.get(a.id).to_dict() == a.to_dict()
    assert loaded.get("nope") is None


def test_iteration_in_ingest_order(loaded) -> None:
    assert [a.id for a in loaded] == [a.id for a in ARTICLES.values()]


@pytest.mark.parametrize(
    ("query", "found", "not_found"),
    [
        ("الرئيس", {"wa_rais", "li_rais", "li_putin", "diacritics"}, {"raisa"}),
        ("زيارة", {"ziyaratuh", "al_ziyara", "wa_rais"}, set()),
        ("بوتين", {"li_putin"}, set()),
        ("لبنان", {"lubnan"}, {"bil_banan"}),
        ("أدى", {"adda"}, {"wadi"}),
        ("عربي", set(), {"arab"}),
        ("البرلمان", {"raisa", "diacritics"}, set()),
        ("2024", {"diacritics"}, set()),
    ],
)
def test_search_clitics(loaded, query: str, found: set[str], not_found: set[str]) -> None:
    got = ids(loaded.search(query, limit=50))
    assert found <= got, got
    assert not (not_found & got), got
    if found:
        assert got == found


def test_phrase_query(loaded) -> None:
    assert ids(loaded.search('"الرئيس الروسي"')) == set()
    assert ids(loaded.search('"الرئيس الفرنسي"')) == {"wa_rais"}
    assert ids(loaded.search('"الفرنسي الرئيس"')) == set()


def test_or_and_not(loaded) -> None:
    assert ids(loaded.search("بغداد OR القاهرة")) == {"ziyaratuh", "arab"}
    assert ids(loaded.search("الرئيس -بوتين")) == {"wa_rais", "li_rais", "diacritics"}


@pytest.mark.parametrize(
    "q",
    [
        '"',
        '"الرئيس',
        "(((",
        "*",
        "-",
        "OR",
        "OR OR",
        "الرئيس OR",
        "NOT",
        "AND",
        "a:b",
        "'",
        "^",
        "-الرئيس",
        "NEAR(",
        "\\",
        "%_",
    ],
)
def test_syntax_characters_never_raise(loaded, q: str) -> None:
    loaded.search(q)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(q=st.text(alphabet=st.sampled_from(list("الرئيسبوتين \"*-()ORNAD:^'\\%_")), max_size=25))
def test_random_queries_never_raise(loaded, q: str) -> None:
    loaded.search(q)


def test_snippet_is_original_text_highlighted(loaded) -> None:
    (hit,) = loaded.search("البرلمان خطاب")
    assert "<mark>البرلمـــان</mark>" in hit.snippet
    assert "<mark>خِطَابًا</mark>" in hit.snippet
    d = hit.to_dict()
    assert {"id", "headline", "published", "site", "score", "snippet"} <= set(d)


def test_filters(loaded) -> None:
    assert ids(loaded.search("الرئيس", section="اقتصاد")) == {"li_rais"}
    assert ids(loaded.search("الرئيس", date_from="2024-03-02", date_to="2024-05")) == {
        "li_rais",
        "li_putin",
    }
    assert ids(loaded.search("الرئيس", site="nowhere")) == set()
    assert ids(loaded.search("الرئيس", entity="بوتين")) == {"li_putin"}
    assert ids(loaded.search("الرئيس", entity="فلاديمير بوتين")) == {"li_putin"}
    assert ids(loaded.search("الرئيس", entity="لاديمير")) == set()
    assert ids(loaded.search("خطاب", speaker="السيسي")) == {"diacritics"}
    assert ids(loaded.search("الرئيس", speaker="بوتين")) == set()


def test_limit_and_offset(loaded) -> None:
    all_hits = loaded.search("الرئيس", limit=10)
    assert [h.id for h in loaded.search("الرئيس", limit=2, offset=1)] == [
        h.id for h in all_hits[1:3]
    ]


WIRE = (
    "أعلنت وزارة الخارجية اليوم أن وزير الخارجية سيتوجه إلى العاصمة الفرنسية باريس "
    "الأسبوع المقبل في زيارة رسمية تستمر ثلاثة أيام يلتقي خلالها نظيره الفرنسي "
    "ويبحث معه العلاقات الثنائية وسبل تعزيز التعاون الاقتصادي بين البلدين والأوضاع "
    "في المنطقة."
)


def test_near_duplicates_linked_and_collapsed(store) -> None:
    a = art("wire1", "وزير الخارجية إلى باريس", WIRE, site="s1")
    b = art("wire2", "وزير الخارجية إلى باريس", WIRE.replace("ثلاثة أيام", "يومين"), site="s2")
    c = art("other", "الحكومة تقر الموازنة", "أقرت الحكومة الموازنة العامة للعام المقبل " * 3)
    assert store.save(a) == "added"
    assert store.save(b) == "near-duplicate"
    assert store.save(c) == "added"
    canon, sim = store.duplicate_info(b.id)
    assert canon == a.id and 0.7 <= sim < 1.0
    hits = store.search("باريس")
    assert len(hits) == 1 and hits[0].duplicates == 1
    assert {h.id for h in store.search("باريس", all_duplicates=True)} == {a.id, b.id}
    s = store.stats()
    assert (s["articles"], s["stories"], s["near_duplicates"]) == (3, 2, 1)


def test_export_jsonl_and_csv(loaded) -> None:
    out = io.StringIO()
    assert loaded.export("jsonl", out) == len(ARTICLES)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [Article.from_dict(r).to_dict() for r in rows] == [
        a.to_dict() for a in ARTICLES.values()
    ]
    out = io.StringIO()
    loaded.export("csv", out)
    table = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(table) == len(ARTICLES) and table[0]["headline"] == ARTICLES["wa_rais"].headline


def test_export_parquet(loaded, tmp_path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = str(tmp_path / "x.parquet")
    assert loaded.export("parquet", path) == len(ARTICLES)
    assert pq.read_table(path).num_rows == len(ARTICLES)


def test_bad_items_in_the_stream_are_counted(store) -> None:
    from khabar.errors import InputError

    report = store.ingest([InputError("broken", path="x.txt"), ARTICLES["wadi"]])
    assert (report.added, report.failed) == (1, 1)


def test_parquet_without_pyarrow_is_a_clear_error(loaded, tmp_path, monkeypatch) -> None:
    import sys

    from khabar.errors import StoreError

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(StoreError, match="pyarrow"):
        loaded.export("parquet", str(tmp_path / "x.parquet"))


def test_an_article_the_database_refuses_does_not_sink_its_batch(store) -> None:
    # PostgreSQL text cannot hold NUL; SQLite can. Either way the other articles are stored.
    bad = art("nul", "عنوان", "نص فيه \x00 محرف")
    report = store.ingest([ARTICLES["wadi"], bad, ARTICLES["adda"]])
    assert report.added + report.failed == 3
    assert store.get(ARTICLES["wadi"].id) and store.get(ARTICLES["adda"].id)
    if report.failed:
        assert "nul.txt" in report.store_errors[0]


def test_richer_enrichment_updates_annotations_only(store) -> None:
    plain = ARTICLES["li_putin"]
    bare = Article.from_dict({**plain.to_dict(), "entities": [], "enriched": []})
    assert bare.id == plain.id
    assert store.save(bare) == "added"
    enriched = Article.from_dict({**plain.to_dict(), "enriched": ["entities"]})
    report = store.ingest([enriched])
    assert (report.added, report.updated, report.existing) == (0, 1, 0)
    assert store.get(plain.id).to_dict() == enriched.to_dict()
    assert [h.id for h in store.search("الرئيس", entity="بوتين")] == [plain.id]
    # The same enrichment again, or a poorer one, changes nothing.
    assert store.ingest([enriched]).existing == 1
    assert store.ingest([bare]).existing == 1
    assert store.get(plain.id).to_dict() == enriched.to_dict()

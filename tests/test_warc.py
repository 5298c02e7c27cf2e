"""WARC crawls: HTML records become articles; other records are counted; damage is reported."""

from __future__ import annotations

import gzip
import io
import json

import pytest
from click.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import khabar
from khabar.cli import main
from khabar.errors import TruncatedInputError
from khabar.ingest.reader import detect_kind, read_pages

PARAS = (
    "قال وزير الخارجية في مؤتمر صحافي عقده اليوم إن المحادثات مع الجانب الآخر تسير بشكل جيد.",
    "وأضاف أن الجولة المقبلة من المفاوضات ستعقد الشهر المقبل في العاصمة بمشاركة الوفدين.",
    "وأشار إلى أن بلاده ملتزمة بالحلول السلمية وأنها لن تتخلى عن حقوقها في أي حال من الأحوال.",
)


def article_html(title: str, charset: str = "utf-8") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        f"<html><head><meta charset='{charset}'><meta property='og:type' content='article'>"
        f"</head><body><h1>{title}</h1><div class='article-body'>{body}</div></body></html>"
    )


def make_warc(
    pages: list[tuple[str, str]],
    *,
    gz: bool = True,
    extra_png: bool = False,
    encoding: str = "utf-8",
    header_charset: str | None = None,
) -> bytes:
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    w.write_record(w.create_warcinfo_record("test.warc", {"software": "khabar-tests"}))
    for url, html in pages:
        ctype = "text/html" + (f"; charset={header_charset}" if header_charset else "")
        hh = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        rec = w.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(html.encode(encoding)),
            http_headers=hh,
            warc_headers_dict={"WARC-Date": "2024-05-06T07:08:09Z"},
        )
        w.write_record(rec)
        if extra_png:
            hh = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            png = io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
            w.write_record(
                w.create_warc_record(url + ".png", "response", payload=png, http_headers=hh)
            )
    return buf.getvalue()


PAGES = [
    (f"https://news.example.com/a/{i}", article_html(f"عنوان الخبر رقم {i}")) for i in range(3)
]


@pytest.mark.parametrize("gz", [True, False])
def test_warc_records_to_articles(gz, capsys):
    data = make_warc(PAGES, gz=gz, extra_png=True)
    assert detect_kind(data) == "warc"
    arts = khabar.parse_file("crawl.warc", data)
    assert [a.headline for a in arts] == [f"عنوان الخبر رقم {i}" for i in range(3)]
    a = arts[0]
    assert a.source.kind == "warc" and a.source.url == "https://news.example.com/a/0"
    assert a.source.fetched == "2024-05-06T07:08:09Z" and a.site == "news.example.com"
    assert len(a.paragraphs) == 3
    err = capsys.readouterr().err
    assert "3 non-HTML response" in err


def test_warc_charset_from_http_header():
    html = article_html("خبر بترميز عربي قديم", charset="x-unknown").replace(
        "<meta charset='x-unknown'>", ""
    )
    data = make_warc([("https://ex.com/1", html)], encoding="cp1256", header_charset="windows-1256")
    page = next(iter(read_pages("c.warc.gz", data)))
    assert "خبر بترميز عربي قديم" in page.content and page.source.encoding == "cp1256"


@pytest.mark.parametrize("gz", [True, False])
def test_truncated_warc_keeps_pages_before_the_damage(gz):
    data = make_warc(PAGES, gz=gz)
    cut = data[: int(len(data) * 0.85)]
    got = []
    with pytest.raises(TruncatedInputError) as e:
        for p in read_pages("cut.warc.gz", cut):
            got.append(p.source.url)
    assert got and got == [u for u, _ in PAGES][: len(got)] and len(got) < 3
    assert "cut.warc.gz" in str(e.value)


def test_truncated_warc_in_a_batch_goes_on(tmp_path):
    data = make_warc(PAGES)
    (tmp_path / "a_cut.warc.gz").write_bytes(data[: int(len(data) * 0.85)])
    (tmp_path / "b_ok.warc.gz").write_bytes(data)
    r = CliRunner().invoke(main, ["parse", str(tmp_path)])
    assert r.exit_code == 1  # one input failed...
    urls = [json.loads(line)["source"]["url"] for line in r.stdout.splitlines()]
    assert urls.count("https://news.example.com/a/2") == 1  # ...and the other went through
    assert "a_cut.warc.gz" in r.stderr and "K104" in r.stderr


def test_garbage_after_gzip_header_is_reported():
    data = gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n")
    with pytest.raises(khabar.errors.InputError if hasattr(khabar, "errors") else Exception):
        list(read_pages("bad.warc.gz", data))


def test_cli_parse_warc_gz(tmp_path):
    p = tmp_path / "crawl.warc.gz"
    p.write_bytes(make_warc(PAGES))
    r = CliRunner().invoke(main, ["parse", "--format", "json", str(p)])
    assert r.exit_code == 0, r.output
    arts = json.loads(r.stdout)
    assert len(arts) == 3 and arts[2]["source"]["url"].endswith("/a/2")


def test_many_records_stream():
    pages = [(f"https://ex.com/{i}", article_html(f"خبر {i} عن الاقتصاد")) for i in range(200)]
    data = make_warc(pages)
    n = sum(1 for _ in read_pages("big.warc.gz", data))
    assert n == 200


def record_offsets(data: bytes) -> list[int]:
    it = ArchiveIterator(io.BytesIO(data))
    out = []
    for _ in it:
        out.append(it.get_record_offset())
    return out


@pytest.mark.parametrize("gz", [True, False])
@pytest.mark.parametrize("damage", ["cut", "garbage"])
def test_corrupt_record_in_the_middle_is_skipped_and_reading_goes_on(gz, damage, capsys):
    pages = [(f"https://ex.com/{i}", article_html(f"خبر رقم {i} عن الاقتصاد")) for i in range(4)]
    data = make_warc(pages, gz=gz)
    offs = record_offsets(data)  # warcinfo, then pages 0..3
    r2, r3 = offs[3], offs[4]
    if damage == "cut":  # page 2's record loses its end; page 3 follows directly
        bad = data[:r2] + data[r2 : r2 + 150] + data[r3:]
    else:  # junk bytes where page 2's record should be
        bad = data[:r2] + b"\x00junk\xff" * 40 + data[r3:]
    got = []
    with pytest.raises(TruncatedInputError):
        for p in read_pages("mid.warc.gz", bad):
            got.append(p.source.url)
    assert got == ["https://ex.com/0", "https://ex.com/1", "https://ex.com/3"]
    assert "looking for the next record" in capsys.readouterr().err


def test_warc_from_a_file_object_streams(tmp_path):
    from khabar.ingest.warc import iter_warc_pages

    p = tmp_path / "s.warc.gz"
    p.write_bytes(make_warc(PAGES))
    with p.open("rb") as fh:
        assert [pg.source.url for pg in iter_warc_pages(fh, str(p))] == [u for u, _ in PAGES]
    data = p.read_bytes()
    p.write_bytes(data[: int(len(data) * 0.85)])
    with p.open("rb") as fh, pytest.raises(TruncatedInputError):
        list(iter_warc_pages(fh, str(p)))

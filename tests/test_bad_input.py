"""Bad input: clear errors naming the file, decoded legacy encodings, no blow-ups."""

from __future__ import annotations

import time

import pytest
from click.testing import CliRunner

import khabar
from khabar.cli import main
from khabar.errors import BinaryInputError, DecodeError, EmptyInputError, InputError
from khabar.ingest.decode import decode_bytes
from khabar.ingest.reader import detect_kind

from .conftest import PAGES

PAGE = (PAGES / "no_deck_single.txt").read_text(encoding="utf-8")


def test_windows_1256_is_detected_and_noted(tmp_path):
    f = tmp_path / "cp1256.txt"
    # Windows-1256 has no Arabic-Indic digits: use a page written with Western digits.
    text = (PAGES / "three_articles.txt").read_text(encoding="utf-8")
    f.write_bytes(text.encode("cp1256"))
    a = khabar.parse_file(str(f))[0]
    assert a.headline == "الحكومة المصرية تعلن خطة جديدة لدعم الصادرات"
    assert a.source.encoding == "windows-1256"
    assert any("windows-1256" in n for n in a.source.notes)


@pytest.mark.parametrize("enc", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_utf16_and_bom_inputs(tmp_path, enc):
    f = tmp_path / f"{enc}.txt"
    f.write_bytes(PAGE.encode(enc))
    (a,) = khabar.parse_file(str(f))
    assert a.headline.startswith("ارتفاع أسعار النفط")
    assert len(a.paragraphs) == 3


def test_empty_and_whitespace_files_raise_clear_error(tmp_path):
    for name, data in (("empty.txt", b""), ("blank.txt", b" \n\n\t\n")):
        f = tmp_path / name
        f.write_bytes(data)
        with pytest.raises(EmptyInputError) as e:
            khabar.parse_file(str(f))
        assert name in str(e.value) and "empty" in str(e.value)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        b"\x00\x01\x02\x03" * 500,
        b"%PDF-1.4\n%\xe2\xe3",
    ],
)
def test_binary_files_raise_clear_error(tmp_path, data):
    f = tmp_path / "image.bin"
    f.write_bytes(data)
    with pytest.raises(BinaryInputError) as e:
        khabar.parse_file(str(f))
    assert "image.bin" in str(e.value) and "binary" in str(e.value)


def test_undecodable_bytes_raise_decode_error(monkeypatch):
    """Not UTF-8, not an Arabic code page, and no detector match: a DecodeError naming the file."""
    import charset_normalizer

    class NoMatch:
        def best(self):
            return None

    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda data: NoMatch())
    # Bytes that Windows-1256 reads as Latin letters (ô ù û ü) and ISO-8859-6 does not define.
    data = b"abc " + bytes([0xF4, 0xF9, 0xFB, 0xFC]) * 20
    with pytest.raises(DecodeError) as e:
        decode_bytes(data, "x.txt")
    assert "x.txt" in str(e.value) and "not UTF-8" in str(e.value)


def test_latin1_mojibake_is_not_taken_for_arabic():
    """A legacy Arabic code page is chosen only when the result reads as Arabic."""
    d = decode_bytes("café crème brûlée à la française".encode("latin-1"), "fr.txt")
    assert d.encoding != "windows-1256" and d.note


def test_batch_reports_bad_file_and_goes_on(tmp_path):
    good = tmp_path / "a_good.txt"
    good.write_text(PAGE, encoding="utf-8")
    (tmp_path / "b_empty.txt").write_bytes(b"")
    (tmp_path / "c_binary.bin").write_bytes(b"\x00\xff" * 100)
    also_good = tmp_path / "d_good.txt"
    also_good.write_text(PAGE.replace("النفط", "الذهب"), encoding="utf-8")
    r = CliRunner().invoke(main, ["parse", str(tmp_path)])
    assert r.exit_code == 1
    lines = [ln for ln in r.stdout.splitlines() if ln.strip()]
    assert len(lines) == 2  # both good files parsed
    assert "b_empty.txt" in r.stderr and "empty" in r.stderr
    assert "c_binary.bin" in r.stderr and "binary" in r.stderr
    assert "2 input(s) failed" in r.stderr


def test_missing_file_is_reported(tmp_path):
    r = CliRunner().invoke(main, ["parse", str(tmp_path / "nope.txt")])
    assert r.exit_code == 1
    assert "nope.txt" in r.stderr and "no such file" in r.stderr


def test_huge_single_line_is_linear():
    """A 50 MB single-line input parses as one paragraph without quadratic blow-up."""
    unit = "وقال المتحدث إن الاجتماع سيعقد الأسبوع المقبل في العاصمة (رويترز) "
    line = unit * (50_000_000 // len(unit.encode()))
    t0 = time.perf_counter()
    (a,) = khabar.parse_text(line)
    elapsed = time.perf_counter() - t0
    assert len(a.paragraphs) == 1 and a.headline is None
    # Not a speed target (that lives in bench/): a guard against an accidental O(n^2),
    # which would take minutes here, not seconds.
    assert elapsed < 60


def test_detect_kind_by_content():
    assert detect_kind(b"<!DOCTYPE html><html><body><p>x</p></body></html>") == "html"
    assert detect_kind(b"  <html lang='ar'>") == "html"
    assert detect_kind(b"WARC/1.0\r\nWARC-Type: response\r\n") == "warc"
    assert detect_kind(PAGE.encode()) == "text"


def test_input_error_is_a_khabar_error_with_code():
    e = EmptyInputError("the file is empty", path="p.txt")
    assert isinstance(e, InputError)
    assert str(e).startswith("[K101] p.txt:")


def test_utf8_cut_inside_last_character_stays_utf8(tmp_path):
    data = PAGE.encode("utf-8") + "ب".encode()[:1]  # a two-byte letter cut in half
    f = tmp_path / "cut.txt"
    f.write_bytes(data)
    (a,) = khabar.parse_file(str(f))
    assert a.source.encoding == "utf-8"
    assert a.headline.startswith("ارتفاع أسعار النفط")
    assert any("truncated" in n for n in a.source.notes)

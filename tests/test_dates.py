"""Date rules shared by the plain-text and HTML parsers (khabar.structure.dates)."""

from __future__ import annotations

from khabar.structure.dates import date_from_url, is_date_line, parse_date
from khabar.structure.lines import vocab_for


def test_date_line_with_weekday_month_and_time() -> None:
    v = vocab_for()
    assert is_date_line("الإثنين، 24 أغسطس 2020 09:23 ص", v)
    assert is_date_line("٠٢:٠٠ الثلاثاء ١ / ١٢ / ٢٠٢٠", v)
    assert is_date_line("القاهرة: الأربعاء، 7 أكتوبر 2020", v)  # one place word allowed


def test_sentence_with_a_year_is_not_a_date_line() -> None:
    v = vocab_for()
    assert not is_date_line("أعلنت الحكومة المصرية خطة جديدة للعام 2020", v)
    assert not is_date_line("الإثنين، 24 أغسطس", v)  # no year, no numeric date


def test_parse_date_levantine_and_indic_digits() -> None:
    assert parse_date("١٥ تشرين الثاني ٢٠١٩") == "2019-11-15"
    assert parse_date("نُشر في 03/02/2021") == "2021-02-03"
    assert date_from_url("https://example.com/news/2020/8/24/x") == "2020-08-24"

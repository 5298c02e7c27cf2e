from click.testing import CliRunner

import khabar
from khabar.cli import main


def test_cli_parse_sample_runs():
    r = CliRunner().invoke(main, ["parse", "--sample"])
    assert r.exit_code == 0, r.output
    assert r.output.strip()


def test_api_parse_text_returns_articles():
    arts = khabar.parse_text("عنوان الخبر\n\nفقرة أولى من نص الخبر تنتهي بنقطة.\n")
    assert arts and arts[0].headline == "عنوان الخبر"

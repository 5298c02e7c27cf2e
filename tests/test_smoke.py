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


PAGE = (
    "بوتين يصل إلى بيونغ يانغ\n\n"
    "وصل الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ، وقال بوتين إن «روسيا تقدر عالياً دعم "
    "كوريا الشمالية».\n"
)


def test_api_parse_text_enrich_matches_the_cli_steps():
    plain = khabar.parse_text(PAGE)[0]
    assert plain.entities == [] and plain.quotes == []
    art = khabar.parse_text(PAGE, enrich=True)[0]
    names = {e.name for e in art.entities}
    assert "فلاديمير بوتين" in names
    assert any(q.speaker.entity_id for q in art.quotes)
    # a list runs those steps (and what they require): quotes pulls in entities
    only = khabar.parse_text(PAGE, enrich=["entities"])[0]
    assert only.entities and only.quotes == []
    assert khabar.parse_text(PAGE, enrich=["quotes"])[0].quotes


def test_api_parse_html_and_file_enrich(tmp_path):
    body = PAGE.split("\n\n")[1].strip()
    paras = "".join(f"<p>{body} وتستمر الزيارة يومين في العاصمة.</p>" for _ in range(4))
    html = f"<html><body><article><h1>بوتين في بيونغ يانغ</h1>{paras}</article></body></html>"
    art = khabar.parse_html(html, enrich=["entities"])[0]
    assert any(e.name == "فلاديمير بوتين" for e in art.entities)
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    assert khabar.parse_file(str(path), enrich=True)[0].quotes


def test_api_takes_path_objects(tmp_path):
    # users pass pathlib.Path as often as str: same articles, same ids
    path = tmp_path / "page.txt"
    path.write_text("عنوان الخبر\n\nقال الوزير إن الاجتماع كان مثمرا.\n", encoding="utf-8")
    by_str = khabar.parse_file(str(path))
    by_path = khabar.parse_file(path)
    assert [a.to_dict() for a in by_path] == [a.to_dict() for a in by_str]
    streamed = list(khabar.parse_paths(iter([path])))
    assert [a.id for a in streamed] == [a.id for a in by_str]

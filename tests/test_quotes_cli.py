"""The quotes step in the pipeline, and the ``khabar quotes`` command."""

from __future__ import annotations

import json

from click.testing import CliRunner

from khabar.cli import main
from khabar.cli import quotes as qcli
from khabar.enrich import available, build, enrich
from khabar.lexicons import table
from khabar.model import Article

PAGE = (
    "وزير الخارجية يؤكد استمرار المفاوضات\n\n"
    "وقال وزير الخارجية سامح شكري: «المفاوضات مستمرة ولن نتخلى عن حقوقنا».\n\n"
    "ونشرت صحيفة «الأهرام» تقريراً عن الجولة الجديدة من المحادثات.\n"
)


def test_step_registered_with_contract():
    assert "quotes" in available()
    (step,) = [s for s in build(["quotes"]) if s.name == "quotes"]
    assert step.requires == ("entities",) and step.assigns == ("quotes",)


def test_pipeline_runs_and_marks_enriched():
    art = Article(headline="x", paragraphs=["وقال المتحدث: «الوضع تحت السيطرة تماماً»."])
    out = enrich(art, build(["quotes"]))
    assert "quotes" in out.enriched and out.quotes[0].speaker.name == "المتحدث"
    again = Article.from_dict(out.to_dict())
    assert again.quotes == out.quotes


def test_quote_steps_follow_what_is_registered(monkeypatch):
    monkeypatch.setattr(qcli, "available", lambda: ["quotes", "times"])
    assert qcli.quote_steps() == ["quotes"]
    monkeypatch.setattr(qcli, "available", lambda: ["entities", "quotes"])
    assert qcli.quote_steps() == ["entities", "quotes"]


def test_cli_table_and_jsonl(tmp_path):
    f = tmp_path / "page.txt"
    f.write_text(PAGE, encoding="utf-8")
    r = CliRunner().invoke(main, ["quotes", str(f)])
    assert r.exit_code == 0, r.output
    assert "سامح شكري" in r.output and "المفاوضات مستمرة" in r.output
    assert "الأهرام" not in r.output.split("quotes)")[-1]
    r = CliRunner().invoke(main, ["quotes", "--format", "jsonl", str(f)])
    recs = [json.loads(line) for line in r.output.splitlines()]
    assert [x["speaker"]["name"] for x in recs] == ["سامح شكري"]
    assert recs[0]["kind"] == "direct" and recs[0]["cue"] == "قال"


def test_cli_speaker_filter_and_bad_input(tmp_path):
    f = tmp_path / "page.txt"
    f.write_text(PAGE, encoding="utf-8")
    r = CliRunner().invoke(main, ["quotes", "--format", "jsonl", "--speaker", "لافروف", str(f)])
    assert r.exit_code == 0 and r.output == ""
    r = CliRunner().invoke(main, ["quotes", str(tmp_path / "missing.txt"), str(f)])
    assert r.exit_code == 1 and "سامح شكري" in r.output


def test_cli_sample_runs():
    r = CliRunner().invoke(main, ["quotes", "--sample", "--format", "jsonl"])
    assert r.exit_code == 0 and r.output.strip()


def test_every_cue_in_the_lexicon_is_recognised_in_a_sentence():
    from khabar.enrich.quotes import extract_quotes

    for row in table("quote_cues"):
        form = row["form"]
        if row["kind"] == "phrase":
            para = f"و{form} بيان الوزارة أن «المساعدات ستصل خلال أيام قليلة»."
        elif row["kind"] == "noun":
            para = f"وجاءت {form} الوزير أن «المساعدات ستصل خلال أيام قليلة»."
        elif row["kind"] == "masdar":
            para = f"ونقلت الوكالة عن الوزير {form} إن «المساعدات ستصل خلال أيام قليلة»."
        elif row["kind"] == "participle":
            para = f"وقال الوزير إن الوضع صعب، {form} أن «المساعدات ستصل خلال أيام قليلة»."
        elif form.endswith(("وا", "ون")):
            # a plural verb has its subject before it («والوزراء قالوا أن …»)
            para = f"والوزراء {form} أن «المساعدات ستصل خلال أيام قليلة»."
        else:
            para = f"و{form} الوزير أن «المساعدات ستصل خلال أيام قليلة»."
        if row.get("needs_prep") == "yes":
            # «عبر … عن»: the form is a cue only with its preposition after it.
            para = para.replace(" أن «", f" {row['prep'].split()[0]} «")
        qs = extract_quotes(Article(headline="x", paragraphs=[para]))
        hits = [q for q in qs if q.text.startswith("المساعدات")]
        assert hits and hits[0].cue and hits[0].speaker.name, (form, qs)

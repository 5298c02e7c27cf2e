"""``khabar tag --conll IN``: NER over pre-tokenised CoNLL input, ``token<TAB>TAG`` out (IOB2)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ._common import ensure_utf8_stdout


@click.command("tag")
@click.option(
    "--conll",
    "conll_path",
    required=True,
    type=str,
    help="CoNLL file (token in the first column, blank line between sentences), or - for stdin.",
)
@click.option("--model", type=click.Path(exists=True, file_okay=False), default=None)
@click.option("--no-doc", is_flag=True, help="Tag sentences independently (no document window).")
def command(conll_path: str, model: str | None, no_doc: bool) -> None:
    """Tag a CoNLL file with the shipped NER model; output keeps the sentence breaks."""
    from ..ner.conll import read_conll
    from ..ner.tagger import Tagger, get_tagger

    ensure_utf8_stdout()
    try:
        if conll_path == "-":
            sents = list(read_conll(sys.stdin, with_tags=False))
        else:
            with Path(conll_path).open(encoding="utf-8-sig") as fh:
                sents = list(read_conll(fh, with_tags=False))
    except (OSError, UnicodeDecodeError) as err:
        click.echo(f"khabar: error: {conll_path}: {err}", err=True)
        sys.exit(1)
    tagger = Tagger.load(model) if model else get_tagger()
    toks = [t for t, _ in sents]
    out = sys.stdout
    for sent, tags in zip(toks, tagger.tag_sentences(toks, doc=not no_doc), strict=True):
        for tok, tag in zip(sent, tags, strict=True):
            out.write(f"{tok}\t{tag}\n")
        out.write("\n")
    out.flush()

"""``khabar train ner``: rebuild the shipped NER model from the training data, reproducibly."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ._common import ensure_utf8_stdout


@click.group("train")
def command() -> None:
    """Train the models khabar ships."""


@command.command("ner")
@click.option(
    "--data",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Folder with anercorp/ (and aqmar/); default /work/shared/data/ner.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where to write the model (default: the package's models/ folder).",
)
@click.option("--full", is_flag=True, help="Train on the dev split too (the shipped model).")
@click.option("--aqmar/--no-aqmar", default=False, show_default=True, help="Add mapped AQMAR.")
@click.option("--clusters/--no-clusters", default=True, show_default=True)
@click.option("--doc/--no-doc", default=True, show_default=True, help="Document-window features.")
@click.option(
    "--algorithm",
    type=click.Choice(["ap", "lbfgs"]),
    default="ap",
    show_default=True,
    help="ap: averaged perceptron; lbfgs: L1+L2 regularised CRF.",
)
def ner(
    data: Path | None,
    out: Path | None,
    full: bool,
    aqmar: bool,
    clusters: bool,
    doc: bool,
    algorithm: str,
) -> None:
    """Train the CRF NER tagger; prints dev scores unless --full."""
    from ..ner.score import format_scores
    from ..ner.train import DEFAULT_DATA, TrainConfig, train

    ensure_utf8_stdout()
    cfg = TrainConfig(
        data=data or DEFAULT_DATA,
        out=out,
        full=full,
        aqmar=aqmar,
        clusters=clusters,
        doc=doc,
        algorithm=algorithm,
        max_iterations=30 if algorithm == "ap" else 150,
    )
    if not (cfg.data / "anercorp").is_dir():
        raise click.UsageError(f"{cfg.data}: no anercorp/ folder (give --data)")
    result = train(cfg, log=lambda s: click.echo(s, err=True))
    if "dev" in result:
        click.echo(format_scores(result["dev"]))
        click.echo(json.dumps({k: v for k, v in result.items() if k != "dev"}), err=True)

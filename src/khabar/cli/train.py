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
@click.option(
    "--neural/--no-neural",
    default=True,
    show_default=True,
    help="Stack the CRF on a BiLSTM (the shipped model; training needs torch).",
)
@click.option(
    "--jobs",
    type=click.IntRange(1),
    default=None,
    help="BiLSTM trainings run at once, one core each (default: the cores, at most 6).",
)
@click.option(
    "--nn-cache",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Keep trained BiLSTMs here and reuse them when data, config and seed match.",
)
@click.option(
    "--int8/--no-int8",
    default=True,
    show_default=True,
    help="Store the BiLSTM quantized to int8 (4x smaller, faster; -0.08 dev F1).",
)
@click.option(
    "--nn-lexicon/--no-nn-lexicon",
    default=False,
    show_default=True,
    help="The BiLSTM also reads the CRF's jackknifed lexicon (gz=, gza=, phrases; measured "
    "in docs/ner.md).",
)
@click.option(
    "--extra-group",
    multiple=True,
    type=click.Choice(["aqmargaz", "nameness"]),  # ner.features.EXTRA_GROUPS (tested equal)
    help="Add a CRF feature group that is off by default (measured in docs/ner.md).",
)
def ner(
    data: Path | None,
    out: Path | None,
    full: bool,
    aqmar: bool,
    clusters: bool,
    doc: bool,
    algorithm: str,
    neural: bool,
    jobs: int | None,
    nn_cache: Path | None,
    int8: bool,
    nn_lexicon: bool,
    extra_group: tuple[str, ...],
) -> None:
    """Train the NER tagger (a CRF, stacked on a BiLSTM unless --no-neural); prints dev
    scores unless --full. The neural part takes about 6 BiLSTM trainings of 5 minutes on one
    core each; --jobs runs them side by side."""
    import os

    from ..ner.features import FEATURE_GROUPS
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
        neural=neural,
        nn_jobs=jobs or max(1, min(6, os.cpu_count() or 1)),
        nn_cache=nn_cache,
        nn_int8=int8,
        nn_lexicon=nn_lexicon,
        features=FEATURE_GROUPS + tuple(g for g in extra_group if g not in FEATURE_GROUPS),
    )
    if not (cfg.data / "anercorp").is_dir():
        raise click.UsageError(f"{cfg.data}: no anercorp/ folder (give --data)")
    if neural:
        try:
            import onnx  # noqa: F401
            import torch  # noqa: F401
        except ImportError as e:
            raise click.UsageError(
                f"--neural needs torch and onnx to train ({e.name} is missing): "
                "pip install 'khabar[train]', or train the CRF alone with --no-neural"
            ) from e
    result = train(cfg, log=lambda s: click.echo(s, err=True))
    if "dev" in result:
        click.echo(format_scores(result["dev"]))
        click.echo(json.dumps({k: v for k, v in result.items() if k != "dev"}), err=True)

"""The ``khabar`` command: a thin layer over :mod:`khabar.api`.

Each module in this package that defines ``command`` (a click command) is added to the group,
so a new command is a new file.
"""

from __future__ import annotations

import importlib
import pkgutil

import click

from .. import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="khabar")
def main() -> None:
    """khabar: Arabic news pages into structured, searchable knowledge."""


def _add_commands() -> None:
    for mod in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if mod.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{mod.name}")
        cmd = getattr(module, "command", None)
        if isinstance(cmd, click.Command):
            main.add_command(cmd)


_add_commands()

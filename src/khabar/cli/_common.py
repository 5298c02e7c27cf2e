"""Helpers shared by commands: error reporting and output encoding."""

from __future__ import annotations

import sys

import click

from ..errors import KhabarError


def report_error(err: KhabarError | Exception, path: str | None = None) -> None:
    """One line on stderr naming the input and the problem; never a traceback for bad input."""
    msg = str(err)
    if path and path not in msg:
        msg = f"{path}: {msg}"
    click.echo(f"khabar: error: {msg}", err=True)


def ensure_utf8_stdout() -> None:
    # Windows consoles and some CI runners default to a legacy code page; Arabic must not crash.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):
                pass

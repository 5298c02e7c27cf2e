"""Errors with stable codes, each naming the input it is about."""

from __future__ import annotations


class KhabarError(Exception):
    """Base class. ``code`` is stable across versions so scripts can match on it."""

    code = "K000"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        self.message = message
        where = f"{path}: " if path else ""
        super().__init__(f"[{self.code}] {where}{message}")


class InputError(KhabarError):
    """The input cannot be read as a page at all."""

    code = "K100"


class EmptyInputError(InputError):
    code = "K101"


class BinaryInputError(InputError):
    code = "K102"


class DecodeError(InputError):
    code = "K103"


class TruncatedInputError(InputError):
    code = "K104"


class ConfigError(KhabarError):
    code = "K200"


class StoreError(KhabarError):
    code = "K300"

"""Paths to pages: files, directories (recursively) and stdin, any mix of kinds.

Kinds are detected by content, not by extension. Each kind has a reader in
:data:`READERS` (``bytes, path -> Iterator[Page]``); a bad input yields an
:class:`~khabar.errors.InputError` item instead of stopping the batch, so the caller can
report it and go on.
"""

from __future__ import annotations

import gzip
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Page, Source
from .decode import decode_bytes

PageReader = Callable[[bytes, str], Iterator[Page]]

_HTML_SNIFF = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<div[\s>]|<p[\s>]|<article[\s>]",
    re.IGNORECASE,
)


def detect_kind(data: bytes) -> str:
    """``warc``, ``html`` or ``text``, from the first bytes of the input."""
    head = data[:4096]
    if head.startswith(b"\x1f\x8b"):
        try:
            with gzip.GzipFile(fileobj=_BytesHead(data)) as gz:
                inner = gz.read(64)
        except (OSError, EOFError):
            inner = b""
        return "warc" if inner.startswith(b"WARC/") else "gzip"
    if head.lstrip().startswith(b"WARC/"):
        return "warc"
    # HTML may be UTF-16: sniff on a NUL-stripped copy too.
    probe = head.replace(b"\x00", b"")
    if _HTML_SNIFF.search(probe[:2048]):
        return "html"
    return "text"


class _BytesHead:
    """Minimal file object over bytes for gzip sniffing without copying the whole input."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pos = 0

    def read(self, n: int = -1) -> bytes:
        end = len(self._data) if n < 0 else min(len(self._data), self._pos + n)
        out = self._data[self._pos : end]
        self._pos = end
        return out


def read_text_page(data: bytes, path: str) -> Iterator[Page]:
    decoded = decode_bytes(data, path)
    notes = [decoded.note] if decoded.note else []
    src = Source(path=path, kind="text", encoding=decoded.encoding, notes=notes)
    yield Page(source=src, kind="text", content=decoded.text)


def _unsupported(kind: str) -> PageReader:
    def read(data: bytes, path: str) -> Iterator[Page]:
        raise InputError(f"is a {kind} file, which this version cannot read", path=path)

    return read


READERS: dict[str, PageReader] = {
    "text": read_text_page,
    "gzip": _unsupported("gzip (not WARC)"),
}


def register_reader(kind: str, reader: PageReader) -> None:
    READERS[kind] = reader


# Readers of the other kinds live in their own modules and register themselves on import.
# They are imported only when a page of their kind turns up, so a text-only batch never
# loads lxml, trafilatura or warcio; a failed import is tried once per process.
_READER_MODULES = {
    "html": "khabar.ingest.html",
    "gzip": "khabar.ingest.html",
    "warc": "khabar.ingest.warc",
}
_TRIED: set[str] = set()


def reader_for(kind: str) -> PageReader:
    module = _READER_MODULES.get(kind)
    if module and module not in _TRIED:
        _TRIED.add(module)
        try:
            __import__(module)
        except ImportError:
            pass
    return READERS.get(kind) or READERS["text"]


def iter_files(paths: Iterable[str]) -> Iterator[str]:
    """Expand directories recursively (sorted, hidden files skipped); ``-`` stays ``-``."""
    for p in paths:
        if p == "-":
            yield p
            continue
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith("."):
                        yield os.path.join(root, f)
        else:
            yield p


def read_pages(path: str, data: bytes | None = None) -> Iterator[Page]:
    """Pages of one input; raises :class:`InputError` (naming the path) when it is unreadable."""
    if data is None and path != "-" and _stream_warc(path):
        # A large WARC is read as a stream, in constant memory (a damaged record then ends
        # the file; smaller WARCs are read whole so that reading can resume after damage).
        from .warc import iter_warc_pages

        with open(path, "rb") as fh:
            yield from iter_warc_pages(fh, path)
        return
    if data is None:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            try:
                data = Path(path).read_bytes()
            except FileNotFoundError:
                raise InputError("no such file", path=path) from None
            except IsADirectoryError:
                raise InputError("is a directory", path=path) from None
            except OSError as e:
                raise InputError(f"cannot be read: {e.strerror}", path=path) from None
    kind = detect_kind(data)
    yield from reader_for(kind)(data, "<stdin>" if path == "-" else path)


# WARC files larger than this are streamed rather than read into memory.
STREAM_WARC_BYTES = 64 * 2**20


def _stream_warc(path: str, threshold: int | None = None) -> bool:
    limit = STREAM_WARC_BYTES if threshold is None else threshold
    try:
        if os.path.getsize(path) <= limit:
            return False
        with open(path, "rb") as fh:
            head = fh.read(65536)
    except OSError:
        return False  # read_pages reports the problem with the file
    return detect_kind(head) == "warc"


def iter_pages(paths: Iterable[str]) -> Iterator[Page | InputError]:
    """Every page of every input, in order; an unreadable input yields its error and the batch
    goes on."""
    for path in iter_files(paths):
        try:
            yield from read_pages(path)
        except InputError as e:
            yield e

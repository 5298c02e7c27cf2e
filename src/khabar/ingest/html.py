"""HTML bytes to a decoded :class:`~khabar.model.Page` of kind ``html``.

The charset is chosen the way a browser would, in order: byte-order mark, the HTTP
``Content-Type`` header (when the page comes from a WARC), the ``<meta charset>`` /
``http-equiv`` declaration, then detection (:func:`khabar.ingest.decode.decode_bytes`, which
knows the legacy Arabic code pages). A declaration is trusted only when it decodes the bytes
cleanly: Arabic sites often declare one charset and serve another, and the note says so.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator

from ..errors import EmptyInputError
from ..model import Page, Source
from .decode import _BOMS, _arabic_share, decode_bytes
from .reader import register_reader

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)""", re.IGNORECASE
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([a-zA-Z0-9_\-:.]+)", re.IGNORECASE)

# Browsers treat these labels as windows-1256's supersets or aliases; Python needs the codec.
_ALIASES = {
    "windows-1256": "cp1256",
    "x-cp1256": "cp1256",
    "cp1256": "cp1256",
    "iso-8859-6": "iso8859_6",
    "arabic": "iso8859_6",
    "iso-8859-1": "cp1252",  # WHATWG: latin-1 labels mean windows-1252
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    name = _ALIASES.get(label, label)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def charset_from_headers(headers: dict[str, str] | None) -> str | None:
    """The charset label of an HTTP ``Content-Type`` header, if any."""
    if not headers:
        return None
    for k, v in headers.items():
        if k.lower() == "content-type":
            m = _HEADER_CHARSET.search(v or "")
            return m.group(1) if m else None
    return None


def charset_from_meta(data: bytes) -> str | None:
    """The charset declared by a ``<meta>`` in the first 4 KiB (where the spec says to look)."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def decode_html(
    data: bytes, path: str | None = None, headers: dict[str, str] | None = None
) -> tuple[str, str, list[str]]:
    """``(text, encoding, notes)`` for HTML bytes; raises InputError naming ``path``."""
    if not data or not data.strip():
        raise EmptyInputError("the page is empty", path=path)
    for bom, _enc in _BOMS:
        if data.startswith(bom):
            d = decode_bytes(data, path)
            return d.text, d.encoding, [d.note] if d.note else []
    notes: list[str] = []
    for origin, label in (
        ("HTTP header", charset_from_headers(headers)),
        ("meta charset", charset_from_meta(data)),
    ):
        codec = _codec(label)
        if label and codec is None:
            notes.append(f"unknown charset {label!r} declared in the {origin}: ignored")
            continue
        if codec is None:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as e:
            if e.start >= len(data) - 4 and "end of data" in e.reason:
                # A file cut in the middle of a character: the charset is right, the end is not.
                notes.append(f"the page ends in a cut {codec} character (truncated file)")
                text = data[: e.start].decode(codec)
            else:
                notes.append(f"declared charset {label} ({origin}) does not fit the bytes: ignored")
                continue
        if codec != "utf-8" and _is_utf8(data):
            # A single-byte code page decodes anything; real UTF-8 bytes prove the label wrong.
            notes.append(f"declared charset {label} ({origin}) but the bytes are UTF-8")
            return data.decode("utf-8"), "utf-8", notes
        if codec in ("cp1252", "latin_1") and _arabic_share(data.decode("cp1256", "replace")) > 0.6:
            notes.append(f"declared charset {label} ({origin}) but the text is windows-1256")
            return data.decode("cp1256", "replace"), "windows-1256", notes
        if codec != "utf-8":
            notes.append(f"decoded as {codec} ({origin})")
        return text, codec, notes
    d = decode_bytes(data, path)
    if d.note:
        notes.append(d.note)
    return d.text, d.encoding, notes


def _is_utf8(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def read_html_page(data: bytes, path: str) -> Iterator[Page]:
    text, enc, notes = decode_html(data, path)
    src = Source(path=path, kind="html", encoding=enc, notes=notes)
    yield Page(source=src, kind="html", content=text)


register_reader("html", read_html_page)


_MAX_GUNZIP = 64 * 1024 * 1024  # a saved page is never this big; a gzip bomb would be


def read_gzip_page(data: bytes, path: str) -> Iterator[Page]:
    """A gzipped page (``page.html.gz``, as test suites and crawlers save them)."""
    import zlib

    from ..errors import InputError, TruncatedInputError
    from .reader import detect_kind, reader_for

    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        inner = d.decompress(data, _MAX_GUNZIP)
    except zlib.error as e:
        raise InputError(f"is gzip but cannot be decompressed: {e}", path=path) from None
    if d.unconsumed_tail:
        raise InputError(f"decompresses to more than {_MAX_GUNZIP >> 20} MiB", path=path)
    if not d.eof:
        raise TruncatedInputError("gzip stream is cut short", path=path)
    kind = detect_kind(inner)
    if kind == "gzip":
        raise InputError("is gzip inside gzip, not a page", path=path)
    yield from reader_for(kind)(inner, path)


register_reader("gzip", read_gzip_page)

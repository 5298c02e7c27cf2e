"""Bytes to text: BOMs, UTF-16 without BOM, UTF-8, and the legacy Arabic code pages.

Arabic pages still turn up in Windows-1256 (and, rarely, ISO-8859-6). Both decode almost any
byte string without error, so a wrong guess shows up only as mojibake: we judge candidates by
how much of the non-ASCII text comes out as Arabic letters, and fall back to
charset-normalizer's detector for everything else.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ..errors import BinaryInputError, DecodeError, EmptyInputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Magic numbers of formats that are certainly not pages (WARC/gzip is detected before decoding).
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3", "SQLite database"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ", "xz archive"),
)

_LEGACY_ARABIC = ("cp1256", "iso8859_6")


@dataclass(slots=True, frozen=True)
class Decoded:
    text: str
    encoding: str
    note: str | None = None  # set when the encoding was not plain UTF-8


def _arabic_share(text: str) -> float:
    """Share of non-ASCII letters that are Arabic: high for a right guess, low for mojibake."""
    non_ascii = [c for c in text if ord(c) > 127 and c.isalpha()]
    if not non_ascii:
        return 0.0
    arabic = sum(1 for c in non_ascii if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f")
    return arabic / len(non_ascii)


def _looks_utf16(sample: bytes) -> str | None:
    """UTF-16 without BOM: one byte of most pairs is NUL (ASCII) or 0x06 (Arabic block)."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    n = min(len(even), len(odd))
    if n == 0:
        return None

    def share(bs: bytes) -> float:
        bs = bs[:n]
        return (bs.count(0x00) + bs.count(0x06)) / n

    if share(odd) > 0.6 and share(even) < 0.2:
        return "utf-16-le"
    if share(even) > 0.6 and share(odd) < 0.2:
        return "utf-16-be"
    return None


_PLAIN = re.compile("[ -~\t\n\r\u0600-\u06ff«»\u00a0]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")


def _plain_share(text: str) -> float:
    """Share of characters that are ASCII printable, whitespace or Arabic."""
    return len(_PLAIN.findall(text)) / len(text) if text else 0.0


def _control_share(text: str) -> float:
    """Share of control characters other than tab, newlines and form feed."""
    return len(_CONTROL.findall(text)) / len(text) if text else 0.0


def decode_bytes(data: bytes, path: str | None = None) -> Decoded:
    """Decode one input, or raise an :class:`~khabar.errors.InputError` naming ``path``."""
    if not data or not data.strip():
        raise EmptyInputError("the file is empty", path=path)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(enc)
            except UnicodeDecodeError as e:
                raise DecodeError(
                    f"has a {enc} byte-order mark but is not {enc}: {e}", path=path
                ) from None
            note = None if enc == "utf-8" else f"decoded as {enc} (byte-order mark)"
            return Decoded(text, enc, note)
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(f"is a binary file ({what}), not a news page", path=path)
    head = data[:65536]
    utf16 = _looks_utf16(head)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            text = ""
        # Without a BOM the byte pattern alone is weak evidence: also require text that reads
        # as Arabic or ASCII, so that binary data with alternating NULs is not taken for it.
        if text and _plain_share(text[:65536]) >= 0.8:
            return Decoded(text, utf16, f"decoded as {utf16} (no byte-order mark)")
    if b"\x00" in head:
        raise BinaryInputError("contains NUL bytes: a binary file, not a news page", path=path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    else:
        if _control_share(text[:65536]) > 0.05:
            raise BinaryInputError("is mostly control characters: not a text page", path=path)
        return Decoded(text, "utf-8")

    # Not UTF-8: try the legacy Arabic code pages, then the general detector.
    best: tuple[float, str, str] | None = None
    for enc in _LEGACY_ARABIC:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _arabic_share(text[:200000])
        if best is None or score > best[0]:
            best = (score, enc, text)
    if best and best[0] >= 0.6:
        score, enc, text = best
        name = {"cp1256": "windows-1256", "iso8859_6": "iso-8859-6"}[enc]
        return Decoded(text, name, f"decoded as {name} (not UTF-8)")
    try:
        from charset_normalizer import from_bytes

        match = from_bytes(data).best()
    except Exception:  # the detector is best effort; its failure must not hide ours
        match = None
    if match is not None and match.encoding:
        text = str(match)
        if _control_share(text[:65536]) <= 0.05:
            return Decoded(text, match.encoding, f"decoded as {match.encoding} (detected)")
    raise DecodeError(
        f"cannot be decoded: not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}), "
        "and no Arabic or other known encoding fits",
        path=path,
    )

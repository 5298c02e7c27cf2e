"""WARC crawls (plain or gzip per record) to HTML pages, one record at a time.

warcio streams records from a file object and keeps one record in memory, so a crawl of any
size goes through in constant memory. Only ``response`` and ``resource`` records whose
payload is HTML become pages; ``source.url`` comes from ``WARC-Target-URI`` and
``source.fetched`` from ``WARC-Date``. Other records are counted and reported once on stderr.
A damaged record (truncated gzip, bad header) ends the file: the pages before it are still
yielded, then :class:`~khabar.errors.TruncatedInputError` names the file and the record.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator

from ..errors import InputError, TruncatedInputError
from ..model import Page, Source
from .html import decode_html
from .reader import _HTML_SNIFF, register_reader

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _is_html(content_type: str | None, payload: bytes) -> bool:
    ct = (content_type or "").split(";")[0].strip().lower()
    if ct in _HTML_TYPES:
        return True
    if ct and not ct.startswith("text/") and ct != "application/octet-stream":
        return False
    return bool(_HTML_SNIFF.search(payload[:2048].replace(b"\x00", b"")))


def iter_warc_pages(data: bytes | io.IOBase, path: str) -> Iterator[Page]:
    """HTML pages of a WARC, streaming; see the module docstring for what is skipped."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError as e:  # pragma: no cover - warcio is a declared dependency
        raise InputError(f"is a WARC file but warcio is not installed ({e})", path=path) from None

    stream = io.BytesIO(data) if isinstance(data, bytes | bytearray) else data
    skipped: dict[str, int] = {}
    n_records = 0
    n_pages = 0
    bad: list[str] = []
    total = len(data) if isinstance(data, bytes | bytearray) else None
    it = ArchiveIterator(stream, arc2warc=True)
    try:
        for record in it:
            n_records += 1
            rtype = record.rec_type
            if not rtype:
                raise ValueError(f"record {n_records} has no WARC-Type: not a WARC record")
            uri = record.rec_headers.get_header("WARC-Target-URI")
            if rtype not in ("response", "resource"):
                skipped[rtype or "unknown"] = skipped.get(rtype or "unknown", 0) + 1
                continue
            headers: dict[str, str] = {}
            if record.http_headers is not None:
                headers = {k: v for k, v in record.http_headers.headers}
                ctype = record.http_headers.get_header("Content-Type")
            else:
                ctype = record.rec_headers.get_header("Content-Type")
            payload = record.content_stream().read()
            if _cut_short(record):
                raise EOFError(
                    f"record {n_records} ({uri or 'no URI'}) ends before its Content-Length"
                )
            if not _is_html(ctype, payload):
                key = f"non-HTML {rtype}"
                skipped[key] = skipped.get(key, 0) + 1
                continue
            where = f"{path} [record {n_records}{', ' + uri if uri else ''}]"
            try:
                text, enc, notes = decode_html(payload, where, headers)
            except InputError as e:
                bad.append(str(e))
                continue
            src = Source(
                path=path,
                url=uri,
                kind="warc",
                encoding=enc,
                fetched=record.rec_headers.get_header("WARC-Date"),
                notes=notes,
            )
            n_pages += 1
            yield Page(source=src, kind="html", content=text, http_headers=headers)
        # warcio stops quietly when a gzip member is cut: bytes left over mean a damaged tail.
        if total is not None and it.offset < total and data[it.offset :].strip(b"\r\n\x00 "):
            raise EOFError(
                f"{total - it.offset} byte(s) after record {n_records} are not a whole record"
            )
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, AttributeError, TypeError) as e:
        # AttributeError/TypeError: warcio's parser meets a header block cut in the middle.
        _summary(path, n_pages, skipped, bad)
        raise TruncatedInputError(
            f"WARC is truncated or corrupt after record {n_records} "
            f"({n_pages} page(s) read before the damage): {type(e).__name__}: {e}",
            path=path,
        ) from None
    _summary(path, n_pages, skipped, bad)


def _cut_short(record: object) -> bool:
    """True when the stream ended before the record's declared length (a cut file)."""
    raw = getattr(record, "raw_stream", None)
    limit = getattr(raw, "limit", None)
    return isinstance(limit, int) and limit > 0


def _summary(path: str, n_pages: int, skipped: dict[str, int], bad: list[str]) -> None:
    # Reported on stderr, not in an article: the count belongs to the file, not to one page.
    for msg in bad:
        sys.stderr.write(f"khabar: error: {msg}\n")
    if skipped:
        parts = ", ".join(f"{n} {k}" for k, n in sorted(skipped.items()))
        sys.stderr.write(f"khabar: note: {path}: {n_pages} HTML page(s); skipped {parts}\n")


def read_warc(data: bytes, path: str) -> Iterator[Page]:
    yield from iter_warc_pages(data, path)


register_reader("warc", read_warc)

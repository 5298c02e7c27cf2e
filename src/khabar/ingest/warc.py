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
    """HTML pages of a WARC, streaming; see the module docstring for what is skipped.

    A corrupt record is reported on stderr and reading resumes at the next record that can be
    found (the next gzip member, or the next ``WARC/1.x`` line); at the end, if anything was
    damaged, :class:`TruncatedInputError` names the file, after every readable page.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as e:  # pragma: no cover - warcio is a declared dependency
        raise InputError(f"is a WARC file but warcio is not installed ({e})", path=path) from None

    state = _State()
    if not isinstance(data, bytes | bytearray):
        # A file object streams in constant memory; without random access there is no
        # resuming after damage, so the first bad record ends the file.
        it = ArchiveIterator(data, arc2warc=True, check_digests=True)
        try:
            yield from _records(it, path, state)
        except _DAMAGE as e:
            _summary(path, state.n_pages, state.skipped, state.bad)
            raise TruncatedInputError(
                f"WARC is truncated or corrupt after record {state.n_records} "
                f"({state.n_pages} page(s) read): {type(e).__name__}: {str(e)[:160]}",
                path=path,
            ) from None
        _summary(path, state.n_pages, state.skipped, state.bad)
        return
    base = 0
    while base is not None and base < len(data):
        # Digests are checked so that a record whose length field swallowed its neighbours
        # (a damaged plain WARC) is caught instead of yielding garbage.
        stream = io.BytesIO(data[base:]) if base else io.BytesIO(data)
        it = ArchiveIterator(stream, arc2warc=True, check_digests=True)
        try:
            yield from _records(it, path, state)
            # warcio stops quietly when a gzip member is cut: leftover bytes mean damage.
            end = base + it.offset
            if end < len(data) and data[end:].strip(b"\r\n\x00 "):
                raise EOFError(f"{len(data) - end} byte(s) after it are not a whole record")
            base = None
        except _DAMAGE as e:
            # AttributeError/TypeError: warcio's parser meets a header block cut in the middle.
            # warcio's offset is the start of the record being read when it fails (it moves
            # past a record only once the record is read to its end).
            failed_at = base + (getattr(it, "offset", 0) or 0)
            why = f"{type(e).__name__}: {e}"
            why = why if len(why) <= 160 else why[:160] + "…"
            state.damage.append(f"byte {failed_at}: {why}")
            sys.stderr.write(
                f"khabar: error: {path}: the WARC record at byte {failed_at} is truncated or "
                f"corrupt ({why}); looking for the next record\n"
            )
            base = _next_record(data, failed_at + 1)
    _summary(path, state.n_pages, state.skipped, state.bad)
    if state.damage:
        where = "; ".join(state.damage[:3]) + (" ..." if len(state.damage) > 3 else "")
        raise TruncatedInputError(
            f"WARC is truncated or corrupt ({len(state.damage)} damaged place(s): {where}); "
            f"{state.n_pages} page(s) were read",
            path=path,
        )


_DAMAGE = (EOFError, OSError, ValueError, AttributeError, TypeError, KeyError, IndexError)


class _State:
    def __init__(self) -> None:
        self.skipped: dict[str, int] = {}
        self.bad: list[str] = []
        self.damage: list[str] = []
        self.n_records = 0
        self.n_pages = 0


def _records(it: object, path: str, st: _State) -> Iterator[Page]:
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for record in it:  # type: ignore[attr-defined]
            st.n_records += 1
            rtype = record.rec_type
            if not rtype:
                raise ValueError("no WARC-Type: not a WARC record")
            uri = record.rec_headers.get_header("WARC-Target-URI")
            if rtype not in ("response", "resource"):
                st.skipped[rtype] = st.skipped.get(rtype, 0) + 1
                continue
            headers: dict[str, str] = {}
            if record.http_headers is not None:
                headers = {k: v for k, v in record.http_headers.headers}
                ctype = record.http_headers.get_header("Content-Type")
            else:
                ctype = record.rec_headers.get_header("Content-Type")
            payload = record.content_stream().read()
            if _cut_short(record):
                raise EOFError(f"{uri or 'no URI'} ends before its Content-Length")
            checker = getattr(record, "digest_checker", None)
            if checker is not None and checker.passed is False:
                raise ValueError(f"{uri or 'no URI'}: {'; '.join(checker.problems)}")
            if not _is_html(ctype, payload):
                key = f"non-HTML {rtype}"
                st.skipped[key] = st.skipped.get(key, 0) + 1
                continue
            where = f"{path} [record {st.n_records}{', ' + uri if uri else ''}]"
            try:
                text, enc, notes = decode_html(payload, where, headers)
            except InputError as e:
                st.bad.append(str(e))
                continue
            src = Source(
                path=path,
                url=uri,
                kind="warc",
                encoding=enc,
                fetched=record.rec_headers.get_header("WARC-Date"),
                notes=notes,
            )
            st.n_pages += 1
            yield Page(source=src, kind="html", content=text, http_headers=headers)
    except ArchiveLoadFailed as e:
        raise ValueError(str(e)) from None


def _next_record(data: bytes, start: int) -> int | None:
    """Offset of the next record after ``start``: a gzip member holding ``WARC/``, or a
    ``WARC/1.x`` line; None when there is none."""
    import zlib

    pos = start
    while True:
        g = data.find(b"\x1f\x8b\x08", pos)
        w = data.find(b"WARC/1.", pos)
        cands = [c for c in (g, w) if c >= 0]
        if not cands:
            return None
        c = min(cands)
        if data.startswith(b"WARC/1.", c):
            return c
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[c : c + 4096], 16)
        except zlib.error:
            head = b""
        if head.startswith(b"WARC/"):
            return c
        pos = c + 1


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

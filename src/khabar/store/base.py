"""One storage interface, one write path, two SQL backends.

:class:`Store` is the interface every caller (CLI, API, future REST) uses. :class:`SQLStore`
implements it once over a tiny dialect layer (:meth:`SQLStore._tx`, :meth:`_run`,
:meth:`_fts_write`, :meth:`_match_sql`) that ``sqlite.py`` and ``postgres.py`` fill in, so
both backends share the write path, the loading code, deduplication and search semantics.

Write path (:meth:`SQLStore.ingest`): articles arrive in small batches; hashes already stored
are skipped *before* any work (so a resumed run is fast); the analysis and MinHash are computed
outside the transaction; then one write transaction per batch inserts each article with all of
its children, its search terms and its LSH keys. A process killed at any moment loses at most
the batch being written, which was never reported as stored.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol, runtime_checkable

from ..errors import InputError, StoreError
from ..model import (
    SCHEMA_VERSION,
    Article,
    Byline,
    CaptionMention,
    Dropped,
    Entity,
    Event,
    Media,
    Mention,
    Quote,
    Source,
    Speaker,
    Teaser,
    TimeExpr,
)
from . import analyzer, dedup
from .migrations import CREATE_LEDGER, pending

# -- results -------------------------------------------------------------------------------


@dataclass(slots=True)
class SearchHit:
    id: str
    headline: str | None
    published: str | None
    site: str | None
    section: str | None
    url: str | None
    score: float
    snippet: str
    duplicate_of: str | None = None  # canonical article when this one is a near-duplicate
    similarity: float | None = None
    duplicates: int = 0  # other versions of the same story among the matches
    rid: int = field(default=0, repr=False, compare=False)  # internal row id

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "headline": self.headline,
            "published": self.published,
            "site": self.site,
            "section": self.section,
            "url": self.url,
            "score": round(self.score, 6),
            "snippet": self.snippet,
            "duplicate_of": self.duplicate_of,
            "similarity": self.similarity,
            "duplicates": self.duplicates,
        }


@dataclass(slots=True)
class IngestReport:
    added: int = 0
    existing: int = 0  # already stored (same content hash): re-ingest or exact duplicate
    updated: int = 0  # already stored, annotations replaced by a richer enrichment
    near_duplicates: int = 0  # added, and linked to a canonical article
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    store_errors: list[str] = field(default_factory=list)  # articles the database refused

    @property
    def seen(self) -> int:
        return self.added + self.existing + self.updated + self.failed

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "existing": self.existing,
            "updated": self.updated,
            "near_duplicates": self.near_duplicates,
            "failed": self.failed,
        }


@runtime_checkable
class Store(Protocol):
    """What every backend offers."""

    url: str

    def ingest(
        self,
        articles: Iterable[Article | InputError],
        *,
        on_item: Callable[[Article | InputError, str], None] | None = None,
        batch_size: int = 1024,
    ) -> IngestReport: ...

    def save(self, article: Article) -> str: ...

    def get(self, article_id: str) -> Article | None: ...

    def search(
        self,
        query: str,
        *,
        site: str | None = None,
        section: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        entity: str | None = None,
        speaker: str | None = None,
        limit: int = 10,
        offset: int = 0,
        all_duplicates: bool = False,
    ) -> list[SearchHit]: ...

    def stats(self) -> dict[str, Any]: ...

    def iter_articles(self) -> Iterator[Article]: ...

    def export(self, fmt: str, out: Any) -> int: ...

    def __iter__(self) -> Iterator[Article]: ...

    def __len__(self) -> int: ...

    def close(self) -> None: ...


# -- helpers -------------------------------------------------------------------------------


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _names_norm(names: Iterable[str | None]) -> str:
    """Normalised names padded with spaces so a LIKE '% word %' test is a whole-word test."""
    parts = [analyzer.normalise(n) for n in names if n]
    return " " + " | ".join(p for p in parts if p) + " "


def _like_words(name: str) -> str | None:
    norm = analyzer.normalise(name)
    if not norm:
        return None
    esc = norm.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"% {esc} %"


@dataclass(slots=True)
class _Prepared:
    article: Article
    content_hash: str
    head_text: str  # the space-separated index terms (FTS5 column text)
    body_text: str
    sig: dedup.Signature | None

    # PostgreSQL's positional tsvector needs the forms word by word; SQLite never asks.
    @property
    def head_terms(self) -> list[tuple[str, ...]]:
        return analyzer.analyse(self.article.headline or "")

    @property
    def body_terms(self) -> list[tuple[str, ...]]:
        return analyzer.analyse(_body(self.article))


def _body(article: Article) -> str:
    # Words never span the newline, so one split of the joined texts gives the same words.
    return "\n".join((article.deck or "", *article.paragraphs))


def _prepare(article: Article, content_hash: str | None = None) -> _Prepared:
    # One memoised pass per text gives the index terms and the word hashes for MinHash.
    head, head_h = analyzer.index_analysis(article.headline or "")
    body, body_h = analyzer.index_analysis(_body(article))
    return _Prepared(
        article=article,
        content_hash=content_hash or article.content_hash(),
        head_text=head,
        body_text=body,
        sig=dedup.signature_from_hashes(head_h + body_h),
    )


ARTICLE_COLS = "rid, id, site, section, published, headline, deck, url, source, extra"
HIT_COLS = (
    "a.rid, a.id, a.headline, a.published, a.site, a.section, a.url, a.canonical_id, a.similarity"
)


class SQLStore:
    """The shared implementation. Subclasses supply the dialect hooks below."""

    dialect = "sql"
    url: str

    # -- dialect hooks ---------------------------------------------------------------------
    def _tx(self) -> AbstractContextManager[Any]:  # a write transaction (exclusive)
        raise NotImplementedError

    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def _runmany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        raise NotImplementedError

    def _insert_article_row(self, prep: _Prepared, values: list[Any]) -> int | None:
        raise NotImplementedError

    def _fts_write(self, rid: int, prep: _Prepared) -> None:
        raise NotImplementedError

    def _match_sql(self, query: analyzer.Query) -> tuple[str, str, str, str, list[Any]] | None:
        """(FROM clause, WHERE condition, score expression, ORDER BY, params) for a query."""
        raise NotImplementedError

    def _topk_sql(self, query: analyzer.Query) -> tuple[str, str, list[Any]] | None:
        """Optional fast path: (SQL ranking the index alone, best first, with the window size
        as its last parameter; SQL counting the matches; parameters), or None."""
        return None

    def _db_size(self) -> int | None:
        return None

    def _alive(self) -> bool:
        """Whether the connection still works (a failed write may be the article's fault)."""
        try:
            self._run("SELECT 1")
            return True
        except Exception:
            return False

    def close(self) -> None:
        raise NotImplementedError

    # -- migrations ------------------------------------------------------------------------
    def _migrate(self) -> None:
        self._run(CREATE_LEDGER)
        applied = {r[0] for r in self._run("SELECT name FROM schema_migrations")}
        for mig in pending(applied):
            with self._tx():
                # Re-check inside the exclusive transaction: another process may have won.
                if self._run("SELECT 1 FROM schema_migrations WHERE name = ?", (mig.name,)):
                    continue
                for stmt in mig.statements(self.dialect):
                    self._run(stmt)
                if mig.reindex:
                    self._reindex()
                self._run(
                    "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
                    (mig.name, _now()),
                )

    def _reindex(self) -> None:
        """Re-fill the search index from the stored texts (a migration changed it)."""

    def migrations(self) -> list[str]:
        return [r[0] for r in self._run("SELECT name FROM schema_migrations ORDER BY name")]

    # -- context manager -------------------------------------------------------------------
    def __enter__(self) -> SQLStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the write path --------------------------------------------------------------------
    def save(self, article: Article) -> str:
        """Store one article; returns ``added``, ``near-duplicate`` or ``existing``."""
        status: list[str] = []
        self.ingest([article], on_item=lambda _a, s: status.append(s), batch_size=1)
        return status[0] if status else "existing"

    def ingest(
        self,
        articles: Iterable[Article | InputError],
        *,
        on_item: Callable[[Article | InputError, str], None] | None = None,
        batch_size: int = 1024,
        max_wait: float = 1.0,
    ) -> IngestReport:
        """Store articles; errors in the stream are counted and reported, never raised.

        ``on_item(item, status)`` is called for every item once its fate is known (status:
        ``added``, ``near-duplicate``, ``existing``, ``updated`` or ``failed``). A batch is
        committed when it holds ``batch_size`` articles or ``max_wait`` seconds after its first
        article, so a slow producer still commits often. Re-ingesting stored content changes
        nothing, except that a richer enrichment (a strict superset of the steps applied)
        replaces the stored annotations.
        """
        report = IngestReport()
        batch: list[Article] = []
        started = time.monotonic()
        for item in articles:
            if isinstance(item, Exception):
                report.failed += 1
                report.errors.append(str(item))
                if on_item:
                    on_item(item, "failed")
                continue
            if not batch:
                started = time.monotonic()
            batch.append(item)
            if len(batch) >= batch_size or time.monotonic() - started >= max_wait:
                self._write_batch(batch, report, on_item)
                batch = []
        if batch:
            self._write_batch(batch, report, on_item)
        return report

    def _write_batch(
        self,
        batch: list[Article],
        report: IngestReport,
        on_item: Callable[[Article | InputError, str], None] | None,
    ) -> None:
        hashes = [a.content_hash() for a in batch]
        stored = self._existing_hashes(hashes)
        todo: list[_Prepared] = []
        fates: list[tuple[Article, str]] = []
        seen: set[str] = set()
        updates: list[tuple[int, Article]] = []
        for art, h in zip(batch, hashes, strict=True):
            if h in stored or h in seen:
                # Same content again: nothing changes, unless it now carries more enrichment
                # (ingested first without --enrich): then its annotations are brought up to date.
                if h in stored and set(art.enriched) > stored[h][1]:
                    updates.append((stored[h][0], art))
                    stored[h] = (stored[h][0], set(art.enriched))
                else:
                    fates.append((art, "existing"))
                continue
            seen.add(h)
            try:
                todo.append(_prepare(art, h))
            except Exception as exc:  # bad article content must not stop the batch
                where = art.source.path or art.source.url or ""
                msg = f"{where}: article {art.id} not stored: {exc}".lstrip(": ")
                report.failed += 1
                report.errors.append(msg)
                report.store_errors.append(msg)
                fates.append((art, "failed"))
        if todo or updates:
            try:
                with self._tx():
                    written = [(prep.article, self._write_one(prep)) for prep in todo]
                    written += [(a, self._update_annotations(rid, a)) for rid, a in updates]
                fates.extend(written)
            except Exception:
                # One bad article must not sink its batch: retry each in its own transaction
                # and report the ones the database refuses.
                jobs = [(p.article, lambda p=p: self._write_one(p)) for p in todo]
                jobs += [(a, lambda r=r, a=a: self._update_annotations(r, a)) for r, a in updates]
                for article, job in jobs:
                    try:
                        with self._tx():
                            fates.append((article, job()))
                    except Exception as exc:
                        if not self._alive():
                            raise StoreError(f"write failed: {exc}", path=self.url) from exc
                        where = article.source.path or article.source.url or ""
                        msg = f"{where}: article {article.id} not stored: {exc}".lstrip(": ")
                        report.failed += 1
                        report.errors.append(msg)
                        report.store_errors.append(msg)
                        fates.append((article, "failed"))
        for art, status in fates:
            if status == "existing":
                report.existing += 1
            elif status == "updated":
                report.updated += 1
            elif status in ("added", "near-duplicate"):
                report.added += 1
                if status == "near-duplicate":
                    report.near_duplicates += 1
            if on_item:
                on_item(art, status)

    def _existing_hashes(self, hashes: list[str]) -> dict[str, tuple[int, set[str]]]:
        """Stored content hashes, each with its row id and the enrichment steps applied."""
        marks = ",".join("?" * len(hashes))
        rows = self._run(
            f"SELECT content_hash, rid, extra FROM articles WHERE content_hash IN ({marks})", hashes
        )
        return {h: (rid, set(json.loads(extra).get("enriched", []))) for h, rid, extra in rows}

    def _near_duplicate(self, prep: _Prepared) -> tuple[str, float] | None:
        if prep.sig is None:
            return None
        marks = ",".join("?" * len(prep.sig.keys))
        rows = self._run(
            "SELECT m.rid, m.sig, a.id, a.canonical_id"
            " FROM minhash m JOIN articles a ON a.rid = m.rid"
            f" WHERE m.rid IN (SELECT rid FROM lsh WHERE key IN ({marks}))",
            prep.sig.keys,
        )
        best: tuple[float, str] | None = None
        for _rid, sig, aid, canonical in rows:
            sim = dedup.similarity(prep.sig.values, dedup.from_bytes(sig))
            if sim >= dedup.THRESHOLD and (best is None or sim > best[0]):
                best = (sim, canonical or aid)
        return (best[1], best[0]) if best else None

    def _write_one(self, prep: _Prepared) -> str:
        art = prep.article
        near = self._near_duplicate(prep)
        extra = _extra(art)
        values = [
            art.id,
            prep.content_hash,
            art.site,
            art.section,
            art.published,
            art.headline,
            art.deck,
            art.source.url,
            _dumps(art.source.to_dict()),
            _dumps(extra),
            near[0] if near else None,
            near[1] if near else None,
            _now(),
        ]
        rid = self._insert_article_row(prep, values)
        if rid is None:  # lost a race with another writer: same content already stored
            return "existing"
        self._runmany(
            "INSERT INTO paragraphs (rid, idx, text) VALUES (?, ?, ?)",
            [(rid, i, p) for i, p in enumerate(art.paragraphs)],
        )
        self._runmany(
            "INSERT INTO bylines (rid, idx, name, dateline) VALUES (?, ?, ?, ?)",
            [(rid, i, b.name, b.dateline) for i, b in enumerate(art.bylines)],
        )
        self._runmany(
            "INSERT INTO media (rid, idx, caption, credit, role, after_paragraph, url)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (rid, i, m.caption, m.credit, m.role, m.after_paragraph, m.url)
                for i, m in enumerate(art.media)
            ],
        )
        self._runmany(
            "INSERT INTO related (rid, idx, headline, section, summary, url, bylines, media)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    rid,
                    i,
                    t.headline,
                    t.section,
                    t.summary,
                    t.url,
                    _dumps([b.to_dict() for b in t.bylines]),
                    _dumps([m.to_dict() for m in t.media]),
                )
                for i, t in enumerate(art.related)
            ],
        )
        self._write_annotations(rid, art)
        self._fts_write(rid, prep)
        if prep.sig is not None:
            self._run("INSERT INTO minhash (rid, sig) VALUES (?, ?)", (rid, prep.sig.to_bytes()))
            self._runmany(
                "INSERT INTO lsh (key, rid) VALUES (?, ?)", [(k, rid) for k in prep.sig.keys]
            )
        return "near-duplicate" if near else "added"

    def _write_annotations(self, rid: int, art: Article) -> None:
        """Entities, mentions, quotes and times: the part of an article enrichment adds."""
        self._runmany(
            "INSERT INTO entities (rid, idx, entity_id, type, name, aliases, titles, names_norm)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    rid,
                    i,
                    e.id,
                    e.type,
                    e.name,
                    _dumps(e.aliases),
                    _dumps(e.titles),
                    _names_norm([e.name, *e.aliases]),
                )
                for i, e in enumerate(art.entities)
            ],
        )
        # Entity.mentions and Entity.caption_mentions, each in the table of its name: the same
        # shape, located by paragraph or by media index.
        for table, where in (("mentions", "paragraph"), ("caption_mentions", "media")):
            self._runmany(
                f"INSERT INTO {table} (rid, entity_idx, idx, {where}, span_start, span_end, text)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (rid, i, j, getattr(m, where), m.start, m.end, m.text)
                    for i, e in enumerate(art.entities)
                    for j, m in enumerate(getattr(e, table))
                ],
            )
        self._runmany(
            "INSERT INTO quotes (rid, idx, text, kind, speaker_name, speaker_entity_id,"
            " speaker_norm, cue, paragraph, span_start, span_end)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    rid,
                    i,
                    q.text,
                    q.kind,
                    q.speaker.name,
                    q.speaker.entity_id,
                    _names_norm([q.speaker.name]),
                    q.cue,
                    q.paragraph,
                    q.start,
                    q.end,
                )
                for i, q in enumerate(art.quotes)
            ],
        )
        self._runmany(
            "INSERT INTO times (rid, idx, text, paragraph, span_start, span_end, type, value,"
            " anchor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (rid, i, t.text, t.paragraph, t.start, t.end, t.type, _dumps(t.value), t.anchor)
                for i, t in enumerate(art.times)
            ],
        )

    def _update_annotations(self, rid: int, art: Article) -> str:
        """Replace a stored article's enrichment with a richer one (same content, same spans)."""
        for table in ("entities", "mentions", "caption_mentions", "quotes", "times"):
            self._run(f"DELETE FROM {table} WHERE rid = ?", (rid,))
        self._write_annotations(rid, art)
        self._run("UPDATE articles SET extra = ? WHERE rid = ?", (_dumps(_extra(art)), rid))
        return "updated"

    # -- reading ---------------------------------------------------------------------------
    def __len__(self) -> int:
        return int(self._run("SELECT count(*) FROM articles")[0][0])

    def __iter__(self) -> Iterator[Article]:
        return self.iter_articles()

    def get(self, article_id: str) -> Article | None:
        rows = self._run(f"SELECT {ARTICLE_COLS} FROM articles WHERE id = ?", (article_id,))
        arts = self._load(rows)
        return arts[0] if arts else None

    def duplicate_info(self, article_id: str) -> tuple[str | None, float | None]:
        rows = self._run(
            "SELECT canonical_id, similarity FROM articles WHERE id = ?", (article_id,)
        )
        return (rows[0][0], rows[0][1]) if rows else (None, None)

    def iter_articles(self, *, page: int = 200) -> Iterator[Article]:
        """Every stored article in ingest order, loaded ``page`` at a time (flat memory)."""
        last = -1
        while True:
            rows = self._run(
                f"SELECT {ARTICLE_COLS} FROM articles WHERE rid > ? ORDER BY rid LIMIT ?",
                (last, page),
            )
            if not rows:
                return
            yield from self._load(rows)
            last = rows[-1][0]

    def iter_rows(self, *, page: int = 200) -> Iterator[tuple[Article, str | None, float | None]]:
        """Articles with their near-duplicate link (canonical id, similarity)."""
        last = -1
        while True:
            rows = self._run(
                f"SELECT {ARTICLE_COLS}, canonical_id, similarity FROM articles"
                " WHERE rid > ? ORDER BY rid LIMIT ?",
                (last, page),
            )
            if not rows:
                return
            arts = self._load([r[:10] for r in rows])
            for art, r in zip(arts, rows, strict=True):
                yield art, r[10], r[11]
            last = rows[-1][0]

    def _children(self, table: str, cols: str, rids: list[int]) -> dict[int, list[tuple]]:
        marks = ",".join("?" * len(rids))
        order = "rid, entity_idx, idx" if "mentions" in table else "rid, idx"
        out: dict[int, list[tuple]] = {}
        for row in self._run(
            f"SELECT rid, {cols} FROM {table} WHERE rid IN ({marks}) ORDER BY {order}", rids
        ):
            out.setdefault(row[0], []).append(row[1:])
        return out

    def _load(self, rows: list[tuple]) -> list[Article]:
        if not rows:
            return []
        rids = [r[0] for r in rows]
        paras = self._children("paragraphs", "text", rids)
        bylines = self._children("bylines", "name, dateline", rids)
        media = self._children("media", "caption, credit, role, after_paragraph, url", rids)
        related = self._children("related", "headline, section, summary, url, bylines, media", rids)
        ents = self._children("entities", "idx, entity_id, type, name, aliases, titles", rids)
        ments = self._children(
            "mentions", "entity_idx, paragraph, span_start, span_end, text", rids
        )
        caption_ments = self._children(
            "caption_mentions", "entity_idx, media, span_start, span_end, text", rids
        )
        quotes = self._children(
            "quotes",
            "text, kind, speaker_name, speaker_entity_id, cue, paragraph, span_start, span_end",
            rids,
        )
        times = self._children(
            "times", "text, paragraph, span_start, span_end, type, value, anchor", rids
        )
        out = []
        for rid, aid, site, section, published, headline, deck, _url, source, extra in rows:
            ex = json.loads(extra)
            by_entity: dict[int, list[Mention]] = {}
            for eidx, p, s, e, t in ments.get(rid, []):
                by_entity.setdefault(eidx, []).append(Mention(p, s, e, t))
            by_entity_caption: dict[int, list[CaptionMention]] = {}
            for eidx, mi, s, e, t in caption_ments.get(rid, []):
                by_entity_caption.setdefault(eidx, []).append(CaptionMention(mi, s, e, t))
            art = Article(
                id=aid,
                headline=headline,
                source=Source.from_dict(json.loads(source)),
                site=site,
                deck=deck,
                section=section,
                published=published,
                bylines=[Byline(n, d) for n, d in bylines.get(rid, [])],
                media=[Media(c, cr, r, ap, u) for c, cr, r, ap, u in media.get(rid, [])],
                paragraphs=[p for (p,) in paras.get(rid, [])],
                related=[
                    Teaser(
                        headline=h,
                        section=s,
                        summary=sm,
                        url=u,
                        bylines=[Byline.from_dict(b) for b in json.loads(bj)],
                        media=[Media.from_dict(m) for m in json.loads(mj)],
                    )
                    for h, s, sm, u, bj, mj in related.get(rid, [])
                ],
                dropped=[Dropped.from_dict(d) for d in ex.get("dropped", [])],
                entities=[
                    Entity(
                        id=eid,
                        type=et,
                        name=en,
                        aliases=json.loads(al),
                        titles=json.loads(ti),
                        mentions=by_entity.get(idx, []),
                        caption_mentions=by_entity_caption.get(idx, []),
                    )
                    for idx, eid, et, en, al, ti in ents.get(rid, [])
                ],
                quotes=[
                    Quote(
                        text=t,
                        kind=k,
                        speaker=Speaker(sn, se),
                        cue=cue,
                        paragraph=p,
                        start=s,
                        end=e,
                    )
                    for t, k, sn, se, cue, p, s, e in quotes.get(rid, [])
                ],
                times=[
                    TimeExpr(
                        text=t,
                        paragraph=p,
                        start=s,
                        end=e,
                        type=ty,
                        value=json.loads(v) if v is not None else None,
                        anchor=an,
                    )
                    for t, p, s, e, ty, v, an in times.get(rid, [])
                ],
                events=[Event.from_dict(e) for e in ex.get("events", [])],
                enriched=list(ex.get("enriched", [])),
            )
            out.append(art)
        return out

    # -- search ----------------------------------------------------------------------------
    def search(
        self,
        query: str | analyzer.Query,
        *,
        site: str | None = None,
        section: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        entity: str | None = None,
        speaker: str | None = None,
        limit: int = 10,
        offset: int = 0,
        all_duplicates: bool = False,
        mark: tuple[str, str] = ("<mark>", "</mark>"),
    ) -> list[SearchHit]:
        """Articles matching ``query``, best first, one per story unless ``all_duplicates``."""
        q = analyzer.parse_query(query) if isinstance(query, str) else query
        match = self._match_sql(q)
        if match is None or limit <= 0:
            return []
        from_sql, cond, score_expr, order, params = match
        filters: list[str] = []
        fparams: list[Any] = []
        if site:
            filters.append("a.site = ?")
            fparams.append(site)
        if section:
            filters.append("a.section = ?")
            fparams.append(section)
        if date_from:
            filters.append("a.published >= ?")
            fparams.append(date_from)
        if date_to:
            filters.append("substr(a.published, 1, ?) <= ?")
            fparams.extend([len(date_to), date_to])
        if entity:
            pat = _like_words(entity)
            if pat is None:
                return []
            filters.append(
                "EXISTS (SELECT 1 FROM entities e WHERE e.rid = a.rid"
                " AND e.names_norm LIKE ? ESCAPE '\\')"
            )
            fparams.append(pat)
        if speaker:
            pat = _like_words(speaker)
            if pat is None:
                return []
            filters.append(
                "EXISTS (SELECT 1 FROM quotes qu WHERE qu.rid = a.rid"
                " AND qu.speaker_norm LIKE ? ESCAPE '\\')"
            )
            fparams.append(pat)
        need_check = q.has_phrase()
        want = offset + limit
        hits: list[SearchHit] = []
        by_story: dict[str, SearchHit] = {}

        def consume(rows: list[tuple[Any, ...]]) -> bool:
            """Phrase check and one hit per story over ranked rows; True once there are enough."""
            texts = self._texts([r[0] for r in rows]) if need_check else {}
            for rid, aid, headline, published, site_, section_, url, canon, sim, score in rows:
                if need_check and not analyzer.query_satisfied(q, texts.get(rid, [])):
                    continue
                story = canon or aid
                if not all_duplicates and story in by_story:
                    by_story[story].duplicates += 1
                    continue
                hit = SearchHit(
                    aid, headline, published, site_, section_, url, float(score), "", canon, sim
                )
                hit.rid = rid
                by_story[story] = hit
                hits.append(hit)
                if len(hits) >= want:
                    return True
            return False

        fetch = max(50, want * 3)
        topk = self._topk_sql(q)
        if topk is not None:
            # Rank inside the full-text index alone and keep only the best `window` rows (a
            # top-N sort, so no full sort of every match); article metadata, filters, phrase
            # checks and the one-per-story collapse then touch only those rows. When they do
            # not yield enough hits the window grows; each window is a prefix of the same
            # total order (score, rid), so the result is exactly that of ranking every match.
            inner, count_sql, mparams = topk
            sql = (
                f"SELECT {HIT_COLS}, -s.r AS score FROM ({inner}) s JOIN articles a"
                " ON a.rid = s.rid"
                + (f" WHERE {' AND '.join(filters)}" if filters else "")
                + " ORDER BY s.r, a.rid"
            )
            window, done, total = fetch, 0, None
            while True:
                ranked = self._ranked_window(q, window)
                if ranked is not None:
                    rows = self._rows_for(ranked, filters, fparams)
                else:
                    rows = self._run(sql, [*mparams, window, *fparams])
                if consume(rows[done:]):
                    break
                done = len(rows)
                if total is None:
                    total = int(self._run(count_sql, mparams)[0][0])
                if window >= total:
                    break
                window *= 4
        else:
            sql = (
                f"SELECT {HIT_COLS}, {score_expr} AS score FROM {from_sql}"
                f" WHERE {' AND '.join([cond, *filters])} ORDER BY {order}, a.rid"
                " LIMIT ? OFFSET ?"
            )
            skip = 0
            while True:
                rows = self._run(sql, [*params, *fparams, fetch, skip])
                if consume(rows) or len(rows) < fetch:
                    break
                skip += fetch
        hits = hits[offset:want]
        texts = self._texts([h.rid for h in hits])
        for h in hits:
            parts = texts.get(h.rid, [])
            h.snippet = analyzer.snippet(q, parts[1:] or parts[:1], mark=mark)
        return hits

    def _ranked_window(self, query: analyzer.Query, window: int) -> list[tuple[int, float]] | None:
        """Optional: the best ``window`` (rid, rank) of the query without asking the index to
        rank every match (SQLite's impact lists), or None to let the index rank."""
        return None

    def _rows_for(
        self, ranked: list[tuple[int, float]], filters: list[str], fparams: list[Any]
    ) -> list[tuple[Any, ...]]:
        """The hit rows of ranked (rid, rank) pairs that pass the filters, in ranked order:
        the same rows the index-ranking SQL gives for that window."""
        if not ranked:
            return []
        marks = ",".join("?" * len(ranked))
        found = {
            r[0]: r
            for r in self._run(
                f"SELECT {HIT_COLS} FROM articles a WHERE a.rid IN ({marks})"
                + "".join(f" AND {f}" for f in filters),
                [rid for rid, _ in ranked] + fparams,
            )
        }
        return [(*found[rid], -r) for rid, r in ranked if rid in found]

    def _texts(self, rids: list[int]) -> dict[int, list[str]]:
        """Headline, deck and paragraphs of each article, for phrase checks and snippets."""
        if not rids:
            return {}
        marks = ",".join("?" * len(rids))
        out: dict[int, list[str]] = {
            rid: [h or "", d or ""]
            for rid, h, d in self._run(
                f"SELECT rid, headline, deck FROM articles WHERE rid IN ({marks})", rids
            )
        }
        for rid, text in self._run(
            f"SELECT rid, text FROM paragraphs WHERE rid IN ({marks}) ORDER BY rid, idx", rids
        ):
            out[rid].append(text)
        return out

    # -- whole-store views -----------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        def one(sql: str) -> Any:
            return self._run(sql)[0][0]

        counts = {
            t: one(f"SELECT count(*) FROM {t}")
            for t in (
                "articles",
                "paragraphs",
                "media",
                "related",
                "bylines",
                "entities",
                "mentions",
                "caption_mentions",
                "quotes",
                "times",
            )
        }
        near = one("SELECT count(*) FROM articles WHERE canonical_id IS NOT NULL")
        lo, hi = self._run("SELECT min(published), max(published) FROM articles")[0]
        sites = self._run(
            "SELECT coalesce(site, ''), count(*) AS n FROM articles GROUP BY site"
            " ORDER BY n DESC, 1 LIMIT 20"
        )
        sections = self._run(
            "SELECT coalesce(section, ''), count(*) AS n FROM articles GROUP BY section"
            " ORDER BY n DESC, 1 LIMIT 20"
        )
        return {
            "backend": self.dialect,
            "url": self.url,
            "articles": counts["articles"],
            "stories": counts["articles"] - near,
            "near_duplicates": near,
            "counts": counts,
            "published": {"from": lo, "to": hi},
            "sites": {s or "(none)": n for s, n in sites},
            "sections": {s or "(none)": n for s, n in sections},
            "migrations": self.migrations(),
            "size_bytes": self._db_size(),
        }

    def export(self, fmt: str, out: Any) -> int:
        """Write every article to ``out`` as jsonl, csv or parquet; returns the count."""
        from .export import export

        return export(self, fmt, out)


def _extra(art: Article) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "dropped": [d.to_dict() for d in art.dropped],
        "events": [e.to_dict() for e in art.events],
        "enriched": list(art.enriched),
    }


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")

"""The one data model every stage reads and writes.

An :class:`Article` is what the structure stage produces from a page; enrichment steps add
annotations to it (entities, quotes, times, events). Every annotation is a *span*: a paragraph
index plus ``start``/``end`` character offsets into that paragraph's text exactly as it is
output, so any annotation can be highlighted in the original (the spaCy ``Span`` idea).

The JSON form (:meth:`Article.to_dict`) is a published contract: ``schema/article.schema.json``
describes it and the tests validate every output against it. Add keys freely; never rename or
remove one without bumping :data:`SCHEMA_VERSION`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "1.0"

MediaRole = Literal["lead", "inline"]
QuoteKind = Literal["direct", "partial", "indirect"]


@dataclass(slots=True)
class Source:
    """Where an article came from: enough to find it again in the input."""

    path: str | None = None
    url: str | None = None
    line_start: int | None = None  # 1-based, inclusive, in the decoded input
    line_end: int | None = None
    kind: str = "text"  # text | html | warc
    encoding: str | None = None
    fetched: str | None = None  # ISO datetime of the crawl (WARC-Date), when known
    notes: list[str] = field(default_factory=list)  # e.g. "decoded as windows-1256"

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "url": self.url,
            "line_start": self.line_start,
            "line_end": self.line_end,
            "kind": self.kind,
            "encoding": self.encoding,
            "fetched": self.fetched,
            "notes": list(self.notes),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Source:
        return cls(
            path=d.get("path"),
            url=d.get("url"),
            line_start=d.get("line_start"),
            line_end=d.get("line_end"),
            kind=d.get("kind", "text"),
            encoding=d.get("encoding"),
            fetched=d.get("fetched"),
            notes=list(d.get("notes") or []),
        )


@dataclass(slots=True)
class Byline:
    """An author (person or outlet) and the place the story was filed from."""

    name: str | None
    dateline: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "dateline": self.dateline}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Byline:
        return cls(name=d.get("name"), dateline=d.get("dateline"))


@dataclass(slots=True)
class Media:
    """A photo (or video) caption with its credit, placed in reading order."""

    caption: str
    credit: str | None = None
    role: MediaRole = "inline"
    after_paragraph: int | None = None  # index of the paragraph it follows; None for lead
    url: str | None = None  # image URL when the input has one (HTML)

    def to_dict(self) -> dict[str, Any]:
        return {
            "caption": self.caption,
            "credit": self.credit,
            "role": self.role,
            "after_paragraph": self.after_paragraph,
            "url": self.url,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Media:
        return cls(
            caption=d["caption"],
            credit=d.get("credit"),
            role=d.get("role", "inline"),
            after_paragraph=d.get("after_paragraph"),
            url=d.get("url"),
        )


@dataclass(slots=True)
class Teaser:
    """One item of a related-articles block: returned as data, never mixed into the body."""

    headline: str
    section: str | None = None
    summary: str | None = None
    bylines: list[Byline] = field(default_factory=list)
    media: list[Media] = field(default_factory=list)
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "headline": self.headline,
            "section": self.section,
            "summary": self.summary,
            "bylines": [b.to_dict() for b in self.bylines],
            "media": [m.to_dict() for m in self.media],
            "url": self.url,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Teaser:
        return cls(
            headline=d["headline"],
            section=d.get("section"),
            summary=d.get("summary"),
            bylines=[Byline.from_dict(b) for b in d.get("bylines") or []],
            media=[Media.from_dict(m) for m in d.get("media") or []],
            url=d.get("url"),
        )


@dataclass(slots=True)
class Dropped:
    """An input line (or HTML block) that went into no field, and why."""

    line: int | None  # 1-based input line; None when the input has no lines (HTML element)
    text: str
    reason: str  # widget | duplicate | block-heading | empty | boilerplate | ...

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "text": self.text, "reason": self.reason}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Dropped:
        return cls(line=d.get("line"), text=d["text"], reason=d["reason"])


@dataclass(slots=True)
class Mention:
    """A span of one paragraph: ``paragraphs[paragraph][start:end] == text``."""

    paragraph: int
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mention:
        return cls(paragraph=d["paragraph"], start=d["start"], end=d["end"], text=d["text"])


@dataclass(slots=True)
class CaptionMention:
    """A span of a photo caption: ``media[media].caption[start:end] == text``."""

    media: int
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"media": self.media, "start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CaptionMention:
        return cls(media=d["media"], start=d["start"], end=d["end"], text=d["text"])


@dataclass(slots=True)
class Entity:
    """One person, organisation or place, with every mention that refers to it."""

    id: str
    type: str  # PERS | ORG | LOC | MISC
    name: str
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # Mentions in photo captions, kept apart so that every ``mentions`` span stays a paragraph
    # span; an entity named only in a caption has no ``mentions``.
    caption_mentions: list[CaptionMention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "aliases": list(self.aliases),
            "titles": list(self.titles),
            "mentions": [m.to_dict() for m in self.mentions],
            "caption_mentions": [m.to_dict() for m in self.caption_mentions],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(
            id=d["id"],
            type=d["type"],
            name=d["name"],
            aliases=list(d.get("aliases") or []),
            titles=list(d.get("titles") or []),
            mentions=[Mention.from_dict(m) for m in d.get("mentions") or []],
            caption_mentions=[CaptionMention.from_dict(m) for m in d.get("caption_mentions") or []],
        )


@dataclass(slots=True)
class Speaker:
    name: str | None
    entity_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "entity_id": self.entity_id}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Speaker:
        return cls(name=d.get("name"), entity_id=d.get("entity_id"))


@dataclass(slots=True)
class Quote:
    """What was said (a span of a paragraph), by whom, introduced by which cue."""

    text: str
    kind: QuoteKind
    speaker: Speaker
    cue: str | None
    paragraph: int
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker.to_dict(),
            "cue": self.cue,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        return cls(
            text=d["text"],
            kind=d["kind"],
            speaker=Speaker.from_dict(d.get("speaker") or {}),
            cue=d.get("cue"),
            paragraph=d["paragraph"],
            start=d["start"],
            end=d["end"],
        )


@dataclass(slots=True)
class TimeExpr:
    """A time expression resolved to a TIMEX3-style value."""

    text: str
    paragraph: int
    start: int
    end: int
    type: str  # date | time | duration | set | range
    value: Any  # ISO string, or {"start": ..., "end": ...} for ranges
    anchor: str | None = None  # the reference date it was resolved against

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
            "anchor": self.anchor,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TimeExpr:
        return cls(
            text=d["text"],
            paragraph=d["paragraph"],
            start=d["start"],
            end=d["end"],
            type=d["type"],
            value=d.get("value"),
            anchor=d.get("anchor"),
        )


@dataclass(slots=True)
class Event:
    """Something that happened (visit, agreement, appointment, ...) with its arguments."""

    type: str
    trigger: str
    paragraph: int
    start: int
    end: int
    arguments: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "trigger": self.trigger,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "arguments": dict(self.arguments),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(
            type=d["type"],
            trigger=d["trigger"],
            paragraph=d["paragraph"],
            start=d["start"],
            end=d["end"],
            arguments=dict(d.get("arguments") or {}),
        )


@dataclass(slots=True)
class Article:
    """One news article: the structured fields plus any enrichment annotations."""

    headline: str | None
    source: Source = field(default_factory=Source)
    site: str | None = None
    deck: str | None = None
    section: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or datetime
    bylines: list[Byline] = field(default_factory=list)
    media: list[Media] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    related: list[Teaser] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    enriched: list[str] = field(default_factory=list)  # names of enrichment steps applied
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = self.compute_id()

    # -- identity ---------------------------------------------------------------------------
    def content_hash(self) -> str:
        """Hash of what the article says, independent of where it was found."""
        h = hashlib.sha256()
        for part in (self.headline or "", self.deck or "", *self.paragraphs):
            h.update(part.encode("utf-8"))
            h.update(b"\x1f")
        return h.hexdigest()

    def compute_id(self) -> str:
        """Stable id: the same page parsed twice gives the same id (source + content)."""
        h = hashlib.sha256()
        h.update((self.source.url or self.source.path or "").encode("utf-8"))
        h.update(b"\x1e")
        h.update(str(self.source.line_start or "").encode())
        h.update(b"\x1e")
        h.update(self.content_hash().encode())
        return h.hexdigest()[:16]

    @property
    def text(self) -> str:
        """The body as one string, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)

    # -- (de)serialisation ------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "schema_version": SCHEMA_VERSION,
            "source": self.source.to_dict(),
            "site": self.site,
            "headline": self.headline,
            "deck": self.deck,
            "section": self.section,
            "published": self.published,
            "bylines": [b.to_dict() for b in self.bylines],
            "media": [m.to_dict() for m in self.media],
            "paragraphs": list(self.paragraphs),
            "related": [t.to_dict() for t in self.related],
            "dropped": [d.to_dict() for d in self.dropped],
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "times": [t.to_dict() for t in self.times],
            "events": [e.to_dict() for e in self.events],
            "enriched": list(self.enriched),
        }

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        return cls(
            id=d.get("id") or "",
            source=Source.from_dict(d.get("source") or {}),
            site=d.get("site"),
            headline=d.get("headline"),
            deck=d.get("deck"),
            section=d.get("section"),
            published=d.get("published"),
            bylines=[Byline.from_dict(b) for b in d.get("bylines") or []],
            media=[Media.from_dict(m) for m in d.get("media") or []],
            paragraphs=list(d.get("paragraphs") or []),
            related=[Teaser.from_dict(t) for t in d.get("related") or []],
            dropped=[Dropped.from_dict(x) for x in d.get("dropped") or []],
            entities=[Entity.from_dict(e) for e in d.get("entities") or []],
            quotes=[Quote.from_dict(q) for q in d.get("quotes") or []],
            times=[TimeExpr.from_dict(t) for t in d.get("times") or []],
            events=[Event.from_dict(e) for e in d.get("events") or []],
            enriched=list(d.get("enriched") or []),
        )

    @classmethod
    def from_json(cls, s: str) -> Article:
        return cls.from_dict(json.loads(s))


@dataclass(slots=True)
class Page:
    """One decoded input document, before structure: what ``ingest`` yields."""

    source: Source
    kind: str  # text | html
    content: str
    http_headers: dict[str, str] = field(default_factory=dict)

"""Readable, right-to-left-safe rendering of an article for terminals."""

from __future__ import annotations

from .model import Article

# Each Arabic line is wrapped in a right-to-left isolate (RLI ... PDI) so that a bidi-aware
# terminal lays it out right-to-left and mixed digits/Latin inside it cannot reorder the
# ASCII labels around it.
RLI, PDI = "\u2067", "\u2069"


def rtl(s: str | None) -> str:
    return f"{RLI}{s}{PDI}" if s else "-"


def _entity_marks(a: Article) -> dict[int, list[tuple[int, int, str]]]:
    marks: dict[int, list[tuple[int, int, str]]] = {}
    for e in a.entities:
        for m in e.mentions:
            marks.setdefault(m.paragraph, []).append((m.start, m.end, e.type))
    return marks


def highlight(text: str, spans: list[tuple[int, int, str]]) -> str:
    """``text`` with each span wrapped as ⟦mention⟧TYPE (overlapping spans: the first wins)."""
    out: list[str] = []
    pos = 0
    for start, end, label in sorted(spans):
        if start < pos:
            continue
        out.append(text[pos:start])
        out.append(f"⟦{text[start:end]}⟧{label}")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def render_text(article: Article) -> str:
    a = article
    out: list[str] = []
    rule = "=" * 72
    out.append(rule)
    out.append(f"id:        {a.id}")
    src = a.source
    where = src.url or src.path or "-"
    if src.line_start:
        where += f" (lines {src.line_start}-{src.line_end})"
    out.append(f"source:    {where}")
    if a.site:
        out.append(f"site:      {a.site}")
    out.append(f"headline:  {rtl(a.headline)}")
    out.append(f"deck:      {rtl(a.deck)}")
    if a.section:
        out.append(f"section:   {rtl(a.section)}")
    if a.published:
        out.append(f"published: {a.published}")
    for b in a.bylines:
        dl = f" ({rtl(b.dateline)})" if b.dateline else ""
        out.append(f"byline:    {rtl(b.name)}{dl}")
    lead = [m for m in a.media if m.role == "lead"]
    for m in lead:
        out.append(f"lead media: {rtl(m.caption)}  [credit: {rtl(m.credit)}]")
    out.append("-" * 72)
    inline: dict[int, list] = {}
    for m in a.media:
        if m.role == "inline" and m.after_paragraph is not None:
            inline.setdefault(m.after_paragraph, []).append(m)
    marks = _entity_marks(a)
    for i, p in enumerate(a.paragraphs):
        out.append(f"[{i}] {rtl(highlight(p, marks.get(i, [])))}")
        for m in inline.get(i, []):
            out.append(f"    [media] {rtl(m.caption)}  [credit: {rtl(m.credit)}]")
    if a.related:
        out.append("-" * 72)
        out.append(f"related ({len(a.related)}):")
        for t in a.related:
            sec = f"[{rtl(t.section)}] " if t.section else ""
            out.append(f"  * {sec}{rtl(t.headline)}")
            if t.summary:
                out.append(f"      {rtl(t.summary)}")
            for b in t.bylines:
                dl = f" ({rtl(b.dateline)})" if b.dateline else ""
                out.append(f"      by {rtl(b.name)}{dl}")
            for m in t.media:
                out.append(f"      [media] {rtl(m.caption)}  [credit: {rtl(m.credit)}]")
    if a.entities:
        out.append("-" * 72)
        out.append(f"entities ({len(a.entities)}):")
        for e in a.entities:
            titles = f"  titles: {', '.join(rtl(t) for t in e.titles)}" if e.titles else ""
            caps = f" +{len(e.caption_mentions)} in captions" if e.caption_mentions else ""
            out.append(f"  {e.type:<5} {rtl(e.name)} x{len(e.mentions)}{caps}{titles}")
    if a.quotes:
        out.append("-" * 72)
        out.append(f"quotes ({len(a.quotes)}):")
        for q in a.quotes:
            out.append(f"  {q.kind:<8} {rtl(q.speaker.name)}: {rtl(q.text)}")
    if a.times:
        out.append("-" * 72)
        out.append(f"times ({len(a.times)}):")
        for t in a.times:
            out.append(f"  {rtl(t.text)} -> {t.value}")
    if a.dropped:
        out.append("-" * 72)
        out.append(f"dropped ({len(a.dropped)}):")
        for d in a.dropped:
            line = f"{d.line}" if d.line is not None else "-"
            text = d.text if len(d.text) <= 60 else d.text[:57] + "..."
            out.append(f"  line {line:>5} {d.reason:<14} {rtl(text)}")
    return "\n".join(out)

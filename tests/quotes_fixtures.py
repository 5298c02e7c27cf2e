"""Seed articles and hand-made entities for the quotes tests (no dependency on the parser or
the entities step: the brief asks for Article objects built from the seed's body lines)."""

from __future__ import annotations

import re
from importlib import resources

from khabar.model import Article, Entity, Mention, Quote

ART1_LINES = [14, 18, 20, 22, 24, 26, 30, 32, 34, 36, 38, 40, 44, 46, 48, 50, 52, 54, 56, 60, 62]
ART2_LINES = [116, 118, 120, 122]

# (id, type, canonical name, surface forms searched in the text)
SEED_ENTITIES: list[tuple[str, str, str, list[str]]] = [
    ("e-putin", "PERS", "فلاديمير بوتين", ["فلاديمير بوتين", "بوتين", "الرئيس الروسي"]),
    ("e-ushakov", "PERS", "يوري أوشاكوف", ["يوري أوشاكوف", "أوشاكوف"]),
    ("e-kim", "PERS", "كيم جونغ أون", ["كيم جونغ أون", "كيم"]),
    ("e-kuleba", "PERS", "دميترو كوليبا", ["دميترو كوليبا", "كوليبا"]),
    ("e-kremlin", "ORG", "الكرملين", ["الكرملين"]),
    ("e-rodong", "ORG", "رودونغ شينمون", ["رودونغ شينمون"]),
    (
        "e-kcna",
        "ORG",
        "وكالة الأنباء المركزية الكورية الشمالية",
        ["وكالة الأنباء المركزية الكورية الشمالية"],
    ),
    ("e-mfa", "ORG", "وزارة الخارجية الروسية", ["وزارة الخارجية الروسية", "الخارجية الروسية"]),
    ("e-nk", "LOC", "كوريا الشمالية", ["كوريا الشمالية"]),
    ("e-russia", "LOC", "روسيا", ["روسيا"]),
    ("e-ukraine", "LOC", "أوكرانيا", ["أوكرانيا"]),
    ("e-west", "ORG", "الغرب", ["الغرب"]),
    ("e-washington", "LOC", "واشنطن", ["واشنطن"]),
    ("e-seoul", "LOC", "سيول", ["سيول"]),
    ("e-pentagon", "ORG", "البنتاغون", ["البنتاغون"]),
    ("e-prosecutor", "ORG", "مكتب المدعي العام في نانتير", ["مكتب المدعي العام في نانتير"]),
    ("e-afp", "ORG", "وكالة الصحافة الفرنسية", ["وكالة الصحافة الفرنسية"]),
    ("e-nanterre", "LOC", "نانتير", ["نانتير"]),
    ("e-france", "LOC", "فرنسا", ["فرنسا"]),
]


def seed_lines() -> list[str]:
    text = (resources.files("khabar") / "data" / "sample_asharq.txt").read_text(encoding="utf-8")
    return text.split("\n")


def seed_articles(with_entities: bool = True) -> tuple[Article, Article]:
    lines = seed_lines()
    a1 = Article(headline=lines[0], paragraphs=[lines[i - 1].strip() for i in ART1_LINES])
    a2 = Article(headline=lines[104].strip(), paragraphs=[lines[i - 1].strip() for i in ART2_LINES])
    if with_entities:
        a1.entities = make_entities(a1.paragraphs, SEED_ENTITIES)
        a2.entities = make_entities(a2.paragraphs, SEED_ENTITIES)
    return a1, a2


def make_entities(
    paragraphs: list[str], spec: list[tuple[str, str, str, list[str]]]
) -> list[Entity]:
    """Entities with every non-overlapping occurrence of their surface forms as mentions
    (longest forms first, so «فلاديمير بوتين» is one mention, not two)."""
    taken: dict[int, list[tuple[int, int]]] = {}
    ents: dict[str, Entity] = {}
    forms = sorted(
        ((form, eid, typ, name) for eid, typ, name, fs in spec for form in fs),
        key=lambda x: -len(x[0]),
    )
    for form, eid, typ, name in forms:
        for p, text in enumerate(paragraphs):
            for m in re.finditer(re.escape(form), text):
                s, e = m.start(), m.end()
                # whole words only (a one-letter prefix such as و/ب/ل/ال may be glued before)
                if e < len(text) and text[e].isalpha():
                    continue
                if s > 0 and text[s - 1].isalpha():
                    pre = text[max(0, s - 2) : s]
                    if not (s == 1 or not text[s - 2].isalpha()) and pre not in {"ال"}:
                        continue
                if any(s < b and a < e for a, b in taken.get(p, [])):
                    continue
                taken.setdefault(p, []).append((s, e))
                ent = ents.setdefault(eid, Entity(id=eid, type=typ, name=name))
                ent.mentions.append(Mention(p, s, e, text[s:e]))
    return [e for e in ents.values() if e.mentions]


# -- helpers for the rule tests (test_quotes_rules3/4/5) -----------------------------------
def ent(eid: str, typ: str, name: str, paras: list[str], *surfaces: str) -> Entity:
    """A hand-made entity with a mention at every occurrence of its surface forms."""
    ms = []
    for p, text in enumerate(paras):
        for s in surfaces or (name,):
            i = text.find(s)
            while i >= 0:
                ms.append(Mention(p, i, i + len(s), s))
                i = text.find(s, i + 1)
    return Entity(eid, typ, name, mentions=ms)


def quotes(paras: list[str], ents: list[Entity] | None = None) -> list[Quote]:
    """The quotes of an article made of ``paras``; every span checked against its paragraph."""
    from khabar.enrich.quotes import extract_quotes

    art = Article(headline=None, paragraphs=paras, entities=ents or [])
    qs = extract_quotes(art)
    for q in qs:
        assert paras[q.paragraph][q.start : q.end] == q.text
    return qs


def starting(qs: list[Quote], prefix: str) -> Quote:
    return next(q for q in qs if q.text.startswith(prefix))


def quote_rows(articles) -> list[dict]:  # type: ignore[no-untyped-def]
    """The quotes of parsed articles as the golden file stores them."""
    return [
        {
            "paragraph": q.paragraph,
            "start": q.start,
            "end": q.end,
            "kind": q.kind,
            "speaker": q.speaker.name,
            "cue": q.cue,
            "text": q.text,
        }
        for a in articles
        for q in a.quotes
    ]

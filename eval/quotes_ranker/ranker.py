"""A learned speaker ranker for the quotes step (quotes6 work, issue 5).

The hand rules choose one speaker per quote; on new text they are right about three times in
four. The ranker re-decides among candidates: every entity mention (person, organisation,
place) in the quote's sentence, the earlier sentences of its paragraph and the two paragraphs
before, plus the rules' own choice (which also covers unnamed sources and nominal references
that no entity mention names). Each candidate is described by general features (where it
stands relative to the cue, whether it heads a clause, follows a preposition, carries a title,
sits inside a quote, agrees in gender with the cue, is the rules' choice …) and scored by a
linear model; the best-scoring candidate wins (a conditional logit: softmax over one quote's
candidates). Weights are learnt by ``eval/quotes_ranker/train.py`` from the gold sets dev,
test, dev2 and dev3 and kept as ``eval/quotes_ranker/weights.json``; run time needs only the
standard library.

A candidate set with no entity mention (always the case without the entities step) leaves the
rules' choice unchanged.

Status: NOT part of the package (it lives under eval/) and NOT called by the quotes step.
Measured on text neither it nor the rules were tuned on, it loses to the rules (dev4 0.725
against 0.800, held-out set 2 0.659 against 0.739; a variant that sees the rules' choice
learns to copy them). It is kept, with its training script and weights, as a documented
negative result (docs/quotes.md, "Learned speaker ranker"); ``load_ranker().rerank(article)``
applies it by hand (``PYTHONPATH=src:eval/quotes_ranker``).
"""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from khabar.enrich.quotes_lexicon import QuoteLexicon, lexicon
from khabar.enrich.quotes_text import norm, pair_marks, sentence_spans, tokenize
from khabar.lexicons import table
from khabar.model import Article, Entity, Quote, Speaker

WEIGHTS = Path(__file__).with_name("weights.json")
# Entity types that can speak; MISC («نوبل»، «دولار») never does in the gold sets.
SPEAKER_TYPES = frozenset({"PERS", "PER", "ORG", "LOC"})


@lru_cache(maxsize=1)
def _preps() -> frozenset[str]:
    """Prepositions after which a name is an object or a place, not a subject."""
    cls = {"object_prep", "title_prep", "masdar_prep"}
    return frozenset(norm(r["word"]) for r in table("quote_function_words") if r["class"] in cls)


@dataclass(slots=True)
class Candidate:
    """One possible speaker of one quote."""

    name: str | None
    entity_id: str | None
    feats: dict[str, float] = field(default_factory=dict)


# Names agree as eval/quotes.py scores them (one's words inside the other's, «ال» ignored):
# its ``speaker_ok``, loaded from the script beside this folder, is the one definition.
_spec = importlib.util.spec_from_file_location(
    "eval_quotes", Path(__file__).resolve().parent.parent / "quotes.py"
)
assert _spec and _spec.loader
EQ = sys.modules.get("eval_quotes") or importlib.util.module_from_spec(_spec)
if "eval_quotes" not in sys.modules:
    sys.modules["eval_quotes"] = EQ
    _spec.loader.exec_module(EQ)
_same = EQ.speaker_ok


def _is_rule_entity(rule: Speaker, ent: Entity) -> bool:
    """Whether the rules chose this entity: by id, else by a name that is the entity's name
    or a part of it («فريدون» for «فريدون موافق»; not «بغداد» inside «دبلوماسي … في بغداد»)."""
    if rule.entity_id is not None:
        return rule.entity_id == ent.id
    return (
        bool(rule.name)
        and _same(rule.name, ent.name)
        and len(norm(rule.name)) <= len(norm(ent.name))
    )


def _bucket(d: int) -> str:
    a = abs(d)
    return "1" if a <= 1 else "2-3" if a <= 3 else "4-8" if a <= 8 else "9-20" if a <= 20 else "far"


class _Doc:
    """Per-article view: tokens, sentences, marks and entity mentions of each paragraph."""

    def __init__(self, article: Article, lex: QuoteLexicon) -> None:
        self.lex = lex
        self.paras = article.paragraphs
        self.toks = [tokenize(p) for p in self.paras]
        self.starts = [[t.start for t in ts] for ts in self.toks]
        self.marks = [[m.inner(p) for m in pair_marks(p)] for p in self.paras]
        self.sents = [sentence_spans(p, self.marks[i]) for i, p in enumerate(self.paras)]
        # The rules' own view of the entities: clipped mentions given their word start back,
        # titles the NER swallowed dropped from names, epithets («القيصر») left out, a
        # «first name + descriptor» linked to the person it names.
        from khabar.enrich.quotes import QuoteExtractor

        ext = QuoteExtractor(article, lex)
        self.mentions: dict[int, list[tuple[int, int, Entity]]] = {
            p: list(ms) for p, ms in ext.mentions.items() if 0 <= p < len(self.paras)
        }
        self.count: dict[str, int] = {}
        for ms in self.mentions.values():
            for _, _, e in ms:
                self.count[e.id] = self.count.get(e.id, 0) + 1
        self.is_cue = [[t.word and lex.cue(t.key) is not None for t in ts] for ts in self.toks]
        # Where each entity stands as the subject of some cue, in reading order.
        self.spoke: dict[str, list[tuple[int, int]]] = {}
        for p, ms in self.mentions.items():
            for s, e, ent in ms:
                if self.subject_of_cue(p, s, e):
                    self.spoke.setdefault(ent.id, []).append((p, s))

    def subject_of_cue(self, p: int, s: int, e: int) -> bool:
        """A name right after a cue (titles, definite words and honorifics between: «وقال
        وزير الخارجية X») or right before one («X قال»، «X قد أشار»، «X الذي قال»)."""
        toks, cue = self.toks[p], self.is_cue[p]
        if not toks:
            return False
        ti = self.tok_at(p, s)
        k = ti - 1
        while k >= 0 and ti - k <= 6 and toks[k].word and not cue[k]:
            if not (self.lex.is_title(toks[k].key) or toks[k].key.startswith("ال")):
                break
            k -= 1
        if k >= 0 and cue[k] and ti - k <= 6:
            return True
        te = self.tok_at(p, max(e - 1, s))
        for k in range(te + 1, min(te + 3, len(toks))):
            if cue[k]:
                return True
            if not toks[k].word or toks[k].key not in {"قد", "الذي", "التي", "وقد"}:
                break
        return False

    def tok_at(self, p: int, off: int) -> int:
        return max(bisect_right(self.starts[p], off) - 1, 0)

    def sent_of(self, p: int, off: int) -> int:
        for k, (a, b) in enumerate(self.sents[p]):
            if a <= off < b:
                return k
        return len(self.sents[p]) - 1

    def cue_offset(self, q: Quote) -> int:
        """Where the quote's cue is written: the last occurrence before the quote in its
        paragraph, else the first after it, else the quote's start."""
        para = self.paras[q.paragraph]
        if q.cue:
            i = para.rfind(q.cue, 0, q.start)
            if i >= 0:
                return i
            i = para.find(q.cue, q.end)
            if i >= 0:
                return i
        return q.start


def _gender_of_cue(cue: str | None) -> str:
    if not cue:
        return "?"
    k = norm(cue)
    if k.endswith(("ت", "ة", "تا")) or k.startswith("ت"):
        return "f"
    return "m"


def _position(
    doc: _Doc,
    q: Quote,
    spans: dict[int, list[tuple[int, int]]],
    pp: int,
    s: int,
    e: int,
    ci: int,
    cs: int,
) -> dict[str, float] | None:
    """Features of a name written at ``paragraphs[pp][s:e]`` relative to the cue of ``q`` (token
    ``ci`` of sentence ``cs``); None when it cannot be the speaker's name (inside the quote, or
    in a later sentence)."""
    lex, preps, p = doc.lex, _preps(), q.paragraph
    f: dict[str, float] = {}
    sk = doc.sent_of(pp, s)
    if pp == p and (sk > cs or q.start <= s < q.end):
        return None  # cataphora is rare; a name inside the quote is what is said
    ti = doc.tok_at(pp, s)
    toks = doc.toks[pp]
    if pp != p:
        f["prev_para_" + str(p - pp)] = 1.0
    elif sk == cs:
        te = doc.tok_at(p, max(e - 1, s))
        f["same_sent"] = 1.0
        if ti > ci:
            f["after_" + _bucket(ti - ci)] = 1.0
            between = toks[ci + 1 : ti]
            if all(t.word and (lex.is_title(t.key) or t.key.startswith("ال")) for t in between):
                f["after_cue_title_chain"] = 1.0
        else:
            f["before_" + _bucket(ci - te)] = 1.0
    else:
        f["prev_sent_" + ("1" if cs - sk == 1 else "2+")] = 1.0
    prev = toks[ti - 1] if ti > 0 else None
    sent_start = doc.sents[pp][sk][0] if doc.sents[pp] else 0
    if prev is None or prev.start < sent_start or prev.text in {"،", ",", ":", "-"}:
        f["clause_head"] = 1.0
    elif prev.word and prev.key[:1] in "وف" and lex.cue(prev.key) is None:
        f["after_glued_word"] = 1.0  # «وتحدث عبدالسلام جمعة»: a VSO subject
    if prev is not None and prev.word and prev.key in preps:
        f["after_prep"] = 1.0
    if toks[ti].key[:1] in "بل" and len(toks[ti].key) > 3:
        f["glued_b_l"] = 1.0
    if prev is not None and prev.word and lex.is_title(prev.key):
        f["title_before"] = 1.0
    if prev is not None and prev.word and lex.cue(prev.key) is not None:
        f["right_after_a_cue"] = 1.0
    if any(a <= s < b for a, b in doc.marks[pp]) or any(
        a <= s < b for a, b in spans.get(pp, []) if (pp, a, b) != (p, q.start, q.end)
    ):
        f["in_quote"] = 1.0
    return f


def _find_name(doc: _Doc, q: Quote, name: str, cue_off: int) -> tuple[int, int, int] | None:
    """Where the rules' speaker name is written: the occurrence nearest before the cue in the
    quote's paragraph (else after it), else the last one in the two paragraphs before."""
    p = q.paragraph
    para = doc.paras[p]
    i = para.rfind(name, 0, cue_off + 1)
    if i < 0:
        i = para.find(name, cue_off)
        if i >= 0 and q.start <= i < q.end:
            i = -1
    if i >= 0:
        return p, i, i + len(name)
    for pp in (p - 1, p - 2):
        if pp >= 0:
            j = doc.paras[pp].rfind(name)
            if j >= 0:
                return pp, j, j + len(name)
    return None


def candidates(
    article: Article, quotes: list[Quote], doc: _Doc | None = None
) -> list[list[Candidate]]:
    """The candidate speakers of each quote, with their features (same order as ``quotes``).
    The rules' choice is always the last candidate."""
    lex = lexicon()
    doc = doc or _Doc(article, lex)
    spans: dict[int, list[tuple[int, int]]] = {}
    for q in quotes:
        spans.setdefault(q.paragraph, []).append((q.start, q.end))
    earlier: list[str | None] = []
    ents = {e.id: e for ms in doc.mentions.values() for _, _, e in ms}
    out: list[list[Candidate]] = []
    for q in quotes:
        p = q.paragraph
        cue_off = doc.cue_offset(q)
        ci = doc.tok_at(p, cue_off)
        cs = doc.sent_of(p, cue_off)
        cue_tok = doc.toks[p][ci] if doc.toks[p] else None
        info = lex.cue(cue_tok.key) if cue_tok is not None else None
        ckind = info.kind if info is not None else ("attr" if q.cue else "none")
        cg = _gender_of_cue(q.cue)
        rule = q.speaker
        base = {"cue_" + ckind: 1.0}
        # No overt subject after the cue («وقال إن …»، «وأضاف: …»، «مشيرا إلى …»): the
        # speaker is then named in an earlier clause, so position features flip meaning.
        nxt = doc.toks[p][ci + 1] if ci + 1 < len(doc.toks[p]) else None
        dropped = ckind == "participle" or (
            nxt is not None
            and (not nxt.word or nxt.key in lex.complementizers or nxt.key in _preps())
        )
        cands: list[Candidate] = []
        for pp in range(max(0, p - 2), p + 1):
            for s, e, ent in doc.mentions.get(pp, []):
                if ent.type not in SPEAKER_TYPES:
                    continue
                pos = _position(doc, q, spans, pp, s, e, ci, cs)
                if pos is None:
                    continue
                if dropped:
                    pos = {**pos, **{"D_" + k: v for k, v in pos.items()}}
                f = {**base, **pos, "entity": 1.0, "type_" + ent.type: 1.0}
                if doc.subject_of_cue(pp, s, e):
                    f["subject_of_a_cue"] = 1.0
                    if dropped:
                        f["D_subject_of_a_cue"] = 1.0
                if any((xp, xs) < (p, cue_off) for xp, xs in doc.spoke.get(ent.id, [])):
                    f["spoke_before"] = 1.0
                    if dropped:
                        f["D_spoke_before"] = 1.0
                if ent.titles:
                    f["has_titles"] = 1.0
                f["log_count"] = math.log1p(doc.count.get(ent.id, 1))
                if cg in "mf":
                    f[f"cue_{cg}_{ent.type}"] = 1.0
                if _is_rule_entity(rule, ent):
                    f["agrees_rule"] = 1.0
                if any(_same(x, ent.name) for x in earlier[-5:]):
                    f["recent_speaker"] = 1.0
                cands.append(Candidate(ents.get(ent.id, ent).name, ent.id, f))
        rf: dict[str, float] = {**base, "is_rule": 1.0}
        if rule.name:
            where = _find_name(doc, q, rule.name, cue_off)
            pos = _position(doc, q, spans, *where, ci, cs) if where else None
            pos = pos or {"rule_not_written": 1.0}
            if dropped:
                pos = {**pos, **{"D_" + k: v for k, v in pos.items()}}
            rf.update(pos)
            if rule.entity_id:
                rf["rule_linked"] = 1.0
            if any(_same(x, rule.name) for x in earlier[-5:]):
                rf["recent_speaker"] = 1.0
        else:
            rf["rule_none"] = 1.0
        cands.append(Candidate(rule.name, rule.entity_id, rf))
        out.append(cands)
        earlier.append(rule.name)
    return out


@dataclass(slots=True)
class SpeakerRanker:
    """A linear scorer over candidate features.

    ``mode`` "hybrid": the best-scoring candidate wins, the rules' choice being one of them
    (ties go to the rules). ``mode`` "entities": the model ranks entity mentions only and
    never sees what the rules chose; the rules keep a speaker that no entity names (an
    unnamed source, a resolved nominal reference, a person named further back than the
    candidates reach), and the best mention replaces the rules' choice only when that choice
    is one of the mentions ranked (or when the rules found nobody)."""

    weights: dict[str, float]
    mode: str = "hybrid"

    def score(self, c: Candidate) -> float:
        return sum(self.weights.get(k, 0.0) * v for k, v in c.feats.items())

    def choose(self, cands: list[Candidate]) -> Candidate:
        rule, ents = cands[-1], cands[:-1]
        if self.mode == "entities":
            if not ents or (rule.name and not any(c.feats.get("agrees_rule") for c in ents)):
                return rule
            return max(ents, key=self.score)  # first of equals: the nearest paragraph first
        best, best_s = rule, self.score(rule)
        for c in ents:
            sc = self.score(c)
            if sc > best_s + 1e-9:
                best, best_s = c, sc
        return best

    def rerank(self, article: Article) -> list[Quote]:
        """The article's quotes with the ranker's speakers (a new list; quotes are copied)."""
        from dataclasses import replace

        quotes = list(article.quotes)
        if not quotes or not article.entities:
            return quotes
        cands = candidates(article, quotes)
        out = []
        for q, cs in zip(quotes, cands, strict=True):
            c = self.choose(cs)
            out.append(replace(q, speaker=Speaker(c.name, c.entity_id)))
        return out


@lru_cache(maxsize=1)
def load_ranker() -> SpeakerRanker:
    """The shipped weights (``khabar/data/quotes_ranker.json``)."""
    text = WEIGHTS.read_text(encoding="utf-8")
    meta = json.loads(text)
    return SpeakerRanker(dict(meta["weights"]), meta.get("mode", "hybrid"))

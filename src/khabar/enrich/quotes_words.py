"""Shared pieces of the quotes step: closed-class word sets (from
``lexicons/quote_function_words.tsv``), the per-paragraph records, and small word helpers."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..lexicons import table
from ..model import Article, Entity, Quote, Speaker
from ..text.clitics import is_definite
from .quotes_lexicon import CueInfo, QuoteLexicon
from .quotes_text import MarkSpan, Tok, norm, tokenize


def _normed(words: set[str]) -> frozenset[str]:
    """Word sets below are matched against normalised tokens (alef and ى folded)."""
    return frozenset(norm(w) for w in words)


_COMMA = {"،", ","}
_PREFIX = {"ب", "ل", "و", "ف", "ك"}
# Letters of a proclitic chain before a name (وب، ول، فل …); ك is left out on purpose: before
# a name it is far more often the name's own first letter (كوفي، كمال) than «like».
_CLITIC_LETTERS = {"و", "ف", "ب", "ل"}


def _function_words(cls: str) -> frozenset[str]:
    """One class of ``lexicons/quote_function_words.tsv``, normalised."""
    return _normed({r["word"] for r in table("quote_function_words") if r["class"] == cls})


_STATEMENT_LINKS = _function_words("statement_link")
_SUBJECT_PARTICLES = _function_words("subject_particle")
_PRONOUN_PARTICLES = _function_words("pronoun_particle")
_KANA = _function_words("kana")
_MASDAR_PREPS = _function_words("masdar_prep")
_OBJECT_PREPS = _function_words("object_prep")
_DEFINITE = ("ال", "لل", "بال", "وال", "فال", "كال")
_WHEN = _function_words("when")
_RELATIVES = _function_words("relative")
_TOPIC = _function_words("topic")
_MAX_NP = 8
_TITLE_PREPS = _function_words("title_prep")
_PRONOUN_PREPS = _function_words("pronoun_prep")
_HONORIFICS = _function_words("honorific")
_CLAUSE_BREAK = _function_words("clause_break")
_CLAUSE_OPENERS = _function_words("clause_opener")
_SPEECH_OPENERS = _function_words("speech_opener")
_TITLE_ADJECTIVES = _function_words("title_adjective")
_NEGATIONS = _function_words("negation")
_ORG_REFERENCE_HEADS = _function_words("org_reference_head")
_WHAT = _function_words("what")
_PAPER_NOUNS = _function_words("paper_noun")


@dataclass(slots=True)
class _Cue:
    ti: int  # first token of the cue
    tj: int  # first token after the cue
    form: str  # the cue as written
    info: CueInfo | None  # None for an attribution phrase
    sent: int
    np: tuple[int, int] | None = None
    speaker: Speaker | None = None
    comp: int | None = None  # first token of the reported content
    comp_kind: str | None = None  # that | colon | after (attribution before its clause)
    pronoun: bool = False  # «على حد قوله»
    embedded: bool = False  # subject inside a prepositional phrase: an embedded clause


@dataclass(slots=True)
class _Para:
    index: int
    text: str
    toks: list[Tok]
    spans: list[MarkSpan]
    sents: list[tuple[int, int]]
    tok_sent: list[int]
    tok_span: list[int]  # index of the mark span a token lies inside (marks included), or -1
    open_tok: dict[int, int] = field(default_factory=dict)  # span -> token index of its opener
    close_tok: dict[int, int] = field(default_factory=dict)


@dataclass(slots=True)
class _Record:
    """Something a nominal reference can point back to: «صحيفة «X»» → (صحيفة, X)."""

    p: int
    pos: int
    head: str
    name: str
    entity_id: str | None


def _cue_gender(key: str, info: CueInfo | None) -> str:
    """m/f from a cue's agreement: «قالت»، «تقول»، «مشيرة» are feminine, «قال»، «يقول»،
    «مشيراً» masculine; "" when unknown (attributions, nouns, plurals)."""
    if info is None:
        return ""
    k = _strip_wf(key)
    for suf in ("هما", "هم", "ها", "ه"):
        if k.endswith(suf) and len(k) - len(suf) >= 3:
            k = k[: -len(suf)]
            break
    lemma = info.lemma
    if info.kind == "participle":
        return "f" if k.endswith("ة") else "m"
    if info.kind != "verb" or k.endswith(("وا", "ون", "ن", "تا")):
        return ""  # plurals and duals («قالوا»، «يقولون»، «قالتا») tell no gender
    if k.endswith("ت") and not lemma.endswith("ت"):
        return "f"
    if k.startswith("ت") and not lemma.startswith("ت"):
        return "f"
    return "m"


def _bare(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 3 else w


def _word_start(paragraphs: list[str], p: int, start: int) -> int:
    """Where the word holding a mention starts, when the mention begins inside it after
    letters that are not a proclitic chain: NER output such as «وفي عنان» for «كوفي عنان»
    (a name's first letter taken for the preposition ك) is given its letter back."""
    if not 0 <= p < len(paragraphs):
        return start
    text = paragraphs[p]
    ws = start
    while ws > 0 and ws <= len(text) and text[ws - 1].isalpha():
        ws -= 1
    prefix = text[ws:start]
    if not prefix or (len(prefix) <= 2 and all(ch in _CLITIC_LETTERS for ch in prefix)):
        return start
    if prefix.endswith("ال") and all(ch in _CLITIC_LETTERS for ch in prefix[:-2]):
        return start
    return ws


def _repaired(e: Entity, paragraphs: list[str]) -> Entity:
    """A copy of an entity whose canonical name was taken from a clipped mention."""
    for m in e.mentions:
        if m.text != e.name or not 0 <= m.paragraph < len(paragraphs):
            continue
        ws = _word_start(paragraphs, m.paragraph, m.start)
        if ws < m.start:
            return replace(e, name=paragraphs[m.paragraph][ws : m.end])
    return e


def _descriptor_links(article: Article) -> dict[str, str]:
    """«الشيخ خالد الايرلندي» after «القيادي الاصولي الايرلندي خالد كيلي»: a person named by
    a first name and a definite descriptor is the earlier person with that first name whose
    mention the same descriptor introduced. Returns entity id -> id of the person it is."""
    persons = [e for e in article.entities if e.type in {"PERS", "PER"}]
    out: dict[str, str] = {}
    for e2 in persons:
        w2 = norm(e2.name).split()
        # the article read on the written names: «محمد إلياس» has no descriptor
        if len(w2) != 2 or not is_definite(e2.name.split()[1], proclitics=False):
            continue
        for e1 in persons:
            w1 = norm(e1.name).split()
            if e1 is e2 or len(w1) < 2 or w1[0] != w2[0]:
                continue
            if is_definite(e1.name.split()[1], proclitics=False):
                continue
            for m in e1.mentions:
                if not 0 <= m.paragraph < len(article.paragraphs):
                    continue
                before = norm(article.paragraphs[m.paragraph][: m.start]).split()[-4:]
                if w2[1] in before:
                    out[e2.id] = e1.id
                    break
            if e2.id in out:
                break
    return out


def _epithet(e: Entity) -> bool:
    """A one-word definite «person» (القيصر، المضيفة) is an epithet or a role noun the NER
    took for a name: it is resolved like a nominal reference, not trusted as an entity."""
    words = e.name.split()
    return (
        e.type in {"PERS", "PER"}
        and len(words) == 1
        and is_definite(words[0], proclitics=False)  # «ألونسو» only folds to «ال…»
    )


def _conj(key: str, lex: QuoteLexicon) -> bool:
    """«وأضاف»: a cue with a conjunction glued (a new clause), not «وجه» (a verb with و)."""
    return key not in lex.cues and len(key) > 2 and key[0] in "وف" and key[1:] in lex.cues


def _strip_wf(k: str) -> str:
    return k[1:] if len(k) > 2 and k[0] in "وف" else k


def _strip_l(k: str) -> str:
    return k[1:] if len(k) > 2 and k[0] == "ل" else k


def _is_l(toks: list[Tok], i: int) -> bool:
    return 0 <= i < len(toks) and toks[i].key == "ل"


def _first_word_key(s: str) -> str | None:
    for t in tokenize(s):
        if t.word:
            return t.key
    return None


def _contains(hay: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(hay[i : i + n] == needle for i in range(len(hay) - n + 1))


def _dedupe(qs: list[Quote]) -> list[Quote]:
    seen: set[tuple[int, int, int]] = set()
    out: list[Quote] = []
    for q in qs:
        key = (q.paragraph, q.start, q.end)
        if key in seen:
            continue
        seen.add(key)
        out.append(q)
    return out

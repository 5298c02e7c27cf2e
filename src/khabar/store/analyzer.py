"""The Arabic search analyser: the same terms for SQLite FTS5 and PostgreSQL tsvector.

Default full-text tokenisers fail Arabic in two ways: they keep spelling variation apart
(diacritics, tatweel, أ/إ/آ/ا, ى/ي, ة/ه, Arabic-Indic digits) and they treat a word glued to a
clitic («والرئيس», «للرئيس», «زيارته», «لبوتين») as a different word. Stemmers fix the second
problem by cutting letters off every word, which breaks names and ordinary words
(«فلاديمير» → «لاديمير», «وادي» → «ادي» = «أدى»). This analyser does neither:

* every token is normalised (:func:`normalise_token`);
* at **index** time a token is stored with all of its *plausible* clitic-free readings
  (:func:`index_forms`): proclitics و ف ب ل ك and the article ال (with the short
  forms لل, بال, وال …), and the pronoun enclitics ه ها هم هما هن نا كم (a stem left in ت
  also gets its ة form back: «زيارته» → «زيارة»). Readings shorter than three letters (two
  after the article) are not produced, and words listed in ``lexicons/clitic_protected.tsv``
  («لبنان», «فلاديمير», «وزير» …) keep their first letter;
* at **query** time a word matches only itself and, when it carries the article, its bare
  form (:func:`query_forms`). The query is never stemmed, so a rare reading produced at index
  time can only match when someone searches for exactly that string.

Both backends store the forms computed here in Python (an FTS5 column, a 'simple'
tsvector), so they match the same articles. The module is pure: no I/O except reading the
protected-word table once.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import chain
from operator import mul

# -- normalisation -------------------------------------------------------------------------

# Marks (harakat, shadda, sukun, Quranic annotation signs, superscript alef), tatweel and
# zero-width joiners carry no meaning for search.
_REMOVE = [
    *range(0x0610, 0x061B),
    *range(0x064B, 0x0660),
    0x0670,
    *range(0x06D6, 0x06EE),
    0x0640,  # tatweel
    0x200C,  # zero-width non-joiner, joiner, direction marks, soft hyphen
    0x200D,
    0x200E,
    0x200F,
    0x00AD,
]
_FOLD = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ی": "ي",  # Persian yeh
    "ې": "ي",
    "ک": "ك",  # Persian keheh
    "ؤ": "ء",  # مسؤول / مسئول: writers disagree on the seat of hamza
    "ئ": "ء",
    "ۀ": "ه",
}
_TABLE: dict[int, str | None] = {c: None for c in _REMOVE}
_TABLE.update({ord(k): v for k, v in _FOLD.items()})
for _i in range(10):
    _TABLE[0x0660 + _i] = str(_i)  # Arabic-Indic digits
    _TABLE[0x06F0 + _i] = str(_i)  # Extended (Persian) digits

_REMOVE_RE = re.compile("[" + re.escape("".join(map(chr, _REMOVE))) + "]")
_FOLD_ITEMS = tuple(_FOLD.items())
_DIGIT_RE = re.compile("[\u0660-\u0669\u06f0-\u06f9]")


def _translate(text: str) -> str:
    """``text.translate(_TABLE)``, ~3× faster on Arabic text: ``str.translate`` with a dict
    looks every non-ASCII character up one by one, while a regex scan and a few ``replace``
    calls run in C over the whole string. Equal by construction: no fold produces a key or
    a removed character (a hypothesis test checks it)."""
    if _REMOVE_RE.search(text):
        text = _REMOVE_RE.sub("", text)
    for k, v in _FOLD_ITEMS:
        if k in text:
            text = text.replace(k, v)
    if _DIGIT_RE.search(text):
        text = text.translate(_TABLE)
    return text


# A token in ORIGINAL text: letters and digits plus everything _REMOVE deletes (marks,
# joiners, direction marks, soft hyphens), since those sit inside words: Python's \w
# excludes combining marks, which would split «مُحَمَّد».
TOKEN_RE = re.compile(
    r"(?:[^\W_]|[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u200C-\u200F\u00AD])+"
)
_WORD_RE = re.compile(r"[^\W_]+")
_ARABIC_RE = re.compile(r"[\u0620-\u064A]")

# Indefinite accusative «خطابًا»: the alef only carries the tanween, «خطاب» is the word. Only
# when the tanween is written: an undiacritised final alef («روسيا») is part of the word.
_TANWEEN_ALEF = re.compile("(?:\u064bا|ا\u064b)(?![^\\W_])")

MAX_FORM_LEN = 64  # longer "words" are junk (URLs, base64) and would bloat the index


def _lower(text: str) -> str:
    """Lower case without context: ``str.lower()`` writes a Greek capital sigma as final ς or
    medial σ depending on its neighbours (punctuation included), so the same word could
    analyse differently inside a longer text; folding ς to σ (as ``casefold`` does) makes
    every word's form depend on the word alone."""
    text = text.lower()
    return text.replace("ς", "σ") if "ς" in text else text


def normalise_token(token: str) -> str:
    """Letters folded, marks/tatweel removed, digits to ASCII, lower case; ة kept as ة.

    ة is folded to ه only in the final forms (:func:`fold`), because the clitic analysis needs
    to tell «رئيسة» (chairwoman) from «رئيسه» (his boss).
    """
    if "\u064b" in token:
        token = _TANWEEN_ALEF.sub("", token)
    return _lower(unicodedata.normalize("NFKC", token).translate(_TABLE))


def fold(form: str) -> str:
    return form.replace("ة", "ه")


def normalise(text: str) -> str:
    """A whole string normalised for comparison (names, filters): tokens joined by spaces."""
    return " ".join(fold(w) for w in _WORD_RE.findall(normalise_token(text)))


# -- clitics -------------------------------------------------------------------------------

# Proclitic strings with the shortest remainder they may leave. The article forms may leave
# two letters («الأب» → «اب»); a bare one-letter conjunction or preposition needs three, so
# «وصل», «بحث», «ولد» are never cut.
_ARTICLE_PREFIXES = (
    "وبال",
    "فبال",
    "وكال",
    "فكال",
    "ولل",
    "فلل",
    "وال",
    "فال",
    "بال",
    "كال",
    "لل",
    "ال",
)
_PLAIN_PREFIXES = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
_PREFIXES: tuple[tuple[str, int], ...] = tuple(
    [(p, 2) for p in _ARTICLE_PREFIXES] + [(p, 3) for p in _PLAIN_PREFIXES]
)
# Pronoun enclitics, longest first. ي and ك are left out on purpose: they collide with the
# nisba adjective («روسي» is not «روس» + my) and with stems ending in ك far more often than
# news text uses first- or second-person possessives.
_ENCLITICS = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")
_MIN_STEM = 3


@cache
def protected_words() -> frozenset[str]:
    """Words whose first letter is part of the word although it looks like a proclitic."""
    from ..lexicons import column

    return frozenset(normalise_token(w) for w in column("clitic_protected", "word"))


def _strip_enclitic(core: str) -> list[str]:
    for enc in _ENCLITICS:
        if core.endswith(enc) and len(core) - len(enc) >= _MIN_STEM:
            stem = core[: -len(enc)]
            out = [stem]
            if stem.endswith("ت"):
                out.append(stem[:-1] + "ة")  # زيارت+ه → زيارة
            return out
    return []


@lru_cache(maxsize=262144)
def index_forms(token: str) -> tuple[str, ...]:
    """Every form a normalised token is indexed under: itself first, then clitic-free readings."""
    if not token or len(token) > MAX_FORM_LEN:
        return ()
    if not _ARABIC_RE.search(token):
        return (token,)
    protected = protected_words()
    cores = [token]
    if token not in protected:
        for pre, minlen in _PREFIXES:
            if token.startswith(pre) and len(token) - len(pre) >= minlen:
                cores.append(token[len(pre) :])
    forms: list[str] = []
    for core in cores:
        forms.append(core)
        if core not in protected:
            forms.extend(_strip_enclitic(core))
    # A protected word inside a longer token («للبنان» → «لبنان») vetoes the shorter readings
    # cut out of it («بنان»).
    kept = [f for f in forms if f in protected]
    if kept:
        forms = [f for f in forms if not any(p != f and p.endswith(f) for p in kept)]
    out: list[str] = []
    for f in forms:
        f = fold(f)
        if f not in out:
            out.append(f)
    return tuple(out)


@lru_cache(maxsize=65536)
def query_forms(token: str) -> tuple[str, ...]:
    """Forms a normalised query word matches: itself, and its bare form when it has ال."""
    if not token or len(token) > MAX_FORM_LEN:
        return ()
    forms = [token]
    protected = protected_words()
    if _ARABIC_RE.search(token) and token not in protected:
        inner = [token[k:] for k in (1, 2) if token[k:] in protected]
        if inner:
            forms.append(inner[0])  # «للبنان» → «لبنان», never «بنان»
        else:
            for pre in _ARTICLE_PREFIXES:
                if token.startswith(pre) and len(token) - len(pre) >= 2:
                    forms.append(token[len(pre) :])
                    if pre.endswith("لل"):
                        # ل + ال + a word starting with ل: «للاجئين» = ل + «اللاجئين».
                        forms.append("ل" + token[len(pre) :])
                    break
    out: list[str] = []
    for f in forms:
        f = fold(f)
        if f not in out:
            out.append(f)
    return tuple(out)


# -- documents -----------------------------------------------------------------------------


@dataclass(slots=True, frozen=True)
class Token:
    """A word of the original text: ``text[start:end]`` and its normalised form."""

    start: int
    end: int
    norm: str


def tokens(text: str) -> Iterator[Token]:
    """Words of ``text`` with offsets into the original string (for highlighting)."""
    for m in TOKEN_RE.finditer(text):
        norm = normalise_token(m.group())
        parts = _WORD_RE.findall(norm)
        # NFKC can expand a ligature into several words; all share the original span.
        for part in parts:
            yield Token(m.start(), m.end(), part)


def words(text: str) -> list[str]:
    """Normalised words of ``text`` (no offsets): one pass over the whole string, the fast path
    for indexing; gives the same words as :func:`tokens`."""
    # Word-character runs of the ORIGINAL text first, as tokens() sees them, so characters
    # that only become letters under NFKC («⒜») are treated the same way by both.
    if "\u064b" in text:
        text = _TANWEEN_ALEF.sub("", text)
    if not unicodedata.is_normalized("NFKC", text):  # the common case skips both passes
        text = unicodedata.normalize("NFKC", " ".join(TOKEN_RE.findall(text)))
    return _WORD_RE.findall(_lower(_translate(text)))


def analyse(text: str | list[str]) -> list[tuple[str, ...]]:
    """For each word of ``text`` (or of an already split word list), its index forms."""
    ws = words(text) if isinstance(text, str) else text
    return [f for w in ws if (f := index_forms(w))]


def index_terms(text: str) -> str:
    """The space-separated terms stored in the full-text column for ``text``."""
    return " ".join(f for forms in analyse(text) for f in forms)


_JOINED: dict[str, str] = {}


def index_text(ws: list[str]) -> str:
    """``index_terms`` for already split words, the ingest fast path: one dict look-up per word.

    Each distinct word's forms are joined once and cached, so an article costs one ``join``
    instead of a cached-function call and a tuple walk per word. A word without forms maps to
    "" (two spaces in a row): the FTS tokeniser skips it, so the indexed terms are identical.
    """
    cache = _JOINED
    if len(cache) > 500_000:  # bounded: memory stays flat on long ingests
        cache.clear()
    for w in set(ws).difference(cache):
        cache[w] = " ".join(index_forms(w))
    return " ".join(map(cache.__getitem__, ws))


# Raw whitespace-separated token -> its index-text fragment, and -> the CRC-32 of each of its
# folded words (for MinHash). News text repeats a small vocabulary, so the normalisation,
# clitic analysis and hashing of a token are done once and every later occurrence is a dict
# look-up done in C (``map``).
_FRAGMENTS: dict[str, str] = {}
_HASHES: dict[str, tuple[int, ...]] = {}
_FRAGMENTS_MAX = 400_000  # bounded: memory stays flat on long ingests


def index_analysis(text: str, with_hashes: bool = True) -> tuple[str, list[int]]:
    """(``index_text(words(text))``, the CRC-32 of each folded word), the ingest fast path.

    The text is split on whitespace and each distinct raw token is analysed once, then
    cached. This is exact, not an approximation: every step of :func:`words` is local to a
    whitespace-delimited token (NFKC never composes across a space, the tanween rule looks
    one character ahead, lower-casing has no context: :func:`_lower`), so the words of a text
    are the words of its tokens in order (a hypothesis test checks it).
    """
    frags, hashes = _FRAGMENTS, _HASHES
    toks = text.split()
    missing = set(toks).difference(frags)
    if missing:
        if len(frags) + len(missing) > _FRAGMENTS_MAX:
            frags.clear()
            hashes.clear()
        for t in missing:
            ws = words(t)
            frags[t] = " ".join(f for w in ws for f in index_forms(w))
            hashes[t] = tuple(zlib.crc32(fold(w).encode("utf-8")) for w in ws)
    joined = " ".join(map(frags.__getitem__, toks))
    if not with_hashes:
        return joined, []
    return joined, list(chain.from_iterable(map(hashes.__getitem__, toks)))


# Raw token -> the forms it is indexed under (its fragment, split), and the inverse: form ->
# {raw token: how many times that token yields the form}. For counting a few forms in stored
# texts (search re-scoring, impact lists) without rebuilding the index text.
_TOKEN_FORMS: dict[str, tuple[str, ...]] = {}
_FORM_TOKENS: dict[str, dict[str, int]] = {}


def _token_forms(tokens: Iterable[str]) -> None:
    tf, inv = _TOKEN_FORMS, _FORM_TOKENS
    missing = set(tokens).difference(tf)  # iterates the small side, not the cache
    if not missing:
        return
    if len(tf) + len(missing) > _FRAGMENTS_MAX:
        tf.clear()
        inv.clear()
    for tok in missing:
        forms = tuple(f for w in words(tok) for f in index_forms(w))
        tf[tok] = forms
        for f in forms:
            d = inv.setdefault(f, {})
            d[tok] = d.get(tok, 0) + 1


def token_forms(tokens: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The forms each raw token is indexed under (cached)."""
    tokens = list(tokens)
    _token_forms(tokens)
    return {t: _TOKEN_FORMS[t] for t in tokens}


def token_counts(texts: Iterable[str]) -> Counter[str]:
    """Raw whitespace tokens of ``texts`` with their counts (their forms are cached)."""
    cnt = Counter(" ".join(texts).split())
    _token_forms(cnt)
    return cnt


def form_counts(cnt: Counter[str], forms: Iterable[str]) -> tuple[dict[str, int], int]:
    """How many times each of ``forms`` is indexed for tokens ``cnt`` (from
    :func:`token_counts`), and how many index terms they make in all: exactly what FTS5
    counts in the column holding ``index_analysis`` of the same texts."""
    total = term_total(cnt)
    out = {}
    keys = cnt.keys()
    for f in forms:
        inv = _FORM_TOKENS.get(f)
        out[f] = sum(cnt[t] * inv[t] for t in inv.keys() & keys) if inv else 0
    return out, total


def term_total(cnt: Counter[str]) -> int:
    """How many index terms tokens ``cnt`` make (FTS5's column size)."""
    return sum(map(mul, cnt.values(), map(len, map(_TOKEN_FORMS.__getitem__, cnt))))


def token_form_ids(cnt: Counter[str], ids: dict[str, int]) -> tuple[list[int], list[int]]:
    """(form id, count) of every form in ``ids`` that tokens ``cnt`` are indexed under."""
    fids: list[int] = []
    ns: list[int] = []
    tf = _TOKEN_FORMS
    get = ids.get
    for tok, n in cnt.items():
        for f in tf[tok]:
            i = get(f)
            if i is not None:
                fids.append(i)
                ns.append(n)
    return fids, ns


def shingle_words(text: str | list[str]) -> list[str]:
    """Normalised, folded words for near-duplicate shingling."""
    ws = words(text) if isinstance(text, str) else text
    # One replace over the joined words instead of one call per word (hot in ingest).
    return "\x1f".join(ws).replace("ة", "ه").split("\x1f") if ws else []


# -- queries -------------------------------------------------------------------------------


@dataclass(slots=True, frozen=True)
class Term:
    """One query word: a document word matches when it is indexed under any of ``forms``."""

    text: str
    forms: tuple[str, ...]


@dataclass(slots=True)
class Clause:
    """Alternatives (joined by OR); each alternative is a word or a phrase (a word sequence)."""

    alternatives: list[tuple[Term, ...]] = field(default_factory=list)


@dataclass(slots=True)
class Query:
    must: list[Clause] = field(default_factory=list)
    must_not: list[Clause] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.must

    def terms(self) -> list[Term]:
        return [t for c in self.must for alt in c.alternatives for t in alt]

    def has_phrase(self) -> bool:
        return any(len(a) > 1 for c in (*self.must, *self.must_not) for a in c.alternatives)


_QUERY_PART = re.compile(r'(-?)"([^"]*)(?:"|$)|(\S+)')


def _terms_of(text: str) -> tuple[Term, ...]:
    out = []
    for t in tokens(text):
        forms = query_forms(t.norm)
        if forms:
            out.append(Term(t.norm, forms))
    return tuple(out)


def parse_query(q: str) -> Query:
    """A user query into clauses. Never fails: syntax it does not know is read as words.

    ``"..."`` is a phrase (an unclosed quote runs to the end), ``-word`` / ``-"..."`` excludes,
    ``OR`` between two items makes them alternatives; ``*``, parentheses and other punctuation
    are ignored.
    """
    query = Query()
    pending_or = False
    for m in _QUERY_PART.finditer(q.replace("\u201c", '"').replace("\u201d", '"')):
        neg_phrase, phrase, word = m.group(1), m.group(2), m.group(3)
        if word is not None and word == "OR":
            pending_or = bool(query.must)
            continue
        negative = bool(neg_phrase) or (word is not None and word.startswith("-") and len(word) > 1)
        text = phrase if phrase is not None else word.lstrip("-") if negative else word
        terms = _terms_of(text or "")
        if not terms:
            continue
        if phrase is not None:
            alts: list[tuple[Term, ...]] = [terms]
        else:
            # Punctuation inside a "word" («بوتين-ترامب») splits it into separate words.
            alts = [(t,) for t in terms]
        if negative:
            query.must_not.extend(Clause([a]) for a in alts)
            pending_or = False
            continue
        if pending_or and query.must:
            query.must[-1].alternatives.append(alts[0])
            alts = alts[1:]
        pending_or = False
        query.must.extend(Clause([a]) for a in alts)
    return query


def _boolean(query: Query, quote: str, and_: str, or_: str, not_: str) -> str | None:
    """The query as a boolean expression over analysed forms, in one engine's syntax."""

    def term(t: Term) -> str:
        return "(" + or_.join(f"{quote}{f}{quote}" for f in t.forms) + ")"

    def alt(a: tuple[Term, ...]) -> str:
        return "(" + and_.join(term(t) for t in a) + ")"

    if query.empty:
        return None
    expr = and_.join("(" + or_.join(alt(a) for a in c.alternatives) + ")" for c in query.must)
    for c in query.must_not:
        singles = [a for a in c.alternatives if len(a) == 1]
        if len(singles) == len(c.alternatives):
            expr += not_ + "(" + or_.join(alt(a) for a in singles) + ")"
    return expr


def fts5_match(query: Query) -> str | None:
    """The FTS5 MATCH expression; every term double-quoted so no user text is syntax.

    Phrases become AND of their words here; adjacency is checked afterwards in Python
    (:func:`phrase_present`) so that SQLite and PostgreSQL decide it the same way.
    """
    return _boolean(query, '"', " AND ", " OR ", " NOT ")


def tsquery(query: Query) -> str | None:
    """The PostgreSQL tsquery literal equivalent of :func:`fts5_match`."""
    return _boolean(query, "'", " & ", " | ", " & !")


# -- matching in original text (phrases, snippets) -----------------------------------------


def _matches(tok_forms: tuple[str, ...], term: Term) -> bool:
    return any(f in tok_forms for f in term.forms)


def _seq_at(forms: list[tuple[str, ...]], i: int, seq: tuple[Term, ...]) -> bool:
    return i + len(seq) <= len(forms) and all(_matches(forms[i + k], t) for k, t in enumerate(seq))


def _alt_present(forms: list[tuple[str, ...]], seq: tuple[Term, ...]) -> bool:
    return any(_seq_at(forms, i, seq) for i in range(len(forms)))


def query_satisfied(query: Query, texts: list[str]) -> bool:
    """Whether the texts (headline, deck, paragraphs) satisfy ``query`` with exact phrases.

    The full-text engine has already matched the words; this checks word order for phrases
    (each text separately: a phrase never spans two paragraphs).
    """
    analysed = [[index_forms(w) for w in words(x)] for x in texts if x]

    def present(seq: tuple[Term, ...]) -> bool:
        return any(_alt_present(forms, seq) for forms in analysed)

    if not all(any(present(a) for a in c.alternatives) for c in query.must):
        return False
    return not any(any(present(a) for a in c.alternatives) for c in query.must_not)


def highlight_spans(query: Query, text: str) -> list[tuple[int, int]]:
    """Character spans of ``text`` (original, unnormalised) that match the query's words."""
    phrases = [a for c in query.must for a in c.alternatives if len(a) > 1]
    toks = list(tokens(text))
    forms = [index_forms(t.norm) for t in toks]
    hit = [False] * len(toks)
    for i, f in enumerate(forms):
        if any(
            _matches(f, t) for c in query.must for a in c.alternatives if len(a) == 1 for t in a
        ):
            hit[i] = True
    for seq in phrases:
        for i in range(len(toks)):
            if _seq_at(forms, i, seq):
                for k in range(len(seq)):
                    hit[i + k] = True
    spans: list[tuple[int, int]] = []
    for t, h in zip(toks, hit, strict=True):
        if not h:
            continue
        if spans and spans[-1][1] >= t.start:
            spans[-1] = (spans[-1][0], max(spans[-1][1], t.end))
        else:
            spans.append((t.start, t.end))
    return spans


def snippet(
    query: Query,
    texts: list[str],
    *,
    width: int = 200,
    mark: tuple[str, str] = ("<mark>", "</mark>"),
) -> str:
    """A window of the best-matching text with the matched words marked, in ORIGINAL text."""
    terms = query.terms()
    best: tuple[int, str] | None = None
    for text in texts:
        if not text:
            continue
        # Choose the text on normalised words (cheap); compute offsets only for the winner.
        forms = {f for w in words(text) for f in index_forms(w)}
        score = sum(1 for t in terms if any(f in forms for f in t.forms))
        if best is None or score > best[0]:
            best = (score, text)
    if best is None:
        return ""
    text = best[1]
    spans = highlight_spans(query, text)
    if not spans:
        out = text[:width]
        return out + ("…" if len(text) > width else "")
    first = spans[0][0]
    lo = max(0, first - width // 3)
    if lo > 0:
        # Start at a word boundary so the snippet does not open mid-word.
        sp = text.rfind(" ", 0, lo)
        lo = sp + 1 if sp >= 0 and lo - sp < 30 else lo
    hi = min(len(text), lo + width)
    if hi < len(text):
        sp = text.find(" ", hi)
        hi = sp if 0 <= sp < hi + 30 else hi
    parts = ["…" if lo > 0 else ""]
    pos = lo
    for s, e in spans:
        if e <= lo or s >= hi:
            continue
        s, e = max(s, lo), min(e, hi)
        parts.append(text[pos:s])
        parts.append(mark[0] + text[s:e] + mark[1])
        pos = e
    parts.append(text[pos:hi])
    if hi < len(text):
        parts.append("…")
    return "".join(parts)

"""The ``entities`` enrichment step: tag every paragraph, then resolve mentions within the article.

1. **Tag**: the shipped CRF (:mod:`khabar.ner`) over each paragraph, sentence by sentence, with
   the document window spanning the whole article.
2. **Clean**: drop agency credits, section names, months and weekdays (lexicon tables).
3. **Clitics**: ANERcorp-style tags include proclitics («لبوتين» is tagged). A mention covers
   only the name part when a proclitic can be split off safely: ``paragraphs[p][start:end]`` is
   «بوتين» for «لبوتين». Safe means the bare form occurs elsewhere in the article (or the split
   leaves an «ال» word: «والكرملين» → «الكرملين»). For «لل» (ل + ال with the alef dropped) the
   mention keeps the whole token, as the name is not written inside it.
4. **Titles**: the role phrase right before a person («مساعد الرئيس الروسي») becomes one of the
   person's ``titles``; a bare title later in the article («وسبق للرئيس الروسي أن…») becomes a
   mention of the person it introduced, when that title introduced exactly one person.
5. **Merge**: same normalised name → one entity; a shorter person name that ends or starts a
   longer one («بوتين», «فلاديمير بوتين») joins it (the most recently mentioned one when several
   fit: «كيم» after «كيم جونغ أون»); a shorter organisation that ends a longer one («الخارجية
   الروسية» in «وزارة الخارجية الروسية») joins it; nationality adjectives in titles add nothing,
   but a nationality adjective naming a party («الطرفان الروسي والكوري الشمالي») is tied to its
   country when the article names that country.

``name`` is the longest form without clitics, ``aliases`` the other forms seen.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .. import lexicons
from ..model import Article, CaptionMention, Entity, Mention
from ..ner.features import own_waw
from ..text.clitics import candidates, is_definite
from ..text.normalize import normalize
from ..text.sentences import split_sentences
from ..text.tokenize import Token, tokenize
from .base import EnrichContext, register


@lru_cache(maxsize=100_000)
def _n(s: str) -> str:
    return normalize(s)


@cache
def _stop() -> frozenset[str]:
    # Section names are not stopped: many are places («روسيا», «الصين»); they never reach
    # paragraphs anyway. Agencies are stopped only as credits (see _is_credit).
    return frozenset(_n(w) for w in lexicons.column("entity_stoplist", "text"))


@cache
def _agencies() -> frozenset[str]:
    return frozenset(_n(r["spelling"]) for r in lexicons.table("agencies"))


@cache
def _org_heads() -> tuple[dict[str, int], frozenset[str]]:
    heads: dict[str, int] = {}
    stops: set[str] = set()
    for r in lexicons.table("org_heads"):
        if r["kind"] == "head":
            heads[_n(r["word"])] = int(r.get("max_words") or 3)
        else:
            stops.add(_n(r["word"]))
    return heads, frozenset(stops)


@cache
def _nat_words() -> frozenset[str]:
    """Nationality adjectives with and without the article, as single normalised words."""
    out: set[str] = set()
    for key in _nationalities():
        for w in key:
            out.add(w)
            if w.startswith("ال"):
                out.add(w[2:])
    for w in list(out):
        if w.endswith("يه"):
            out.add(w[:-1])  # «كورية» → «كوري» both ways
        elif w.endswith("ي"):
            out.add(w + "ه")
    return frozenset(out)


@cache
def _gaz_words() -> frozenset[str]:
    """Single words of the place gazetteer: the clitic-stripping oracle («وسيول» → «سيول»).
    The words of places_extra.tsv's longer names are left out: «رام الله», «بيت لحم», «دير
    الزور» would make «الله», «بيت», «دير» place words."""
    cldr = (_n(r["name"]) for r in lexicons.table("gazetteer_cldr") if len(r["name"]) > 2)
    extra = (_n(r["name"]) for r in lexicons.table("places_extra") if " " not in r["name"])
    return frozenset(w for name in (*cldr, *extra) for w in name.split())


@cache
def _titles() -> dict[tuple[str, ...], bool]:
    return {
        tuple(_n(r["title"]).split()): r.get("takes_portfolio") == "1"
        for r in lexicons.table("titles")
    }


@lru_cache(maxsize=10_000)
def _place_nisba(word: str) -> bool:
    """A nisba adjective of a gazetteer place, listed or not: «الكولومبي» (كولومبيا),
    «البرازيلي» (البرازيل), «الأرجنتيني» (الأرجنتين), «المصري» (مصر). ``word`` normalised."""
    if word in _nat_words():
        return True
    if not (word.startswith("ال") and word.endswith("ي") and len(word) > 5):
        return False
    base = word[2:-1]
    gaz = _gazetteer()
    return any(f in gaz for f in (base, "ال" + base, base + "يا", base + "ا", "ال" + base + "يا"))


def _lowercase_latin(text: str) -> bool:
    """Latin letters, no Arabic letter and no capitalised word: «news sites», «summary»."""
    if not any("a" <= c.lower() <= "z" for c in text) or any(
        "\u0600" <= c <= "\u06ff" for c in text
    ):
        return False
    return not any(w[:1].isupper() or w[:1].isdigit() for w in text.split())


@cache
def _place_heads() -> frozenset[str]:
    return frozenset(_n(w) for w in lexicons.column("place_heads"))


@cache
def _nationalities() -> dict[tuple[str, ...], str]:
    return {
        tuple(_n(r["adjective"]).split()): r["country"] for r in lexicons.table("nationalities")
    }


# «عبد العاطي» and «عبدالعاطي», «أبو مازن» and «أبومازن» are one name written two ways
_COMPOUND_HEADS = ("عبد", "ابو", "ابي", "ابا")


@cache
def _name_particles(kind: str) -> dict[str, str]:
    """name_particles.tsv rows of one kind: normalised word → normalised canonical form."""
    return {
        _n(r["word"]): _n(r.get("canonical") or r["word"])
        for r in lexicons.table("name_particles")
        if r["kind"] == kind
    }


def _kunya() -> dict[str, str]:
    return _name_particles("kunya")


def _nasab() -> dict[str, str]:
    return _name_particles("nasab")


@cache
def _loose_letters() -> dict[int, str]:
    """transliteration_letters.tsv as a str.translate table."""
    return str.maketrans({r["letter"]: r["as"] for r in lexicons.table("transliteration_letters")})


def _join_compounds(words: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    for w in words:
        if out and out[-1] in _COMPOUND_HEADS:
            # «أبي بكر», «أبا بكر» are «أبو بكر» by case: a kunya keys the same in every case
            out[-1] = _kunya().get(out[-1], out[-1]) + w
        else:
            out.append(w)
    return tuple(out)


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(_n(w) for w in lexicons.column("stopwords_ar", "word"))


@cache
def _kinship() -> dict[str, str]:
    return {_n(r["word"]): r["kind"] for r in lexicons.table("kinship")}


@cache
def _party_nouns() -> frozenset[str]:
    return frozenset(_n(w) for w in lexicons.column("party_nouns", "noun"))


@cache
def _gazetteer() -> frozenset[str]:
    """Normalised place names: CLDR's, and the cities CLDR lacks (places_extra.tsv)."""
    return frozenset(
        _n(r["name"])
        for t in ("gazetteer_cldr", "places_extra")
        for r in lexicons.table(t)
        if len(r["name"]) > 2
    )


@cache
def _club_names() -> frozenset[str]:
    """First words of clubs named «club + city» (club_names.tsv), normalised."""
    return frozenset(_n(r["name"].split()[0]) for r in lexicons.table("club_names"))


@cache
def _extra_definite() -> frozenset[str]:
    """The one-word names of places_extra.tsv written with the article («الإسماعيلية»)."""
    return frozenset(
        _n(r["name"])
        for r in lexicons.table("places_extra")
        if " " not in r["name"] and r["name"].startswith("ال")
    )


@cache
def _official_names() -> dict[str, str]:
    """Normalised official name, short form or spelling variant of a country → the common
    (CLDR) name the entity takes (place_official_names.tsv, place_variants.tsv)."""
    return {
        _n(r["name"]): r["canonical"]
        for table in ("place_official_names", "place_variants")
        for r in lexicons.table(table)
        if _n(r["name"]) != _n(r["canonical"])
    }


@lru_cache(maxsize=8)
def _phrase_heads(gaz: frozenset[str]) -> tuple[frozenset[str], int]:
    """First words of a phrase table and its longest phrase (in words), for a quick skip."""
    return frozenset(p.split(" ", 1)[0] for p in gaz), max(
        (p.count(" ") + 1 for p in gaz), default=0
    )


def _after_definite(text: str, start: int) -> bool:
    """Whether the word right before ``start`` opens with «ال» (a title word, not a verb),
    and the title does not follow a verb that takes a person as object: in «استقبل الرئيس
    أردوغان بوتين» the two names are the verb's subject and object."""
    before = text[:start].split()
    if not before or not is_definite(before[-1], proclitics=False):
        return False
    verbs = _meeting_verbs()
    for word in reversed(before[-8:]):
        n = _n(word)
        if n in verbs or (n[:1] in ("و", "ف") and n[1:] in verbs):
            return False  # before the «ال» test: «التقى» opens with «ال»
        if not is_definite(word, proclitics=False):
            break
    return True


def _place_nisba_like(word: str) -> bool:
    """A definite relative adjective by its written ending: «الكردستاني», «المائية»,
    «الجوفية»; not «المستشفى» (alef maqsura, which normalising would fold into «ي»)."""
    w = normalize(word, alef_maqsura=False, taa_marbuta=False)
    return w.startswith("ال") and len(w) > 5 and w.endswith(("ي", "ية", "يه"))


@cache
def _cue_words() -> frozenset[str]:
    """Reporting verbs and nouns of the quote cue table: never inside a role phrase."""
    return frozenset(_n(r["form"]) for r in lexicons.table("quote_cues"))


_LADA = normalize("لدى")


@lru_cache(maxsize=10_000)
def _skeleton(word: str) -> str:
    """A normalised word without the long vowels inside it and with the letters
    transliterations confuse folded: «فيرغسون», «فيرجسون» → «فرجسون»; «ستالمان», «ستولمان»."""
    w = word.translate(_loose_letters())
    if len(w) < 3:
        return w
    # first and last letters stay: «سليمان» and «سليماني» are two names
    return w[0] + "".join(ch for ch in w[1:-1] if ch not in "اوىي") + w[-1]


def _variant_word(x: str, y: str) -> bool:
    """Two spellings of one transliterated word («فيرغسون» / «فيرجسون»): the same skeleton,
    ≥ 4 letters, no «ال» («الخطيب» / «الخطابي» are two Arabic surnames), and not two listed
    given names («محمد» / «محمود», «سعيد» / «سعد» are different names)."""
    from ..ner.features import given_name

    if x == y or min(len(x), len(y)) < 4 or x.startswith("ال") or y.startswith("ال"):
        return False
    if _skeleton(x) != _skeleton(y):
        return False
    return not (given_name(x) == "gn" and given_name(y) == "gn")


def _spelling_variants(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two spellings of one foreign name: as many words, one at least the same, the others
    variants of each other («كرستيانو رونالدو» / «كريستيانو رونالدو»)."""
    if len(a) != len(b) or a == b or not any(x == y for x, y in zip(a, b, strict=True)):
        return False
    return all(x == y or _variant_word(x, y) for x, y in zip(a, b, strict=True))


@cache
def _title_modifiers() -> frozenset[str]:
    return frozenset(_n(w) for w in lexicons.column("title_modifiers", "word"))


@cache
def _motion_verbs() -> frozenset[str]:
    return frozenset(_n(w) for w in lexicons.column("motion_verbs", "word"))


@cache
def _meeting_verbs() -> frozenset[str]:
    return frozenset(_n(w) for w in lexicons.column("meeting_verbs", "word"))


@cache
def _ranks() -> frozenset[str]:
    return frozenset(_n(w) for w in lexicons.column("military_ranks", "word"))


def _split_rank(title: str | None) -> list[str | None]:
    """«قائد الناتو بأوروبا الجنرال» → the office and the rank, two titles."""
    if not title or " " not in title:
        return [title]
    office, _, last = title.rpartition(" ")
    return [office, last] if _n(last) in _ranks() else [title]


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(_n(w) for w in lexicons.column("honorifics", "word"))


@cache
def _ordinals() -> frozenset[tuple[str, ...]]:
    """Ordinals of number_words.tsv, masculine and feminine («الثاني», «الثانية», «السادس عشر»),
    as normalised word tuples: the regnal number of «عبد الله الثاني», «إليزابيث الثانية»."""
    return frozenset(
        tuple(_n(r["form"]).split())
        for r in lexicons.table("number_words")
        if r["kind"] in ("ordinal", "hour")
    )


@cache
def _paper_names() -> dict[str, str]:
    """Normalised spelling of a newspaper → its canonical name (newspapers.tsv)."""
    return {_n(r["spelling"]): r["canonical"] for r in lexicons.table("newspapers")}


@cache
def _official_set() -> frozenset[str]:
    return frozenset(_official_names())


@cache
def _media() -> frozenset[str]:
    """Newspapers and agencies as names in running text: every spelling of newspapers.tsv, and
    the agencies.tsv spellings that are Arabic words of ≥ 4 letters (no «أ.ف.ب»-type
    abbreviation, no Latin credit, not the generic «وكالات» nor «الشرق الأوسط», which is a
    region as often as a paper)."""
    papers = {_n(r["spelling"]) for r in lexicons.table("newspapers")}
    agencies = {
        _n(r["spelling"])
        for r in lexicons.table("agencies")
        if "." not in r["spelling"]
        and all(len(w) >= 2 for w in r["spelling"].split())
        and len(r["spelling"].replace(" ", "")) >= 4
        and not r["spelling"].isascii()
        and _n(r["spelling"]) not in {_n("وكالات"), _n("الشرق الأوسط")}
    }
    return frozenset(papers | agencies)


def _no_overlap(first: list[_Mention], extra: list[_Mention]) -> list[_Mention]:
    """``first`` plus those of ``extra`` that overlap nothing already kept (longest first)."""
    kept = list(first)
    spans: dict[int, list[tuple[int, int]]] = {}
    for m in kept:
        spans.setdefault(m.paragraph, []).append((m.start, m.end))
    for m in sorted(extra, key=lambda m: -(m.end - m.start)):
        taken = spans.setdefault(m.paragraph, [])
        if any(a < m.end and m.start < b for a, b in taken):
            continue
        taken.append((m.start, m.end))
        kept.append(m)
    return kept


@dataclass
class _Mention:
    paragraph: int
    start: int
    end: int
    text: str
    type: str
    key: tuple[str, ...]  # normalised tokens of the name
    tok_index: int = -1  # index of the first token in the paragraph's token list
    clitic: bool = False  # the written form carries a proclitic (لل…)
    bare: str = ""  # with clitic: the name as written without it («وللبوسنة» → «البوسنة»)
    order: int = 0
    generation: str = ""  # "junior"/"senior": a lone surname followed by «الابن» / «الأب»
    canonical: str = ""  # the common name of a place written in its official form


@dataclass(frozen=True)
class _Around:
    """What the title rules need to know of a mention's paragraph: where the article's
    organisation and place names start (→ their end), and where persons' names start."""

    names: dict[int, int] = field(default_factory=dict)
    persons: frozenset[int] = frozenset()


_NOTHING_AROUND = _Around()


@dataclass
class _Cluster:
    type: str
    mentions: list[_Mention] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    types: Counter = field(default_factory=Counter)

    @property
    def key(self) -> tuple[str, ...]:
        return max((m.key for m in self.mentions), key=len)


@lru_cache(maxsize=100_000)
@lru_cache(maxsize=50_000)
def _strip_forms(word: str) -> tuple[tuple[int, str], ...]:
    """Proclitic splits of ``word`` without a suffix: (offset of the stem, stem), longest first."""
    out = [
        (c.stem_start, c.stem)
        for c in candidates(word)
        if not c.suffix and c.stem and c.prefixes[-1:] != ("ال",)
    ]
    return tuple(sorted(out, key=lambda x: -x[0]))


class EntityStep:
    name = "entities"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("entities",)

    def __init__(self, tagger=None) -> None:  # type: ignore[no-untyped-def]
        self._tagger = tagger
        self._common: frozenset[str] | None = None

    @property
    def tagger(self):  # type: ignore[no-untyped-def]
        if self._tagger is None:
            from ..ner import get_tagger

            self._tagger = get_tagger()
        return self._tagger

    # -- 1. tag ---------------------------------------------------------------------------------
    def _tag(self, paragraphs: list[str]) -> tuple[list[list[Token]], list[_Mention]]:
        from ..ner.features import entity_spans

        para_toks: list[list[Token]] = []
        sents: list[tuple[int, int, list[Token]]] = []  # (paragraph, first token index, tokens)
        for p, text in enumerate(paragraphs):
            toks = tokenize(text or "")
            para_toks.append(toks)
            i = 0
            for _s0, s1 in split_sentences(text or ""):
                j = i
                while j < len(toks) and toks[j].start < s1:
                    j += 1
                if j > i:
                    sents.append((p, i, toks[i:j]))
                i = j
        all_tags = self.tagger.tag_sentences([[t.text for t in s] for _, _, s in sents])
        raw: list[_Mention] = []
        for (p, first, toks), tags in zip(sents, all_tags, strict=True):
            for a, b, typ in entity_spans(tags):
                start, end = toks[a].start, toks[b - 1].end
                raw.append(_Mention(p, start, end, paragraphs[p][start:end], typ, (), first + a))
        return para_toks, raw

    # -- 2b. more mentions: consistent continuations, organisation heads, places --------------
    def _extend_persons(
        self, paragraphs: list[str], para_toks: list[list[Token]], raw: list[_Mention]
    ) -> list[_Mention]:
        """«كيم جونغ» where the article also writes «كيم جونغ أون»: the tagger cut the name
        short; the longer name seen elsewhere completes it. A lone surname right after a
        listed given name (``lexicons/given_names.tsv``) takes it as its first name.

        Two wider extensions were measured and removed (eval/entity_mentions.py, ANERcorp dev,
        a model not trained on it): a lone surname taking *any* unseen word before it as a
        first name (PERS F1 −0.6; the given-name condition replaces it) and a name taking the
        word that always follows it (−1.5)."""
        from ..ner.features import given_name

        # a lone surname after a listed given name takes it: «سامح شكري» tagged «شكري»
        taken = {(m.paragraph, m.start) for m in raw}
        for m in raw:
            if m.type != "PERS" or " " in m.text.strip():
                continue
            toks = para_toks[m.paragraph]
            i = next((j for j, t in enumerate(toks) if t.start == m.start), None)
            if not i:
                continue
            prev = toks[i - 1]
            if (
                prev.end == m.start - 1
                and given_name(prev.text) == "gn"
                and (m.paragraph, prev.start) not in taken
            ):
                m.start = prev.start
                m.text = paragraphs[m.paragraph][m.start : m.end]
                m.tok_index = i - 1
        nexts: dict[int, tuple[int, Token]] = {}
        for k, m in enumerate(raw):
            if m.type != "PERS" or len(m.text.split()) < 2:
                continue
            toks = para_toks[m.paragraph]
            i = next((j for j, t in enumerate(toks) if t.start >= m.end), None)
            nxt = toks[i] if i is not None and toks[i].start == m.end + 1 else None
            if nxt is not None and i is not None:
                nexts[k] = (i, nxt)
        # a longer name seen elsewhere completes this one: «كيم جونغ» + «أون»
        names = {tuple(_n(m.text).split()) for m in raw if m.type == "PERS"}
        for k, (i, _) in nexts.items():
            m = raw[k]
            words = tuple(_n(m.text).split())
            toks = para_toks[m.paragraph]
            for name in sorted(names, key=len, reverse=True):
                extra = len(name) - len(words)
                if extra <= 0 or name[: len(words)] != words or i + extra > len(toks):
                    continue
                if tuple(_n(t.text) for t in toks[i : i + extra]) == name[len(words) :]:
                    m.end = toks[i + extra - 1].end
                    m.text = paragraphs[m.paragraph][m.start : m.end]
                    break
        return raw

    @staticmethod
    def _split_definite_place(
        paragraphs: list[str], para_toks: list[list[Token]], raw: list[_Mention]
    ) -> list[_Mention]:
        """«واتهم البنتاغون موسكو»: a definite word cannot open a construct phrase, so a
        definite word followed by a bare gazetteer place is two names, not one («البنتاغون» ORG
        + «موسكو» LOC), while «جامعة موسكو» or «دينامو كييف» stay whole."""
        gaz = _gazetteer()
        clubs = _club_names()
        out: list[_Mention] = []
        for m in raw:
            toks = para_toks[m.paragraph]
            i = m.tok_index
            if m.type == "LOC" or i < 0 or (m.type == "ORG" and _n(toks[i].text) in clubs):
                # «الأهلي بنغازي», «الاتحاد حلب»: a club named with its city is one name
                out.append(m)
                continue
            j = i
            while j < len(toks) and toks[j].end <= m.end:
                j += 1
            norm = [_n(t.text) for t in toks[i:j]]
            cut = 0
            for k in range(1, len(norm)):
                # the written words: «إلهام» or «أليكانتي» only fold to «ال…»
                definite = is_definite(toks[i + k - 1].text)
                if (
                    definite
                    and not is_definite(toks[i + k].text, proclitics=False)
                    and " ".join(norm[k:]) in gaz
                ):
                    cut = k
                    break
            if not cut:
                out.append(m)
                continue
            a_end, b_start = toks[i + cut - 1].end, toks[i + cut].start
            text = paragraphs[m.paragraph]
            out.append(_Mention(m.paragraph, m.start, a_end, text[m.start : a_end], m.type, (), i))
            out.append(
                _Mention(m.paragraph, b_start, m.end, text[b_start : m.end], "LOC", (), i + cut)
            )
        return out

    @staticmethod
    def _join_club_city(
        paragraphs: list[str], para_toks: list[list[Token]], raw: list[_Mention]
    ) -> list[_Mention]:
        """«فاز الأهلي بنغازي»: the tagger found the club («الأهلي», club_names.tsv) and read
        its city as a place of its own. A club word tagged as an organisation alone, followed
        right away by a place name of the gazetteer, is one organisation with its city; the
        place mention inside it goes — unless a verb of arrival or departure comes before the
        club («وصل الأهلي القاهرة»: the city is where it went; `lexicons/motion_verbs.tsv`)."""
        clubs, gaz, motion = _club_names(), _gazetteer(), _motion_verbs()
        heads, longest = _phrase_heads(gaz)
        drop: set[tuple[int, int]] = set()
        for m in raw:
            i = m.tok_index
            toks = para_toks[m.paragraph]
            if m.type != "ORG" or i < 0 or i + 1 >= len(toks) or toks[i].end != m.end:
                continue
            if _n(toks[i].text) not in clubs or toks[i + 1].start != m.end + 1:
                continue
            before = _n(toks[i - 1].text) if i > 0 else ""
            if before in motion or (before[:1] in ("و", "ف") and before[1:] in motion):
                continue
            norm = [_n(t.text) for t in toks[i + 1 : i + 1 + longest]]
            if not norm or norm[0] not in heads:
                continue
            size = next((k for k in range(len(norm), 0, -1) if " ".join(norm[:k]) in gaz), 0)
            if not size:
                continue
            end = toks[i + size].end
            m.end, m.text = end, paragraphs[m.paragraph][m.start : end]
            drop.add((m.paragraph, toks[i + 1].start))
        return [m for m in raw if not (m.type == "LOC" and (m.paragraph, m.start) in drop)]

    def _given_name_persons(
        self, paragraphs: list[str], para_toks: list[list[Token]], raw: list[_Mention]
    ) -> list[_Mention]:
        """«وستتولى آنا تسيفيليفا»: a listed given name (``lexicons/given_names.tsv``) followed
        by one or two words the training text never saw (≥ 4 letters, no «ال», not stop words)
        is a person the tagger missed: foreign surnames are exactly such unseen words. When
        the tagger found the given name alone, its mention is extended over the run."""
        from ..ner.features import given_name

        covered = {(m.paragraph, s) for m in raw for s in range(m.start, m.end)}
        # «آنا» tagged as a person on its own, «تسيفيليفا» after it left out
        alone = {(m.paragraph, m.start): m for m in raw if m.type == "PERS"}
        out: list[_Mention] = []
        for p, toks in enumerate(para_toks):
            i = 0
            while i < len(toks) - 1:
                first = alone.get((p, toks[i].start))
                if first is not None and first.end != toks[i].end:
                    first = None
                if given_name(toks[i].text) != "gn" or (
                    first is None and (p, toks[i].start) in covered
                ):
                    i += 1
                    continue
                j = self._unseen_run(p, toks, i + 1, covered, min_len=4)
                if j > i + 1:
                    a, b = toks[i].start, toks[j - 1].end
                    if first is not None:
                        first.end, first.text = b, paragraphs[p][a:b]
                    else:
                        out.append(_Mention(p, a, b, paragraphs[p][a:b], "PERS", (), i))
                i = j
        return out

    def _trim_persons(
        self, paragraphs: list[str], para_toks: list[list[Token]], raw: list[_Mention]
    ) -> list[_Mention]:
        """«محمد صلاح فريقه», «الكولومبي لويس دياز»: the tagger ran a person's name over a
        common word after it or a nationality adjective before it. Cut trailing words that the
        training text knows as common words (seen ≥ 3 times) but never inside a name, and
        leading nationality adjectives; a name keeps at least one word. Latin-script spans
        with no capitalised word («news sites») are not names at all."""
        from ..ner.features import stem

        common = self._common_words()
        res = getattr(getattr(self.tagger, "featurizer", None), "res", None)
        typed = (res.token_type, res.token_any) if res is not None else ({}, {})
        out: list[_Mention] = []
        for m in raw:
            if _lowercase_latin(m.text):
                continue
            if m.type != "PERS":
                out.append(m)
                continue
            toks = [t for t in para_toks[m.paragraph] if m.start <= t.start and t.end <= m.end]
            while (
                len(toks) > 1
                and _n(toks[-1].text) in common
                and not any(stem(toks[-1].text) in d for d in typed)
                and not self._regnal_tail(toks)
            ):
                toks.pop()
            while len(toks) > 1 and _place_nisba(_n(toks[0].text)):
                toks.pop(0)
            if toks and (toks[0].start, toks[-1].end) != (m.start, m.end):
                m.start, m.end = toks[0].start, toks[-1].end
                m.text = paragraphs[m.paragraph][m.start : m.end]
                m.tok_index = next(
                    i for i, t in enumerate(para_toks[m.paragraph]) if t.start == m.start
                )
            out.append(m)
        return out

    @staticmethod
    def _regnal_tail(toks: list[Token]) -> bool:
        """The name ends in an ordinal the tagger kept in it: «عبد الله الثاني», «البابا بنديكت
        السادس عشر». ANERcorp's annotators put an ordinal after a name inside the name 35
        times out of 40, so the common-word trim must not cut it."""
        words = [_n(t.text) for t in toks]
        return any(len(words) > k and tuple(words[-k:]) in _ordinals() for k in (1, 2))

    def _place_head_names(
        self, paragraphs: list[str], para_toks: list[list[Token]], raw: list[_Mention]
    ) -> list[_Mention]:
        """«في جمهورية ياقوتيا», «بمدينة خيرسون»: a place-kind noun
        (``lexicons/place_heads.tsv``) followed by one or two words the training text never
        saw as common words (no «ال», not stop words) names a place the tagger missed."""
        heads = _place_heads()
        nat = _nat_words()
        covered = {(m.paragraph, s) for m in raw for s in range(m.start, m.end)}
        out: list[_Mention] = []
        for p, toks in enumerate(para_toks):
            for i in range(len(toks) - 1):
                w = _n(toks[i].text)
                if w not in heads and not any(st in heads for off, st in _strip_forms(w) if off):
                    continue
                # a nisba adjective describes the place: «منطقة سكنية», «بلدة حدودية»
                j = self._unseen_run(
                    p,
                    toks,
                    i + 1,
                    covered,
                    min_len=3,
                    reject=lambda v: v in nat or v.endswith("يه"),
                )
                if j > i + 1:
                    a, b = toks[i + 1].start, toks[j - 1].end
                    out.append(_Mention(p, a, b, paragraphs[p][a:b], "LOC", (), i + 1))
        return out

    def _unseen_run(
        self,
        p: int,
        toks: list[Token],
        start: int,
        covered: set[tuple[int, int]],
        *,
        min_len: int,
        reject: Callable[[str], bool] = lambda _w: False,
        max_words: int = 2,
    ) -> int:
        """End (exclusive) of the run of up to ``max_words`` words from ``start`` that could be
        an unseen name: alphabetic, ≥ ``min_len`` letters, no «ال», not a stop word, not a
        common word of the training text, untagged, one space apart, not ``reject``ed."""
        common = self._common_words()
        stop = _stopwords()
        j = start
        while j < len(toks) and j - start < max_words:
            w = _n(toks[j].text)
            if (
                not toks[j].text.isalpha()
                or len(w) < min_len
                # «ال» with or without a proclitic: «سعيد بالاهتمام» is no «سعيد» + surname,
                # read on the written word: «سعيد ألونسو» is one
                or is_definite(toks[j].text)
                or w in stop
                or w in common
                or reject(w)
                or (p, toks[j].start) in covered
                or toks[j].start - toks[j - 1].end != 1
            ):
                break
            j += 1
        return j

    def _common_words(self) -> frozenset[str]:
        """Words seen ≥ 3 times in the tagger's training text (its cluster vocabulary)."""
        if self._common is None:
            res = getattr(getattr(self.tagger, "featurizer", None), "res", None)
            self._common = frozenset(res.clusters) if res is not None else frozenset()
        return self._common

    def _org_heads(self, paragraphs: list[str], para_toks: list[list[Token]]) -> list[_Mention]:
        """«وزارة الخارجية الروسية»: a head noun and the definite words that follow it."""
        heads, stops = _org_heads()
        out: list[_Mention] = []
        for p, toks in enumerate(para_toks):
            norm = [_n(t.text) for t in toks]
            for i, w in enumerate(norm):
                head = w if w in heads else None
                off = 0  # «وحركة», «بوزارة»: the name starts after the proclitic
                if head is None:
                    for o, stem in _strip_forms(w):
                        if o and stem in heads:
                            head, off = stem, o
                            break
                if head is None:
                    continue
                j = i + 1
                while (
                    j < len(toks)
                    and j - i <= heads[head]
                    and norm[j].startswith("ال")
                    and norm[j] not in stops
                    and toks[j].start - toks[j - 1].end <= 1
                ):
                    j += 1
                if j > i + 1:
                    a, b = toks[i].start + off, toks[j - 1].end
                    out.append(_Mention(p, a, b, paragraphs[p][a:b], "ORG", (), i))
        return out

    def _places(self, paragraphs: list[str], para_toks: list[list[Token]]) -> list[_Mention]:
        """Places from the shipped CLDR gazetteer («روسيا», «كوريا الشمالية»), longest first.
        A definite name of places_extra.tsv written bare right after a definite word is an
        adjective there («الطائفة الإسماعيلية», «الطريق الأقصر», «المدرسة السليمانية»), unless
        that word is a place noun or a nationality («العاصمة الدوحة», «القطرية الدوحة»)."""
        found = self._gazetteer_mentions(paragraphs, para_toks, _gazetteer(), "LOC")
        extra, heads, nat = _extra_definite(), _place_heads(), _nat_words()

        def adjective(m: _Mention) -> bool:
            toks, i = para_toks[m.paragraph], m.tok_index
            if i < 1 or _n(toks[i].text) not in extra or toks[i].end != m.end:
                return False
            prev = toks[i - 1].text
            if not is_definite(toks[i].text, proclitics=False) or not is_definite(
                prev, proclitics=False
            ):
                return False
            p = _n(prev)
            return p not in nat and p[2:] not in heads

        return [m for m in found if not adjective(m)]

    def _listed_names(
        self, paragraphs: list[str], para_toks: list[list[Token]], raw: list[_Mention]
    ) -> list[_Mention]:
        """Names khabar's tables list: newspapers and news agencies named in running text
        («يديعوت أحرونوت», «فرانس برس», «دايلي ميل») as organisations (`newspapers.tsv`; the
        names of `agencies.tsv` that are no abbreviation), and official country names («جمهورية
        كوريا الديمقراطية الشعبية», `place_official_names.tsv`; «أميركا», «بيلاروسيا»,
        `place_variants.tsv`) as places. A listed name is more
        precise than the tagger, so it replaces a tagger mention it contains («ميل» inside
        «دايلي ميل», «كوريا» inside the official name)."""
        listed = self._gazetteer_mentions(paragraphs, para_toks, _media(), "ORG")
        listed += self._gazetteer_mentions(paragraphs, para_toks, _official_set(), "LOC")
        if not listed:
            return raw

        def inside(m: _Mention) -> bool:
            return any(
                g.paragraph == m.paragraph and g.start <= m.start and m.end <= g.end for g in listed
            )

        kept = [m for m in raw if not inside(m)]
        kept = self._split_leading_place(paragraphs, para_toks, kept, listed)
        return _no_overlap(kept, listed)

    @staticmethod
    def _split_leading_place(
        paragraphs: list[str],
        para_toks: list[list[Token]],
        raw: list[_Mention],
        listed: list[_Mention],
    ) -> list[_Mention]:
        """«رئيس بيلاروسيا ألكسندر لوكاشينكو»: the tagger ran the person's name back over the
        country of his title. A person span that opens with a listed country name and goes on
        for more words is the country (kept as the listed place) and the person after it."""
        starts = {(g.paragraph, g.start): g for g in listed if g.type == "LOC"}
        out: list[_Mention] = []
        for m in raw:
            g = starts.get((m.paragraph, m.start))
            if m.type != "PERS" or g is None or g.end >= m.end:
                out.append(m)
                continue
            toks = para_toks[m.paragraph]
            i = next((k for k, t in enumerate(toks) if t.start > g.end), None)
            if i is None or toks[i].start >= m.end:
                out.append(m)
                continue
            a, text = toks[i].start, paragraphs[m.paragraph]
            out.append(_Mention(m.paragraph, a, m.end, text[a : m.end], "PERS", (), i))
        return out

    @staticmethod
    def _gazetteer_mentions(
        paragraphs: list[str], para_toks: list[list[Token]], gaz: frozenset[str], typ: str
    ) -> list[_Mention]:
        """Longest-first matches of a phrase table; a glued proclitic may open the phrase
        («وموسكو», «لدايلي ميل»)."""
        heads, longest = _phrase_heads(gaz)
        out: list[_Mention] = []
        for p, toks in enumerate(para_toks):
            norm = [_n(t.text) for t in toks]
            i = 0
            while i < len(toks):
                w0 = norm[i]
                firsts = [w0] + [st for off, st in _strip_forms(w0) if off]
                # «للإمارات», «وللمجر»: ل + the article, its alef dropped
                firsts += ["ال" + st for off, st in _strip_forms(w0) if w0[:off].endswith("لل")]
                hit = 0
                if any(f in heads for f in firsts):
                    for L in range(min(longest, len(toks) - i), 0, -1):
                        rest = norm[i + 1 : i + L]
                        if any(" ".join([f, *rest]) in gaz for f in firsts):
                            a, b = toks[i].start, toks[i + L - 1].end
                            out.append(_Mention(p, a, b, paragraphs[p][a:b], typ, (), i))
                            hit = L
                            break
                i += hit or 1
        return out

    # -- 3. clitics -----------------------------------------------------------------------------
    def _fix_clitics(self, paragraphs: list[str], raw: list[_Mention]) -> list[_Mention]:
        bare_words: Counter[str] = Counter()
        for text in paragraphs:
            for t in tokenize(text or ""):
                bare_words[_n(t.text)] += 1
        stopwords = _stopwords()
        # «واشنطن وسيول»: a name right after another name, opening with «و», is coordinated
        ends = {(m.paragraph, m.end) for m in raw}
        # the names as the tagger found them, to recognise «وابو عبد الله» as و + a name
        # written bare elsewhere in the article («ابو عبد الله»), even when its first word
        # alone is a stop word
        found = {tuple(_n(w) for w in m.text.split()) for m in raw}
        for m in raw:
            first = m.text.split()[0] if m.text.split() else m.text
            rest = tuple(_n(w) for w in m.text.split()[1:])
            for off, stem in _strip_forms(first):
                if off == 0:
                    break
                prefix = _n(first[:off])
                ns = _n(stem)
                if prefix.endswith("لل"):
                    m.clitic = True
                    # «وللبوسنة» names «البوسنة»: the whole proclitic chain goes, not 2 letters
                    m.bare = "ال" + paragraphs[m.paragraph][m.start + off : m.end]
                    break
                whole = _n(first)
                coordinated = (
                    prefix == "و"
                    and (m.paragraph, m.start - 1) in ends
                    and paragraphs[m.paragraph][m.start - 1 : m.start] == " "
                    and len(ns) >= 3
                    # «الأمم المتحدة وانغ غوانغيا»: «وانغ» is commoner than «انغ» in general
                    # Arabic, so the و is the name's own letter, not «and»
                    and not own_waw(first)
                )
                # a stop word elsewhere is no evidence: «كوفي» is not ك + «وفي»
                if (
                    (bare_words[ns] > 0 and ns not in stopwords)
                    or (rest and (ns, *rest) in found)
                    or coordinated
                    or (ns.startswith("ال") and len(ns) > 3)
                    or (ns in _gaz_words() and whole not in _gaz_words())
                    # «برام الله», «وبأميركا»: the rest is a whole listed place
                    or " ".join((ns, *rest)) in _gazetteer()
                    or " ".join((ns, *rest)) in _official_set()
                    or ns in _org_heads()[0]
                ):
                    m.start += off
                    m.text = paragraphs[m.paragraph][m.start : m.end]
                    break
            words = [_n(w) for w in m.text.split()]
            if m.clitic and m.bare:
                words = [_n(w) for w in m.bare.split()]  # «للأمم» names «الأمم»
            m.key = _join_compounds(words)
        stop = _stop()
        nat = _nat_words()
        keep = []
        for m in raw:
            if not m.key or " ".join(m.key) in stop or len(m.text) < 2:
                continue
            if m.text.endswith("ً"):
                continue  # tanween fath («جوهرياً»): an adverb or indefinite noun, never a name
            if m.type == "LOC" and all(w in nat for w in m.key):
                continue  # «كورية شمالية», «الروسي»: an adjective, not the place
            if self._is_credit(paragraphs[m.paragraph], m):
                continue
            keep.append(m)
        return keep

    @staticmethod
    def _is_credit(text: str, m: _Mention) -> bool:
        """An agency named as a photo/dateline credit: «(أ.ف.ب)», «- رويترز»."""
        if " ".join(m.key) not in _agencies() and "." not in m.text:
            return False
        before = text[: m.start].rstrip()
        return before.endswith(("(", "-", "–")) or "." in m.text

    # -- 4. titles ------------------------------------------------------------------------------
    def _title_before(
        self, toks: list[Token], i: int, text: str, around: _Around = _NOTHING_AROUND
    ) -> str | None:
        """The role phrase ending right before token ``i`` («مساعد الرئيس الروسي»), if any;
        also one whose office is named with «ل» («الأمين العام للأمم المتحدة», «المدير العام
        لمنظمة الصحة العالمية»)."""
        # «وزير الري الدكتور محمد عبد العاطي»: the office is before the honorifics
        honorifics = _honorifics()
        while i > 0 and (
            _n(toks[i - 1].text) in honorifics
            or (toks[i - 1].text == "." and i > 1 and toks[i - 2].text == "د")
        ):
            i -= 1
        if i == 0:
            return None
        span = self._title_span(toks, i)
        if span is None:
            span = self._office_title_span(toks, i)
        longer = self._head_complement_span(toks, i, around)
        if longer is not None and (span is None or longer[0] < span[0]):
            span = longer
        if span is None:
            return None
        title = text[span[0] : span[1]]
        if " " not in title and not is_definite(title, proclitics=False):
            # «مساعد لبوتين», «مستشار لأردوغان»: one indefinite role noun right before a name
            # is an aide *to* him, not his title (titles are definite or take a complement)
            return None
        return title

    def _title_after(self, toks: list[Token], k: int, text: str, around: _Around) -> str | None:
        """A role phrase in apposition after a name: «محمد عبد العاطي وزير الموارد المائية
        والري», «إيلي كوهين، وزير الاستخبارات». An indefinite head that takes a complement
        («وزير», «رئيس», «عميد») opens one, a definite head only after a comma, always with
        an office after the head, and only when no person's name follows the phrase:
        in «استقبل أردوغان رئيس الوزراء العراقي محمد شياع» the phrase is the second person's."""
        titles = _titles()
        comma = k < len(toks) and toks[k].text in (",", "،")
        if comma:
            k += 1
        if k >= len(toks) or toks[k].start - toks[k - 1].end > 1:
            return None
        head = self._title_key(_n(toks[k].text))
        if head is None or len(head) != 1 or toks[k].text != head[0]:
            return None
        # after a comma a definite head opens one too: «عبد الرحمن بن مساعد، الرئيس السابق
        # لنادي الهلال»; without it «بوتين الرئيس الصيني» is a verb's subject and object
        if not titles.get(head) and not (comma and is_definite(toks[k].text, proclitics=False)):
            return None
        j = self._complement_end(toks, k + 1, around)
        if j == k + 1:
            return None
        nxt = j + 1 if j < len(toks) and toks[j].text in (",", "،") else j
        if nxt < len(toks) and toks[nxt].start in around.persons:
            return None
        return text[toks[k].start : toks[j - 1].end]

    def _subject_of_meeting_verb(self, toks: list[Token], i: int) -> bool:
        """The name at token ``i`` is the subject of a verb that takes a person as object
        (`lexicons/meeting_verbs.tsv`), its own title between them or not: in «واستقبل الملك
        عبد الله الثاني رئيس وزراء العراق» the role phrase after the name is the object's."""
        honorifics, verbs = _honorifics(), _meeting_verbs()
        for k in range(i - 1, max(-1, i - 9), -1):
            t = toks[k]
            n = _n(t.text)
            if n in verbs or (n[:1] in ("و", "ف") and n[1:] in verbs):
                return True  # before the «ال» test: «التقى» opens with «ال»
            if not (
                is_definite(t.text, proclitics=False)
                or n in honorifics
                or self._title_key(n) is not None
            ):
                return False
        return False

    def _complement_end(
        self, toks: list[Token], j: int, around: _Around = _NOTHING_AROUND, most: int = 8
    ) -> int:
        """End (exclusive) of the office named after a title head, or ``j`` if none:
        definite words and relative adjectives («الموارد المائية»), a construct chain that a
        definite word ends («قطاع المياه الجوفية», «كلية الهندسة جامعة القاهرة»), definite
        words joined with «و»/«ب»/«ل» («والري», «بالوزارة», «للأمن القومي») and «في» + a
        definite word («في الشؤون الإيرانية»). After a complete phrase a bare definite word
        continues it only as a relative adjective: in «عميد كلية الهندسة الشكر» the last word
        is the verb's object. Reporting verbs end it («رئيس الوزراء قال الرئيس»). A name the
        article has as an organisation or place counts as one definite word («المتحدث باسم
        الأمم المتحدة», «وزير خارجية إسرائيل», «حاكم إمارة دبي»), and a few adjectives of
        office follow any phrase («السابق», «الحالي»: `lexicons/title_modifiers.tsv`)."""
        stop, verbs = _stopwords(), _cue_words()
        names, persons = around.names, around.persons
        start = end = j
        indefinite = 0  # open construct chain: indefinite nouns waiting for a definite word
        while j < len(toks) and j - start < most:
            t = toks[j]
            if t.start in persons:  # «وزير خارجية إسرائيل السابق | سلفان شالوم»
                break
            w, n = t.text, _n(t.text)
            name_end = next((names[c] for c in range(t.start, t.end) if c in names), None)
            if name_end is not None and (indefinite or end == start or n in _gazetteer()):
                first = j
                while j < len(toks) and toks[j].end <= name_end:
                    j += 1
                # a name ending inside its token («إسرائيلها») still takes the whole token:
                # without a step forward the loop would read the same token for ever
                j = max(j, first + 1)
                end, indefinite = j, 0
                continue
            if (j > start and t.start - toks[j - 1].end != 1) or not w.isalpha() or n in verbs:
                break
            if n in _honorifics():  # «حاكم دبي سمو الشيخ …»: the name's address begins
                break
            if n == "في" and j + 1 < len(toks) and is_definite(toks[j + 1].text, proclitics=False):
                nxt = toks[j + 1]
                if (
                    end > start
                    and not indefinite
                    and (_n(nxt.text) in _gazetteer() or nxt.start in names)
                ):
                    break  # «وزير الخارجية الأمريكي | في الرياض»: where he is, not his office
                indefinite = 1  # the definite word after it completes the phrase again
                j += 1
                continue
            if (
                n == _LADA
                and end > start
                and j + 1 < len(toks)
                and (toks[j + 1].start in names or is_definite(toks[j + 1].text, proclitics=False))
            ):
                indefinite = 1  # «سفير الصين لدى الأمم المتحدة»: the body he is accredited to
                j += 1
                continue
            if end > start and n in _title_modifiers():
                j += 1
                end = j
                continue
            if is_definite(w, proclitics=False) or (
                (j == start or indefinite) and n in _gazetteer()
            ):
                # «حاكم دبي», «أمير قطر»: a place name completes the office like a definite word
                if end > start and not indefinite and not _place_nisba_like(w):
                    break
                j += 1
                end, indefinite = j, 0
                continue
            if is_definite(w, proclitics=True):  # «والري», «بالوزارة», «للأمن»
                j += 1
                end, indefinite = j, 0
                continue
            if n in stop or len(n) < 3 or indefinite >= 2:
                break
            indefinite += 1
            j += 1
        return end

    def _head_complement_span(
        self, toks: list[Token], i: int, around: _Around = _NOTHING_AROUND
    ) -> tuple[int, int] | None:
        """The longest «head + office» phrase that ends right before token ``i`` (or before a
        comma there): «قائد فيلق القدس قاسم سليماني», «وزير الاستخبارات الإسرائيلي، إيلي
        كوهين», «الخبير في الشؤون الإيرانية هاني سليمان»."""
        end = i - 1 if i > 0 and toks[i - 1].text in (",", "،") else i
        best = None
        for h in range(end - 2, max(-1, end - 10), -1):
            if not toks[h].text.isalpha():
                break
            if toks[h].start in around.persons:
                break  # «الرئيس عبد الفتاح السيسي رئيس الوزراء …»: no phrase runs over a name
            if self._title_key(_n(toks[h].text)) is None:
                continue
            if self._complement_end(toks, h + 1, around) == end:
                best = h
        if best is None:
            return None
        start = toks[best].start
        key = self._title_key(_n(toks[best].text))
        for off, stem in _strip_forms(toks[best].text):
            if off and key == tuple(_n(stem).split()):
                start += off
                break
        return start, toks[end - 1].end

    def _office_title_span(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        """A title, then «ل» + a noun and up to three definite words after it, then the name:
        «الأمين العام | للأمم المتحدة | أنطونيو غوتيريش»."""
        for k in range(i - 1, max(-1, i - 5), -1):
            if k < i - 1 and not is_definite(toks[k + 1].text, proclitics=False):
                return None
            w = toks[k].text
            if len(w) > 3 and w[0] == "ل":
                if k == 0:
                    return None  # no title before it (and ``toks[k - 1]`` would be the last)
                if any(toks[q + 1].start - toks[q].end != 1 for q in range(k - 1, i - 1)):
                    return None
                head = self._title_span(toks, k)
                return (head[0], toks[i - 1].end) if head else None
        return None

    def _title_span(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        """Character span of the role phrase made of title words right before token ``i``."""
        titles = _titles()
        nats = _nationalities()
        norm = [_n(t.text) for t in toks]
        j = i
        parts: list[int] = []  # token indexes, right to left
        while j > 0 and len(parts) < 7:
            matched = 0
            for nat in nats:
                L = len(nat)
                if j - L >= 0 and tuple(norm[j - L : j]) == nat:
                    matched = max(matched, L)
            if not matched:
                for L in (2, 1):
                    if j - L >= 0 and self._is_title(norm[j - L : j]):
                        matched = L
                        break
            if not matched and j - 2 >= 0 and is_definite(toks[j - 1].text, proclitics=False):
                head = self._title_key(norm[j - 2])
                if head and (titles.get(head, False) or head[0].startswith("ال")):
                    # a portfolio noun after «وزير», «مساعد», «نائب»; an adjective after a
                    # definite title («الإمام الجليل حبيب ما جونغ يي»)
                    matched = 1
            if not matched:
                break
            parts.extend(range(j - 1, j - matched - 1, -1))
            j -= matched
        if not parts:
            return None
        parts.sort()
        # the phrase must open with a title head, not an adjective or a portfolio noun
        while parts and not self._title_key(norm[parts[0]]):
            parts.pop(0)
        if not parts:
            return None
        first = toks[parts[0]]
        start = first.start
        for off, stem in _strip_forms(first.text):
            if off and self._title_key(_n(first.text)) == tuple(_n(stem).split()):
                start += off
                break
        return start, toks[parts[-1]].end

    def _title_key(self, word: str) -> tuple[str, ...] | None:
        titles = _titles()
        if (word,) in titles:
            return (word,)
        # «للرئيس» is ل + الرئيس with the alef dropped: read it as «الرئيس» first
        for k in (0, 1):
            lil = word[k : k + 2] == "لل" and (k == 0 or word[0] in "وف")
            if lil and ("ال" + word[k + 2 :],) in titles:
                return ("ال" + word[k + 2 :],)
        for off, stem in _strip_forms(word):
            if off and (stem,) in titles:
                return (stem,)
        return None

    def _is_title(self, words: list[str]) -> bool:
        if len(words) == 1:
            return self._title_key(words[0]) is not None
        key = self._title_key(words[0])
        return key is not None and (*key, *words[1:]) in _titles()

    # -- 5. merge -------------------------------------------------------------------------------
    def __call__(self, article: Article, context: EnrichContext) -> Article:
        # Captions are tagged and resolved with the body: «بوتين» in a caption is the body's
        # «فلاديمير بوتين», and a place named only in a caption («جمهورية ياقوتيا») is still
        # an entity of the article. They come after the paragraphs, so body entities keep
        # their order; their spans go to ``caption_mentions``.
        n_body = len(article.paragraphs)
        paragraphs = [*article.paragraphs, *(m.caption or "" for m in article.media)]
        if not any(p.strip() for p in paragraphs):
            article.entities = []
            return article
        para_toks, raw = self._tag(paragraphs)
        raw = self._trim_persons(paragraphs, para_toks, raw)
        raw = self._split_definite_place(paragraphs, para_toks, raw)
        raw = self._join_club_city(paragraphs, para_toks, raw)
        raw = self._extend_persons(paragraphs, para_toks, raw)
        raw = self._listed_names(paragraphs, para_toks, raw)
        extra = (
            self._given_name_persons(paragraphs, para_toks, raw)
            + self._place_head_names(paragraphs, para_toks, raw)
            + self._org_heads(paragraphs, para_toks)
            + self._places(paragraphs, para_toks)
        )
        raw = _no_overlap(raw, extra)
        # «محسن فخري» tagged where the full «محسن فخري زادة» came from a rule above (a given
        # name before unseen words): complete the short span against the longer names again
        raw = self._extend_persons(paragraphs, para_toks, raw)
        mentions = self._fix_clitics(paragraphs, raw)
        mentions.sort(key=lambda m: (m.paragraph, m.start))
        mentions = self._join_fragments(mentions, paragraphs)
        mentions = self._split_surname_firstname(mentions, paragraphs)
        official = _official_names()
        papers = _paper_names()
        for m in mentions:
            if m.type == "ORG" and papers.get(" ".join(m.key), " ".join(m.key)) != " ".join(m.key):
                # «دايلي ميل» and «ديلي ميل»: one paper (newspapers.tsv lists the spellings)
                m.canonical = papers[" ".join(m.key)]
                m.key = tuple(_n(m.canonical).split())
                continue
            canon = official.get(" ".join(m.key)) if m.type in ("LOC", "PERS") else None
            if canon is not None:
                # «جمهورية كوريا الديمقراطية الشعبية» merges with «كوريا الشمالية»; a listed
                # country name the tagger read as a person («بيلاروسيا» in a caption) is a place
                m.canonical = canon
                m.key = tuple(_n(canon).split())
                m.type = "LOC"
        for k, m in enumerate(mentions):
            m.order = k
        self._kin = self._kinship(paragraphs, para_toks, mentions)
        # «بيكهام» read as a place where the article names «ديفيد بيكهام»: a lone word that is
        # the surname of a person named in full, and no place or listed name, is that person
        full_surnames = {m.key[-1:] for m in mentions if m.type == "PERS" and len(m.key) > 1}
        gaz0, listed = _gazetteer(), _official_set() | _media()
        for m in mentions:
            if (
                m.type in ("LOC", "ORG")
                and len(m.key) == 1
                and m.key in full_surnames
                and m.key[0] not in gaz0
                and m.key[0] not in listed
            ):
                m.type = "PERS"
        # type by majority over identical names
        votes: dict[tuple[str, ...], Counter] = {}
        for m in mentions:
            votes.setdefault(m.key, Counter())[m.type] += 1
        gaz = _gazetteer()
        gaz_words = _gaz_words()
        # «وأضاف السويس» after «محمد السويس»: a person's surname, not the city
        surnames = {m.key[-1:] for m in mentions if m.type == "PERS" and len(m.key) > 1}
        for m in mentions:
            ranked = votes[m.key].most_common()
            m.type = ranked[0][0]
            # «دينامو كييف» read as a person in three mentions, a club in two: a multi-word
            # name with a known place in it is not a person's when the tagger also saw it as
            # something else
            if (
                m.type == "PERS"
                and len(ranked) > 1
                and len(m.key) > 1
                and any(w in gaz_words for w in m.key)
            ):
                m.type = ranked[1][0]
            if m.type == "PERS" and self._is_place_name(m.key, gaz) and m.key not in surnames:
                m.type = "LOC"  # «بيونغ يانغ» read as a person next to «كيم جونغ أون»

        clusters: list[_Cluster] = []
        by_key: dict[tuple[str, tuple[str, ...]], _Cluster] = {}
        # longest names first so short forms find their full name
        for m in sorted(mentions, key=lambda m: (-len(m.key), m.order)):
            c = by_key.get((m.type, m.key)) or self._attach(m, clusters)
            if c is None:
                c = _Cluster(m.type)
                clusters.append(c)
            c.mentions.append(m)
            by_key[(m.type, m.key)] = c
        clusters = [c for c in clusters if not self._is_epithet(c)]
        clusters = [c for c in clusters if not self._construct_noun(c, paragraphs, para_toks)]

        # titles right before a person's mention, or in apposition right after it
        title_owner: dict[str, set[int]] = {}
        person_at = {
            (m.paragraph, m.start) for c in clusters if c.type == "PERS" for m in c.mentions
        }
        # persons' starts by paragraph, built once (a scan of ``person_at`` per mention is
        # quadratic in a long article)
        starts_in: dict[int, set[int]] = {}
        for p, a in person_at:
            starts_in.setdefault(p, set()).add(a)
        persons_in = {p: frozenset(a) for p, a in starts_in.items()}
        # organisations and places by paragraph (start → end): one word inside an office
        name_spans: dict[int, dict[int, int]] = {}
        for c in clusters:
            if c.type != "PERS":
                for m in c.mentions:
                    name_spans.setdefault(m.paragraph, {})[m.start] = m.end
        for ci, c in enumerate(clusters):
            if c.type != "PERS":
                continue
            for m in c.mentions:
                toks = para_toks[m.paragraph]
                idx = next((i for i, t in enumerate(toks) if t.end > m.start), None)
                if idx is None:
                    continue
                around = _Around(
                    name_spans.get(m.paragraph, {}), persons_in.get(m.paragraph, frozenset())
                )
                found = []
                if toks[idx].start == m.start:
                    # «مساعد لبوتين», «الرئيس وبوتين»: a proclitic on the name (to, with,
                    # and) says the role word before it is someone else's
                    found.append(self._title_before(toks, idx, paragraphs[m.paragraph], around))
                after = next((i for i, t in enumerate(toks) if t.start >= m.end), None)
                if after is not None and not self._subject_of_meeting_verb(toks, idx):
                    found.append(self._title_after(toks, after, paragraphs[m.paragraph], around))
                found = [part for t in found for part in _split_rank(t)]
                for t in found:
                    # «والرى» and «والري» in one article: one title
                    if t and _n(t) not in {_n(x) for x in c.titles}:
                        c.titles.append(t)
                    if t:
                        title_owner.setdefault(_n(t), set()).add(ci)
        self._title_mentions(paragraphs, para_toks, clusters, title_owner)

        self._propagate(paragraphs, para_toks, clusters)
        self._generation_mentions(paragraphs, para_toks, clusters)
        self._party_adjectives(paragraphs, para_toks, clusters)
        article.entities = self._entities(clusters, n_body)
        return article

    def _party_adjectives(
        self, paragraphs: list[str], para_toks: list[list[Token]], clusters: list[_Cluster]
    ) -> None:
        """«الطرفان الروسي والكوري الشمالي»: the adjectives are mentions of the two countries.

        Only after a party noun (``lexicons/party_nouns.tsv``) and only for a country the
        article names: elsewhere an adjective («الحرب الأوكرانية») describes, it does not refer.
        """
        by_name = {tuple(_n(c.mentions[0].text).split()): c for c in clusters if c.type == "LOC"}
        for c in clusters:
            if c.type == "LOC":
                for m in c.mentions:
                    by_name.setdefault(m.key, c)
        nats = _nationalities()
        nouns = _party_nouns()
        for p, toks in enumerate(para_toks):
            norm = [_n(t.text) for t in toks]
            for i, w in enumerate(norm):
                if w not in nouns:
                    continue
                j = i + 1
                while j < len(toks):
                    hit = None
                    for key, country in nats.items():
                        L = len(key)
                        words = norm[j : j + L]
                        if len(words) < L:
                            continue
                        first = words[0][1:] if j > i + 1 and words[0][:1] == "و" else words[0]
                        if (first, *words[1:]) == key:
                            hit = (L, country, words[0] != first)
                            break
                    if hit is None:
                        break
                    L, country, conj = hit
                    c = by_name.get(tuple(_n(country).split()))
                    if c is not None:
                        start = toks[j].start + (1 if conj else 0)
                        end = toks[j + L - 1].end
                        if not any(m.paragraph == p and m.start == start for m in c.mentions):
                            c.mentions.append(
                                _Mention(p, start, end, paragraphs[p][start:end], "LOC", ())
                            )
                    j += L

    def _propagate(
        self, paragraphs: list[str], para_toks: list[list[Token]], clusters: list[_Cluster]
    ) -> None:
        """Find the names of each entity again where the tagger missed them («لبوتين»)."""
        taken: dict[int, list[tuple[int, int]]] = {}
        for c in clusters:
            for m in c.mentions:
                taken.setdefault(m.paragraph, []).append((m.start, m.end))
        keys: list[tuple[tuple[str, ...], _Cluster]] = []
        seen: set[tuple[str, ...]] = set()
        stop = _stop()
        common = self._common_words()
        stopwords = _stopwords()
        for c in clusters:
            for m in c.mentions:
                k = m.key
                if k and k not in seen and sum(map(len, k)) >= 3 and " ".join(k) not in stop:
                    seen.add(k)
                    keys.append((k, c))
            if c.type == "PERS":
                # «آنا تسيفيليفا» … «من تسيفيليفا»: a rare surname alone names the person too
                # (only when no other person in the article shares it)
                last = c.key[-1] if len(c.key) >= 2 else ""
                shared = sum(1 for d in clusters if d.type == "PERS" and d.key[-1:] == (last,))
                if (
                    len(last) >= 4
                    and last not in common
                    and last not in stopwords
                    and shared == 1
                    and (last,) not in seen
                ):
                    seen.add((last,))
                    keys.append(((last,), c))
        self._first_names_after_titles(paragraphs, para_toks, clusters, taken)
        keys.sort(key=lambda kc: -len(kc[0]))
        by_first: dict[str, list[tuple[tuple[str, ...], _Cluster]]] = {}
        for k, c in keys:
            by_first.setdefault(k[0], []).append((k, c))
        for p, toks in enumerate(para_toks):
            norm = [_n(t.text) for t in toks]
            spans = taken.setdefault(p, [])
            for i, tok in enumerate(toks):
                # every way this token can open a name: itself, or a stem after proclitics
                opens = {norm[i]: 0}
                for off, stem in _strip_forms(tok.text):
                    if off:
                        opens.setdefault(_n(stem), off)
                if norm[i].startswith(("لل", "ولل", "فلل")):
                    opens.setdefault("ال" + norm[i][norm[i].index("لل") + 2 :], 0)
                for first, off in opens.items():
                    for key, c in by_first.get(first, ()):
                        n = len(key)
                        if tuple(norm[i + 1 : i + n]) != key[1:]:
                            continue
                        start, end = tok.start + off, toks[i + n - 1].end
                        if any(a < end and start < b for a, b in spans):
                            continue
                        spans.append((start, end))
                        c.mentions.append(
                            _Mention(p, start, end, paragraphs[p][start:end], c.type, key)
                        )

    def _first_names_after_titles(
        self,
        paragraphs: list[str],
        para_toks: list[list[Token]],
        clusters: list[_Cluster],
        taken: dict[int, list[tuple[int, int]]],
    ) -> None:
        """«الإمام عبدالله خوانغ تشيو رن» … «وقد ابتدر الإمام عبدالله حديثه»: after a title or an
        honorific, a person's first name alone names him, when no other person of the article
        shares it («الشيخ حمد»، «الأمير سلطان»)."""
        firsts: dict[str, list[_Cluster]] = {}
        for c in clusters:
            if c.type == "PERS" and len(c.key) >= 2 and len(c.key[0]) >= 3:
                firsts.setdefault(c.key[0], []).append(c)
        stop = _stop()
        for p, toks in enumerate(para_toks):
            spans = taken.setdefault(p, [])
            for i in range(1, len(toks)):
                word = _n(toks[i].text)
                owners = firsts.get(word)
                if not owners or len(owners) != 1 or word in stop:
                    continue
                if self._title_key(_n(toks[i - 1].text)) is None:
                    continue
                start, end = toks[i].start, toks[i].end
                if any(a < end and start < b for a, b in spans):
                    continue
                spans.append((start, end))
                c = owners[0]
                # the title right before was taken for a role mention of him: it is now part
                # of the name's title phrase, as before a full name
                t0, t1 = toks[i - 1].start, toks[i - 1].end
                c.mentions = [
                    m for m in c.mentions if not (m.paragraph == p and t0 <= m.start < t1)
                ]
                c.mentions.append(
                    _Mention(p, start, end, paragraphs[p][start:end], c.type, (word,))
                )

    @staticmethod
    def _split_surname_firstname(mentions: list[_Mention], paragraphs: list[str]) -> list[_Mention]:
        """«وأشرك كابيلو راؤول»: a verb, its subject and its object, read as one two-word
        name. When the first word ends another person's full name («فابيو كابيلو») and is no
        given name, and the second opens a third one («راؤول غونزاليز»), they are two people."""
        from ..ner.features import given_name

        full = [m.key for m in mentions if m.type == "PERS" and len(m.key) > 1]
        # last and first words of the full names, with the names they come from: one set
        # look-up per mention instead of a scan of every name
        last_of: dict[str, set[tuple[str, ...]]] = {}
        first_of: dict[str, set[tuple[str, ...]]] = {}
        for k in full:
            last_of.setdefault(k[-1], set()).add(k)
            first_of.setdefault(k[0], set()).add(k)
        out: list[_Mention] = []
        for m in mentions:
            if m.type == "PERS" and len(m.key) == 2 and m.text.count(" ") == 1 and not m.clitic:
                a, b = m.key
                ends = bool(last_of.get(a, set()) - {m.key})
                opens = bool(first_of.get(b, set()) - {m.key})
                if ends and opens and given_name(a) != "gn":
                    cut = m.text.index(" ")
                    text = paragraphs[m.paragraph]
                    b0 = m.start + cut + 1
                    first = _Mention(
                        m.paragraph,
                        m.start,
                        m.start + cut,
                        text[m.start : m.start + cut],
                        "PERS",
                        (a,),
                        m.tok_index,
                    )
                    second = _Mention(
                        m.paragraph, b0, m.end, text[b0 : m.end], "PERS", (b,), m.tok_index + 1
                    )
                    first.order = second.order = m.order
                    out += [first, second]
                    continue
            out.append(m)
        return out

    @staticmethod
    def _join_fragments(mentions: list[_Mention], paragraphs: list[str]) -> list[_Mention]:
        """«بيونغ» + «يانغ» tagged apart, where «بيونغ يانغ» is a name known in the article."""
        known = {m.key for m in mentions} | {tuple(n.split()) for n in _gazetteer()}
        # words the article uses as names elsewhere: «وأشرك كابيلو راؤول» is a verb, its
        # subject and its object when «فابيو كابيلو» and «راؤول غونزاليز» are named apart
        full = [m.key for m in mentions if m.type == "PERS" and len(m.key) > 1]
        surnames = {k[-1] for k in full}
        first_names = {k[0] for k in full}
        # «وكان فان نيستلروي» where the article names «رود فان نيستلروي»: two words side by
        # side that stand together inside a longer name are that name's words
        pairs = {k[i : i + 2] for k in full for i in range(len(k) - 1)}
        out: list[_Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.paragraph == m.paragraph
                and 0 < m.start - prev.end <= 1
                and (
                    (*prev.key, *m.key) in known
                    # «المتحدث ماثيو ميلر» tagged as two persons: two names side by side
                    # with no «و»/«ل» between them are one person's first and last name
                    or (
                        prev.type == m.type == "PERS"
                        and paragraphs[m.paragraph][prev.end : m.start] == " "
                        and len(prev.key) == 1
                        and len(m.key) == 1
                        and not m.text.startswith(("و", "ل", "ف"))
                        and not (prev.key[0] in surnames and m.key[0] in first_names)
                        # only after a title or an adjective of one («المتحدث», «الأمريكي»):
                        # after a verb they are its subject and object («استقبل أردوغان
                        # بوتين», «وهنأ بايدن ماكرون»)
                        and (
                            _after_definite(paragraphs[m.paragraph], prev.start)
                            or (*prev.key, *m.key) in pairs
                        )
                    )
                )
            ):
                prev.end = m.end
                prev.text = paragraphs[m.paragraph][prev.start : prev.end]
                prev.key = (*prev.key, *m.key)
                continue
            out.append(m)
        return out

    @staticmethod
    def _kinship(
        paragraphs: list[str], para_toks: list[list[Token]], mentions: list[_Mention]
    ) -> tuple[set[tuple[str, ...]], set[tuple[str, ...]]]:
        """Who is whose child: «X، … نجل (titles) Y» makes X a child and Y a parent; «والد»
        the reverse. Within one sentence, at most 8 tokens either side of the kinship word.
        Also marks a lone surname followed by «الابن» / «الأب» (``generation``)."""
        kin = _kinship()
        child: set[tuple[str, ...]] = set()
        parent: set[tuple[str, ...]] = set()
        persons: dict[int, list[tuple[int, int, _Mention]]] = {}
        for p, toks in enumerate(para_toks):
            starts = {t.start: i for i, t in enumerate(toks)}
            ends = {t.end: i for i, t in enumerate(toks)}
            for m in mentions:
                if m.paragraph == p and m.type == "PERS" and m.end in ends:
                    a = starts.get(m.start)
                    if a is None:  # the mention starts after a proclitic inside the token
                        a = next((i for i, t in enumerate(toks) if t.end > m.start), None)
                    if a is not None:
                        persons.setdefault(p, []).append((a, ends[m.end], m))
        for p, found in persons.items():
            toks = para_toks[p]
            norm = [_n(t.text) for t in toks]
            for a, b, m in found:
                nxt = norm[b + 1] if b + 1 < len(norm) else ""
                if a == b and kin.get(nxt) in ("junior", "senior"):
                    m.generation = kin[nxt]
            for r, w in enumerate(norm):
                kind = kin.get(w) or (kin.get(w[1:]) if w[:1] in "وف" else None)
                if kind not in ("child", "parent"):
                    continue
                before = [x for x in found if r - 8 <= x[1] < r]
                after = [x for x in found if r < x[0] <= r + 8]
                if not before or not after:
                    continue
                x, y = max(before, key=lambda q: q[1]), min(after, key=lambda q: q[0])
                if any(norm[k] in (".", "؟", "!") for k in range(x[1] + 1, y[0])):
                    continue
                kid, elder = (x[2], y[2]) if kind == "child" else (y[2], x[2])
                if kid.key != elder.key:
                    child.add(kid.key)
                    parent.add(elder.key)
        return child, parent

    @staticmethod
    def _is_place_name(key: tuple[str, ...], gaz: frozenset[str]) -> bool:
        """A CLDR place name is not a person's name, unless it opens with a given name
        («صوفيا», «فيكتوريا» are cities and first names)."""
        from ..ner.features import given_names

        if " ".join(key) not in gaz:
            return False
        return _n(key[0]) not in {_n(g) for g in given_names()}

    def _generation_mentions(
        self, paragraphs: list[str], para_toks: list[list[Token]], clusters: list[_Cluster]
    ) -> None:
        """«فرادكوف الابن» untagged: a surname two persons share, followed by «الابن»/«الأب»,
        is a mention of the child/parent of the pair the article related (see _kinship)."""
        child, parent = getattr(self, "_kin", (set(), set()))
        if not child:
            return
        kin = _kinship()
        by_last: dict[str, list[_Cluster]] = {}
        for c in clusters:
            if c.type == "PERS" and len(c.key) >= 2:
                by_last.setdefault(c.key[-1], []).append(c)
        taken = {(m.paragraph, m.start) for c in clusters for m in c.mentions}
        for p, toks in enumerate(para_toks):
            norm = [_n(t.text) for t in toks]
            for i in range(len(toks) - 1):
                kind = kin.get(norm[i + 1])
                owners = by_last.get(norm[i], [])
                if kind not in ("junior", "senior") or len(owners) < 2:
                    continue
                wanted = child if kind == "junior" else parent
                pick = [c for c in owners if any(m.key in wanted for m in c.mentions)]
                if len(pick) != 1 or (p, toks[i].start) in taken:
                    continue
                a, b = toks[i].start, toks[i].end
                pick[0].mentions.append(_Mention(p, a, b, paragraphs[p][a:b], "PERS", (norm[i],)))
                taken.add((p, a))

    @staticmethod
    def _construct_noun(c: _Cluster, paragraphs: list[str], para_toks: list[list[Token]]) -> bool:
        """«مع رفيق سلاح»، «أمين عام الحزب»: a one-word "person" that is a given name and also a
        common noun of general Arabic, followed every time by a common noun it governs, is that
        noun phrase, not a man."""
        from ..ner.features import common_word, given_name

        if c.type != "PERS" or any(len(m.key) != 1 for m in c.mentions):
            return False
        stop = _stopwords()
        for m in c.mentions:
            if not given_name(m.text) or not common_word(m.text, names_too=True):
                return False
            toks = para_toks[m.paragraph]
            k = bisect_left(toks, m.end, key=lambda t: t.start)
            nxt = toks[k] if k < len(toks) else None
            # a content word, not «إن»، «أمس»، «يوم» («وقال حداد إن …» keeps حداد)
            if nxt is None or len(_n(nxt.text)) < 3 or _n(nxt.text) in stop:
                return False
            if not common_word(nxt.text):
                return False
        return True

    def _is_epithet(self, c: _Cluster) -> bool:
        """«القيصر», «الزعيم» tagged as a person on their own: a one-word definite form that
        never joined a fuller name in the article and that the training text does not know as
        a person's name is a nickname or a common noun, not a named person."""
        if c.type != "PERS" or any(len(m.key) != 1 for m in c.mentions):
            return False
        words = {m.key[0] for m in c.mentions}
        if not all(w.startswith("ال") and len(w) > 3 for w in words):
            return False
        if not all(is_definite(m.text) for m in c.mentions):
            return False  # «ألونسو»، «إلهام» only fold to «ال…»
        from ..ner.features import stem

        res = getattr(getattr(self.tagger, "featurizer", None), "res", None)
        known = res.token_type if res is not None else {}
        return not any(known.get(stem(w)) == "PERS" for w in words)

    def _attach(self, m: _Mention, clusters: list[_Cluster]) -> _Cluster | None:
        """The cluster a shorter name belongs to (surname → full name), or None."""
        fits: list[_Cluster] = []
        for c in clusters:
            if c.type != m.type:
                continue
            long = c.key
            n = len(m.key)
            if (
                n == len(long)
                and m.type == "PERS"
                and _spelling_variants(m.key, long)
                # one writer does not spell a name two ways in one paragraph: «النائب محمد
                # حمود … النائب محمد حميد» are two people
                and not any(x.paragraph == m.paragraph and x.key == long for x in c.mentions)
            ):
                fits.append(c)  # «كرستيانو رونالدو» / «كريستيانو رونالدو»
                continue
            # every spelling the cluster holds: «فيرجسون» is the surname of «أليكس فيرجسون»,
            # joined to «أليكس فيرغسون»
            for long in {x.key for x in c.mentions if len(x.key) > n}:
                # «راشد بن محمد بن راشد آل مكتوم»: what follows «بن» is the father's name, so
                # it is no surname form of the son (his first name still is: «خالد بن الوليد»)
                fathers = m.type == "PERS" and long[-n - 1] in _nasab()
                if (
                    (
                        m.type == "PERS"
                        and (
                            (long[-n:] == m.key and not fathers)
                            or (n == 1 and long[:1] == m.key)
                            # «ريتشارد ستولمان» of «ريتشارد ماثيو ستولمان»: the middle name left out
                            or (
                                n >= 2
                                and long[:1] == m.key[:1]
                                and (long[-1] == m.key[-1] or _variant_word(long[-1], m.key[-1]))
                                and not self._kin_or_side_by_side(m, long, c)
                            )
                        )
                    )
                    or (m.type in ("ORG", "LOC") and long[-n:] == m.key and n >= 2)
                ):
                    fits.append(c)
                    break
        if not fits and m.type == "PERS" and len(m.key) == 1:
            # a lone surname spelt another way than in the full name («فيرجسون» after «أليكس
            # فيرغسون»), when no name ends with it as written
            fits = [
                c
                for c in clusters
                if c.type == "PERS"
                and any(
                    len(x.key) > 1
                    and x.paragraph != m.paragraph
                    and _variant_word(x.key[-1], m.key[0])
                    for x in c.mentions
                )
            ]
        if not fits:
            return None
        if len(fits) == 1:
            return fits[0]
        if m.generation:
            # «فرادكوف الابن»: the child of a pair the article related with «نجل» / «والد»
            child, parent = getattr(self, "_kin", (set(), set()))
            wanted = child if m.generation == "junior" else parent
            pick = [c for c in fits if any(x.key in wanted for x in c.mentions)]
            if len(pick) == 1:
                return pick[0]

        # several fit (three Kims): the one mentioned last before this mention, else the most seen
        def recency(c: _Cluster) -> tuple[int, int]:
            before = [x.order for x in c.mentions if x.order < m.order]
            return (max(before) if before else -1, len(c.mentions))

        return max(fits, key=recency)

    def _kin_or_side_by_side(self, m: _Mention, long: tuple[str, ...], c: _Cluster) -> bool:
        """«جورج دبليو بوش، نجل الرئيس الأسبق جورج بوش»: two names the article relates as kin,
        or writes in one paragraph, are two people, middle name or not."""
        child, parent = getattr(self, "_kin", (set(), set()))
        if {m.key, long} & (child | parent):
            return True
        return any(x.paragraph == m.paragraph for x in c.mentions if x.key == long)

    def _title_mentions(
        self,
        paragraphs: list[str],
        para_toks: list[list[Token]],
        clusters: list[_Cluster],
        title_owner: dict[str, set[int]],
    ) -> None:
        """A bare title later on («وسبق للرئيس الروسي أن…») is a mention of its one owner."""
        if not title_owner:
            return
        taken = {(m.paragraph, m.start) for c in clusters for m in c.mentions}
        spans = {
            (m.paragraph, s) for c in clusters for m in c.mentions for s in range(m.start, m.end)
        }
        for title, owners in title_owner.items():
            if len(owners) != 1:
                continue
            owner = clusters[next(iter(owners))]
            words = title.split()
            L = len(words)
            for p, toks in enumerate(para_toks):
                norm = [_n(t.text) for t in toks]
                for i in range(len(toks) - L + 1):
                    if tuple(norm[i + 1 : i + L]) != tuple(words[1:]):
                        continue
                    key = self._title_key(norm[i])
                    if key is None or (key != tuple(words[:1]) and norm[i] != words[0]):
                        continue
                    nxt = i + L
                    # followed by a name: it introduces someone (handled above), not a mention
                    if nxt < len(toks) and (p, toks[nxt].start) in spans:
                        continue
                    # a longer title («مساعد الرئيس الروسي») names someone else
                    if i > 0 and self._title_key(norm[i - 1]) is not None:
                        continue
                    first = toks[i]
                    start = first.start
                    for off, stem in _strip_forms(first.text):
                        if off and _n(stem) == words[0]:
                            start += off
                            break
                    end = toks[i + L - 1].end
                    if (p, start) in taken:
                        continue
                    owner.mentions.append(
                        _Mention(p, start, end, paragraphs[p][start:end], owner.type, ())
                    )
                    taken.add((p, start))

    def _entities(self, clusters: list[_Cluster], n_body: int) -> list[Entity]:
        """Entities from clusters; text ``n_body + i`` is the caption of ``media[i]``."""
        out: list[Entity] = []
        clusters = [c for c in clusters if c.mentions]
        clusters.sort(key=lambda c: min((m.paragraph, m.start) for m in c.mentions))
        for k, c in enumerate(clusters, 1):
            named = [m for m in c.mentions if m.key]
            # the fullest name; of two spellings of it, the one the article writes most
            seen = Counter(m.key for m in named)
            best = max(named, key=lambda m: (len(m.key), seen[m.key], not m.clitic, -m.order))
            name = (best.bare or " ".join(best.key)) if best.clitic else best.text
            canon = next((m.canonical for m in c.mentions if m.canonical), "")
            if canon and any(m.text == canon for m in c.mentions):
                # the common name the article also writes, not the official form (an alias)
                name = canon
            forms: list[str] = []
            for m in sorted(c.mentions, key=lambda m: (m.paragraph, m.start)):
                # «للأمم المتحدة» keeps its «لل» in the span (the article's alef is gone), but
                # the name it writes is «الأمم المتحدة»: no alias
                form = (m.bare or m.text) if m.clitic else m.text
                if form != name and form not in forms and m.key:
                    forms.append(form)
            mentions = sorted(
                {(m.paragraph, m.start, m.end): m for m in c.mentions}.values(),
                key=lambda m: (m.paragraph, m.start),
            )
            out.append(
                Entity(
                    id=f"e{k}",
                    type=c.type,
                    name=name,
                    aliases=forms,
                    titles=list(c.titles),
                    mentions=[
                        Mention(m.paragraph, m.start, m.end, m.text)
                        for m in mentions
                        if m.paragraph < n_body
                    ],
                    caption_mentions=[
                        CaptionMention(m.paragraph - n_body, m.start, m.end, m.text)
                        for m in mentions
                        if m.paragraph >= n_body
                    ],
                )
            )
        return out


@register("entities")
def make_entities() -> EntityStep:
    return EntityStep()

"""Quotes and who said them: direct, partial and reported speech, speaker resolved to an entity.

Rules, not a model (see docs/quotes.md). Per paragraph:

1. *Cues* are found from ``lexicons/quote_cues.tsv`` (قال، أكد، أضاف، مضيفاً، جاء في …) and
   attribution phrases from ``quote_attributions.tsv`` (بحسب، وفقاً لـ …). Each cue gets a
   speaker: the noun phrase after it (VSO), before it («وكان X قد أشار»), or, when the subject
   is dropped, the previous speaker of the paragraph or the first salient name of the previous
   sentence; nominal references («الصحيفة»، «المصدر») and statements («بيان أصدره الكرملين»)
   are followed back to what they refer to.
2. *Quote marks* «…» “…” "…" are paired (outermost only; nested marks stay inside). Each span
   is a quote or a name/term from the cue, its length and the syntax around it: a glued «لـ»,
   a head noun before it (صحيفة، وكالة، عملية …) or a «:» after it mean a name; a colon, a cue
   or a complementizer (أن، إن، بأن) before it mean speech.
3. *Reported speech* is the clause after «cue … أن/إن» when it does not open with a quote
   mark, and the clause an attribution phrase attaches to.

Speakers are resolved to ``article.entities`` when the entities step ran (a mention that
overlaps the speaker phrase, or a name/alias match); without entities the name is the text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cache

from ..lexicons import column
from ..model import Article, Entity, Quote, Speaker
from ..ner.features import common_word, given_names_folded
from ..ner.features import norm as fnorm
from ..text.clitics import is_definite
from ..text.normalize import hamza_alef_lam
from .base import EnrichContext, register
from .quotes_lexicon import CueInfo, QuoteLexicon, lexicon
from .quotes_spans import SpanRules
from .quotes_speakers import SpeakerRules
from .quotes_text import Tok, norm, pair_marks, sentence_spans, tokenize
from .quotes_words import (
    _COMMA,
    _HONORIFICS,
    _PREFIX,
    _PRONOUN_PARTICLES,
    _RELATIVES,
    _SUBJECT_PARTICLES,
    _TITLE_PREPS,
    _WHAT,
    _contains,
    _Cue,
    _dedupe,
    _descriptor_links,
    _epithet,
    _is_l,
    _Para,
    _Record,
    _repaired,
    _strip_wf,
    _word_start,
)


def _masdar_spelling(text: str) -> bool:
    """A word shaped like the verbal noun «إفعال/إفالة» («إدانة»، «إعلان»): written with «إ»
    (hamza under alef), a glued و/ف aside, and a long «ا» among its next three letters. A past
    verb of form IV carries hamza above («أدان»); forms VII–X are often misspelt with «إ» in web
    news («إعتبر»، «إستنكر») but have no such «ا», so they stay verbs."""
    w = text[1:] if len(text) > 3 and text[0] in "وف" else text
    return w.startswith("إ") and "ا" in w[1:5]


@cache
def _hamza_al_names() -> frozenset[str]:
    """Given names written with «أل/إل/آل» (lexicons/given_names.tsv), in the step's normal
    form, where they look like definite words («إلهام» → «الهام»)."""
    return frozenset(norm(w) for w in column("given_names", "name") if hamza_alef_lam(w))


class QuoteExtractor(SpeakerRules, SpanRules):
    """Finds the quotes of one article; one instance per article (it carries discourse state)."""

    def __init__(self, article: Article, lex: QuoteLexicon | None = None) -> None:
        self.a = article
        self.lex = lex or lexicon()
        self.entities: dict[str, Entity] = {}
        self.mentions: dict[int, list[tuple[int, int, Entity]]] = {}
        self.epithets: dict[str, Entity] = {}  # norm(name) -> one-word definite «person»
        same = _descriptor_links(article)
        for e0 in article.entities:
            if _epithet(e0):
                self.epithets.setdefault(norm(e0.name), e0)
                continue
            e = self._untitled(_repaired(e0, article.paragraphs))
            self.entities.setdefault(e.id, e)
        for e0 in article.entities:
            e = self.entities.get(same.get(e0.id, e0.id))
            if e is None:
                continue
            for m in e0.mentions:
                start = _word_start(article.paragraphs, m.paragraph, m.start)
                self.mentions.setdefault(m.paragraph, []).append((start, m.end, e))
        for ms in self.mentions.values():
            ms.sort(key=lambda x: (x[0], -x[1]))
        self.records: list[_Record] = []
        self.article_records: list[_Record] = []
        self._papers: list[tuple[tuple[int, int], str]] | None = None  # newspapers named
        # nationality adjective → persons introduced with it (_introductions), built once
        self._intro: dict[str, list[tuple[tuple[int, int], Entity]]] | None = None
        self.titled: dict[str, str] = {}  # «الرئيس الروسي» -> «فلاديمير بوتين»
        self.titled_seq: list[tuple[int, int, str, str]] = []  # (p, pos, title phrase, name)
        self.names: list[str] = []  # person names seen after titles
        self.last_speaker: Speaker | None = None
        self.gender: dict[str, str] = {}  # speaker name -> m/f, from the agreement of its cue
        self.speaker_seq: list[Speaker] = []  # every resolved speaker, in reading order
        self._starts_cache: dict[int, list[int]] = {}
        self._mention_starts: dict[int, list[int]] = {}
        self.sent_speakers: dict[tuple[int, int], Speaker] = {}  # (paragraph, sentence)
        # where the first reported clause of a sentence with a named speaker starts (nested cues)
        self.first_comp: dict[tuple[int, int], int] = {}
        # this paragraph's cue subjects: quoted ones (token of the mark) and the tokens inside
        self.np_subject_marks: set[int] = set()
        self.np_inside: set[int] = set()
        self.conj_names: set[tuple[int, int]] = set()  # tokens whose glued و is a conjunction
        self.paras: list[_Para] = []
        self._heads_cache: dict[str, list[tuple[str, ...]]] = {}
        self._appos: dict[str, list[tuple[int, int, str]]] | None = None
        self._forms = [
            (e, [norm(n).split() for n in (e.name, *e.aliases)]) for e in self.entities.values()
        ]
        self._by_name: dict[str, Entity | None] = {}
        self._rec_names: set[str] = set()
        self._rec_count = -1
        self._exact: dict[str, Entity | None] = {}

    def _starts(self, para: _Para) -> list[int]:
        """Token start offsets of a paragraph (cached), for bisecting offsets to tokens."""
        got = self._starts_cache.get(para.index)
        if got is None or len(got) != len(para.toks):
            got = [t.start for t in para.toks]
            self._starts_cache[para.index] = got
        return got

    def _untitled(self, e: Entity) -> Entity:
        """«كابتن أنطونيو» as a person entity: the speaker is named without the title the NER
        swallowed (the title is kept in ``titles`` by the entities step when it sees one)."""
        words = e.name.split()
        if e.type not in {"PERS", "PER"} or len(words) < 2:
            return e
        k = norm(words[0])
        if self.lex.is_title(k) or k in _HONORIFICS:
            return replace(e, name=" ".join(words[1:]))
        info = self.lex.cue(k)
        if info is not None and info.kind == "verb":
            # «كما أعربت ريناته شميت …»: the NER took the reporting verb into the name.
            return replace(e, name=" ".join(words[1:]))
        return e

    # -- driver ------------------------------------------------------------------------------
    def run(self) -> list[Quote]:
        self.paras = [self._prepare(i, t) for i, t in enumerate(self.a.paragraphs)]
        for para in self.paras:
            self._collect_names(para)
        # every «head «Name»» of the article, for a nominal reference whose name comes later
        # («وذكرت الصحيفة …» in the first paragraph, «صحيفة «هآرتس»» in the third)
        for para in self.paras:
            self._records_for(para)
        self.article_records, self.records = self.records, []
        self._para_records: dict[int, list[_Record]] = {}
        for r in self.article_records:
            self._para_records.setdefault(r.p, []).append(r)
        out: list[Quote] = []
        open_speaker: tuple[Speaker, str | None] | None = None  # quote left open by paragraph
        for para in self.paras:
            quotes, open_speaker = self._paragraph(para, open_speaker)
            out.extend(quotes)
        return _dedupe(out)

    def _prepare(self, index: int, text: str) -> _Para:
        toks = tokenize(text)
        spans = [s for s in pair_marks(text) if s.inner(text)[0] <= s.inner(text)[1]]
        protected = [(s.open or 0, s.close if s.close is not None else len(text)) for s in spans]
        sents = sentence_spans(text, protected) or [(0, len(text))]
        tok_sent: list[int] = []
        k = 0
        for t in toks:
            while k + 1 < len(sents) and t.start >= sents[k][1]:
                k += 1
            tok_sent.append(k)
        tok_span = [-1] * len(toks)
        para = _Para(index, text, toks, spans, sents, tok_sent, tok_span)
        starts = [t.start for t in toks]
        for si, s in enumerate(spans):
            lo = s.open if s.open is not None else 0
            hi = s.close if s.close is not None else len(text) - 1
            # Spans are disjoint and tokens sorted: only the tokens inside are visited.
            for ti in range(bisect_left(starts, lo), bisect_right(starts, hi)):
                t = toks[ti]
                tok_span[ti] = si
                if s.open is not None and t.start == s.open:
                    para.open_tok[si] = ti
                if s.close is not None and t.start == s.close:
                    para.close_tok[si] = ti
        return para

    # -- names known from «title + name» phrases ---------------------------------------------
    def _collect_names(self, para: _Para) -> None:
        toks = para.toks
        i = 0
        while i < len(toks):
            if toks[i].word and self.lex.is_title(toks[i].key) and para.tok_span[i] < 0:
                end = self._title_extent(para, i)
                run = self._name_run(para, i, end)
                if (
                    run is not None
                    and self.entities
                    and not self._person_in(para, toks[run[0]].start, toks[run[1] - 1].end)
                    and not self._known_title_name(para, *run)
                ):
                    # «الوزيرة الأميركية طرحت مجرد أفكار»: bare words the entities step found
                    # no person in are the rest of a clause, not the title holder's name
                    run = None
                holder = self._person_ending_at(para, i)
                if holder is not None and (
                    run is None
                    or not self._person_in(para, toks[run[0]].start, toks[run[1] - 1].end)
                ):
                    # «وقعت أمس فايزة أبوالنجا وزيرة التعاون الدولي …»: a title right after a
                    # person's name is that person's (an apposition); the words after it are
                    # not another name («… الدولي10 اتفاقيات منح»).
                    phrase = " ".join(t.key for t in toks[i:end] if t.word and t.key.isalpha())
                    self.titled.setdefault(phrase, holder)
                    self.titled_seq.append((para.index, toks[i].start, phrase, holder))
                    self.names.append(holder)
                    i = end
                    continue
                if run:
                    a, b = run
                    name = para.text[toks[a].start : toks[b - 1].end]
                    # The name stops where the entity mention stops («دومينيك دو فيلبان
                    # نظيره»: the run went one word too far).
                    for ms, me, ent in self.mentions.get(para.index, []):
                        if (
                            ms < toks[b - 1].end
                            and me > toks[a].start
                            and ent.type
                            in {
                                "PERS",
                                "PER",
                            }
                        ):
                            name = ent.name
                            break
                    phrase = " ".join(t.key for t in toks[i:a] if t.word)
                    self.titled.setdefault(phrase, name)
                    self.titled_seq.append((para.index, toks[i].start, phrase, name))
                    self.names.append(name)
                    i = b
                    continue
            i += 1

    def _person_ending_at(self, para: _Para, i: int, persons_only: bool = False) -> str | None:
        """The person whose mention ends right before token ``i`` (only a comma may sit
        between), as the entities step names it."""
        if i == 0:
            return None
        k = i - 1
        if para.toks[k].text in _COMMA and k > 0:
            k -= 1
        end = para.toks[k].end
        mentions = self.mentions.get(para.index, [])
        mstarts = self._mention_starts.get(para.index)
        if mstarts is None or len(mstarts) != len(mentions):
            mstarts = self._mention_starts[para.index] = [m[0] for m in mentions]
        hi = bisect_left(mstarts, end)
        for _ms, me, ent in mentions[max(0, hi - 10) : hi]:
            # the NER may type a person as an organisation («فايزة أبوالنجا» ORG); a title
            # after it still names a person's role
            if me == end and ent.type in (
                {"PERS", "PER"} if persons_only else {"PERS", "PER", "ORG"}
            ):
                return ent.name
        return None

    def _relative_subject(self, para: _Para, c: _Cue) -> Speaker | None:
        """«… أنجيلا ميركل التي رفضت التعليق على هذه الآراء قائلة إنها …»: a participle after
        a relative clause on a person, with no comma between, is that person's."""
        s0 = para.sents[c.sent][0]
        k = c.ti - 1
        lo = max(0, c.ti - 40)  # a relative clause is short; keeps long sentences linear
        while k >= lo and para.toks[k].start >= s0 and para.toks[k].text not in _COMMA:
            if para.toks[k].key in _RELATIVES:
                name = self._person_ending_at(para, k, persons_only=True)
                if name is not None:
                    ent = self._entity_by_name(name)
                    return Speaker(name, ent.id if ent else None)
                return None
            k -= 1
        return None

    def _manner_phrase(self, para: _Para, j: int) -> bool:
        """«وأضاف الإمام بحزن شديد»: with entities, a word opening with ب that the entities
        step did not find a name in starts a manner phrase (a name would: «الرئيس بوش»)."""
        t = para.toks[j]
        k = t.key
        return (
            self.entities
            and len(k) > 3
            and k[0] == "ب"
            and not k.startswith("بال")
            and self._entity_at(para.index, t.start, t.end) is None
        )

    def _known_title_name(self, para: _Para, a: int, b: int) -> bool:
        """A run that holds a listed given name («السيد حسن»): a name even where the entities
        step found none."""
        names = given_names_folded()  # «احمد» written without hamza is «أحمد»
        return any(fnorm(t.text) in names for t in para.toks[a:b] if t.word)

    def _person_in(self, para: _Para, s: int, e: int) -> bool:
        return any(
            ms < e and me > s and ent.type in {"PERS", "PER"}
            for ms, me, ent in self.mentions.get(para.index, [])
        )

    def _name_word(self, k: str, text: str | None = None) -> bool:
        """Whether the word with key ``k`` can be part of a person's name. Give the written
        ``text`` when at hand: the article is read from it («ألونسو», «إلهام», «آلان» fold to
        «ال…» but carry no article); without it, given names from the table are let through."""
        lex = self.lex
        if k == "الله" or (text is None and k in _hamza_al_names()):
            # «نصر الله»، «عبد الله»؛ «إلهام»، «آلان» fold to «ال…» but are given names
            return True
        definite = (
            is_definite(text)
            if text is not None
            else k.startswith(("ال", "وال", "لل", "بال", "فال"))
        )
        return not (
            len(k) < 2
            or k in _TITLE_PREPS
            or definite
            or lex.is_title(k)
            or (k[0] == "ل" and (lex.is_title(k[1:]) or k[1:] in lex.name_heads))
            or k in lex.np_stops
            or k in lex.complementizers
            or k in _PRONOUN_PARTICLES
            or k in _SUBJECT_PARTICLES  # «… لايزال يعتقد»، «قد»: particles, aspect verbs
            or k in _WHAT  # «المدرب بما وصفه»: «what», never a name
            or lex.cue(k) is not None
            or k[0].isdigit()
        )

    def _title_extent(
        self, para: _Para, i: int, cap: int = 12, stop: frozenset[str] = frozenset()
    ) -> int:
        """Where a title phrase ends: «رئيس اللجنة المنظمة لكأس العالم في كرة القدم فرانتس
        بكنباور» runs through genitives, adjectives, prepositional complements and the name;
        once the name has been seen, a preposition starts something else («… السقاف في تصريح
        للجزيرة نت»، «… فوشيه لصحيفة ديلي ميل»)."""
        toks = para.toks
        lex = self.lex
        j = i + 1
        end = min(len(toks), i + cap)
        definite = toks[i].key.startswith("ال") or toks[i].key in _HONORIFICS
        named = False
        while j < end:
            t = toks[j]
            if para.tok_span[j] >= 0:
                break
            if not t.word:
                if t.text == "." and len(toks[j - 1].key) == 1:
                    j += 1
                    continue
                break
            k = t.key
            if k in _PREFIX or not k or k[0].isdigit():
                break  # «مسؤول أمني لـ«الشرق الأوسط»»، «الرئيس الروسي 3 نواب»
            if j > i + 1 and self._addressee_end(toks, j, strict=True) is not None:
                break  # «مصدر أمني لفرانس برس»: whom he told, not part of who he is
            if named and (
                k in _TITLE_PREPS
                or k.startswith(("لل", "بال"))
                or (k[0] == "ل" and (k[1:] in lex.name_heads or k[1:] in lex.speaker_nouns))
            ):
                break
            if named and len(k) > 3 and k[0] == "و" and lex.is_title(k[1:]):
                break  # «الرئيس المصري حسني مبارك والملك عبد الله»: a second person
            if k in _TITLE_PREPS and j + 1 < end and toks[j + 1].word:
                if toks[j + 1].key in lex.complementizers:
                    break  # «وأشار مسؤول في الشرطة إلى أن»: the cue's own preposition
                if k in stop:
                    break  # «ودعا رئيس الهيئة … المستثمرين إلى الصبر»: what «دعا» governs
                j += 2
                continue
            if k in lex.complementizers or lex.cue(k) is not None:
                break
            if t.text == "علي" and self._looks_like_name_after(toks, j):
                named = True  # «… في إيران علي شمخاني»
                j += 1
                continue
            if k in lex.np_stops and k not in _TITLE_PREPS:
                break
            if self._name_word(k, t.text) and not self._common_run(para, j, j + 1):
                # («رئيس بعثة مصر إلى البطولة محمد الشربيني»: «بعثة» is a common noun)
                prev = toks[j - 1].key
                # A name follows a definite word («الروسي يوري»), not an indefinite title
                # («سفير إسرائيل»: a genitive).
                if (j == i + 1 and definite) or (
                    j > i + 1 and not self._name_word(prev, toks[j - 1].text)
                ):
                    named = named or prev.startswith("ال") or definite or lex.is_title(prev)
            j += 1
        return j

    def _name_run(self, para: _Para, i: int, limit: int) -> tuple[int, int] | None:
        """The person's name after a title at ``i``: the last run of words without «ال» before
        ``limit`` («مساعد الرئيس الروسي يوري أوشاكوف» → «يوري أوشاكوف»)."""
        toks = para.toks
        # «مصدر قضائي»: right after an indefinite noun a word without «ال» is an adjective or a
        # genitive, not a name; a definite title or an honorific can be followed by the name.
        definite = (
            toks[i].key.startswith("ال") or len(toks[i].key) == 1 or toks[i].key in _HONORIFICS
        )
        runs: list[tuple[int, int]] = []
        j = i + 1

        def is_name(j: int) -> bool:
            t = toks[j]
            return t.word and (
                self._name_word(t.key, t.text)
                or (t.text == "علي" and self._looks_like_name_after(toks, j))
            )

        while j < limit:
            if is_name(j):
                a = j
                broken = False
                while j < limit and is_name(j):
                    if j - a >= 2 and toks[j].key[0] == "و":
                        broken = True  # «فلاديمير بوتين وصوله»: a new clause starts
                        break
                    j += 1
                runs.append((a, j))
                if broken:
                    break
                continue
            j += 1
        for a, b in reversed(runs):
            prev = toks[a - 1].key if a - 1 > i else None
            if b - a >= 2 and all(t.key.endswith("ا") and len(t.key) > 3 for t in toks[a:b]):
                continue  # «هجوما عنيفا»: an accusative phrase, not a name
            if prev is None and not definite:
                continue  # «مصدر قضائي»، «دبلوماسي غربي»، «سفير إسرائيل»: not a name
            over = self._mention_over(para.index, toks[a].start, toks[b - 1].end)
            if over is not None and over.type not in {"PERS", "PER"}:
                continue  # «رئيس وحدة الوسائط المتعددة بنوكيا»: the organisation, not his name
            if self._common_run(para, a, b):
                continue  # «الرئيس السابق وجود …»، «قائد القوات متعددة الجنسيات»: no name
            if prev is not None and prev[:1] == "ل" and self._head_key(prev[1:]) is not None:
                continue  # «ناطق عسكري لوكالة فرانس برس»: whom he told, not who he is
            if prev in _TITLE_PREPS or prev in self.lex.np_stops:
                if b - a >= 3:
                    return (b - 2, b)  # «في وفد حماس اسامة حمدان» → «اسامة حمدان»
                continue
            if b - a > 3:
                return (b - 3, b)
            return (a, b)
        return None

    # -- one paragraph -----------------------------------------------------------------------
    def _paragraph(
        self, para: _Para, open_speaker: tuple[Speaker, str | None] | None
    ) -> tuple[list[Quote], tuple[Speaker, str | None] | None]:
        # this paragraph's «head «Name»» records, found once by the first pass
        self.records.extend(self._para_records.get(para.index, ()))
        if open_speaker is not None and not para.spans and self._closed_later(para.index):
            # A quote opened two paragraphs up and closed below: this one is all quote.
            a, b = 0, len(para.text.rstrip())
            while a < b and para.text[a].isspace():
                a += 1
            if b > a:
                return [self._quote(para, a, b, "direct", *open_speaker)], open_speaker
        cues = self._find_cues(para)
        for c in cues:
            self._resolve_cue(para, c, cues)
        cues = self._settle_noun_cues(para, cues)
        self.np_subject_marks = {c.np[0] for c in cues if c.np is not None and c.tj == c.np[0]}
        self.np_inside = {k for c in cues if c.np is not None for k in range(c.np[0] + 1, c.np[1])}
        out: list[Quote] = []
        next_open: tuple[Speaker, str | None] | None = None
        quote_spans: set[int] = set()
        rejected: list[int] = []
        for si, span in enumerate(para.spans):
            q = self._classify_span(para, si, span, cues, out, open_speaker)
            if q is not None:
                out.append(q)
                quote_spans.add(si)
                self.last_speaker = q.speaker if q.speaker.name else self.last_speaker
                if span.close is None:
                    next_open = (q.speaker, q.cue)
            else:
                rejected.append(si)
        out.extend(self._echoes(para, rejected, out))
        out.extend(self._reported(para, cues, quote_spans, out))
        out.extend(self._name_colon(para, cues, out))
        # marks around nothing but spaces («" "») quote nothing (found by fuzzing)
        out = [q for q in out if q.text.strip()]
        out.sort(key=lambda q: (q.start, q.end))
        return out, next_open

    def _echoes(self, para: _Para, rejected: list[int], found: list[Quote]) -> list[Quote]:
        """«المغرب "وجهة مفضلة" للمقاولات قال X إن المغرب يعد "وجهة مفضلة"»: a short span
        left out that repeats word for word a later quote of the same paragraph (a title line
        echoing the speaker's words) is that quote again; a name stays a name, as it was never
        taken as a quote anywhere."""
        out: list[Quote] = []
        if not rejected:
            return out
        last: dict[str, Quote] = {}  # normal form -> the last marked quote with that text
        for q in found:
            if q.kind != "indirect" and len(q.text) <= 200:
                last[norm(q.text)] = q
        for si in rejected:
            span = para.spans[si]
            if span.open is None or span.close is None:
                continue
            a, b = span.inner(para.text)
            q = last.get(norm(para.text[a:b])) if b - a <= 200 else None
            if q is not None and q.start > b:
                out.append(self._quote(para, a, b, "partial", q.speaker, None))
        return out

    def _closed_later(self, p: int, window: int = 3) -> bool:
        """Whether the first quote mark in the next paragraphs closes a quote left open."""
        for q in self.paras[p + 1 : p + 1 + window]:
            if q.spans:
                return q.spans[0].open is None
        return False

    def _records_for(self, para: _Para) -> None:
        """Record «head «Name»» and «head Entity» phrases for later nominal references."""
        toks = para.toks
        for i, t in enumerate(toks[:-1]):
            if not t.word or para.tok_span[i] >= 0:
                continue
            head = self._head_key(t.key)
            if head is None:
                continue
            nxt = toks[i + 1]
            si = para.tok_span[i + 1]
            if si >= 0 and para.open_tok.get(si) == i + 1:
                a, b = para.spans[si].inner(para.text)
                if b - a > 0 and len(para.text[a:b].split()) <= 6:
                    ent = self._entity_at(para.index, a, b)
                    name = ent.name if ent else para.text[a:b]
                    self.records.append(
                        _Record(para.index, t.start, head, name, ent.id if ent else None)
                    )
                continue
            ent = self._entity_starting(para.index, nxt.start)
            if ent is not None:
                self.records.append(_Record(para.index, t.start, head, ent.name, ent.id))

    def _head_key(self, key: str) -> str | None:
        for k in (key, key[1:] if len(key) > 3 and key[0] in _PREFIX else None):
            if k and (k in self.lex.name_heads or k in self.lex.speaker_heads):
                return k
        return None

    # -- cues --------------------------------------------------------------------------------
    def _find_cues(self, para: _Para) -> list[_Cue]:
        toks = para.toks
        lex = self.lex
        out: list[_Cue] = []
        i = 0
        while i < len(toks):
            t = toks[i]
            if not t.word or para.tok_span[i] >= 0:
                i += 1
                continue
            hit: tuple[int, CueInfo | None] | None = None
            stripped = False
            multi = t.key in lex.first_keys or _strip_wf(t.key) in lex.first_keys
            for keys, info in lex.phrases if multi else ():
                if self._match_keys(toks, i, keys):
                    hit = (len(keys), info)
                    stripped = t.key != keys[0]
                    break
            if hit is None and multi:
                for keys in lex.attributions:
                    if self._match_keys(toks, i, keys, glue_last=keys[-1] == "ل"):
                        if len(keys) == 1 and i + 1 < len(toks) and toks[i + 1].key == "الله":
                            break  # «بهاء حسب الله»: a family name, not «according to»
                        stripped = t.key != keys[0]
                        hit = (
                            len(keys)
                            - (1 if keys[-1] == "ل" and not _is_l(toks, i + len(keys) - 1) else 0),
                            None,
                        )
                        break
            if (
                hit is None
                and i > 0
                and lex.naming
                and toks[i - 1].key in _WHAT
                and (info := lex.naming.get(t.key) or lex.naming.get(_strip_wf(t.key))) is not None
            ):
                # «هاجم ما أسماه «…»»، «بما وصفه»: the main clause's subject is quoted
                hit = (1, info)
                stripped = t.key not in lex.naming
            if hit is None:
                info = lex.cue(t.key)
                if info is not None and info.kind == "verb" and _masdar_spelling(t.text):
                    # «عبر عن إدانته»: «his condemnation», not «أدانته» (she condemned him)
                    info = None
                if info is not None and (
                    not info.needs_prep
                    or self._prep_follows(
                        para,
                        i,
                        info,
                        clause=lex.complementizers
                        if set(info.preps) <= lex.complementizers
                        else None,
                    )
                ):
                    hit = (1, info)
                    stripped = lex.cue_is_stripped(t.key)
            if hit is None and lex.noun_cues:
                # «تصريحات X بأن»، «وفي تصريحات …»، «بقوله إن»: a glued و/ف/ب/ل is allowed.
                info = lex.noun_cues.get(t.key)
                if info is None and len(t.key) > 3 and t.key[0] in _PREFIX:
                    info = lex.noun_cues.get(t.key[1:])
                    stripped = info is not None
                if info is not None:
                    hit = (1, info)
            if (
                hit is not None
                and hit[1] is not None
                and hit[1].kind != "naming"  # «ما» is what «وهو ما يؤكد» rules out
                and i > 0
                and (
                    _strip_wf(toks[i - 1].key) in lex.nonreport_an
                    or _strip_wf(toks[i - 1].key) in lex.not_cue_before
                )
            ):
                hit = None  # «ويمكن القول إن …»: the reporter's own voice
            if hit is None:
                i += 1
                continue
            n, info = hit
            j = i + n
            pron = info is None and self._pronoun_attr(toks, i, n)
            # The cue as written, without a glued conjunction: «وقال» → «قال».
            cs = t.start + 1 if stripped else t.start
            form = para.text[cs : toks[j - 1].end]
            out.append(_Cue(i, j, form, info, para.tok_sent[i], pronoun=pron))
            i = j
        return out

    @staticmethod
    def _prep_follows(
        para: _Para, i: int, info: CueInfo, clause: frozenset[str] | None = None
    ) -> bool:
        """«عبر الأمين العام … عن "حزنه"» is a cue, «عبر الهاتف» (via) is not: a cue marked
        needs_prep counts only when one of its prepositions follows in its sentence. A verb
        that needs «أن» needs it in its own clause, after its subject («وتوقع متحدث باسم
        الجيش أن»; not «رافضا توقع اية نتيجة، وقال "يجب ان …"», where «توقع» is a noun)."""
        toks = para.toks
        for k in range(i + 1, min(len(toks), i + (14 if clause else 9))):
            if para.tok_sent[k] != para.tok_sent[i]:
                break
            if clause is not None:
                if toks[k].text in _COMMA and k + 1 < len(toks) and toks[k + 1].key in clause:
                    return True  # «وبيّنت الشركة، أنها …»: a comma before the clause
                if toks[k].text in _COMMA or para.tok_span[k] >= 0:
                    break
                if toks[k].key in clause:
                    return True  # any complementizer: «بأنه»، «أنها»
            key = toks[k].key
            if toks[k].word and (
                key in info.preps
                # a one-letter preposition is written glued: «أشاد بفوز»، «رحب بالقرار»
                or (len(key) > 3 and key[0] in info.preps)
            ):
                return True
        return False

    def _pronoun_attr(self, toks: list[Tok], i: int, n: int) -> bool:
        keys = tuple(_strip_wf(t.key) if k == 0 else t.key for k, t in enumerate(toks[i : i + n]))
        return keys in self.lex.pronoun_attributions

    @staticmethod
    def _match_keys(
        toks: list[Tok], i: int, keys: tuple[str, ...], glue_last: bool = False
    ) -> bool:
        if i + len(keys) - (1 if glue_last else 0) > len(toks):
            return False
        for n, k in enumerate(keys):
            if i + n >= len(toks):
                return glue_last and n == len(keys) - 1
            tk = toks[i + n].key
            if n == 0 and tk != k and len(tk) > 2 and tk[0] in "وف":
                tk = tk[1:]
            if glue_last and n == len(keys) - 1:
                # «وفقاً لـ» is written «وفقاً لـ X», «وفقاً لX» or «وفقاً ل X».
                return tk == k or (tk.startswith("ل") and len(tk) > 1)
            if tk != k:
                return False
        return True

    def _entity_at(self, p: int, s: int, e: int) -> Entity | None:
        for ms, me, ent in self.mentions.get(p, []):
            if ms < e and me > s:
                return ent
        return self._entity_by_name(self.paras[p].text[s:e] if p < len(self.paras) else "")

    def _common_run(self, para: _Para, a: int, b: int) -> bool:
        """Bare words that general Arabic uses as a common noun or adjective («وجود»، «وسط
        جاوا»، «متعددة») and that the entities step did not find a person in: not a name.
        Without entities the shape is all there is, so nothing is ruled out."""
        if not self.entities:
            return False
        toks = para.toks
        s, e = toks[a].start, toks[b - 1].end
        # a person found in the run, or right after it («اصغر علي زادة غريب» cut at «اصغر»)
        e1 = toks[b].end if b < len(toks) and toks[b].word else e
        if any(
            ms < e1 and me > s and ent.type in {"PERS", "PER"}
            for ms, me, ent in self.mentions.get(para.index, [])
        ):
            return False
        # «وسط جاوا»، «تحمل أفكارا يريد»: no person found in it, and it opens with a common word
        return common_word(toks[a].text)

    def _mention_over(self, p: int, s: int, e: int) -> Entity | None:
        """The entity one of whose mentions covers all of [s, e), if any."""
        return next((ent for ms, me, ent in self.mentions.get(p, []) if ms <= s and e <= me), None)

    def _entity_starting(self, p: int, s: int) -> Entity | None:
        for ms, _me, ent in self.mentions.get(p, []):
            if ms == s:
                return ent
        return None

    def _entity_exact(self, name: str) -> Entity | None:
        """The entity a whole speaker name names: same words as its name or an alias («ال»
        ignored), or a person's family name."""

        def words(x: str) -> list[str]:
            return [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in norm(x).split()]

        if name in self._exact:
            return self._exact[name]
        key = words(name)
        found: Entity | None = None
        for ent, forms in self._forms if key else []:
            for nk0 in forms:
                nk = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in nk0]
                if nk and (
                    key == nk
                    or (len(key) == 1 and ent.type in {"PERS", "PER"} and key[0] == nk[-1])
                ):
                    found = ent
                    break
            if found is not None:
                break
        self._exact[name] = found
        return found

    def _entity_by_name(self, name: str) -> Entity | None:
        if not self.entities or not name:
            return None
        if name in self._by_name:
            return self._by_name[name]
        key = norm(name).split()
        found: Entity | None = None
        for ent, forms in self._forms:
            for nk in forms:
                if not nk:
                    continue
                if (
                    key == nk
                    or (len(key) == 1 and ent.type in {"PERS", "PER"} and key[0] == nk[-1])
                    or (len(nk) >= 2 and _contains(key, nk))
                ):
                    found = ent
                    break
            if found is not None:
                break
        self._by_name[name] = found
        return found


def extract_quotes(article: Article) -> list[Quote]:
    """Quotes of an article, reading ``article.entities`` when present; never raises on odd
    text (unbalanced or empty marks give fewer quotes, not errors)."""
    if not article.paragraphs:
        return []
    return QuoteExtractor(article).run()


class QuotesStep:
    name = "quotes"
    requires: tuple[str, ...] = ("entities",)
    assigns: tuple[str, ...] = ("quotes",)

    def __call__(self, article: Article, context: EnrichContext) -> Article:
        article.quotes = extract_quotes(article)
        return article


@register("quotes")
def _factory() -> QuotesStep:
    return QuotesStep()

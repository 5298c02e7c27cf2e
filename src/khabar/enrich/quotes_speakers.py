"""Speaker resolution for the quotes step: who a reporting cue's subject is (VSO, SVO, dropped
subjects, appositions, titles, nominal references, coordinated speakers). A mixin of
:class:`khabar.enrich.quotes.QuoteExtractor`, which owns the state it reads."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cache

from ..lexicons import column
from ..model import Entity, Speaker
from ..ner.features import own_waw
from ..text.clitics import is_definite
from .quotes_lexicon import CueInfo
from .quotes_text import Tok, norm
from .quotes_words import (
    _CLAUSE_OPENERS,
    _CLITIC_LETTERS,
    _COMMA,
    _DEFINITE,
    _HONORIFICS,
    _KANA,
    _MASDAR_PREPS,
    _MAX_NP,
    _NEGATIONS,
    _OBJECT_PREPS,
    _ORG_REFERENCE_HEADS,
    _PAPER_NOUNS,
    _PREFIX,
    _PRONOUN_PARTICLES,
    _PRONOUN_PREPS,
    _RELATIVES,
    _STATEMENT_LINKS,
    _SUBJECT_PARTICLES,
    _TITLE_ADJECTIVES,
    _TITLE_PREPS,
    _TOPIC,
    _WHEN,
    _bare,
    _Cue,
    _cue_gender,
    _Para,
    _Record,
    _strip_l,
    _strip_wf,
)


def _plural_verb(key: str, info: CueInfo | None) -> bool:
    """«قالوا»، «يقولون»، «يرجحون»: a verb cue in the plural."""
    if info is None or info.kind != "verb":
        return False
    k = _strip_wf(key)
    for suffix in ("هما", "هم", "ها", "ه"):
        if k.endswith(suffix) and len(k) - len(suffix) >= 4:
            k = k[: -len(suffix)]
            break
    return len(k) >= 5 and k.endswith(("وا", "ون")) and not info.lemma.endswith(("وا", "ون"))


def _without_glued_l(sp: Speaker, key: str) -> Speaker:
    """«وطبقا لمرسوم التعيين»: the attribution's ل is not part of the source's name
    («لمرسوم» → «مرسوم»، «للمرصد» → «المرصد»)."""
    name = sp.name or ""
    if len(key) <= 3 or not key.startswith("ل") or not norm(name).startswith(key[:2]):
        return sp
    if key.startswith("لل"):
        return replace(sp, name="ال" + name[2:])
    return replace(sp, name=name[1:])


_PERSON_TYPES = frozenset({"PERS", "PER"})


def _adjective_like(key: str) -> bool:
    """A definite word shaped like an adjective: a nisba («الكردية»، «السوري») or a participle
    («المعارض»، «المتحدة»)."""
    bare = key[2:]
    return bare.endswith(("ي", "ية", "يه", "يون", "يين", "يان", "يات")) or bare.startswith("م")


@cache
def _nationality_keys() -> frozenset[str]:
    """Nationality adjectives (lexicons/nationalities.tsv) in the step's normal form."""
    return frozenset(norm(w) for w in column("nationalities", "adjective") if " " not in w)


_ACTOR_TYPES = frozenset({"PERS", "PER", "ORG", "LOC"})


class SpeakerRules:
    """Methods that give each cue its speaker."""

    def _resolve_cue(self, para: _Para, c: _Cue, cues: list[_Cue]) -> None:
        self._resolve_cue_speaker(para, c, cues)
        sp, toks = c.speaker, para.toks
        if c.info is not None and sp is not None and sp.name and c.comp is not None:
            key = (para.index, c.sent)
            self.first_comp[key] = min(self.first_comp.get(key, c.comp), c.comp)
        if sp is None or not sp.name or c.info is None or c.np is None:
            return
        nxt = c.np[1]
        marked = nxt < len(toks) and para.tok_span[nxt] >= 0
        if c.comp is None and not (marked and para.open_tok.get(para.tok_span[nxt]) == nxt):
            return  # a cue that introduces nothing («وعندما أقرت جائزة مبارك …») is no proof
        g = _cue_gender(toks[c.ti].key, c.info)
        if g and c.np[1] > c.np[0]:
            # Only a subject written with a verb that introduces speech tells its gender.
            np_text = norm(para.text[toks[c.np[0]].start : toks[c.np[1] - 1].end])
            words = norm(sp.name).split()
            if words and words[-1] in np_text.split():
                self.gender.setdefault(sp.name, g)

    def _resolve_cue_speaker(self, para: _Para, c: _Cue, cues: list[_Cue]) -> None:
        toks = para.toks
        lex = self.lex
        if c.info is not None and c.info.kind in {"noun", "masdar"}:
            self._resolve_noun_cue(para, c, cues)
            return
        if c.info is not None and c.info.kind == "naming":
            c.np = None  # set by _naming_owner when the subject follows the verb
            c.speaker = self._naming_owner(para, c, cues)
        elif c.info is not None and c.info.kind == "participle":
            prev = [
                d
                for d in cues
                if d.ti < c.ti
                and d.sent == c.sent
                and d.speaker is not None
                and d.info is not None
                and not d.embedded
            ]
            # «شنت كوريا الشمالية هجوما … قائلة انها»، «أصدرت شركة مايكروسوفت ملفا … قائلة»:
            # the subject of the clause the participle follows; a country or an organisation
            # speaks as well as a person.
            sub = None if prev else self._clause_subject(para, c, _ACTOR_TYPES)
            c.speaker = (
                prev[-1].speaker
                if prev
                else self._relative_subject(para, c)
                or (sub[1] if sub else None)
                or self._vso_subject(para, c.sent)
            )
            if c.speaker is None:
                c.speaker = self.last_speaker
        elif (
            c.info is not None
            and c.ti > 0
            and toks[c.ti - 1].key in _RELATIVES
            and (rel := self._relative_owner(para, c, cues)) is not None
        ):
            # «كما قال الرئيس الإيراني الذي وصف إسرائيل … بأنها "ورم خبيث"، أن …»: a cue in
            # a relative clause has the phrase before «الذي» as subject; what follows the cue
            # is its object, not a speaker.
            c.speaker, c.embedded = rel, True
            c.np = (c.tj, c.tj)
        elif c.info is None and c.pronoun:
            # «على حد قوله»، «في رأيه»: the speaker is the one last mentioned.
            c.speaker = self.last_speaker
            c.np = (c.tj, c.tj)
        else:
            start = c.tj
            # attribution: «بحسب ما أعلن مصدر»، «وفقاً لمعطيات»
            if c.info is None and start < len(toks) and toks[start].key in {"ما", "لما"}:
                start += 2 if start + 1 < len(toks) else 1
            np_ = self._quoted_subject(para, c) or self._np_after(
                para, start, glued_l=c.info is None, cue_preps=c.info.preps if c.info else ()
            )
            object_cut = False
            if np_ is not None and c.info is not None and c.info.transitive:
                whole = np_
                np_ = self._without_object(para, np_)
                object_cut = np_ != whole  # what is left is the subject, definite or not
            pronoun_subject = self._pronoun_subject(para, c)
            if pronoun_subject:
                # «لكنه لا يرى الحياة مكتملة»: «ـه» is the subject, what follows the object
                np_ = None
            if np_ is not None and _plural_verb(toks[c.ti].key, c.info):
                # «فالأيطاليون يرجحون فوز …»: a verb before its subject stays singular, so a
                # plural form has its subject before it or dropped; what follows is an object
                np_ = None
            c.np = np_
            svo = self._svo_subject(para, c) if np_ is not None else None
            if (
                svo is None
                and c.info is not None
                # «وكان كين قد رحل … وصرح فيرجسون»: a glued و with its own subject after it
                # starts a new clause; «كان» named the first clause's subject
                and not (np_ is not None and lex.cue_is_stripped(toks[c.ti].key))
            ):
                svo = self._kana_subject(para, c)
            if svo is not None:
                # «كوفي انان حث اسرائيل ولبنان على …»: the subject stands before a transitive
                # verb, so the phrase after it is the object.
                c.np, c.speaker = svo
                np_ = None
            if np_ is not None:
                transitive = c.info is not None and c.info.transitive and not object_cut
                c.speaker = self._resolve_np(para, *np_, transitive=transitive)
                if (
                    c.info is None
                    and c.speaker is not None
                    and c.speaker.entity_id is None
                    and self._takes_glued_l(para, c)
                ):
                    c.speaker = _without_glued_l(c.speaker, para.toks[np_[0]].key)
                if c.speaker is not None and c.speaker.entity_id is not None:
                    c.np = np_ = self._bounded(para, np_, c.speaker.entity_id)
                if c.speaker is not None and c.speaker.name:
                    both = self._coordinated(para, c, np_[1])
                    if both is not None:
                        c.speaker, c.np = both
                        np_ = c.np
                n_np = np_[1] - np_[0]
                if (
                    c.speaker is None
                    and transitive
                    and (
                        n_np >= 3
                        or (
                            n_np == 2
                            and self._name_word(toks[np_[0] + 1].key, toks[np_[0] + 1].text)
                        )
                    )
                ):
                    # «ويتهم الغرب كوريا الشمالية بأنها …»: subject then object; the first
                    # word is the subject («ووصف الزيارة بأنها» has only the object).
                    c.np = (np_[0], np_[0] + 1)
                    c.speaker = self._resolve_np(para, *c.np)
                if c.speaker is None and c.info is None:
                    return  # «بحسب الأهمية»: not an attribution to a speaker
            if (
                c.speaker is None
                and c.info is not None
                and not lex.cue_is_stripped(toks[c.ti].key)
                and not pronoun_subject
            ):
                # «وقال»، «واتهمها»: a glued conjunction shares the previous clause's subject,
                # so nothing before the cue is its subject. «قال فيها» qualifies a noun before
                # it («وأرسل كلمة تلخص رؤيته لجائزة نوبل … قال فيها»): only a relative clause
                # («X الذي أدلى ببيان حث فيه») gives it a subject written before it.
                after_pron = c.tj < len(toks) and toks[c.tj].key in _PRONOUN_PREPS
                before = self._np_before(para, c, rel_only=after_pron) or (
                    None if after_pron else self._source_before(para, c)
                )
                if before is not None:
                    c.np = before
                    c.speaker = self._resolve_np(para, *before)
            if c.speaker is None and c.info is not None:
                c.speaker = self._antecedent(para, c, cues)
                if not any(d.ti < c.ti and d.sent == c.sent and d.speaker for d in cues):
                    # Within one sentence a cue of the other gender has another subject
                    # («قال X … لانها تعارض … وتعتبر»), which agreement cannot name.
                    c.speaker = self._agreeing(c.speaker, toks[c.ti].key, c.info)
                if c.speaker is None and self.last_speaker is None:
                    c.speaker = self._cataphor(para, c)
        # «وقالت تايمز إن …، وأن سول أعلنت … أنها …»: a cue inside an earlier cue's reported
        # clause reports speech within speech; the article's speaker stays the outer one. A
        # cue with a glued conjunction («… انه لا يمكنها … وقال ممثل قطر») starts a new clause.
        nested = (
            not lex.cue_is_stripped(toks[c.ti].key)
            and self.first_comp.get((para.index, c.sent), len(toks)) <= c.ti
        )
        if c.speaker is not None and c.speaker.name and not nested:
            self.last_speaker = c.speaker
            self.speaker_seq.append(c.speaker)
            self.sent_speakers[(para.index, c.sent)] = c.speaker
        if c.speaker is not None and c.speaker.name and c.info is not None:
            self._statement_records(para, c)
        if c.info is None:
            # «وبحسب المرصد فقد …»: the content follows the attribution.
            k = c.np[1] if c.np else c.tj
            fa = False
            while k < len(toks) and toks[k].key in {"فان", "فقد", "ف", "،", ","}:
                fa = fa or toks[k].key in {"فان", "فقد", "ف"}
                k += 1
            if (k < len(toks) and para.tok_sent[k] == c.sent and fa) or (
                k < len(toks)
                and para.tok_sent[k] == c.sent
                and not [t for t in toks[: c.ti] if t.start >= para.sents[c.sent][0] and t.word]
            ):
                c.comp, c.comp_kind = k, "after"
            return
        # Where the reported content starts: after «:» or a complementizer in the same sentence.
        k = c.np[1] if c.np and c.np[0] >= c.tj else c.tj
        limit = min(len(toks), k + 25)
        while k < limit and para.tok_sent[k] == c.sent:
            t = toks[k]
            if t.text == ":" and para.tok_span[k] < 0:
                c.comp, c.comp_kind = k + 1, "colon"
                break
            if para.tok_span[k] >= 0:
                k += 1
                continue
            if t.word and t.key in lex.complementizers:
                prev = toks[k - 1].key if k > 0 else ""
                if prev not in lex.nonreport_an:
                    if (
                        k == c.tj
                        and _strip_wf(toks[c.ti].key) in lex.not_cues
                        # «رئيس التحرير يعتقد أن»: with its subject before it a stance verb
                        # is no impersonal «it is believed that»
                        and not (
                            c.info.needs_prep
                            and c.np is not None
                            and c.np[1] <= c.ti
                            and all(toks[x].key in _SUBJECT_PARTICLES for x in range(c.np[1], c.ti))
                            and c.speaker is not None
                            # a definite speaker, not an indefinite noun with a passive
                            # relative clause: «ثلاثة أشخاص يعتقد أن …»، «امرأة يعتقد أنها …»
                            # (are believed to)
                            and (
                                c.speaker.entity_id is not None
                                or lex.is_title(toks[c.np[0]].key)
                                or is_definite(toks[c.np[0]].text)
                            )
                        )
                    ):
                        return
                    c.comp, c.comp_kind = k + 1, "that"
                    break
            if (
                t.word
                and k > c.ti
                and lex.cue(t.key) is not None
                and k >= c.tj
                and _strip_wf(toks[k - 1].key) not in lex.not_cue_before
            ):
                if toks[k - 1].key in _RELATIVES:
                    # «قال الرئيس الذي وصف إسرائيل بأنها "…"، أن …»: the relative clause
                    # runs to the next comma; the main cue's content comes after it.
                    while k < limit and para.tok_sent[k] == c.sent and toks[k].text not in _COMMA:
                        k += 1
                    k += 1
                    continue
                break
            k += 1

    def _without_object(self, para: _Para, np_: tuple[int, int]) -> tuple[int, int]:
        """After a transitive cue, VSO: «حض الائتلاف الوطني السوري المعارض الفصائل الكردية على
        …»: a definite noun right after a definite word that is not an adjective (nisba «ـي/ـية»,
        participle «الم…») starts the object, unless an entity mention runs across."""
        toks = para.toks
        a, b = np_
        for k in range(a + 2, b):
            prev, cur = toks[k - 1], toks[k]
            if not (prev.word and cur.word and prev.key.startswith("ال")):
                continue
            if not cur.key.startswith("ال") or len(cur.key) < 5 or _adjective_like(cur.key):
                continue
            if cur.key in _TITLE_ADJECTIVES:
                continue  # «الرئيس الكيني السابق»، «الأمين العام»
            if any(
                ent.type in _PERSON_TYPES and cur.start <= ms < toks[b - 1].end
                for ms, _me, ent in self.mentions.get(para.index, [])
            ):
                break  # the name comes after: «وانتقد الرئيس … السابق دانيال أراب موي الحكومة»
            if any(
                ms < cur.start and me > prev.start
                for ms, me, _e in self.mentions.get(para.index, [])
                if me > prev.end
            ):
                continue  # «الأمم المتحدة»-like names the entities step found run on
            return (a, k)
        return np_

    def _pronoun_subject(self, para: _Para, c: _Cue) -> bool:
        """A particle carrying the subject as a pronoun («لكنه»، «ولكنها») right before a verb
        cue, negation or «قد» aside, in the cue's sentence."""
        if c.info is None or c.info.kind != "verb":
            return False
        toks = para.toks
        k = c.ti - 1
        while k >= 0 and para.tok_sent[k] == c.sent and toks[k].key in _NEGATIONS:
            k -= 1
        return k >= 0 and para.tok_sent[k] == c.sent and toks[k].key in _PRONOUN_PARTICLES

    def _takes_glued_l(self, para: _Para, c: _Cue) -> bool:
        """Whether the attribution phrase ends in a ل glued to the next word («وفقاً لـ»،
        «طبقاً لـ»); «بحسب لوموند» does not, and keeps the name's own ل."""
        keys = [t.key for t in para.toks[c.ti : c.tj] if t.word]
        if not keys:
            return False
        bare = [_strip_wf(keys[0]), *keys[1:]]
        return any((*k, "ل") in self.lex.attributions for k in (keys, bare))

    def _naming_owner(self, para: _Para, c: _Cue, cues: list[_Cue]) -> Speaker | None:
        """Whose words «ما أسماه «…»» quotes: the main clause's subject — the speaker of an
        earlier cue of the sentence («انتقد الوزير ما وصفه بـ«…»»), a subject written after
        the naming verb («ما وصفه الوزير بـ«…»»), the person heading the clause («وهاجم
        أحمد سعيد ما أسماه …»), the phrase after the clause's first word, a verb («وأشاد
        المدرب بما وصفه …»), else the dropped subject's antecedent («وهاجم ما أسماه …»)."""
        toks = para.toks
        prev = [
            d
            for d in cues
            if d.ti < c.ti and d.sent == c.sent and d.speaker is not None and d.info is not None
        ]
        if prev:
            return prev[-1].speaker
        nxt = c.tj
        if nxt < len(toks) and toks[nxt].word and para.tok_span[nxt] < 0 and toks[nxt].key != "ب":
            np_ = self._np_after(para, nxt)
            if np_ is not None:
                sp = self._resolve_np(para, *np_)
                if sp is not None and sp.name:
                    c.np = np_
                    return sp
        sub = self._clause_subject(para, c)
        if sub is not None:
            return sub[1]
        # the clause's first word (after a comma, or the sentence's) is its verb, in VSO order
        what = c.ti - 1
        s0 = para.sents[c.sent][0]
        k = what - 1
        while k > 0 and toks[k - 1].start >= s0 and toks[k - 1].text not in _COMMA:
            k -= 1
        while k < what and (not toks[k].word or _strip_wf(toks[k].key) in _SUBJECT_PARTICLES):
            k += 1
        if k + 1 < what:
            np_ = self._np_after(para, k + 1)
            if np_ is not None and np_[0] < what:
                sp = self._resolve_np(para, np_[0], min(np_[1], what))
                if sp is not None and sp.name:
                    return sp
        return self._antecedent(para, c, cues)

    def _relative_owner(self, para: _Para, c: _Cue, cues: list[_Cue]) -> Speaker | None:
        """The speaker of a cue right after «الذي/التي»: the earlier cue of the sentence whose
        speaker phrase ends at the relative, else the phrase right before it when it names
        someone (None otherwise: the ordinary rules apply)."""
        rel = c.ti - 1
        for d in reversed(cues):
            if (
                d.ti < c.ti
                and d.sent == c.sent
                and d.speaker is not None
                and d.np is not None
                and d.np[0] <= rel <= d.np[1]
            ):
                d.np = (d.np[0], min(d.np[1], rel))
                return d.speaker
        titled = self._name_before_title(para, rel)
        if titled is not None or rel == 0:
            return titled
        # «قرار المحكمة العليا التي اعتبرت خصوصا ان …»: a person or organisation named right
        # before the relative is its head
        end = para.toks[rel - 1].end
        for _ms, me, ent in self.mentions.get(para.index, []):
            if me == end and ent.type in {"PERS", "PER", "ORG"}:
                return Speaker(ent.name, ent.id)
        return None

    def _name_before_title(self, para: _Para, rel: int) -> Speaker | None:
        """«… من اركي لبكانين عضو المجلس الحاكم للبنك المركزي الاوروبي الذي صرح بأن»: a
        relative clause after a title phrase in apposition belongs to the person named right
        before the title."""
        toks, lex = para.toks, self.lex
        s0 = para.sents[para.tok_sent[rel]][0]
        title = None
        j = rel - 1
        while j >= 0 and rel - j <= 8 and toks[j].start >= s0 and toks[j].word:
            key = toks[j].key
            if lex.is_title(key) and not key.startswith("ال"):
                title = j  # an indefinite title: «عضو»، «رئيس»، «وزير»
                break
            if not key.startswith(("ال", "لل")) and not (key[:1] == "ل" and len(key) > 3):
                return None  # a verb or another name: not one title phrase
            j -= 1
        if title is None:
            return None
        k = title
        while k > 0 and title - k < 3 and toks[k - 1].start >= s0 and toks[k - 1].word:
            if (
                not self._name_word(toks[k - 1].key, toks[k - 1].text)
                or lex.cue(toks[k - 1].key) is not None
            ):
                break
            k -= 1
        if k == title:
            return None
        s, e = toks[k].start, toks[title - 1].end
        ent = self._entity_at(para.index, s, e)
        if ent is not None and ent.type not in _PERSON_TYPES:
            return None
        name = para.text[s:e]
        return Speaker(ent.name if ent else name, ent.id if ent else None)

    def _quoted_subject(self, para: _Para, c: _Cue) -> tuple[int, int] | None:
        """«وأشارت "نيويورك تايمز" إلى أن …»، «وقالت "الشرق الاوسط" ان …»: a short span in
        marks right after a verb cue and followed by a complementizer or a preposition the cue
        governs is the cue's subject (a name), not what was said."""
        info = c.info
        toks = para.toks
        if info is None or info.kind != "verb" or c.tj >= len(toks):
            return None
        si = para.tok_span[c.tj]
        if si < 0 or para.open_tok.get(si) != c.tj:
            return None
        ct = para.close_tok.get(si)
        if ct is None or ct + 1 >= len(toks) or ct - c.tj - 1 > 4:
            return None
        nxt = toks[ct + 1]
        if not nxt.word or para.tok_sent[ct + 1] != c.sent:
            return None
        if nxt.key in self.lex.complementizers or nxt.key in info.preps:
            return (c.tj, ct + 1)
        return None

    def _resolve_noun_cue(self, para: _Para, c: _Cue, cues: list[_Cue]) -> None:
        """Nominal cues. «تصريحات X بأن "…"»: the genitive after the noun is the speaker;
        «نقلت الوكالة عن X قوله إن …»: the masdar's speaker is the phrase after «عن/إلى»
        before it. Either falls back to the speaker of the sentence's verb cue («وأكد X في
        تصريحات صحفية أن»، «دعا X … بقوله إن»). The cue lives only where a complementizer
        or a colon follows it closely; see _settle_noun_cues for a verb cue competing."""
        toks = para.toks
        assert c.info is not None
        sp: Speaker | None = None
        end = c.tj
        if c.info.kind == "noun":
            np_ = self._np_after(para, c.tj)
            if np_ is not None:
                cand = self._resolve_np(para, *np_)
                if cand is not None and self._names_someone(_strip_wf(toks[np_[0]].key), cand):
                    sp = cand
                    if cand.entity_id is not None:
                        np_ = self._bounded(para, np_, cand.entity_id)
                    c.np, end = np_, np_[1]
        else:
            k = c.ti - 1
            while k >= 0 and c.ti - k <= 7 and para.tok_sent[k] == c.sent:
                if toks[k].key in _MASDAR_PREPS:
                    if k + 1 < c.ti:
                        cand = self._resolve_np(para, k + 1, c.ti)
                        words = [t.text for t in toks[k + 1 : c.ti] if t.word]
                        # A bare name («عن بالاك قوله»، «عن ألونسو قوله») or a phrase naming
                        # someone; «دعا الى تغيير الحكومة بقوله» has the verb's subject instead.
                        bare = len(words) <= 3 and not any(
                            is_definite(w, proclitics=False) for w in words
                        )
                        if (
                            cand is not None
                            and cand.name
                            and (bare or self._names_someone(_strip_wf(words[0]), cand))
                        ):
                            sp, c.np = cand, (k + 1, c.ti)
                    break
                k -= 1
        if sp is None:
            prev = [
                d
                for d in cues
                if d.ti < c.ti
                and d.sent == c.sent
                and d.info is not None
                and d.info.kind not in {"noun", "masdar"}
                and d.speaker is not None
                and not d.embedded
            ]
            sp = prev[-1].speaker if prev else None
        if sp is None or not sp.name:
            return
        limit = min(len(toks), end + (6 if c.info.kind == "noun" else 25))
        k = end
        while k < limit and para.tok_sent[k] == c.sent:
            t = toks[k]
            if para.tok_span[k] >= 0:
                break
            if t.text == ":":
                c.comp, c.comp_kind = k + 1, "colon"
                break
            if t.word and t.key in self.lex.complementizers:
                if k == 0 or toks[k - 1].key not in self.lex.nonreport_an:
                    c.comp, c.comp_kind = k + 1, "that"
                    break
                # «تأتي تصريحات X بعد أن …»: a conjunction, the statement has no content here
                break
            if t.word and self.lex.cue(t.key) is not None:
                break
            k += 1
        if c.comp is not None:
            c.speaker = sp
            self.last_speaker = sp
            self.sent_speakers[(para.index, c.sent)] = sp

    def _statement_records(self, para: _Para, c: _Cue) -> None:
        """«وقالت القوى … في بيان لها …» then «واكد البيان "…"»: a statement noun in the
        cue's sentence, shortly after it, is the speaker's; a later «البيان» refers to it."""
        assert c.speaker is not None
        toks = para.toks
        for k in range(c.tj, min(len(toks), c.tj + 10)):
            if para.tok_sent[k] != c.sent or para.tok_span[k] >= 0:
                break
            key = toks[k].key
            for cand in (key, key[1:] if len(key) > 3 and key[0] in _PREFIX else None):
                noun = self.lex.speaker_nouns.get(cand) if cand else None
                if noun is not None and noun[1] == "statement":
                    self.records.append(
                        _Record(
                            para.index,
                            toks[k].start,
                            noun[0],
                            c.speaker.name or "",
                            c.speaker.entity_id,
                        )
                    )
                    return

    def _settle_noun_cues(self, para: _Para, cues: list[_Cue]) -> list[_Cue]:
        """Nominal cues without content or speaker are dropped. When a verb cue and a later
        nominal cue share the complementizer, «إن» after «قال» belongs to the verb («وقال X
        في تصريحات صحفية إن»), any other to the nearer noun («أعلنت … عقب تصريحات X بأن»)."""
        out: list[_Cue] = []
        for c in cues:
            if c.info is None or c.info.kind not in {"noun", "masdar"}:
                out.append(c)
                continue
            if c.comp is None or c.speaker is None:
                continue
            verbs = [d for d in out if d.comp == c.comp and d.info is not None]
            if verbs:
                comp_key = para.toks[c.comp - 1].key
                if (
                    comp_key.startswith("ان")
                    and comp_key in self.lex.complementizers
                    and any(d.info is not None and d.info.lemma == "قال" for d in verbs)
                ):
                    continue
                for d in verbs:
                    d.comp = d.comp_kind = None
            out.append(c)
        return out

    def _names_someone(self, k0: str, sp: Speaker) -> bool:
        """Whether a resolved phrase names someone: an entity, a title or role phrase, a
        speaker noun or a name seen earlier («سيؤمن بروز ما» is no subject)."""
        lex = self.lex
        return (
            sp.entity_id is not None
            or lex.is_title(k0)
            or k0 in lex.speaker_nouns
            or self._known_name(sp.name or "") is not None
        )

    def _svo_subject(self, para: _Para, c: _Cue) -> tuple[tuple[int, int], Speaker] | None:
        """The subject of a transitive verb cue written before it («طفل من بيتونيا روى
        اقتحام الجيش …»، «كوفي انان حث اسرائيل ولبنان على …»): only when nothing is glued to
        the verb (a glued و shares the previous clause's subject) and the phrase before it
        ends right at the verb and names a speaker."""
        info = c.info
        if info is None or info.kind != "verb" or not info.transitive:
            return None
        if self.lex.cue_is_stripped(para.toks[c.ti].key):
            return None
        lex = self.lex
        for before in (self._np_before(para, c), self._source_before(para, c)):
            if before is None or before[1] != c.ti:
                continue
            k0 = _strip_wf(para.toks[before[0]].key)
            if k0 in lex.np_stops:
                continue  # «وفي باريس انتقد …»، «ومن جانبها»: a circumstance, not a subject
            sp = self._resolve_np(para, *before)
            if sp is not None and sp.name and self._names_someone(k0, sp):
                return before, sp
        return None

    def _kana_subject(self, para: _Para, c: _Cue) -> tuple[tuple[int, int], Speaker] | None:
        """«وكانت رايس قد حذرت الحكومة السودانية من "…"»: between «كان» and «قد» (or the cue)
        stands the subject, so the phrase after the cue is its object. A longer subject with
        a relative clause or an apposition («وكانت فرنسا التي وزعت …، قد قالت»، «وكان أنان
        الموجود في روما … قد عبر») is the entity named right after «كان»."""
        toks, lex = para.toks, self.lex
        s0 = para.sents[c.sent][0]
        j = c.ti - 1
        if j >= 0 and toks[j].key == "قد":
            j -= 1
        b = j + 1
        while j >= 0 and b - j <= 20 and toks[j].start >= s0:
            key = toks[j].key
            if toks[j].word and _strip_wf(key) in _KANA and j + 1 < b:
                break
            if key in lex.complementizers or lex.cue(key) is not None or para.tok_span[j] >= 0:
                return None
            j -= 1
        else:
            return None
        if j < 0 or toks[j].start < s0 or _strip_wf(toks[j].key) not in _KANA:
            return None
        if b - j - 1 <= 5:
            sp = self._resolve_np(para, j + 1, b)
            if (
                sp is not None
                and sp.name
                and (
                    self._names_someone(toks[j + 1].key, sp)
                    # without entities, name words alone («وكانت رايس قد حذرت»)
                    or (
                        not self.entities
                        and all(self._name_word(t.key, t.text) for t in toks[j + 1 : b])
                    )
                )
            ):
                return (j + 1, b), sp
        ent = self._entity_starting(para.index, toks[j + 1].start)
        if ent is not None and ent.type in _ACTOR_TYPES:
            return (j + 1, j + 2), Speaker(ent.name, ent.id)
        return None

    def _source_before(self, para: _Para, c: _Cue) -> tuple[int, int] | None:
        """«… إلى تقرير استخباري أمريكي صدر مؤخرا قال «…»»، «طفل من بيتونيا روى»: an
        indefinite source, statement or person noun shortly before the cue, in its sentence,
        with no cue, comma or complementizer between, is its subject (the words between are
        its adjectives or an asyndetic relative clause)."""
        toks = para.toks
        lex = self.lex
        s0 = para.sents[c.sent][0]
        k = c.ti - 1
        while k >= 0 and c.ti - k <= 6 and toks[k].start >= s0:
            t = toks[k]
            if not t.word or para.tok_span[k] >= 0:
                return None
            if lex.cue(t.key) is not None or t.key in lex.complementizers:
                return None
            noun = lex.speaker_nouns.get(t.key)
            if noun is not None and noun[1] in {"source", "statement"}:
                if k > 0 and toks[k - 1].key in _OBJECT_PREPS:
                    c.embedded = True  # «أشار فراس إلى تقرير … قال»: the main speaker stays
                return (k, c.ti)
            k -= 1
        return None

    def _np_after(
        self, para: _Para, i: int, glued_l: bool = False, cue_preps: tuple[str, ...] = ()
    ) -> tuple[int, int] | None:
        """The noun phrase after a cue, as a token range; None when the subject is dropped."""
        toks = para.toks
        lex = self.lex
        j = i
        first_key: str | None = None
        while j < len(toks) and j - i < _MAX_NP:
            t = toks[j]
            si = para.tok_span[j]
            if si >= 0:
                # «صحيفة «رودونغ شينمون»»: a head noun followed by a quoted name.
                if j == i + 1 and para.open_tok.get(si) == j and self._head_key(toks[i].key):
                    end = para.close_tok.get(si)
                    if end is not None:
                        return (i, end + 1)
                break
            if not t.word:
                if t.text == "." and j > i and len(toks[j - 1].key) == 1:
                    j += 1
                    continue
                break
            k = t.key
            if j == i and glued_l and k == "ل":
                i += 1
                j += 1
                continue
            if j == i and not glued_l and (m := self._addressee_end(toks, j)) is not None:
                # «وقال لرويترز إن …»، «وقال لوكالة فرانس برس إن …»: whom he told, not who
                # spoke; the subject, if any, follows the addressee.
                i = j = m
                continue
            if j == i and k in _PRONOUN_PREPS:
                i += 1  # «حض فيه الائتلاف …»، «قال عنها مصدر …»
                j += 1
                continue
            if j == i and k.startswith("وال"):
                break  # «قالت لنا والحديث يدور …»: a new clause, not the subject
            if j == i and lex.is_title(k):
                # «وقال وزير الخارجية الروسي سيرغي لافروف …»: the whole title phrase.
                return (i, self._title_extent(para, i, stop=frozenset(cue_preps)))
            if k in _PREFIX:
                break  # «وجه بـ«…»»: a one-letter prefix glued to a mark ends the phrase
            if k in lex.complementizers or lex.cue(k) is not None:
                break
            statement = first_key is not None and self._is_statement(first_key)
            if statement and (k in _STATEMENT_LINKS or k.startswith("لل")):
                j += 1  # «بيان صادر عن الكرملين»، «بيان للخارجية»
                continue
            if j == i and k.startswith(("بال", "لل")) and not glued_l:
                break  # «واتهمه بالتعجل …»: a prepositional phrase, not a subject
            if j == i and t.text == "علي" and self._looks_like_name_after(toks, j):
                first_key = k  # «وقال علي أصغر سلطانية»: the name, not «على» spelt «علي»
                j += 1
                continue
            if k in lex.np_stops:
                titled = first_key is not None and (
                    lex.is_title(first_key)
                    or lex.speaker_nouns.get(first_key, ("", ""))[1] == "source"
                )
                if (
                    titled
                    and k in {"في", "باسم", "لدى"}
                    and j + 1 < len(toks)
                    and toks[j + 1].key.startswith("ال")
                ):
                    j += 1
                    continue
                break
            if j > i and (k.startswith(("لل", "بال")) or k == "ل"):
                break  # «وقال غادان بالإنجليزية …»
            if j > i and self._manner_phrase(para, j):
                break  # «وأضاف الإمام بحزن شديد»: a manner phrase; «الرئيس بوش» is a mention
            if j > i and not statement and self._addressee_end(toks, j, strict=True) is not None:
                break  # «وقال مصدر أمني لفرانس برس إن …»
            if first_key is None:
                first_key = _strip_l(k) if glued_l else k
            j += 1
        return (i, j) if j > i else None

    def _addressee_end(self, toks: list[Tok], j: int, strict: bool = False) -> int | None:
        """End of an addressee phrase at ``j`` («لرويترز»، «لوكالة فرانس برس»، «لصحيفة
        الحياة»): a glued «ل» on an agency or paper, or on a name head followed by one
        (``strict``: an agency or paper must be named; «المدير التنفيذي لوكالة الطاقة
        الدولية» is a title's complement)."""
        k = toks[j].key
        if len(k) < 4 or k[0] != "ل" or k.startswith("لل"):
            return None
        rest, known = k[1:], self.lex.known_names
        for n in (2, 1, 0):
            # «لرويترز»، «لفرانس برس»: the agency's name starts in the glued word
            more = toks[j + 1 : j + 1 + n]
            if (
                len(more) == n
                and all(t.word for t in more)
                and " ".join([rest, *(t.key for t in more)]) in known
            ):
                return j + 1 + n
        if rest not in self.lex.name_heads:
            return None
        for n in (3, 2, 1):
            words = toks[j + 1 : j + 1 + n]
            if (
                len(words) == n
                and all(t.word for t in words)
                and " ".join(t.key for t in words) in known
            ):
                return j + 1 + n
        return None if strict else j + 1

    def _np_before(self, para: _Para, c: _Cue, rel_only: bool = False) -> tuple[int, int] | None:
        """SVO subjects: «وكان مساعد الرئيس يوري أوشاكوف قد أشار», «بوتين قال إن»,
        «أما الائتلاف، فقد دعا», «غير أن الدكتور صلاح البردويل، المتحدث باسم …، قال»."""
        toks = para.toks
        s0 = para.sents[c.sent][0]
        lex = self.lex
        s0_tok = bisect_left(self._starts(para), s0)

        def boundary(k: int) -> int:
            while (
                k > 0
                and toks[k - 1].start >= s0
                and toks[k - 1].text not in _COMMA
                and toks[k - 1].key not in lex.complementizers
                and lex.cue(toks[k - 1].key) is None
                # «… الجمعة ولكن رابطة أصحاب المحطات قالت»: the clause, and its subject,
                # start after the conjunction
                and not (toks[k - 1].key in _CLAUSE_OPENERS and k - 1 > s0_tok)
            ):
                k -= 1
            return k

        def clean(a: int, b: int) -> tuple[int, int] | None:
            while a < b and toks[a].key in _SUBJECT_PARTICLES | _PRONOUN_PARTICLES:
                a += 1
            while b > a and toks[b - 1].key in _SUBJECT_PARTICLES:
                b -= 1
            if not (0 < b - a <= _MAX_NP):
                return None
            for k in range(a, b):
                t = toks[k]
                if para.tok_span[k] >= 0:
                    continue
                if not t.word or lex.cue(t.key) is not None:
                    return None
                # A title phrase before its cue may hold «على» (normal form «علي»): «سفيرا
                # مطلعا على الوثيقة قال».
                headed = lex.is_title(toks[a].key) or toks[a].key in lex.speaker_nouns
                if t.key in lex.np_stops and not (
                    headed and (t.key in _TITLE_PREPS or t.key == "علي")
                ):
                    return None  # «متخصصين في «الاسلام الاوروبي» يذكرون» keeps its «في»
            return (a, b)

        a = boundary(c.ti)
        rel = self._relative_head(para, a, c.ti)
        if rel is not None:
            return rel  # «… أيمن الظواهري الذي أدلى ببيان قصير حث فيه …»
        if rel_only:
            return None
        got = clean(a, c.ti)
        tail = self._tail_name(para, a, c.ti)
        if tail is not None and not self._plausible_name(para, *tail):
            tail = None  # «… في ختام اعمال الاجتماع قال فيها»: words, not a name
        if tail is not None and (got is None or not self._speakerish(toks[got[0]].key)):
            return tail  # «… أيمن الظواهري يقول إن»، «أنان الذي قال إنه»، «سولانا (يمين) قال»
        appos = (
            got is not None
            and lex.is_title(toks[got[0]].key)
            and self._name_run(para, got[0], got[1]) is None
        )
        if got is not None and toks[got[0]].key not in _TOPIC and not appos:
            return got
        # The segments before commas: a topic («أما X،») or a name with an apposition
        # («الدكتور سمير عطا الله، المتحدث باسم الحكومة، قال»).
        first: tuple[int, int] | None = None
        hops = 0
        while (got is None or appos) and a > 0 and toks[a - 1].text in _COMMA and hops < 2:
            hops += 1
            a0 = boundary(a - 1)
            seg = clean(a0, a - 1)
            a = a0
            if seg is None:
                break
            s_a, s_b = seg
            if toks[s_a].key in _TOPIC:
                s_a += 1
            k0 = toks[s_a].key
            if (
                len(k0) > 3
                and k0[0] == "و"
                and not own_waw(toks[s_a].text)
                and self._entity_starting(para.index, toks[s_a].start) is None
            ):
                break  # «فهو يحبها بلا حدود، ويخشاها بلا حدود، قال»: a clause, no subject
            if not (0 < s_b - s_a <= 5):
                break
            if lex.is_title(toks[s_a].key) and self._name_run(para, s_a, s_b) is None:
                first = first or (s_a, s_b)  # another apposition: look one comma further
                continue
            return (s_a, s_b)
        return first or got

    def _bounded(self, para: _Para, np_: tuple[int, int], eid: str) -> tuple[int, int]:
        """The speaker phrase ends where the speaker's mention at its head ends: «ووصفت كوريا
        الشمالية الاتهامات الغربية» → «كوريا الشمالية»; what follows is the object."""
        a, b = np_
        s = para.toks[a].start
        for ms, me, ent in self.mentions.get(para.index, []):
            if ent.id == eid and ms <= s + 1 < me:
                k = a
                while k < b and para.toks[k].end <= me:
                    k += 1
                return (a, k) if k > a else np_
        return np_

    def _plausible_name(self, para: _Para, a: int, b: int) -> bool:
        """With entities, bare words before a cue are a name only when the NER saw one there
        or they end like a name seen after a title; without entities, trust the shape."""
        if a > 0 and para.toks[a - 1].key[:1].isdigit():
            return False  # «منذ 18 سنة يعرب»: a measure, not a name
        if not self.entities:
            return True
        s, e = para.toks[a].start, para.toks[b - 1].end
        if any(ms < e and me > s for ms, me, _ in self.mentions.get(para.index, [])):
            return True
        if self._speakerish(para.toks[a].key):
            return True
        return self._known_name(para.text[s:e]) is not None

    def _relative_head(self, para: _Para, lo: int, cue: int) -> tuple[int, int] | None:
        """«X الذي أدلى ببيان حث فيه»: when a relative clause sits between an entity mention
        and the cue, the mention (the relative's head) is the cue's subject."""
        toks = para.toks
        for r in range(cue - 2, max(lo, cue - 7) - 1, -1):
            if toks[r].key not in _RELATIVES or r == 0:
                continue
            end = toks[r - 1].end
            for ms, me, ent in self.mentions.get(para.index, []):
                if me == end and ent.type in {"PERS", "PER", "ORG"}:
                    first = next((k for k in range(lo, r) if toks[k].start >= ms), None)
                    if first is not None:
                        return (first, r)
            return None
        return None

    def _looks_like_name_after(self, toks: list[Tok], j: int) -> bool:
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        return (
            nxt is not None
            and nxt.word
            and self._name_word(nxt.key, nxt.text)
            and not nxt.key.endswith(("ة", "ه"))
        )

    def _speakerish(self, key: str) -> bool:
        return self.lex.is_title(key) or key in self.lex.speaker_nouns

    def _tail_name(self, para: _Para, lo: int, cue: int) -> tuple[int, int] | None:
        """Up to three name words right before a cue (a relative «الذي» or a parenthesis may
        sit between): the subject of «X قال» when what comes before is not a clean phrase."""
        toks = para.toks
        k = cue - 1
        while k >= lo and toks[k].key in _SUBJECT_PARTICLES | _RELATIVES:
            k -= 1
        if k >= lo and toks[k].text == ")":
            while k >= lo and toks[k].text != "(":
                k -= 1
            k -= 1
        b = k + 1
        while k >= lo and b - k <= 3 and toks[k].word:
            key = toks[k].key
            if self._name_word(key, toks[k].text):
                k -= 1
                continue
            # «أيمن الظواهري»: a family name with «ال» after a first name.
            if (
                key.startswith("ال")
                and k == b - 1
                and k - 1 >= lo
                and toks[k - 1].word
                and (self._name_word(toks[k - 1].key, toks[k - 1].text))
            ):
                k -= 1
                continue
            if self._speakerish(key) and k == b - 1:
                k -= 1  # «المضيفة قالت»
                break
            break
        a = k + 1
        if a >= b or b - a > 3:
            return None
        if a > 0 and toks[a - 1].word and toks[a].key[0] == "و" and len(toks[a].key) > 3:
            self.conj_names.add((para.index, a))  # «… النقابات وأنان الذي قال»
        return (a, b)

    # -- speakers ----------------------------------------------------------------------------
    def _resolve_np(
        self, para: _Para, a: int, b: int, issuer: bool = False, transitive: bool = False
    ) -> Speaker | None:
        """Who a speaker phrase names; None when it does not look like a speaker (an object)."""
        toks = para.toks
        lex = self.lex
        text = para.text
        p = para.index
        key0 = toks[a].key
        s, e = toks[a].start, toks[b - 1].end
        lead = ""
        if key0.startswith("لل") and len(key0) > 3:
            # «بيان للخارجية»، «وفقاً للمرصد»: ل + ال is written لل; the name gets its «ال» back.
            k0, lead, s = "ال" + key0[2:], "ال", s + 2
        elif (
            (key0.startswith("ل") and key0[1:] in lex.speaker_nouns)
            or (issuer and key0.startswith("ل") and self._head_key(key0[1:]) is not None)
            or (p, a) in self.conj_names
        ):
            # «بيان للرئاسة»، «بلاغ لوزارة الطاقة»: the issuer without its «ل».
            k0, s = key0[1:], s + 1
        else:
            k0 = key0
        if text[s : s + 1] == "\u0640":
            s += 1
        if e > len(text) or s >= e:
            return None
        phrase = lead + text[s:e]
        # A head noun with its quoted name: «صحيفة «رودونغ شينمون»» (single apostrophes read
        # as marks too: «صحيفة ' لانس '»).
        si = para.tok_span[b - 1]
        if si >= 0 and b - a >= 3 and para.open_tok.get(si) in (a, a + 1):
            ia, ib = para.spans[si].inner(text)
            ent = self._entity_at(p, ia, ib)
            return Speaker(ent.name, ent.id) if ent else Speaker(text[ia:ib], None)
        noun = lex.speaker_nouns.get(k0)
        if noun is not None and noun[1] == "statement" and b - a > 1:
            r = a + 1
            while r < b and toks[r].key in _STATEMENT_LINKS:
                r += 1
            sub = self._issuer_after(para, a, b)
            if sub is None and r < b and (r > a + 1 or toks[r].key.startswith(("ال", "ل"))):
                # «بيان الكرملين»، «بيان للخارجية»; not «تقرير استخباري أمريكي صدر مؤخرا»
                sub = self._resolve_np(para, r, b, issuer=True)
            if sub is not None:
                return sub
        if noun is not None and noun[1] == "nominal" and self._is_statement(noun[0]):
            # «وأوضح التقرير الصادر عن المفتش الأميركي … إستوارت بوين»: a document named
            # with its author speaks for the author.
            sub = self._issuer_after(para, a, b)
            if sub is not None:
                return sub
        # «افتتاحية الصحيفة التابعة لحزب العمال»: under a nominal reference or a source noun
        # an entity further in is a modifier, not the speaker.
        headed = noun is not None and noun[1] in {"nominal", "source"}
        ent = self._mention_in(p, s, e, titled=lex.is_title(k0), headed=headed)
        if ent is not None:
            pair = self._conjoined(p, s, e, ent)
            return pair or Speaker(ent.name, ent.id)
        if lex.is_title(k0) and b - a > 1:
            # «الخبير الاقتصادي سامر حداد»: a title or role noun followed by a name.
            run = self._name_run(para, a, b)
            if run is not None:
                name = text[toks[run[0]].start : toks[run[1] - 1].end]
                ent = self._entity_by_name(name)
                return Speaker(ent.name if ent else name, ent.id if ent else None)
        if (noun is not None or lex.is_title(k0)) and b < len(toks) and toks[b].text in _COMMA:
            # «وقال المتحدث باسم الجيش، العميد نبيل عبد الله، …»: the apposition names him.
            run = self._apposition(para, b)
            if run is not None and lex.is_title(toks[b + 1].key):
                name = text[toks[run[0]].start : toks[run[1] - 1].end]
                ent = self._entity_at(p, toks[run[0]].start, toks[run[1] - 1].end)
                ent = ent or self._entity_by_name(name)
                return Speaker(ent.name if ent else name, ent.id if ent else None)
        if noun is not None and noun[1] == "nominal":
            if b - a > 1 and lex.is_title(k0):
                # «وقال المتحدث باسم المجلس الأعلى الإسلامي في الصومال إن» after the same
                # phrase was written with his name: that person.
                holder = self.titled.get(" ".join(t.key for t in toks[a:b] if t.word))
                if holder is not None:
                    ent = self._entity_by_name(holder)
                    return Speaker(ent.name if ent else holder, ent.id if ent else None)
            rec = self._antecedent_record(noun[0], p, s, [t.key for t in toks[a + 1 : b]])
            if rec is not None:
                return Speaker(rec.name, rec.entity_id)
            back = self._anaphor(para, a, k0)
            if back is not None:
                return back
            named = self._named_elsewhere(noun[0], p, s, [t.key for t in toks[a + 1 : b]])
            if named is not None:
                return named
            again = self._speaker_with_head(noun[0]) if b - a == 1 else None
            if again is not None:
                return again
            ent = self._entity_by_name(phrase)
            if ent is None and b - a <= 2:
                # a head with at most one adjective points back; a longer phrase is a name
                # («الائتلاف الوطني السوري المعارض»)
                ent = self._last_organisation(noun[0], p, s)
            return Speaker(ent.name if ent else phrase, ent.id if ent else None)
        if noun is not None and noun[1] in {"source", "statement"}:
            name = phrase
            self.records.append(_Record(p, s, noun[0], name, None))
            return Speaker(name, None)
        if lex.is_title(k0):
            run = self._name_run(para, a, b)
            if run is None and b < len(toks) and toks[b].text in _COMMA:
                run = self._apposition(para, b)
            if run is not None:
                name = text[toks[run[0]].start : toks[run[1] - 1].end]
            else:
                if self.entities and k0.startswith("ال"):
                    # «ونفى الرئيس السابق وجود …»: a bare common noun cannot qualify a
                    # definite title; it is the verb's object and the phrase ends before it
                    cut = next((k for k in range(a + 1, b) if self._common_run(para, k, k + 1)), b)
                    if cut < b:
                        b = cut
                        phrase = lead + text[s : toks[b - 1].end]
                key = " ".join(t.key for t in toks[a:b] if t.word)
                rest_words = tuple(t.key for t in toks[a + 1 : b] if t.word)
                name = self.titled.get(key) or self._titled_before(p, s, k0, rest_words) or phrase
                if name == phrase and b - a <= 3:
                    rest = tuple(t.key for t in toks[a + 1 : b] if t.word)
                    role = self._role_referent(p, s, k0, rest)
                    if role is not None:
                        return role
                    back = self._anaphor(para, a, k0) or self._nationality_referent(para, a, b)
                    if back is not None:
                        return back
            ent = self._entity_by_name(name) or self.epithets.get(norm(name))
            return Speaker(ent.name if ent else name, ent.id if ent else None)
        name = phrase
        ent = self._entity_by_name(name)
        if ent is not None:
            return Speaker(ent.name, ent.id)
        if b - a == 1:
            role = self._role_referent(p, s, k0)
            if role is not None:
                return role
        back = self._anaphor(para, a, k0) or self._nationality_referent(para, a, b)
        if back is not None:
            return back
        if k0.startswith("ب") and k0.endswith("ة") and len(k0) > 4 and not issuer:
            return None  # «وأشار بلهجة مليئة بالسخرية إلى أن …»: a manner phrase, no subject
        known = self._known_name(name)
        if known is not None:
            return Speaker(known, None)
        if (k0.startswith("ال") or k0.startswith("لل")) and transitive:
            return None  # «ووصف الزيارة بأنها …»: a definite noun after the verb is its object
        if self.entities and transitive:
            # The entities step found nothing here: a bare noun is more likely an object.
            words = [t for t in toks[a:b] if t.word]
            if len(words) > 3:
                return None
        words = phrase.split()
        return Speaker(" ".join(words[:4]), None)

    def _is_statement(self, key: str) -> bool:
        return self.lex.speaker_nouns.get(key, ("", ""))[1] == "statement" or (
            key.startswith("ال") and self.lex.speaker_nouns.get(key[2:], ("", ""))[1] == "statement"
        )

    def _issuer_after(self, para: _Para, a: int, b: int) -> Speaker | None:
        """The author of a document noun at ``a``, named after a link word within the phrase,
        past up to two adjectives: «تقرير صادر عن المنتدى»، «دراسة كندية أقامها المجلس
        الوطني للأبحاث»، «التقرير الصادر عن المفتش …»."""
        toks = para.toks
        for r in range(a + 1, min(b, a + 4)):
            key = toks[r].key
            if key in _STATEMENT_LINKS:
                while r < b and toks[r].key in _STATEMENT_LINKS:
                    r += 1
                last = toks[r - 1].key
                # «صادر عن X»، «أعدّه X»; not «تقرير … صدر مؤخرا», which names no author
                authored = last == "عن" or last.endswith(("ه", "ها"))
                return self._resolve_np(para, r, b, issuer=True) if r < b and authored else None
            if not toks[r].word or key in self.lex.np_stops:
                return None
        return None

    def _named_elsewhere(self, head: str, p: int, pos: int, rest: list[str]) -> Speaker | None:
        """A nominal reference with nothing before it to point at: the one «head «Name»» of
        the article written later («وذكرت الصحيفة …» … «صحيفة «هآرتس»»), else, for a paper, a
        newspaper the article names by itself («وأضافت يديعوت أحرونوت …»), the nearest before,
        else the first after (lexicons/newspapers.tsv)."""
        adjs = {k[2:] for k in rest[:1] if k.startswith("ال") and len(k) > 4}
        names = {
            r.name: r
            for r in self.article_records
            if r.head == head
            and (r.p, r.pos) > (p, pos)
            and not (adjs and not adjs & set(norm(r.name).split()))
        }
        if len(names) == 1:
            r = next(iter(names.values()))
            return Speaker(r.name, r.entity_id)
        if head not in _PAPER_NOUNS or not self.lex.newspapers:
            return None
        # the paper as this article spells it («يديعوت أحرنوت»), nearest before, else first after
        before: tuple[tuple[int, int], str] | None = None
        after: tuple[tuple[int, int], str] | None = None
        for at, name in self._newspaper_mentions():
            if at < (p, pos):
                before = (at, name)
            elif at > (p, pos) and after is None:
                after = (at, name)
        got = before or after
        if got is None:
            return None
        ent = self._entity_by_name(got[1])
        return Speaker(ent.name if ent else got[1], ent.id if ent else None)

    def _nationality_referent(self, para: _Para, a: int, b: int) -> Speaker | None:
        """«النجم الهولندي»، «اللاعب الألماني» (a definite role and a nationality, at most three
        words): the one person the article introduced with that nationality right before his
        name («المهاجم الهولندي الدولي رود فان نيستلروي»), if exactly one."""
        toks = para.toks
        if not self.entities or b - a > 3 or not toks[a].key.startswith("ال"):
            return None
        if not self.lex.is_title(toks[a].key) and toks[a].key not in (self.lex.anaphors or {}):
            return None  # a person noun only: «الجانب الاسرائيلي» is a side, not a man
        nats = _nationality_keys()
        adj = next((t.key for t in toks[a + 1 : b] if t.key in nats), None)
        if adj is None:
            return None
        here = (para.index, toks[a].start)
        found: dict[str, Entity] = {}
        for at, ent in self._introductions().get(adj, ()):
            if at >= here:
                break
            found[ent.id] = ent
        # a fragment of another candidate's name («فان» of «رود فان نيستلروي») is the same man
        names = {eid: set(norm(e.name).split()) for eid, e in found.items()}
        keep = [
            e
            for eid, e in found.items()
            if not any(o != eid and names[eid] < names[o] for o in names)
        ]
        if len(keep) != 1:
            return None
        return Speaker(keep[0].name, keep[0].id)

    def _introductions(self) -> dict[str, list[tuple[tuple[int, int], Entity]]]:
        """Nationality adjective → (where, person) for every person mention that has the
        adjective among the four tokens before it, in reading order; built once per article
        (the paragraphs must be prepared, which they are by the time speakers are read)."""
        if self._intro is None:
            nats = _nationality_keys()
            self._intro = {}
            for qp in self.paras:
                starts = self._starts(qp)
                for ms, _me, ent in self.mentions.get(qp.index, []):
                    if ent.type not in _PERSON_TYPES:
                        continue
                    k = bisect_left(starts, ms)
                    for t in qp.toks[max(0, k - 4) : k]:
                        if t.key in nats:
                            self._intro.setdefault(t.key, []).append(((qp.index, ms), ent))
            for v in self._intro.values():
                v.sort(key=lambda x: x[0])
        return self._intro

    def _speaker_with_head(self, head: str) -> Speaker | None:
        """«وشدد الائتلاف على …» after «دعا الائتلاف الوطني السوري المعارض …»: a bare nominal
        reference names the last speaker whose longer name opens with the same head noun."""
        for sp in reversed(self.speaker_seq[-20:]):
            words = [_bare(w) for w in norm(sp.name or "").split()]
            if len(words) > 1 and words[0] == head:
                return sp
        return None

    def _last_organisation(self, head: str, p: int, pos: int) -> Entity | None:
        """«وأوضح النادي الإسباني …» after «أعلن ريال مدريد …», «تقرير المنظمة الحقوقية» after
        «هيومان رايتس ووتش»: an organisation noun with no «head «Name»» record names the
        organisation the article mentioned last, unless that one's own name opens with another
        head («وزارة …» is no «الحزب»). Only for heads listed in ``_ORG_REFERENCE_HEADS``."""
        if head not in _ORG_REFERENCE_HEADS or not self.entities:
            return None

        def fits(ent: Entity | None) -> bool:
            words = norm(ent.name).split() if ent is not None and ent.name else []
            if ent is None or ent.type != "ORG" or not words:
                return False  # («ـ» alone normalises to nothing)
            first = _bare(words[0])
            # a name that opens with another head is another kind of body («وزارة …» is no
            # «الشركة»)
            other = first in _ORG_REFERENCE_HEADS or self._head_key(first) is not None
            return not (other and first != head)

        # the organisation that last spoke («أعلن ريال مدريد … أنه تعاقد مع لاعبي يوفنتوس» …
        # «وأوضح النادي»), else the one last mentioned
        for sp in reversed(self.speaker_seq[-20:]):
            ent = self.entities.get(sp.entity_id) if sp.entity_id else None
            if fits(ent):
                return ent
        best: tuple[tuple[int, int], Entity] | None = None
        for ent in self.entities.values():
            if not fits(ent):
                continue
            seen = [
                (m.paragraph, m.start) for m in ent.mentions if (m.paragraph, m.start) < (p, pos)
            ]
            if seen and (best is None or max(seen) > best[0]):
                best = (max(seen), ent)
        return best[1] if best is not None else None

    def _newspaper_mentions(self) -> list[tuple[tuple[int, int], str]]:
        """Where the article names a listed newspaper, in reading order (computed once)."""
        if self._papers is not None:
            return self._papers
        found: list[tuple[tuple[int, int], str]] = []
        for q in self.paras:
            keys = [t.key for t in q.toks]
            for spelling, _canonical in self.lex.newspapers:
                n = len(spelling)
                for i in range(len(keys) - n + 1):
                    k0 = keys[i]
                    glued = len(k0) > 3 and k0[0] in _CLITIC_LETTERS and k0[1:] == spelling[0]
                    if (k0 == spelling[0] or glued) and tuple(keys[i + 1 : i + n]) == spelling[1:]:
                        name = q.text[q.toks[i].start + glued : q.toks[i + n - 1].end]
                        found.append(((q.index, q.toks[i].start), name))
        longest: dict[tuple[int, int], str] = {}
        for at, name in found:  # «يديعوت أحرونوت» over «يديعوت» at the same place
            if len(name) > len(longest.get(at, "")):
                longest[at] = name
        # «تايمز» inside «نيويورك تايمز» is not a mention of The Times
        self._papers = [
            ((p, s), name)
            for (p, s), name in sorted(longest.items())
            if not any(q == p and t < s < t + len(other) for (q, t), other in longest.items())
        ]
        return self._papers

    def _role_referent(
        self, p: int, pos: int, key: str, rest: tuple[str, ...] = ()
    ) -> Speaker | None:
        """A definite role or title («المضيفة»، «الوزير»، «الرئيس الروسي») names the entity
        that carries it: one whose ``titles`` start with the same words («ال» ignored), the one
        mentioned last before this point, else any; for a one-word role, else a person whose
        mention is followed within a few words by the indefinite noun («بربارا أوسلت، وهي
        مضيفة جوية»)."""
        if not self.entities or not key.startswith("ال") or len(key) < 4:
            return None
        want = tuple(_bare(w) for w in (key, *rest))
        best: tuple[tuple[int, int], Entity] | None = None
        later: Entity | None = None
        for ent in self.entities.values():
            if not any(t[: len(want)] == want for t in self._title_words(ent)):
                continue
            seen = [
                (m.paragraph, m.start) for m in ent.mentions if (m.paragraph, m.start) < (p, pos)
            ]
            if seen and (best is None or max(seen) > best[0]):
                best = (max(seen), ent)
            later = later or ent
        if best is not None or later is not None:
            ent = best[1] if best is not None else later
            assert ent is not None
            return Speaker(ent.name, ent.id)
        if rest:
            return None
        cands = self._appositions().get(want[0], [])
        k = bisect_left(cands, (p, pos)) - 1
        if k >= 0:
            ent = self.entities[cands[k][2]]
            return Speaker(ent.name, ent.id)
        return None

    def _agreeing(self, sp: Speaker | None, key: str, info: CueInfo | None) -> Speaker | None:
        """A dropped subject must agree with its verb: «وقالت: …» cannot go back to a speaker
        whose own cue was masculine («قال»); then the last speaker of the right gender."""
        want = _cue_gender(key, info)
        if sp is None or not want:
            return sp
        got = self.gender.get(sp.name, "")
        if not got or got == want:
            return sp
        for cand in reversed(self.speaker_seq[-50:]):
            if self.gender.get(cand.name, "") == want:
                return cand
        return sp

    def _anaphor(self, para: _Para, a: int, k0: str) -> Speaker | None:
        """A definite description that points back («هذه المحاسبة البالغة 27 سنة»،
        «المهندسة البالغة العمر 26 عاما»، a bare «المسؤول» after «وقال مدير المؤسسة فريدون
        موافق»): the previous sentence's speaker, else the first person named in the previous
        sentence, else the article's last speaker; an antecedent whose cue agreed with the
        other gender (قال vs قالت) is skipped."""
        table = self.lex.anaphors or {}
        if k0 not in table:
            return None
        want = table[k0]
        if k0 in {"هذا", "هذه"} and not (a + 1 < len(para.toks) and para.toks[a + 1].word):
            return None

        def fits(sp: Speaker | None) -> bool:
            words = norm(sp.name).split() if sp is not None and sp.name else []
            if not words or words[0] in table:
                return False  # («ـ» alone normalises to nothing)
            g = self.gender.get(sp.name, "")
            return not (want and g and g != want)

        p, si = para.index, para.tok_sent[a]
        if si > 0:
            prev = (p, si - 1)
            rng = (p, *para.sents[si - 1])
        elif p > 0 and self.paras[p - 1].sents:
            pp = self.paras[p - 1]
            prev = (p - 1, len(pp.sents) - 1)
            rng = (p - 1, *pp.sents[-1])
        else:
            return self.last_speaker if fits(self.last_speaker) else None
        sp = self.sent_speakers.get(prev)
        if fits(sp):
            return sp
        for ms, _me, ent in self.mentions.get(rng[0], []):
            if rng[1] <= ms < rng[2] and ent.type in {"PERS", "PER"}:
                cand = Speaker(ent.name, ent.id)
                if fits(cand):
                    return cand
        return self.last_speaker if fits(self.last_speaker) else None

    def _title_words(self, ent: Entity) -> list[tuple[str, ...]]:
        got = self._heads_cache.get(ent.id)
        if got is None:
            got = [tuple(_bare(w) for w in norm(t).split()) for t in ent.titles]
            self._heads_cache[ent.id] = got
        return got

    def _appositions(self) -> dict[str, list[tuple[int, int, str]]]:
        """Word (without «ال») -> sorted (paragraph, start, entity id) of the person mentions
        it follows within four words; built once per article."""
        if self._appos is None:
            self._appos = {}
            for q, para in enumerate(self.paras):
                starts = [t.start for t in para.toks]
                for ms, me, ent in self.mentions.get(q, []):
                    if ent.type not in {"PERS", "PER"}:
                        continue
                    k = bisect_left(starts, me)
                    for t in [t for t in para.toks[k : k + 8] if t.word][:4]:
                        w = _bare(t.key)
                        for form in {w, w[1:] if len(w) > 4 and w[0] in "وف" else w}:
                            self._appos.setdefault(form, []).append((q, ms, ent.id))
            for v in self._appos.values():
                v.sort()
        return self._appos

    def _titled_before(
        self, p: int, pos: int, title: str, rest: tuple[str, ...] = ()
    ) -> str | None:
        """«وشدد الوزير …» after «وزير الخارجية الفرنسي دومينيك دو فيلبان»: the last person
        named with the same title before this point. A title that holds all the role's other
        words is preferred: «الرئيس السابق» is «الرئيس الصومالي السابق …», not the «رئيس وزراء
        الحكومة الانتقالية» named in between; with none, the last one with the same head."""
        head = title[2:] if title.startswith("ال") else title
        want = {_bare(w) for w in rest}
        loose: str | None = None
        for tp, tpos, phrase, name in reversed(self.titled_seq):
            if (tp, tpos) >= (p, pos):
                continue
            words = phrase.split()
            first = words[0] if words else ""
            if (first[2:] if first.startswith("ال") else first) != head:
                continue
            if not want or want <= {_bare(w) for w in words[1:]}:
                return name
            # the role's words are worded differently («المحلل المالي» after «المحلل
            # الاقتصادي …»): the last one with the same head, when none has them all
            loose = loose or name
        return loose

    def _apposition(self, para: _Para, comma: int) -> tuple[int, int] | None:
        """«وزير الاستخبارات الإسرائيلي، إيلي كوهين، إنه»: the name between the commas. The
        apposition may carry its own title: «المتحدث باسم الجيش، العميد نبيل عبد الله، في
        بيان، إن»، «سفير غانا، رئيس المجلس نانا ايفا - ابنتنغ، ان» → the person (a person
        entity mentioned there, else the name after the title)."""
        toks = para.toks
        j = comma + 1
        a = j
        bare = True
        while j < len(toks) and j - a < 10 and (toks[j].word or toks[j].text in {"-", "–"}):
            k = toks[j].key
            if (
                is_definite(toks[j].text, proclitics=False) and k != "الله"
            ) or k in self.lex.np_stops:
                bare = False
            if k in self.lex.complementizers or self.lex.cue(k) is not None:
                break
            j += 1
        if j == a or j >= len(toks):
            return None
        ends = toks[j].text in _COMMA or (toks[j].word and toks[j].key in self.lex.complementizers)
        if not ends:
            return None
        if bare and j - a <= 4 and toks[j].text in _COMMA:
            return (a, j)
        if not self.lex.is_title(toks[a].key):
            return None
        s, e = toks[a].start, toks[j - 1].end
        for ms, me, ent in self.mentions.get(para.index, []):
            if s <= ms and me <= e and ent.type in {"PERS", "PER"}:
                starts = self._starts(para)
                return (max(a, bisect_right(starts, ms) - 1), bisect_left(starts, me))
        run = self._name_run(para, a, j)
        if run is not None and toks[run[1] - 1].text in {"-", "–"}:
            run = (run[0], run[1] - 1)
        # «نانا ايفا - ابنتنغ»: a hyphenated name is one name.
        while (
            run is not None
            and run[0] - 2 > a
            and toks[run[0] - 1].text in {"-", "–"}
            and self._name_word(toks[run[0] - 2].key, toks[run[0] - 2].text)
        ):
            r0 = run[0] - 2
            while r0 - 1 > a and self._name_word(toks[r0 - 1].key, toks[r0 - 1].text):
                r0 -= 1
            run = (r0, run[1])
        return run

    def _vso_subject(self, para: _Para, sent: int) -> Speaker | None:
        """The sentence subject for a participle («…، قائلا "…"»); with entities, words the
        entities step did not find a name in («كما وعد بإجراء تداول») are not trusted as one:
        the speaker then goes on from the discourse."""
        sp = self._sentence_subject(para, sent)
        if sp is None or sp.entity_id is not None or not self.entities:
            return sp
        if self._known_name(sp.name) is not None:
            return sp
        return None

    def _sentence_subject(self, para: _Para, sent: int) -> Speaker | None:
        """«واتهم فؤاد السنيورة …، مشدداً على أن …»: the words without «ال» right after the
        sentence's first word (a verb, in VSO order) name its subject."""
        toks = [t for t in para.toks if para.sents[sent][0] <= t.start < para.sents[sent][1]]
        words = [t for t in toks[1:4]]
        run: list[Tok] = []
        for t in words:
            if not t.word or not self._name_word(t.key, t.text):
                break
            run.append(t)
        if not run:
            sp = self._salient(para.index, *para.sents[sent])
            return sp
        name = para.text[run[0].start : run[-1].end]
        ent = self._entity_by_name(name)
        known = self._known_name(name)
        return Speaker(ent.name if ent else known or name, ent.id if ent else None)

    def _antecedent(self, para: _Para, c: _Cue, cues: list[_Cue]) -> Speaker | None:
        """A dropped subject: the paragraph's previous speaker, else the first salient name of
        the previous sentence, else the article's last speaker."""
        prev = [d for d in cues if d.ti < c.ti and d.speaker is not None and d.info is not None]
        p, si = para.index, c.sent
        if not (c.ti > 0 and para.toks[c.ti - 1].key in _WHEN):
            # The most recent subject wins: a person who is the subject of an earlier clause
            # of this sentence («وتحدث عبدالسلام جمعة … وأكد على أن»، «وعقد رود لارسن مؤتمرا
            # … وقال ان»، «التقت البروفيسور وانغ ليانماو …، فأشار إلى أن») comes after any
            # earlier speaker, so it, not that speaker or the previous sentence's, speaks.
            sub = self._clause_subject(para, c)
            if sub is not None and (not prev or prev[-1].ti < sub[0]):
                return sub[1]
        if prev:
            return prev[-1].speaker
        # «… خطاب الرئيس الإيراني محمود أحمدي نجاد … حين قال إن»: in a «when he said» clause
        # the subject is the person last named in the sentence.
        s0 = para.sents[si][0]
        if c.ti > 0 and para.toks[c.ti - 1].key in _WHEN:
            pos = para.toks[c.ti].start
            for tp, tpos, _phrase, name in reversed(self.titled_seq):
                if tp == p and s0 <= tpos < pos:
                    ent = self._entity_by_name(name)
                    return Speaker(ent.name if ent else name, ent.id if ent else None)
        # «وكان السيد X … القى كلمة في ختام الاجتماع قال فيها:» is the clause-subject rule
        # above («كان» is a verb); the quotes3 special case for «فيها/فيه» was subsumed by it.
        if not self.lex.cue_is_stripped(para.toks[c.ti].key) and not prev:
            # «لكن سعيد شيرازي سائق سيارة الاجرة منذ 18 سنة يعرب عن اسفه «…»»: a person
            # named at the head of the clause, with a long apposition, is the SVO subject.
            k: int | None = bisect_left(self._starts(para), s0)
            while k is not None and k < c.ti:
                t = para.toks[k]
                if t.word and t.key not in _SUBJECT_PARTICLES:
                    break
                k += 1
            if k is not None and k < c.ti:
                ent = self._entity_starting(p, para.toks[k].start)
                if ent is not None and ent.type in {"PERS", "PER"}:
                    return Speaker(ent.name, ent.id)
        prev_key = (p, si - 1) if si > 0 else (p - 1, len(self.paras[p - 1].sents) - 1)
        if prev_key in self.sent_speakers:
            return self.sent_speakers[prev_key]  # the previous sentence's speaker goes on
        if si > 0:
            rng = (p, para.sents[si - 1][0], para.sents[si - 1][1])
        elif p > 0 and self.paras[p - 1].sents:
            pp = self.paras[p - 1]
            rng = (p - 1, pp.sents[-1][0], pp.sents[-1][1])
        else:
            rng = None
        if rng is not None:
            sp = self._salient(*rng)
            if sp is not None:
                return sp
            if not self.entities:
                # Without entities: the VSO subject of the previous sentence («ولخص محفوظ
                # رؤيته …» before «وأرسل كلمة … قال فيها») when its words look like a name.
                pq = self.paras[rng[0]]
                sp = self._sentence_subject(pq, pq.sents.index((rng[1], rng[2])))
                if sp is not None:
                    return sp
        return self.last_speaker

    def _cataphor(self, para: _Para, c: _Cue) -> Speaker | None:
        """«قالت لنا …: "…"» opening an article, before anyone was named: the first person
        named after the cue, in this paragraph or the next, whose gender agrees with the
        cue (a feature's subject is introduced after her first words)."""
        if not self.entities:
            return None
        pos = para.toks[c.ti].end
        for p in range(para.index + 1):
            if any(
                ent.type in _PERSON_TYPES and (p < para.index or ms < pos)
                for ms, _me, ent in self.mentions.get(p, [])
            ):
                return None  # someone was named before: the dropped subject is not ahead
        for p in (para.index, para.index + 1):
            for ms, _me, ent in self.mentions.get(p, []):
                if (p == para.index and ms < pos) or ent.type not in _PERSON_TYPES:
                    continue
                sp = self._agreeing(Speaker(ent.name, ent.id), para.toks[c.ti].key, c.info)
                if sp is not None:
                    return sp
        return None

    def _clause_subject(
        self, para: _Para, c: _Cue, types: frozenset[str] = _PERSON_TYPES
    ) -> tuple[int, Speaker] | None:
        """The last person named, before the cue and in its sentence, as the subject of a
        clause: right after the clause's first word (a verb, VSO), titles and honorifics
        skipped («وقلل صالح»، «وقد شرح السيد قو»، «، التقت البروفيسور وانغ ليانماو»), or
        as the one met in an interview («وفي لقاء مع احمد المالكي … قال»). A person after a
        preposition or a noun («برنامج الرئيس السنيورة»، «للكابتن عبدالله صالح») is not a
        subject. Returns (token index, speaker)."""
        p, toks, lex = para.index, para.toks, self.lex
        s0 = para.sents[c.sent][0]
        pos = toks[c.ti].start
        starts = self._starts(para)
        mentions = self.mentions.get(p, [])
        mstarts = self._mention_starts.get(p)
        if mstarts is None or len(mstarts) != len(mentions):
            mstarts = self._mention_starts[p] = [m[0] for m in mentions]
        # From the cue backwards, the first that qualifies is the last subject; a bounded look
        # back keeps a paragraph of thousands of mentions linear.
        hi = bisect_left(mstarts, pos)
        for ms, _me, ent in reversed(mentions[max(0, hi - 30) : hi]):
            if ms < s0:
                break
            if ent.type not in types:
                continue
            k = bisect_left(starts, ms)
            if k >= len(toks) or toks[k].start != ms:
                continue
            k0 = self._title_start(para, k, s0)
            v = k0 - 1
            if v < 0 or toks[v].start < s0 or not toks[v].word:
                continue
            vk = toks[v].key
            before = toks[v - 1] if v > 0 and toks[v - 1].start >= s0 else None
            if vk == "مع" and before is not None and _strip_wf(before.key) in lex.interview_nouns:
                return (k, Speaker(ent.name, ent.id))
            bare = _strip_wf(vk)
            if len(bare) < 3 <= len(vk):
                bare = vk  # «وجه»، «وعد»: the و is the verb's own first letter
            # «، التقت البروفيسور X»: a verb may start with «ال» (التقى، التزم); a definite
            # noun before a title and a name is not a clause's first word.
            # read on the written word: «ألمح», «ألقى» are verbs that only fold to «ال…»
            definite = bare.startswith(_DEFINITE) and is_definite(toks[v].text)
            if definite and k0 == k:
                continue
            if (
                len(bare) < 3
                or (definite and not bare.startswith("ال"))
                # a glued preposition («لتصريحات أنان»); a three-letter ب/ل word is a
                # verb («بحث»، «لفت»)
                or (bare[0] in "بل" and len(bare) > 3)
                or bare in _OBJECT_PREPS
                or bare in lex.np_stops
                or (bare in _SUBJECT_PARTICLES and bare not in _KANA)
                # a person after a cue verb is that cue's subject, not a clause subject; a
                # form that is a cue only with its complement («ويعتبر لي أحد أهم المخرجين»:
                # passive, «is considered») is an ordinary verb here
                or ((info := lex.cue(vk)) is not None and not info.needs_prep)
            ):
                continue
            initial = (
                bare != vk or before is None or not before.word or before.key in _SUBJECT_PARTICLES
            )
            if initial:
                return (k, Speaker(ent.name, ent.id))
        return None

    def _title_start(self, para: _Para, k: int, s0: int) -> int:
        """Where the title phrase before the name at token ``k`` starts: titles and honorifics
        («وقد شرح السيد قو»), and the definite words a title runs through («وزير الدفاع
        الاميركي دونالد رامسفيلد»، «المهاجم الهولندي الدولي رود فان نيستلروي»). Definite
        words count only up to a title: «التقت البروفيسور وانغ» starts at «البروفيسور»."""
        toks, lex = para.toks, self.lex

        def titled(t: Tok) -> bool:
            # «وزير» itself starts with و: try the word as written before without a glued و.
            # An organisation's head noun stands before its name the same way («أصدرت شركة
            # مايكروسوفت»).
            return (
                lex.is_title(t.key)
                or lex.is_title(_strip_wf(t.key))
                or t.key in _HONORIFICS
                or self._head_key(t.key) is not None
            )

        k0 = k
        while k0 > 0 and toks[k0 - 1].word and titled(toks[k0 - 1]):
            k0 -= 1
        if k0 == k and k > 0 and toks[k - 1].start >= s0 and toks[k - 1].key in _nationality_keys():
            k0 -= 1  # «وعقد البرتغالي مانويل كاجودا جلسة»: the nationality alone as his title
        j = k0
        while j > 0 and k0 - j < 4 and toks[j - 1].start >= s0 and toks[j - 1].word:
            t = toks[j - 1]
            if titled(t):
                k0 = j = j - 1
                continue
            if not (t.key.startswith("ال") and len(t.key) > 3):
                break
            j -= 1
        return k0

    def _salient(self, p: int, s: int, e: int) -> Speaker | None:
        """The first person or organisation named in a range of a paragraph."""
        for ms, me, ent in self.mentions.get(p, []):
            if s <= ms and me <= e and ent.type in {"PERS", "PER", "ORG"}:
                return Speaker(ent.name, ent.id)
        text = self.paras[p].text
        for t in self.paras[p].toks:
            if s <= t.start < e and t.word and not t.key.startswith("ال"):
                known = self._known_name(text[t.start : t.end])
                if known is not None:
                    return Speaker(known, None)
        return None

    def _known_name(self, name: str) -> str | None:
        """A name seen after a title (or as an earlier speaker) whose last word matches."""
        key = norm(name).split()
        if not key:
            return None
        for full in reversed(self.names):
            fk = norm(full).split()
            if fk and (key == fk or (len(key) == 1 and key[0] == fk[-1])):
                return full
        return None

    def _antecedent_record(self, head: str, p: int, pos: int, rest: list[str]) -> _Record | None:
        cands = [r for r in self.records if r.head == head and (r.p, r.pos) < (p, pos)]
        if not cands:
            return None
        rest_set = {k[2:] if k.startswith("ال") else k for k in rest if len(k) > 2}
        cand_words = [
            {k[2:] if k.startswith("ال") else k for k in norm(r.name).split()} for r in cands
        ]
        for r, words in zip(reversed(cands), reversed(cand_words), strict=True):
            if rest_set and rest_set & words:
                return r
        # «وقال المصدر الطبي» after «مصدر أمني»: a definite nisba adjective (…ي، …ية) that no
        # earlier record has makes it another source, not a reference back («الصحيفة التابعة
        # لحزب …» still refers back: a participle, not a kind).
        adjs = {
            k[2:]
            for k in rest[:1]
            if k.startswith("ال") and len(k) > 4 and k.endswith(("ي", "يه", "ية"))
        }
        if adjs and not any(adjs & w for w in cand_words):
            return None
        return cands[-1]

    # -- entities ----------------------------------------------------------------------------
    def _mention_in(
        self, p: int, s: int, e: int, titled: bool, headed: bool = False
    ) -> Entity | None:
        ms = [(ms, me, ent) for ms, me, ent in self.mentions.get(p, []) if ms < e and me > s]
        if not ms:
            return None
        persons = [x for x in ms if x[2].type in {"PERS", "PER"}]
        if titled:
            # «مساعد الرئيس الروسي يوري أوشاكوف»: the name after the title chain is the speaker.
            after = [x for x in persons if x[0] > s]
            if after:
                return after[-1][2]
        at_start = [x for x in ms if x[0] <= s + 1]
        if at_start:
            return at_start[0][2]
        if titled:
            # «رئيس وحدة الوسائط المتعددة بنوكيا»، «متحدث باسم منظمة … اوبك»: with no person
            # named, an organisation or place inside a title phrase qualifies the role; the
            # role, not the organisation, is who speaks.
            return None
        if headed:
            return None
        pers_org = [x for x in ms if x[2].type in {"PERS", "PER", "ORG"}]
        if pers_org:
            return pers_org[0][2]
        return None

    def _coordinated(self, para: _Para, c: _Cue, j: int) -> tuple[Speaker, tuple[int, int]] | None:
        """«تعهد تيري رود لارسن، وفيجاي نامبيار … بأن»، «وأكد الرئيس المصري حسني مبارك والملك
        عبد الله الثاني أن»: a second speaker joined by «و» after the first one's phrase
        speaks with it; the speaker names both (no single entity id). The second must be a
        person or organisation entity, a title phrase, or (without entities) a short run of
        name words right before the complementizer."""
        toks = para.toks
        assert c.speaker is not None
        if j < len(toks) and toks[j].text in _COMMA:
            j += 1
        if j >= len(toks) or not toks[j].word or para.tok_sent[j] != c.sent:
            return None
        k = toks[j].key
        if len(k) < 3 or k[0] != "و" or self.lex.cue(k) is not None:
            return None
        rest = k[1:]
        p = para.index
        s = toks[j].start
        end: int | None = None
        name: str | None = None
        for ms, me, ent in self.mentions.get(p, []):
            if ms in {s, s + 1} and ent.type in {"PERS", "PER", "ORG"}:
                name = ent.name[1:] if ms == s and ent.name.startswith("و") else ent.name
                end = next((x for x in range(j, len(toks)) if toks[x].start >= me), len(toks))
                break
        if name is None and (self.lex.is_title(rest) or rest in _HONORIFICS):
            e = self._title_extent(para, j)
            x = j + 1
            while x < e and not self._name_word(toks[x].key, toks[x].text):
                x += 1  # «والملك عبد الله»، «ووزير الخارجية سعود الفيصل»: past the title
            while x < e and toks[x].key.endswith(("ته", "تها", "تهم")):
                x += 1  # «ووزير خارجيته سيرغي لافروف»: a possessed noun, not the name
            y = x
            while y < e and self._name_word(toks[y].key, toks[y].text):
                y += 1
            if y > x:
                name = para.text[toks[x].start : toks[y - 1].end]
                end = e
        if name is None and not self.entities and self._name_word(rest):
            e = j + 1
            while (
                e < len(toks)
                and e - j < 3
                and toks[e].word
                and self._name_word(toks[e].key, toks[e].text)
            ):
                e += 1
            nxt = toks[e] if e < len(toks) else None
            if nxt is not None and (nxt.text == ":" or nxt.key in self.lex.complementizers):
                name = para.text[s + 1 : toks[e - 1].end]
                end = e
        if name is None or end is None or norm(name) == norm(c.speaker.name):
            return None
        assert c.np is not None
        return Speaker(f"{c.speaker.name} و{name}", None), (c.np[0], end)

    def _conjoined(self, p: int, s: int, e: int, ent: Entity) -> Speaker | None:
        """«ووصف عنان وصبري المحادثات»: two mentions joined by «و» at the head of the phrase
        speak together; the speaker names both and carries no single entity id."""
        ms = self.mentions.get(p, [])
        text = self.paras[p].text
        for i, (a1, b1, e1) in enumerate(ms):
            if e1 is not ent or a1 > s + 1:
                continue
            for a2, b2, e2 in ms[i + 1 :]:
                if a2 >= e or e2 is ent:
                    continue
                kinds = {e1.type, e2.type}
                if text[b1:a2].strip() == "و" and kinds <= {"PERS", "PER", "ORG"}:
                    return Speaker(text[a1:b2], None)  # as written: «عنان وصبري»
            break
        return None

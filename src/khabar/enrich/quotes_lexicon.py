"""The quotes step's Arabic knowledge, loaded once from ``khabar/lexicons/quote_*.tsv``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..lexicons import column, table
from .quotes_text import norm, tokenize


@dataclass(frozen=True, slots=True)
class CueInfo:
    lemma: str
    kind: str  # verb | participle | phrase | noun | masdar | naming («ما أسماه»)
    preps: tuple[str, ...]
    transitive: bool = False
    needs_prep: bool = False  # a cue only when one of its prepositions follows («عبر … عن»)


@dataclass(frozen=True, slots=True)
class QuoteLexicon:
    cues: dict[str, CueInfo]  # single-word cues by normal form
    phrases: tuple[tuple[tuple[str, ...], CueInfo], ...]  # multi-word cues
    attributions: tuple[tuple[str, ...], ...]  # token keys, longest first
    pronoun_attributions: frozenset[tuple[str, ...]]  # «على حد قوله»: speaker by pronoun
    complementizers: frozenset[str]
    nonreport_an: frozenset[str]
    not_cues: frozenset[str]
    speaker_nouns: dict[str, tuple[str, str]]  # key -> (head key, kind)
    name_heads: frozenset[str]
    term_intro: frozenset[str]
    titles: frozenset[str]
    np_stops: frozenset[str]
    speaker_heads: frozenset[str] = frozenset()  # heads of speaker_nouns
    first_keys: frozenset[str] = frozenset()  # first words of phrases and attributions
    known_names: frozenset[str] = frozenset()  # agencies, papers and places (space-joined keys)
    noun_cues: dict[str, CueInfo] | None = None  # «تصريحات X بأن»، «عن X قوله إن»
    not_cue_before: frozenset[str] = frozenset()  # «تم نقله»، «وهو ما يؤكد»: no speech
    anaphors: dict[str, str] | None = None  # «هذه المحاسبة»، «المهندسة» -> gender (m/f/"")
    interview_nouns: frozenset[str] = frozenset()  # «في لقاء مع X … قال»: X speaks
    naming: dict[str, CueInfo] | None = None  # «ما أسماه»، «بما وصفه»: after «ما» only
    # newspaper spellings (token keys) -> canonical name, for «الصحيفة» with no «صحيفة X»
    newspapers: tuple[tuple[tuple[str, ...], str], ...] = ()

    def cue(self, key: str) -> CueInfo | None:
        """The cue a token stands for: tries the word, then without و/ف, then without an
        object suffix (ووصفها → وصف)."""
        cands = [key]
        if len(key) > 2 and key[0] in "وف":
            cands.append(key[1:])
        for c in cands:
            info = self.cues.get(c)
            if info is not None:
                return info
        for c in cands:
            for suf in ("هما", "هم", "ها", "ه"):
                if c.endswith(suf) and len(c) - len(suf) >= 2:
                    info = self.cues.get(c[: -len(suf)])
                    if info is not None and info.kind == "verb":
                        return info
        return None

    def is_title(self, key: str) -> bool:
        """«وزير» and «الوزير» alike."""
        if key in self.titles or (key.startswith("ال") and key[2:] in self.titles):
            return True
        # «لكن سفيرا مطلعا»: an indefinite accusative title (tanwin written with alef).
        return len(key) > 3 and key.endswith("ا") and key[:-1] in self.titles

    def cue_is_stripped(self, key: str) -> bool:
        """Whether :meth:`cue` matched ``key`` only after removing a glued و/ف."""
        direct = key in self.cues or any(
            key.endswith(s) and self.cues.get(key[: -len(s)], None) is not None
            for s in ("هما", "هم", "ها", "ه")
        )
        return not direct and len(key) > 2 and key[0] in "وف"


def _keys(s: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(s) if t.word)


def _inflections(cues: dict[str, CueInfo]) -> dict[str, CueInfo]:
    """Plural and dual forms of the table's verbs, so that the table lists each verb once per
    tense and person: «قال» → «قالوا» (they said), «قالتا» (two women said); «يقول» →
    «يقولون»، «يقولان». The masculine dual «قالا» is not derived: X + «ا» is also an
    accusative noun or participle («طالباً»، «كتباً»، «وصفاً»), so the table lists it where
    needed. Weak-final verbs («دعا»، «نفى»، «يرى») inflect otherwise and are left to the table."""
    out: dict[str, CueInfo] = {}
    for key, info in cues.items():
        if info.kind != "verb" or key[-1] in "اىيو":
            continue
        if key == info.lemma:
            for suffix in ("وا", "تا"):
                out[key + suffix] = info
        elif key.startswith("ي") and len(key) > 3:
            for suffix in ("ون", "ان"):
                out[key + suffix] = info
    return out


@cache
def lexicon() -> QuoteLexicon:
    cues: dict[str, CueInfo] = {}
    noun_cues: dict[str, CueInfo] = {}
    phrases: list[tuple[tuple[str, ...], CueInfo]] = []
    for row in table("quote_cues"):
        info = CueInfo(
            norm(row["lemma"]),
            row["kind"],
            tuple(norm(p) for p in row["prep"].split()),
            row.get("object", "") == "yes",
            (row.get("needs_prep") or "") == "yes",
        )
        keys = _keys(row["form"])
        if info.kind in {"noun", "masdar"}:
            # Nominal cues are kept apart: elsewhere a «cue word» means a verb or participle.
            if len(keys) == 1:
                noun_cues[keys[0]] = info
        elif len(keys) == 1:
            cues[keys[0]] = info
        elif keys:
            phrases.append((keys, info))
    for key, info in _inflections(cues).items():
        cues.setdefault(key, info)
    attributions = sorted((_keys(p) for p in column("quote_attributions")), key=len, reverse=True)
    pronoun = frozenset(
        _keys(r["phrase"]) for r in table("quote_attributions") if r.get("pronoun") == "yes"
    )
    speaker_nouns = {
        norm(r["word"]): (norm(r["head"]), r["kind"]) for r in table("quote_speaker_nouns")
    }
    return QuoteLexicon(
        cues=cues,
        phrases=tuple(phrases),
        attributions=tuple(a for a in attributions if a),
        pronoun_attributions=pronoun,
        complementizers=frozenset(norm(w) for w in column("quote_complementizers")),
        nonreport_an=frozenset(norm(w) for w in column("quote_nonreport_an")),
        not_cues=frozenset(norm(w) for w in column("quote_not_cues")),
        speaker_nouns=speaker_nouns,
        name_heads=frozenset(norm(w) for w in column("quote_name_heads")),
        term_intro=frozenset(_keys(p)[-1] for p in column("quote_term_introducers")),
        titles=frozenset(norm(w) for w in column("speaker_titles")),
        np_stops=frozenset(norm(w) for w in column("quote_np_stops")),
        speaker_heads=frozenset(h for h, _ in speaker_nouns.values()),
        noun_cues=noun_cues,
        not_cue_before=frozenset(norm(w) for w in column("quote_not_cue_before")),
        anaphors={norm(r["word"]): r.get("gender") or "" for r in table("quote_anaphors")},
        interview_nouns=frozenset(norm(w) for w in column("quote_interview_nouns")),
        newspapers=tuple(
            sorted(
                ((_keys(r["spelling"]), r["canonical"]) for r in table("newspapers")),
                key=lambda x: -len(x[0]),
            )
        ),
        naming={
            norm(r["form"]): CueInfo(norm(r["lemma"]), "naming", ("ب",), True)
            for r in table("quote_naming_verbs")
        },
        first_keys=frozenset(k[0] for k, _ in phrases) | frozenset(a[0] for a in attributions if a),
        # Names a scare quote cannot be («معه «الشرق الأوسط»»): the agencies and papers of
        # agencies.tsv and the CLDR place names, shared with the text and entities steps.
        known_names=frozenset(
            " ".join(_keys(n))
            for n in [r["spelling"] for r in table("agencies")]
            + [r["name"] for r in table("gazetteer_cldr")]
            if _keys(n)
        ),
    )

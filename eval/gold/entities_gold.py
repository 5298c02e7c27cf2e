"""The builder and the checks shared by the entity-resolution gold sets
(``make_entities_gold.py`` … ``make_entities_gold6.py``; conventions in eval/gold/README.md).

A script holds one set's annotations as data and calls the builder of its kind of document:

* ``page(file, …)`` — a news page of ``../shared/data/pages``, checked against the text that
  ``khabar parse`` (no enrichment) gives for it;
* ``aqmar(name, …)`` — an AQMAR Wikipedia article, whose own PER/LOC/ORG mentions are grouped;
* ``anercorp(k, …)`` — pseudo-document ``k`` of ten ANERcorp sentences (of the NER dev split or
  of its training part), whose own PERS/LOC/ORG mentions are grouped.

``--check`` verifies that the written file is up to date and that every form (and title)
occurs in its document, every corpus mention is placed, nothing is both a form and a
not-entity, and a shared form is under two entities at least.
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[2] / "shared" / "data"
PAGES = DATA / "pages"
AQMAR = DATA / "ner" / "aqmar"
ANER = DATA / "ner" / "anercorp" / "ANERCorp_CamelLab_train.txt"
# the parts of the 0.1 split a kind of ANERcorp document indexes, and their sizes
PARTS = {"anercorp": "dev", "anercorp-train": "train"}
PART_SIZES = {"dev": 397, "train": 3576}
PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك")


def E(type_: str, name: str, forms: list[str], titles=(), note: str = "") -> dict:
    """An entity: its type, its fullest name, every form, the titles of a person, a note."""
    d: dict = {"type": type_, "name": name, "forms": list(forms), "titles": list(titles)}
    if note:
        d["note"] = note
    return d


# --- the documents' text and mentions ------------------------------------------------------
@cache
def page_text(path: str) -> str:
    """Headline, paragraphs and captions of the page, as ``khabar parse`` gives them (no
    enrichment), with quote marks removed (a name may be written with marks inside it)."""
    sys.path.insert(0, str(HERE.parents[1] / "src"))
    from khabar.api import parse_file

    parts: list[str] = []
    for a in parse_file(path):
        parts.append(a.headline or "")
        parts.extend(a.paragraphs)
        parts.extend(m.caption or "" for m in a.media)
    return re.sub('["«»]', "", "\n".join(parts))


def in_text(form: str, text: str) -> bool:
    if form in text:
        return True
    # «لل» + name: the article's ا is dropped after the preposition ل
    return form.startswith("ال") and ("لل" + form[2:]) in text


def iob_mentions(tags_tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """PER(S)/LOC/ORG mentions of a (token, tag) sequence as (type, token string); an I- tag
    that continues nothing opens a mention (as conlleval reads it)."""
    out: list[tuple[str, str]] = []
    cur: list | None = None
    for tok, tag in tags_tokens:
        kind = tag[2:]
        if kind in ("PER", "PERS", "LOC", "ORG") and (
            tag.startswith("B-") or not cur or cur[0] != kind
        ):
            if cur:
                out.append((cur[0], " ".join(cur[1])))
            cur = [kind, [tok]]
        elif tag.startswith("I-") and cur and kind == cur[0]:
            cur[1].append(tok)
        else:
            if cur:
                out.append((cur[0], " ".join(cur[1])))
            cur = None
    if cur:
        out.append((cur[0], " ".join(cur[1])))
    return out


@cache
def aqmar_mentions(path: str) -> list[tuple[str, str]]:
    """AQMAR's PER/LOC/ORG mentions of the file as (type, token string)."""
    pairs = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split()
        pairs.append((parts[0] if parts else "", parts[-1] if len(parts) > 1 else "O"))
    return iob_mentions(pairs)


@cache
def sentences(part: str) -> list[tuple[list[str], list[str]]]:
    """The NER dev split or its training part, cut exactly as ``khabar.ner.train`` cuts it."""
    sys.path.insert(0, str(HERE.parents[1] / "src"))
    from khabar.ner import conll
    from khabar.ner.train import split

    train, dev = split(conll.read_file(ANER), 0.1)
    return dev if part == "dev" else train


def anercorp_mentions(part: str, start: int, end: int) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for toks, tags in sentences(part)[start:end]:
        out += iob_mentions(list(zip(toks, tags, strict=True)))
    return out


def anercorp_text(part: str, start: int, end: int) -> str:
    return "\n".join(" ".join(toks) for toks, _ in sentences(part)[start:end])


def strips_to(mention: str, form: str) -> bool:
    """Whether a corpus mention is ``form`` with a proclitic (or none) attached."""
    if any(mention == p + form for p in PROCLITICS):
        return True
    return form.startswith("ال") and mention in (
        "لل" + form[2:],
        "ولل" + form[2:],
        "فلل" + form[2:],
    )


# --- a set ---------------------------------------------------------------------------------
def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def counts(docs: list[dict]) -> str:
    ents = [e for d in docs for e in d["entities"]]
    by = {t: sum(e["type"] == t for e in ents) for t in ("PERS", "ORG", "LOC")}
    forms = sum(len(e["forms"]) for e in ents)
    multi = sum(len(e["forms"]) >= 2 for e in ents)
    titles = sum(len(e["titles"]) for e in ents)
    return (
        f"{len(docs)} documents, {len(ents)} entities ({by['PERS']} PERS, {by['ORG']} ORG, "
        f"{by['LOC']} LOC), {forms} forms, {multi} entities with >= 2 forms, {titles} titles"
    )


class EntityGold:
    """One gold set: the documents its script declares, the file they render to, the checks.

    ``prefix``, ``kind`` and ``first`` place its ANERcorp pseudo-documents: ``{prefix}/{k}``
    holds sentences ``first + 10k`` to ``first + 10k + 10`` of the part ``kind`` indexes (the
    last one cut at the part's end)."""

    def __init__(
        self, out_name: str, *, prefix: str = "anercorp-dev", kind: str = "anercorp", first=0
    ) -> None:
        self.out = HERE / out_name
        self.docs: list[dict] = []
        self.prefix, self.kind, self.first = prefix, kind, first

    # -- builders (the scripts' annotation rows call these) --
    def page(self, file: str, entities: list[dict], ambiguous=()) -> None:
        self.docs.append(
            {
                "doc": "page/" + file.rsplit(".", 1)[0],
                "kind": "page",
                "path": f"pages/{file}",  # relative to the shared data folder
                "entities": entities,
                "ambiguous": list(ambiguous),
            }
        )

    def aqmar(
        self,
        name: str,
        entities: list[dict],
        ambiguous=(),
        not_entities=(),
        shared=(),
        note: str = "",
    ) -> None:
        """``shared``: forms that name two entities of the document (each use is one or the
        other; the notes say which), the only forms allowed under two entities."""
        head = {"doc": "aqmar/" + name, "kind": "aqmar", "path": f"ner/aqmar/{name}.txt"}
        self._add(head, entities, ambiguous, not_entities, shared, note)

    def anercorp(
        self, k: int, entities: list[dict], ambiguous=(), not_entities=(), shared=(), note=""
    ) -> None:
        head = {"doc": f"{self.prefix}/{k}", "kind": self.kind, "sentences": self.span(k)}
        self._add(head, entities, ambiguous, not_entities, shared, note)

    def span(self, k: int) -> list[int]:
        a = self.first + 10 * k
        return [a, min(a + 10, PART_SIZES[PARTS[self.kind]])]

    def _add(self, head, entities, ambiguous, not_entities, shared, note) -> None:  # type: ignore[no-untyped-def]
        d: dict = {
            **head,
            "entities": entities,
            "ambiguous": list(ambiguous),
            "not_entities": list(not_entities),
        }
        if shared:
            d["shared_forms"] = list(shared)
        if note:
            d["note"] = note
        self.docs.append(d)

    # -- checks --
    def problems(self, docs: list[dict] | None = None) -> list[str]:
        out: list[str] = []
        docs = self.docs if docs is None else docs
        for d in docs:
            out += self._shape_problems(d)
            if d["kind"] == "page":
                out += self._page_problems(d)
            elif d["kind"] == "aqmar":
                ms = aqmar_mentions(str(DATA / d["path"]))
                out += self._mention_problems(d, ms, "AQMAR", None)
            elif d["kind"] in PARTS:
                part = PARTS[d["kind"]]
                ms = anercorp_mentions(part, *d["sentences"])
                text = anercorp_text(part, *d["sentences"])
                out += self._mention_problems(d, ms, "ANERcorp", text)
            else:
                out.append(f"{d['doc']}: unknown kind {d['kind']!r}")
        for part in sorted({PARTS[d["kind"]] for d in docs if d["kind"] in PARTS}):
            if ANER.is_file() and len(sentences(part)) != PART_SIZES[part]:
                out.append(f"the {part} part has {len(sentences(part))} sentences")
        return out

    def _shape_problems(self, d: dict) -> list[str]:
        out: list[str] = []
        if d["kind"] in PARTS:
            prefix, _, k = d["doc"].partition("/")
            if d["kind"] != self.kind or prefix != self.prefix:
                out.append(f"{d['doc']}: not a document of this set ({self.prefix}/K)")
            elif d["sentences"] != self.span(int(k)):
                out.append(f"{d['doc']}: sentences {d['sentences']} do not match the document")
        seen: dict[str, str] = {}
        for e in d["entities"]:
            if e["type"] not in ("PERS", "ORG", "LOC"):
                out.append(f"{d['doc']}: bad type {e['type']!r}")
            if e["name"] not in e["forms"]:
                out.append(f"{d['doc']}: name {e['name']!r} not among its forms")
            if e["titles"] and (e["type"] != "PERS" or d["kind"] == "aqmar"):
                out.append(f"{d['doc']}: titles on {e['name']!r} (a non-person, or AQMAR)")
            for f in e["forms"]:
                if f in seen and seen[f] != e["name"] and f not in d.get("shared_forms", ()):
                    out.append(f"{d['doc']}: form {f!r} under two entities")
                seen[f] = e["name"]
        for f in d.get("shared_forms", ()):
            if sum(f in e["forms"] for e in d["entities"]) < 2:
                out.append(f"{d['doc']}: shared form {f!r} is under fewer than two entities")
        forms = {f for e in d["entities"] for f in e["forms"]}
        for f in d.get("not_entities", []) + d["ambiguous"]:
            if f in forms:
                out.append(f"{d['doc']}: {f!r} is both an entity form and not an entity")
        return out

    @staticmethod
    def _page_problems(d: dict) -> list[str]:
        text = page_text(str(DATA / d["path"]))
        return [
            f"{d['doc']}: {f!r} not in the text"
            for e in d["entities"]
            for f in e["forms"] + e["titles"]
            if not in_text(f, text)
        ]

    @staticmethod
    def _mention_problems(
        d: dict, ms: list[tuple[str, str]], corpus: str, text: str | None
    ) -> list[str]:
        out: list[str] = []
        for e in d["entities"]:
            for f in e["forms"]:
                if not any(strips_to(m, f) for _, m in ms):
                    out.append(f"{d['doc']}: {f!r} is no {corpus} mention")
            for t in e["titles"] if text is not None else ():
                if not in_text(t, text):
                    out.append(f"{d['doc']}: title {t!r} not in the text")
        placed = [f for e in d["entities"] for f in e["forms"]]
        placed += d["ambiguous"] + d.get("not_entities", [])
        for _, m in ms:
            if not any(strips_to(m, f) for f in placed):
                out.append(f"{d['doc']}: {corpus} mention {m!r} placed nowhere")
        for f in d.get("not_entities", []) + d["ambiguous"]:
            if not any(strips_to(m, f) for _, m in ms):
                out.append(f"{d['doc']}: {f!r} (not an entity) is no {corpus} mention")
        return out

    def main(self, script: str) -> int:
        """Write the file; with ``--check``, verify it instead."""
        if "--check" in sys.argv:
            errs = self.problems()
            if not self.out.exists() or self.out.read_text(encoding="utf-8") != render(self.docs):
                errs.append(f"{self.out.name} is not up to date: run {Path(script).name}")
            for e in errs:
                print(e)
            print(counts(self.docs), "-", "OK" if not errs else f"{len(errs)} problems")
            return 1 if errs else 0
        self.out.write_text(render(self.docs), encoding="utf-8")
        print(counts(self.docs), "->", self.out)
        return 0

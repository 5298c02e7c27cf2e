"""Reading CoNLL-style NER files: one ``token TAG`` per line, blank line between sentences."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

Sentence = tuple[list[str], list[str]]

# AQMAR uses PER and MIS0-MIS3 (and a few typos); ANERcorp uses PERS/LOC/ORG/MISC.
_AQMAR_TYPES = {"PER": "PERS", "PERS": "PERS", "LOC": "LOC", "ORG": "ORG"}


def read_conll(lines: Iterable[str], *, with_tags: bool = True) -> Iterator[Sentence]:
    """Sentences of a CoNLL stream; the token is the first column, the tag the last.

    Without tags (``with_tags=False``) every tag is ``O``. Whitespace-only lines end a sentence.
    """
    toks: list[str] = []
    tags: list[str] = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if not line.strip():
            if toks:
                yield toks, tags
                toks, tags = [], []
            continue
        cols = line.split("\t") if "\t" in line else line.split()
        toks.append(cols[0])
        tags.append(cols[-1] if with_tags and len(cols) > 1 else "O")
    if toks:
        yield toks, tags


def read_file(path: str | Path, *, with_tags: bool = True) -> list[Sentence]:
    with open(path, encoding="utf-8-sig") as fh:
        return list(read_conll(fh, with_tags=with_tags))


def map_aqmar_tag(tag: str) -> str:
    """An AQMAR tag in the ANERcorp scheme: PER→PERS, MIS*→MISC, typos → O or repaired."""
    tag = tag.strip()
    if tag in ("O", "OO", "") or "-" not in tag:
        return "O"
    prefix, _, typ = tag.partition("-")
    prefix = prefix[-1:] if prefix else "O"
    if prefix not in ("B", "I"):
        return "O"
    typ = typ.strip("-`")
    if typ.startswith("MIS"):
        return f"{prefix}-MISC"
    mapped = _AQMAR_TYPES.get(typ)
    return f"{prefix}-{mapped}" if mapped else "O"


def repair_iob2(tags: list[str]) -> list[str]:
    """Make a tag sequence valid IOB2: an I- that does not continue its type becomes B-."""
    out: list[str] = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def read_aqmar(folder: str | Path) -> list[Sentence]:
    sents: list[Sentence] = []
    for p in sorted(Path(folder).glob("*.txt")):
        for toks, tags in read_file(p):
            sents.append((toks, repair_iob2([map_aqmar_tag(t) for t in tags])))
    return sents

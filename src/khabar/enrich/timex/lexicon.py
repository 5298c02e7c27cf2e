"""The time vocabulary, loaded once from ``khabar/lexicons/*.tsv`` into a phrase trie.

Every entry is stored under its normalised tokens, so «أبريل», «ابريل» and «إبريل» share one key
and multi-word names («كانون الثاني», «ذو الحجة», «أول أمس») are matched token by token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ...lexicons import table
from .normalise import fold

TOKEN_RE = re.compile(r"[0-9]+|[^\W\d_]+|\S")

# Proclitics that glue onto a time word: و، ف (and), ب (in/at), ل (for), ك (like) and pairs.
CLITICS = ("وب", "ول", "وك", "فب", "فل", "وف", "و", "ف", "ب", "ل", "ك")


@dataclass(slots=True)
class Node:
    children: dict[str, Node] = field(default_factory=dict)
    entries: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Lexicon:
    trie: Node
    not_future: tuple[str, ...]
    year_nouns: frozenset[str]


def tokens(text: str) -> list[str]:
    return TOKEN_RE.findall(text)


def _add(root: Node, phrase: str, kind: str, data: dict[str, Any]) -> None:
    toks = tokens(fold(phrase))
    if not toks:
        return
    node = root
    for t in toks:
        node = node.children.setdefault(t, Node())
    if (kind, data) not in node.entries:
        node.entries.append((kind, data))


def _int(s: str) -> int | None:
    try:
        return int(s)
    except ValueError:
        return None


@cache
def load() -> Lexicon:
    root = Node()
    for r in table("months"):
        _add(root, r["form"], "month", {"month": int(r["month"]), "system": r["system"]})
    for r in table("hijri_months"):
        _add(root, r["form"], "hmonth", {"month": int(r["month"])})
    for r in table("weekdays"):
        _add(root, r["form"], "weekday", {"weekday": int(r["weekday"])})
    for r in table("day_parts"):
        _add(root, r["form"], "part", {"code": r["code"], "position": r["position"]})
    year_nouns: set[str] = set()
    for r in table("units"):
        data = {"unit": r["unit"], "count": _int(r["count"]), "number": r["number"]}
        _add(root, r["form"], "unit", {**data, "definite": False})
        _add(root, "ال" + r["form"], "unit", {**data, "definite": True})
        if r["unit"] == "Y" and r["number"] in ("sg", "dc"):
            year_nouns.add(fold(r["form"]))
            year_nouns.add(fold("ال" + r["form"]))
    ordinals = {fold(r["form"]) for r in table("number_words") if r["kind"] == "ordinal"}
    for r in table("number_words"):
        value: int | str = "X" if r["value"] == "X" else int(r["value"])
        data = {"value": value, "kind": r["kind"]}
        _add(root, r["form"], "num", data)
        if r["kind"] == "cardinal" and fold("ال" + r["form"]) not in ordinals:
            # «الأعوام الثلاثة الماضية»: a cardinal agreeing with a definite plural.
            _add(root, "ال" + r["form"], "num", {**data, "definite": True})
    not_future: list[str] = []
    for r in table("relative"):
        if r["kind"] == "not_future":
            not_future.append(fold(r["form"]))
            continue
        v = r.get("value", "")
        _add(
            root,
            r["form"],
            r["kind"],
            {"value": _int(v) if _int(v) is not None else v, "part": r.get("part", "")},
        )
    return Lexicon(root, tuple(not_future), frozenset(year_nouns))

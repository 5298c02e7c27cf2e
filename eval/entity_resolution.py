"""Entity resolution: does the entities step put the names of one entity together, and only
those? Scored on a blind gold set (``eval/gold/entities_resolution.jsonl``: five news pages and
five AQMAR Wikipedia articles, annotated from the text alone before the system was run on them).

Mention finding is scored elsewhere (``eval/ner.py``, ``eval/entity_mentions.py``); here only
the grouping counts. A document's names are compared as *forms*: the distinct proper-name
strings of an entity, normalised (``khabar.text.normalize``) with any attached proclitic
removed. Only forms that both the gold and the system have are scored, so a name the tagger
missed costs nothing here, and a form the gold puts under two entities is left out.

* **pairwise links**: two forms are linked when they belong to one entity; precision is the
  share of the system's links that the gold has, recall the share of the gold's links found.
  Only entities with two or more shared forms make links: this is the alias measure.
* **B-cubed** over forms (singletons count): for each form, the overlap of its system entity
  and its gold entity, as a share of each; averaged over forms.
* **exact entities**: gold entities whose shared forms sit in one system entity with no
  shared form of another gold entity.
* **name**: for gold entities with ≥ 2 shared forms, whether the system entity's ``name`` is the
  gold name (the fullest form).
* **titles** (news: pages and ANERcorp): P/R of the role phrases attached to persons found
  by their name.

    python3 eval/entity_resolution.py [--gold FILE] [--errors]
    python3 eval/entity_resolution.py --gold eval/gold/entities_resolution2.jsonl --model DIR
        # the second set holds ANERcorp dev text: DIR a model not trained on dev
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import khabar
from khabar.enrich import EnrichContext
from khabar.enrich.entities import EntityStep, _strip_forms
from khabar.model import Article
from khabar.ner import conll
from khabar.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "eval" / "gold" / "entities_resolution.jsonl"
DATA = ROOT.parent / "shared" / "data"
PROCLITIC_ENDS = ("و", "ف", "ب", "ل", "ك")


def norm(form: str) -> str:
    return " ".join(normalize(form).split())


def variants(form: str) -> list[str]:
    """The form, then the form without a proclitic («لبوتين» → «بوتين», «للأمم» → «الأمم»),
    in a fixed order: a gold form matches the system form written as it is before one with a
    proclitic taken off (with a set, «فالدولة العباسية» matched one system entity or another
    by the process's string hashing)."""
    n = norm(form)
    out: set[str] = set()
    first, _, rest = n.partition(" ")
    for off, stem in _strip_forms(first):
        if off and first[:off].endswith(PROCLITIC_ENDS):
            out.add(" ".join(x for x in (stem, rest) if x))
        if off and first[:off].endswith("لل"):
            out.add(" ".join(x for x in ("ال" + stem, rest) if x))
    return [n, *sorted(out - {n}, key=lambda v: (-len(v), v))]


def load_doc(
    doc: dict, step: EntityStep, dev: list | None = None, train: list | None = None
) -> Article:
    if doc["kind"] in ("anercorp", "anercorp-train"):
        # sentences of the NER dev (or train) split, a sentence a paragraph (as
        # eval/entity_mentions.py)
        a, b = doc["sentences"]
        split_ = dev if doc["kind"] == "anercorp" else train
        assert split_ is not None
        paragraphs = [" ".join(toks) for toks, _ in split_[a:b]]
        return step(Article(headline=None, paragraphs=paragraphs), EnrichContext())
    path = DATA / doc["path"]  # gold paths are relative to the shared data folder
    if doc["kind"] == "aqmar":
        # the whole article is one document, a sentence a paragraph
        paragraphs = [" ".join(toks) for toks, _ in conll.read_file(path)]
        return step(Article(headline=None, paragraphs=paragraphs), EnrichContext())
    arts = khabar.parse_file(path, enrich=True)
    return max(arts, key=lambda a: len(a.paragraphs))


def system_forms(art: Article) -> tuple[dict[str, set[int]], dict[int, dict]]:
    """form → ids of the system entities holding it (title mentions left out)."""
    forms: dict[str, set[int]] = defaultdict(set)
    info: dict[int, dict] = {}
    for k, e in enumerate(art.entities):
        if e.type not in ("PERS", "ORG", "LOC"):
            continue
        titles = {norm(t) for t in e.titles}
        texts = [e.name, *e.aliases]
        texts += [m.text for m in (*e.mentions, *getattr(e, "caption_mentions", []))]
        for t in texts:
            n = norm(t)
            if n and n not in titles:
                forms[n].add(k)
        info[k] = {"name": norm(e.name), "titles": titles, "type": e.type}
    return forms, info


def gold_forms(doc: dict) -> tuple[dict[str, int], list[dict]]:
    """form → index of its gold entity; forms under two gold entities are left out."""
    owner: dict[str, set[int]] = defaultdict(set)
    for k, e in enumerate(doc["entities"]):
        for f in [e["name"], *e["forms"]]:
            owner[norm(f)].add(k)
    skip = {norm(f) for f in doc.get("ambiguous", [])}
    return {f: next(iter(ks)) for f, ks in owner.items() if len(ks) == 1 and f not in skip}, doc[
        "entities"
    ]


def score_doc(doc: dict, art: Article, errors: list[str]) -> dict:
    sforms, info = system_forms(art)
    gform, gents = gold_forms(doc)
    # a gold form matches a system form written with or without its proclitic
    shared: dict[str, set[int]] = {}
    for f in gform:
        for v in variants(f):
            if v in sforms:
                shared[f] = sforms[v]
                break
    c = defaultdict(float)
    c["gold_forms"] = len(gform)
    c["shared_forms"] = len(shared)
    # pairwise links among shared forms
    for a, b in combinations(sorted(shared), 2):
        g = gform[a] == gform[b]
        s = bool(shared[a] & shared[b])
        c["gold_links"] += g
        c["sys_links"] += s
        c["both_links"] += g and s
        if g and not s:
            errors.append(f"{doc['doc']}: split   {a} | {b}")
        if s and not g:
            errors.append(f"{doc['doc']}: merged  {a} | {b}")
    # B-cubed over shared forms
    for f in shared:
        gset = {x for x in shared if gform[x] == gform[f]}
        sset = {x for x in shared if shared[x] & shared[f]}
        inter = len(gset & sset)
        c["b3_p"] += inter / len(sset)
        c["b3_r"] += inter / len(gset)
    # exact entities, names, titles
    by_gold: dict[int, list[str]] = defaultdict(list)
    for f in shared:
        by_gold[gform[f]].append(f)
    for g, fs in by_gold.items():
        ids = set.intersection(*(shared[f] for f in fs))
        others = {f for f in shared if gform[f] != g and shared[f] & ids}
        exact = bool(ids) and not others
        c["gold_entities"] += 1
        c["exact"] += exact
        gname = norm(gents[g]["name"])
        if len(fs) >= 2 and ids:
            c["named"] += 1
            ok = any(info[i]["name"] in variants(gname) for i in ids)
            c["name_ok"] += ok
            if not ok:
                got = ", ".join(sorted(info[i]["name"] for i in ids))
                errors.append(f"{doc['doc']}: name    {gname} → {got}")
        if doc["kind"] != "aqmar" and gents[g]["type"] == "PERS" and ids:
            gt = {norm(t) for t in gents[g].get("titles", [])}
            st = set().union(*(info[i]["titles"] for i in ids))
            c["gold_titles"] += len(gt)
            c["sys_titles"] += len(st)
            c["both_titles"] += len(gt & st)
            for t in sorted(gt - st):
                errors.append(f"{doc['doc']}: title missed  {gname}: {t}")
            for t in sorted(st - gt):
                errors.append(f"{doc['doc']}: title extra   {gname}: {t}")
    return c


def prf(both: float, sys_n: float, gold_n: float) -> str:
    p = both / sys_n if sys_n else 0.0
    r = both / gold_n if gold_n else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def report(name: str, c: dict) -> None:
    n = c["shared_forms"]
    print(
        f"{name}: {int(c['gold_entities'])} gold entities found, {int(n)} of "
        f"{int(c['gold_forms'])} gold forms shared with the system"
    )
    print(
        f"  pairwise links ({int(c['gold_links'])} gold): "
        f"{prf(c['both_links'], c['sys_links'], c['gold_links'])}"
    )
    if n:
        p, r = c["b3_p"] / n, c["b3_r"] / n
        print(f"  B-cubed: P {p:.3f}  R {r:.3f}  F1 {2 * p * r / (p + r):.3f}")
    print(
        f"  exact entities: {int(c['exact'])}/{int(c['gold_entities'])}"
        f"  names right: {int(c['name_ok'])}/{int(c['named'])}"
    )
    if c["gold_titles"] or c["sys_titles"]:
        print(
            f"  titles ({int(c['gold_titles'])} gold): "
            f"{prf(c['both_titles'], c['sys_titles'], c['gold_titles'])}"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--errors", action="store_true", help="list split/merged forms and names")
    ap.add_argument(
        "--model",
        type=Path,
        help="NER model for ANERcorp dev documents: one NOT trained on dev (the shipped model "
        "was); default: train one on the other 90 %% (as eval/ner.py)",
    )
    ap.add_argument("--nn-cache", type=Path, help="reuse BiLSTMs trained before")
    a = ap.parse_args()
    docs = [json.loads(line) for line in a.gold.read_text(encoding="utf-8").splitlines() if line]
    step = EntityStep()
    dev = train_s = None
    if any(d["kind"] in ("anercorp", "anercorp-train") for d in docs):
        from khabar.ner.tagger import Tagger
        from khabar.ner.train import ANER_TRAIN, DEFAULT_DATA, TrainConfig, split, train

        train_s, dev = split(conll.read_file(DEFAULT_DATA / ANER_TRAIN), 0.1)
        model = a.model
        if model is None:
            model = Path(tempfile.mkdtemp(prefix="khabar-ner-"))
            train(TrainConfig(out=model, nn_jobs=2, nn_cache=a.nn_cache), log=lambda s: None)
        dev_step = EntityStep(tagger=Tagger.load(model))
    kinds = ("page", "anercorp", "anercorp-train", "aqmar")
    totals: dict[str, dict] = {k: defaultdict(float) for k in kinds}
    errors: list[str] = []
    for doc in docs:
        if doc["kind"] in ("anercorp", "anercorp-train"):
            art = load_doc(doc, dev_step, dev, train_s)
        else:
            art = load_doc(doc, step)
        c = score_doc(doc, art, errors)
        for k, v in c.items():
            totals[doc["kind"]][k] += v
    labels = ("news pages", "ANERcorp dev (news)", "ANERcorp train (news)", "AQMAR Wikipedia")
    for kind, label in zip(kinds, labels, strict=True):
        if totals[kind]["gold_forms"]:
            report(label, totals[kind])
    every: dict[str, float] = defaultdict(float)
    for t in totals.values():
        for k, v in t.items():
            every[k] += v
    report("all", every)
    if a.errors:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Score the quotes step on the hand-annotated gold set (eval/gold/quotes.jsonl) and the seed.

Usage (from the repository root):
    PYTHONPATH=src python3 eval/quotes.py [--gold FILE] [--errors] [--json]
        [--entities | --no-entities] [--compare] [--no-heldout]

Prints quote-span precision/recall/F1 (exact offsets and any overlap, one-to-one), the same
split into marked quotes (direct+partial) and reported speech (indirect), speaker accuracy on
matched quotes, speaker P/R/F1 (a quote counts only when its span matches and its speaker is
right), kind accuracy, and how many names/terms in quote marks were wrongly taken as quotes.
The seed's figures are printed separately. The real entities step (NER + linking) runs
before the quotes step by default (``--entities``); ``--no-entities`` scores the quotes step
alone (speakers named from the text, no entity ids); ``--compare`` prints the headline figures
of both runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from khabar.enrich import EnrichContext, available, build, enrich
from khabar.enrich.quotes_text import norm
from khabar.model import Article, Quote

GOLD = Path(__file__).with_name("gold") / "quotes.jsonl"  # dev: rules were tuned on it
GOLD_TEST = Path(__file__).with_name("gold") / "quotes_test.jsonl"  # was held out; tuned on since
# Second held-out set (quotes2 work): annotated before any rule change, first score kept in
# gold/quotes_heldout_first_run.txt; its errors were never used to write rules.
GOLD_HELDOUT = Path(__file__).with_name("gold") / "quotes_heldout.jsonl"
# dev2 (quotes3 work): fresh development text, annotated before the system ran on it; its
# first score is in gold/quotes_dev2_first_run.txt, the speaker rules of quotes3 were then
# studied on its errors, so only that first score is out of sample.
GOLD_DEV2 = Path(__file__).with_name("gold") / "quotes_dev2.jsonl"
# dev3 (quotes4 work): 15 more documents, annotated before the system ran on them; first score
# in gold/quotes_dev3_first_run.txt (the measure of whether the quotes3 rules generalise).
GOLD_DEV3 = Path(__file__).with_name("gold") / "quotes_dev3.jsonl"
# dev4 (quotes6 work): 14 more documents, annotated and committed before the system ran on
# them; first score in gold/quotes_dev4_first_run.txt; the learned speaker ranker was compared
# with the rules on it (eval/quotes_ranker/train.py); the quotes7 rules were then read from it.
GOLD_DEV4 = Path(__file__).with_name("gold") / "quotes_dev4.jsonl"
# dev5, dev6, dev7 (quotes8-quotes10 work): each annotated and committed before the system ran
# on it, each scored once blind (gold/quotes_dev{5,6,7}_first_run.txt, totals only), then
# opened: the quotes9, quotes10 and quotes11 rules were written from their error categories.
GOLD_DEV5 = Path(__file__).with_name("gold") / "quotes_dev5.jsonl"
GOLD_DEV6 = Path(__file__).with_name("gold") / "quotes_dev6.jsonl"
GOLD_DEV7 = Path(__file__).with_name("gold") / "quotes_dev7.jsonl"
GOLD_DEV8 = Path(__file__).with_name("gold") / "quotes_dev8.jsonl"  # blind, not yet scored
GOLD_DEV9 = Path(__file__).with_name("gold") / "quotes_dev9.jsonl"  # blind, not yet scored

# The seed (issue 5): article 1's and 2's body lines, with the quotes the issue asks for.
SEED_LINES = (
    [14, 18, 20, 22, 24, 26, 30, 32, 34, 36, 38, 40, 44, 46, 48, 50, 52, 54, 56, 60, 62],
    [116, 118, 120, 122],
)
SEED_QUOTES = [  # (article, paragraph, text prefix, kind group, accepted speakers)
    (0, 5, "قبول اقتراح", "marked", ["بوتين", "الكرملين"]),
    (0, 5, "تعديلات لا تحمل", "marked", ["بوتين"]),
    (0, 6, "تحدد آفاق", "marked", ["أوشاكوف"]),
    (0, 6, "سيجري التوقيع", "marked", ["أوشاكوف"]),
    (0, 9, "روسيا وجمهورية كوريا", "marked", ["بوتين"]),
    (0, 17, "نحن نقدر عالياً", "marked", ["بوتين"]),
    (0, 17, "تعاونهما المتبادل", "marked", ["بوتين"]),
    (0, 10, "حرب مقدسة", "marked", ["رودونغ شينمون"]),
    (0, 10, "إن العملية العسكرية", "marked", ["رودونغ شينمون"]),
    (0, 10, "إن حكومة وشعب", "marked", ["رودونغ شينمون"]),
    (0, 11, "شعبنا يرى", "marked", ["رودونغ شينمون"]),
    (0, 16, "سخيفة", "marked", ["كوريا الشمالية"]),
    (0, 18, "أفضل طريقة", "marked", ["كوليبا"]),
    (1, 1, "في أعقاب عملية السرقة", "marked", ["المدعي العام"]),
    (0, 7, "الوثيقة تنظر في كل مجالات التعاون", "indirect", ["أوشاكوف"]),
    (0, 17, "روسيا في المقابل زودت", "indirect", ["واشنطن"]),
]
SEED_NAMES = [
    "رودونغ شينمون",
    "وكالة الأنباء المركزية الكورية الشمالية",
    "الخارجية الروسية",
    "الشراكة الاستراتيجية الشاملة",
    "اتفاقية الشراكة الاستراتيجية الشاملة",
    "وكالة الصحافة الفرنسية",
]


@dataclass
class Span:
    item: str
    p: int
    start: int
    end: int
    kind: str
    speaker: str | None
    text: str
    entity_id: str | None = None
    # the other written forms of the speaker's entity («يديعوت أحرنوت» beside «يديعوت أحرونوت»):
    # an article that spells a name two ways has one speaker, named once
    aliases: tuple[str, ...] = ()


@dataclass
class Counts:
    tp_exact: int = 0
    tp_overlap: int = 0
    pred: int = 0
    gold: int = 0

    def prf(self, exact: bool) -> tuple[float, float, float]:
        tp = self.tp_exact if exact else self.tp_overlap
        p = tp / self.pred if self.pred else 0.0
        r = tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Report:
    groups: dict[str, Counts] = field(default_factory=dict)
    spk_match: int = 0
    spk_total: int = 0
    spk_correct: int = 0
    spk_linked: int = 0  # right speakers that carry an entity id
    spk_pred: int = 0
    spk_gold: int = 0
    kind_ok: int = 0
    kind_total: int = 0
    names_quoted: int = 0
    names_total: int = 0
    errors: list[str] = field(default_factory=list)


# Since stop 15 a speaker also counts as right when the gold name is another written form of
# the predicted speaker's entity (its aliases); --strict-names compares the entity's name only,
# as every figure before stop 15 did.
STRICT_NAMES = False


def speaker_ok(pred: str | None, gold: str | None) -> bool:
    """Names match when one's words are contained in the other's (light normal form)."""
    if not pred or not gold:
        return False

    def words(s: str) -> set[str]:
        out = set()
        for w in norm(s).replace("«", " ").replace("»", " ").split():
            w = w.strip('"،,.()')
            if w.startswith("ال") and len(w) > 3:
                w = w[2:]
            if len(w) > 1 and w not in {"و", "في"}:
                out.add(w)
        return out

    a, b = words(pred), words(gold)
    return bool(a and b) and (a <= b or b <= a)


def group_of(kind: str) -> str:
    return "indirect" if kind == "indirect" else "marked"


def match(pred: list[Span], gold: list[Span], exact: bool) -> list[tuple[Span, Span]]:
    """One-to-one matching; overlap mode pairs the largest overlaps first."""
    cands = []
    for i, g in enumerate(gold):
        for j, s in enumerate(pred):
            if g.item != s.item or g.p != s.p:
                continue
            if exact:
                if (g.start, g.end) == (s.start, s.end):
                    cands.append((g.end - g.start, i, j))
            else:
                ov = min(g.end, s.end) - max(g.start, s.start)
                if ov > 0:
                    cands.append((ov, i, j))
    cands.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, i, j in cands:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((gold[i], pred[j]))
    return out


def run_steps(entities: bool = True) -> list:
    if entities and "entities" not in available():
        raise SystemExit("eval/quotes.py: the entities step is not registered on this build")
    steps = build(["entities", "quotes"] if entities else ["quotes"])
    # build() pulls in what a step requires; without entities, drop that step again.
    return steps if entities else [s for s in steps if s.name != "entities"]


def predict(item: str, paragraphs: list[str], steps: list) -> list[Span]:
    art = enrich(Article(headline=None, paragraphs=list(paragraphs)), steps, EnrichContext())
    aliases = {e.id: tuple(e.aliases) for e in art.entities or []}
    return [to_span(item, q, aliases) for q in art.quotes]


def to_span(item: str, q: Quote, aliases: dict[str, tuple[str, ...]] | None = None) -> Span:
    forms = (aliases or {}).get(q.speaker.entity_id or "", ())
    return Span(
        item,
        q.paragraph,
        q.start,
        q.end,
        q.kind,
        q.speaker.name,
        q.text,
        q.speaker.entity_id,
        forms,
    )


def gold_spans(rec: dict) -> list[Span]:
    out: list[Span] = []
    seen: dict[tuple[int, str], int] = {}
    for q in rec["quotes"]:
        para = rec["paragraphs"][q["p"]]
        k = (q["p"], q["text"])
        occ = seen.get(k, 0)
        seen[k] = occ + 1
        pos = -1
        for _ in range(occ + 1):
            pos = para.find(q["text"], pos + 1)
        if pos < 0:
            raise ValueError(f"{rec['id']}: gold text not in paragraph: {q['text'][:40]}")
        out.append(
            Span(rec["id"], q["p"], pos, pos + len(q["text"]), q["kind"], q["speaker"], q["text"])
        )
    return out


def score(pairs: list[tuple[list[Span], list[Span], list[tuple[str, list[str]]]]]) -> Report:
    rep = Report()
    for pred, gold, names in pairs:
        for grp in ("all", "marked", "indirect"):
            c = rep.groups.setdefault(grp, Counts())
            ps = pred if grp == "all" else [s for s in pred if group_of(s.kind) == grp]
            gs = gold if grp == "all" else [s for s in gold if group_of(s.kind) == grp]
            c.pred += len(ps)
            c.gold += len(gs)
            c.tp_exact += len(match(ps, gs, exact=True))
            c.tp_overlap += len(match(ps, gs, exact=False))
        matched = match(pred, gold, exact=False)
        for g, s in matched:
            rep.kind_total += 1
            rep.kind_ok += g.kind == s.kind
            if g.speaker:
                rep.spk_total += 1
                forms = (s.speaker,) if STRICT_NAMES else (s.speaker, *s.aliases)
                if any(speaker_ok(n, g.speaker) for n in forms):
                    rep.spk_match += 1
                    rep.spk_correct += 1
                    rep.spk_linked += s.entity_id is not None
                else:
                    rep.errors.append(
                        f"speaker {g.item}#{g.p}: gold={g.speaker!r} pred={s.speaker!r} "
                        f"«{g.text[:50]}»"
                    )
        rep.spk_pred += sum(1 for s in pred if s.speaker)
        rep.spk_gold += sum(1 for g in gold if g.speaker)
        mg = {id(g) for g, _ in matched}
        mp = {id(s) for _, s in matched}
        for g in gold:
            if id(g) not in mg:
                rep.errors.append(f"missed  {g.item}#{g.p} [{g.kind}] «{g.text[:70]}»")
        for s in pred:
            if id(s) not in mp:
                rep.errors.append(f"extra   {s.item}#{s.p} [{s.kind}] «{s.text[:70]}»")
        for item, paras in names:
            for name in paras:
                rep.names_total += 1
                if any(s.text == name for s in pred if s.item == item):
                    rep.names_quoted += 1
                    rep.errors.append(f"name quoted {item}: «{name}»")
    return rep


def evaluate_gold(path: Path, steps: list) -> Report:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        pred = predict(rec["id"], rec["paragraphs"], steps)
        pairs.append((pred, gold_spans(rec), [(rec["id"], rec["names"])]))
    return score(pairs)


def seed_articles() -> list[list[str]]:
    text = (resources.files("khabar") / "data" / "sample_asharq.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    return [[lines[n - 1].strip() for n in nums] for nums in SEED_LINES]


def evaluate_seed(steps: list) -> dict[str, object]:
    """Seed check: the issue's quotes found with an accepted speaker, and no name quoted."""
    arts = seed_articles()
    preds = [predict(f"seed{i}", paras, steps) for i, paras in enumerate(arts)]
    found = spk = 0
    missing: list[str] = []
    for a, p, prefix, grp, speakers in SEED_QUOTES:
        hits = [
            s
            for s in preds[a]
            if s.p == p and s.text.startswith(prefix) and group_of(s.kind) == grp
        ]
        if hits:
            found += 1
            if any(speaker_ok(hits[0].speaker, g) for g in speakers):
                spk += 1
            else:
                missing.append(f"speaker of «{prefix}»: {hits[0].speaker!r}")
        else:
            missing.append(f"not found: «{prefix}»")
    marked = [s for ps in preds for s in ps if s.kind != "indirect"]
    named = [s.text for s in marked if s.text in SEED_NAMES]
    return {
        "expected": len(SEED_QUOTES),
        "found": found,
        "speaker_ok": spk,
        "marked_predicted": len(marked),
        "marked_expected": sum(1 for q in SEED_QUOTES if q[3] == "marked"),
        "names_quoted": named,
        "problems": missing,
    }


def figures_of(rep: Report) -> dict[str, object]:
    figures: dict[str, object] = {}
    for grp, c in rep.groups.items():
        pe, re_, fe = c.prf(exact=True)
        po, ro, fo = c.prf(exact=False)
        figures[grp] = {
            "gold": c.gold,
            "pred": c.pred,
            "exact": {"p": round(pe, 3), "r": round(re_, 3), "f1": round(fe, 3)},
            "overlap": {"p": round(po, 3), "r": round(ro, 3), "f1": round(fo, 3)},
        }
    sp = rep.spk_correct / rep.spk_pred if rep.spk_pred else 0.0
    sr = rep.spk_correct / rep.spk_gold if rep.spk_gold else 0.0
    figures["speaker"] = {
        "accuracy_on_matched": round(rep.spk_match / rep.spk_total, 3) if rep.spk_total else 0.0,
        "matched": rep.spk_total,
        "p": round(sp, 3),
        "r": round(sr, 3),
        "f1": round(2 * sp * sr / (sp + sr), 3) if sp + sr else 0.0,
    }
    figures["speaker"]["with_entity_id"] = rep.spk_linked  # type: ignore[index]
    figures["kind_accuracy"] = round(rep.kind_ok / rep.kind_total, 3) if rep.kind_total else 0.0
    figures["names_quoted"] = f"{rep.names_quoted}/{rep.names_total}"
    return figures


def print_figures(title: str, f: dict) -> None:
    print(f"== {title}")
    print(f"{'group':<10}{'gold':>6}{'pred':>6}   {'exact P/R/F1':<22}{'overlap P/R/F1':<22}")
    for grp in ("all", "marked", "indirect"):
        g = f[grp]
        e, o = g["exact"], g["overlap"]
        print(
            f"{grp:<10}{g['gold']:>6}{g['pred']:>6}   "
            f"{e['p']:.3f}/{e['r']:.3f}/{e['f1']:.3f}      "
            f"{o['p']:.3f}/{o['r']:.3f}/{o['f1']:.3f}"
        )
    s = f["speaker"]
    print(
        f"speaker accuracy on matched quotes: {s['accuracy_on_matched']:.3f} "
        f"({s['matched']} quotes); speaker P/R/F1: {s['p']:.3f}/{s['r']:.3f}/{s['f1']:.3f}"
    )
    print(f"right speakers with an entity id: {s['with_entity_id']}/{s['matched']}")
    print(f"kind accuracy on matched quotes: {f['kind_accuracy']:.3f}")
    print(f"names/terms in quote marks taken as quotes: {f['names_quoted']}")


def run_all(golds: list[tuple[str, Path]], entities: bool) -> tuple[dict[str, object], list[str]]:
    steps = run_steps(entities)
    out: dict[str, object] = {"steps": [s.name for s in steps]}
    errors: list[str] = []
    for name, path in golds:
        rep = evaluate_gold(path, steps)
        out[name] = figures_of(rep)
        errors += [f"[{name}] {e}" for e in sorted(rep.errors)]
    out["seed"] = evaluate_seed(steps)
    return out, errors


def print_compare(golds: list[tuple[str, Path]], runs: dict[str, dict]) -> None:
    """Headline figures with and without the entities step, one row per set and run."""
    print(
        f"{'set':<8}{'run':<15}{'speaker acc':>12}{'ent ids':>9}"
        f"{'marked P/R':>14}{'reported R':>12}"
    )
    for name, _path in golds:
        for run, out in runs.items():
            f = out[name]
            m, i, s = f["marked"]["overlap"], f["indirect"]["overlap"], f["speaker"]
            print(
                f"{name:<8}{run:<15}{s['accuracy_on_matched']:>12.3f}"
                f"{s['with_entity_id']:>5}/{s['matched']:<3}"
                f"{m['p']:>8.3f}/{m['r']:.3f}{i['r']:>12.3f}"
            )
    for run, out in runs.items():
        seed = out["seed"]
        print(f"seed    {run:<15}{seed['speaker_ok']}/{seed['expected']} right speakers")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=None, help="Score only this gold file.")
    ap.add_argument("--errors", action="store_true", help="List every miss/extra/wrong speaker.")
    ap.add_argument("--json", action="store_true", help="Print the figures as JSON.")
    ap.add_argument(
        "--entities",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="Run the real entities step before quotes (default: on).",
    )
    ap.add_argument(
        "--compare", action="store_true", help="Headline figures with and without entities."
    )
    ap.add_argument(
        "--no-heldout",
        action="store_true",
        help="Leave the held-out set out (score it only when a change is final).",
    )
    ap.add_argument(
        "--strict-names",
        action="store_true",
        help="A speaker is right only by its entity's name, not its other written forms "
        "(how figures before stop 15 were scored).",
    )
    args = ap.parse_args(argv)
    global STRICT_NAMES
    STRICT_NAMES = args.strict_names
    golds = (
        [("gold", args.gold)]
        if args.gold
        else [
            ("dev", GOLD),
            ("dev2", GOLD_DEV2),
            ("dev3", GOLD_DEV3),
            ("dev4", GOLD_DEV4),
            ("dev5", GOLD_DEV5),
            ("dev6", GOLD_DEV6),
            ("dev7", GOLD_DEV7),
            ("dev8", GOLD_DEV8),
            ("dev9", GOLD_DEV9),
            ("test", GOLD_TEST),
            ("heldout", GOLD_HELDOUT),
        ]
    )
    if args.no_heldout:
        golds = [(n, p) for n, p in golds if p != GOLD_HELDOUT]
    if args.compare:
        runs = {
            "with entities": run_all(golds, True)[0],
            "no entities": run_all(golds, False)[0],
        }
        if args.json:
            print(json.dumps(runs, ensure_ascii=False, indent=2))
        else:
            print_compare(golds, runs)
        return 0
    out, errors = run_all(golds, args.entities)
    seed = out["seed"]
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    print(f"quotes eval — steps run: {', '.join(out['steps'])}")  # type: ignore[arg-type]
    for name, path in golds:
        print_figures(f"{name}: {path.name}", out[name])  # type: ignore[arg-type]
    print(
        f"== seed: {seed['found']}/{seed['expected']} expected quotes found, "  # type: ignore[index]
        f"{seed['speaker_ok']} with the right speaker; marked quotes predicted "  # type: ignore[index]
        f"{seed['marked_predicted']} (expected {seed['marked_expected']}); "  # type: ignore[index]
        f"names quoted: {len(seed['names_quoted'])}"  # type: ignore[index,arg-type]
    )
    for prob in seed["problems"]:  # type: ignore[index]
        print(f"  seed: {prob}")
    if args.errors:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())

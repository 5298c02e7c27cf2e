"""Entities on the seed article: recall of the entities issue 4 lists, and the false ones.

Both articles of the parsed seed page, photo captions included. The seed is the page the rules
were developed on, so this is a regression check, not an
unbiased score (the NER model itself is scored on unseen data by eval/ner.py).

    PYTHONPATH=src python3 eval/entities.py
"""

from __future__ import annotations

from pathlib import Path

import khabar
from khabar.enrich import EnrichContext
from khabar.enrich.entities import EntityStep
from khabar.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = {
    "PERS": "فلاديمير بوتين، كيم جونغ أون، يوري أوشاكوف، كيم إيل سونغ، كيم جونغ إيل، "
    "دميترو كوليبا، آنا تسيفيليفا، بافيل فرادكوف، ميخائيل فرادكوف، ليونيد جورين",
    "ORG": "الكرملين، محكمة الجنايات الدولية، وزارة الخارجية الروسية، الأمم المتحدة، البنتاغون، "
    "رودونغ شينمون، حزب العمال، الاتحاد الأوروبي",
    "LOC": "كوريا الشمالية، روسيا، بيونغ يانغ، موسكو، الصين، بيلاروسيا، أوزبكستان، أوكرانيا، كييف، "
    "واشنطن، سيول، ياقوتيا، فرنسا، نانتير",
}


def main() -> None:
    # The parsed seed page (both articles, photo captions included), as a user gets it.
    arts = khabar.parse_text(
        (ROOT / "src/khabar/data/sample_asharq.txt").read_text(encoding="utf-8"),
        source="sample_asharq.txt",
    )
    step = EntityStep()
    entities = [e for a in arts for e in step(a, EnrichContext()).entities]
    found = {(e.type, normalize(e.name)): e for e in entities}
    hit = total = 0
    for typ, names in EXPECTED.items():
        for name in names.split("، "):
            total += 1
            e = found.get((typ, normalize(name)))
            ok = e is not None and sum(1 for f in entities if f.name == e.name) == 1
            hit += ok
            print(f"{'ok  ' if ok else 'MISS'} {typ:5} {name}")
    print(f"\nexpected entities found as one entity: {hit}/{total} ({100 * hit / total:.0f}%)")
    expected_norm = {normalize(n) for v in EXPECTED.values() for n in v.split("، ")}
    extra = [e for e in entities if normalize(e.name) not in expected_norm]
    print(f"entities not in the issue's list: {len(extra)} of {len(entities)}")
    for e in extra:
        print(
            f"     {e.type:5} {e.name}  x{len(e.mentions)} +{len(e.caption_mentions)} in captions"
        )


if __name__ == "__main__":
    main()

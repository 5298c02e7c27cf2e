"""Build ``src/khabar/models/wordfreq_ar.tsv.gz``: how common each Arabic word is.

Source: the ``large`` Arabic list of the wordfreq package (Robyn Speer; code Apache-2.0, data
CC BY-SA 4.0 — the same licence as the shipped NER model). wordfreq pools Wikipedia, subtitles,
news, web text and social media, so it knows names the ANERcorp training data never saw, and
how often a word appears with the article «ال» or a possessive suffix (names rarely do).

Words are normalised with khabar's NER normal form and the frequencies of spellings that merge
are summed; words under Zipf 2.0 (about one per 100 million words) are left out to keep the
file small (the feature code gives absent words a floor). wordfreq is needed only to run this
script, not at run time:

    pip install wordfreq && python3 scripts/build_wordfreq.py
"""

from __future__ import annotations

import gzip
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "khabar" / "models" / "wordfreq_ar.tsv.gz"
MIN_ZIPF = 2.0


def main() -> None:
    from importlib.metadata import version

    import wordfreq

    sys.path.insert(0, str(ROOT / "src"))
    from khabar.ner.features import norm

    freq: dict[str, float] = {}
    for word, f in wordfreq.get_frequency_dict("ar", "large").items():
        n = norm(word)
        if n and "\t" not in n and "\n" not in n:
            freq[n] = freq.get(n, 0.0) + f
    # one line per Zipf value (one decimal): «zipf<TAB>word word …» loads in a few split()s
    by_zipf: dict[str, list[str]] = {}
    for w, f in freq.items():
        z = math.log10(f) + 9
        if z >= MIN_ZIPF and " " not in w:
            by_zipf.setdefault(f"{z:.1f}", []).append(w)
    header = (
        "# Arabic word frequencies on the Zipf scale (log10 of occurrences per billion words),\n"
        "# normalised with khabar's NER normal form, merged spellings summed, Zipf >= 2.0 only.\n"
        f"# Derived from wordfreq {version('wordfreq')} (Robyn Speer; data CC BY-SA 4.0,\n"
        "# https://creativecommons.org/licenses/by-sa/4.0/) by scripts/build_wordfreq.py.\n"
        "# One line per Zipf value: the value, a tab, then the words with it, space-separated.\n"
    )
    body = "".join(
        f"{z}\t{' '.join(sorted(ws))}\n" for z, ws in sorted(by_zipf.items(), reverse=True)
    )
    OUT.write_bytes(gzip.compress((header + body).encode("utf-8"), mtime=0))
    print(f"{sum(map(len, by_zipf.values()))} words → {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()

"""The shipped NER tagger: a CRF (python-crfsuite) over :mod:`khabar.ner.features`.

    >>> from khabar.ner import get_tagger
    >>> get_tagger().tag(["استقبل", "الرئيس", "الروسي", "فلاديمير", "بوتين"])[-2:]
    ['B-PERS', 'I-PERS']

The model and its lookup tables live in ``khabar/models/`` (trained by ``khabar train ner``);
nothing is downloaded. Loading takes well under a second and is done once per process.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from ..text.tokenize import Token, tokenize
from .conll import repair_iob2
from .features import (
    DOC_WINDOW,
    NN_GROUP,
    Featurizer,
    Resources,
    entity_spans,
    stem,
    wordfreq_table,
)
from .neural import NN_GROUPS as NN_MAP_GROUPS

if TYPE_CHECKING:
    from .neural import NeuralTagger

MODEL_FILE = "ner.crfsuite"  # written by the trainer; shipped gzipped as MODEL_FILE + ".gz"
RESOURCES_FILE = "ner_resources.json.gz"
MIN_PROPAGATE = 3  # letters: never spread one- or two-letter "names"
MAX_SEQ = 400  # tag very long token runs in windows: CRF cost is linear, memory is not free


class Tagger:
    def __init__(self, model: bytes, res: Resources, neural: NeuralTagger | None = None) -> None:
        import pycrfsuite

        # crfsuite reads the model in place: the bytes must live as long as the tagger
        self._model = model
        self._crf = pycrfsuite.Tagger()
        self._crf.open_inmemory(self._model)
        self.featurizer = Featurizer(res)
        if NN_GROUP in self.featurizer.groups and neural is None:
            raise ValueError("this NER model is stacked on a neural tagger; none was given")
        # the BiLSTM whose tags the CRF reads (models trained with --neural), else None
        self.neural = neural if NN_GROUP in self.featurizer.groups else None
        # its document maps and word features are the CRF's when both read the same groups
        # (the shipped case); otherwise tag_sentences computes the network's maps itself
        self._shared_maps = self.featurizer.groups.issuperset(NN_MAP_GROUPS)
        if self.neural is not None and self._shared_maps:
            self.neural.encoder.share_word_features(self.featurizer.word_features)
        if self.neural is not None and self.neural.encoder.vocab.lexicon:
            # a network trained with the CRF's lexicon features reads them from the CRF's
            # resources (all training sentences), the lexicon the CRF itself tags with
            self.neural.encoder.use_lexicon(self.featurizer)
        if "wordfreq" in self.featurizer.groups:
            wordfreq_table()  # part of loading the model, not a hiccup on the first sentence

    @classmethod
    def load(cls, folder: str | Path | None = None) -> Tagger:
        """Load from ``folder`` (default: the model shipped in the package).

        The model is read from ``ner.crfsuite.gz`` when present (what ships: a third of the
        size), else from ``ner.crfsuite`` (what the trainer writes).
        """
        base = resources.files("khabar") / "models" if folder is None else Path(folder)
        gz = base / (MODEL_FILE + ".gz")
        if gz.is_file():
            model = gzip.decompress(gz.read_bytes())
        else:
            model = (base / MODEL_FILE).read_bytes()
        res = _load_resources((base / RESOURCES_FILE).read_bytes())
        neural = None
        if NN_GROUP in res.features:
            from .neural import NeuralTagger

            neural = NeuralTagger.load(Path(str(base)))
        return cls(model, res, neural)

    def tag(
        self,
        tokens: Sequence[str],
        doc: dict[str, str] | None = None,
        nn_doc: dict[str, str] | None = None,
    ) -> list[str]:
        """IOB2 tags (``B-PERS``, ``I-LOC``, ``O`` …) for one sentence of tokens.

        ``doc``: the sentence's document map from :meth:`Featurizer.doc_maps` (optional);
        ``nn_doc``: the network's, where its map differs from the CRF's (a CRF trained without
        the "domain" group); by default the network reads ``doc``.
        """
        out: list[str] = []
        for i in range(0, len(tokens), MAX_SEQ):
            chunk = tokens[i : i + MAX_SEQ]
            if chunk:
                nn = lp = None
                if self.neural is not None:
                    nd = doc if self._shared_maps or nn_doc is None else nn_doc
                    nn, lp = self.neural.tag_with_logp(chunk, nd)
                feats = self.featurizer.sentence_features(chunk, doc, nn, lp)
                out.extend(self._crf.tag(feats))
        # the perceptron can emit I-LOC after I-PERS: output is always valid IOB2
        return repair_iob2(out)

    def tag_sentences(self, sents: Sequence[Sequence[str]], doc: bool = True) -> list[list[str]]:
        """Tag sentences of one document (or a running text: the window slides along)."""
        maps = self.featurizer.doc_maps(sents) if doc else [None] * len(sents)
        nn_maps = maps
        if doc and self.neural is not None and not self._shared_maps:
            nn_maps = self.neural.encoder.doc_maps(sents)
        tags = [self.tag(s, d, n) for s, d, n in zip(sents, maps, nn_maps, strict=True)]
        return propagate(sents, tags) if doc else tags

    def entities(self, text: str) -> list[tuple[int, int, str, list[Token]]]:
        """Entity spans of raw text: ``(start, end, type, tokens)`` with character offsets."""
        from ..text.sentences import split_sentences

        found: list[tuple[int, int, str, list[Token]]] = []
        sents = [
            [Token(t.text, t.start + s0, t.end + s0) for t in tokenize(text[s0:s1])]
            for s0, s1 in split_sentences(text)
        ]
        all_tags = self.tag_sentences([[t.text for t in s] for s in sents])
        for toks, tags in zip(sents, all_tags, strict=True):
            for a, b, typ in entity_spans(tags):
                found.append((toks[a].start, toks[b - 1].end, typ, toks[a:b]))
        return found


def propagate(
    sents: Sequence[Sequence[str]], tags: list[list[str]], window: int = DOC_WINDOW
) -> list[list[str]]:
    """Label again, in nearby sentences, a name the tagger found once and missed elsewhere.

    News repeats names («حزب الليكود» … «الليكود»); a CRF sees one sentence at a time and misses
    some repeats. Any untagged run of tokens whose clitic-stripped form equals an entity found
    within ``window`` sentences gets that entity's (majority) type; longest names first.
    Measured on dev: about +0.8 F1 (recall up, precision a little down).
    """
    found: list[dict[tuple[str, ...], Counter[str]]] = []
    stems = [[stem(w) for w in s] for s in sents]
    for st, tg in zip(stems, tags, strict=True):
        d: dict[tuple[str, ...], Counter[str]] = {}
        for a, b, typ in entity_spans(tg):
            key = tuple(st[a:b])
            if sum(map(len, key)) >= MIN_PROPAGATE:
                d.setdefault(key, Counter())[typ] += 1
        found.append(d)
    out = [list(t) for t in tags]
    for i, st in enumerate(stems):
        # where each stem starts in this sentence: a key is tried only where its first stem is
        at: dict[str, list[int]] = {}
        for j, w in enumerate(st):
            at.setdefault(w, []).append(j)
        near: dict[tuple[str, ...], Counter[str]] = {}
        for k in range(max(0, i - window), min(len(sents), i + window + 1)):
            for key, c in found[k].items():
                if key[0] in at:
                    near.setdefault(key, Counter()).update(c)
        for key in sorted(near, key=len, reverse=True):
            starts = at[key[0]]
            n = len(key)
            typ = near[key].most_common(1)[0][0]
            for j in starts:
                if j + n > len(st):
                    break
                if tuple(st[j : j + n]) == key and all(t == "O" for t in out[i][j : j + n]):
                    out[i][j] = "B-" + typ
                    for q in range(j + 1, j + n):
                        out[i][q] = "I-" + typ
    return out


def _load_resources(data: bytes) -> Resources:
    return Resources.from_dict(json.loads(gzip.decompress(data).decode("utf-8")))


def save_resources(res: Resources, path: Path) -> None:
    raw = json.dumps(res.to_dict(), ensure_ascii=False, sort_keys=True).encode("utf-8")
    # mtime=0: the same training run gives a byte-identical artefact
    path.write_bytes(gzip.compress(raw, mtime=0))


@cache
def get_tagger() -> Tagger:
    """The shipped tagger, loaded once per process."""
    return Tagger.load()


__all__ = ["Tagger", "get_tagger", "save_resources"]
